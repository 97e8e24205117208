"""Translation tracking in the editors' workspace.

Lists show which languages need review (an item's inline parts, such as its
steps, included) and filter on it; each change form shows every language's
state, who confirmed it last and when, and lets the editor confirm a language
on its own once its translation says what the English says now.

Saving a translation counts as reviewing it against the English as it is then;
changing the English flags the other languages until an editor confirms them.
Text is compared normalised (policies/plain_text.py): a browser's line endings
are not an edit and confirm nothing.
"""

from django import forms
from django.contrib import admin
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.timezone import localtime

from policies import translation_status
from policies.plain_text import NormalisedTextAdminMixin
from policies.review_filters import NeedsTranslationReviewFilter
from policies.translation import TRANSLATED_FIELDS

CONFIRM_FIELD = "confirm_translations"
STATE_FIELD = "translation_state"
NOBODY_NAMED = "no editor named (the seeded content, or a script)"


def edited_languages(form) -> list[str]:
    """The languages whose translated fields this form changed."""
    return [
        language
        for language in translation_status.OTHER_LANGUAGES
        if any(name.endswith("_" + language.replace("-", "_")) for name in form.changed_data)
    ]


class TranslationConfirmationForm(forms.ModelForm):
    """A change form with a box per language that needs review: ticked, it is confirmed."""

    confirm_translations = forms.MultipleChoiceField(
        label="confirm translations",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Tick a language once its translation (every part listed above) says what "
        "the English says now. Saving records you and the time.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields[CONFIRM_FIELD]
        field.choices = [
            (state.language, state.name)
            for state in translation_status.language_reviews(self.instance)
            if state.stale
        ]
        if not field.choices:
            field.widget = forms.MultipleHiddenInput()


def _part_name(part, obj) -> str:
    if part is obj:
        return f"the {part._meta.verbose_name} itself"
    return f"{part._meta.verbose_name} “{part}”"


def _confirmed(state) -> str:
    if state.confirmed_at is None:
        return "never confirmed"
    when = date_format(localtime(state.confirmed_at), "j M Y, H:i")
    who = state.confirmed_by.get_username() if state.confirmed_by else NOBODY_NAMED
    return f"last confirmed {when} by {who}"


class TranslationTrackingAdmin(NormalisedTextAdminMixin):
    """For a TranslationAdmin whose model is translated (with its inline parts, if any)."""

    actions = ["confirm_translations"]

    def get_queryset(self, request):
        # The translation column and filter read these: a fixed number of queries per list.
        return (
            super()
            .get_queryset(request)
            .prefetch_related("translation_reviews", *translation_status.child_lookups(self.model))
        )

    def get_list_display(self, request):
        return [*super().get_list_display(request), "translations"]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), NeedsTranslationReviewFilter]

    @admin.display(description="translations")
    def translations(self, obj):
        stale = translation_status.needing_review(obj)
        missing = translation_status.untranslated_languages(obj)
        parts = []
        if stale:
            parts.append(
                format_html(
                    '<strong class="needs-recheck">⚠ needs review: {}</strong>', ", ".join(stale)
                )
            )
        if missing:
            parts.append(format_html("not yet translated: {}", ", ".join(missing)))
        return format_html_join(" · ", "{}", ((p,) for p in parts)) or "✓"

    @admin.action(description="Confirm translations match the current English")
    def confirm_translations(self, request, queryset):
        for obj in queryset:
            languages = translation_status.OTHER_LANGUAGES
            translation_status.confirm_with_parts(obj, languages, request.user)
        self.message_user(request, f"Translations confirmed for {queryset.count()} item(s).")

    # The change form

    def get_form(self, request, obj=None, **kwargs):
        if obj is not None and "form" not in kwargs and self.has_change_permission(request, obj):
            kwargs["form"] = type(self.form.__name__, (TranslationConfirmationForm, self.form), {})
        return super().get_form(request, obj, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        return [*readonly, STATE_FIELD] if obj is not None else readonly

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:
            return fieldsets
        ours = [STATE_FIELD, CONFIRM_FIELD]
        kept = [
            (name, {**options, "fields": [f for f in options["fields"] if f not in ours]})
            for name, options in fieldsets
        ]
        present = {f for _name, options in fieldsets for f in options["fields"]}
        return [*kept, ("Translations", {"fields": [f for f in ours if f in present]})]

    @admin.display(description="state of each translation")
    def translation_state(self, obj):
        rows = []
        for state in translation_status.language_reviews(obj):
            if state.stale:
                names = "; ".join(_part_name(part, obj) for part in state.stale)
                status = format_html(
                    '<strong class="needs-recheck">⚠ needs review</strong> ({})', names
                )
            elif state.translated:
                status = "✓ up to date"
            else:
                status = "not yet translated"
            if state.translated and state.untranslated:
                names = "; ".join(_part_name(part, obj) for part in state.untranslated)
                status = format_html("{} · still in English: {}", status, names)
            rows.append((state.language, state.name, status, _confirmed(state)))
        return format_html(
            '<ul class="translation-state">{}</ul>',
            format_html_join(
                "",
                '<li data-language="{}"><strong>{}</strong>: {} · {}</li>',
                rows,
            ),
        )

    # Saving

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        translation_status.confirm(obj, edited_languages(form), request.user)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        deleted = set(map(id, formset.deleted_forms))
        for inline_form in formset.forms:
            if id(inline_form) in deleted or inline_form.instance.pk is None:
                continue
            if type(inline_form.instance) in TRANSLATED_FIELDS:
                languages = edited_languages(inline_form)
                translation_status.confirm(inline_form.instance, languages, request.user)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        chosen = form.cleaned_data.get(CONFIRM_FIELD)
        if chosen:
            translation_status.confirm_with_parts(form.instance, chosen, request.user)
