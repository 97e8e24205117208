"""Country names in the visitor's language.

django-countries translates names into most of the site's languages; for
Traditional Chinese, which it lacks, the names come from Unicode's CLDR
through Babel.
"""

from babel import Locale
from django.utils.translation import get_language
from django_countries import countries

# Languages whose country names django-countries does not carry.
_FROM_CLDR = {"zh-hant": "zh_Hant_HK"}  # Hong Kong's forms of the names


def country_names() -> list[tuple[str, str]]:
    """Every ISO country as (code, name), sorted by name in the current language."""
    cldr = _FROM_CLDR.get(get_language() or "")
    if cldr is None:
        return list(countries)
    names = Locale.parse(cldr).territories
    return sorted(((code, names.get(code, name)) for code, name in countries), key=lambda c: c[1])


def country_name(code: str) -> str:
    return dict(country_names()).get(code, code)
