"""A publisher's round trip in a real browser: delete a policy by typing its name,
see what recovering will bring back, recover it, find both in Recent changes."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from policies.editors import sync_editors_group, sync_publishers_group
from policies.models import Policy, Step
from policies.tests.factories import PASSWORD, make_instructions, make_policy

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SHOTS = None  # a folder, to look at the pages while working on them


@pytest.fixture
def wide_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def shot(page, name):
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def test_a_publisher_deletes_a_policy_by_name_then_recovers_it_whole(live_server, wide_page):
    user = get_user_model().objects.create_user("pub", password=PASSWORD, is_staff=True)
    user.groups.add(sync_editors_group(), sync_publishers_group())
    policy = make_policy(title="Short-lived policy", slug="short-lived", is_published=False)
    make_instructions(policy, steps=("Open settings", "Switch it off"), confidence="unverified")
    page = wide_page
    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Username").fill("pub")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    page.goto(f"{live_server.url}/admin/policies/policy/{policy.pk}/change/")
    page.get_by_role("button", name="Delete").first.click()
    field = page.get_by_label("To confirm, type the policy's address name")
    # The browser itself asks for the name; a wrong one is refused by the server.
    field.fill("linkedin")
    page.get_by_role("button", name="Delete this policy").click()
    expect(page.locator(".errorlist")).to_contain_text("type short-lived to confirm")
    assert Policy.objects.filter(pk=policy.pk).exists()
    shot(page, "delete-refused")
    page.get_by_label("To confirm, type the policy's address name").fill("short-lived")
    page.get_by_role("button", name="Delete this policy").click()
    expect(page.locator(".messagelist")).to_contain_text("was deleted successfully")
    assert not Step.objects.filter(instructions__policy_id=policy.pk).exists()

    page.get_by_role("link", name="Recover deleted policies").click()
    page.get_by_role("row", name="Short-lived policy").get_by_role("link").click()
    changes = page.locator("#revert-changes")
    expect(changes).to_contain_text("Policy “Short-lived policy”: brought back")
    expect(changes).to_contain_text("Step “1. Open settings”: brought back")
    shot(page, "recover")
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    assert list(
        Step.objects.filter(instructions__policy_id=policy.pk).values_list("text", flat=True)
    ) == ["Open settings", "Switch it off"]

    page.goto(f"{live_server.url}/admin/")
    page.get_by_role("link", name="Recent changes").click()
    revisions = page.locator(".revision")
    expect(revisions.first).to_contain_text("pub")
    expect(revisions.nth(1)).to_contain_text("Deleted “Short-lived policy”")
    shot(page, "recent-changes")
