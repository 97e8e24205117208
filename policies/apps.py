from django.apps import AppConfig
from django.db.models.signals import post_migrate


class PoliciesConfig(AppConfig):
    name = "policies"
    verbose_name = "Policy content"

    def ready(self):
        from policies import content, editors, plain_text

        post_migrate.connect(editors.after_migrate, sender=self)
        content.connect_signals()
        plain_text.connect_signals()
