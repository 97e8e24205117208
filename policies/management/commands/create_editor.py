import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from policies.editors import sync_editors_group, sync_publishers_group


class Command(BaseCommand):
    help = (
        "Create a privacy editor: a staff account that can edit, review and revert "
        "content in admin, but not users or groups. Prints a one-time password."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--publisher",
            action="store_true",
            help="Also a privacy publisher: may publish, unpublish and delete a policy.",
        )

    def handle(self, username, email, publisher=False, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            raise CommandError(f"A user called {username!r} already exists.")
        password = secrets.token_urlsafe(12)
        user = User.objects.create_user(username, email=email, password=password, is_staff=True)
        user.groups.add(sync_editors_group())
        if publisher:
            user.groups.add(sync_publishers_group())
        self.stdout.write(
            f"Created privacy editor {username!r} with password {password}\n"
            "Ask them to change it after their first login (top right: Change password)."
        )
