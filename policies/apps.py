from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PoliciesConfig(AppConfig):
    name = "policies"
    verbose_name = "Policy content"

    def ready(self):
        from django.contrib import admin

        from policies import editors, link_builder, page_cache

        post_migrate.connect(editors.after_migrate, sender=self)
        page_cache.connect_signals()
        link_builder.add_to_admin(admin.site)
