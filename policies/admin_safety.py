"""Safety nets in the editors' workspace.

- Deleting keeps a copy: before anything is deleted in admin, the item and all that
  goes with it (a policy's regions, facts, instructions and their steps…) are written
  to History in one revision, so "Recover deleted" brings all of it back as it was.
- A revert or a recovery first shows what it will change, field by field.
- Only privacy publishers (policies.publish_policy) take a policy on or off the site
  or delete one, and a delete needs the policy's address name typed to confirm.
"""

from dataclasses import dataclass, field

from django.contrib import messages
from django.contrib.admin import ActionLocation
from django.contrib.admin.utils import NestedObjects, unquote
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.db import router, transaction
from django.http import HttpResponseRedirect, QueryDict
from django.urls import reverse
from django.utils import timezone
from reversion import is_registered
from reversion.models import Revision, Version
from reversion.revisions import _follow_relations_recursive, _get_options

from policies.editors import can_publish
from policies.revision_diff import FieldChange, current_fields, field_changes, stored_fields

DELETED = "Deleted “{}”: kept in History with what belonged to it, to recover"


# Deleting keeps a copy


def keep_for_recovery(objects, user) -> Revision | None:
    """Write `objects` and everything deleting them would delete to History, in one revision.

    Written straight away, not through reversion.create_revision(): inside another
    revision block (the change list's, for "Delete selected") the versions would be
    saved after the delete, when the objects are gone, and so not at all.
    """
    objects = list(objects)
    if not objects:
        return None
    using = router.db_for_write(type(objects[0]))
    collector = NestedObjects(using=using)
    collector.collect(objects)
    kept = [
        (model, obj)
        for model, instances in collector.data.items()
        if is_registered(model)
        for obj in sorted(instances, key=lambda instance: instance.pk)
    ]
    if not kept:
        return None
    with transaction.atomic(using=using):
        revision = Revision.objects.using(using).create(
            date_created=timezone.now(),
            user=user if getattr(user, "pk", None) else None,
            comment=DELETED.format("”, “".join(str(obj) for obj in objects)),
        )
        Version.objects.using(using).bulk_create(
            [_version(revision, model, obj, using) for model, obj in kept]
        )
    return revision


def _version(revision, model, obj, using) -> Version:
    options = _get_options(model)
    return Version(
        revision=revision,
        object_id=str(getattr(obj, options.object_id_field)),
        content_type=ContentType.objects.db_manager(using).get_for_model(
            model, for_concrete_model=options.for_concrete_model
        ),
        db=using,
        format=options.format,
        serialized_data=serializers.serialize(
            options.format,
            [obj],
            fields=options.fields,
            use_natural_foreign_keys=options.use_natural_foreign_keys,
        ),
        object_repr=str(obj),
    )


class RecoverableDeletesMixin:
    """For a VersionAdmin: a delete, one or many, leaves a revision to recover from."""

    def delete_model(self, request, obj):
        keep_for_recovery([obj], request.user)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        keep_for_recovery(queryset, request.user)
        super().delete_queryset(request, queryset)


# A revert shows what it changes


@dataclass
class ObjectChange:
    kind: str  # "changed", "brought back", "removed"
    name: str
    model: str
    fields: list[FieldChange] = field(default_factory=list)


def revert_preview(version: Version) -> list[ObjectChange]:
    """What reverting to `version` does: django-reversion reverts its whole revision
    (the item and what was saved with it, e.g. the steps of instructions), and removes
    what has been added since to what the revision follows (a step added later)."""
    changes, existing, in_revision = [], [], set()
    # The item being reverted first, then what was saved with it.
    stored_versions = sorted(
        version.revision.version_set.select_related("content_type"),
        key=lambda stored: (stored.pk != version.pk, stored.pk),
    )
    for stored in stored_versions:
        model = stored.content_type.model_class()
        if model is None or not is_registered(model):
            continue
        label = str(model._meta.verbose_name)
        then = stored_fields(stored)
        now = model._base_manager.using(stored.db).filter(pk=stored.object_id).first()
        if now is None:
            back = field_changes(model, {}, then)
            changes.append(ObjectChange("brought back", stored.object_repr, label, back))
            continue
        existing.append(now)
        in_revision.add((model, now.pk))
        differences = field_changes(model, current_fields(now), then)
        if differences:
            changes.append(ObjectChange("changed", str(now), label, differences))
    followed = {obj for start in existing for obj in _follow_relations_recursive(start)}
    for obj in sorted(followed, key=lambda obj: (type(obj).__name__, obj.pk)):
        if (type(obj), obj.pk) not in in_revision:
            changes.append(ObjectChange("removed", str(obj), str(obj._meta.verbose_name)))
    return changes


