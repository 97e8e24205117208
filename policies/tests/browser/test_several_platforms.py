"""Several platforms in a real Chromium: the index and the checklist, on phones, with and
without JavaScript, in English and German, with no accessibility violations."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from policies.tests.test_policies import make_meta

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PAGES = [
    "/",
    "/checklist/",
    "/checklist/?platform=linkedin-ai-training&platform=meta",
    "/checklist/?platform=linkedin-ai-training&platform=meta&country=DE&age=18plus"
    "&device-linkedin-ai-training=desktop&device-meta=ios",
]


@pytest.fixture
def two_platforms(linkedin):
    return make_meta()


@pytest.mark.parametrize("javascript", [True, False], ids=["with JS", "without JS"])
def test_a_visitor_of_two_platforms_gets_one_checklist(
    live_server, browser, two_platforms, javascript
):
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
        java_script_enabled=javascript,
    )
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.get_by_label("LinkedIn", exact=True).check()
    page.get_by_label("Meta", exact=True).check()
    page.get_by_role("button", name="Make my checklist").click()
    page.get_by_label("Where do you live?").select_option("DE")
    page.get_by_label("Yes, I am 18 or over").check()
    page.locator('input[name="device-linkedin-ai-training"][value="desktop"]').check()
    page.locator('input[name="device-meta"][value="ios"]').check()
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Your checklist")).to_be_visible()
    expect(
        page.get_by_role("heading", name="Switch off LinkedIn’s AI training setting")
    ).to_be_visible()
    expect(
        page.get_by_role("heading", name="Switch off Meta’s AI training setting")
    ).to_be_visible()
    expect(page.get_by_text("Tap Object")).to_be_visible()
    assert "device-meta=ios" in page.url  # the state is an address: shareable, printable
    context.close()


@pytest.mark.parametrize("size", [(390, 844), (320, 568)], ids=["390", "320"])
@pytest.mark.parametrize("language", ["", "/de"], ids=["en", "de"])
def test_the_pages_of_several_platforms_fit_a_phone_and_pass_axe(
    live_server, browser, two_platforms, size, language
):
    width, height = size
    context = browser.new_context(
        viewport={"width": width, "height": height}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    problems = []
    for path in PAGES:
        page.goto(live_server.url + language + path)
        sideways = page.evaluate("document.documentElement.scrollWidth") - width
        if sideways > 0:
            problems.append(f"{language}{path}: {sideways}px sideways")
        results = Axe().run(page)
        if results.violations_count:
            problems.append(f"{language}{path}: {results.generate_report()}")
    context.close()
    assert not problems, "\n".join(problems)
