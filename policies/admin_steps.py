"""Editing numbered steps in admin: renumber in one save, move a step up or down,
and the other languages folded away so that a set of steps fits on a screen or two.

The numbers are checked as a whole: two steps of the same instructions may not
end with the same number, but a step may take a number another step gives up in
the same save (insert a step between 2 and 3: number it 3, and the old 3 and 4
become 4 and 5). Saving then moves the renumbered rows out of the way first, so
the database's own rule (one step per number) holds at every moment.

"Move up" and "Move down" are submit buttons: without JavaScript they swap the
step's number with its neighbour's and save, like "Save and continue editing".
With static/js/admin_steps.js they swap the numbers and places on the page
without saving, and Save keeps the new order.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html
from modeltranslation.admin import TranslationStackedInline
from modeltranslation.utils import build_localized_fieldname

from policies.models import RelatedSettingStep, Step

MOVE = "_move_step"
ORDER = "order"
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
LARGEST_NUMBER = 32767  # PositiveSmallIntegerField


def other_language_fields(translated: list[str]) -> list[str]:
    """Every translated field in every other language, language by language."""
    return [
        build_localized_fieldname(name, language)
        for language in OTHER_LANGUAGES
        for name in translated
    ]


def fold_other_languages(fieldsets, translated: list[str]):
    """The same fieldsets with every language but English moved into one collapsed group.

    One field a line: Django shows a group open when one of its fields has an error,
    which it can tell only for lines of one field. CSS sets each language's fields
    side by side (static/css/admin.css).
    """
    folded = set(other_language_fields(translated))

    def names(line):
        return line if isinstance(line, (list, tuple)) else (line,)

    def keep(fields):
        kept = []
        for line in fields:
            if isinstance(line, (list, tuple)):
                line = tuple(name for name in line if name not in folded)
                if line:
                    kept.append(line)
            elif line not in folded:
                kept.append(line)
        return kept

    present = {
        name
        for _title, options in fieldsets
        for line in options.get("fields", ())
        for name in names(line)
    }
    moved = [name for name in other_language_fields(translated) if name in present]
    result = [
        (title, {**options, "fields": keep(options["fields"])}) for title, options in fieldsets
    ]
    if moved:
        per_language = len(moved) // len(OTHER_LANGUAGES)
        result.append(
            (
                f"Other languages ({', '.join(OTHER_LANGUAGES)})",
                {
                    "fields": moved,
                    "classes": ["collapse", "other-languages", f"fields-{per_language}"],
                },
            )
        )
    return result


class FoldedLanguagesMixin:
    """For a TranslationAdmin or translation inline: English first, other languages folded,
    without the English help text repeated under every translation."""

    def translated_names(self) -> list[str]:
        return list(self.trans_opts.all_fields)

    def get_fieldsets(self, request, obj=None):
        return fold_other_languages(super().get_fieldsets(request, obj), self.translated_names())

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and getattr(db_field, "language", None) in OTHER_LANGUAGES:
            field.help_text = ""
        return field


class StepNumberInput(forms.NumberInput):
    """The step's number, with buttons that move the step one place up or down."""

    def render(self, name, value, attrs=None, renderer=None):
        number = super().render(name, value, attrs, renderer)
        return format_html(
            '{}<span class="step-moves">'
            '<button type="submit" class="button step-move" name="{}" value="{} up" '
            'title="Swap with the step above (saves the form)">▲ Move up</button>'
            '<button type="submit" class="button step-move" name="{}" value="{} down" '
            'title="Swap with the step below (saves the form)">▼ Move down</button>'
            "</span>",
            number,
            MOVE,
            name,
            MOVE,
            name,
        )


