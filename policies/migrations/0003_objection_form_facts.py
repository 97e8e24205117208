"""Facts about when to use the objection form, shown with the form's link."""

import datetime

from django.db import migrations, models

POLICY_SLUG = "linkedin-ai-training"

OBJECTING = [
    {
        "order": 1,
        "text": (
            "Use LinkedIn's Data Processing Objection Form to object to uses of your data that "
            "the setting does not cover, such as other kinds of machine learning."
        ),
        "detail": "The form also lets you ask LinkedIn to restrict how it processes your data.",
        "sources": ["S2", "S3", "S6"],
    },
    {
        "order": 2,
        "text": "You do not need a LinkedIn account to use the form.",
        "detail": "LinkedIn accepts objections from people who are not members too.",
        "sources": ["S2", "S3", "S6"],
    },
]


def add_facts(apps, schema_editor):
    Policy = apps.get_model("policies", "Policy")
    Fact = apps.get_model("policies", "Fact")
    Source = apps.get_model("policies", "Source")
    policy = Policy.objects.filter(slug=POLICY_SLUG).first()
    if policy is None:
        return
    for item in OBJECTING:
        fact = Fact.objects.create(
            policy=policy,
            topic="objecting",
            order=item["order"],
            text=item["text"],
            detail=item["detail"],
            confidence="confirmed",
            last_verified=datetime.date(2026, 11, 22),
        )
        fact.sources.set(Source.objects.filter(key__in=item["sources"]))


def remove_facts(apps, schema_editor):
    apps.get_model("policies", "Fact").objects.filter(
        policy__slug=POLICY_SLUG, topic="objecting"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("policies", "0002_content"),
    ]

    operations = [
        migrations.AlterField(
            model_name="fact",
            name="topic",
            field=models.CharField(
                choices=[
                    ("practice", "What the platform does"),
                    ("opting-out", "What opting out does and does not do"),
                    ("objecting", "When to use the objection form"),
                ],
                max_length=20,
            ),
        ),
        migrations.RunPython(add_facts, remove_facts),
    ]
