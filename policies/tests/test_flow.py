"""The wizard's routing and decisions, branch by branch, like a table."""

import datetime

import pytest
from django_countries import countries

from policies import flow
from policies.flow import Answers
from policies.models import Policy

TODAY = datetime.date(2026, 11, 22)


@pytest.fixture
def policy(linkedin):
    return Policy.objects.with_content().get(pk=linkedin.pk)


@pytest.fixture
def asked(policy):
    return flow.questions(policy)


@pytest.mark.parametrize(
    ("answers", "change", "shown"),
    [
        (Answers(), None, "country"),
        (Answers(country="DE"), None, "age"),
        (Answers(age="18plus"), None, "country"),
        (Answers(country="DE", age="18plus"), None, "device"),
        (Answers(country="DE", age="18plus", device="ios"), None, None),
        (Answers(device="none"), None, None),
        (Answers(country="DE", age="18plus", device="ios"), "country", "country"),
        (Answers(country="DE", age="18plus", device="ios"), "age", "age"),
        (Answers(country="DE", age="18plus", device="ios"), "bogus", None),
    ],
)
def test_next_question(answers, change, shown):
    assert flow.next_question(answers, change) == shown


@pytest.mark.parametrize(
    ("query", "answers", "errors"),
    [
        ({}, Answers(), set()),
        ({"country": ["de"]}, Answers(country="DE"), set()),
        (
            {"country": ["FR"], "utm_source": ["news"], "fbclid": ["x"]},
            Answers(country="FR"),
            set(),
        ),
        ({"country": [""]}, Answers(), {"country"}),
        ({"country": ["ZZ"]}, Answers(), {"country"}),
        ({"country": ["DE", "FR"]}, Answers(), {"country"}),
        ({"country": ["D" * 500]}, Answers(), {"country"}),
        ({"country": ["\x00\ufffd<b>"]}, Answers(), {"country"}),
        ({"country": ["DE"], "age": ["maybe"]}, Answers(country="DE"), {"age"}),
        ({"age": ["under18"], "device": ["fax"]}, Answers(age="under18"), {"device"}),
        ({"device": ["none"]}, Answers(device="none"), set()),
        ({"country": ["DE"], "answering": ["age"]}, Answers(country="DE"), {"age"}),
        ({"country": ["DE"], "answering": ["country"]}, Answers(country="DE"), set()),
    ],
)
def test_read_answers(asked, query, answers, errors):
    got, got_errors = flow.read_answers(query, asked)
    assert got == answers
    assert set(got_errors) == errors


def test_device_choices_are_the_devices_with_instructions_plus_no_account(asked):
    values = [choice.value for choice in asked["device"].choices]
    assert values == ["desktop", "ios", "android", "mobile-web", "none"]


def test_every_country_reaches_a_result_with_steps(policy):
    for code, _name in countries:
        for device in ["desktop", "android"]:
            result = flow.outcome(policy, Answers(country=code, age="18plus", device=device), TODAY)
            assert result.region is not None, code
            assert result.instructions.steps.all(), code


@pytest.mark.parametrize(
    ("country", "started"),
    [("DE", datetime.date(2025, 11, 3)), ("US", datetime.date(2024, 9, 18))],
)
def test_since_or_from_is_computed_against_today(policy, country, started):
    answers = Answers(country=country, age="18plus", device="desktop")
    assert flow.outcome(policy, answers, started).training_started
    assert not flow.outcome(policy, answers, started - datetime.timedelta(days=1)).training_started


def test_related_settings_follow_the_region(policy):
    def names(country):
        answers = Answers(country=country, age="18plus", device="desktop")
        return {s.name for s in flow.outcome(policy, answers, TODAY).related_settings}

    assert any("affiliates" in name for name in names("US"))
    assert not any("affiliates" in name for name in names("DE"))
    assert any("Microsoft" in name for name in names("GB")) and not names("GB") <= names("US")


def test_an_under_18_keeps_their_steps_for_later(policy):
    result = flow.outcome(policy, Answers(country="DE", age="under18", device="ios"), TODAY)
    assert not result.is_adult
    assert result.instructions.device == "ios"


def test_without_an_account_there_is_no_setting_but_there_is_the_form(policy):
    result = flow.outcome(policy, Answers(device="none"), TODAY)
    assert not result.has_account
    assert result.objecting
    assert result.related_settings == []


def test_answers_given_link_to_change_one_answer_and_keep_the_others(asked):
    rows = flow.answers_given(Answers(country="DE", age="18plus", device="ios"), asked)
    assert [row.answer for row in rows] == ["Germany", "Yes, I am 18 or over", "iPhone or iPad app"]
    assert rows[0].change_query == "country=DE&age=18plus&device=ios&change=country"


def test_every_offered_choice_is_a_declared_possible_value_for_every_policy(linkedin):
    from policies.tests.factories import make_instructions, make_policy

    other = make_policy(platform="ExampleNet", age_threshold=16)
    make_instructions(other, device="ios")
    for policy in (linkedin, other):
        for name, question in flow.questions(policy).items():
            declared = flow.BY_NAME[name]
            assert question.declared is declared
            for choice in question.choices:
                assert choice.value in declared.possible, (policy, name, choice.value)
                # …so the page cache tells every offered answer apart.
                assert flow.plausible(name, [choice.value]) == choice.value


def test_the_questions_number_themselves_from_the_declaration(linkedin):
    asked = flow.questions(linkedin)
    assert [q.number for q in asked.values()] == list(range(1, len(flow.DECLARED) + 1))
    assert {q.total for q in asked.values()} == {len(flow.DECLARED)}
    assert [q.widget for q in asked.values()] == ["select", "radios", "radios"]
