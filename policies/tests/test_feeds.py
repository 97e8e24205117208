"""The timeline as an Atom feed: what a feed reader subscribes to."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from policies.models import TimelineEvent

ATOM = "{http://www.w3.org/2005/Atom}"


def entries(response) -> list[ET.Element]:
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root.findall(f"{ATOM}entry")


def test_the_feed_is_atom_with_one_entry_per_timeline_event(client, linkedin):
    response = client.get(reverse("legacy-feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    assert root.findtext(f"{ATOM}title") == linkedin.title
    assert root.findtext(f"{ATOM}subtitle") == linkedin.summary
    assert root.find(f"{ATOM}author/{ATOM}name") is not None
    found = root.findall(f"{ATOM}entry")
    assert len(found) == linkedin.timeline.count() > 0
    for entry in found:
        for element in ["id", "title", "updated", "link"]:
            assert entry.find(f"{ATOM}{element}") is not None, element
    ids = [entry.findtext(f"{ATOM}id") for entry in found]
    assert len(set(ids)) == len(ids)


def test_newest_event_comes_first_and_same_day_events_latest_added_first(client, linkedin):
    last = linkedin.timeline.order_by("date").last().date
    later = last + datetime.timedelta(days=30)
    first_added = TimelineEvent.objects.create(policy=linkedin, date=later, title="A", body="A.")
    second_added = TimelineEvent.objects.create(policy=linkedin, date=later, title="B", body="B.")
    found = entries(client.get(reverse("legacy-feed")))
    assert [e.findtext(f"{ATOM}title") for e in found[:2]] == [
        second_added.title,
        first_added.title,
    ]
    published = [e.findtext(f"{ATOM}published") for e in found]
    assert published == sorted(published, reverse=True)


def test_an_entry_links_to_the_event_on_the_policy_page_and_names_its_regions(client, linkedin):
    event = linkedin.timeline.get(title__startswith="UK: LinkedIn pauses")
    found = entries(client.get(reverse("legacy-feed")))
    entry = next(e for e in found if e.findtext(f"{ATOM}title") == event.title)
    link = entry.find(f"{ATOM}link").get("href")
    assert link == f"http://testserver{reverse('policy', args=[linkedin.slug])}#event-{event.pk}"
    assert entry.findtext(f"{ATOM}published") == "2024-09-20T00:00:00+00:00"
    assert entry.findtext(f"{ATOM}updated") == "2024-09-20T00:00:00+00:00"
    assert [c.get("term") for c in entry.findall(f"{ATOM}category")] == ["United Kingdom"]
    assert "Information Commissioner" in entry.findtext(f"{ATOM}summary")


def test_an_entry_keeps_its_id_when_the_event_is_edited(client, linkedin):
    event = linkedin.timeline.first()

    def entry_id():
        found = entries(client.get(reverse("legacy-feed")))
        entry = next(e for e in found if e.findtext(f"{ATOM}title") == event.title)
        return entry.findtext(f"{ATOM}id")

    before = entry_id()
    TimelineEvent.objects.filter(pk=event.pk).update(body="Reworded.")
    assert entry_id() == before


def test_a_body_is_shown_as_text_never_as_markup(client, linkedin):
    TimelineEvent.objects.create(
        policy=linkedin, date=datetime.date(2030, 1, 1), title="New", body="<b>Not bold</b>"
    )
    summary = entries(client.get(reverse("legacy-feed")))[0].findtext(f"{ATOM}summary")
    assert "&lt;b&gt;Not bold&lt;/b&gt;" in summary
    assert "<b>" not in summary


def test_the_feed_sets_no_cookie(client, linkedin):
    assert not client.get(reverse("legacy-feed")).cookies


@pytest.mark.django_db
def test_without_a_published_policy_there_is_no_feed(client, linkedin):
    linkedin.is_published = False
    linkedin.save()
    assert client.get(reverse("legacy-feed")).status_code == 404
