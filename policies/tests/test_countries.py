"""The names the country filter matches: CLDR's in every site language, its own, common ones."""

import pytest
from django.conf import settings
from django.utils import translation

from policies import countries
from policies.countries import COMMON_NAMES, country_names, fold

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def names(language: str) -> dict[str, tuple[str, set[str]]]:
    """code: (folded label, terms) as the page sends them in this language."""
    with translation.override(language):
        return {
            code: (fold(name), set(name.terms.split("|")) - {""}) for code, name in country_names()
        }


def findable(language: str, code: str) -> set[str]:
    label, terms = names(language)[code]
    return terms | {label}


def finds(language: str, query: str, code: str) -> bool:
    """Whether typing query finds the country: a substring of its label or of one of its terms."""
    return any(fold(query) in name for name in findable(language, code))


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_country_is_found_by_its_own_name_and_its_name_in_every_site_language(language):
    for query in [
        "Deutschland",
        "Germany",
        "Allemagne",
        "Alemania",
        "Germania",
        "Duitsland",
        "Niemcy",
        "德國",
    ]:
        assert finds(language, query, "DE"), (language, query)
    for query, code in [
        ("España", "ES"),
        ("Italia", "IT"),
        ("Polska", "PL"),
        ("Nederland", "NL"),
        ("Éire", "IE"),
        ("Schweiz", "CH"),
        ("Suisse", "CH"),
        ("Svizzera", "CH"),
        ("日本", "JP"),
        ("Россия", "RU"),
        ("Ελλάδα", "GR"),
    ]:
        assert finds(language, query, code), (language, query)


@pytest.mark.parametrize("language", LANGUAGES)
def test_common_names_find_their_country(language):
    for query in [
        "Great Britain",
        "Britain",
        "U.K.",
        "UK",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
    ]:
        assert finds(language, query, "GB"), (language, query)
    for query, code in [
        ("Swiss", "CH"),
        ("Turkey", "TR"),
        ("Czech Republic", "CZ"),
        ("Ivory Coast", "CI"),
        ("Holland", "NL"),
        ("USA", "US"),
        ("America", "US"),
        ("Burma", "MM"),
        ("Swaziland", "SZ"),
        ("Macedonia", "MK"),
    ]:
        assert finds(language, query, code), (language, query)


def test_hong_kong_macao_and_taiwan_are_found_in_chinese():
    for query, code in [("香港", "HK"), ("澳門", "MO"), ("臺灣", "TW"), ("台灣", "TW")]:
        assert finds("zh-hant", query, code), query
        assert finds("en", query, code), query
    label, _terms = names("zh-hant")["HK"]
    assert label == "香港"  # the place's plain name, not CLDR's legal one…
    assert "中國香港特別行政區" in _terms  # …which still finds it


def test_every_common_name_points_to_a_listed_country():
    listed = {code for code, _name in country_names()}
    assert set(COMMON_NAMES) <= listed


def test_the_common_names_are_only_those_cldr_does_not_give(monkeypatch):
    monkeypatch.setattr(countries, "COMMON_NAMES", {})
    countries._every_name.cache_clear()
    try:
        from_cldr = countries._every_name()
    finally:
        countries._every_name.cache_clear()
    for code, common in COMMON_NAMES.items():
        for name in common:
            assert fold(name) not in from_cldr[code], f"CLDR already gives {name!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_terms_are_folded_once_each_and_never_repeat_the_label(language):
    everything = names(language)
    for code, (label, terms) in everything.items():
        with translation.override(language):
            raw = dict(country_names())[code].terms.split("|")
        assert len(raw) == len(set(raw)), (code, raw)
        for term in terms:
            assert term == fold(term), (code, term)
            assert term != label, (code, term)
            if term in label:  # kept only so that typing it exactly picks this country
                others = [
                    c
                    for c, (lab, ts) in everything.items()
                    if c != code and any(term in name for name in ts | {lab})
                ]
                assert others, (code, term)


def test_america_picks_the_us_exactly_though_the_english_label_contains_it():
    assert "america" in names("en")["US"][1]


def test_folding_matches_what_visitors_type():
    assert fold("U.K.") == "uk"
    assert fold("  Côte d’Ivoire ") == "cote divoire"
    assert fold("Guinea-Bissau") == "guinea bissau"
    assert fold("ÉIRE") == "eire"
    assert fold("中國香港特別行政區") == "中國香港特別行政區"


@pytest.mark.parametrize(
    ("language", "code", "shown"),
    [
        ("en", "BS", "Bahamas"),
        ("en", "NR", "Nauru"),
        ("en", "XK", "Kosovo"),
        ("en", "HK", "Hong Kong"),
        ("fr", "RE", "La Réunion"),
        ("de", "XK", "Kosovo"),
        ("pl", "XK", "Kosowo"),
        ("zh-hant", "MO", "澳門"),
        ("zh-hant", "XK", "科索沃"),
    ],
)
def test_visitors_see_the_names_people_use(language, code, shown):
    with translation.override(language):
        assert dict(country_names())[code] == shown


def test_letters_without_accents_are_folded_and_sorted_too():
    assert fold("Łotwa") == "lotwa" and fold("Færøerne") == "faeroerne"
    with translation.override("pl"):
        polish = [label for _code, label in country_names()]
    assert polish.index("Łotwa") < polish.index("Madagaskar")


def test_the_names_are_worked_out_once_per_language():
    with translation.override("de"):
        assert country_names()[0][1] is country_names()[0][1]


@pytest.mark.parametrize(
    ("language", "query", "code"),
    [
        ("de", "Großbritannien", "GB"),
        ("de", "Grossbritannien", "GB"),
        ("de", "Elfenbeinküste", "CI"),
        ("de", "Oesterreich", "AT"),
        ("zh-hant", "美国", "US"),
        ("zh-hant", "德国", "DE"),
        ("zh-hant", "澳门", "MO"),
        ("en", "hk", "HK"),
    ],
)
def test_what_a_walk_through_typed_is_found(language, query, code):
    assert finds(language, query, code)
