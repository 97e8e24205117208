"""The policy's timeline as an Atom feed, so followers hear when something changes."""

import datetime
import uuid

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import format_html, format_html_join, linebreaks
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from policies.content import NoPublishedPolicy, published_policies
from policies.context_processors import site_name
from policies.methods import read_only
from policies.models import PolicyChange
from policies.page_cache import cached_page
from policies.preview import policy_for

# Entry ids must never change once a feed reader has seen them, so they are
# derived from the event itself, not from the page or host it is shown on.
ENTRY_ID_NAMESPACE = uuid.UUID("67592c60-5334-4f24-b406-5af8ae3a802d")


def midnight_utc(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=datetime.UTC)


def entry_sources(event) -> str:
    sources = sorted(event.sources.all(), key=lambda source: source.key)
    if not sources:
        return ""
    cited = format_html_join(
        "; ",
        "{}",
        (
            (
                format_html('<a href="{}">{}</a>, {}', s.url, s.title, s.publisher)
                if s.url
                else format_html("<cite>{}</cite>, {}", s.title, s.publisher),
            )
            for s in sources
        ),
    )
    label = {"reported": _("press report"), "single": _("one source")}.get(event.confidence)
    sure = format_html(" ({})", label) if label else ""
    return format_html("<p>{} {}{}</p>", _("Sources:"), cited, sure)


def public_changes(policy) -> list:
    return [change for change in policy.changes.all() if change.public]


def _when(item) -> datetime.datetime:
    if isinstance(item, PolicyChange):
        return item.published_at
    return midnight_utc(item.date)


def newest_first(items: list) -> list:
    return sorted(items, key=lambda item: (_when(item), item.pk), reverse=True)


class TimelineFeed(Feed):
    feed_type = Atom1Feed
    author_name = "optout-guide"

    def get_object(self, request, platform):
        """The published policy; none published is a 404, like the pages."""
        return policy_for(request, platform)

    def title(self, policy):
        return policy.title

    def subtitle(self, policy):
        return policy.summary

    def link(self, policy):
        return policy.get_absolute_url()

    def feed_url(self, policy):
        return reverse("feed", args=[policy.slug])

    def items(self, policy):
        return newest_first([*policy.timeline.all(), *public_changes(policy)])

    def item_title(self, event):
        if isinstance(event, PolicyChange):
            return _("What changed on this guide: %(note)s") % {"note": event.note[:120]}
        return event.title

    def item_description(self, event):
        if isinstance(event, PolicyChange):
            return linebreaks(event.note, autoescape=True)
        # Atom summaries are sent as HTML: the body is plain text, so escape it.
        # A feed reader never sees the page's source list: each entry names its own.
        return linebreaks(event.body, autoescape=True) + entry_sources(event)

    def item_link(self, event):
        # The event on the policy page: /policy/#event-<pk>.
        return event.get_absolute_url()

    def item_guid(self, event):
        # One id per event and language: a reader following two languages' feeds
        # sees two entries (English keeps the ids it always had).
        language = get_language() or settings.LANGUAGE_CODE
        suffix = "" if language == settings.LANGUAGE_CODE else f"/{language}"
        if isinstance(event, PolicyChange):
            return uuid.uuid5(ENTRY_ID_NAMESPACE, f"change/{event.pk}{suffix}").urn
        # An edition's copy keeps the id its first version had (entry_id).
        origin = event.entry_id or f"{event.policy_id}/{event.pk}"
        return uuid.uuid5(ENTRY_ID_NAMESPACE, f"{origin}{suffix}").urn

    def item_pubdate(self, event):
        return _when(event)

    def item_updateddate(self, event):
        # Atom requires <updated> on every entry; an event has no edit date of its own.
        return _when(event)

    def item_categories(self, event):
        if isinstance(event, PolicyChange):
            return []
        return [region.name for region in event.regions.all()]


class AllPoliciesFeed(TimelineFeed):
    """Every published policy's timeline in one feed, each entry naming its platform."""

    def get_object(self, request):
        policies = published_policies()
        if not policies:
            raise NoPublishedPolicy("No policy is published")
        return policies

    def title(self, policies):
        return _("%(site)s: every platform's changes") % {"site": site_name()}

    def subtitle(self, policies):
        return ", ".join(policy.platform for policy in policies)

    def link(self, policies):
        return reverse("home")

    def feed_url(self, policies):
        return reverse("all-feed")

    def items(self, policies):
        return newest_first(
            [
                item
                for policy in policies
                for item in [*policy.timeline.all(), *public_changes(policy)]
            ]
        )

    def item_title(self, event):
        return f"{event.policy.platform}: {super().item_title(event)}"


# Marked for the page cache here, beside the feed, like every cached view.
timeline_feed = cached_page()(read_only(TimelineFeed()))
all_policies_feed = cached_page()(read_only(AllPoliciesFeed()))
