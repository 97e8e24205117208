from itertools import chain

from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from django_htmx.http import push_url
from django_htmx.middleware import HtmxDetails

from policies import flow
from policies.citations import References
from policies.models import Fact, Policy


@require_GET
def home(request):
    policy = Policy.objects.published().with_overview().first()
    if policy is None:
        return render(request, "policies/no_policy.html")
    regions = policy.regions.all()
    facts = policy.facts.all()
    categories = policy.data_categories.all()
    exclusions = policy.exclusions.all()
    references = References.cited_by(chain([policy], regions, facts, categories, exclusions))
    return render(
        request,
        "policies/home.html",
        {
            "policy": policy,
            "regions": regions,
            "practice_facts": [f for f in facts if f.topic == Fact.Topic.PRACTICE],
            "opting_out_facts": [f for f in facts if f.topic == Fact.Topic.OPTING_OUT],
            "categories": categories,
            "exclusions": exclusions,
            "references": references,
            "today": timezone.localdate(),
        },
    )


@require_GET
@vary_on_headers("HX-Request")
def guide(request):
    """The wizard: one question at a time, then the visitor's own steps.

    htmx requests get only the panel that changes; everything else, and every
    visitor without JavaScript, gets the whole page at the same address.
    """
    policy = Policy.objects.published().with_content().first()
    if policy is None:
        return render(request, "policies/no_policy.html")
    asked = flow.questions(policy)
    answers, errors = flow.read_answers(dict(request.GET.lists()), asked)
    showing = next(iter(errors), None) or flow.next_question(answers, request.GET.get("change"))
    context = {
        "policy": policy,
        "answers": answers,
        "given": flow.answers_given(answers, asked),
    }
    if showing:
        question = asked[showing]
        context |= {
            "question": question,
            "error": errors.get(showing),
            "selected": getattr(answers, showing),
            "carried": answers.around(showing),
        }
    else:
        context["outcome"] = flow.outcome(policy, answers, timezone.localdate())
        context["references"] = context["outcome"].references
    htmx: HtmxDetails = request.htmx
    query = answers.url_query()
    canonical = f"{request.path}?{query}" if query else request.path
    answered = flow.ANSWERING in request.GET and not errors
    if answered and not htmx:
        # A plain form submit: move to the clean address of the new state.
        return redirect(canonical)
    partial = htmx and not htmx.history_restore_request
    template = "policies/guide.html#panel" if partial else "policies/guide.html"
    response = render(request, template, context, status=400 if errors else 200)
    if answered:
        push_url(response, canonical)
    return response