def changes_publishing(version: Version) -> bool:
    """Whether reverting to `version` (its whole revision) would put a policy on the site
    or take one off: a revision may hold a policy saved with other items, such as the
    copy a delete keeps, which "Recover deleted regions" would bring back too."""
    from policies.models import Policy

    policy_type = ContentType.objects.get_for_model(Policy)
    for stored in version.revision.version_set.filter(content_type=policy_type):
        then = bool(stored_fields(stored).get("is_published"))
        now = Policy._base_manager.filter(pk=stored.object_id).first()
        if then != bool(now and now.is_published):
            return True
    return False


class RevertSafetyMixin:
    """For a VersionAdmin: the revert and recover pages list the differences they apply,
    and only a privacy publisher may apply one that publishes or unpublishes a policy."""

    NOT_A_PUBLISHER = (
        "Only a privacy publisher can {}: it would put a policy on the site or take one off. "
        "Ask a publisher."
    )

    def _refusal(self, request, version, what, url):
        if version is None or can_publish(request.user) or not changes_publishing(version):
            return None
        self.message_user(request, self.NOT_A_PUBLISHER.format(what), messages.ERROR)
        return HttpResponseRedirect(url)

    def _url(self, name, *args):
        opts = self.opts
        return reverse(
            f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_{name}", args=args
        )

    def revision_view(self, request, object_id, version_id, extra_context=None):
        version = Version.objects.filter(pk=version_id).first()
        refusal = self._refusal(
            request, version, "revert to this version", self._url("history", object_id)
        )
        if refusal:
            return refusal
        extra_context = {**(extra_context or {}), "revert_changes": _preview(version)}
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        version = Version.objects.filter(pk=version_id).first()
        refusal = self._refusal(request, version, "recover this", self._url("recoverlist"))
        if refusal:
            return refusal
        extra_context = {**(extra_context or {}), "revert_changes": _preview(version)}
        return super().recover_view(request, version_id, extra_context)


def _preview(version):
    return revert_preview(version) if version is not None else []


# Publishing: only privacy publishers


class PublishingGuardMixin:
    """For the policy admin: "published" and deleting belong to privacy publishers."""

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not can_publish(request.user):
            fields.append("is_published")
        return fields

    def has_delete_permission(self, request, obj=None):
        return can_publish(request.user) and super().has_delete_permission(request, obj)

    def get_actions(self, request, action_location=ActionLocation.CHANGE_LIST):
        # A policy is deleted one at a time, with its name typed to confirm.
        actions = super().get_actions(request, action_location=action_location)
        actions.pop("delete_selected", None)
        return actions

    def delete_view(self, request, object_id, extra_context=None):
        extra_context = dict(extra_context or {})
        if request.method == "POST" and self.has_delete_permission(request):
            policy = self.get_object(request, unquote(object_id))
            typed = request.POST.get("confirm", "").strip()
            if policy is not None and typed not in (policy.slug, policy.title_en):
                extra_context["confirmation_error"] = (
                    f"Nothing was deleted: type {policy.slug} to confirm."
                    if typed
                    else "Nothing was deleted yet: type the policy's address name to confirm."
                )
                # An empty POST shows the confirmation page again instead of deleting.
                request.POST = QueryDict()
        return super().delete_view(request, object_id, extra_context)
