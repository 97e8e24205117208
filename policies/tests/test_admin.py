import datetime
import re

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse
from reversion.models import Version

from policies.editors import EDITORS_GROUP
from policies.models import Region, Step
from policies.tests.factories import (
    make_category,
    make_instructions,
    make_policy,
    make_region,
    make_source,
)
from policies.tests.forms import change_url, form_data, post_change

# Who may do what


def test_migrate_creates_the_privacy_editors_group_with_content_rights_only(db):
    group = Group.objects.get(name=EDITORS_GROUP)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"add_datacategory", "change_region", "delete_step", "view_source"} <= codenames
    assert not group.permissions.exclude(content_type__app_label="policies").exists()


def test_editor_can_open_every_content_list(editor_client):
    for model in [
        "policy",
        "region",
        "timelineevent",
        "datacategory",
        "exclusion",
        "fact",
        "instructions",
        "relatedsetting",
        "right",
        "source",
    ]:
        response = editor_client.get(reverse(f"admin:policies_{model}_changelist"))
        assert response.status_code == 200, model


def test_editor_cannot_touch_users_or_groups(editor_client, editor):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_group_changelist")).status_code == 403
    response = editor_client.post(
        reverse("admin:auth_user_change", args=[editor.pk]), {"is_superuser": "on"}
    )
    assert response.status_code == 403
    editor.refresh_from_db()
    assert not editor.is_superuser


def test_staff_outside_the_editors_group_cannot_edit_content(client, staff_without_rights):
    policy = make_policy()
    category = make_category(policy, name="Profile")
    client.force_login(staff_without_rights)
    assert client.get(change_url(category)).status_code == 403
    response = client.post(change_url(category), {"name": "Hacked", "includes": "x", "order": 1})
    assert response.status_code == 403
    category.refresh_from_db()
    assert category.name == "Profile"


def test_create_editor_command_makes_a_staff_editor(db, capsys):
    from django.core.management import call_command

    call_command("create_editor", "sam", email="sam@example.org")
    user = User.objects.get(username="sam")
    assert user.is_staff and not user.is_superuser
    assert user.groups.filter(name=EDITORS_GROUP).exists()
    assert "password" in capsys.readouterr().out
    assert not user.has_perm("policies.publish_policy")  # editors do not publish
    call_command("create_editor", "pat", publisher=True)
    assert User.objects.get(username="pat").has_perm("policies.publish_policy")


# History and revert


def test_an_edit_can_be_reverted_from_history(editor_client, linkedin):
    category = linkedin.data_categories.get(name__startswith="Profile")
    original = category.includes
    response = post_change(editor_client, category, includes_en="Edited by a test.")
    assert response.status_code == 302
    category.refresh_from_db()
    assert category.includes == "Edited by a test."

    history = editor_client.get(reverse("admin:policies_datacategory_history", args=[category.pk]))
    assert history.status_code == 200
    assert b"Content as first loaded" in history.content

    first = Version.objects.get_for_object(category).order_by("pk").first()
    revert_url = reverse("admin:policies_datacategory_revision", args=[category.pk, first.pk])
    page = editor_client.get(revert_url)
    assert page.status_code == 200
    assert original in page.content.decode()
    response = editor_client.post(revert_url, form_data(page, "datacategory_form"))
    assert response.status_code == 302
    category.refresh_from_db()
    assert category.includes == original


def test_instructions_revert_restores_their_steps(editor_client, linkedin):
    instructions = linkedin.instructions.get(device="desktop")
    before = list(instructions.steps.values_list("order", "text"))
    page = editor_client.get(change_url(instructions))
    data = form_data(page, "instructions_form")
    data["steps-0-text_en"] = "A changed first step"
    assert editor_client.post(change_url(instructions), data).status_code == 302
    assert instructions.steps.get(order=1).text == "A changed first step"

    first = Version.objects.get_for_object(instructions).order_by("pk").first()
    url = reverse("admin:policies_instructions_revision", args=[instructions.pk, first.pk])
    revert = editor_client.post(url, form_data(editor_client.get(url), "instructions_form"))
    assert revert.status_code == 302
    assert list(instructions.steps.values_list("order", "text")) == before


# Validation: clear messages, never a 500


def test_two_steps_with_the_same_number_are_refused(editor_client):
    instructions = make_instructions(make_policy())
    page = editor_client.get(change_url(instructions))
    data = form_data(page, "instructions_form")
    data["steps-1-order"] = data["steps-0-order"]
    response = editor_client.post(change_url(instructions), data)
    assert response.status_code == 200
    assert "Two steps have the same number: give each its own." in response.content.decode()
    assert sorted(
        Step.objects.filter(instructions=instructions).values_list("order", flat=True)
    ) == [1, 2]


def test_a_country_claimed_by_two_regions_is_refused(editor_client):
    policy = make_policy()
    make_region(policy, name="European Union", countries=["DE"])
    other = make_region(policy, name="Elsewhere", countries=["US"])
    response = post_change(editor_client, other, country_list=["US", "DE"])
    assert response.status_code == 200
    assert "Germany (in “European Union”)" in response.content.decode()
    assert list(other.countries.values_list("country", flat=True)) == ["US"]


