import pytest
from django.contrib.auth import get_user_model

from policies.editors import sync_editors_group
from policies.models import Policy
from policies.tests.factories import PASSWORD


@pytest.fixture
def linkedin(db) -> Policy:
    """The real policy, as loaded by the content migration."""
    return Policy.objects.get(slug="linkedin-ai-training")


@pytest.fixture
def editor(db):
    user = get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True)
    user.groups.add(sync_editors_group())
    return user


@pytest.fixture
def staff_without_rights(db):
    """A staff account that may log in but belongs to no group."""
    return get_user_model().objects.create_user("visitor-staff", password=PASSWORD, is_staff=True)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
