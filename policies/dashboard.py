"""The review dashboard on the admin home: what needs an editor, counted.

Every count is a link to an admin list filtered to exactly those items: the
counts come from the lists' own filters (policies/review_filters.py), and a
list is counted only where its admin offers that filter and the editor may
see it. The cost is a fixed number of queries per list, whatever the amount
of content (tested).

Each section is a function of (request, lists); another one (editions waiting
to be published, once editions exist) is one more function in SECTIONS.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from policies import translation_status
from policies.models import SourceCheck
from policies.review_filters import (
    LANGUAGE_NAMES,
    ConditionFilter,
    NeedsRecheckingFilter,
    NeedsTranslationReviewFilter,
    SourceCheckFilter,
    WithoutSourcesFilter,
    count_conditions,
)


@dataclass
class Link:
    count: int
    label: str
    url: str


@dataclass
class Row:
    label: str
    cells: list[list[Link]]


@dataclass
class Section:
    title: str
    columns: list[str]
    rows: list[Row]
    note: str = ""


@dataclass
class AdminList:
    """One admin list the editor may open, with the review filters it offers."""

    model_admin: object
    url: str
    filters: list[type]
    counts: dict[type, dict[str, int]] = field(default_factory=dict)

    def offers(self, filter_class: type) -> type | None:
        return next((f for f in self.filters if issubclass(f, filter_class)), None)

    def link(self, filter_class: type, value: str) -> Link | None:
        used = self.offers(filter_class)
        count = self.counts.get(used, {}).get(value, 0) if used else 0
        if not count:
            return None
        opts = self.model_admin.model._meta
        noun = opts.verbose_name if count == 1 else opts.verbose_name_plural
        query = urlencode({used.parameter_name: value})
        return Link(count, f"{count} {noun}", f"{self.url}?{query}")


def admin_lists(request, site) -> list[AdminList]:
    """The lists with review filters, counted: one aggregate query for the condition
    filters; for the translations filter, one read of the rows (and one per kind of
    inline part), and one read of the translation reviews for every list at once."""
    lists = []
    translated = []
    for model, model_admin in site._registry.items():
        filters = [
            f
            for f in model_admin.get_list_filter(request)
            if isinstance(f, type) and (issubclass(f, ConditionFilter) or f is _TRANSLATIONS)
        ]
        if not filters or not model_admin.has_view_or_change_permission(request):
            continue
        opts = model._meta
        url = reverse(f"{site.name}:{opts.app_label}_{opts.model_name}_changelist")
        found = AdminList(model_admin, url, filters)
        # The list's own rows, without what it prefetches for display.
        queryset = model_admin.get_queryset(request).prefetch_related(None)
        conditions = [f for f in filters if issubclass(f, ConditionFilter)]
        if conditions:
            found.counts.update(count_conditions(queryset, conditions))
        if _TRANSLATIONS in filters:
            translated.append((found, translation_status.read_with_parts(queryset)))
        lists.append(found)
    translation_status.attach_reviews(obj for _found, objects in translated for obj in objects)
    for found, objects in translated:
        found.counts[_TRANSLATIONS] = _TRANSLATIONS.count(objects)
    return sorted(lists, key=lambda found: str(found.model_admin.model._meta.verbose_name_plural))


_TRANSLATIONS = NeedsTranslationReviewFilter


def _row(label: str, lists, *cells: tuple[type, str]) -> Row:
    return Row(
        label,
        [[link for found in lists if (link := found.link(f, value))] for f, value in cells],
    )


def freshness(request, lists) -> Section | None:
    days = settings.CONTENT_STALE_AFTER_DAYS
    rows = [
        _row(f"Not verified in {days} days", lists, (NeedsRecheckingFilter, "overdue")),
        _row("Never verified", lists, (NeedsRecheckingFilter, "never")),
        _row("Without sources", lists, (WithoutSourcesFilter, "none")),
    ]
    if not any(found.offers(NeedsRecheckingFilter) for found in lists):
        return None
    return Section("To check against the sources", ["Items"], rows)


def translations(request, lists) -> Section | None:
    if not any(found.offers(_TRANSLATIONS) for found in lists):
        return None
    rows = [
        _row(
            LANGUAGE_NAMES[language],
            lists,
            (_TRANSLATIONS, f"review-{language}"),
            (_TRANSLATIONS, f"missing-{language}"),
        )
        for language in translation_status.OTHER_LANGUAGES
    ]
    return Section("Translations", ["Need review", "Not yet translated"], rows)


def source_watch(request, lists) -> Section | None:
    if not any(found.offers(SourceCheckFilter) for found in lists):
        return None
    rows = [
        _row("Failing their check", lists, (SourceCheckFilter, "failing")),
        _row("… of them, quote no longer found", lists, (SourceCheckFilter, "quote-missing")),
        _row("Moved to another address", lists, (SourceCheckFilter, "moved")),
        _row("Never checked", lists, (SourceCheckFilter, "never")),
    ]
    last = SourceCheck.objects.aggregate(last=Max("checked_at"))["last"]
    note = (
        f"Last check: {date_format(timezone.localtime(last), 'j M Y, H:i')}."
        if last
        else "The source watch has not run yet (manage.py check_sources)."
    )
    return Section("Source watch", ["Sources"], rows, note)


def editions(request, lists) -> Section | None:
    """Draft editions: waiting to be published, or scheduled to go live."""
    from policies.models import Policy

    if not request.user.has_perm("policies.view_policy"):
        return None
    drafts = Policy.objects.filter(edition=Policy.Edition.DRAFT)
    url = reverse("admin:policies_policy_changelist") + "?edition__exact=draft"
    waiting = drafts.filter(publish_at__isnull=True).count()
    scheduled = drafts.filter(publish_at__isnull=False).count()

    def link(count: int) -> list[Link]:
        noun = "draft edition" if count == 1 else "draft editions"
        return [Link(count, f"{count} {noun}", url)] if count else []

    rows = [
        Row("Waiting to be published", [link(waiting)]),
        Row("Scheduled to go live", [link(scheduled)]),
    ]
    return Section("Editions", ["Policies"], rows)


SECTIONS = [freshness, translations, source_watch, editions]


def review_sections(request, site) -> list[Section]:
    lists = admin_lists(request, site)
    return [section for make in SECTIONS if (section := make(request, lists))]
