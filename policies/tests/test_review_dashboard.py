"""The review dashboard on the admin home, the lists it links to, "Mark as verified today",
and the source watch's findings in the source admin."""

import datetime
import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from policies.content import content_revision
from policies.models import Fact, Source, SourceCheck, TranslationReview
from policies.tests.factories import make_category, make_policy, make_source
from policies.tests.forms import change_url
from policies.tests.test_admin import add_a_batch_of_everything

Outcome = SourceCheck.Outcome
HOME = reverse("admin:index")
# The admin home's own queries (session, user, permissions, recent actions) plus a fixed
# number per list the dashboard counts: at most three, whatever the amount of content.
ADMIN_HOME_BUDGET = 40


def days_ago(days: int) -> datetime.date:
    return timezone.localdate() - datetime.timedelta(days=days)


def dashboard_links(client) -> dict[str, tuple[int, str]]:
    """Each count on the admin home: its link → (number, words)."""
    page = client.get(HOME).content.decode()
    found = {}
    for module in re.findall(r'<div class="module review-dashboard">(.*?)</div>', page, re.S):
        for href, number, words in re.findall(r'<a href="([^"]+)">(\d+) ([^<]+)</a>', module):
            found[html.unescape(href)] = (int(number), words)
    return found


def check(source, outcome=Outcome.OK, **kwargs) -> SourceCheck:
    kwargs.setdefault("address", source.url)
    kwargs.setdefault("final_url", source.url)
    kwargs.setdefault("status_code", 200)
    kwargs.setdefault("summary", outcome.label)
    return SourceCheck.objects.create(source=source, outcome=outcome, **kwargs)


@pytest.fixture
def things_to_review(linkedin):
    """One of each thing the dashboard counts, on top of the real content."""
    policy = make_policy(last_reviewed=days_ago(120))
    cited = make_source(key="R0")
    make_category(policy, name="Overdue", last_verified=days_ago(91)).sources.add(cited)
    make_category(policy, name="Never", last_verified=None).sources.add(cited)
    make_category(policy, name="Unsourced", last_verified=days_ago(1))
    make_category(policy, name="Fresh", last_verified=days_ago(5)).sources.add(cited)
    # Translated into French and never confirmed: needs review there, missing elsewhere.
    make_category(policy, name="French", name_fr="Français", last_verified=days_ago(1))

    failing = make_source(key="R1")
    check(failing, Outcome.OK, checked_at=timezone.now() - datetime.timedelta(days=2))
    check(failing, Outcome.GONE, status_code=404)  # the latest counts
    quote_gone = make_source(key="R2", quote="Gone words")
    check(quote_gone, Outcome.QUOTE_MISSING, quote_found=False)
    moved = make_source(key="R3")
    check(moved, final_url="https://example.org/elsewhere")
    readdressed = make_source(key="R4")
    check(readdressed, Outcome.GONE, address="https://example.org/old-address")
    make_source(key="R5", url="")  # nothing to check
    return policy


# The counts and their links


def test_every_count_opens_a_list_of_exactly_that_many_items(editor_client, things_to_review):
    links = dashboard_links(editor_client)
    assert len(links) >= 10
    for url, (number, words) in links.items():
        response = editor_client.get(url)
        assert response.status_code == 200, url
        assert response.context["cl"].result_count == number, f"{url}: {number} {words}"


def test_the_dashboard_counts_what_needs_review(editor_client, things_to_review):
    links = dashboard_links(editor_client)
    categories = reverse("admin:policies_datacategory_changelist")
    sources = reverse("admin:policies_source_changelist")
    assert links[f"{categories}?freshness=overdue"] == (1, "data category")
    assert links[f"{categories}?freshness=never"] == (1, "data category")
    assert links[f"{categories}?sources=none"] == (2, "data categories")
    assert links[reverse("admin:policies_policy_changelist") + "?freshness=overdue"] == (
        1,
        "policy",
    )
    assert links[f"{categories}?translations=review-fr"] == (1, "data category")
    assert f"{categories}?translations=review-de" not in links
    assert links[f"{categories}?translations=missing-de"][0] >= 5
    assert links[f"{sources}?check=failing"] == (2, "sources")  # gone, quote missing
    assert links[f"{sources}?check=quote-missing"] == (1, "source")
    assert links[f"{sources}?check=moved"] == (1, "source")
    # The real sources, R0, and R4 since its address changed; not R5, which has none.
    never = Source.objects.exclude(url="").exclude(key__in=["R1", "R2", "R3"]).count()
    assert links[f"{sources}?check=never"] == (never, "sources")


