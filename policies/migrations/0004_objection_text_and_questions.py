"""Objection texts for regions where members can object, and the FAQ, written from the facts."""

import datetime

import django.db.models.deletion
from django.db import migrations, models


POLICY_SLUG = "linkedin-ai-training"
CHECKED = datetime.date(2026, 11, 22)

HEADLINE = (
    "LinkedIn trains its generative AI on members' profiles, posts and other data, and the "
    "setting that allows it is on unless you switch it off. Since 3 November 2025 this also "
    "covers members in the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada "
    "and Hong Kong."
)

OBJECTION_TEXT = (
    "Hello,\n\n"
    "I object to LinkedIn using my personal data to train generative AI models, and to its "
    "use of my data for other AI and machine-learning purposes. LinkedIn says it relies on "
    "legitimate interest for this, and data protection law gives me the right to object to "
    "processing on that basis.\n\n"
    "Please stop using my data for these purposes and confirm to me in writing that you have "
    "done so.\n\n"
    "Thank you."
)
# Regions whose members LinkedIn names legitimate interest for and where data protection law
# gives a right to object. Canada and Hong Kong are left for editors to decide.
OBJECTION_REGIONS = ["eu", "eea", "switzerland", "uk"]

QUESTIONS = [
    {
        "question": "If I switch the setting off, is my data taken out of LinkedIn's AI?",
        "answer": (
            "No. Switching it off stops LinkedIn using your data for training from then on. "
            "Data already used for training stays in the models."
        ),
        "sources": ["S1", "S3", "S7"],
    },
    {
        "question": "Does switching it off stop every use of my data for AI?",
        "answer": (
            "No. The setting only covers AI that creates content. To object to other uses, "
            "such as other kinds of machine learning, use LinkedIn's Data Processing "
            "Objection Form."
        ),
        "sources": ["S2", "S3", "S7"],
    },
    {
        "question": "Can I still use LinkedIn's AI features after I opt out?",
        "answer": "Yes. LinkedIn says members who opt out can still use its AI features.",
        "sources": ["S1", "S2"],
    },
    {
        "question": "Are my private messages used?",
        "answer": (
            "LinkedIn says private messages are not used to train its AI. A lawsuit filed in "
            "2025 claimed otherwise; LinkedIn denies it."
        ),
        "sources": ["S3"],
    },
    {
        "question": "I am under 18. Is my data used?",
        "answer": (
            "LinkedIn says it does not use data from members under 18, and that it also leaves "
            "out members it believes are in secondary school. When you turn 18, check the "
            "setting."
        ),
        "sources": ["S3", "S9"],
    },
    {
        "question": "I do not have a LinkedIn account. Can I do anything?",
        "answer": (
            "Yes. LinkedIn's Data Processing Objection Form is open to people without an "
            "account too."
        ),
        "sources": ["S2", "S3", "S6"],
    },
    {
        "question": "Does LinkedIn share my data with Microsoft?",
        "answer": (
            "Since 3 November 2025, LinkedIn shares some data with Microsoft for personalised "
            "ads in the United States and most other countries, but not in the EU, Iceland, "
            "Liechtenstein, Norway, Switzerland or the UK. It has its own setting. In the UK, "
            "LinkedIn's notice also lists sharing data with Microsoft for Microsoft's own AI "
            "training, controlled by the same setting as LinkedIn's AI training."
        ),
        "sources": ["S3", "S6", "S8"],
    },
]


def add_content(apps, schema_editor):
    Policy = apps.get_model("policies", "Policy")
    Region = apps.get_model("policies", "Region")
    FrequentQuestion = apps.get_model("policies", "FrequentQuestion")
    Source = apps.get_model("policies", "Source")
    policy = Policy.objects.filter(slug=POLICY_SLUG).first()
    if policy is None:
        return
    Policy.objects.filter(pk=policy.pk).update(headline=HEADLINE)
    Region.objects.filter(policy=policy, slug__in=OBJECTION_REGIONS).update(
        objection_text=OBJECTION_TEXT
    )
    for order, item in enumerate(QUESTIONS, start=1):
        question = FrequentQuestion.objects.create(
            policy=policy,
            order=order,
            question=item["question"],
            answer=item["answer"],
            confidence="confirmed",
            last_verified=CHECKED,
        )
        question.sources.set(Source.objects.filter(key__in=item["sources"]))


def remove_content(apps, schema_editor):
    apps.get_model("policies", "FrequentQuestion").objects.filter(policy__slug=POLICY_SLUG).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("policies", "0003_objection_form_facts"),
    ]

    operations = [
        migrations.AddField(
            model_name="policy",
            name="headline",
            field=models.CharField(
                blank=True,
                help_text="Two sentences for the top of the home page: what changed, for whom.",
                max_length=400,
                verbose_name="what changed",
            ),
        ),
        migrations.AddField(
            model_name="region",
            name="objection_text",
            field=models.TextField(
                blank=True,
                help_text="Where members can object (legitimate interest): a short, polite text they can copy into the platform's objection form. Leave empty where it does not apply.",
            ),
        ),
        migrations.CreateModel(
            name="FrequentQuestion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "confidence",
                    models.CharField(
                        choices=[
                            ("confirmed", "Confirmed"),
                            ("reported", "Reported"),
                            ("unverified", "Unverified"),
                        ],
                        default="confirmed",
                        max_length=12,
                    ),
                ),
                (
                    "last_verified",
                    models.DateField(
                        blank=True,
                        help_text="When an editor last checked this against its sources. Empty: never checked.",
                        null=True,
                    ),
                ),
                ("question", models.CharField(max_length=200)),
                ("answer", models.TextField()),
                ("order", models.PositiveSmallIntegerField(default=0)),
                (
                    "policy",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="questions",
                        to="policies.policy",
                    ),
                ),
                (
                    "sources",
                    models.ManyToManyField(
                        blank=True, related_name="questions", to="policies.source"
                    ),
                ),
            ],
            options={
                "verbose_name": "frequent question",
                "ordering": ["policy", "order", "pk"],
            },
        ),
        migrations.RunPython(add_content, remove_content),
    ]
