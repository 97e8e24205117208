"""Recent changes: every revision in History, newest first, site-wide, for editors.

Each line says who saved what and when, with the comment, a link to each item
(or to recover it if it is gone), and the fields that differ from the item's
previous version. Revisions are paginated; a page costs a fixed number of queries
plus one per related field shown.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import OuterRef, Subquery
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from reversion.models import Revision, Version

from policies.revision_diff import FieldChange, RelatedNames, field_changes, stored_fields

PER_PAGE = 25
SHOWN_PER_REVISION = 12  # items: a deletion or a first load can hold hundreds


@dataclass
class ItemChange:
    name: str
    model: str
    url: str  # the item's change page, or its recovery when deleted; "" when neither
    history_url: str
    deleted: bool
    first: bool  # no earlier version: the fields shown are all it had
    fields: list[FieldChange] = field(default_factory=list)


@dataclass
class RevisionLine:
    revision: Revision
    items: list[ItemChange]
    unchanged: int  # items saved with the others, but the same as before
    more: int  # changed items not shown (past SHOWN_PER_REVISION)


def _admin_url(site, model, name, *args) -> str:
    opts = model._meta
    try:
        return reverse(f"{site.name}:{opts.app_label}_{opts.model_name}_{name}", args=args)
    except NoReverseMatch:
        return ""


def revision_lines(revisions, site) -> list[RevisionLine]:
    previous = Version.objects.filter(
        content_type=OuterRef("content_type"),
        object_id=OuterRef("object_id"),
        db=OuterRef("db"),
        pk__lt=OuterRef("pk"),
    ).order_by("-pk")
    versions = (
        Version.objects.filter(revision__in=revisions)
        .select_related("content_type")
        .annotate(previous_pk=Subquery(previous.values("pk")[:1]))
        .order_by("pk")
    )
    versions = list(versions)
    earlier = Version.objects.in_bulk([v.previous_pk for v in versions if v.previous_pk])
    existing = _existing_ids(versions)
    by_revision: dict[int, list[Version]] = {}
    for version in versions:
        by_revision.setdefault(version.revision_id, []).append(version)

    names = RelatedNames()
    lines = []
    for revision in revisions:
        items, unchanged = [], 0
        for version in by_revision.get(revision.pk, []):
            model = version.content_type.model_class()
            if model is None:
                continue
            before = earlier.get(version.previous_pk)
            changes = field_changes(
                model, stored_fields(before) if before else {}, stored_fields(version), names
            )
            deleted = version.object_id not in existing[model]
            if before is not None and not changes and not deleted:
                unchanged += 1
                continue
            items.append(
                ItemChange(
                    name=version.object_repr,
                    model=str(model._meta.verbose_name),
                    url=_admin_url(site, model, "recover", version.pk)
                    if deleted
                    else _admin_url(site, model, "change", version.object_id),
                    history_url=""
                    if deleted
                    else _admin_url(site, model, "history", version.object_id),
                    deleted=deleted,
                    first=before is None,
                    fields=changes,
                )
            )
        lines.append(
            RevisionLine(
                revision,
                items[:SHOWN_PER_REVISION],
                unchanged,
                max(0, len(items) - SHOWN_PER_REVISION),
            )
        )
    return lines


def _existing_ids(versions) -> dict:
    """For each model on the page, the ids of its items that still exist."""
    ids: dict = {}
    for version in versions:
        model = version.content_type.model_class()
        if model is not None:
            ids.setdefault(model, set()).add(version.object_id)
    found = {}
    for model, wanted in ids.items():
        pks = model._base_manager.filter(pk__in=wanted).values_list("pk", flat=True)
        found[model] = {str(pk) for pk in pks}
    return found


def recent_changes_view(request, site):
    if not request.user.has_module_perms("policies"):
        raise PermissionDenied
    revisions = Revision.objects.select_related("user").order_by("-date_created", "-pk")
    page = Paginator(revisions, PER_PAGE).get_page(request.GET.get("page"))
    context = {
        **site.each_context(request),
        "title": "Recent changes",
        "page": page,
        "lines": revision_lines(list(page.object_list), site),
    }
    return TemplateResponse(request, "admin/policies/recent_changes.html", context)
