"""Dates as each site language writes them, on their own and in the pages' sentences."""

import datetime
import re
from pathlib import Path

import pytest
from django.template import Context, Template
from django.test import Client
from django.utils import translation

from policies.dates import long_date
from policies.models import Region
from policies.sharing import share_text

ROOT = Path(__file__).resolve().parents[2]
NOVEMBER_3 = datetime.date(2025, 11, 3)
DECEMBER_1 = datetime.date(2026, 12, 1)

FORMS = {
    "en": ("3 November 2025", "1 December 2026"),
    "fr": ("3 novembre 2025", "1er décembre 2026"),
    "de": ("3. November 2025", "1. Dezember 2026"),
    "es": ("3 de noviembre de 2025", "1 de diciembre de 2026"),
    "it": ("3 novembre 2025", "1º dicembre 2026"),
    "nl": ("3 november 2025", "1 december 2026"),
    "pl": ("3 listopada 2025 r.", "1 grudnia 2026 r."),
    "zh-hant": ("2025年11月3日", "2026年12月1日"),
}


@pytest.mark.parametrize("language", FORMS)
def test_each_language_writes_dates_its_own_way(language):
    assert (long_date(NOVEMBER_3, language), long_date(DECEMBER_1, language)) == FORMS[language]


@pytest.mark.parametrize("language", FORMS)
def test_the_filter_uses_the_active_language(language):
    template = Template("{% load dates %}{{ a|long_date }} / {{ b|long_date }}")
    with translation.override(language):
        text = template.render(Context({"a": NOVEMBER_3, "b": DECEMBER_1}))
    assert text == " / ".join(FORMS[language])


def test_no_date_is_an_empty_string_and_a_datetime_its_day():
    assert long_date(None, "fr") == ""
    moment = datetime.datetime(2025, 11, 3, 10, 30, tzinfo=datetime.UTC)
    assert long_date(moment, "de") == "3. November 2025"


def test_pages_show_no_date_in_djangos_own_format():
    """Django's `date` filter only for machines (`<time datetime>`): it prints "03 Novembre"."""
    for path in (ROOT / "templates").rglob("*.html"):
        if "admin" in path.parts:
            continue
        for use in re.findall(r"\|date(?::'[^']*')?", path.read_text()):
            assert use == "|date:'Y-m-d'", f"{path.relative_to(ROOT)}: {use}"


@pytest.mark.parametrize("language", ["it", "fr", "pl"])
def test_a_region_page_and_a_result_show_the_languages_date(client, linkedin, language):
    region_page = client.get(f"/{language}/regions/eu/").content.decode()
    result = client.get(f"/{language}/guide/?country=IT&age=18plus&device=android").content.decode()
    for page in (region_page, result):
        assert FORMS[language][0] in page
        assert "03 Novembre" not in page and "03 novembre" not in page


@pytest.mark.parametrize("language", ["it", "fr", "pl"])
def test_a_first_of_the_month_reads_as_the_language_writes_it(client, linkedin, language):
    Region.objects.filter(slug="eu").update(training_start=datetime.date(2027, 12, 1))
    expected = {"it": "1º dicembre 2027", "fr": "1er décembre 2027", "pl": "1 grudnia 2027 r."}
    region_page = client.get(f"/{language}/regions/eu/").content.decode()
    result = client.get(f"/{language}/guide/?country=IT&age=18plus&device=android").content.decode()
    assert f"<strong>{expected[language]}</strong>" in region_page
    assert f"<strong>{expected[language]}</strong>" in result


# The home page's table ("Since 3 November 2025") and the sentence on a region page and a result.
SENTENCES = {
    "de": (
        "Seit dem <strong>3. November 2025</strong>",
        "seit dem <strong>3. November 2025</strong>",
    ),
    "fr": (
        "Depuis le <strong>3 novembre 2025</strong>",
        "depuis le <strong>3 novembre 2025</strong>",
    ),
    "it": ("Dal <strong>3 novembre 2025</strong>", "dal <strong>3 novembre 2025</strong>"),
    "pl": ("Od <strong>3 listopada 2025 r.</strong>", "od <strong>3 listopada 2025 r.</strong>"),
    "zh-hant": ("自<strong>2025年11月3日</strong>起", "自<strong>2025年11月3日</strong>起"),
}


@pytest.mark.parametrize("language", SENTENCES)
def test_sentences_around_a_date_agree_with_it(client, linkedin, language):
    home = client.get(f"/{language}/").content.decode()
    region_page = client.get(f"/{language}/regions/eu/").content.decode()
    result = client.get(f"/{language}/guide/?country=DE&age=18plus&device=android").content.decode()
    label, sentence = SENTENCES[language]
    assert label in home
    assert sentence in region_page and sentence in result


@pytest.mark.django_db
def test_polish_sentences_end_once_after_the_year():
    """ "r." ends the sentence too: never "2025 r.."."""
    for page in (
        "/pl/",
        "/pl/regions/eu/",
        "/pl/policy/",
        "/pl/guide/?country=PL&age=18plus&device=ios",
    ):
        html = Client().get(page).content.decode()
        assert "r.." not in re.sub(r"<[^>]+>", "", html), page


def test_share_previews_write_the_date_in_the_visitors_language(linkedin):
    region = linkedin.regions.get(slug="eu")
    with translation.override("pl"):
        assert "od 3 listopada 2025 r." in share_text(linkedin, region)[1]
    with translation.override("de"):
        assert "seit dem 3. November 2025" in share_text(linkedin, region)[1]
    with translation.override("zh-hant"):
        assert "自2025年11月3日起" in share_text(linkedin, region)[1]
