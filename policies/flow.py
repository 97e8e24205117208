"""The opt-out wizard as data and pure functions.

Answers live in the query string, so every state of the wizard is a URL.
`read_answers` turns a query string into answers (and errors), `next_question`
routes, and `outcome` turns answers + a policy's content + today into what
the visitor should know and do. Nothing here knows about HTTP or templates,
and nothing here holds wording about a region: that comes from the content.
"""

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext as _
from django_countries import countries

from policies.countries import country_name, country_names
from policies.models import Device, Fact, Instructions, Policy, Region, Right

NO_ACCOUNT = "none"
ADULT = "18plus"
MINOR = "under18"


@dataclass(frozen=True)
class Declared:
    """One question, declared once: everything but its wording, which depends on the policy.

    `possible` is every value that can ever be valid, for any policy: the
    page cache's key and the validation both read it, so a value the
    questions offer can never be missing from the key (a guard test checks).
    """

    name: str
    widget: str  # "select" (a long list) or "radios"
    possible: frozenset[str]
    normalise: Callable[[str], str] = str


DECLARED = (
    Declared("country", "select", frozenset(code for code, _name in countries), str.upper),
    Declared("age", "radios", frozenset({ADULT, MINOR})),
    Declared("device", "radios", frozenset({*Device.values, NO_ACCOUNT})),
)
BY_NAME = {declared.name: declared for declared in DECLARED}
QUESTIONS = tuple(BY_NAME)
MAX_VALUE_LENGTH = 32
# Sent by each question's form, so that submitting it with nothing chosen is
# an error rather than the same question again.
ANSWERING = "answering"


@dataclass(frozen=True)
class Answers:
    country: str | None = None
    age: str | None = None
    device: str | None = None

    def around(self, name: str) -> tuple[dict[str, str], dict[str, str]]:
        """The other answers, split into those asked before `name` and after it.

        A question's form carries them as hidden fields in this order, so the
        address it leads to always reads country, age, device.
        """
        position = QUESTIONS.index(name)
        others = self.as_query(without=name)
        before = {k: v for k, v in others.items() if QUESTIONS.index(k) < position}
        after = {k: v for k, v in others.items() if QUESTIONS.index(k) > position}
        return before, after

    def back_query(self, name: str) -> str | None:
        """The address of the question before `name`, its answer kept; None for the first."""
        position = QUESTIONS.index(name)
        if position == 0:
            return None
        return urlencode({**self.as_query(without=name), "change": QUESTIONS[position - 1]})

    def url_query(self) -> str:
        """The canonical query string of this state: country, age, device."""
        return urlencode(self.as_query())

    def as_query(self, without: str | None = None) -> dict[str, str]:
        return {
            name: value
            for name in QUESTIONS
            if name != without and (value := getattr(self, name)) is not None
        }


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class Question:
    """A declared question as one policy asks it."""

    declared: Declared
    title: str
    hint: str
    error: str
    choices: tuple[Choice, ...]

    @property
    def name(self) -> str:
        return self.declared.name

    @property
    def widget(self) -> str:
        return self.declared.widget

    @property
    def number(self) -> int:
        return QUESTIONS.index(self.name) + 1

    @property
    def total(self) -> int:
        return len(QUESTIONS)


