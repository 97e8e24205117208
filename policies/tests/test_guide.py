"""The wizard over HTTP: every state is a URL, bad input is a clear 400."""

import re

import pytest
from django.utils.html import escape

from policies.models import Region

GUIDE = "/guide/"
DEVICES = ["desktop", "ios", "android", "mobile-web"]


def representative_country(region: Region) -> str:
    listed = region.countries.first()
    return listed.country.code if listed else "BR"  # Brazil: listed by no region


def test_the_first_question_lists_every_country(client, linkedin):
    response = client.get(GUIDE)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Where do you live?" in page
    assert len(re.findall(r'<option value="[A-Z]{2}"', page)) >= 249
    assert '<form class="question" method="get" action="/linkedin-ai-training/guide/"' in page


def test_a_deep_link_skips_what_is_answered_and_ignores_tracking(client, linkedin):
    page = client.get(GUIDE, {"country": "FR", "utm_source": "letter", "fbclid": "abc"})
    html = page.content.decode()
    assert "Are you 18 or over?" in html
    assert '<input type="hidden" name="country" value="FR">' in html
    assert "utm_source" not in html and "abc" not in html


@pytest.mark.parametrize("age", ["18plus", "under18"])
@pytest.mark.parametrize("device", DEVICES)
def test_every_region_age_and_device_gets_its_result(client, linkedin, age, device):
    for region in linkedin.regions.all():
        country = representative_country(region)
        response = client.get(GUIDE, {"country": country, "age": age, "device": device})
        page = response.content.decode()
        assert response.status_code == 200, (region, age, device)
        if region.not_named:
            assert "LinkedIn does not say which of its groups this place is in" in page
        else:
            assert f"{region.training_start:%-d %B %Y}" in page
        assert escape(region.name) in page
        for right in region.rights.all():  # rights and where to complain, where the law gives some
            assert escape(right.title) in page
            assert not right.link_url or f'href="{right.link_url}"' in page
        instructions = linkedin.instructions.get(device=device)
        for step in instructions.steps.all():
            assert escape(step.text) in page
        assert linkedin.objection_form_url in page
        assert linkedin.settings_url in page
        if age == "under18":
            lead = page[page.index('class="lead callout"') :]
            assert "does not use data from members under 18" in lead[:400]
            assert "switch the setting off if you can see it" in lead[:1200]
            assert "You do not need to do anything" not in page
        elif not region.not_named:
            assert "unless you switch the setting off" in page


def test_the_result_says_since_for_a_date_in_the_past(client, linkedin):
    page = client.get(GUIDE, {"country": "DE", "age": "18plus", "device": "desktop"})
    assert "since <strong>3 November 2025</strong>" in page.content.decode()


def test_the_result_says_from_for_a_date_still_to_come(client, linkedin):
    import datetime

    from django.utils import timezone

    soon = timezone.localdate() + datetime.timedelta(days=30)
    linkedin.regions.filter(slug="canada").update(training_start=soon)
    page = client.get(GUIDE, {"country": "CA", "age": "18plus", "device": "desktop"})
    assert f"from <strong>{soon:%-d %B %Y}</strong>" in page.content.decode()


def test_unverified_steps_say_so_once_in_words_a_touch_screen_shows(client, linkedin):
    page = client.get(GUIDE, {"country": "US", "age": "18plus", "device": "ios"}).content.decode()
    steps = page[page.index('class="steps-section"') : page.index('class="check"')]
    assert "iPhone or iPad has not been confirmed yet" in steps  # the editors' note, worded for it
    assert "Our editors have not checked this on a screen yet" in steps  # the badge, in words
    assert "have not yet checked these steps" not in steps and 'title="' not in steps
    desktop = client.get(GUIDE, {"country": "US", "age": "18plus", "device": "desktop"})
    assert "Steps last checked by our editors on" in desktop.content.decode()


def test_without_an_account_the_form_is_the_primary_action(client, linkedin):
    page = client.get(GUIDE, {"device": "none"}).content.decode()
    assert "No LinkedIn account? Object with its form" in page
    primary = re.search(r'<a class="button primary" href="([^"]+)"', page)
    assert primary and primary.group(1) == linkedin.objection_form_url
    assert linkedin.settings_url not in page
    assert '<select name="country"' in page  # asks where, to show what applies there


def test_without_an_account_the_country_brings_its_objection_text(client, linkedin):
    page = client.get(GUIDE, {"country": "DE", "device": "none"}).content.decode()
    assert escape(linkedin.region_for("DE").objection_text) in page
    assert "What applies where you live" in page
    assert '<select name="country"' not in page