def test_the_lists_name_the_filter_the_dashboard_chose(editor_client, things_to_review):
    url = reverse("admin:policies_datacategory_changelist")
    page = editor_client.get(url, {"translations": "review-fr"}).content.decode()
    assert "Need review in Français" in page
    assert "French" in page and "Overdue" not in page
    page = editor_client.get(url, {"freshness": "never"}).content.decode()
    assert "Never verified" in page


def test_the_home_says_when_the_source_watch_last_ran(editor_client, linkedin):
    assert "The source watch has not run yet" in editor_client.get(HOME).content.decode()
    check(make_source(), checked_at=timezone.now())
    assert "Last check: " in editor_client.get(HOME).content.decode()


def test_staff_without_rights_see_no_counts(client, staff_without_rights, things_to_review):
    client.force_login(staff_without_rights)
    page = client.get(HOME).content.decode()
    assert "review-dashboard" not in page


def test_the_admin_home_costs_the_same_queries_however_much_content(editor_client, linkedin):
    def count() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(HOME).status_code == 200
        return len(captured)

    def add(n):
        add_a_batch_of_everything(n)
        for source in Source.objects.exclude(url=""):
            check(source, Outcome.GONE)

    add(1)
    before = count()
    add(2)
    assert count() == before
    assert before <= ADMIN_HOME_BUDGET


# "Mark as verified today"


def mark_verified(client, model, objects):
    url = reverse(f"admin:policies_{model._meta.model_name}_changelist")
    data = {"action": "mark_verified_today", "_selected_action": [obj.pk for obj in objects]}
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    return [str(message) for message in response.context["messages"]]


def test_mark_as_verified_today_records_who_and_when_in_history(editor_client, editor, linkedin):
    facts = list(linkedin.facts.exclude(confidence="unverified").filter(sources__isnull=False))[:2]
    Fact.objects.filter(pk__in=[fact.pk for fact in facts]).update(last_verified=days_ago(200))
    before = content_revision()
    messages = mark_verified(editor_client, Fact, facts)
    assert f"Marked 2 item(s) as verified today ({timezone.localdate():%-d %B %Y})." in messages
    for fact in facts:
        fact.refresh_from_db()
        assert fact.last_verified == timezone.localdate()
        revision = Version.objects.get_for_object(fact).first().revision
        assert revision.user == editor
        assert revision.comment.startswith("Marked as verified on ")
    history = editor_client.get(reverse("admin:policies_fact_history", args=[facts[0].pk]))
    page = history.content.decode()
    assert "Marked as verified on" in page and "editor" in page
    assert content_revision() != before  # the public "last checked" dates change


def test_items_without_sources_are_not_marked_and_the_editor_is_told(editor_client, linkedin):
    sourced = linkedin.facts.exclude(confidence="unverified").filter(sources__isnull=False)[0]
    unsourced = linkedin.facts.create(topic="practice", text="Said nowhere", confidence="confirmed")
    reported = linkedin.facts.create(topic="practice", text="Also nowhere", confidence="reported")
    messages = mark_verified(editor_client, Fact, [sourced, unsourced, reported])
    assert "Marked 1 item(s) as verified today" in messages[0]
    skipped = next(message for message in messages if "without sources" in message)
    assert "2 item(s) without sources" in skipped
    assert "“Said nowhere”" in skipped and "“Also nowhere”" in skipped
    assert "Of these, “Said nowhere” is marked Confirmed" in skipped
    assert "a fact without sources cannot be confirmed" in skipped
    for fact in (unsourced, reported):
        fact.refresh_from_db()
        assert fact.last_verified is None
        assert not Version.objects.get_for_object(fact).filter(
            revision__comment__startswith="Marked as verified"
        )
    unsourced.refresh_from_db()
    assert unsourced.confidence == "confirmed"  # left for the editor to decide


def test_unverified_items_are_not_marked_verified(editor_client, linkedin):
    fact = linkedin.facts.create(topic="practice", text="Only a how-to", confidence="unverified")
    fact.sources.add(Source.objects.first())
    messages = mark_verified(editor_client, Fact, [fact])
    assert any("whose confidence is Unverified: “Only a how-to”" in m for m in messages)
    fact.refresh_from_db()
    assert fact.last_verified is None


