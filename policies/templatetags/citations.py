from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.simple_tag(takes_context=True)
def cite(context, fact):
    """Links from a fact to its numbered entries in the page's source list."""
    numbers = context["references"].numbers
    cited = sorted(numbers[source.key] for source in fact.sources.all() if source.key in numbers)
    if not cited:
        return ""
    links = format_html_join(
        "",
        '<a href="#source-{}" aria-label="Source {}">[{}]</a>',
        ((n, n, n) for n in cited),
    )
    return format_html('<sup class="cite">{}</sup>', links)


@register.inclusion_tag("policies/_confidence.html")
def confidence(fact):
    return {"fact": fact}
