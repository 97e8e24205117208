"""The newsletter link builder, an admin tool: the address to give out, and its preview.

Served by the admin site (policies/admin_site.py) behind its login. The preview
is read from the linked page itself, rendered by its own view.
"""

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit

from django import forms
from django.conf import settings
from django.contrib.admin import AdminSite
from django.core.exceptions import PermissionDenied
from django.core.validators import RegexValidator
from django.shortcuts import render
from django.urls import resolve, reverse
from django.utils import translation
from django.utils.translation import get_language_from_path
from django.views.decorators.http import require_GET
from django_htmx.middleware import HtmxDetails

from policies import flow
from policies.models import Device, Policy, Region

UTM_FIELDS = ("utm_source", "utm_medium", "utm_campaign")


@dataclass(frozen=True)
class NewsletterLink:
    path: str
    region: Region | None  # the region the linked page is about, if it is about one
    note: str = ""  # what the editor should know about where the link leads


def newsletter_link(
    policy: Policy,
    region: Region | None = None,
    device: str = "",
    utm: dict[str, str] | None = None,
) -> NewsletterLink:
    """Where a newsletter should send readers, from what the editor knows about them.

    A region alone goes to its page. A device goes to the guide with that
    answer given, and the country too when the region has only one.
    """
    tracking = {name: value for name, value in (utm or {}).items() if value}
    note = ""
    if device:
        listed = list(region.countries.all()) if region else []
        country = listed[0].country.code if len(listed) == 1 else None
        answers = flow.Answers(country=country, device=device).as_query()
        page = reverse("guide", args=[policy.slug])
        about = region if country else None
        if region and not country:
            note = f"“{region.name}” covers several countries, so the guide will ask which one."
    elif region:
        answers, page, about = {}, reverse("region", args=[policy.slug, region.slug]), region
    else:
        answers, page, about = {}, reverse("policy-home", args=[policy.slug]), None
    query = urlencode({**answers, **tracking})
    return NewsletterLink(f"{page}?{query}" if query else page, about, note)


utm_value = RegexValidator(
    r"\A[A-Za-z0-9_-]+\Z", message="Use only letters, digits, hyphens (-) and underscores (_)."
)


def utm_field(label: str, name: str, example: str) -> forms.CharField:
    return forms.CharField(
        label=f"{label} ({name})",
        max_length=40,
        required=False,
        validators=[utm_value],
        help_text=f"e.g. {example}",
    )


class NewsletterLinkForm(forms.Form):
    policy = forms.ModelChoiceField(
        queryset=Policy.objects.published().order_by("platform", "pk"),
        to_field_name="slug",
        required=False,
        empty_label=None,
        help_text="The platform the newsletter is about; choose it first, then its region.",
    )
    region = forms.ModelChoiceField(
        queryset=Region.objects.none(),
        to_field_name="slug",
        required=False,
        empty_label="Any region",
        help_text="Readers in one region: the link opens that region's page.",
    )
    device = forms.ChoiceField(
        choices=[("", "Any device"), *Device.choices],
        required=False,
        help_text="Readers on one kind of device: the link opens the guide with it chosen.",
    )
    utm_source = utm_field("Source", "utm_source", "newsletter")
    utm_medium = utm_field("Medium", "utm_medium", "email")
    utm_campaign = utm_field("Campaign", "utm_campaign", "2026-12-eu")

    def __init__(self, *args, policy: Policy, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = policy.regions.prefetch_related("countries")


class _OpenGraph(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("property") or "").startswith("og:"):
            self.tags.setdefault(attrs["property"], attrs.get("content") or "")


def page_share_tags(request, path: str) -> dict[str, str]:
    """The share tags the linked page itself sends: the page is rendered by its own view
    (as a visitor gets it, from the page cache or fresh), so the preview cannot differ."""
    from django.test import RequestFactory

    address = urlsplit(path)
    visitor = RequestFactory().get(
        address.path,
        dict(parse_qsl(address.query)),
        headers={"host": request.get_host()},
        secure=request.is_secure(),
    )
    language = get_language_from_path(address.path) or settings.LANGUAGE_CODE
    with translation.override(language):
        match = resolve(address.path)
        visitor.resolver_match = match
        visitor.htmx = HtmxDetails(visitor)
        response = match.func(visitor, *match.args, **match.kwargs)
        if hasattr(response, "render"):
            response.render()
    parser = _OpenGraph()
    parser.feed(response.content.decode("utf-8", "replace"))
    return parser.tags


@require_GET
def newsletter_link_view(request, site: AdminSite):
    """A GET form: building a link changes nothing and stores nothing."""
    if not request.user.has_perm("policies.view_region"):
        raise PermissionDenied
    context = site.each_context(request) | {"title": "Newsletter link"}
    published = Policy.objects.published().order_by("platform", "pk")
    policy = published.filter(slug=request.GET.get("policy", "")).first() or published.first()
    if policy is None:
        return render(request, "admin/policies/newsletter_link.html", context)
    form = NewsletterLinkForm(request.GET or None, policy=policy, initial={"policy": policy})
    context["form"] = form
    if form.is_valid():
        data = form.cleaned_data
        link = newsletter_link(
            policy, data["region"], data["device"], {name: data[name] for name in UTM_FIELDS}
        )
        tags = page_share_tags(request, link.path)
        context |= {
            "link": link,
            "link_url": request.build_absolute_uri(link.path),
            "share_title": tags.get("og:title", ""),
            "share_description": tags.get("og:description", ""),
            "share_image_url": tags.get("og:image", ""),
            "host": request.get_host(),
        }
    return render(request, "admin/policies/newsletter_link.html", context)
