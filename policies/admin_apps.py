"""Django's admin app, installed with the guide's admin site (policies/admin_site.py).

A module of its own: INSTALLED_APPS imports it before models are ready, and
policies/apps.py must keep a single AppConfig for "policies".
"""

from django.contrib.admin.apps import AdminConfig


class GuideAdminConfig(AdminConfig):
    """django.contrib.admin, with the guide's admin site and its newsletter link builder."""

    default_site = "policies.admin_site.GuideAdminSite"
