"""What `migrate` leaves in an empty database: the real, sourced content."""

import datetime
import re

import pytest
from django.apps import apps
from django_countries import countries

from policies.models import Confidence, Region, RegionCountry, SourcedFact


def test_the_policy_is_published_with_its_links(linkedin):
    assert linkedin.is_published
    assert linkedin.setting_name == "Data for Generative AI Improvement"
    assert linkedin.settings_url.startswith("https://www.linkedin.com/mypreferences/")
    assert linkedin.objection_form_url == "https://www.linkedin.com/help/linkedin/ask/TS-DPRO"
    assert linkedin.age_threshold == 18


def test_all_nine_regions_with_their_start_dates(linkedin):
    starts = {region.slug: region.training_start for region in linkedin.regions.all()}
    november_2025 = datetime.date(2025, 11, 3)
    september_2024 = datetime.date(2024, 9, 18)
    assert starts == {
        "eu": november_2025,
        "eea": november_2025,
        "switzerland": november_2025,
        "uk": november_2025,
        "canada": november_2025,
        "hong-kong": november_2025,
        "united-states": september_2024,
        "not-named": None,  # LinkedIn does not say
        "rest-of-world": september_2024,
    }


@pytest.mark.parametrize(
    ("country", "region"),
    [
        ("DE", "eu"),
        ("FR", "eu"),
        ("IE", "eu"),
        ("NO", "eea"),
        ("IS", "eea"),
        ("LI", "eea"),
        ("CH", "switzerland"),
        ("GB", "uk"),
        ("CA", "canada"),
        ("HK", "hong-kong"),
        ("US", "united-states"),
        ("PR", "united-states"),  # US territories: our reading, said on the page
        ("GU", "united-states"),
        ("VI", "united-states"),
        ("AS", "united-states"),
        ("MP", "united-states"),
        ("UM", "united-states"),
        ("JE", "not-named"),
        ("GG", "not-named"),
        ("IM", "not-named"),
        ("GI", "not-named"),
        ("XK", "rest-of-world"),
        ("IN", "rest-of-world"),
        ("BR", "rest-of-world"),
    ],
)
def test_countries_fall_in_the_right_region(linkedin, country, region):
    assert linkedin.region_for(country).slug == region


def test_the_eu_region_lists_all_27_member_states(linkedin):
    members = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
    listed = set(linkedin.regions.get(slug="eu").countries.values_list("country", flat=True))
    assert set(members.split()) <= listed


def test_every_iso_country_is_in_exactly_one_region(linkedin):
    listed = list(RegionCountry.objects.filter(policy=linkedin).values_list("country", flat=True))
    assert len(listed) == len(set(listed)), "a country is listed by two regions"
    assert linkedin.regions.filter(is_catch_all=True).count() == 1
    for code, _name in countries:
        assert isinstance(linkedin.region_for(code), Region)


def test_european_regions_name_legitimate_interest(linkedin):
    for slug in ["eu", "eea", "switzerland", "uk"]:
        assert linkedin.regions.get(slug=slug).legal_basis == "Legitimate interest"
    assert linkedin.regions.get(slug="united-states").legal_basis == ""


def test_six_data_categories_in_order(linkedin):
    names = list(linkedin.data_categories.values_list("name", flat=True))
    assert len(names) == 6
    assert names[0].startswith("Profile")
    assert names[-1].startswith("Feedback")


def test_private_messages_and_under_18s_are_excluded(linkedin):
    exclusions = " ".join(linkedin.exclusions.values_list("name", flat=True)).lower()
    assert "private messages" in exclusions
    assert "under 18" in exclusions
    assert "login" in exclusions


def test_instructions_for_every_device_with_numbered_steps(linkedin):
    devices = set(linkedin.instructions.values_list("device", flat=True))
    assert devices == {"desktop", "ios", "android", "mobile-web"}
    desktop = linkedin.instructions.get(device="desktop")
    assert list(desktop.steps.values_list("order", flat=True)) == list(
        range(1, desktop.steps.count() + 1)
    )
    assert "Data for Generative AI Improvement" in " ".join(
        desktop.steps.values_list("text", flat=True)
    )


def test_related_settings_apply_where_the_sheet_says(linkedin):
    settings = {s.name: {r.slug for r in s.regions.all()} for s in linkedin.related_settings.all()}
    ads = next(regions for name, regions in settings.items() if "affiliates" in name.lower())
    assert "united-states" in ads
    assert not ads & {"eu", "eea", "switzerland", "uk"}
    assert any(regions == {"uk"} for regions in settings.values())


def test_the_timeline_starts_in_2024_and_never_says_europe_began_in_2024(linkedin):
    events = list(linkedin.timeline.all())
    assert events[0].date == datetime.date(2024, 9, 18)
    assert any(e.date == datetime.date(2025, 11, 3) for e in events)
    assert not any("3 November 2024" in e.body or "3 November 2024" in e.title for e in events)


def content_objects(policy):
    for model in apps.get_app_config("policies").get_models():
        if issubclass(model, SourcedFact):
            owner = "policy" if any(f.name == "policy" for f in model._meta.fields) else "region"
            yield from model.objects.filter(
                **{owner if owner == "policy" else "region__policy": policy}
            )


def test_every_fact_rests_on_a_source_and_shows_how_sure_we_are(linkedin):
    for fact in content_objects(linkedin):
        assert fact.sources.exists(), f"{fact!r} has no source"
        if fact.confidence == Confidence.UNVERIFIED:
            assert fact.last_verified is None, f"{fact!r} is unverified but marked as checked"


def test_no_placeholder_text(linkedin):
    placeholder = re.compile(
        r"(?i:lorem|ipsum|placeholder|example\.(com|org))|\bTODO\b|\bTBD\b|\bXXX\b"
    )
    for fact in content_objects(linkedin):
        for field in fact._meta.concrete_fields:
            value = getattr(fact, field.attname)
            if isinstance(value, str):
                assert not placeholder.search(value), f"{fact!r}.{field.name}: {value!r}"


def test_content_passes_its_own_validation(linkedin):
    for fact in content_objects(linkedin):
        fact.full_clean()
    linkedin.full_clean()
