"""The seeded content in every language, from policies/content_translations/<language>.json.

Each file maps an English text (as loaded by the earlier content migrations)
to its translation. The loaded translations are recorded as reviewed against
the English they were made from; later changes to the English flag them.
"""

import json
from pathlib import Path

from django.db import migrations

from policies.fingerprints import fingerprint

FOLDER = Path(__file__).resolve().parent.parent / "content_translations"
LANGUAGES = ["fr", "de", "es", "it", "nl", "pl", "zh-hant"]
TRANSLATED = {
    "policy": ("title", "headline", "summary", "toggle_label"),
    "region": ("name", "legal_basis", "notes", "objection_text"),
    "fact": ("text", "detail"),
    "frequentquestion": ("question", "answer"),
    "timelineevent": ("title", "body"),
    "datacategory": ("name", "includes"),
    "exclusion": ("name", "detail"),
    "instructions": ("note",),
    "step": ("text", "detail"),
    "relatedsetting": ("name", "summary"),
    "relatedsettingstep": ("text", "detail"),
}


def load(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Review = apps.get_model("policies", "TranslationReview")
    catalogues = {}
    for language in LANGUAGES:
        path = FOLDER / f"{language}.json"
        if path.exists():
            catalogues[language] = json.loads(path.read_text(encoding="utf-8"))
    for model_name, fields in TRANSLATED.items():
        model = apps.get_model("policies", model_name)
        content_type, _ = ContentType.objects.get_or_create(app_label="policies", model=model_name)
        for obj in model.objects.all():
            english = [getattr(obj, f"{field}_en") for field in fields]
            for language, catalogue in catalogues.items():
                suffix = language.replace("-", "_")
                changed = []
                for field, text in zip(fields, english, strict=True):
                    if text and catalogue.get(text):
                        setattr(obj, f"{field}_{suffix}", catalogue[text])
                        changed.append(f"{field}_{suffix}")
                if changed:
                    obj.save(update_fields=changed)
                    Review.objects.update_or_create(
                        content_type=content_type,
                        object_id=obj.pk,
                        language=language,
                        defaults={"english_fingerprint": fingerprint(english)},
                    )


def unload(apps, schema_editor):
    apps.get_model("policies", "TranslationReview").objects.all().delete()
    for model_name, fields in TRANSLATED.items():
        model = apps.get_model("policies", model_name)
        blank = {
            f"{field}_{language.replace('-', '_')}": None
            for field in fields
            for language in LANGUAGES
        }
        model.objects.update(**blank)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("policies", "0006_translation_reviews"),
    ]

    operations = [migrations.RunPython(load, unload)]
