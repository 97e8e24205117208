"""The privacy editors' workspace.

Every content admin keeps a history through django-reversion: an editor opens
"History" on any item, picks an earlier version and saves it to revert, or
uses "Recover deleted" on a list.
"""

import reversion
from django import forms
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.db.models import Count
from django.http import Http404
from django.utils.formats import date_format
from django.utils.html import format_html
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline
from reversion.admin import VersionAdmin as ReversionVersionAdmin
from reversion.models import Version

from policies.admin_editions import EditionGuard, EditionsAdmin
from policies.admin_safety import (
    PublishingGuardMixin,
    RecoverableDeletesMixin,
    RevertSafetyMixin,
)
from policies.admin_steps import RelatedSettingStepInline as NumberedSettingStepInline
from policies.admin_steps import StepInline as NumberedStepInline
from policies.admin_steps import StepsAdminMixin
from policies.history import HistoryOfEditsOnly
from policies.models import (
    Confidence,
    DataCategory,
    Device,
    Exclusion,
    Fact,
    FrequentQuestion,
    Instructions,
    MenuLabel,
    ObjectionRoute,
    Policy,
    PolicyChange,
    Region,
    RegionCountry,
    RelatedSetting,
    Right,
    Source,
    TimelineEvent,
    stale_before,
)
from policies.plain_text import NormalisedTextAdminMixin
from policies.review_filters import (
    NeedsRecheckingFilter,
    PolicyNeedsRecheckingFilter,
    WithoutSourcesFilter,
)
from policies.source_watch_admin import SourceWatchAdmin
from policies.translation_admin import TranslationTrackingAdmin
from policies.verification import mark_verified_today


def freshness_column(date_field: str, label: str):
    @admin.display(description=label, ordering=date_field)
    def column(model_admin, obj):
        checked = getattr(obj, date_field)
        shown = date_format(checked, "j M Y") if checked else "never"
        if checked is not None and checked >= stale_before():
            return shown
        return format_html('<strong class="needs-recheck">⚠ {} — re-check</strong>', shown)

    return column


class VersionAdmin(
    HistoryOfEditsOnly, RecoverableDeletesMixin, RevertSafetyMixin, ReversionVersionAdmin
):
    """django-reversion's history, refusing a version that belongs to another object;
    a delete keeps what it deletes to recover, a revert shows what it changes and
    publishes or unpublishes only for a publisher (policies/admin_safety.py).

    Reversion looks a version up by its id and the object's id alone, so a History
    address with a region's id and a fact's version id would revert the fact. A change
    form saved unchanged writes no revision (policies/history.py).
    """

    def revision_view(self, request, object_id, version_id, extra_context=None):
        own = Version.objects.get_for_model(self.model).filter(
            pk=version_id, object_id=unquote(object_id)
        )
        if not own.exists():
            raise Http404("No such version of this item")
        return super().revision_view(request, object_id, version_id, extra_context)


class TranslatedContentAdmin(
    EditionGuard, TranslationTrackingAdmin, VersionAdmin, TranslationAdmin
):
    """Content written in every language, with the state of each translation
    (policies/translation_admin.py); the current published edition is read-only for
    editors who are not publishers (policies/admin_editions.py)."""


class SourcedFactForm(forms.ModelForm):
    """A fact is "confirmed" only with the sources that confirm it."""

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("confidence") == Confidence.CONFIRMED
            and "sources" in self.fields
            and not cleaned.get("sources")
        ):
            self.add_error(
                "confidence",
                "A fact without sources cannot be confirmed: add the sources that confirm it, "
                "or choose another confidence.",
            )
        return cleaned


class SourcedFactAdmin(TranslatedContentAdmin):
    """What every sourced fact's admin shares: sources, confidence and freshness."""

    form = SourcedFactForm
    autocomplete_fields = ["sources"]
    list_filter = [NeedsRecheckingFilter, "confidence", "policy"]
    last_verified_column = freshness_column("last_verified", "last verified")
    history_latest_first = True
    actions = [*TranslatedContentAdmin.actions, mark_verified_today]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), WithoutSourcesFilter]


class StepInline(EditionGuard, NormalisedTextAdminMixin, NumberedStepInline):
    pass


class RelatedSettingStepInline(EditionGuard, NormalisedTextAdminMixin, NumberedSettingStepInline):
    pass


class RightInline(EditionGuard, NormalisedTextAdminMixin, TranslationStackedInline):
    model = Right
    form = SourcedFactForm
    extra = 0
    ordering = ["order"]
    autocomplete_fields = ["sources"]
    verbose_name_plural = "rights and where to complain (shown on this region's results)"


def country_choices() -> list[tuple[str, str]]:
    """Every country, sorted by its English name (the admin is in English)."""
    from django_countries import countries

    return sorted(((code, name) for code, name in countries), key=lambda pair: pair[1])


