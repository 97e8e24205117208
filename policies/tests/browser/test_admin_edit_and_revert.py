"""An editor's round trip in a real browser: edit, see it live, revert, see the original."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from policies.editors import sync_editors_group, sync_publishers_group
from policies.models import DataCategory
from policies.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_editor_edits_a_category_sees_it_live_then_reverts_it(live_server, page):
    user = get_user_model().objects.create_user("ed", password=PASSWORD, is_staff=True)
    # A publisher: the content edited here is the current, published edition.
    user.groups.add(sync_editors_group(), sync_publishers_group())
    category = DataCategory.objects.get(name__startswith="Profile")
    original = category.includes

    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Username").fill("ed")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="What the public site says")).to_be_visible()

    # Exact: the review counts on the home page link "6 data categories" and the like.
    page.get_by_role("link", name="Data categories", exact=True).click()
    page.get_by_role("link", name=category.name, exact=True).click()
    page.get_by_label("Includes [en]").fill("Your headline and the city you work in.")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    page.goto(live_server.url + "/policy/")
    expect(page.locator("#data-used")).to_contain_text("Your headline and the city you work in.")
    expect(page.locator("#data-used")).not_to_contain_text(original)

    page.goto(f"{live_server.url}/admin/policies/datacategory/{category.pk}/change/")
    page.get_by_role("link", name="History").click()
    first_version = page.locator("#change-history tr", has_text="Content as first loaded")
    first_version.get_by_role("link").click()
    expect(page.get_by_label("Includes [en]")).to_have_value(original)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    page.goto(live_server.url + "/policy/")
    expect(page.locator("#data-used")).to_contain_text(original)
    expect(page.locator("#data-used")).not_to_contain_text(
        "Your headline and the city you work in."
    )
