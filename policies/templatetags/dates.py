"""`{{ value|long_date }}`: a date as the visitor's language writes it (see policies.dates)."""

from django import template

from policies.dates import long_date as format_long_date

register = template.Library()


@register.filter
def long_date(value):
    return format_long_date(value)


@register.filter(is_safe=True)
def full_stop(value):
    """End with a full stop, unless `value` ends with one already ("3 listopada 2025 r.")."""
    value = str(value).rstrip()
    return value if value.endswith(".") else f"{value}."