def test_change_links_keep_the_other_answers(client, linkedin):
    page = client.get(GUIDE, {"country": "DE", "age": "18plus", "device": "ios"}).content.decode()
    change_age = (
        "/linkedin-ai-training/guide/?country=DE&amp;age=18plus&amp;device=ios&amp;change=age"
    )
    assert f'href="{change_age}"' in page
    change = client.get(GUIDE, {"country": "DE", "age": "18plus", "device": "ios", "change": "age"})
    html = change.content.decode()
    assert "Are you 18 or over?" in html
    assert 'value="18plus" id="age-field" checked' in html
    assert '<input type="hidden" name="device" value="ios">' in html
    assert '<input type="hidden" name="change"' not in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("country=", "Select the country where you live"),
        ("country=ZZ", "Select the country where you live"),
        ("country=DE&country=FR", "Select the country where you live"),
        ("country=" + "A" * 5000, "Select the country where you live"),
        ("country=%FF%FE%00", "Select the country where you live"),
        ("country=DE&age=maybe", "Select whether you are 18 or over"),
        ("country=DE&age=18plus&device=fax", "Select how you use LinkedIn"),
        ("country=DE&age=<script>alert(1)</script>", "Select whether you are 18 or over"),
        ("country=DE&answering=age", "Select whether you are 18 or over"),
    ],
)
def test_bad_input_shows_the_question_again_with_an_error(client, linkedin, query, message):
    response = client.get(f"{GUIDE}?{query}")
    page = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in page
    assert message in page
    assert page.startswith("<!doctype html>")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" not in page  # not echoed at all, escaped or not


def test_the_error_summary_links_to_the_field(client, linkedin):
    page = client.get(GUIDE, {"country": "DE", "age": ""}).content.decode()
    assert 'href="#age-field"' in page
    assert 'id="age-field"' in page


def test_htmx_gets_only_the_panel_and_caches_vary(client, linkedin):
    response = client.get(GUIDE, {"country": "DE"}, headers={"HX-Request": "true"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in page and "site-header" not in page
    assert "Are you 18 or over?" in page
    assert "<title>Are you 18 or over? · AI Opt-Out Guide</title>" in page
    assert "HX-Request" in response["Vary"]
    assert "HX-Request" in client.get(GUIDE)["Vary"]


def test_htmx_history_restore_gets_the_whole_page(client, linkedin):
    response = client.get(
        GUIDE,
        {"country": "DE"},
        headers={"HX-Request": "true", "HX-History-Restore-Request": "true"},
    )
    assert "<html" in response.content.decode()


def test_the_wizard_sets_no_cookie_and_only_answers_get(client, linkedin):
    response = client.get(GUIDE, {"country": "DE", "age": "18plus", "device": "ios"})
    assert not response.cookies
    assert client.post(GUIDE, {"country": "DE"}).status_code == 405


def test_only_the_start_of_the_wizard_is_indexed(client, linkedin):
    noindex = '<meta name="robots" content="noindex">'
    assert noindex not in client.get(GUIDE).content.decode()
    assert noindex in client.get(GUIDE, {"country": "DE"}).content.decode()
    result = client.get(GUIDE, {"country": "DE", "age": "18plus", "device": "ios"})
    assert noindex in result.content.decode()


@pytest.mark.parametrize(("country", "shown"), [("DE", True), ("GB", True), ("US", False)])
def test_the_objection_text_appears_only_where_a_region_has_one(client, linkedin, country, shown):
    region = linkedin.region_for(country)
    page = client.get(GUIDE, {"country": country, "age": "18plus", "device": "ios"})
    html = page.content.decode()
    assert ('id="objection-text"' in html) is shown
    if shown:
        assert escape(region.objection_text) in html


def test_an_edited_objection_text_shows_at_once(editor_client, linkedin):
    from policies.tests.forms import post_change

    region = linkedin.regions.get(slug="canada")
    assert not region.objection_text
    response = post_change(editor_client, region, objection_text_en="I object, politely.")
    assert response.status_code == 302
    page = editor_client.get(GUIDE, {"country": "CA", "age": "18plus", "device": "ios"})
    assert "I object, politely." in page.content.decode()


def test_the_result_offers_a_calendar_reminder_back_to_the_same_steps(client, linkedin):
    page = client.get(GUIDE, {"country": "DE", "age": "18plus", "device": "ios"}).content.decode()
    reminder = "/linkedin-ai-training/reminder.ics?country=DE&amp;age=18plus&amp;device=ios"
    assert f'href="{reminder}"' in page
