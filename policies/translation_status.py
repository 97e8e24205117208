"""Which translations exist, which fall back to English, which need review.

Every translated object (policies/translation.py) has its own review per
language: the fingerprint of its English as it stood when an editor confirmed
that language (TranslationReview). When the English changes, the fingerprint
no longer matches and the translation needs review until it is confirmed again.

Content is edited with its inline parts (an Instructions' steps, a region's
rights: CHILDREN), so it is also reviewed with them: it needs review in a
language where any of its parts does, and confirming it confirms them all.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language

from policies.fingerprints import fingerprint
from policies.models import Instructions, Policy, Region, RelatedSetting, TranslationReview
from policies.translation import TRANSLATED_FIELDS

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]
LANGUAGE_NAMES = dict(settings.LANGUAGES)

# The translated objects edited inline on another's change form: reviewed with it.
CHILDREN = {
    Instructions: ("steps",),
    RelatedSetting: ("steps",),
    Region: ("rights",),
    Policy: ("objection_routes",),
}


def _suffix(language: str) -> str:
    return language.replace("-", "_")


def fields_of(obj) -> tuple[str, ...]:
    return TRANSLATED_FIELDS.get(type(obj), ())


def children(obj) -> list:
    """The object's inline parts (prefetched ones cost no query)."""
    return [child for name in CHILDREN.get(type(obj), ()) for child in getattr(obj, name).all()]


def parts(obj) -> list:
    return [obj, *children(obj)]


def child_lookups(model) -> list[str]:
    """Prefetch lookups for a model's inline parts and their reviews (for admin lists)."""
    names = CHILDREN.get(model, ())
    return [lookup for name in names for lookup in (name, f"{name}__translation_reviews")]


def english_fingerprint(obj) -> str:
    return fingerprint(getattr(obj, f"{field}_en") for field in fields_of(obj))


def translated_languages(obj) -> list[str]:
    """Languages with at least one field of this object translated."""
    return [
        language
        for language in OTHER_LANGUAGES
        if any(getattr(obj, f"{field}_{_suffix(language)}") for field in fields_of(obj))
    ]


def falls_back(obj, language: str | None = None) -> bool:
    """Whether showing this object in `language` shows some English instead."""
    language = language or get_language() or "en"
    if language == "en" or not fields_of(obj):
        return False
    suffix = _suffix(language)
    # A language added in settings before its fields exist shows the English.
    return any(
        getattr(obj, f"{field}_en") and not getattr(obj, f"{field}_{suffix}", None)
        for field in fields_of(obj)
    )


def confirmed_fingerprints(obj) -> dict[str, str]:
    """{language: the English fingerprint that language was last confirmed against}.

    Read from what the public snapshot attached (`attach_reviews`), else from
    prefetched reviews (admin lists), else from the database.
    """
    attached = getattr(obj, "translation_fingerprints", None)
    if attached is not None:
        return attached
    prefetched = getattr(obj, "_prefetched_objects_cache", {}).get("translation_reviews")
    if prefetched is not None:
        return {review.language: review.english_fingerprint for review in prefetched}
    if obj.pk is None:
        return {}
    return dict(
        TranslationReview.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
        ).values_list("language", "english_fingerprint")
    )


def stale_languages(obj, confirmed: dict[str, str] | None = None) -> list[str]:
    """Languages in which this one object is translated from English it no longer has."""
    languages = translated_languages(obj)
    if not languages:
        return []
    current = english_fingerprint(obj)
    confirmed = confirmed_fingerprints(obj) if confirmed is None else confirmed
    return [language for language in languages if confirmed.get(language) != current]


def needing_review(obj) -> list[str]:
    """Translated languages whose translation of this object, or of one of its parts,
    was not confirmed against the current English."""
    stale = {language for part in parts(obj) for language in stale_languages(part)}
    return [language for language in OTHER_LANGUAGES if language in stale]


def untranslated_languages(obj) -> list[str]:
    """Languages in which this object, or one of its parts, shows some English instead."""
    everything = parts(obj)
    return [
        language
        for language in OTHER_LANGUAGES
        if any(falls_back(part, language) for part in everything)
    ]


def out_of_date(obj, language: str | None = None) -> bool:
    """Whether this object, shown in `language`, shows a translation older than its English."""
    language = language or get_language() or "en"
    return language != "en" and language in stale_languages(obj)


