"""History (django-reversion) records edits: a change form saved unchanged writes nothing.

Reversion writes a revision on every save, whether or not anything changed.
Here a change form whose content is unchanged (its own fields and every inline)
is not saved at all: no row is written, no revision, and the page cache keeps
its pages. Django's own log still says "No fields changed."

Reversion's `ignore_duplicates` does not fit: it compares the parent alone, so
an edit of a step only would leave the Instructions' History without it.

Restoring a version from History is always saved: the restore itself has
already written the old content, and History must show it.
"""

import reversion


def changes_content(form) -> bool:
    """Whether a model form changes one of its model's fields (not a form-only field),
    or a form field that stands for content (`content_form_fields`, e.g. a region's
    countries edited as one multi-select)."""
    names = {field.name for field in form._meta.model._meta.get_fields()}
    names |= set(getattr(form, "content_form_fields", ()))
    return any(name in names for name in form.changed_data)


class HistoryOfEditsOnly:
    """For a reversion VersionAdmin."""

    def revision_view(self, request, *args, **kwargs):
        request.restoring_a_version = True
        return super().revision_view(request, *args, **kwargs)

    def recover_view(self, request, *args, **kwargs):
        request.restoring_a_version = True
        return super().recover_view(request, *args, **kwargs)

    def save_model(self, request, obj, form, change):
        if change and not changes_content(form) and not _restoring(request):
            return
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change and reversion.is_active() and any(f.has_changed() for f in formsets):
            # The parent is part of an edit of its inlines, saved or not: its History shows it.
            reversion.add_to_revision(form.instance)


def _restoring(request) -> bool:
    return getattr(request, "restoring_a_version", False)
