"""The admin site: Django's, with the review dashboard on its home page, and the
newsletter link builder and Recent changes among its pages.

Installed as the default admin site through GuideAdminConfig (policies/admin_apps.py),
Django's documented way to extend the admin's URLs without patching them.
"""

from django.contrib import admin
from django.urls import path

from policies.newsletter import newsletter_link_view
from policies.recent_changes import recent_changes_view


class GuideAdminSite(admin.AdminSite):
    site_header = "optout-guide: content"
    site_title = "optout-guide admin"
    index_title = "What the public site says"

    def index(self, request, extra_context=None):
        from policies.dashboard import review_sections  # reads the registered admins

        extra_context = {**(extra_context or {}), "review": review_sections(request, self)}
        return super().index(request, extra_context)

    def get_urls(self):
        builder = path(
            "policies/newsletter-link/",
            self.admin_view(newsletter_link_view),
            {"site": self},
            name="newsletter_link",
        )
        recent = path(
            "recent-changes/",
            self.admin_view(recent_changes_view),
            {"site": self},
            name="recent_changes",
        )
        # First, so the site's catch-all for unknown addresses never sees them.
        return [builder, recent, *super().get_urls()]