def test_a_regions_countries_are_one_multi_select_sorted_by_name(editor_client):
    region = make_region(make_policy(), countries=["FR"], confidence="unverified")
    page = editor_client.get(change_url(region)).content.decode()
    select = page[
        page.index('name="country_list"') : page.index(
            "</select>", page.index('name="country_list"')
        )
    ]
    names = re.findall(r"<option [^>]*>([^<]+)</option>", select)
    assert len(names) >= 249 and names == sorted(names)
    assert 'value="FR" selected' in select
    assert "countries-0-country" not in page  # no more one select per row
    # 27 countries in one save
    eu = [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
    response = post_change(editor_client, region, country_list=eu)
    assert response.status_code == 302
    assert sorted(region.countries.values_list("country", flat=True)) == sorted(eu)
    response = post_change(editor_client, region, country_list=["FR"])
    assert list(region.countries.values_list("country", flat=True)) == ["FR"]


def test_a_regions_countries_come_back_with_a_revert(editor_client, linkedin):
    region = linkedin.regions.get(slug="canada")
    before = sorted(region.countries.values_list("country", flat=True))
    post_change(editor_client, region, country_list=[*before, "JP"])
    assert sorted(region.countries.values_list("country", flat=True)) == sorted([*before, "JP"])
    versions = Version.objects.get_for_object(region)
    assert versions.count() >= 2
    previous = versions[1]
    url = reverse("admin:policies_region_revision", args=[region.pk, previous.pk])
    data = form_data(editor_client.get(url), "region_form")
    assert editor_client.post(url, data).status_code == 302
    assert sorted(region.countries.values_list("country", flat=True)) == before


def test_a_plain_http_address_is_refused(editor_client):
    policy = make_policy()
    response = post_change(editor_client, policy, settings_url="http://example.org/settings")
    assert response.status_code == 200
    assert "Enter a full https:// address" in response.content.decode()
    policy.refresh_from_db()
    assert policy.settings_url == "https://example.org/settings/ai"

    source = make_source()
    response = post_change(editor_client, source, url="http://example.org/article")
    assert "Enter a full https:// address" in response.content.decode()


@pytest.mark.parametrize(
    "field", ["settings_url", "objection_form_url"], ids=["settings link", "objection form"]
)
def test_a_link_off_the_platforms_domains_is_refused(editor_client, linkedin, field):
    planted = "https://evil.example/linkedin-login"
    before = getattr(linkedin, field)
    response = post_change(editor_client, linkedin, **{field: planted})
    assert response.status_code == 200
    assert "evil.example is not one of the platform&#x27;s domains (linkedin.com)" in (
        response.content.decode()
    )
    linkedin.refresh_from_db()
    assert getattr(linkedin, field) == before
    # A look-alike that only ends in the domain's letters is not a subdomain.
    response = post_change(editor_client, linkedin, **{field: "https://notlinkedin.com/x"})
    assert response.status_code == 200
    # The platform's own subdomains are its own.
    response = post_change(editor_client, linkedin, **{field: "https://help.linkedin.com/x"})
    assert response.status_code == 302
    linkedin.refresh_from_db()
    assert getattr(linkedin, field) == "https://help.linkedin.com/x"


def test_a_policy_without_domains_is_told_to_list_them(editor_client):
    policy = make_policy(platform_domains="")
    response = post_change(editor_client, policy, platform_domains="")
    assert response.status_code == 200
    assert "the platform&#x27;s domains&quot; first, e.g. linkedin.com" in (
        response.content.decode()
    )
    response = post_change(editor_client, policy, platform_domains="www.Example.org\n")
    assert response.status_code == 302


def test_linkedins_domains_were_listed_by_a_migration_with_a_history_line(linkedin):
    assert linkedin.domains() == ["linkedin.com"]
    comments = [v.revision.comment for v in Version.objects.get_for_object(linkedin)]
    assert any("Platform domains: linkedin.com" in comment for comment in comments)


def test_a_region_without_a_start_date_is_refused_unless_the_platform_does_not_say(
    editor_client,
):
    region = make_region(make_policy())
    response = post_change(editor_client, region, training_start="")
    assert response.status_code == 200
    assert "Enter the start date, or tick" in response.content.decode()
    assert Region.objects.get(pk=region.pk).training_start == datetime.date(2025, 11, 3)

    response = post_change(
        editor_client, region, training_start="", not_named="on", confidence="unverified"
    )
    assert response.status_code == 302
    region.refresh_from_db()
    assert region.training_start is None and region.not_named


def test_a_fact_without_sources_cannot_be_confirmed(editor_client, linkedin):
    fact = linkedin.facts.get(topic="at-a-glance")
    response = post_change(editor_client, fact, sources=[], confidence="confirmed")
    assert response.status_code == 200
    assert "A fact without sources cannot be confirmed" in response.content.decode()
    response = post_change(editor_client, fact, sources=[], confidence="unverified")
    assert response.status_code == 302
    assert not fact.sources.exists()


def test_a_second_catch_all_region_is_refused(editor_client):
    policy = make_policy()
    make_region(policy, is_catch_all=True)
    region = make_region(policy)
    response = post_change(editor_client, region, is_catch_all="on")
    assert response.status_code == 200
    assert "This policy already has a catch-all region" in response.content.decode()


# Staleness


@pytest.mark.parametrize(
    ("days_ago", "flagged"), [(None, True), (200, True), (91, True), (30, False), (0, False)]
)
def test_facts_not_checked_for_90_days_are_flagged(editor_client, days_ago, flagged):
    from django.utils import timezone

    policy = make_policy()
    checked = None if days_ago is None else timezone.localdate() - datetime.timedelta(days_ago)
    make_category(policy, name="Checked-category", last_verified=checked)
    url = reverse("admin:policies_datacategory_changelist")
    stale = editor_client.get(url, {"freshness": "stale"}).content.decode()
    fresh = editor_client.get(url, {"freshness": "fresh"}).content.decode()
    assert ("Checked-category" in stale) is flagged
    assert ("Checked-category" in fresh) is not flagged


def test_region_list_shows_dates_and_country_counts(editor_client, linkedin):
    response = editor_client.get(reverse("admin:policies_region_changelist"))
    page = response.content.decode()
    assert "European Union" in page
    assert "all others" in page  # the catch-all region


def test_view_on_site_links_to_the_public_page(editor_client, linkedin):
    category = linkedin.data_categories.first()
    page = editor_client.get(change_url(category)).content.decode()
    assert "View on site" in page


CONTENT_LISTS = [
    "policy",
    "region",
    "right",
    "timelineevent",
    "datacategory",
    "exclusion",
    "fact",
    "frequentquestion",
    "instructions",
    "relatedsetting",
    "source",
    "menulabel",
]


def add_a_batch_of_everything(n: int) -> None:
    """Four more of every kind of content, each translated into French (so its row has
    translation reviews to look up)."""
    policy = make_policy(title_fr=f"Politique {n}")
    for k in range(4):
        code = ("AD", "AL", "BA", "BY")[k]
        region = make_region(policy, countries=[code], slug=f"r{n}-{k}", name_fr=f"Région {k}")
        make_category(policy, name=f"Category {n}.{k}", name_fr=f"Catégorie {k}")
        make_instructions(
            policy, device=("desktop", "ios", "android", "mobile-web")[k], note_fr="N"
        )
        make_source()
        region.rights.create(title=f"Right {n}.{k}", title_fr="Droit", text="You can object.")
        policy.facts.create(topic="practice", text=f"Fact {n}.{k}", text_fr="Fait")
        policy.exclusions.create(name=f"Exclusion {n}.{k}", name_fr="Exclusion")
        policy.questions.create(question=f"Question {n}.{k}?", question_fr="Q ?", answer="Yes.")
        policy.related_settings.create(name=f"Setting {n}.{k}", name_fr="Réglage", summary=".")
        policy.menu_labels.create(english=f"Menu {n}.{k}", label_fr="Menu")
        policy.timeline.create(
            date=datetime.date(2026, 1, k + 1), title=f"Event {k}", title_fr="Évènement", body="."
        )


@pytest.mark.parametrize(
    ("model", "translations"),
    [(model, "") for model in CONTENT_LISTS]
    + [
        (model, kind)
        for model in CONTENT_LISTS
        if model not in ("source", "menulabel")
        for kind in ("review", "missing")
    ],
)
def test_admin_lists_cost_the_same_queries_however_many_rows(
    editor_client, linkedin, model, translations
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse(f"admin:policies_{model}_changelist")
    query = {"translations": translations} if translations else {}

    def count() -> int:
        with CaptureQueriesContext(connection) as captured:
            response = editor_client.get(url, query)
        assert response.status_code == 200
        return len(captured)

    add_a_batch_of_everything(1)  # so that every filter has rows to show
    before = count()
    add_a_batch_of_everything(2)
    assert count() == before


def test_a_history_address_with_another_objects_version_is_refused(editor_client, linkedin):
    region = linkedin.regions.get(slug="eu")
    fact = linkedin.facts.filter(pk=region.pk).first() or linkedin.facts.first()
    fact_version = Version.objects.get_for_object(fact).first()
    assert fact_version is not None
    # The fact's version, under an object of another kind with the same id.
    region_with_that_id = Region.objects.filter(pk=fact.pk).first() or region
    url = reverse("admin:policies_region_revision", args=[fact_version.object_id, fact_version.pk])
    response = editor_client.get(url)
    assert response.status_code == 404
    own = Version.objects.get_for_object(region_with_that_id).first()
    ok = reverse("admin:policies_region_revision", args=[region_with_that_id.pk, own.pk])
    assert editor_client.get(ok).status_code == 200