def questions(policy: Policy) -> dict[str, Question]:
    """The questions, worded for this policy, with the choices it supports, in DECLARED order."""
    devices = sorted(
        {device for i in policy.instructions.all() for device in i.devices}, key=_device_order
    )
    words = {"platform": policy.platform, "age": policy.age_threshold}
    asked = {
        "country": {
            "title": _("Where do you live?"),
            "hint": _("%(platform)s treats members differently depending on where they live.")
            % words,
            "error": _("Select the country where you live"),
            "choices": tuple(Choice(code, name) for code, name in country_names()),
        },
        "age": {
            "title": _("Are you %(age)s or over?") % words,
            "hint": _("We only ask this to give you the right steps. Nothing is stored."),
            "error": _("Select whether you are %(age)s or over") % words,
            "choices": (
                Choice(ADULT, _("Yes, I am %(age)s or over") % words),
                Choice(MINOR, _("No, I am under %(age)s") % words),
            ),
        },
        "device": {
            "title": _("How do you use %(platform)s?") % words,
            "hint": _("Choose the one you use most. The steps differ a little on each."),
            "error": _("Select how you use %(platform)s") % words,
            "choices": tuple(Choice(d, str(Device(d).label)) for d in devices)
            + (Choice(NO_ACCOUNT, _("I do not have a %(platform)s account") % words),),
        },
    }
    return {declared.name: Question(declared, **asked[declared.name]) for declared in DECLARED}


def _device_order(device: str) -> int:
    return list(Device.values).index(device)


def read_answers(
    query: Mapping[str, list[str]], asked: dict[str, Question]
) -> tuple[Answers, dict[str, str]]:
    """Answers from a query string (name -> list of values), and an error per bad answer.

    A missing parameter is a question not yet answered, unless the form for
    that question was sent (`answering`); a present but empty, repeated,
    over-long or unknown one is an error. Bad values are dropped, never
    echoed back. Parameters that are not questions are ignored.
    """
    values, errors = {}, {}
    answering = (query.get(ANSWERING) or [None])[0]
    for name, question in asked.items():
        given = query.get(name)
        if not given:
            if name == answering:
                errors[name] = question.error
            continue
        value = given[0].strip()
        if len(given) > 1 or len(value) > MAX_VALUE_LENGTH:
            errors[name] = question.error
            continue
        value = question.declared.normalise(value)
        if value not in {choice.value for choice in question.choices}:
            errors[name] = question.error
            continue
        values[name] = value
    return Answers(**values), errors


# The other parameters a question's address can carry, and their possible values.
_POSSIBLE = {
    **{declared.name: declared for declared in DECLARED},
    "change": Declared("change", "", frozenset(QUESTIONS)),
    ANSWERING: Declared(ANSWERING, "", frozenset(QUESTIONS)),
}


def plausible(name: str, values: list[str]) -> str:
    """A parameter's value if it is one that could ever be valid, else a marker.

    Cheap, and independent of the content, for keys (e.g. the page cache):
    whatever junk a query string carries, it maps to one of few states.
    """
    if not values:
        return ""
    if len(values) > 1:
        return "!many"
    declared = _POSSIBLE.get(name)
    if declared is None:
        return "!bad"
    value = declared.normalise(values[0].strip())
    return value if value in declared.possible else ("!empty" if not value else "!bad")


def cache_state(query) -> str:
    """The wizard's state for the page cache: every junk value shares one entry.

    Runs on every request, cached or not, so it only checks values against
    the declared possible answers and never reads the content.
    """
    return "&".join(f"{name}={plausible(name, query.getlist(name))}" for name in _POSSIBLE)


def next_question(answers: Answers, change: str | None = None) -> str | None:
    """The question to show, or None when the answers are enough for a result."""
    if change in QUESTIONS:
        return change
    if answers.device == NO_ACCOUNT:
        return None
    for name in QUESTIONS:
        if getattr(answers, name) is None:
            return name
    return None


class Kind:
    """The kinds of outcome: each has its own result template, designed phone-first."""

    MEMBER = "member"  # a member at or over the age threshold: switch it off now
    MINOR = "minor"  # a member under the threshold: check, and switch it off if shown
    NO_ACCOUNT = "no-account"  # not a member: the objection route

    TEMPLATES = {
        MEMBER: "policies/results/member.html",
        MINOR: "policies/results/minor.html",
        NO_ACCOUNT: "policies/results/no_account.html",
    }


# Devices whose primary action is the settings link itself; in the apps the
# numbered steps come first and the link is offered after step 1.
LINK_FIRST = frozenset({Device.DESKTOP, Device.MOBILE_WEB})


