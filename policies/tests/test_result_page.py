"""The result page's content: what it leads with, what it never prints, what stays in admin."""

import re

import pytest
from django.apps import apps
from django.conf import settings
from django.utils.html import escape
from reversion.models import Version

from policies.corrections import correct, record_corrections
from policies.flow import Kind
from policies.models import ContentCorrection, Fact, Source, Step
from policies.tests.factories import make_source

GUIDE = "/guide/"
DEVICES = ["desktop", "ios", "android", "mobile-web"]
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def visible_text(html: str) -> str:
    """The page's text, without tags (so without addresses inside href attributes)."""
    body = html[html.index("<body") :]
    return re.sub(r"<[^>]+>", " ", body)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("device", DEVICES)
def test_no_result_prints_a_raw_address(client, linkedin, language, device):
    prefix = "" if language == "en" else f"/{language}"
    html = client.get(f"{prefix}{GUIDE}", {"country": "US", "age": "18plus", "device": device})
    text = visible_text(html.content.decode())
    assert "https://" not in text and "www." not in text
    assert f'href="{linkedin.settings_url}"' in html.content.decode()


@pytest.mark.parametrize(
    ("query", "kind", "primary"),
    [
        ({"country": "DE", "age": "18plus", "device": "desktop"}, Kind.MEMBER, "settings_url"),
        ({"country": "DE", "age": "under18", "device": "mobile-web"}, Kind.MINOR, "settings_url"),
        ({"device": "none"}, Kind.NO_ACCOUNT, "objection_form_url"),
    ],
)
def test_each_outcome_kind_has_its_template_and_leads_with_its_action(
    client, linkedin, query, kind, primary
):
    response = client.get(GUIDE, query)
    html = response.content.decode()
    assert Kind.TEMPLATES[kind] in [t.name for t in response.templates]
    main = html[html.index('<main id="main"') :]
    first_link = re.search(r'<a class="button primary" href="([^"]+)"', main)
    assert first_link and first_link.group(1) == getattr(linkedin, primary)
    # Nothing but the heading and its lead comes before the action.
    before = main[: first_link.start()]
    assert "<section" not in before and "<ol" not in before


def test_app_results_give_step_one_first_and_the_link_right_after_it(client, linkedin):
    html = client.get(GUIDE, {"country": "DE", "age": "18plus", "device": "android"})
    page = html.content.decode()
    steps = page[page.index('<ol class="steps main-steps">') :]
    first, second = steps.index("<li>"), steps.index("<li>", steps.index("<li>") + 1)
    assert f'class="alt-link" href="{linkedin.settings_url}"' in steps[first:second]
    assert 'class="button primary"' not in page


def test_the_lead_is_a_sourced_fact_from_the_content(client, linkedin):
    fact = linkedin.facts.get(topic=Fact.Topic.AT_A_GLANCE)
    assert fact.sources.exists()
    page = client.get(GUIDE, {"country": "DE", "age": "18plus", "device": "ios"}).content.decode()
    assert escape(fact.text) in page
    fact.delete()
    page = client.get(GUIDE, {"country": "DE", "age": "18plus", "device": "ios"}).content.decode()
    assert "about a minute" not in page  # no fact, no claim


def test_the_objection_form_is_explained_once(client, linkedin):
    page = client.get(GUIDE, {"country": "DE", "age": "18plus", "device": "desktop"})
    html = page.content.decode()
    assert html.count(f'href="{linkedin.objection_form_url}"') == 1
    assert html.count('id="objection-text"') == 1


def test_public_sources_show_no_editor_notes(client, linkedin):
    source = Source.objects.get(key="S1")
    source.editor_note = "publisher and title not recorded; no public address on file"
    source.save()
    page = client.get(GUIDE, {"country": "DE", "age": "18plus", "device": "desktop"})
    html = page.content.decode()
    assert escape(source.title) in html
    assert "no public address on file" not in html


