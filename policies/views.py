import sys
from urllib.parse import urlencode

from django.conf import settings
from django.db import DatabaseError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language, get_supported_language_variant
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url
from django_htmx.middleware import HtmxDetails

from policies import flow
from policies.content import NoPublishedPolicy, published_policies, published_policy
from policies.context_processors import home_links
from policies.countries import country_names
from policies.methods import read_only
from policies.middleware import unavailable
from policies.models import Fact
from policies.page_cache import NOT_FOUND, cached_page
from policies.preview import mark_preview, policy_for
from policies.sharing import share_text


def not_found(request, exception=None):
    """404 in the site's design; with no published policy, the page that says so."""
    if isinstance(exception, NoPublishedPolicy):
        return render(request, "policies/no_policy.html", status=404)
    # The same page whatever the address (the page cache stores it once per
    # language): no canonical link, and the languages lead to their homes.
    return render(
        request,
        "404.html",
        {"canonical_url": "", "language_links": home_links(), "kept_query": ""},
        status=404,
    )


def suggested_language(request) -> dict | None:
    """On the English home page, the visitor's own language if the site has it.

    Accept-Language only ever suggests (never redirects), and only here.
    """
    if request.path != "/":  # the English home page: the root, before any language prefix
        return None
    for code, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        try:
            supported = get_supported_language_variant(code)
        except LookupError:
            continue
        if supported == settings.LANGUAGE_CODE:
            return None
        name = dict(settings.LANGUAGES)[supported]
        return {"code": supported, "name": name, "url": translate_url("/", supported)}
    return None


@read_only
@cached_page(key=lambda request, **kwargs: (suggested_language(request) or {}).get("code", ""))
def home(request, platform=None):
    """The site's home: the policy's summary and start when one is published, else an
    index of every published policy; `/<policy>/` is one policy's home."""
    if platform is None:
        policies = published_policies()
        if len(policies) > 1:
            return _index(request, policies)
        policy = published_policy()
    else:
        policy = policy_for(request, platform)
    regions = policy.regions.all()
    facts = policy.facts.all()
    categories = policy.data_categories.all()
    events = list(policy.timeline.all())
    latest = events[-1] if events else None
    response = render(
        request,
        "policies/home.html",
        {
            "policy": policy,
            "regions": regions,
            "latest": latest,
            "practice_facts": [f for f in facts if f.topic == Fact.Topic.PRACTICE],
            "categories": categories,
            "today": timezone.localdate(),
            "suggested_language": suggested_language(request),
            "share_title": policy.title,
        },
    )
    if request.path == "/":  # only the English home suggests another language
        patch_vary_headers(response, ["Accept-Language"])
    return mark_preview(request, response)


def _index(request, policies):
    """Several platforms: each with its status and start, and one checklist for several."""
    response = render(
        request,
        "policies/index.html",
        {
            "policies": policies,
            "today": timezone.localdate(),
            "suggested_language": suggested_language(request),
        },
    )
    if request.path == "/":
        patch_vary_headers(response, ["Accept-Language"])
    return response


def _region_filter(request, platform):
    """The policy page's state: the region it filters by (the view reads the last value),
    or "invalid" for any value that is not one (a 400, never stored)."""
    wanted = request.GET.get("region", "")
    if not wanted:
        return ""
    try:
        slugs = {region.slug for region in published_policy(platform).regions.all()}
    except Http404:
        return NOT_FOUND
    return wanted if wanted in slugs else "invalid"


@read_only
@cached_page(key=_region_filter)
def policy_page(request, platform):
    """Everything about the policy on one page, the timeline filterable by region."""
    policy = policy_for(request, platform)
    regions = list(policy.regions.all())
    wanted = request.GET.get("region", "")
    selected = next((r for r in regions if r.slug == wanted), None)
    error = _("Choose a region from the list") if wanted and selected is None else None
    events = [e for e in policy.timeline.all() if selected is None or selected in e.regions.all()]
    facts = policy.facts.all()
    categories, exclusions = policy.data_categories.all(), policy.exclusions.all()
    questions = policy.questions.all()
    settings_ = policy.related_settings.all()
    response = render(
        request,
        "policies/policy.html",
        {
            "policy": policy,
            "regions": regions,
            "selected_region": selected,
            "filter_error": error,
            "events": events,
            "kept_query": f"region={selected.slug}" if selected else "",
            "practice_facts": [f for f in facts if f.topic == Fact.Topic.PRACTICE],
            "opting_out_facts": [f for f in facts if f.topic == Fact.Topic.OPTING_OUT],
            "objecting_facts": [f for f in facts if f.topic == Fact.Topic.OBJECTING],
            "categories": categories,
            "exclusions": exclusions,
            "questions": questions,
            "related_settings": settings_,
            "public_changes": [change for change in policy.changes.all() if change.public],
            "today": timezone.localdate(),
        },
        status=400 if error else 200,
    )
    return mark_preview(request, response)


@read_only
@cached_page()
def region_page(request, platform, slug):
    """One region's status and dates, with the wizard started there, for newsletters."""
    policy = policy_for(request, platform)
    regions = list(policy.regions.all())
    region = next((r for r in regions if r.slug == slug), None)
    if region is None:
        raise Http404("No such region")
    if region.is_catch_all:
        listed = {c.country.code for r in regions for c in r.countries.all()}
        choices = [(code, name) for code, name in country_names() if code not in listed]
    else:
        mine = {c.country.code for c in region.countries.all()}
        choices = [(code, name) for code, name in country_names() if code in mine]
    events = [e for e in policy.timeline.all() if region in e.regions.all()]
    settings = [s for s in policy.related_settings.all() if region in s.regions.all()]
    title, description = share_text(policy, region)
    response = render(
        request,
        "policies/region.html",
        {
            "policy": policy,
            "region": region,
            "other_regions": [r for r in regions if r != region],
            "country_choices": choices,
            "events": events,
            "related_settings": settings,
            "today": timezone.localdate(),
            "share_title": title,
            "share_description": description,
        },
    )
    return mark_preview(request, response)


