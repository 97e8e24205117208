"""Editions in a real browser: an editor drafts and previews, cannot publish; a publisher
publishes with a note; visitors and feed readers see it; the old edition is archived."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from policies.editors import sync_editors_group, sync_publishers_group
from policies.models import Policy
from policies.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

NEW_SUMMARY = "A summary rewritten in a draft edition, in plainer words."
NOTE = "We rewrote the summary in plainer words."


def log_in(browser, live_server, username: str, publisher: bool):
    user = get_user_model().objects.create_user(username, password=PASSWORD, is_staff=True)
    user.groups.add(sync_editors_group())
    if publisher:
        user.groups.add(sync_publishers_group())
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{live_server.url}/admin/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()
    return context, page


def test_an_edition_is_drafted_previewed_and_published_with_a_note(live_server, browser):
    linkedin = Policy.objects.get(slug="linkedin-ai-training")
    visitor_context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    visitor = visitor_context.new_page()

    # An editor starts a new edition and changes its summary.
    editor_context, editor = log_in(browser, live_server, "ed", publisher=False)
    editor.goto(f"{live_server.url}/admin/policies/policy/{linkedin.pk}/change/")
    expect(editor.get_by_text("What visitors see now.")).to_be_visible()
    editor.get_by_role("button", name="Start a new edition").click()
    expect(editor.locator(".messagelist")).to_contain_text("A draft of the next edition")
    editor.get_by_label("Summary [en]:", exact=True).fill(NEW_SUMMARY)
    editor.get_by_role("button", name="Save and continue editing").click()
    expect(editor.locator(".messagelist")).to_contain_text("was changed successfully")
    expect(editor.get_by_role("link", name="Publish…")).to_have_count(0)  # not theirs

    # The editor previews it at the real addresses; a visitor still sees the current one.
    editor.get_by_role("link", name="Preview at the real addresses").click()
    editor.goto(f"{live_server.url}/policy/")
    expect(editor.locator(".preview-banner")).to_contain_text("Preview of the next edition")
    expect(editor.locator("main")).to_contain_text(NEW_SUMMARY)
    visitor.goto(f"{live_server.url}/policy/")
    expect(visitor.locator("main")).not_to_contain_text(NEW_SUMMARY)
    draft = Policy.objects.get(edition=Policy.Edition.DRAFT)
    response = editor.goto(f"{live_server.url}/admin/policies/policy/{draft.pk}/publish/")
    assert response.status == 403
    editor_context.close()

    # A publisher publishes it with a public note.
    publisher_context, publisher = log_in(browser, live_server, "pub", publisher=True)
    publisher.goto(f"{live_server.url}/admin/policies/policy/{draft.pk}/change/")
    publisher.get_by_role("link", name="Publish…").click()
    expect(publisher.locator("table.differences")).to_contain_text("Policy: summary")
    publisher.get_by_label("What changed").fill(NOTE)
    publisher.get_by_role("button", name="Publish").click()
    expect(publisher.locator(".messagelist")).to_contain_text("visitors see the new edition")

    # Visitors see it at the same addresses, and the feed says what changed.
    visitor.goto(f"{live_server.url}/policy/")
    expect(visitor.locator("main")).to_contain_text(NEW_SUMMARY)
    expect(visitor.locator("#what-changed")).to_contain_text(NOTE)
    feed = visitor.request.get(f"{live_server.url}/feed.atom").text()
    assert f"What changed on this guide: {NOTE}" in feed

    # The previous edition is archived, readable and comparable.
    publisher.goto(f"{live_server.url}/admin/policies/policy/?edition__exact=archived")
    publisher.get_by_role("link", name=linkedin.title).click()
    expect(publisher.get_by_text("An archived edition")).to_be_visible()
    publisher.get_by_role("link", name="Compare with the current edition").click()
    expect(publisher.locator("table.differences")).to_contain_text(NEW_SUMMARY)
    publisher_context.close()
    visitor_context.close()
