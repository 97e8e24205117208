"""Editions: editors change a copy of a policy, publishers swap it in.

"Start a new edition" copies the current edition with everything it holds
(regions and their countries and rights, facts, questions, timeline, data,
exclusions, instructions and steps, related settings, menu labels, objection
routes, sources, translation reviews) as a draft. Editors change the draft and
preview it at the policy's real addresses. Publishing swaps it in atomically:
the draft takes the policy's address (its slug) and publication, the previous
edition is archived under a slug of its own, and the change note is kept
(a public one is shown on the policy page and in its feeds). Feed entries keep
their ids across editions (TimelineEvent.entry_id).
"""

import datetime
import logging

import reversion
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from reversion.models import Version

from policies.editors import can_publish
from policies.models import Policy, PolicyChange, TranslationReview

log = logging.getLogger("optout_guide.editions")

# What an edition holds, in an order that lets each copy find what it points at.
_REGION_CHILDREN = ("countries", "rights")
_POLICY_CHILDREN = (
    "facts",
    "questions",
    "timeline",
    "data_categories",
    "exclusions",
    "instructions",
    "related_settings",
    "menu_labels",
    "objection_routes",
)
_STEPS = {"instructions": "steps", "related_settings": "steps"}


class EditionError(Exception):
    """Why an edition cannot be started or published, in words for the editor."""


def current_edition(policy: Policy) -> Policy:
    return policy.edition_of if policy.edition != Policy.Edition.CURRENT else policy


def draft_of(policy: Policy) -> Policy | None:
    return policy.editions.filter(edition=Policy.Edition.DRAFT).first()


def _copy(obj, **changes):
    """A new row with obj's fields (translations included) and `changes`."""
    old_pk = obj.pk
    obj.pk = None
    obj.id = None
    obj._state.adding = True
    for name, value in changes.items():
        setattr(obj, name, value)
    obj.save()
    return old_pk, obj


def _copy_reviews(old_pk, new, model):
    content_type = ContentType.objects.get_for_model(model)
    for review in TranslationReview.objects.filter(content_type=content_type, object_id=old_pk):
        TranslationReview.objects.create(
            content_type=content_type,
            object_id=new.pk,
            language=review.language,
            english_fingerprint=review.english_fingerprint,
        )


@transaction.atomic
def start_edition(policy: Policy, user) -> Policy:
    """Copy the current edition as the draft of the next one (one draft at a time)."""
    current = current_edition(policy)
    existing = draft_of(current)
    if existing is not None:
        raise EditionError(f"“{existing}” is already the draft of the next edition.")
    source = Policy.objects.with_content().get(pk=current.pk)
    sources = list(source.sources.all())
    stamp = timezone.now().strftime("%Y%m%d%H%M%S")
    old_policy_pk, draft = _copy(
        Policy.objects.get(pk=current.pk),
        slug=f"{current.slug}-draft-{stamp}"[:50],
        is_published=False,
        edition=Policy.Edition.DRAFT,
        edition_of=current,
        publish_at=None,
    )
    draft.sources.set(sources)
    _copy_reviews(old_policy_pk, draft, Policy)
    regions = {}
    for region in source.regions.all():
        countries = list(region.countries.all())
        rights = [(right, list(right.sources.all())) for right in region.rights.all()]
        region_sources = list(region.sources.all())
        old_pk, new_region = _copy(region, policy=draft)
        regions[old_pk] = new_region
        new_region.sources.set(region_sources)
        _copy_reviews(old_pk, new_region, type(new_region))
        for listed in countries:
            _copy(listed, region=new_region, policy=draft)
        for right, right_sources in rights:
            old_right, new_right = _copy(right, region=new_region)
            new_right.sources.set(right_sources)
            _copy_reviews(old_right, new_right, type(new_right))
    for relation in _POLICY_CHILDREN:
        for child in getattr(source, relation).all():
            child_sources = list(child.sources.all()) if hasattr(child, "sources") else None
            child_regions = list(child.regions.all()) if hasattr(child, "regions") else None
            steps = list(getattr(child, _STEPS[relation]).all()) if relation in _STEPS else []
            changes = {"policy": draft}
            if relation == "timeline":
                changes["entry_id"] = child.entry_id or f"{child.policy_id}/{child.pk}"
            old_pk, new_child = _copy(child, **changes)
            _copy_reviews(old_pk, new_child, type(new_child))
            if child_sources is not None:
                new_child.sources.set(child_sources)
            if child_regions is not None:
                new_child.regions.set([regions[r.pk] for r in child_regions if r.pk in regions])
            for step in steps:
                parent = "instructions" if relation == "instructions" else "setting"
                old_step, new_step = _copy(step, **{parent: new_child})
                _copy_reviews(old_step, new_step, type(new_step))
    with reversion.create_revision():
        reversion.add_to_revision(draft)
        reversion.set_user(user)
        reversion.set_comment(f"Started a new edition of “{current}”.")
    return draft


