"""Editions: a draft, previewed at the real addresses, published by a publisher with a note."""

import datetime
import re

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from policies.models import Policy, PolicyChange
from policies.tests.forms import change_url, post_change

NEW_SUMMARY = "A corrected summary, prepared in a draft edition."


def start_edition(client, policy) -> Policy:
    response = client.post(reverse("admin:policies_policy_new_edition", args=[policy.pk]))
    assert response.status_code == 302
    return Policy.objects.get(edition_of=policy, edition=Policy.Edition.DRAFT)


def entry_ids(client, path="/feed.atom") -> set[str]:
    return set(re.findall(r"<id>(urn:uuid:[^<]+)</id>", client.get(path).content.decode()))


def test_an_editor_drafts_previews_and_cannot_publish(drafter_client, linkedin):
    visitor = Client()
    before = visitor.get("/policy/").content
    # What visitors see is read-only for an editor who is not a publisher.
    response = post_change(drafter_client, linkedin, summary_en="Edited in place")
    assert response.status_code == 403
    linkedin.refresh_from_db()
    assert linkedin.summary_en != "Edited in place"

    draft = start_edition(drafter_client, linkedin)
    assert draft.regions.count() == linkedin.regions.count()
    assert draft.instructions.get(device="ios").steps.count() == (
        linkedin.instructions.get(device="ios").steps.count()
    )
    assert post_change(drafter_client, draft, summary_en=NEW_SUMMARY).status_code == 302
    assert visitor.get("/policy/").content == before  # visitors see nothing of it

    preview = drafter_client.get(reverse("admin:policies_policy_preview", args=[draft.pk]))
    assert preview["Location"] == "/linkedin-ai-training/"
    page = drafter_client.get("/linkedin-ai-training/policy/")
    html = page.content.decode()
    assert NEW_SUMMARY in html and "Preview of the next edition" in html
    assert 'href="/linkedin-ai-training/guide/"' in html  # links stay at the real addresses
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]
    assert NEW_SUMMARY not in visitor.get("/linkedin-ai-training/policy/").content.decode()

    publish = reverse("admin:policies_policy_publish", args=[draft.pk])
    assert drafter_client.get(publish).status_code == 403
    assert drafter_client.post(publish, {"note": "x", "public": "on"}).status_code == 403
    drafter_client.get(reverse("admin:policies_policy_end_preview"))
    assert NEW_SUMMARY not in drafter_client.get("/linkedin-ai-training/policy/").content.decode()


def test_a_publisher_publishes_with_a_note_that_reaches_the_feed(editor_client, linkedin):
    visitor = Client()
    ids_before = entry_ids(visitor)
    draft = start_edition(editor_client, linkedin)
    post_change(editor_client, draft, summary_en=NEW_SUMMARY)
    publish = reverse("admin:policies_policy_publish", args=[draft.pk])
    form = editor_client.get(publish).content.decode()
    assert "Policy: summary" in form  # what will change, before it does
    refused = editor_client.post(publish, {"note": "  ", "public": "on"})
    assert refused.status_code == 200 and "This field is required" in refused.content.decode()

    response = editor_client.post(
        publish, {"note": "We rewrote the summary in plainer words.", "public": "on"}
    )
    assert response.status_code == 302
    for path in ["/policy/", "/linkedin-ai-training/policy/"]:
        assert NEW_SUMMARY in visitor.get(path).content.decode(), path
    policy_page = visitor.get("/policy/").content.decode()
    assert "We rewrote the summary in plainer words." in policy_page
    feed = visitor.get("/feed.atom").content.decode()
    assert "What changed on this guide: We rewrote the summary" in feed
    assert ids_before <= entry_ids(visitor)  # every entry keeps its id

    current = Policy.objects.get(slug="linkedin-ai-training")
    assert current.pk == draft.pk and current.is_published
    archived = Policy.objects.get(pk=linkedin.pk)
    assert archived.edition == Policy.Edition.ARCHIVED and not archived.is_published
    assert archived.summary_en == linkedin.summary_en  # the old edition, kept to read
    compare = editor_client.get(reverse("admin:policies_policy_compare", args=[archived.pk]))
    assert NEW_SUMMARY in compare.content.decode()
    change = PolicyChange.objects.get()
    assert change.published_by.username == "editor" and change.archived == archived


