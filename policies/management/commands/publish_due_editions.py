"""Publish every draft edition whose scheduled time has come.

Run it every few minutes (cron, a systemd timer, or your platform's scheduler):
    */5 * * * *  cd /app && python manage.py publish_due_editions
Each edition is published as the publisher who scheduled it, with the note they wrote.
"""

from django.core.management.base import BaseCommand

from policies import editions


class BaseScheduled(BaseCommand):
    help = "Publish the draft editions scheduled to go live by now."

    def handle(self, *args, **options):
        published = editions.publish_due()
        for change in published:
            self.stdout.write(f"Published {change.policy}: {change.note}")
        if not published:
            self.stdout.write("No edition is due.")


Command = BaseScheduled
