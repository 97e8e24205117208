"""Content for the phone-first result page.

- What a result says first (how long it takes, that one switch covers the
  account), as a fact with its source, in every language.
- The phone-browser steps no longer print the raw deep link (the result page
  now leads with it as a button), where no editor has changed that text.
"""

from django.db import migrations

from policies.corrections import correct
from policies.fingerprints import fingerprint

AT_A_GLANCE = {
    "en": "It takes about a minute. The setting belongs to your account, so switching it off "
    "once covers every device you use LinkedIn on.",
    "fr": "Cela prend environ une minute. Le paramètre est lié à votre compte : le désactiver "
    "une fois suffit pour tous les appareils sur lesquels vous utilisez LinkedIn.",
    "de": "Das dauert etwa eine Minute. Die Einstellung gehört zu Ihrem Konto: Einmal "
    "ausgeschaltet, gilt das für alle Geräte, auf denen Sie LinkedIn nutzen.",
    "es": "Se tarda alrededor de un minuto. El ajuste pertenece a su cuenta: si lo desactiva "
    "una vez, vale para todos los dispositivos en los que usa LinkedIn.",
    "it": "Ci vuole circa un minuto. L'impostazione è legata al tuo account: se la disattivi "
    "una volta, vale per tutti i dispositivi su cui usi LinkedIn.",
    "nl": "Het kost ongeveer een minuut. De instelling hoort bij je account: één keer "
    "uitzetten geldt voor elk apparaat waarop je LinkedIn gebruikt.",
    "pl": "Zajmuje to około minuty. Ustawienie należy do konta, więc jednorazowe wyłączenie "
    "obejmuje wszystkie urządzenia, na których korzystasz z LinkedIn.",
    "zh-hant": "只需大約一分鐘。這項設定屬於您的帳戶，關閉一次即適用於您使用LinkedIn的所有裝置。",
}

RAW_LINK_DETAIL = (
    "The direct link is https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
)
FIELDS = ("text", "detail")


def forwards(apps, schema_editor):
    Policy = apps.get_model("policies", "Policy")
    Fact = apps.get_model("policies", "Fact")
    Source = apps.get_model("policies", "Source")
    Step = apps.get_model("policies", "Step")
    Review = apps.get_model("policies", "TranslationReview")
    ContentType = apps.get_model("contenttypes", "ContentType")
    policy = Policy.objects.filter(slug="linkedin-ai-training").first()
    if policy is None:
        return
    if not Fact.objects.filter(policy=policy, topic="at-a-glance").exists():
        values = {f"text_{code.replace('-', '_')}": text for code, text in AT_A_GLANCE.items()}
        # S3 (PCMag, quoting LinkedIn) places the setting in the account settings.
        fact = Fact.objects.create(
            policy=policy, topic="at-a-glance", order=0, confidence="reported",
            text=AT_A_GLANCE["en"], **values,
        )
        fact.sources.set(Source.objects.filter(key="S3"))
        content_type, _ = ContentType.objects.get_or_create(app_label="policies", model="fact")
        english = fingerprint([fact.text_en, fact.detail_en])
        for code in AT_A_GLANCE:
            if code != "en":
                Review.objects.create(
                    content_type=content_type, object_id=fact.pk, language=code,
                    english_fingerprint=english,
                )
    correct(
        apps,
        "step",
        Step.objects.filter(instructions__policy=policy, instructions__device="mobile-web"),
        "detail",
        RAW_LINK_DETAIL,
        {},
        "Correction: the phone-browser steps no longer print the raw link (the result page "
        "leads with it as a button)",
    )


class Migration(migrations.Migration):
    dependencies = [("policies", "0008_source_editor_note_and_corrections")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
