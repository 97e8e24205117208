"""Which translations exist, which fall back to English, which need review."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language

from policies.fingerprints import fingerprint
from policies.models import TranslationReview
from policies.translation import TRANSLATED_FIELDS

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


def _suffix(language: str) -> str:
    return language.replace("-", "_")


def fields_of(obj) -> tuple[str, ...]:
    return TRANSLATED_FIELDS.get(type(obj), ())


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


def needing_review(obj) -> list[str]:
    """Translated languages whose translation was not confirmed against the current English."""
    languages = translated_languages(obj)
    if not languages:
        return []
    current = english_fingerprint(obj)
    prefetched = getattr(obj, "_prefetched_objects_cache", {}).get("translation_reviews")
    if prefetched is not None:  # admin lists prefetch them: no query per row
        confirmed = {r.language for r in prefetched if r.english_fingerprint == current}
    else:
        confirmed = set(
            TranslationReview.objects.filter(
                content_type=ContentType.objects.get_for_model(obj),
                object_id=obj.pk,
                english_fingerprint=current,
            ).values_list("language", flat=True)
        )
    return [language for language in languages if language not in confirmed]


def confirm(obj, languages) -> None:
    """Record that these languages' translations match the current English."""
    content_type = ContentType.objects.get_for_model(obj)
    current = english_fingerprint(obj)
    for language in languages:
        TranslationReview.objects.update_or_create(
            content_type=content_type,
            object_id=obj.pk,
            language=language,
            defaults={"english_fingerprint": current},
        )
