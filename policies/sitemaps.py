"""What search engines read: the sitemap of public pages, and robots.txt pointing at it.

Only plain pages are listed. A wizard state (`/guide/?country=…`) is a page for
one visitor's answers, not something to index.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from policies.models import Region
from policies.page_cache import current_policy


class PageSitemap(Sitemap):
    """The pages every visitor can reach from the home page."""

    def items(self):
        return ["home", "policy", "guide"]

    def location(self, name):
        return reverse(name)


class RegionSitemap(Sitemap):
    """One page per region of the policy the public pages show."""

    def items(self):
        policy = current_policy()
        return policy.regions.all() if policy else Region.objects.none()

    def location(self, region):
        return reverse("region", args=[region.slug])


SITEMAPS = {"pages": PageSitemap, "regions": RegionSitemap}


@require_safe
def robots_txt(request):
    admin_path = getattr(settings, "ADMIN_URL", "admin/").strip("/")
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Allow: /",
        f"Disallow: /{admin_path}/",
        "",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
