"""What templates ask of a region, decided by the model (Region.training_started)."""

from django import template

register = template.Library()


@register.filter
def started(region, today) -> bool:
    """`{% if region|started:today %}`: "since" a date, rather than "from" it."""
    return bool(region.training_started(today))
