"""Playwright driving Debian's Chromium against pytest-django's live server."""

import os

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    yield context
    context.close()


@pytest.fixture
def page(context):
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


# The phones every visitor-facing change is checked on.
PHONES = {"390x844": (390, 844), "320x568": (320, 568)}


@pytest.fixture(params=list(PHONES))
def phone(request, browser):
    """A page in a phone's browser context (touch, mobile viewport): both sizes unless a test
    picks one with `@pytest.mark.parametrize("phone", ["320x568"], indirect=True)`."""
    width, height = PHONES[request.param]
    context = browser.new_context(
        viewport={"width": width, "height": height}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()
