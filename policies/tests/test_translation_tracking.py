"""Translation tracking that sees everything translatable, through real admin form posts.

Forms are posted as a browser posts them (policies/tests/forms.py: textareas with
CRLF line endings).
"""

import importlib
import re

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.core import serializers
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from reversion.models import Revision, Version

from policies import translation_status
from policies.content import content_changed
from policies.fingerprints import fingerprint
from policies.models import (
    DataCategory,
    Exclusion,
    Fact,
    FrequentQuestion,
    Instructions,
    Region,
    RelatedSetting,
    Right,
    Source,
    Step,
    TimelineEvent,
    TranslationReview,
)
from policies.plain_text import NormalisedTextAdminMixin, normalised
from policies.tests.forms import change_url, form_data, post_change
from policies.translation import TRANSLATED_FIELDS

OTHERS = [code for code, _name in settings.LANGUAGES if code != "en"]
ANDROID_RESULT = "guide/?country={country}&age=18plus&device=android"
NOTE = {
    "en": "This translation may be out of date.",
    "fr": "Cette traduction n’est peut-être plus à jour.",
    "de": "Diese Übersetzung ist möglicherweise nicht mehr aktuell.",
}


def reviews() -> list[tuple]:
    return list(
        TranslationReview.objects.order_by("pk").values_list(
            "content_type",
            "object_id",
            "language",
            "english_fingerprint",
            "reviewed_at",
            "reviewed_by",
        )
    )


def stored(*objects) -> str:
    """The rows as History would record them."""
    return serializers.serialize("json", [type(o).objects.get(pk=o.pk) for o in objects])


def android(linkedin) -> Instructions:
    return linkedin.instructions.get(device="android")


def first_step(instructions) -> Step:
    """The step the first inline form on the change form edits (steps-0-…)."""
    return instructions.steps.order_by("order").first()


def result_page(client, language: str, country: str = "FR") -> str:
    prefix = "/" if language == "en" else f"/{language}/"
    return client.get(prefix + ANDROID_RESULT.format(country=country)).content.decode()


# Saving unchanged changes nothing


@pytest.mark.parametrize("slug", ["eu", "eea", "switzerland", "uk"])
def test_saving_a_region_unchanged_changes_nothing_and_writes_no_phantom_history(
    editor_client, linkedin, slug
):
    region = linkedin.regions.get(slug=slug)
    assert "\n" in region.objection_text_en  # a textarea the browser posts with CRLF
    inline = [*region.rights.all(), *region.countries.all()]
    before = stored(region, *inline)
    confirmed = reviews()
    versions, revisions = Version.objects.count(), Revision.objects.count()

    assert post_change(editor_client, region).status_code == 302

    assert LogEntry.objects.latest("pk").get_change_message() == "No fields changed."
    assert stored(region, *inline) == before
    assert reviews() == confirmed  # no translation confirmed, none unconfirmed
    assert (Version.objects.count(), Revision.objects.count()) == (versions, revisions)


def test_a_saved_edit_then_an_unchanged_save_leave_history_with_the_edit_alone(
    editor_client, linkedin
):
    region = linkedin.regions.get(slug="eu")
    post_change(editor_client, region, notes_en="Checked again.")
    latest = Version.objects.get_for_object(region).first()
    assert latest.field_dict["notes_en"] == "Checked again."
    assert latest.field_dict["objection_text_en"] == region.objection_text_en  # LF, as before

    post_change(editor_client, region)

    assert Version.objects.get_for_object(region).first() == latest
    assert latest.serialized_data == stored(region)


CONTENT = [Source, Fact, FrequentQuestion, TimelineEvent, DataCategory, Exclusion, Right]


@pytest.mark.parametrize(
    "model", [*CONTENT, Instructions, RelatedSetting], ids=lambda m: m.__name__
)
def test_every_change_form_saved_unchanged_changes_nothing(editor_client, linkedin, model):
    for obj in model.objects.all()[:3]:
        parts = translation_status.parts(obj) if model in TRANSLATED_FIELDS else [obj]
        before, confirmed, versions = stored(*parts), reviews(), Version.objects.count()
        assert post_change(editor_client, obj).status_code == 302
        assert LogEntry.objects.latest("pk").get_change_message() == "No fields changed."
        assert stored(*parts) == before
        assert reviews() == confirmed
        assert Version.objects.count() == versions


def test_the_policy_saved_unchanged_changes_nothing(editor_client, linkedin):
    before, confirmed, versions = stored(linkedin), reviews(), Version.objects.count()
    assert post_change(editor_client, linkedin).status_code == 302
    assert LogEntry.objects.latest("pk").get_change_message() == "No fields changed."
    assert (stored(linkedin), reviews(), Version.objects.count()) == (before, confirmed, versions)


