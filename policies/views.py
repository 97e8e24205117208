from itertools import chain

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

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
