"""The privacy editors' workspace.

Every content admin keeps a history through django-reversion: an editor opens
"History" on any item, picks an earlier version and saves it to revert, or
uses "Recover deleted" on a list.
"""

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.db.models import Count
from django.http import Http404
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django_countries.fields import Country
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline
from reversion.admin import VersionAdmin as ReversionVersionAdmin
from reversion.models import Version

from policies import translation_status
from policies.admin_safety import (
    PublishingGuardMixin,
    RecoverableDeletesMixin,
    RevertSafetyMixin,
)
from policies.admin_steps import RelatedSettingStepInline, StepInline, StepsAdminMixin
from policies.models import (
    Confidence,
    DataCategory,
    Exclusion,
    Fact,
    FrequentQuestion,
    Instructions,
    MenuLabel,
    Policy,
    Region,
    RegionCountry,
    RelatedSetting,
    Right,
    Source,
    TimelineEvent,
    stale_before,
)
from policies.review_filters import (
    NeedsRecheckingFilter,
    NeedsTranslationReviewFilter,
    PolicyNeedsRecheckingFilter,
    WithoutSourcesFilter,
)
from policies.source_watch_admin import SourceWatchAdmin
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


class VersionAdmin(RecoverableDeletesMixin, RevertSafetyMixin, ReversionVersionAdmin):
    """django-reversion's history, refusing a version that belongs to another object;
    a delete keeps what it deletes to recover, a revert shows what it changes and
    publishes or unpublishes only for a publisher (policies/admin_safety.py).

    Reversion looks a version up by its id and the object's id alone, so a History
    address with a region's id and a fact's version id would revert the fact.
    """

    def revision_view(self, request, object_id, version_id, extra_context=None):
        own = Version.objects.get_for_model(self.model).filter(
            pk=version_id, object_id=unquote(object_id)
        )
        if not own.exists():
            raise Http404("No such version of this item")
        return super().revision_view(request, object_id, version_id, extra_context)


class TranslatedContentAdmin(VersionAdmin, TranslationAdmin):
    """Content written in every language, with the state of each translation.

    Saving a translation counts as reviewing it against the English as it is
    now; changing the English flags the other languages for review until an
    editor confirms them (the action "Confirm translations").
    """

    actions = ["confirm_translations"]

    def get_queryset(self, request):
        # The translation column and filter read these: one query for the whole list.
        return super().get_queryset(request).prefetch_related("translation_reviews")

    def get_list_display(self, request):
        return [*super().get_list_display(request), "translations"]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), NeedsTranslationReviewFilter]

    @admin.display(description="translations")
    def translations(self, obj):
        stale = translation_status.needing_review(obj)
        done = translation_status.translated_languages(obj)
        missing = [c for c in translation_status.OTHER_LANGUAGES if c not in done]
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
            translation_status.confirm(obj, translation_status.translated_languages(obj))
        self.message_user(request, f"Translations confirmed for {queryset.count()} item(s).")

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        edited = {
            language
            for language in translation_status.OTHER_LANGUAGES
            for name in form.changed_data
            if name.endswith("_" + language.replace("-", "_"))
        }
        if edited:
            translation_status.confirm(obj, sorted(edited))


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


class RegionCountryFormSet(forms.BaseInlineFormSet):
    """Refuse a country that another region of the same policy already lists."""

    def clean(self):
        super().clean()
        region = self.instance
        seen = set()
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            code = form.cleaned_data.get("country")
            if not code:
                continue
            country = Country(code)
            if code in seen:
                form.add_error("country", f"{country.name} is listed twice in this region.")
                continue
            seen.add(code)
            if region.policy_id is None:
                continue
            elsewhere = (
                RegionCountry.objects.filter(policy_id=region.policy_id, country=code)
                .exclude(region_id=region.pk)
                .select_related("region")
                .first()
            )
            if elsewhere:
                form.add_error(
                    "country",
                    f"{country.name} already belongs to the region “{elsewhere.region}”. "
                    "Remove it there first: each country belongs to one region.",
                )


class RightInline(TranslationStackedInline):
    model = Right
    form = SourcedFactForm
    extra = 0
    ordering = ["order"]
    autocomplete_fields = ["sources"]
    verbose_name_plural = "rights and where to complain (shown on this region's results)"


class RegionCountryInline(admin.TabularInline):
    model = RegionCountry
    formset = RegionCountryFormSet
    extra = 0
    verbose_name_plural = "countries (the catch-all region needs none)"


class ConcernsRegionsAdmin(SourcedFactAdmin):
    """Content that concerns some regions (timeline events, related settings)."""

    autocomplete_fields = ["sources", "regions"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("regions")

    @admin.display(description="regions")
    def region_names(self, obj):
        return ", ".join(region.name for region in obj.regions.all()) or "—"


@admin.register(Policy)
class PolicyAdmin(PublishingGuardMixin, TranslatedContentAdmin):
    list_display = ["title", "platform", "is_published", "last_reviewed_column"]
    list_filter = ["is_published", PolicyNeedsRecheckingFilter]
    search_fields = ["title", "platform", "summary"]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["sources"]
    last_reviewed_column = freshness_column("last_reviewed", "last reviewed")
    history_latest_first = True


@admin.register(Source)
class SourceAdmin(SourceWatchAdmin, VersionAdmin):
    list_display = ["key", "publisher", "title", "confidence", "published", "link"]
    list_filter = ["confidence", "publisher"]
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
    inlines = [RegionCountryInline, RightInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_country_count=Count("countries"))

    @admin.display(description="countries", ordering="_country_count")
    def country_count(self, region):
        return "all others" if region.is_catch_all else region._country_count


@admin.register(MenuLabel)
class MenuLabelAdmin(VersionAdmin, TranslationAdmin):
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


@admin.register(Instructions)
class InstructionsAdmin(StepsAdminMixin, SourcedFactAdmin):
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
