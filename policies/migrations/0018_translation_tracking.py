"""Translation reviews record who confirmed them; fingerprints ignore line endings.

English fingerprints are now taken over normalised text (LF line endings, no
trailing spaces: policies/plain_text.py). A review made against the English as
it stands, with the old fingerprint, is moved to the new one, so that no
translation is flagged for review by this change alone (English saved from a
browser has CRLF line endings).
"""

import hashlib

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from policies.fingerprints import fingerprint

# The translated fields as of this migration (policies/translation.py).
TRANSLATED = {
    "policy": ("title", "headline", "summary", "toggle_label"),
    "region": ("name", "legal_basis", "notes", "objection_text", "start_note"),
    "right": ("title", "text", "link_label"),
    "fact": ("text", "detail"),
    "frequentquestion": ("question", "answer"),
    "timelineevent": ("title", "body"),
    "datacategory": ("name", "includes"),
    "exclusion": ("name", "detail"),
    "instructions": ("note",),
    "menulabel": ("label",),
    "step": ("text", "detail"),
    "relatedsetting": ("name", "summary"),
    "relatedsettingstep": ("text", "detail"),
}


def raw_fingerprint(values) -> str:
    """The fingerprint before this migration: over the text as stored."""
    digest = hashlib.sha256()
    for value in values:
        digest.update((value or "").encode())
        digest.update(b"\x00")
    return digest.hexdigest()


def rekey(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Review = apps.get_model("policies", "TranslationReview")
    for model_name, fields in TRANSLATED.items():
        content_type = ContentType.objects.filter(app_label="policies", model=model_name).first()
        if content_type is None:
            continue
        model = apps.get_model("policies", model_name)
        for obj in model.objects.all():
            english = [getattr(obj, f"{field}_en") for field in fields]
            old, new = raw_fingerprint(english), fingerprint(english)
            if old != new:
                Review.objects.filter(
                    content_type=content_type, object_id=obj.pk, english_fingerprint=old
                ).update(english_fingerprint=new)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("policies", "0017_editions"),
    ]

    operations = [
        migrations.AddField(
            model_name="translationreview",
            name="reviewed_by",
            field=models.ForeignKey(
                blank=True,
                help_text="Empty: confirmed with the seeded content, or by a script.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.RunPython(rekey, migrations.RunPython.noop),
    ]