# Line endings and trailing spaces


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Dear team,\r\n\r\nI object.", "Dear team,\n\nI object."),
        ("Dear team,\rI object.", "Dear team,\nI object."),
        ("Dear team,   \nI object.  \n\n", "Dear team,\nI object."),
        ("  Indented\n  lines stay", "  Indented\n  lines stay"),
        ("", ""),
        (None, None),
    ],
)
def test_text_is_kept_with_lf_line_endings_and_no_trailing_spaces(typed, kept):
    assert normalised(typed) == kept


def test_line_endings_and_trailing_spaces_do_not_change_the_fingerprint():
    assert fingerprint(["Dear team,\r\nI object.  "]) == fingerprint(["Dear team,\nI object."])
    assert fingerprint(["Dear team,\nI object."]) != fingerprint(["Dear team,\nI objected."])


def test_an_english_edit_is_stored_normalised_and_flags_the_translations(editor_client, linkedin):
    region = linkedin.regions.get(slug="eu")
    post_change(editor_client, region, objection_text_en="Dear team,  \r\n\r\nI object.\r\n")
    region.refresh_from_db()
    assert region.objection_text_en == "Dear team,\n\nI object."
    assert translation_status.needing_review(region) == OTHERS


def test_text_saved_outside_admin_is_normalised_too(linkedin):
    fact = linkedin.facts.first()
    fact.detail_fr = "Une ligne.  \r\nUne autre.\r\n"
    fact.save()
    fact.refresh_from_db()
    assert fact.detail_fr == "Une ligne.\nUne autre."


def test_english_typed_again_with_other_line_endings_flags_nothing(editor_client, linkedin):
    region = linkedin.regions.get(slug="uk")
    crlf = region.objection_text_en.replace("\n", "  \r\n")
    post_change(editor_client, region, objection_text_en=crlf, notes_en="A real edit.")
    region.refresh_from_db()
    entry = LogEntry.objects.latest("pk").get_change_message()
    assert "Objection text" not in entry and "Notes [en]" in entry
    assert translation_status.needing_review(region) == OTHERS  # the notes changed: review
    assert "\r" not in region.objection_text_en


# Steps


def test_editing_an_english_step_flags_its_translations_and_the_french_page_says_so(
    editor_client, client, linkedin
):
    instructions = android(linkedin)
    assert translation_status.needing_review(instructions) == []
    assert NOTE["fr"] not in result_page(client, "fr")

    step = first_step(instructions)
    response = post_change(editor_client, instructions, **{"steps-0-text_en": "Tap your photo."})
    assert response.status_code == 302

    step.refresh_from_db()
    assert step.text_en == "Tap your photo."
    assert step.text_fr  # the French still says the old thing…
    assert translation_status.needing_review(step) == OTHERS  # … and is flagged
    assert translation_status.needing_review(instructions) == OTHERS

    listing = editor_client.get(reverse("admin:policies_instructions_changelist"))
    assert "needs review: fr" in listing.content.decode()
    flagged = editor_client.get(
        reverse("admin:policies_instructions_changelist"), {"translations": "review-fr"}
    )
    assert flagged.context["cl"].result_count == 1

    french = result_page(client, "fr")
    steps = re.search(r'<section class="steps-section".*?</section>', french, re.S).group(0)
    assert NOTE["fr"] in steps  # next to the steps it is about
    assert NOTE["de"] in result_page(client, "de", "DE")
    assert NOTE["en"] not in result_page(client, "en", "DE")


def test_the_change_form_shows_which_languages_need_review_steps_included(editor_client, linkedin):
    instructions = android(linkedin)
    step = first_step(instructions)
    Step.objects.filter(pk=step.pk).update(text_en="Tap your photo.")

    page = editor_client.get(change_url(instructions)).content.decode()

    for language in OTHERS:
        row = re.search(rf'<li data-language="{language}">(.*?)</li>', page, re.S).group(1)
        assert "needs review" in row and "Tap your photo." in row, language
    choices = re.findall(r'name="confirm_translations" value="([^"]+)"', page)
    assert choices == OTHERS


def test_a_language_is_confirmed_on_its_own_recording_who_and_when(
    editor_client, editor, client, linkedin
):
    instructions = android(linkedin)
    step = first_step(instructions)
    Step.objects.filter(pk=step.pk).update(text_en="Tap your photo.")
    content_changed()
    versions = Version.objects.count()

    response = post_change(editor_client, instructions, confirm_translations=["fr"])
    assert response.status_code == 302

    assert translation_status.needing_review(instructions) == [c for c in OTHERS if c != "fr"]
    review = TranslationReview.objects.get(
        object_id=step.pk, language="fr", content_type__model="step"
    )
    assert review.reviewed_by == editor
    assert review.english_fingerprint == translation_status.english_fingerprint(
        Step.objects.get(pk=step.pk)
    )
    assert Version.objects.count() == versions  # a confirmation is not an edit of the content
    page = editor_client.get(change_url(instructions)).content.decode()
    french = re.search(r'<li data-language="fr">(.*?)</li>', page, re.S).group(1)
    assert "up to date" in french and "by editor" in french
    assert NOTE["fr"] not in result_page(client, "fr")
    assert NOTE["de"] in result_page(client, "de", "DE")


