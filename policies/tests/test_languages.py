"""The site in eight languages: addresses, catalogues, content, fallbacks, reviews."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from policies import translation_status
from policies.models import DataCategory
from policies.tests.forms import form_data

ROOT = Path(__file__).resolve().parents[2]
OTHERS = [code for code, _name in settings.LANGUAGES if code != "en"]
RESULT_QUERY = "country=DE&age=18plus&device=android"
PAGES = ["", "policy/", "regions/eu/", "guide/", "guide/?country=DE", f"guide/?{RESULT_QUERY}"]
# Interface phrases that must never show on a page in another language.
ENGLISH_INTERFACE = [
    "Check what applies to you",
    "Who is affected, and from when",
    "Where do you live?",
    "Your steps",
    "Your answers",
    "Sources",
    "Continue",
    "Switch it off",
    "What opting out does and does not do",
    "Skip to content",
    "This site sets no cookies",
    "Get your own steps",
]


def prefix(language: str) -> str:
    return "/" if language == "en" else f"/{language}/"


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"\s+", " ", html)


def test_every_catalogue_is_complete(db):
    for language in OTHERS:
        folder = language.replace("-hant", "_Hant")
        po = (ROOT / "locale" / folder / "LC_MESSAGES" / "django.po").read_text()
        assert "#, fuzzy" not in po.split("\n\n", 1)[1], f"{language}: fuzzy entries"
        entries = re.findall(r'\nmsgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', po)
        assert len(entries) > 100, language
        for msgid, msgstr in entries:
            original = "".join(re.findall(r'"(.*)"', msgid))
            translated = "".join(re.findall(r'"(.*)"', msgstr))
            if not original:
                continue  # the header
            assert translated, f"{language}: {original!r} is not translated"
            placeholders = sorted(re.findall(r"%\(\w+\)s", original))
            assert sorted(re.findall(r"%\(\w+\)s", translated)) == placeholders, (
                f"{language}: placeholders differ in {original!r}"
            )


@pytest.mark.parametrize("language", OTHERS)
@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_in_every_language_with_no_english_interface(
    client, linkedin, language, page
):
    response = client.get(prefix(language) + page)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    text = visible_text(html)
    for phrase in ENGLISH_INTERFACE:
        assert phrase not in text, f"{language} {page}: {phrase!r}"


@pytest.mark.parametrize(
    ("language", "date", "country"),
    [
        ("fr", "3 novembre 2025", "Allemagne"),
        ("de", "3. November 2025", "Deutschland"),
        ("es", "3 de noviembre de 2025", "Alemania"),
        ("pl", "3 listopada 2025", "Niemcy"),
        ("zh-hant", "2025年11月3日", "德國"),
    ],
)
def test_dates_and_country_names_are_in_the_visitors_language(
    client, linkedin, language, date, country
):
    page = client.get(f"{prefix(language)}guide/?{RESULT_QUERY}").content.decode()
    assert date in page
    assert country in page


def test_the_seeded_content_is_translated(client, linkedin):
    for language in OTHERS:
        suffix = language.replace("-", "_")
        category = linkedin.data_categories.get(order=1)
        assert getattr(category, f"includes_{suffix}"), language
        page = client.get(f"{prefix(language)}policy/").content.decode()
        assert getattr(category, f"includes_{suffix}") in page.replace("&#x27;", "'")


def test_english_stays_at_the_root_and_old_links_keep_working(client, linkedin):
    response = client.get(f"/guide/?{RESULT_QUERY}", headers={"Accept-Language": "de"})
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()
    assert client.get("/en/").status_code == 404  # one address per page: English has no prefix


def test_the_language_switcher_keeps_the_wizard_answers(client, linkedin):
    page = client.get(f"/fr/guide/?{RESULT_QUERY}&utm_source=letter").content.decode()
    for language in ["de", "zh-hant"]:
        query = RESULT_QUERY.replace("&", "&amp;")
        assert f'href="/{language}/linkedin-ai-training/guide/?{query}"' in page
    assert f'href="/linkedin-ai-training/guide/?{RESULT_QUERY.replace("&", "&amp;")}"' in page
    assert 'hreflang="de" href="http://testserver/de/linkedin-ai-training/guide/?' in page
    assert "utm_source" not in page


def test_accept_language_only_suggests_on_the_home_page(client, linkedin):
    home = client.get("/", headers={"Accept-Language": "de-DE,de;q=0.9,en;q=0.5"})
    assert home.status_code == 200
    assert "Accept-Language" in home["Vary"]
    html = home.content.decode()
    assert 'href="/de/"' in html and 'class="suggestion' in html
    plain = client.get("/", headers={"Accept-Language": "en-GB"}).content.decode()
    assert 'class="suggestion' not in plain
    guide = client.get("/guide/", headers={"Accept-Language": "de"}).content.decode()
    assert 'class="suggestion' not in guide


@pytest.mark.parametrize("language", ["fr", "zh-hant"])
def test_share_previews_and_the_feed_are_per_language(client, linkedin, language):
    suffix = language.replace("-", "_")
    title = getattr(linkedin, f"title_{suffix}")
    page = client.get(f"{prefix(language)}policy/").content.decode()
    og = dict(re.findall(r'<meta property="og:([a-z:]+)" content="([^"]*)"', page))
    assert og["locale"] == {"fr": "fr_FR", "zh-hant": "zh_HK"}[language]
    assert og["url"] == f"http://testserver{prefix(language)}linkedin-ai-training/policy/"
    assert title.split(":")[0] in og["title"]
    feed = client.get(f"{prefix(language)}feed.atom").content.decode()
    assert f"<title>{title}</title>" in feed.replace("&#x27;", "'").replace("&#39;", "'")


def test_a_missing_translation_falls_back_to_english_and_says_so(client, linkedin):
    category = linkedin.data_categories.get(order=1)
    DataCategory.objects.filter(pk=category.pk).update(includes_fr=None)
    from policies.content import content_changed

    content_changed()
    page = client.get("/fr/policy/").content.decode()
    assert category.includes_en.replace("'", "&#x27;") in page
    assert "not yet translated" not in page  # the marker itself is in French
    marked = re.search(r'class="badge badge-untranslated" lang="fr">([^<]+)<', page)
    assert marked, "the English fallback is not marked"


def test_changing_the_english_flags_translations_for_review(editor_client, linkedin):
    category = linkedin.data_categories.get(order=1)
    assert translation_status.needing_review(category) == []
    url = reverse("admin:policies_datacategory_change", args=[category.pk])
    data = form_data(editor_client.get(url), "datacategory_form")
    data["includes_en"] = "A new English description."
    assert editor_client.post(url, data).status_code == 302
    category.refresh_from_db()
    assert set(translation_status.needing_review(category)) == set(OTHERS)
    listing = editor_client.get(reverse("admin:policies_datacategory_changelist"))
    assert "needs review" in listing.content.decode()

    editor_client.post(
        reverse("admin:policies_datacategory_changelist"),
        {"action": "confirm_translations", "_selected_action": [category.pk]},
    )
    assert translation_status.needing_review(category) == []


def test_editing_a_translation_counts_as_reviewing_it(editor_client, linkedin):
    category = linkedin.data_categories.get(order=1)
    DataCategory.objects.filter(pk=category.pk).update(includes_en="Changed English.")
    category.refresh_from_db()
    assert "de" in translation_status.needing_review(category)
    url = reverse("admin:policies_datacategory_change", args=[category.pk])
    data = form_data(editor_client.get(url), "datacategory_form")
    data["includes_de"] = "Geänderte deutsche Beschreibung."
    assert editor_client.post(url, data).status_code == 302
    category.refresh_from_db()
    assert "de" not in translation_status.needing_review(category)
    assert "fr" in translation_status.needing_review(category)


def test_a_language_added_in_settings_alone_does_not_break_pages(client, linkedin, settings):
    from django.core.cache import cache

    settings.LANGUAGES = [*settings.LANGUAGES, ("pt", "Português")]
    cache.clear()
    for path in ["/", "/guide/?country=DE&age=18plus&device=ios", "/policy/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert '<meta property="og:locale:alternate" content="pt">' in response.content.decode()
