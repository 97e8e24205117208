"""Menu names in the steps: the platform's English name, and its label in the visitor's language."""

import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()

# The quotes the translations put around an English menu name: "…", “…”, „…“, «…», 「…」.
_OPEN, _CLOSE = '"“„«‘「『‹', '"”“»’」』›'


@register.filter
def with_menu_labels(text: str, labels) -> str:
    """`text` with each quoted English menu name followed by the local label, where known.

    An editor-confirmed label reads `"Settings" (Einstellungen)`; an unconfirmed one says so.
    """
    language = get_language() or "en"
    html = str(conditional_escape(text))
    if language == "en":
        return mark_safe(html)
    suffix = language.replace("-", "_")
    for item in labels:
        local = getattr(item, f"label_{suffix}", "") or ""
        if not local or local == item.english:
            continue
        note = (
            ""
            if language in (item.confirmed_in or [])
            else format_html(' <span class="badge badge-unverified">{}</span>', _("unverified"))
        )
        addition = format_html(" ({}{})", local, note)
        pattern = re.compile(
            f"([{_OPEN}]\\s?){re.escape(str(conditional_escape(item.english)))}(\\s?[{_CLOSE}])"
        )
        html = pattern.sub(lambda m, a=addition: m.group(0) + a, html)
    return mark_safe(html)
