import os
import shutil

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import sync_playwright

from policies.editors import sync_editors_group, sync_publishers_group
from policies.models import Policy
from policies.tests.factories import PASSWORD

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# This machine has no network beyond package registries: keep Chromium from
# reaching out on its own (updates, safe browsing, metrics).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, driven by Playwright (which cannot download its own here)."""
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}: run ./scripts/test, which installs it.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def linkedin(db) -> Policy:
    """The real policy, as loaded by the content migration."""
    return Policy.objects.get(slug="linkedin-ai-training")


@pytest.fixture
def local_site():
    """A real HTTP server on 127.0.0.1, in a thread (policies/tests/local_site.py)."""
    from policies.tests.local_site import LocalSite

    with LocalSite() as site:
        yield site


@pytest.fixture
def editor(db):
    """An editor who is also a publisher (may change the current edition in place)."""
    user = get_user_model().objects.create_user("editor", password=PASSWORD, is_staff=True)
    user.groups.add(sync_editors_group(), sync_publishers_group())
    return user


@pytest.fixture
def drafter_client(drafter):
    from django.test import Client

    client = Client()
    client.force_login(drafter)
    return client


@pytest.fixture
def drafter(db):
    """An editor who is not a publisher: changes drafts, never what visitors see."""
    user = get_user_model().objects.create_user("drafter", password=PASSWORD, is_staff=True)
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


@pytest.fixture(scope="session", autouse=True)
def _start_playwright_before_the_database(request):
    """Start the browser before any test touches the database.

    Playwright's sync API installs an asyncio event loop in this thread, and
    Django's per-context connection storage then hands tests a different
    connection object than the one the test database was set up on; the
    transactional browser tests would lose their serialized content. Starting
    Playwright first keeps one connection throughout.
    """
    if any("/browser/" in str(item.path) for item in request.session.items):
        request.getfixturevalue("browser")


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with no cached pages: the database rolls back, the cache would not."""
    from django.core.cache import cache

    from policies import content

    # A test that made the cache fail must not leave the next one without it
    # (content.py stays off a failed cache for CACHE_RETRY_AFTER seconds).
    content._cache_down_until = 0.0
    cache.clear()
    yield
    cache.clear()
    content._cache_down_until = 0.0


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A request through the test client leaves its language active in this thread: reset it,
    so that a test never depends on the language the previous test's last page was in."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