def editors_of(draft: Policy) -> set[int]:
    """Who saved the draft (its History), the one who started it included."""
    return {
        version.revision.user_id
        for version in Version.objects.get_for_object(draft).select_related("revision")
        if version.revision.user_id
    }


def check_publisher(draft: Policy, user) -> None:
    if not can_publish(user):
        raise EditionError("Publishing needs a publisher (the “Privacy publishers” group).")
    if draft.edition != Policy.Edition.DRAFT:
        raise EditionError("Only a draft edition can be published.")
    if settings.EDITIONS_NEED_SECOND_PAIR_OF_EYES and editors_of(draft) <= {user.pk}:
        raise EditionError(
            "You are this draft's only editor: another editor must have worked on it, "
            "or another publisher must publish it (DJANGO_EDITIONS_NEED_SECOND_PAIR_OF_EYES)."
        )


@transaction.atomic
def publish(draft: Policy, user, note: str, public: bool) -> Policy:
    """Swap the draft in at the policy's addresses; archive the edition it replaces."""
    draft = Policy.objects.select_for_update().get(pk=draft.pk)
    check_publisher(draft, user)
    note = note.strip()
    if not note:
        raise EditionError("Say what changed: a change note is required.")
    current = Policy.objects.select_for_update().get(pk=draft.edition_of_id)
    address, was_published = current.slug, current.is_published
    stamp = timezone.now().strftime("%Y%m%d%H%M%S")
    current.slug = f"{address}-archived-{stamp}"[:50]
    current.edition = Policy.Edition.ARCHIVED
    current.is_published = False
    current.edition_of = draft
    current.save()
    Policy.objects.filter(edition_of=current).exclude(pk=draft.pk).update(edition_of=draft)
    PolicyChange.objects.filter(policy=current).update(policy=draft)
    draft.slug = address
    draft.edition = Policy.Edition.CURRENT
    draft.edition_of = None
    draft.is_published = was_published
    draft.publish_at = None
    draft.scheduled_note = ""
    draft.scheduled_by = None
    draft.save()
    change = PolicyChange.objects.create(
        policy=draft, note=note, note_en=note, public=public, published_by=user, archived=current
    )
    with reversion.create_revision():
        reversion.add_to_revision(draft)
        reversion.add_to_revision(current)
        reversion.set_user(user)
        reversion.set_comment(f"Published a new edition: {note}")
    return change


def schedule(draft: Policy, user, when: datetime.datetime, note: str, public: bool) -> None:
    check_publisher(draft, user)
    if not note.strip():
        raise EditionError("Say what changed: a change note is required.")
    if when <= timezone.now():
        raise EditionError("Choose a time in the future, or publish now.")
    draft.publish_at, draft.scheduled_note, draft.scheduled_note_public = when, note, public
    draft.scheduled_by = user
    draft.save(
        update_fields=["publish_at", "scheduled_note", "scheduled_note_public", "scheduled_by"]
    )


def publish_due(now: datetime.datetime | None = None) -> list[PolicyChange]:
    """Publish every scheduled draft whose time has come, as the publisher who scheduled it."""
    now = now or timezone.now()
    published = []
    due = Policy.objects.filter(edition=Policy.Edition.DRAFT, publish_at__lte=now)
    for draft in due.select_related("scheduled_by"):
        try:
            change = publish(
                draft, draft.scheduled_by, draft.scheduled_note, draft.scheduled_note_public
            )
        except EditionError as error:  # e.g. the publisher lost the right since
            log.error("edition %s not published: %s", draft.pk, error)
            continue
        published.append(change)
    return published


def differences(old: Policy, new: Policy) -> list[tuple[str, str, str]]:
    """(what, before, after) for each text that differs between two editions."""
    rows = []

    def texts(policy) -> dict[str, str]:
        policy = Policy.objects.with_content().get(pk=policy.pk)
        found = {}
        for field in (
            "title",
            "headline",
            "summary",
            "setting_name",
            "settings_url",
            "objection_form_url",
            "platform_domains",
            "is_published",
        ):
            found[f"Policy: {field}"] = str(getattr(policy, field))
        for region in policy.regions.all():
            codes = sorted(c.country.code for c in region.countries.all())
            found[f"Region {region.slug}: countries"] = ", ".join(codes)
            found[f"Region {region.slug}: start"] = str(region.training_start)
            found[f"Region {region.slug}: objection text"] = region.objection_text
        for fact in policy.facts.all():
            found[f"Fact {fact.topic} #{fact.order}"] = fact.text
        for event in policy.timeline.all():
            found[f"Timeline {event.entry_id or event.pk}"] = f"{event.date}: {event.title}"
        for instructions in policy.instructions.all():
            steps = " / ".join(step.text for step in instructions.steps.all())
            found[f"Steps ({instructions.get_device_display()})"] = steps
        return found

    before, after = texts(old), texts(new)
    for key in sorted(set(before) | set(after)):
        if before.get(key, "") != after.get(key, ""):
            rows.append((key, before.get(key, "—"), after.get(key, "—")))
    return rows