def test_a_minor_note_stays_in_admin(editor_client, linkedin):
    draft = start_edition(editor_client, linkedin)
    publish = reverse("admin:policies_policy_publish", args=[draft.pk])
    editor_client.post(publish, {"note": "Typo fixed in a step."})
    page = Client().get("/policy/").content.decode()
    assert "Typo fixed in a step." not in page
    assert "Typo fixed in a step." not in Client().get("/feed.atom").content.decode()
    assert PolicyChange.objects.get().public is False


def test_a_scheduled_edition_goes_live_when_the_command_runs_after_its_time(
    editor_client, linkedin
):
    draft = start_edition(editor_client, linkedin)
    post_change(editor_client, draft, summary_en=NEW_SUMMARY)
    when = timezone.localtime() + datetime.timedelta(hours=2)
    publish = reverse("admin:policies_policy_publish", args=[draft.pk])
    response = editor_client.post(
        publish,
        {
            "note": "LinkedIn's new terms take effect.",
            "public": "on",
            "publish_at": when.strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert response.status_code == 302
    call_command("publish_due_editions")
    assert NEW_SUMMARY not in Client().get("/policy/").content.decode()  # not yet
    Policy.objects.filter(pk=draft.pk).update(publish_at=timezone.now())  # its time comes
    call_command("publish_due_editions")
    assert NEW_SUMMARY in Client().get("/policy/").content.decode()
    assert "LinkedIn&#x27;s new terms take effect." in Client().get("/policy/").content.decode()


def test_one_draft_at_a_time_and_the_current_edition_links_to_it(editor_client, linkedin):
    draft = start_edition(editor_client, linkedin)
    again = editor_client.post(
        reverse("admin:policies_policy_new_edition", args=[linkedin.pk]), follow=True
    )
    assert "is already the draft of the next edition" in again.content.decode()
    page = editor_client.get(change_url(linkedin)).content.decode()
    assert reverse("admin:policies_policy_change", args=[draft.pk]) in page
    assert Client().get(f"/{draft.slug}/").status_code == 404  # a draft is not public


def test_the_dashboard_counts_editions_waiting_to_be_published(editor_client, linkedin):
    assert "Waiting to be published" in editor_client.get(reverse("admin:index")).content.decode()
    start_edition(editor_client, linkedin)
    home = editor_client.get(reverse("admin:index")).content.decode()
    assert "1 draft edition" in home
    listing = editor_client.get(
        reverse("admin:policies_policy_changelist") + "?edition__exact=draft"
    )
    assert listing.status_code == 200 and "1 policy" in listing.content.decode()


def test_with_four_eyes_a_publisher_cannot_publish_a_draft_only_they_worked_on(
    editor_client, drafter_client, linkedin, settings
):
    settings.EDITIONS_NEED_SECOND_PAIR_OF_EYES = True
    draft = start_edition(editor_client, linkedin)
    publish = reverse("admin:policies_policy_publish", args=[draft.pk])
    alone = editor_client.post(publish, {"note": "Mine alone.", "public": "on"})
    assert alone.status_code == 200
    assert "You are this draft&#x27;s only editor" in alone.content.decode()
    assert post_change(drafter_client, draft, summary_en=NEW_SUMMARY).status_code == 302
    assert editor_client.post(publish, {"note": "Checked.", "public": "on"}).status_code == 302
    assert NEW_SUMMARY in Client().get("/policy/").content.decode()


def test_platforms_keep_their_order_when_an_edition_is_published(editor_client, linkedin):
    from policies.tests.test_policies import make_meta

    make_meta()
    draft = start_edition(editor_client, linkedin)
    publish = reverse("admin:policies_policy_publish", args=[draft.pk])
    assert editor_client.post(publish, {"note": "Checked.", "public": "on"}).status_code == 302
    for language in ("", "/de"):
        home = Client().get(f"{language}/").content.decode()
        assert home.index('href="' + language + '/linkedin-ai-training/guide/"') < home.index(
            'href="' + language + '/meta/guide/"'
        )
