"""Translation corrections: one language's seeded text, never an editor's, recorded in History."""

import importlib
import json
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from reversion.models import Version

from policies import translation_status
from policies.corrections import correct_translation, record_corrections
from policies.models import ContentCorrection, DataCategory, Region, RelatedSettingStep

CATALOGUES = Path(__file__).resolve().parents[1] / "content_translations"
migration = importlib.import_module("policies.migrations.0012_translation_corrections")


def suffix(language: str) -> str:
    return language.replace("-", "_")


def category(linkedin) -> DataCategory:
    return linkedin.data_categories.get(name_en="Jobs-related data")


def test_a_seeded_translation_is_corrected_and_shows_in_history(linkedin):
    jobs = category(linkedin)
    DataCategory.objects.filter(pk=jobs.pk).update(name_de="Daten zu Jobs")
    translation_status.confirm(jobs, ["de"])
    changed = correct_translation(
        apps,
        "datacategory",
        DataCategory.objects.filter(pk=jobs.pk),
        "name",
        "de",
        "Daten zu Jobs",
        "Jobbezogene Daten",
        "Correction: test",
    )
    jobs.refresh_from_db()
    assert changed == 1 and jobs.name_de == "Jobbezogene Daten"
    assert jobs.name_en == "Jobs-related data"
    assert "de" not in translation_status.needing_review(jobs)  # still confirmed
    assert record_corrections() == 1
    latest = Version.objects.get_for_object(jobs).first()
    assert latest.revision.comment == "Correction: test"
    assert latest.field_dict["name_de"] == "Jobbezogene Daten"


@pytest.mark.parametrize("current", ["Von einer Redakteurin", "Jobbezogene Daten"])
def test_an_editors_translation_or_the_corrected_one_is_left_alone(linkedin, current):
    jobs = category(linkedin)
    DataCategory.objects.filter(pk=jobs.pk).update(name_de=current)
    changed = correct_translation(
        apps,
        "datacategory",
        DataCategory.objects.filter(pk=jobs.pk),
        "name",
        "de",
        "Daten zu Jobs",
        "Jobbezogene Daten",
        "Correction: test",
    )
    jobs.refresh_from_db()
    assert changed == 0 and jobs.name_de == current
    assert not ContentCorrection.objects.exists()


def test_the_catalogues_hold_every_corrected_translation():
    """A fresh database loads the corrected text from the catalogues (migration 0007)."""
    for language, rows in migration.CORRECTIONS.items():
        catalogue = json.loads((CATALOGUES / f"{language}.json").read_text(encoding="utf-8"))
        for english, old, new in rows:
            assert old != new
            assert catalogue[english] == new, (language, english)


def test_a_fresh_database_has_the_corrections_already(linkedin):
    migration.forwards(apps, None)
    assert not ContentCorrection.objects.exists()


def test_an_existing_database_gets_the_corrections_but_keeps_editors_work(linkedin):
    # As a database migrated before the corrections: the seeded translations.
    eu = Region.objects.get(slug="eu")
    old_letter = next(o for e, o, n in migration.CORRECTIONS["es"] if e == eu.objection_text_en)
    Region.objects.filter(pk=eu.pk).update(
        objection_text_es=old_letter, legal_basis_fr="Intérêt légitime"
    )
    step = RelatedSettingStep.objects.get(text_en='Look for "Data research" and open it.')
    RelatedSettingStep.objects.filter(pk=step.pk).update(
        text_zh_hant="找出「Data research」並將其開啟。"
    )
    jobs = category(linkedin)
    DataCategory.objects.filter(pk=jobs.pk).update(name_de="Daten zu Jobs", name_nl="Eigen tekst")
    for obj in (Region.objects.get(pk=eu.pk), jobs):
        translation_status.confirm(obj, ["es", "fr", "de", "nl"])

    migration.forwards(apps, None)

    eu.refresh_from_db()
    step.refresh_from_db()
    jobs.refresh_from_db()
    assert eu.objection_text_es.startswith("Estimados señores:\n\nMe opongo")
    assert eu.legal_basis_fr == "intérêt légitime"
    assert step.text_zh_hant == "找出「Data research」並點選進入。"
    assert jobs.name_de == "Jobbezogene Daten"
    assert jobs.name_nl == "Eigen tekst"  # an editor's: kept
    assert not {"es", "fr"} & set(translation_status.needing_review(eu))
    assert "de" not in translation_status.needing_review(jobs)
    regions = ContentType.objects.get_for_model(Region)
    assert ContentCorrection.objects.filter(content_type=regions, object_id=eu.pk).count() == 2
    assert record_corrections() == 4
    assert Version.objects.get_for_object(eu).first().revision.comment == migration.COMMENT


@pytest.mark.parametrize(
    ("language", "page", "phrase"),
    [
        ("de", "guide/?country=DE&age=18plus&device=android", "Mehr dazu: Europäische Union"),
        ("de", "policy/", "Jobbezogene Daten"),
        ("es", "policy/", "Qué hace y qué no hace la exclusión"),
        ("es", "guide/?country=ES&age=18plus&device=android", "Estimados señores:"),
        ("nl", "guide/?country=NL&age=18plus&device=android", "Meer informatie: Europese Unie"),
        ("nl", "guide/?country=NL&age=18plus&device=android", "Geachte heer, mevrouw,"),
        ("fr", "guide/", "Découvrez ce que vous pouvez faire"),
        ("fr", "regions/eu/", "Base légale invoquée par LinkedIn\u00a0: intérêt légitime."),
        ("it", "guide/?country=IT&age=18plus&device=android", "<strong>Italia</strong>: questo"),
        (
            "pl",
            "guide/?country=PL&age=18plus&device=android",
            "<strong>Polska</strong>: w serwisie",
        ),
        ("pl", "regions/eu/", "od <strong>3 listopada 2025 r.</strong> wykorzystuje"),
        ("zh-hant", "guide/?country=HK&age=18plus&device=android", "點選進入"),
        ("zh-hant", "policy/", "正當利益"),
    ],
)
def test_pages_read_as_a_native_reader_wrote_them(client, linkedin, language, page, phrase):
    assert phrase in client.get(f"/{language}/{page}").content.decode()