class RegionForm(SourcedFactForm):
    """A region's countries as one multi-select sorted by name, with a filter box:
    the EU's 27 are picked by typing, not added one row at a time."""

    country_list = forms.MultipleChoiceField(
        label="countries",
        required=False,
        choices=country_choices,
        widget=FilteredSelectMultiple("countries", is_stacked=False),
        help_text="The catch-all region needs none. Each country belongs to one region.",
    )

    content_form_fields = ("country_list",)  # an edit, for History (policies/history.py)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["country_list"] = sorted(
                listed.country.code for listed in self.instance.countries.all()
            )

    def clean(self):
        cleaned = super().clean()
        policy = cleaned.get("policy")
        codes = cleaned.get("country_list") or []
        if policy and codes:
            claimed = (
                RegionCountry.objects.filter(policy=policy, country__in=codes)
                .exclude(region_id=self.instance.pk)
                .select_related("region")
            )
            taken = [f"{listed.country.name} (in “{listed.region}”)" for listed in claimed]
            if taken:
                self.add_error(
                    "country_list",
                    "Each country belongs to one region; remove these from their region "
                    f"first: {', '.join(sorted(taken))}.",
                )
        return cleaned

    def save_countries(self, region) -> None:
        wanted = set(self.cleaned_data.get("country_list") or [])
        listed = {row.country.code: row for row in region.countries.all()}
        for code, row in listed.items():
            if code not in wanted:
                row.delete()
        for code in sorted(wanted - set(listed)):
            RegionCountry.objects.create(region=region, country=code)


class RegionChoiceField(forms.ModelMultipleChoiceField):
    """Regions named with their platform, so two platforms' "EU" are told apart."""

    def label_from_instance(self, region):
        return f"{region.name} · {region.policy.platform}"


def regions_of_one_policy(form, cleaned) -> None:
    """A timeline event, setting or objection route concerns its own platform's regions."""
    policy = cleaned.get("policy") or getattr(form, "parent_policy", None)
    if policy is None and form.instance.policy_id:
        policy = form.instance.policy
    regions = cleaned.get("regions") or []
    others = [region for region in regions if policy and region.policy_id != policy.pk]
    if others:
        names = ", ".join(f"{r.name} ({r.policy.platform})" for r in others)
        form.add_error(
            "regions",
            f"{names}: another platform's region. Choose {policy.platform}'s regions only.",
        )


class ConcernsRegionsForm(SourcedFactForm):
    def clean(self):
        cleaned = super().clean()
        regions_of_one_policy(self, cleaned)
        return cleaned


def edited_object_id(request):
    match = request.resolver_match
    object_id = match.kwargs.get("object_id") if match else None
    return unquote(object_id) if object_id else None


def region_picker(db_field, policy_id=None):
    """Only one platform's regions when it is known (all, named with their platform,
    while the object is new), in a multi-select with a filter box."""
    queryset = Region.objects.select_related("policy").order_by("policy_id", "name")
    if policy_id:
        queryset = queryset.filter(policy_id=policy_id)
    return RegionChoiceField(
        queryset=queryset,
        required=False,
        widget=FilteredSelectMultiple("regions", is_stacked=False),
        help_text=db_field.help_text,
    )


class ConcernsRegionsAdmin(SourcedFactAdmin):
    """Content that concerns some regions (timeline events, related settings)."""

    form = ConcernsRegionsForm
    autocomplete_fields = ["sources"]

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "regions":
            object_id = edited_object_id(request)
            obj = self.model.objects.filter(pk=object_id).first() if object_id else None
            return region_picker(db_field, getattr(obj, "policy_id", None))
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("regions")

    @admin.display(description="regions")
    def region_names(self, obj):
        return ", ".join(region.name for region in obj.regions.all()) or "—"


class ObjectionRouteForm(forms.ModelForm):
    def clean(self):
        cleaned = super().clean()
        regions_of_one_policy(self, cleaned)
        return cleaned


class ObjectionRouteInline(EditionGuard, NormalisedTextAdminMixin, TranslationStackedInline):
    model = ObjectionRoute
    form = ObjectionRouteForm
    extra = 0
    ordering = ["order"]
    verbose_name_plural = (
        "objection routes (several forms, e.g. one per app; none: the objection form above)"
    )

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.form.parent_policy = obj
        return formset

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "regions":
            return region_picker(db_field, edited_object_id(request))  # the policy's id
        return super().formfield_for_manytomany(db_field, request, **kwargs)


@admin.register(Policy)
class PolicyAdmin(EditionsAdmin, PublishingGuardMixin, TranslatedContentAdmin):
    list_display = ["title", "platform", "is_published", "last_reviewed_column"]
    list_filter = ["is_published", PolicyNeedsRecheckingFilter]
    search_fields = ["title", "platform", "summary"]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["sources"]
    last_reviewed_column = freshness_column("last_reviewed", "last reviewed")
    history_latest_first = True
    inlines = [ObjectionRouteInline]


@admin.register(Source)
class SourceAdmin(SourceWatchAdmin, VersionAdmin):
    list_display = ["key", "publisher", "title", "confidence", "published", "link"]
    list_filter = ["confidence", "publisher", "policies"]
    search_fields = ["key", "title", "publisher", "url", "editor_note", "quote"]
    history_latest_first = True

    @admin.display(description="address")
    def link(self, source):
        if not source.url:
            return "—"
        return format_html('<a href="{}" rel="noreferrer">{}</a>', source.url, source.url)


