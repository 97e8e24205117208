"""What search engines read: the sitemap of public pages, and robots.txt pointing at it.

Only plain pages are listed. A wizard state (`/guide/?country=…`) is a page for
one visitor's answers, not something to index.
"""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.http import Http404, HttpResponse
from django.urls import reverse

from policies.content import NoPublishedPolicy, published_policies
from policies.methods import read_only
from policies.page_cache import NOT_FOUND, cached_page


class _EveryLanguage(Sitemap):
    """Each address in every language, with its alternates (hreflang) and x-default."""

    i18n = True
    alternates = True
    x_default = True


class SiteSitemap(_EveryLanguage):
    """The home page: the platform's summary, or the index of several."""

    def items(self):
        return ["home"]

    def location(self, name):
        return reverse(name)


class PolicySitemap(_EveryLanguage):
    """Every published policy's own pages (not the old aliases: they point here)."""

    def items(self):
        return [
            (name, policy.slug)
            for policy in published_policies()
            for name in ("policy-home", "policy", "guide")
        ]

    def location(self, item):
        name, slug = item
        return reverse(name, args=[slug])


class RegionSitemap(_EveryLanguage):
    """One page per region of every published policy."""

    def items(self):
        return [
            (policy.slug, region.slug)
            for policy in published_policies()
            for region in policy.regions.all()
        ]

    def location(self, item):
        return reverse("region", args=list(item))


SITEMAPS = {"site": SiteSitemap, "policies": PolicySitemap, "regions": RegionSitemap}


@read_only
def robots_txt(request):
    """Everything public may be crawled. The admin is not named here (its address is meant
    to stay unguessed): it answers with X-Robots-Tag: noindex instead."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Allow: /", "", f"Sitemap: {sitemap_url}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _only_page(request, **kwargs):
    # Every page fits in one sitemap (50,000 addresses): "?p=2" and the like are not
    # found, and share the one stored 404 rather than replacing the sitemap.
    return "" if request.GET.get("p", "1") == "1" else NOT_FOUND


@cached_page(key=_only_page)
@read_only
def sitemap_xml(request):
    """The sitemap of every public page, marked for the page cache beside its view."""
    if _only_page(request) is NOT_FOUND:
        raise Http404("The sitemap has one page")
    if not published_policies():
        raise NoPublishedPolicy("No policy is published")
    return sitemap(request, sitemaps=SITEMAPS)