def swap_numbers(data, prefix: str, request: str):
    """Apply "<prefix>-<i>-order up|down" to a formset's data: swap that step's number with
    the nearest number above or below it among the steps not marked for deletion.

    Returns the (old, new) number of the moved step, or None when there is nothing to do.
    """
    name, _space, direction = request.rpartition(" ")
    if direction not in ("up", "down") or not name.startswith(prefix + "-"):
        return None
    try:
        total = int(data.get(f"{prefix}-TOTAL_FORMS", 0))
    except ValueError:
        return None
    numbers = {}
    for index in range(min(total, 1000)):
        if data.get(f"{prefix}-{index}-DELETE"):
            continue
        try:
            numbers[f"{prefix}-{index}-{ORDER}"] = int(data.get(f"{prefix}-{index}-{ORDER}", ""))
        except ValueError:
            continue
    if name not in numbers:
        return None
    mine = numbers[name]
    if direction == "up":
        others = [(n, key) for key, n in numbers.items() if n < mine]
        neighbour = max(others, default=None)
    else:
        others = [(n, key) for key, n in numbers.items() if n > mine]
        neighbour = min(others, default=None)
    if neighbour is None:
        return None
    theirs, their_name = neighbour
    data[name], data[their_name] = str(theirs), str(mine)
    return mine, theirs


class NumberedStepsFormSet(forms.BaseInlineFormSet):
    """Steps whose numbers are checked and saved as a whole (see the module's docstring)."""

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.moved = None
        if self.is_bound and MOVE in self.data:
            self.data = self.data.copy()
            self.moved = swap_numbers(self.data, self.prefix, self.data.get(MOVE, ""))

    def get_unique_error_message(self, unique_check):
        if ORDER in unique_check:
            return "Two steps have the same number: give each its own."
        return super().get_unique_error_message(unique_check)

    def get_form_error(self):
        return "Another step has this number."

    def save_existing_objects(self, commit=True):
        if commit:
            self._clear_numbers_being_changed()
        return super().save_existing_objects(commit)

    def _clear_numbers_being_changed(self):
        """Give each renumbered or deleted step a spare number first, so that no row
        ever holds a number another row still has while the save goes on."""
        moving = []
        final = set()
        for form in self.initial_forms:
            obj = form.instance
            if obj.pk is None:
                continue
            if self._should_delete_form(form):
                moving.append(obj.pk)
            elif form.has_changed() and ORDER in form.changed_data:
                moving.append(obj.pk)
                final.add(form.cleaned_data[ORDER])
            else:
                final.add(getattr(obj, ORDER))
        for form in self.extra_forms:
            if form.has_changed() and not self._should_delete_form(form):
                final.add(form.cleaned_data.get(ORDER))
        if not moving:
            return
        model = self.model
        taken = final | set(
            model._default_manager.filter(**{self.fk.name: self.instance}).values_list(
                ORDER, flat=True
            )
        )
        spare = (n for n in range(LARGEST_NUMBER, 0, -1) if n not in taken)
        for pk, number in zip(moving, spare, strict=False):
            model._default_manager.filter(pk=pk).update(**{ORDER: number})


class NumberedStepForm(forms.ModelForm):
    """One step. Its number is checked against the other steps of the same form
    (NumberedStepsFormSet), not against the database row by row."""

    def validate_constraints(self):
        exclude = self._get_validation_exclusions() | {ORDER}
        try:
            self.instance.validate_constraints(exclude=exclude)
        except forms.ValidationError as error:
            self._update_errors(error)


class NumberedStepInline(FoldedLanguagesMixin, TranslationStackedInline):
    form = NumberedStepForm
    formset = NumberedStepsFormSet
    extra = 0
    ordering = [ORDER]
    classes = ["numbered-steps"]

    class Media:
        js = ["js/admin_steps.js"]
        css = {"all": ["css/admin.css"]}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == ORDER:
            kwargs["widget"] = StepNumberInput(attrs={"class": "step-number"})
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == ORDER:
            field.label = "Number"
        return field


class StepInline(NumberedStepInline):
    model = Step


class RelatedSettingStepInline(NumberedStepInline):
    model = RelatedSettingStep


class StepsAdminMixin(FoldedLanguagesMixin):
    """For the admin of what has numbered steps (instructions, related settings)."""

    save_on_top = True  # also makes Save, not "Move up", the button Enter presses

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if getattr(formset, "moved", None):
            old, new = formset.moved
            messages.success(request, f"Step {old} is now step {new}; the form was saved.")

    def response_change(self, request, obj):
        if MOVE in request.POST:
            opts = self.opts
            url = reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_change",
                args=[obj.pk],
            )
            return HttpResponseRedirect(url + "#steps-group")
        return super().response_change(request, obj)