@dataclass
class Outcome:
    """What one visitor should know and do, from their answers and the content."""

    policy: Policy
    answers: Answers
    region: Region | None
    has_account: bool
    is_adult: bool
    training_started: bool
    instructions: Instructions | None
    related_settings: list
    opting_out: list
    objecting: list
    categories: list
    exclusions: list
    at_a_glance: list = field(default_factory=list)

    @property
    def regions(self) -> list:
        return [self.region] if self.region else []

    @property
    def is_adult_member(self) -> bool:
        """Whether "unless you switch the setting off" speaks to this visitor."""
        return self.has_account and self.is_adult

    @property
    def kind(self) -> str:
        if not self.has_account:
            return Kind.NO_ACCOUNT
        return Kind.MEMBER if self.is_adult else Kind.MINOR

    @property
    def template(self) -> str:
        return Kind.TEMPLATES[self.kind]

    @property
    def link_first(self) -> bool:
        """Whether the settings link is the primary action (browsers), not step 1 (apps)."""
        return bool(self.instructions) and self.answers.device in LINK_FIRST

    @property
    def device_label(self) -> str:
        """The visitor's device, as the steps are headed (one set may serve several)."""
        device = self.answers.device
        return str(Device(device).label) if device in Device.values else ""

    @property
    def country_name(self) -> str:
        return country_name(self.answers.country) if self.answers.country else ""

    @property
    def minors_exclusion(self):
        """The exclusion marked as covering members under the age threshold, else the policy."""
        return next((e for e in self.exclusions if e.covers_minors), self.policy)

    @property
    def objection_routes(self) -> list | None:
        """The forms this visitor can object with, where the policy names several (its
        routes for their region; without an account, those open to non-members).
        None: the policy has one form, `objection_form_url`."""
        routes = list(self.policy.objection_routes.all())
        if not routes:
            return None
        return [route for route in routes if route.applies_to(self.region, self.has_account)]

    @property
    def objects_by_form(self) -> bool:
        """A platform whose opt-out is a form, not a switch: results say "Object"."""
        return self.policy.opt_out == "form"

    @property
    def rights(self) -> list:
        return list(self.region.rights.all()) if self.region else []

    @property
    def rights_before_form(self) -> list:
        return [right for right in self.rights if right.kind == Right.Kind.OBJECT]

    @property
    def rights_after_form(self) -> list:
        return [right for right in self.rights if right.kind == Right.Kind.COMPLAIN]


def outcome(policy: Policy, answers: Answers, today: datetime.date) -> Outcome:
    """Expects `policy` from `Policy.objects.with_content()`: no further queries."""
    region = policy.region_for(answers.country) if answers.country else None
    has_account = answers.device not in (None, NO_ACCOUNT)
    facts = policy.facts.all()
    return Outcome(
        policy=policy,
        answers=answers,
        region=region,
        has_account=has_account,
        is_adult=answers.age != MINOR,
        training_started=bool(region and region.training_started(today)),
        instructions=next(
            (i for i in policy.instructions.all() if answers.device in i.devices), None
        ),
        related_settings=[
            setting for setting in policy.related_settings.all() if region in setting.regions.all()
        ]
        if has_account
        else [],
        opting_out=[f for f in facts if f.topic == Fact.Topic.OPTING_OUT],
        objecting=[f for f in facts if f.topic == Fact.Topic.OBJECTING],
        at_a_glance=[f for f in facts if f.topic == Fact.Topic.AT_A_GLANCE],
        categories=list(policy.data_categories.all()),
        exclusions=list(policy.exclusions.all()),
    )


@dataclass(frozen=True)
class Given:
    """One row of "Your answers": what was asked, what was answered, how to change it."""

    question: Question
    answer: str
    change_query: str


