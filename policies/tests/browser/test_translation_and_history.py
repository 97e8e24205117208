"""In a real browser: a region saved unchanged writes no History; an English step edited
flags its translations, and the French page says its translation may be out of date."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from reversion.models import Version

from policies.editors import sync_editors_group, sync_publishers_group
from policies.models import Instructions, Region
from policies.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def publisher_page(live_server, browser):
    user = get_user_model().objects.create_user("pub", password=PASSWORD, is_staff=True)
    user.groups.add(sync_editors_group(), sync_publishers_group())
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Username").fill("pub")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    yield page
    context.close()


def test_a_region_saved_unchanged_writes_no_history(live_server, publisher_page):
    eu = Region.objects.get(slug="eu")
    versions = Version.objects.get_for_object(eu).count()
    before = {f: getattr(eu, f) for f in ("objection_text_en", "objection_text_fr")}
    publisher_page.goto(f"{live_server.url}/admin/policies/region/{eu.pk}/change/")
    publisher_page.get_by_role("button", name="Save", exact=True).last.click()
    expect(publisher_page.locator(".messagelist")).to_be_visible()
    eu.refresh_from_db()
    assert Version.objects.get_for_object(eu).count() == versions
    assert {f: getattr(eu, f) for f in before} == before


def test_an_english_step_edited_flags_the_french_page(live_server, publisher_page, browser):
    desktop = Instructions.objects.get(policy__slug="linkedin-ai-training", device="desktop")
    result = "/fr/guide/?country=FR&age=18plus&device=desktop"
    visitor = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    visitor.goto(live_server.url + result)
    expect(visitor.locator(".steps-section")).not_to_contain_text("plus à jour")

    publisher_page.goto(f"{live_server.url}/admin/policies/instructions/{desktop.pk}/change/")
    step = publisher_page.locator("#steps-0")
    step.get_by_label("Text [en]:", exact=True).fill("Sign in to LinkedIn, then open Settings.")
    publisher_page.get_by_role("button", name="Save and continue editing").last.click()
    expect(publisher_page.locator(".messagelist")).to_contain_text("was changed successfully")
    expect(publisher_page.locator("body")).to_contain_text("needs review")

    visitor.goto(live_server.url + result)
    expect(visitor.locator(".steps-section")).to_contain_text(
        "Cette traduction n’est peut-être plus à jour."
    )
    visitor.context.close()