@read_only
@vary_on_headers("HX-Request", "HX-History-Restore-Request")
@cached_page(key=lambda request, **kwargs: flow.cache_state(request.GET), htmx=True)
def guide(request, platform):
    """The wizard: one question at a time, then the visitor's own steps.

    htmx requests get only the panel that changes; everything else, and every
    visitor without JavaScript, gets the whole page at the same address.
    """
    policy = policy_for(request, platform)
    asked = flow.questions(policy)
    answers, errors = flow.read_answers(dict(request.GET.lists()), asked)
    showing = next(iter(errors), None) or flow.next_question(answers, request.GET.get("change"))
    context = {
        "policy": policy,
        "today": timezone.localdate(),
        "answers": answers,
        "given": flow.answers_given(answers, asked),
        # A question page shared (a newsletter link) names the policy.
        "share_title": policy.title,
        "share_description": policy.headline or policy.summary,
    }
    if showing:
        question = asked[showing]
        context |= {
            "question": question,
            "error": errors.get(showing),
            "selected": getattr(answers, showing),
            "carried": answers.around(showing),
            "back_query": answers.back_query(showing),
            "no_account": flow.NO_ACCOUNT,
        }
    else:
        outcome = flow.outcome(policy, answers, timezone.localdate())
        _title, description = share_text(policy, outcome.region)
        context |= {
            "outcome": outcome,
            "countries": country_names() if not outcome.has_account else (),
            "feedback_email": settings.FEEDBACK_EMAIL,
            "feedback_subject": _feedback_subject(outcome),
            "share_title": _("How to switch off %(platform)s’s AI training setting")
            % {"platform": policy.platform},
            "share_description": description,
        }
    htmx: HtmxDetails = request.htmx
    query = answers.url_query()
    # The policy's own address, also when reached by an old one (/guide/).
    address = reverse("guide", args=[policy.slug])
    canonical = f"{address}?{query}" if query else address
    context["canonical_url"] = request.build_absolute_uri(canonical)
    context["kept_query"] = query
    answered = flow.ANSWERING in request.GET and not errors
    if answered and not htmx:
        # A plain form submit: move to the clean address of the new state.
        return mark_preview(request, redirect(canonical))
    partial = htmx and not htmx.history_restore_request
    template = "policies/guide.html#panel" if partial else "policies/guide.html"
    response = render(request, template, context, status=400 if errors else 200)
    if answered:
        push_url(response, canonical)
    elif errors and htmx:
        # An answer with an error is not a place to come Back to.
        push_url(response, False)
    return mark_preview(request, response)


def _feedback_subject(outcome: flow.Outcome) -> str:
    """The subject of "Did these steps match your screen?": which steps, nothing about who."""
    device = outcome.instructions.get_device_display() if outcome.instructions else "-"
    return _("Steps for %(device)s in %(country)s") % {
        "device": device,
        "country": outcome.country_name or "-",
    }


def server_error(request):
    """A 500 in the site's design; a database outage gets the friendly 503."""
    if isinstance(sys.exc_info()[1], DatabaseError):
        return unavailable(request)
    return render(request, "500.html", status=500)


def _checklist_key(request, **kwargs):
    published = {policy.slug for policy in published_policies()}
    return flow.checklist_state(request.GET, published)


@read_only
@cached_page(key=_checklist_key)
def checklist(request):
    """One checklist for several platforms: which ones, the shared questions once, each
    platform's device, then every chosen platform's steps on one printable page."""
    published = published_policies()
    if not published:
        raise NoPublishedPolicy("No policy is published")
    state = flow.read_checklist(dict(request.GET.lists()), published)
    today = timezone.localdate()
    query = state.url_query()
    address = reverse("checklist")
    context = {
        "published": published,
        "state": state,
        "today": today,
        "canonical_url": request.build_absolute_uri(f"{address}?{query}" if query else address),
        "kept_query": query,
    }
    if state.complete:
        context["outcomes"] = state.outcomes(today)
        context["reminder_query"] = query
        context["change_query"] = urlencode({flow.PLATFORM: [p.slug for p in state.policies]}, True)
    elif state.policies:
        first = max(state.policies, key=lambda policy: policy.age_threshold)
        shared = flow.questions(first)
        context |= {
            "country_question": shared["country"],
            "age_question": shared["age"],
            "device_questions": [
                (
                    policy,
                    flow.device_param(policy),
                    flow.questions(policy)["device"],
                    state.errors.get(flow.device_param(policy)),
                )
                for policy in state.policies
            ],
            "no_account": flow.NO_ACCOUNT,
        }
    status = 400 if state.errors else 200
    return render(request, "policies/checklist.html", context, status=status)


@read_only
def share_image(request, platform):
    """The policy's share image in the page's language (drawn once per edit and language)."""
    from policies.share_image import share_image_response

    policy = policy_for(request, platform)
    response = share_image_response(policy, get_language() or settings.LANGUAGE_CODE, request)
    return mark_preview(request, response)
