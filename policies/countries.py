"""Country names in the visitor's language, and the other names people type for them.

The list is django-countries' (ISO 3166, plus Kosovo through
COUNTRIES_OVERRIDE); the names shown are Unicode CLDR's, through Babel, in
every site language: the names people use ("Bahamas", "Nauru", "La Réunion"),
not ISO's catalogue forms ("Bahamas (The)", "Naoero", "Réunion, La"), with
Hong Kong and Macao by their plain names (PLAIN_NAMES). The country filter
(static/js/guide.js) also matches each country's own name and its names in
every site language, from CLDR, plus a short list of common names CLDR does
not give (COMMON_NAMES).
"""

import re
import unicodedata
from contextlib import suppress
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages
from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language
from django_countries import countries

# Each site language's CLDR locale (Traditional Chinese in Hong Kong's forms).
_CLDR_LOCALE = {"en": "en_GB", "zh-hant": "zh_Hant_HK"}
# CLDR's names for these read like a legal status ("Hong Kong SAR China",
# "中國香港特別行政區"); people write the place's name.
PLAIN_NAMES = {
    "HK": {"en": "Hong Kong", "fr": "Hong Kong", "de": "Hongkong", "es": "Hong Kong",
           "it": "Hong Kong", "nl": "Hongkong", "pl": "Hongkong", "zh-hant": "香港"},
    "MO": {"en": "Macao", "fr": "Macao", "de": "Macau", "es": "Macao", "it": "Macao",
           "nl": "Macau", "pl": "Makau", "zh-hant": "澳門"},
}  # fmt: skip
# Every site language in CLDR's spelling (Taiwan's and Hong Kong's Chinese differ).
# Simplified Chinese too: people type 美国 as readily as 美國.
_SITE_LOCALES = ("en", "fr", "de", "es", "it", "nl", "pl", "zh_Hant", "zh_Hant_HK", "zh_Hans")

# Names people use that CLDR (as Babel ships it) does not: its short and
# variant forms, former names, parts of a country, other spellings.
COMMON_NAMES = {
    # "UK" also finds "U.K.": fold() drops the dots.
    "GB": (
        "UK",
        "Britain",
        "Great Britain",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "Großbritannien",
        "Grande-Bretagne",
        "Gran Bretaña",
        "Gran Bretagna",
        "Groot-Brittannië",
    ),
    "US": ("US", "USA", "America"),
    "NL": ("Holland",),
    "CH": ("Swiss",),
    "TR": ("Turkey",),
    "CZ": ("Czech Republic",),
    "CI": ("Ivory Coast", "Elfenbeinküste"),
    "HK": ("HK",),
    "MM": ("Burma",),
    "TW": ("臺灣",),  # CLDR writes 台灣
}


# Letters that are not a base letter plus an accent, so NFD leaves them: "Łotwa" is
# found by "lotwa" and sorted under L. guide.js's fold() has the same table.
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "đ": "d", "ı": "i"})


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_HAS_UMLAUT = re.compile("[äöüÄÖÜ]")


def fold(text: str) -> str:
    """Text as the filter compares it; guide.js's fold() does the same.

    Lower case, accents dropped (ł, ø, ß, æ… spelled out), "." and apostrophes
    dropped ("U.K." is "uk"), any other run of punctuation or spaces made one space.
    """
    text = text.lower().translate(_LETTERS)
    text = re.sub(r"[\u0300-\u036f.'’]", "", unicodedata.normalize("NFD", text))
    kept = "".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in text)
    return unicodedata.normalize("NFC", " ".join(kept.split()))


class CountryName(str):
    """A country's name, carrying `terms`: its other names, folded, joined by "|"."""

    terms = ""


def country_names() -> list[tuple[str, str]]:
    """Every ISO country as (code, name), sorted by name in the current language."""
    return list(_country_names(get_language() or ""))


def country_name(code: str) -> str:
    return dict(country_names()).get(code, code)


@lru_cache(maxsize=16)
def _country_names(language: str) -> tuple[tuple[str, CountryName], ...]:
    territories = Locale.parse(_CLDR_LOCALE.get(language, language or "en")).territories

    def shown(code: str, iso_name: str) -> str:
        plain = PLAIN_NAMES.get(code, {})
        return plain.get(language) or territories.get(code) or iso_name

    listed = sorted(
        ((code, shown(code, name)) for code, name in countries), key=lambda c: fold(c[1])
    )
    every = _every_name()
    everything = {code: "|".join((fold(label), *every[code])) for code, label in listed}

    def needed(code: str, term: str, label: str) -> bool:
        # A term the label already contains is left out, unless another country
        # matches it too: then it must stay for "America" to pick the US, exactly.
        if term not in label:
            return True
        return term != label and any(
            term in names for other, names in everything.items() if other != code
        )

    result = []
    for code, label in listed:
        name = CountryName(label)
        name.terms = "|".join(t for t in every[code] if needed(code, t, fold(label)))
        result.append((code, name))
    return tuple(result)


@lru_cache(maxsize=1)
def _every_name() -> dict[str, tuple[str, ...]]:
    """Each listed country's names in every site language and its own, folded, once each."""
    codes = [code for code, _name in countries]
    names: dict[str, list[str]] = {code: [] for code in codes}
    for language, _label in settings.LANGUAGES:
        with translation.override(language):
            for code, name in countries:
                names[code].append(name)
    for locale in _SITE_LOCALES:
        territories = Locale.parse(locale).territories
        for code in codes:
            names[code].append(territories.get(code, ""))
    for code in codes:
        for language in get_official_languages(code, de_facto=True):
            with suppress(UnknownLocaleError, ValueError):  # a language CLDR has no names in
                names[code].append(Locale.parse(language).territories.get(code, ""))
    for code, common in COMMON_NAMES.items():
        names[code].extend(common)
    for found in names.values():  # "Oesterreich" as Germans type it without umlauts
        found.extend(n.translate(_UMLAUTS) for n in list(found) if n and _HAS_UMLAUT.search(n))
    return {
        code: tuple(dict.fromkeys(t for t in map(fold, found) if t))
        for code, found in names.items()
    }
