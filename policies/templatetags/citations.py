from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from policies.citations import References
from policies.translation_status import falls_back, out_of_date

register = template.Library()


@register.simple_tag(takes_context=True)
def cite(context, fact):
    """Links from a fact to its numbered sources, and a mark where it is still in English
    or where its translation is older than its English."""
    cited = _references(context).cite(fact)
    links = format_html_join(
        "",
        '<a href="#source-{}" aria-label="{}">[{}]</a>',
        ((n, _("Source %(number)s") % {"number": n}, n) for n in cited),
    )
    html = format_html('<sup class="cite">{}</sup>', links) if cited else mark_safe("")
    if _shows_english(fact):
        html += format_html(
            ' <span class="badge badge-untranslated" lang="{}">{}</span>',
            get_language(),
            _("not yet translated"),
        )
    if _shows_an_older_translation(fact):
        html += format_html(
            ' <span class="badge badge-out-of-date" lang="{}">{}</span>',
            get_language(),
            _("This translation may be out of date."),
        )
    return html


def _references(context) -> References:
    """The page's references: one object for the whole render, includes and all."""
    root = context.dicts[0]
    if "references" not in root:
        root["references"] = References()
    return root["references"]


@register.simple_tag(takes_context=True)
def page_references(context) -> References:
    """For the source list at the end of a page: everything cited above it."""
    return _references(context)


def _shown_with(fact) -> list:
    """What a citation stands for: the fact, and its steps if it has some."""
    return [fact, *getattr(fact, "steps", _NoSteps()).all()]


def _shows_english(fact) -> bool:
    return any(falls_back(part) for part in _shown_with(fact))


def _shows_an_older_translation(fact) -> bool:
    """A translation made from English that has changed since (not yet reviewed)."""
    return any(out_of_date(part) for part in _shown_with(fact))


class _NoSteps:
    def all(self):
        return []


@register.inclusion_tag("policies/_confidence.html")
def confidence(fact, explain=False):
    """The badge for a fact that is less than confirmed; `explain` adds its meaning in words
    (a title tooltip never shows on touch screens)."""
    return {"fact": fact, "explain": explain}
