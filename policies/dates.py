"""Dates as each site language writes them in running text: "3 novembre 2025", "2025年11月3日".

Django's own formats cannot do this for every language (its Italian prints
"03 Novembre 2025", and no format string gives the French "1er"), so pages and
the texts built in Python use `long_date`: CLDR's long date format (Babel), plus
what the CLDR form leaves out in running text:

- French and Italian write the first of the month as an ordinal: "1er décembre
  2026", "1º dicembre 2026".
- Polish writes "r." (roku) after the year: "3 listopada 2025 r.".
"""

import datetime

from babel.dates import format_date
from django.utils import timezone
from django.utils.translation import get_language

# Site language code → CLDR locale. British English: "3 November 2025".
LOCALES = {"en": "en_GB", "zh-hant": "zh_Hant_HK"}
FIRST_OF_MONTH = {"fr": "1er", "it": "1º"}
AFTER_YEAR = {"pl": " r."}


def long_date(value: datetime.date | datetime.datetime | None, language: str | None = None) -> str:
    """`value` in `language` (the active language by default); "" for no date."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localdate(value) if timezone.is_aware(value) else value.date()
    language = (language or get_language() or "en").lower()
    locale = LOCALES.get(language, language.replace("-", "_"))
    text = format_date(value, format="long", locale=locale)
    # CLDR's French and Italian long forms start with the day: "1 décembre 2026".
    if value.day == 1 and language in FIRST_OF_MONTH and text.startswith("1 "):
        text = FIRST_OF_MONTH[language] + text[1:]
    return text + AFTER_YEAR.get(language, "")
