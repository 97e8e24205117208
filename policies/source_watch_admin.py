"""What the source watch found, on the sources list and on each source's page.

The findings are read-only here: `manage.py check_sources` writes them
(policies/source_watch.py). They are not shown as an inline on purpose: the
source admin keeps History, and an inline would put every check in it.
"""

from django.contrib import admin, messages
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join

from policies.models import SourceCheck
from policies.review_filters import SourceCheckFilter


def _when(moment) -> str:
    return date_format(timezone.localtime(moment), "j M Y, H:i")


def current_check(source) -> SourceCheck | None:
    """The latest check of the source's present address (prefetched on lists)."""
    if not source.pk:
        return None
    checks = getattr(source, "current_checks", None)
    if checks is None:
        checks = list(SourceCheck.objects.current().filter(source=source))
    return checks[0] if checks else None


def problem(check: SourceCheck) -> str:
    """A few words on what is wrong, or "" when nothing is."""
    if not check.ok:
        return check.get_outcome_display().lower()
    return "moved" if check.moved else ""


def _history(check: SourceCheck) -> tuple[str, str]:
    """Since when the watch has found the same, or what it found before a change."""
    earlier = list(
        SourceCheck.objects.filter(source_id=check.source_id, address=check.address)
        .exclude(pk=check.pk)
        .only("outcome", "checked_at", "final_url", "address")[:50]
    )
    if not earlier:
        return ("before", "nothing: this was the first check")

    def state(c):
        return (c.outcome, c.moved)

    if state(earlier[0]) != state(check):
        was = problem(earlier[0]) or "fine"
        return ("before", f"{was} until {_when(earlier[0].checked_at)}: this check found a change")
    since = earlier[0]
    for previous in earlier:
        if state(previous) != state(check):
            break
        since = previous
    return ("the same since", _when(since.checked_at))


class SourceWatchAdmin:
    """Mixed into the source admin: a "check" column and filter, the last check on the page."""

    def get_queryset(self, request):
        current = Prefetch(
            "checks", queryset=SourceCheck.objects.current(), to_attr="current_checks"
        )
        return super().get_queryset(request).prefetch_related(current)

    def get_list_display(self, request):
        # Before the address, whose long links would push it out of sight.
        display = list(super().get_list_display(request))
        display.insert(display.index("link") if "link" in display else len(display), "check_column")
        return display

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), SourceCheckFilter]

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "last_check"]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "GET":
            source = self.get_object(request, object_id)
            check = current_check(source) if source else None
            if check and problem(check):
                messages.warning(request, f"The source watch found a problem: {check.summary}")
        return super().change_view(request, object_id, form_url, extra_context)

    @admin.display(description="check")
    def check_column(self, source):
        if not source.url:
            return "—"
        check = current_check(source)
        if check is None:
            return "never checked"
        if wrong := problem(check):
            return format_html('<strong class="needs-recheck">⚠ {}</strong>', wrong)
        return f"✓ {date_format(timezone.localtime(check.checked_at), 'j M Y')}"

    @admin.display(description="last check")
    def last_check(self, source):
        if not source.url:
            return "No address to check."
        check = current_check(source)
        if check is None:
            return "Not checked yet at this address (manage.py check_sources)."
        found = {True: "yes", False: "no, not on the page", None: "not looked for"}
        summary = format_html("<strong>{}</strong>", check.summary)
        if problem(check):
            summary = format_html('<strong class="needs-recheck">⚠ {}</strong>', check.summary)
        final = (
            format_html('<a href="{}" rel="noreferrer">{}</a>', check.final_url, check.final_url)
            if check.final_url
            else "—"
        )
        rows = [
            ("when", _when(check.checked_at)),
            ("found", summary),
            ("status", check.status_code or "no answer"),
            ("final address", final),
            ("supporting quote found", found[check.quote_found]),
            ("content type", check.content_type or "—"),
            _history(check),
        ]
        return format_html(
            "<table>{}</table>",
            format_html_join("", '<tr><th scope="row">{}</th><td>{}</td></tr>', rows),
        )
