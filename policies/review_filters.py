"""The admin lists' review filters, and how many items each of their values stands for.

The admin home counts what needs an editor (policies/dashboard.py) through these
very filters and links each count to the list with that filter applied, so a
count and the list it opens cannot disagree: each value is defined once, here.
`counts(queryset)` counts every value of a filter in a fixed number of queries.
"""

from django.conf import settings
from django.contrib import admin
from django.db.models import Count, Exists, OuterRef, Q

from policies import translation_status
from policies.models import SourceCheck, stale_before


class ConditionFilter(admin.SimpleListFilter):
    """A filter whose values are database conditions (`conditions(model)`), one label each."""

    labels: dict[str, str] = {}

    @classmethod
    def conditions(cls, model) -> dict[str, Q]:
        raise NotImplementedError

    def lookups(self, request, model_admin):
        values = self.conditions(model_admin.model)
        return [(value, label) for value, label in self.labels.items() if value in values]

    def queryset(self, request, queryset):
        condition = self.conditions(queryset.model).get(self.value())
        return queryset if condition is None else queryset.filter(condition)

    @classmethod
    def counts(cls, queryset) -> dict[str, int]:
        return count_conditions(queryset, [cls])[cls]


def count_conditions(queryset, filters) -> dict[type, dict[str, int]]:
    """Every value of these condition filters counted over `queryset`, in one query."""
    named = {
        f"n{i}_{j}": (cls, value, condition)
        for i, cls in enumerate(filters)
        for j, (value, condition) in enumerate(cls.conditions(queryset.model).items())
    }
    # The rows of `queryset`, without its annotations (a list's counts of countries or steps),
    # which an aggregate over it would have to group by.
    rows = queryset.model._default_manager.filter(pk__in=queryset.values("pk"))
    totals = rows.aggregate(
        **{name: Count("pk", filter=condition) for name, (_, _, condition) in named.items()}
    )
    counts: dict[type, dict[str, int]] = {cls: {} for cls in filters}
    for name, (cls, value, _) in named.items():
        counts[cls][value] = totals[name]
    return counts


class NeedsRecheckingFilter(ConditionFilter):
    """Facts nobody has checked within the freshness window, or ever."""

    title = "freshness"
    parameter_name = "freshness"
    date_field = "last_verified"
    labels = {
        "stale": "Needs re-checking",
        "overdue": f"Last verified over {settings.CONTENT_STALE_AFTER_DAYS} days ago",
        "never": "Never verified",
        "fresh": "Checked recently",
    }

    @classmethod
    def conditions(cls, model):
        overdue = Q(**{f"{cls.date_field}__lt": stale_before()})
        if not model._meta.get_field(cls.date_field).null:
            return {"stale": overdue, "overdue": overdue, "fresh": ~overdue}
        never = Q(**{f"{cls.date_field}__isnull": True})
        stale = never | overdue
        return {"stale": stale, "overdue": overdue, "never": never, "fresh": ~stale}


class PolicyNeedsRecheckingFilter(NeedsRecheckingFilter):
    date_field = "last_reviewed"
    labels = {
        **NeedsRecheckingFilter.labels,
        "overdue": f"Last reviewed over {settings.CONTENT_STALE_AFTER_DAYS} days ago",
    }


def has_sources(model) -> Exists:
    """Whether an item cites at least one source (no join: safe to count alongside others)."""
    through = model._meta.get_field("sources")
    link = {through.m2m_field_name(): OuterRef("pk")}
    return Exists(through.remote_field.through.objects.filter(**link))


class WithoutSourcesFilter(ConditionFilter):
    title = "sources"
    parameter_name = "sources"
    labels = {"none": "Without sources", "some": "With sources"}

    @classmethod
    def conditions(cls, model):
        return {"none": ~has_sources(model), "some": has_sources(model)}


class SourceCheckFilter(ConditionFilter):
    """Sources by what the source watch last found at their address (manage.py check_sources)."""

    title = "check"
    parameter_name = "check"
    labels = {
        "failing": "Failing",
        "quote-missing": "Quote missing",
        "moved": "Moved",
        "never": "Never checked",
    }

    @classmethod
    def conditions(cls, model):
        current = SourceCheck.objects.current()
        return {
            "failing": Q(pk__in=current.failing().values("source")),
            "quote-missing": Q(pk__in=current.filter(quote_found=False).values("source")),
            "moved": Q(pk__in=current.moved().values("source")),
            # Never, or not since its address changed; a source without one cannot be checked.
            "never": ~Q(url="") & ~Q(pk__in=current.values("source")),
        }


LANGUAGE_NAMES = dict(settings.LANGUAGES)


class NeedsTranslationReviewFilter(admin.SimpleListFilter):
    """Items whose translation needs review or is missing, in any language or in one
    (`review-fr`, `missing-zh-hant`: the admin home links to these)."""

    title = "translations"
    parameter_name = "translations"
    states = {"review": "Need review", "missing": "Not yet translated"}
    in_language = {"review": "Need review in {}", "missing": "Not yet translated into {}"}

    @classmethod
    def values(cls) -> list[str]:
        return [*cls.states] + [
            f"{state}-{language}"
            for language in translation_status.OTHER_LANGUAGES
            for state in cls.states
        ]

    @classmethod
    def _parse(cls, value) -> tuple[str, str | None] | None:
        state, _, language = (value or "").partition("-")
        if state not in cls.states or language and language not in LANGUAGE_NAMES:
            return None
        return state, language or None

    @staticmethod
    def languages(obj, state: str) -> list[str]:
        """The languages in which this item's translation is in this state."""
        if state == "review":
            return translation_status.needing_review(obj)
        return translation_status.untranslated_languages(obj)

    def lookups(self, request, model_admin):
        choices = list(self.states.items())
        chosen = self._parse(self.value())
        if chosen and chosen[1]:  # one language: shown only while chosen, to keep the list short
            state, language = chosen
            choices.append((self.value(), self.in_language[state].format(LANGUAGE_NAMES[language])))
        return choices

    def queryset(self, request, queryset):
        chosen = self._parse(self.value())
        if chosen is None:
            return queryset
        state, language = chosen

        def matches(obj):
            found = self.languages(obj, state)
            return language in found if language else bool(found)

        return queryset.filter(pk__in=[obj.pk for obj in queryset if matches(obj)])

    @classmethod
    def counts(cls, queryset) -> dict[str, int]:
        return cls.count(translation_status.read_with_reviews(queryset))

    @classmethod
    def count(cls, objects) -> dict[str, int]:
        """Every value counted over objects read with their reviews (translation_status)."""
        counts = dict.fromkeys(cls.values(), 0)
        for obj in objects:
            for state in cls.states:
                found = cls.languages(obj, state)
                counts[state] += bool(found)
                for language in found:
                    counts[f"{state}-{language}"] += 1
        return counts