def test_editing_a_steps_french_confirms_that_step_in_french_only(editor_client, linkedin):
    instructions = android(linkedin)
    step = first_step(instructions)
    Step.objects.filter(pk=step.pk).update(text_en="Tap your photo.")

    post_change(editor_client, instructions, **{"steps-0-text_fr": "Touchez votre photo."})

    step.refresh_from_db()
    assert translation_status.needing_review(step) == [c for c in OTHERS if c != "fr"]
    review = TranslationReview.objects.get(
        object_id=step.pk, language="fr", content_type__model="step"
    )
    assert review.reviewed_by is not None


def test_a_new_english_step_is_not_yet_translated_rather_than_reviewed(
    editor_client, client, linkedin
):
    instructions = android(linkedin)
    data = form_data(editor_client.get(change_url(instructions)), "instructions_form")
    n = int(data["steps-TOTAL_FORMS"])
    data.update(
        {
            "steps-TOTAL_FORMS": str(n + 1),
            f"steps-{n}-instructions": str(instructions.pk),
            f"steps-{n}-order": "99",
            f"steps-{n}-text_en": "Close the app.",
        }
    )
    assert editor_client.post(change_url(instructions), data).status_code == 302

    assert translation_status.needing_review(instructions) == []
    assert translation_status.untranslated_languages(instructions) == OTHERS
    listing = editor_client.get(reverse("admin:policies_instructions_changelist"))
    assert "not yet translated: fr" in listing.content.decode()
    assert "pas encore traduit" in result_page(client, "fr")


def test_an_edit_of_a_step_alone_shows_in_the_instructions_history(editor_client, linkedin):
    instructions = android(linkedin)
    post_change(editor_client, instructions, **{"steps-0-text_en": "Tap your photo."})
    latest = Version.objects.get_for_object(instructions).first()
    assert "Tap your photo." in str(
        [v.field_dict.get("text_en") for v in latest.revision.version_set.all()]
    )


def test_a_related_settings_step_is_tracked_too(editor_client, client, linkedin):
    setting = RelatedSetting.objects.filter(steps__isnull=False).first()
    post_change(editor_client, setting, **{"steps-0-text_en": "Open the other setting."})
    assert translation_status.needing_review(setting) == OTHERS


def test_a_regions_rights_are_reviewed_with_it(editor_client, linkedin):
    region = linkedin.regions.filter(rights__isnull=False).first()
    right = region.rights.first()
    Right.objects.filter(pk=right.pk).update(text_en="A new English text.")
    assert translation_status.needing_review(region) == OTHERS
    post_change(editor_client, region, confirm_translations=OTHERS)
    assert translation_status.needing_review(region) == []
    assert translation_status.needing_review(Right.objects.get(pk=right.pk)) == []


# The public pages stay free of queries


def test_a_warm_page_with_an_out_of_date_translation_costs_no_query(client, linkedin):
    step = android(linkedin).steps.first()
    Step.objects.filter(pk=step.pk).update(text_en="Tap your photo.")
    content_changed()
    url = "/fr/" + ANDROID_RESULT.format(country="FR")
    assert NOTE["fr"] in client.get(url).content.decode()
    with CaptureQueriesContext(connection) as captured:
        assert NOTE["fr"] in client.get(url).content.decode()
    assert len(captured) == 0


# Guards: nothing translatable is left out


def test_every_translated_inline_is_tracked_with_its_parent_and_normalised():
    for model, model_admin in admin.site._registry.items():
        if model not in TRANSLATED_FIELDS:
            continue
        assert isinstance(model_admin, NormalisedTextAdminMixin), model
        for inline in model_admin.inlines:
            if inline.model in TRANSLATED_FIELDS:
                assert issubclass(inline, NormalisedTextAdminMixin), inline
                assert any(
                    getattr(model, name).rel.related_model is inline.model
                    for name in translation_status.CHILDREN.get(model, ())
                ), f"{inline.model.__name__} is edited on {model.__name__}: add it to CHILDREN"


# Fingerprints made before line endings stopped counting


def test_reviews_made_against_crlf_english_stay_confirmed_after_the_migration(linkedin):
    from django.apps import apps

    migration = importlib.import_module("policies.migrations.0018_translation_tracking")
    region = Region.objects.get(slug="eu")
    crlf = region.objection_text_en.replace("\n", "\r\n")
    Region.objects.filter(pk=region.pk).update(objection_text_en=crlf)
    region.refresh_from_db()
    english = [getattr(region, f"{f}_en") for f in TRANSLATED_FIELDS[Region]]
    TranslationReview.objects.filter(object_id=region.pk, content_type__model="region").update(
        english_fingerprint=migration.raw_fingerprint(english)
    )
    assert translation_status.needing_review(region) == OTHERS

    migration.rekey(apps, None)

    assert translation_status.needing_review(region) == []
