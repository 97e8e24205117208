"""What search engines read: the sitemap of public pages, and robots.txt pointing at it.

Only plain pages are listed. A wizard state (`/guide/?country=…`) is a page for
one visitor's answers, not something to index.
"""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap
from django.http import Http404, HttpResponse
from django.urls import reverse

from policies.content import published_policy
from policies.methods import read_only
from policies.page_cache import NOT_FOUND, cached_page


class PageSitemap(Sitemap):
    """The pages every visitor can reach from the home page."""

    def items(self):
        return ["home", "policy", "guide"]

    def location(self, name):
        return reverse(name)


class RegionSitemap(Sitemap):
    """One page per region of the policy the public pages show."""

    def items(self):
        return published_policy().regions.all()

    def location(self, region):
        return reverse("region", args=[region.slug])


SITEMAPS = {"pages": PageSitemap, "regions": RegionSitemap}


@read_only
def robots_txt(request):
    """Everything public may be crawled. The admin is not named here (its address is meant
    to stay unguessed): it answers with X-Robots-Tag: noindex instead."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Allow: /", "", f"Sitemap: {sitemap_url}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def _only_page(request):
    # Every page fits in one sitemap (50,000 addresses): "?p=2" and the like are not
    # found, and share the one stored 404 rather than replacing the sitemap.
    return "" if request.GET.get("p", "1") == "1" else NOT_FOUND


@cached_page(key=_only_page)
@read_only
def sitemap_xml(request):
    """The sitemap of every public page, marked for the page cache beside its view."""
    if _only_page(request) is NOT_FOUND:
        raise Http404("The sitemap has one page")
    return sitemap(request, sitemaps=SITEMAPS)
