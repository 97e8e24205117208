"""Content corrections shipped as data migrations, without overwriting editors' work.

A correction names the seeded value it replaces, in English and (through the
seeded translation catalogues) in every language. A field is changed only
where it still holds that seeded value: an editor's edit always wins. Each
changed object leaves a ContentCorrection row, which the post-migrate step
turns into a revision with the correction's comment, so History shows it and
an editor can revert it like any other change.

A translation-only correction (`correct_translation`) names the seeded translation
it replaces in one language and leaves the English alone.
"""

import json
from functools import cache
from pathlib import Path

from django.conf import settings

CATALOGUES = Path(__file__).resolve().parent / "content_translations"


@cache
def _catalogue(language: str) -> dict[str, str]:
    path = CATALOGUES / f"{language}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def translations_of(english: str, new: dict[str, str] | None = None) -> dict[str, tuple[str, str]]:
    """(seeded value, corrected value) per language suffix for one English text.

    `new` gives the corrected text per language code ("en", "fr", …); a
    language missing from it gets the empty string, i.e. falls back to English.
    """
    new = new or {}
    pairs = {}
    for code, _name in settings.LANGUAGES:
        old = english if code == "en" else _catalogue(code).get(english)
        if old is not None:
            pairs[code.replace("-", "_")] = (old, new.get(code, ""))
    return pairs


def correct(apps, model_name: str, objects, field: str, english: str, new: dict, comment: str):
    """Replace the seeded `english` text of `field` (and its translations) with `new`.

    `objects` is a queryset of the historical model. Returns how many objects changed.
    """
    Correction = apps.get_model("policies", "ContentCorrection")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="policies", model=model_name)
    pairs = translations_of(english, new)
    changed_objects = 0
    for obj in objects:
        changed = []
        for suffix, (old, corrected) in pairs.items():
            name = f"{field}_{suffix}"
            if (getattr(obj, name) or "") == old:
                setattr(obj, name, corrected or (None if suffix != "en" else ""))
                changed.append(name)
        english_field = f"{field}_en"
        if english_field not in changed:
            continue  # an editor changed the English: leave every language alone
        if _is_plain_field(obj, field):
            # A historical model (in a migration) has the untranslated column too.
            setattr(obj, field, getattr(obj, english_field))
            changed.append(field)
        obj.save(update_fields=changed)
        _confirm_corrected(apps, content_type, obj, model_name, field, changed)
        Correction.objects.create(content_type=content_type, object_id=obj.pk, comment=comment)
        changed_objects += 1
    return changed_objects


def correct_translation(
    apps, model_name: str, objects, field: str, language: str, old: str, new: str, comment: str
):
    """Replace one language's seeded translation `old` of `field` with `new`.

    Only where the field still holds `old`: an editor's translation is kept, and
    so is one that already reads `new` (a fresh database loads the corrected
    catalogue first). The English is untouched, so the translation review stays
    as it was: a confirmed translation stays confirmed. Returns how many objects changed.
    """
    Correction = apps.get_model("policies", "ContentCorrection")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="policies", model=model_name)
    name = f"{field}_{language.replace('-', '_')}"
    changed_objects = 0
    for obj in objects:
        if (getattr(obj, name) or "") != old:
            continue
        setattr(obj, name, new)
        obj.save(update_fields=[name])
        Correction.objects.create(content_type=content_type, object_id=obj.pk, comment=comment)
        changed_objects += 1
    return changed_objects


def _is_plain_field(obj, field: str) -> bool:
    """False where django-modeltranslation handles `field` (the real model, outside migrations)."""
    from modeltranslation.fields import TranslationFieldDescriptor

    return not isinstance(type(obj).__dict__.get(field), TranslationFieldDescriptor)


def translated_fields(model_name: str) -> tuple[str, ...]:
    from policies.translation import TRANSLATED_FIELDS

    return next(f for model, f in TRANSLATED_FIELDS.items() if model.__name__.lower() == model_name)


def _confirm_corrected(apps, content_type, obj, model_name, field, changed):
    """Translations corrected with their English match it: keep them confirmed."""
    from policies.fingerprints import fingerprint

    Review = apps.get_model("policies", "TranslationReview")
    english = fingerprint(getattr(obj, f"{f}_en") for f in translated_fields(model_name))
    suffixes = {code.replace("-", "_"): code for code, _name in settings.LANGUAGES}
    for name in changed:
        language = next((code for sfx, code in suffixes.items() if name == f"{field}_{sfx}"), None)
        if language in (None, "en"):
            continue
        Review.objects.update_or_create(
            content_type=content_type,
            object_id=obj.pk,
            language=language,
            defaults={"english_fingerprint": english},
        )


def record_corrections(using="default") -> int:
    """Write a revision for every correction the migrations left, then forget them."""
    import reversion

    from policies.models import ContentCorrection

    pending = list(ContentCorrection.objects.using(using).select_related("content_type"))
    by_comment: dict[str, list] = {}
    for correction in pending:
        model = correction.content_type.model_class()
        if model is None:
            continue
        obj = model._default_manager.using(using).filter(pk=correction.object_id).first()
        if obj is not None:
            by_comment.setdefault(correction.comment, []).append(obj)
    for comment, objs in by_comment.items():
        with reversion.create_revision(using=using):
            for obj in objs:
                reversion.add_to_revision(obj)
            reversion.set_comment(comment)
    ContentCorrection.objects.using(using).filter(pk__in=[c.pk for c in pending]).delete()
    return len(pending)