@admin.register(Region)
class RegionAdmin(SourcedFactAdmin):
    list_display = [
        "name",
        "policy",
        "training_start",
        "legal_basis",
        "country_count",
        "is_catch_all",
        "confidence",
        "last_verified_column",
    ]
    list_filter = [NeedsRecheckingFilter, "confidence", "policy", "is_catch_all", "legal_basis"]
    search_fields = ["name", "notes", "countries__country"]
    prepopulated_fields = {"slug": ["name_en"]}
    form = RegionForm
    inlines = [RightInline]

    def reversion_register(self, model, **kwargs):
        # Countries are edited on the region's own form (not an inline), so History
        # keeps them with the region explicitly.
        if model is Region:
            if not reversion.is_registered(RegionCountry):
                reversion.register(RegionCountry)
            kwargs["follow"] = (*kwargs.get("follow", ()), "countries")
        super().reversion_register(model, **kwargs)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        form.save_countries(form.instance)
        if "country_list" in form.changed_data and reversion.is_active():
            reversion.add_to_revision(form.instance)  # with its countries (follow)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_country_count=Count("countries"))

    @admin.display(description="countries", ordering="_country_count")
    def country_count(self, region):
        return "all others" if region.is_catch_all else region._country_count


@admin.register(MenuLabel)
class MenuLabelAdmin(EditionGuard, NormalisedTextAdminMixin, VersionAdmin, TranslationAdmin):
    """The platform's own label of a menu item in each language, shown next to the English."""

    list_display = ["english", "policy", "confirmed_in"]
    list_filter = ["policy"]
    search_fields = ["english", "label"]
    history_latest_first = True


@admin.register(Right)
class RightAdmin(SourcedFactAdmin):
    list_display = ["title", "region", "order", "confidence", "last_verified_column"]
    list_filter = [NeedsRecheckingFilter, "confidence", "region__policy", "region"]
    list_select_related = ["region"]
    search_fields = ["title", "text", "link_url"]


@admin.register(Fact)
class FactAdmin(SourcedFactAdmin):
    list_display = ["text", "topic", "order", "confidence", "last_verified_column"]
    list_filter = [NeedsRecheckingFilter, "topic", "confidence", "policy"]
    search_fields = ["text", "detail"]


@admin.register(FrequentQuestion)
class FrequentQuestionAdmin(SourcedFactAdmin):
    list_display = ["question", "order", "confidence", "last_verified_column"]
    search_fields = ["question", "answer"]


@admin.register(TimelineEvent)
class TimelineEventAdmin(ConcernsRegionsAdmin):
    list_display = ["date", "title", "region_names", "confidence", "last_verified_column"]
    list_filter = [NeedsRecheckingFilter, "regions", "confidence", "policy"]
    search_fields = ["title", "body"]
    date_hierarchy = "date"


@admin.register(DataCategory)
class DataCategoryAdmin(SourcedFactAdmin):
    list_display = ["name", "includes", "order", "confidence", "last_verified_column"]
    search_fields = ["name", "includes"]


@admin.register(Exclusion)
class ExclusionAdmin(SourcedFactAdmin):
    list_display = ["name", "detail", "order", "confidence", "last_verified_column"]
    search_fields = ["name", "detail"]


class InstructionsForm(SourcedFactForm):
    also_for = forms.MultipleChoiceField(
        label="the same steps also serve",
        choices=Device.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Other devices these steps are right for (e.g. identical iPhone and "
        "Android apps): tick them instead of copying the steps.",
    )


@admin.register(Instructions)
class InstructionsAdmin(StepsAdminMixin, SourcedFactAdmin):
    form = InstructionsForm
    list_display = ["__str__", "device", "step_count", "confidence", "last_verified_column"]
    list_filter = [NeedsRecheckingFilter, "device", "confidence", "policy"]
    search_fields = ["note", "steps__text"]
    inlines = [StepInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("policy")
            .annotate(_step_count=Count("steps"))
        )

    @admin.display(description="steps", ordering="_step_count")
    def step_count(self, instructions):
        return instructions._step_count


@admin.register(RelatedSetting)
class RelatedSettingAdmin(StepsAdminMixin, ConcernsRegionsAdmin):
    list_display = ["name", "region_names", "order", "confidence", "last_verified_column"]
    list_filter = [NeedsRecheckingFilter, "regions", "confidence", "policy"]
    search_fields = ["name", "summary", "steps__text"]
    inlines = [RelatedSettingStepInline]


@admin.register(PolicyChange)
class PolicyChangeAdmin(EditionGuard, NormalisedTextAdminMixin, VersionAdmin, TranslationAdmin):
    """The notes publishers wrote: translate a public one so every language shows it."""

    list_display = ["published_at", "policy", "note", "public", "published_by"]
    list_filter = ["public", "policy"]
    search_fields = ["note"]
    readonly_fields = ["published_at", "published_by", "archived"]
