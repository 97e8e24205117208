"""Small test-data makers: each returns a saved object with sensible defaults."""

import datetime
import itertools

from policies.models import (
    DataCategory,
    Instructions,
    Policy,
    Region,
    RegionCountry,
    Source,
    Step,
)

_serial = itertools.count(1)
PASSWORD = "a-long-test-password-42"


def make_source(**kwargs) -> Source:
    n = next(_serial)
    kwargs.setdefault("key", f"T{n}")
    kwargs.setdefault("title", f"Test source {n}")
    kwargs.setdefault("publisher", "Test publisher")
    kwargs.setdefault("url", f"https://example.org/source/{n}")
    kwargs.setdefault("confidence", "confirmed")
    return Source.objects.create(**kwargs)


def make_policy(**kwargs) -> Policy:
    n = next(_serial)
    kwargs.setdefault("title", f"Test policy {n}")
    kwargs.setdefault("slug", f"test-policy-{n}")
    kwargs.setdefault("platform", "ExampleNet")
    kwargs.setdefault("summary", "ExampleNet trains models on what you post.")
    kwargs.setdefault("setting_name", "Data for AI")
    kwargs.setdefault("settings_url", "https://example.org/settings/ai")
    kwargs.setdefault("objection_form_url", "https://example.org/object")
    kwargs.setdefault("platform_domains", "example.org")
    kwargs.setdefault("is_published", True)
    kwargs.setdefault("last_reviewed", datetime.date(2026, 11, 1))
    return Policy.objects.create(**kwargs)


def make_region(policy: Policy, countries=(), **kwargs) -> Region:
    n = next(_serial)
    kwargs.setdefault("name", f"Region {n}")
    kwargs.setdefault("slug", f"region-{n}")
    kwargs.setdefault("training_start", datetime.date(2025, 11, 3))
    region = Region.objects.create(policy=policy, **kwargs)
    for code in countries:
        RegionCountry.objects.create(region=region, country=code)
    return region


def make_category(policy: Policy, **kwargs) -> DataCategory:
    kwargs.setdefault("name", "Profile")
    kwargs.setdefault("includes", "Your name and photo.")
    return DataCategory.objects.create(policy=policy, **kwargs)


def make_instructions(policy: Policy, steps=("Open settings", "Switch it off"), **kwargs):
    kwargs.setdefault("device", "desktop")
    instructions = Instructions.objects.create(policy=policy, **kwargs)
    for order, text in enumerate(steps, start=1):
        Step.objects.create(instructions=instructions, order=order, text=text)
    return instructions