def test_an_item_verified_today_is_not_verified_twice(editor_client, linkedin):
    fact = linkedin.facts.filter(sources__isnull=False).exclude(confidence="unverified")[0]
    Fact.objects.filter(pk=fact.pk).update(last_verified=timezone.localdate())
    versions = Version.objects.get_for_object(fact).count()
    messages = mark_verified(editor_client, Fact, [fact])
    assert messages == [f"Already verified today: “{fact}”."]
    assert Version.objects.get_for_object(fact).count() == versions


@pytest.mark.parametrize(
    "model_name",
    [
        "region",
        "right",
        "fact",
        "frequentquestion",
        "timelineevent",
        "datacategory",
        "exclusion",
        "instructions",
        "relatedsetting",
    ],
)
def test_every_sourced_fact_list_offers_the_action(editor_client, linkedin, model_name):
    from django.apps import apps

    model = apps.get_model("policies", model_name)
    url = reverse(f"admin:policies_{model_name}_changelist")
    assert 'value="mark_verified_today"' in editor_client.get(url).content.decode()
    item = model.objects.filter(sources__isnull=False).exclude(confidence="unverified").first()
    model.objects.filter(pk=item.pk).update(last_verified=days_ago(365))
    assert mark_verified(editor_client, model, [item])[0].startswith("Marked 1 item(s)")
    item.refresh_from_db()
    assert item.last_verified == timezone.localdate()


# The source watch in the source admin


def test_a_sources_page_shows_its_last_check_and_flags_a_problem(editor_client, linkedin):
    source = make_source(key="R9", url="https://example.org/moved-away", quote="Some words")
    check(source, Outcome.OK, quote_found=True, checked_at=timezone.now() - datetime.timedelta(1))
    moved_and_missing = {
        "quote_found": False,
        "final_url": "https://example.org/new-home",
        "summary": "Moved to https://example.org/new-home (update the address). Answers 200 OK, "
        "but the supporting quote is no longer on the page.",
    }
    check(source, Outcome.QUOTE_MISSING, **moved_and_missing)
    page = editor_client.get(change_url(source)).content.decode()
    assert "The source watch found a problem: Moved to https://example.org/new-home" in page
    assert '<a href="https://example.org/new-home" rel="noreferrer">' in page
    assert "no, not on the page" in page  # quote found?
    assert ">200<" in page  # status
    assert "fine until " in page and "this check found a change" in page
    check(source, Outcome.QUOTE_MISSING, **moved_and_missing)
    page = editor_client.get(change_url(source)).content.decode()
    assert "the same since" in page


def test_a_source_never_checked_or_without_address_says_so(editor_client, linkedin):
    page = editor_client.get(change_url(make_source(key="R8"))).content.decode()
    assert "Not checked yet at this address" in page
    page = editor_client.get(change_url(make_source(key="R7", url=""))).content.decode()
    assert "No address to check." in page


def test_the_sources_list_shows_and_filters_by_the_check(editor_client, things_to_review):
    url = reverse("admin:policies_source_changelist")
    page = editor_client.get(url).content.decode()
    assert "⚠ gone (404 or 410)" in page and "never checked" in page
    for value, keys in [
        ("failing", {"R1", "R2"}),
        ("quote-missing", {"R2"}),
        ("moved", {"R3"}),
    ]:
        listed = editor_client.get(url, {"check": value}).context["cl"].result_list
        assert {source.key for source in listed} == keys, value
    never = editor_client.get(url, {"check": "never"}).context["cl"].result_list
    assert {"R0", "R4"} <= {source.key for source in never}
    assert not {"R1", "R5"} & {source.key for source in never}


def test_saving_a_source_check_is_not_a_content_change(linkedin):
    before = content_revision()
    check(Source.objects.exclude(url="").first(), Outcome.GONE)
    SourceCheck.objects.all().delete()
    assert content_revision() == before
    TranslationReview.objects.first().save()  # content of the app still counts
    assert content_revision() != before


def test_the_sources_list_costs_the_same_queries_however_many_are_checked(editor_client, linkedin):
    url = reverse("admin:policies_source_changelist")

    def count() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert editor_client.get(url).status_code == 200
        return len(captured)

    check(make_source(), Outcome.GONE)
    before = count()
    for _ in range(5):
        check(make_source(), Outcome.QUOTE_MISSING, quote_found=False)
    for source in Source.objects.exclude(url=""):
        check(source)
    assert count() == before
