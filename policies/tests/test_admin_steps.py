"""Editing numbered steps in admin (policies/admin_steps.py): renumber in one save,
move a step up or down, other languages folded away."""

import re

from django.urls import reverse

from policies.models import RelatedSetting, RelatedSettingStep, Step
from policies.tests.factories import make_instructions, make_policy
from policies.tests.forms import change_url, form_data

STEPS = ("Open settings", "Open privacy", "Open data", "Switch it off")


def four_steps():
    # Unverified: a confirmed fact needs sources, and these tests are about the steps.
    return make_instructions(make_policy(), steps=STEPS, confidence="unverified")


def steps_of(instructions):
    return list(Step.objects.filter(instructions=instructions).values_list("order", "text"))


def errors(response):
    return re.findall(r"errorlist[^>]*>(.*?)</ul>", response.content.decode(), re.S)


def opened(client, obj):
    page = client.get(change_url(obj))
    assert page.status_code == 200
    return form_data(page, f"{obj._meta.model_name}_form")


def with_a_new_step(data, number, text, prefix="steps"):
    """Fill the page's empty step form in, as "Add another step" does in the browser."""
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    for name, value in list(data.items()):
        if name.startswith(f"{prefix}-__prefix__-"):
            data[name.replace("__prefix__", str(index))] = value
    data[f"{prefix}-{index}-order"] = str(number)
    data[f"{prefix}-{index}-text_en"] = text
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    return data


def test_a_step_is_inserted_between_two_others_in_one_save(editor_client):
    instructions = four_steps()
    data = opened(editor_client, instructions)
    data["steps-2-order"] = "4"
    data["steps-3-order"] = "5"
    with_a_new_step(data, 3, "Scroll down")
    response = editor_client.post(change_url(instructions), data)
    assert response.status_code == 302, errors(response)
    assert steps_of(instructions) == [
        (1, "Open settings"),
        (2, "Open privacy"),
        (3, "Scroll down"),
        (4, "Open data"),
        (5, "Switch it off"),
    ]


def test_two_steps_swap_numbers_in_one_save(editor_client):
    instructions = four_steps()
    data = opened(editor_client, instructions)
    data["steps-1-order"], data["steps-2-order"] = "3", "2"
    assert editor_client.post(change_url(instructions), data).status_code == 302
    assert steps_of(instructions) == [
        (1, "Open settings"),
        (2, "Open data"),
        (3, "Open privacy"),
        (4, "Switch it off"),
    ]


def test_a_deleted_step_gives_its_number_to_another_in_the_same_save(editor_client):
    instructions = four_steps()
    data = opened(editor_client, instructions)
    data["steps-1-DELETE"] = "on"
    data["steps-2-order"], data["steps-3-order"] = "2", "3"
    assert editor_client.post(change_url(instructions), data).status_code == 302
    assert steps_of(instructions) == [(1, "Open settings"), (2, "Open data"), (3, "Switch it off")]


def test_a_new_step_with_a_number_still_taken_is_refused(editor_client):
    instructions = four_steps()
    data = with_a_new_step(opened(editor_client, instructions), 2, "Scroll down")
    response = editor_client.post(change_url(instructions), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Two steps have the same number: give each its own." in page
    assert "Another step has this number." in page
    assert [order for order, _text in steps_of(instructions)] == [1, 2, 3, 4]


def test_move_up_without_javascript_swaps_with_the_step_above_and_saves(editor_client):
    instructions = four_steps()
    data = opened(editor_client, instructions)
    data["steps-0-text_en"] = "Open your settings"  # an edit made before moving goes in too
    data["_move_step"] = "steps-2-order up"
    response = editor_client.post(change_url(instructions), data, follow=True)
    assert response.redirect_chain[-1][0] == change_url(instructions) + "#steps-group"
    assert "Step 3 is now step 2; the form was saved." in response.content.decode()
    assert steps_of(instructions) == [
        (1, "Open your settings"),
        (2, "Open data"),
        (3, "Open privacy"),
        (4, "Switch it off"),
    ]


def test_move_down_skips_a_step_marked_for_deletion(editor_client):
    instructions = four_steps()
    data = opened(editor_client, instructions)
    data["steps-1-DELETE"] = "on"
    data["_move_step"] = "steps-0-order down"
    assert editor_client.post(change_url(instructions), data).status_code == 302
    assert steps_of(instructions) == [(1, "Open data"), (3, "Open settings"), (4, "Switch it off")]


def test_the_first_step_cannot_move_up(editor_client):
    instructions = four_steps()
    data = opened(editor_client, instructions)
    data["_move_step"] = "steps-0-order up"
    assert editor_client.post(change_url(instructions), data).status_code == 302
    assert steps_of(instructions) == [(n, text) for n, text in enumerate(STEPS, start=1)]


def test_related_setting_steps_renumber_in_one_save_too(editor_client):
    policy = make_policy()
    setting = RelatedSetting.objects.create(
        policy=policy, name="Ads", summary="Ads data.", confidence="unverified"
    )
    for number, text in enumerate(["First", "Second"], start=1):
        RelatedSettingStep.objects.create(setting=setting, order=number, text=text)
    data = opened(editor_client, setting)
    data["steps-0-order"], data["steps-1-order"] = "2", "1"
    assert editor_client.post(change_url(setting), data).status_code == 302
    assert list(setting.steps.values_list("order", "text")) == [(1, "Second"), (2, "First")]


def test_each_step_shows_english_and_folds_the_other_languages(editor_client, linkedin):
    instructions = linkedin.instructions.get(device="desktop")
    page = editor_client.get(change_url(instructions)).content.decode()
    steps = instructions.steps.count()
    folded = re.findall(r'<fieldset class="module aligned collapse other-languages', page)
    assert len(folded) == steps + 2  # each step, the empty form, and the instructions' note
    assert page.count("<details><summary>") >= steps + 2
    assert 'name="steps-0-text_en"' in page and 'name="steps-0-text_fr"' in page
    # The English help is not repeated under every translation.
    assert page.count("A short instruction:") == steps + 1


def test_the_steps_form_loads_nothing_from_other_hosts(editor_client, linkedin):
    page = editor_client.get(change_url(linkedin.instructions.get(device="desktop")))
    addresses = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', page.content.decode())
    assert any(address.endswith("js/admin_steps.js") for address in addresses)
    assert all(address.startswith("/") and not address.startswith("//") for address in addresses)


def test_a_step_with_an_error_in_another_language_is_shown_open(editor_client):
    instructions = four_steps()
    data = opened(editor_client, instructions)
    data["steps-0-text_fr"] = "x" * 201
    response = editor_client.post(change_url(instructions), data)
    assert response.status_code == 200
    page = response.content.decode()
    first_step = page[page.index('id="steps-0"') : page.index('id="steps-1"')]
    assert "<details>" not in first_step
    assert "at most 200 characters" in first_step


def test_the_revert_page_of_instructions_still_works(editor_client, linkedin):
    from reversion.models import Version

    instructions = linkedin.instructions.get(device="desktop")
    first = Version.objects.get_for_object(instructions).order_by("pk").first()
    url = reverse("admin:policies_instructions_revision", args=[instructions.pk, first.pk])
    assert editor_client.get(url).status_code == 200