def confirm(obj, languages, user=None) -> None:
    """Record that these languages' translations of this one object match its current English."""
    translated = set(translated_languages(obj))
    languages = [language for language in languages if language in translated]
    if not languages:
        return
    content_type = ContentType.objects.get_for_model(obj)
    current = english_fingerprint(obj)
    for language in languages:
        TranslationReview.objects.update_or_create(
            content_type=content_type,
            object_id=obj.pk,
            language=language,
            defaults={"english_fingerprint": current, "reviewed_by": user},
        )


def confirm_with_parts(obj, languages, user=None) -> None:
    """Confirm these languages for the object and every one of its inline parts."""
    for part in parts(obj):
        confirm(part, languages, user)


def attach_reviews(objects) -> None:
    """Attach to every translated object reachable from these (through their prefetched
    relations) its confirmed fingerprints, in one query.

    The public pages render from a snapshot with no query at all: they read
    whether a translation is out of date from what is attached here.
    """
    found: dict[tuple[str, int], list] = {}
    for obj in _reachable(objects):
        if type(obj) in TRANSLATED_FIELDS:
            obj.translation_fingerprints = {}
            found.setdefault((obj._meta.model_name, obj.pk), []).append(obj)
    if not found:
        return
    rows = TranslationReview.objects.filter(
        content_type__app_label="policies",
        content_type__model__in={model_name for model_name, _pk in found},
    ).values_list("content_type__model", "object_id", "language", "english_fingerprint")
    for model_name, pk, language, english in rows:
        for obj in found.get((model_name, pk), ()):
            obj.translation_fingerprints[language] = english


def read_with_parts(queryset) -> list:
    """The rows with their inline parts: one query for the rows, one per kind of part."""
    return list(queryset.prefetch_related(*CHILDREN.get(queryset.model, ())))


def read_with_reviews(queryset) -> list:
    """The rows with their inline parts and every review they need (one query more)."""
    objects = read_with_parts(queryset)
    attach_reviews(objects)
    return objects


def _reachable(objects):
    seen = set()
    pending = list(objects)
    while pending:
        obj = pending.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        yield obj
        for related in getattr(obj, "_prefetched_objects_cache", {}).values():
            pending.extend(related)  # already fetched: iterating costs no query


# What an editor sees on a change form, per language


@dataclass
class LanguageReview:
    """One language's state for an object and its parts."""

    language: str
    stale: list = field(default_factory=list)  # parts whose translation needs review
    untranslated: list = field(default_factory=list)  # parts that show English instead
    translated: bool = False
    confirmed_at: datetime.datetime | None = None
    confirmed_by: object = None

    @property
    def name(self) -> str:
        return LANGUAGE_NAMES.get(self.language, self.language)


def language_reviews(obj) -> list[LanguageReview]:
    """Each other language's state for this object and its parts, with the latest
    confirmation (who and when): a fixed number of queries per kind of part."""
    everything = parts(obj)
    reviews = _reviews_of(everything)
    states = []
    for language in OTHER_LANGUAGES:
        state = LanguageReview(language)
        for part in everything:
            own = reviews.get((type(part), part.pk), {})
            confirmed = {lang: review.english_fingerprint for lang, review in own.items()}
            if language in translated_languages(part):
                state.translated = True
                if language in stale_languages(part, confirmed):
                    state.stale.append(part)
            if falls_back(part, language):
                state.untranslated.append(part)
            review = own.get(language)
            if review and (state.confirmed_at is None or review.reviewed_at > state.confirmed_at):
                state.confirmed_at, state.confirmed_by = review.reviewed_at, review.reviewed_by
        states.append(state)
    return states


def _reviews_of(objects) -> dict[tuple[type, int], dict[str, TranslationReview]]:
    by_model: dict[type, list[int]] = {}
    for obj in objects:
        if obj.pk is not None:
            by_model.setdefault(type(obj), []).append(obj.pk)
    found: dict[tuple[type, int], dict[str, TranslationReview]] = {}
    for model, pks in by_model.items():
        reviews = TranslationReview.objects.filter(
            content_type=ContentType.objects.get_for_model(model), object_id__in=pks
        ).select_related("reviewed_by")
        for review in reviews:
            found.setdefault((model, review.object_id), {})[review.language] = review
    return found
