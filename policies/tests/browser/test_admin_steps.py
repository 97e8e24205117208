"""Editing instructions in a real browser: the form's height at 1280 px, moving a step."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from policies.editors import sync_editors_group, sync_publishers_group
from policies.models import Instructions
from policies.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def wide_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def log_in(page, live_server):
    user = get_user_model().objects.create_user("ed", password=PASSWORD, is_staff=True)
    # A publisher: the content edited here is the current, published edition.
    user.groups.add(sync_editors_group(), sync_publishers_group())
    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Username").fill("ed")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_the_instructions_form_fits_in_about_three_screens_at_1280_px(live_server, wide_page):
    # Before the other languages were folded: 8,589 px for these four steps (9,988 for five).
    log_in(wide_page, live_server)
    instructions = Instructions.objects.get(device="desktop")
    wide_page.goto(f"{live_server.url}/admin/policies/instructions/{instructions.pk}/change/")
    height = wide_page.evaluate("document.documentElement.scrollHeight")
    steps = instructions.steps.count()
    print(f"Instructions change form at 1280 px: {height} px for {steps} steps")
    # Under 3,000 px: about three 1,000-px screens, with the devices the steps also serve
    # and each language's translation state on the same form.
    assert height < 3000
    first = wide_page.locator("#steps-0")
    expect(first.get_by_label("Text [fr]")).to_be_hidden()
    first.get_by_text("Other languages").click()
    expect(first.get_by_label("Text [fr]")).to_be_visible()
    # As wide as the form, so a step's text reads whole.
    width = first.get_by_label("Text [en]").bounding_box()["width"]
    assert width > 600


def test_moving_a_step_in_the_page_then_saving_once(live_server, wide_page):
    log_in(wide_page, live_server)
    instructions = Instructions.objects.get(device="desktop")
    before = list(instructions.steps.values_list("text_en", flat=True))
    url = f"{live_server.url}/admin/policies/instructions/{instructions.pk}/change/"
    wide_page.goto(url)

    wide_page.locator("#steps-0").get_by_role("button", name="Move down").click()
    expect(wide_page.get_by_role("status")).to_have_text(
        "Step 1 is now step 2. Save to keep the new order."
    )
    assert wide_page.url == url  # nothing was saved yet
    steps = wide_page.locator(".numbered-steps .inline-related.has_original")
    expect(steps.nth(0).locator(".inline_label")).to_contain_text("1. " + before[1])
    expect(steps.nth(1).locator(".inline_label")).to_contain_text("2. " + before[0])
    steps.nth(0).get_by_role("button", name="Move up").click()
    expect(wide_page.get_by_role("status")).to_have_text("Step 1 is already the first.")
    # The last step, moved up twice in the page.
    steps.nth(3).get_by_role("button", name="Move up").click()
    steps.nth(2).get_by_role("button", name="Move up").click()

    wide_page.get_by_role("button", name="Save", exact=True).first.click()
    expect(wide_page.locator(".messagelist")).to_contain_text("was changed successfully")
    after = list(instructions.steps.order_by("order").values_list("text_en", flat=True))
    assert after == [before[1], before[3], before[0], before[2]]
