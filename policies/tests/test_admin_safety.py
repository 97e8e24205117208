"""Safety nets in admin (policies/admin_safety.py, policies/recent_changes.py): only
publishers publish, unpublish or delete a policy, a delete is typed to confirm and
recovers whole, a revert shows what it changes, Recent changes shows every save."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from policies.editors import (
    EDITORS_GROUP,
    PUBLISHERS_GROUP,
    sync_editors_group,
    sync_publishers_group,
)
from policies.models import (
    DataCategory,
    Fact,
    Instructions,
    Policy,
    Region,
    RegionCountry,
    Right,
    Step,
)
from policies.tests.factories import PASSWORD, make_instructions, make_policy
from policies.tests.forms import change_url, form_data, post_change


@pytest.fixture
def publisher(db):
    user = get_user_model().objects.create_user("publisher", password=PASSWORD, is_staff=True)
    user.groups.add(sync_editors_group(), sync_publishers_group())
    return user


@pytest.fixture
def publisher_client(publisher):
    # Its own client: a test may also use editor_client, logged in as someone else.
    client = Client()
    client.force_login(publisher)
    return client


def delete_url(policy):
    return reverse("admin:policies_policy_delete", args=[policy.pk])


def content_of(policy_pk):
    return {
        "regions": Region.objects.filter(policy_id=policy_pk).count(),
        "countries": RegionCountry.objects.filter(policy_id=policy_pk).count(),
        "rights": Right.objects.filter(region__policy_id=policy_pk).count(),
        "facts": Fact.objects.filter(policy_id=policy_pk).count(),
        "instructions": Instructions.objects.filter(policy_id=policy_pk).count(),
        "steps": Step.objects.filter(instructions__policy_id=policy_pk).count(),
        "categories": DataCategory.objects.filter(policy_id=policy_pk).count(),
    }


def recover(client, model_name, obj_pk):
    """Open "Recover deleted …", pick the item, save the form as shown."""
    recover_list = client.get(reverse(f"admin:policies_{model_name}_recoverlist"))
    assert recover_list.status_code == 200
    model = Version.objects.get_deleted
    version = next(
        v
        for v in model(
            {"policy": Policy, "instructions": Instructions, "region": Region}[model_name]
        )
        if v.object_id == str(obj_pk)
    )
    url = reverse(f"admin:policies_{model_name}_recover", args=[version.pk])
    assert url in recover_list.content.decode()
    page = client.get(url)
    assert page.status_code == 200
    return page, client.post(url, form_data(page, f"{model_name}_form"))


# Who may publish


def test_migrate_creates_the_publishers_group_with_the_publish_permission(db):
    publishers = Group.objects.get(name=PUBLISHERS_GROUP)
    assert list(publishers.permissions.values_list("codename", flat=True)) == ["publish_policy"]
    editors = Group.objects.get(name=EDITORS_GROUP)
    assert not editors.permissions.filter(codename="publish_policy").exists()
    assert editors.permissions.filter(codename="delete_policy").exists()


def test_create_editor_makes_a_publisher_when_asked(db, capsys):
    from django.core.management import call_command

    call_command("create_editor", "pat", publisher=True)
    user = get_user_model().objects.get(username="pat")
    assert user.has_perm("policies.publish_policy") and user.has_perm("policies.change_policy")
    call_command("create_editor", "sam")
    assert not get_user_model().objects.get(username="sam").has_perm("policies.publish_policy")


def test_editors_cannot_unpublish_a_policy(drafter_client, linkedin):
    page = drafter_client.get(change_url(linkedin))
    assert 'name="is_published"' not in page.content.decode()
    assert "Published" in page.content.decode()  # shown, read-only
    data = form_data(page, "policy_form")
    data["is_published"] = ""  # a crafted post, as if the box were there and unticked
    # The current edition is read-only for them altogether (they change a draft).
    assert drafter_client.post(change_url(linkedin), data).status_code == 403
    linkedin.refresh_from_db()
    assert linkedin.is_published
    # Nor can they tick "published" on a policy that is not published yet.
    draft = make_policy(is_published=False)
    page = drafter_client.get(change_url(draft))
    assert 'name="is_published"' not in page.content.decode()
    data = form_data(page, "policy_form") | {"is_published": "on"}
    drafter_client.post(change_url(draft), data)
    draft.refresh_from_db()
    assert not draft.is_published


def test_publishers_can_unpublish_a_policy(publisher_client, linkedin):
    data = form_data(publisher_client.get(change_url(linkedin)), "policy_form")
    assert data["is_published"] == "on"
    data["is_published"] = []
    assert publisher_client.post(change_url(linkedin), data).status_code == 302
    linkedin.refresh_from_db()
    assert not linkedin.is_published


def test_editors_cannot_revert_a_policy_to_a_version_that_unpublishes_it(
    drafter_client, publisher_client, linkedin
):
    post_change(publisher_client, linkedin, is_published=[])
    unpublished = Version.objects.get_for_object(linkedin).first()
    post_change(publisher_client, linkedin, is_published="on")
    url = reverse("admin:policies_policy_revision", args=[linkedin.pk, unpublished.pk])
    response = drafter_client.get(url, follow=True)
    assert "Only a privacy publisher can revert to this version" in response.content.decode()
    response = drafter_client.post(url, {"title_en": "x"})
    assert response.status_code == 302
    linkedin.refresh_from_db()
    assert linkedin.is_published


# Deleting a policy


def test_editors_cannot_delete_a_policy(drafter_client, linkedin):
    assert drafter_client.get(delete_url(linkedin)).status_code == 403
    assert drafter_client.post(delete_url(linkedin), {"confirm": linkedin.slug}).status_code == 403
    assert 'class="deletelink"' not in drafter_client.get(change_url(linkedin)).content.decode()
    assert Policy.objects.filter(pk=linkedin.pk).exists()


def test_deleting_a_policy_needs_the_publisher_and_its_name_typed(publisher_client):
    policy = make_policy()
    page = publisher_client.get(delete_url(policy))
    assert page.status_code == 200
    assert f"type the policy's address name, <strong>{policy.slug}</strong>" in (
        page.content.decode()
    )
    # "Yes, I'm sure" alone, or a wrong name, deletes nothing.
    for typed in ["", "linkedin"]:
        response = publisher_client.post(delete_url(policy), {"post": "yes", "confirm": typed})
        assert response.status_code == 200
        assert "Nothing was deleted" in response.content.decode()
        assert Policy.objects.filter(pk=policy.pk).exists()
    response = publisher_client.post(delete_url(policy), {"post": "yes", "confirm": policy.slug})
    assert response.status_code == 302
    assert not Policy.objects.filter(pk=policy.pk).exists()


def test_policies_are_never_deleted_in_bulk(publisher_client):
    page = publisher_client.get(reverse("admin:policies_policy_changelist"))
    assert 'value="delete_selected"' not in page.content.decode()


# Recovering brings back what belonged to it


def test_recovering_a_deleted_policy_brings_back_everything_it_had(publisher_client, linkedin):
    before = content_of(linkedin.pk)
    assert all(before.values()), before
    # A fact edited on its own after the policy was last saved: recovered as it was last.
    fact = linkedin.facts.first()
    post_change(publisher_client, fact, text_en="Edited just before the delete.")
    response = publisher_client.post(
        delete_url(linkedin), {"post": "yes", "confirm": linkedin.slug}
    )
    assert response.status_code == 302
    assert not any(content_of(linkedin.pk).values())

    page, response = recover(publisher_client, "policy", linkedin.pk)
    assert "brought back" in page.content.decode()
    assert response.status_code == 302
    assert content_of(linkedin.pk) == before
    assert Fact.objects.get(pk=fact.pk).text_en == "Edited just before the delete."
    assert Policy.objects.get(pk=linkedin.pk).is_published
    assert publisher_client.get("/policy/").status_code == 200


def test_editors_cannot_recover_a_policy_that_would_be_published_again(
    drafter_client, publisher_client, linkedin
):
    publisher_client.post(delete_url(linkedin), {"post": "yes", "confirm": linkedin.slug})
    version = Version.objects.get_deleted(Policy).get(object_id=str(linkedin.pk))
    url = reverse("admin:policies_policy_recover", args=[version.pk])
    response = drafter_client.get(url, follow=True)
    assert "Only a privacy publisher can recover this" in response.content.decode()
    assert not Policy.objects.filter(pk=linkedin.pk).exists()
    # Nor through one of its regions, which the same copy would bring back with it.
    region = Version.objects.get_deleted(Region).filter(revision=version.revision).first()
    url = reverse("admin:policies_region_recover", args=[region.pk])
    assert "Only a privacy publisher" in drafter_client.get(url, follow=True).content.decode()
    assert drafter_client.post(url, {"name_en": "x"}).status_code == 302
    assert not Policy.objects.filter(pk=linkedin.pk).exists()


def test_recovering_deleted_instructions_brings_back_their_steps(editor_client, linkedin):
    instructions = linkedin.instructions.get(device="desktop")
    steps = list(instructions.steps.values_list("order", "text_en", "text_fr"))
    response = editor_client.post(
        reverse("admin:policies_instructions_delete", args=[instructions.pk]), {"post": "yes"}
    )
    assert response.status_code == 302
    assert not Step.objects.filter(instructions_id=instructions.pk).exists()

    _page, response = recover(editor_client, "instructions", instructions.pk)
    assert response.status_code == 302
    recovered = Step.objects.filter(instructions_id=instructions.pk)
    assert list(recovered.values_list("order", "text_en", "text_fr")) == steps


def test_recovering_a_deleted_region_brings_back_its_countries_and_rights(editor_client, linkedin):
    region = linkedin.regions.get(slug="eu")
    countries = set(region.countries.values_list("country", flat=True))
    right = region.rights.first()
    post_change(editor_client, right, title_en="Edited on its own page.")
    bulk = {"action": "delete_selected", "_selected_action": [region.pk], "post": "yes"}
    response = editor_client.post(reverse("admin:policies_region_changelist"), bulk)
    assert response.status_code == 302
    assert not Region.objects.filter(pk=region.pk).exists()

    _page, response = recover(editor_client, "region", region.pk)
    assert response.status_code == 302
    region = Region.objects.get(pk=region.pk)
    assert set(region.countries.values_list("country", flat=True)) == countries
    assert region.rights.get(pk=right.pk).title_en == "Edited on its own page."


# A revert shows what it will change


def test_a_revert_shows_the_differences_it_will_apply(editor_client, linkedin):
    category = linkedin.data_categories.get(name__startswith="Profile")
    original = category.includes_en
    post_change(editor_client, category, includes_en="Edited by a test.", name_fr="Profil 2")
    first = Version.objects.get_for_object(category).order_by("pk").first()
    url = reverse("admin:policies_datacategory_revision", args=[category.pk, first.pk])
    page = editor_client.get(url).content.decode()
    start = page.index('id="revert-changes"')
    changes = page[start : page.index("</div>", start)]
    assert "What saving will change" in changes
    assert "Includes [en]" in changes and "Name [fr]" in changes
    # A long text is shown once, the words going struck out and those coming marked.
    assert "<del>Edited" in changes and "<ins>" in changes
    assert original.split()[0] in changes
    assert "Order" not in changes  # unchanged fields are not listed
    category.refresh_from_db()
    assert category.includes_en == "Edited by a test."  # looking reverts nothing


def test_a_revert_of_instructions_says_it_removes_a_step_added_since(editor_client):
    instructions = make_instructions(make_policy(), confidence="unverified")
    post_change(editor_client, instructions, note_en="First save.")
    version = Version.objects.get_for_object(instructions).first()
    Step.objects.create(instructions=instructions, order=3, text="Added later")
    url = reverse("admin:policies_instructions_revision", args=[instructions.pk, version.pk])
    page = editor_client.get(url).content.decode()
    assert "Step “3. Added later”: removed (added since this version)" in page


def test_a_revert_to_the_current_version_says_it_changes_nothing(editor_client, linkedin):
    category = linkedin.data_categories.first()
    post_change(editor_client, category, includes_en="Now.")
    latest = Version.objects.get_for_object(category).first()
    url = reverse("admin:policies_datacategory_revision", args=[category.pk, latest.pk])
    assert "saving changes nothing" in editor_client.get(url).content.decode()


# Recent changes


def test_recent_changes_lists_an_edit_with_who_when_and_a_diff(editor_client, linkedin):
    category = linkedin.data_categories.get(name__startswith="Profile")
    post_change(editor_client, category, includes_en="Your headline and your city.")
    home = editor_client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:recent_changes") in home

    page = editor_client.get(reverse("admin:recent_changes"))
    assert page.status_code == 200
    first = page.content.decode().split('class="module revision"')[1]
    assert "· editor" in first
    assert "Changed Includes [en]" in first  # the comment Django's admin wrote
    assert f'href="{change_url(category)}">{category}</a>' in first
    assert "Includes [en]" in first
    assert "<ins>city.</ins>" in first and "<del>" in first


def test_recent_changes_links_a_deleted_item_to_its_recovery(publisher_client):
    policy = make_policy(title="Short-lived")
    post_change(publisher_client, policy, summary="Saved once.")
    publisher_client.post(delete_url(policy), {"post": "yes", "confirm": policy.slug})
    page = publisher_client.get(reverse("admin:recent_changes")).content.decode()
    latest = page.split('class="module revision"')[1]
    assert "Deleted “Short-lived”" in latest
    assert "the link recovers it" in latest
    assert "/admin/policies/policy/recover/" in latest


def test_recent_changes_is_paginated_at_a_fixed_cost(editor_client, django_assert_max_num_queries):
    url = reverse("admin:recent_changes")
    with django_assert_max_num_queries(30):
        page = editor_client.get(url)
    assert 'rel="next"' in page.content.decode()  # the loaded content alone fills pages
    assert editor_client.get(url + "?page=2").status_code == 200


def test_recent_changes_is_for_editors_only(client, staff_without_rights):
    client.force_login(staff_without_rights)
    assert client.get(reverse("admin:recent_changes")).status_code == 403