def answers_given(answers: Answers, asked: dict[str, Question]) -> list[Given]:
    rows = []
    for name, question in asked.items():
        value = getattr(answers, name)
        if value is None:
            continue
        label = next(choice.label for choice in question.choices if choice.value == value)
        query = urlencode({**answers.as_query(), "change": name})
        rows.append(Given(question, label, query))
    return rows


# The combined checklist: several platforms, the shared questions asked once.

PLATFORM = "platform"


def device_param(policy: Policy) -> str:
    return f"device-{policy.slug}"


@dataclass
class Checklist:
    """A visitor's answers for several platforms, and what is still to ask."""

    policies: list  # the chosen platforms, in the site's order
    answers: Answers  # country and age, shared
    devices: dict[str, str]  # slug -> device (or NO_ACCOUNT), for those answered
    errors: dict[str, str]

    @property
    def complete(self) -> bool:
        return (
            bool(self.policies)
            and not self.errors
            and self.answers.country is not None
            and self.answers.age is not None
            and all(p.slug in self.devices for p in self.policies)
        )

    def query(self) -> dict[str, list[str]]:
        """The canonical query of this state: platforms, country, age, each device."""
        query: dict[str, list[str]] = {PLATFORM: [p.slug for p in self.policies]}
        query |= {name: [value] for name, value in self.answers.as_query().items()}
        for policy in self.policies:
            if policy.slug in self.devices:
                query[device_param(policy)] = [self.devices[policy.slug]]
        return query

    def url_query(self) -> str:
        return urlencode(self.query(), doseq=True)

    def outcomes(self, today: datetime.date) -> list[Outcome]:
        return [
            outcome(
                policy,
                Answers(self.answers.country, self.answers.age, self.devices[policy.slug]),
                today,
            )
            for policy in self.policies
        ]


def read_checklist(query: Mapping[str, list[str]], published: list) -> Checklist:
    """The checklist's state from a query string; unknown platforms are dropped.

    Country and age are asked as the first chosen platform words them (the age
    threshold is the highest of the chosen platforms': a visitor under it is
    shown every platform's steps for members under its age).
    """
    wanted = set(query.get(PLATFORM) or [])
    policies = [policy for policy in published if policy.slug in wanted]
    errors: dict[str, str] = {}
    if not policies:
        if query.get(ANSWERING, [None])[0] == PLATFORM or wanted:
            errors[PLATFORM] = _("Tick every platform you use")
        return Checklist([], Answers(), {}, errors)
    oldest = max(policies, key=lambda policy: policy.age_threshold)
    shared = questions(oldest)
    asked = {name: shared[name] for name in ("country", "age")}
    sent = query.get(ANSWERING, [None])[0] == "checklist"
    answers, errors = read_answers({**query, ANSWERING: ["country" if sent else ""]}, asked)
    if sent and "age" not in query:
        errors["age"] = asked["age"].error
    devices = {}
    for policy in policies:
        question = questions(policy)["device"]
        given = query.get(device_param(policy))
        if not given:
            if sent:
                errors[device_param(policy)] = question.error
            continue
        if len(given) > 1 or given[0] not in {choice.value for choice in question.choices}:
            errors[device_param(policy)] = question.error
            continue
        devices[policy.slug] = given[0]
    return Checklist(policies, answers, devices, errors)


def checklist_state(query, published: set[str]) -> str:
    """The checklist's state for the page cache: junk values collapse, as for the wizard."""
    platforms = sorted(set(query.getlist(PLATFORM)) & published)
    devices = sorted(
        (name, plausible("device", query.getlist(name)))
        for name in query
        if name.startswith("device-") and name.removeprefix("device-") in platforms
    )
    shared = [f"{name}={plausible(name, query.getlist(name))}" for name in ("country", "age")]
    answering = query.get(ANSWERING, "")
    answering = answering if answering in {"checklist", PLATFORM} else ""
    return "&".join([",".join(platforms), *shared, *(f"{n}={v}" for n, v in devices), answering])