def test_the_feedback_link_opens_the_visitors_email_and_only_when_configured(
    client, linkedin, settings
):
    query = {"country": "DE", "age": "18plus", "device": "ios"}
    assert "mailto:" not in client.get(GUIDE, query).content.decode()
    settings.FEEDBACK_EMAIL = "steps@example.org"
    from django.core.cache import cache

    cache.clear()
    html = client.get(GUIDE, query).content.decode()
    assert 'href="mailto:steps@example.org?subject=' in html
    assert "Did these steps match your screen?" in html


def test_the_site_name_is_translated_and_configurable(client, linkedin, settings):
    assert ">AI Opt-Out Guide</a>" in client.get("/").content.decode()
    assert (
        'class="site-name" href="/de/">KI-Widerspruchs-Ratgeber</a>'
        in client.get("/de/").content.decode()
    )
    settings.SITE_NAME = "Privacy Desk"
    from django.core.cache import cache

    cache.clear()
    html = client.get("/fr/").content.decode()
    assert 'class="site-name" href="/fr/">Privacy Desk</a>' in html
    assert "optout-guide" not in html


def test_the_phone_browser_steps_were_corrected_in_every_language(linkedin):
    steps = Step.objects.filter(instructions__policy=linkedin, instructions__device="mobile-web")
    for step in steps:
        for code in LANGUAGES:
            detail = getattr(step, f"detail_{code.replace('-', '_')}") or ""
            assert "https://" not in detail, (step.order, code, detail)


def correct_detail(step, seeded: str, corrected: str, comment: str) -> int:
    """Run a content correction of one step's detail, as a data migration would."""
    queryset = Step.objects.filter(pk=step.pk)
    return correct(apps, "step", queryset, "detail", seeded, {"en": corrected}, comment)


def test_a_correction_never_overwrites_an_editors_edit(linkedin):
    step = Step.objects.filter(instructions__policy=linkedin).first()
    step.detail_en = "An editor wrote this."
    step.save()
    changed = correct_detail(step, "Something seeded long ago.", "The correction.", "Correction")
    step.refresh_from_db()
    assert changed == 0 and step.detail_en == "An editor wrote this."
    assert not ContentCorrection.objects.exists()


def test_a_correction_changes_seeded_text_and_shows_in_history(linkedin):
    step = Step.objects.filter(instructions__policy=linkedin).first()
    step.detail_en = "Seeded text."
    step.detail_fr = "Texte d’origine."  # not the seeded French: an editor's, kept
    step.save()
    changed = correct_detail(step, "Seeded text.", "Corrected text.", "Correction: clearer wording")
    step.refresh_from_db()
    assert changed == 1 and step.detail_en == "Corrected text."
    assert step.detail_fr == "Texte d’origine."
    assert record_corrections() == 1
    latest = Version.objects.get_for_object(step).first()
    assert latest.revision.comment == "Correction: clearer wording"
    assert latest.field_dict["detail_en"] == "Corrected text."
    assert not ContentCorrection.objects.exists()


def test_a_source_without_an_address_is_cited_by_publisher_and_title(client, linkedin):
    source = make_source(key="S99", url="", title="A printed leaflet", publisher="A Council")
    linkedin.facts.get(topic=Fact.Topic.AT_A_GLANCE).sources.add(source)
    html = client.get(GUIDE, {"country": "DE", "age": "18plus", "device": "ios"})
    assert "<cite>A printed leaflet</cite>,\n      A Council" in html.content.decode()


def test_menu_labels_show_next_to_the_english_name_marked_until_confirmed(client, linkedin):
    from policies.models import MenuLabel

    query = {"country": "DE", "age": "18plus", "device": "android"}
    html = client.get("/de/guide/", query).content.decode()
    assert "„Settings“" in html and "„Settings“ (" not in html  # nothing seeded, no guess
    label = MenuLabel.objects.create(policy=linkedin, english="Settings", label_de="Einstellungen")
    html = client.get("/de/guide/", query).content.decode()
    assert '„Settings“ (Einstellungen <span class="badge badge-unverified">' in html
    label.confirmed_in = ["de"]
    label.save()
    html = client.get("/de/guide/", query).content.decode()
    assert "„Settings“ (Einstellungen)" in html
    english = client.get("/guide/", query).content.decode()
    assert "Einstellungen" not in english and '"Settings" (' not in english
