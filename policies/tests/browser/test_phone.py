"""The visitor's minute on a phone: the action in the first screen, nothing sideways, small header.

Real Chromium with phone contexts (touch, mobile viewport) at 390×844 and 320×568.
"""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DEVICES = ["desktop", "mobile-web", "ios", "android"]
LINK_FIRST = {"desktop", "mobile-web"}
LANGUAGES = ["en", "fr", "de", "es", "it", "nl", "pl", "zh-hant"]


def prefix(language: str) -> str:
    return "" if language == "en" else f"/{language}"


def bottom(page, selector: str) -> float:
    return page.locator(selector).first.evaluate("e => e.getBoundingClientRect().bottom")


def overflow(page) -> int:
    """How far the page scrolls sideways, in CSS pixels (0: not at all)."""
    return page.evaluate("document.documentElement.scrollWidth") - page.viewport_size["width"]


@pytest.mark.parametrize("language", ["en", "de", "zh-hant"])
@pytest.mark.parametrize("device", DEVICES)
def test_the_action_is_in_the_first_screen(live_server, phone, device, language):
    height = phone.viewport_size["height"]
    phone.goto(f"{live_server.url}{prefix(language)}/guide/?country=DE&age=18plus&device={device}")
    assert overflow(phone) == 0
    if device in LINK_FIRST:
        button = phone.locator(".button.primary")
        expect(button).to_have_attribute("href", re.compile(r"^https://www\.linkedin\.com/"))
        # At 390×844 for every device; at 320×568 too, for a browser result.
        assert bottom(phone, ".button.primary") <= height
    else:
        step_one = ".main-steps li:first-child .step-text"
        alternative = ".main-steps li:first-child .alt-link"
        assert phone.locator(".main-steps li").count() >= 3
        if height >= 844:
            assert bottom(phone, step_one) <= height
            assert bottom(phone, alternative) <= height
        expect(phone.locator(alternative)).to_have_attribute(
            "href", re.compile(r"^https://www\.linkedin\.com/")
        )


@pytest.mark.parametrize(
    "query",
    ["country=GB&age=under18&device=desktop", "device=none", "country=FR&device=none"],
    ids=["under-18", "no-account", "no-account-with-country"],
)
def test_under_18_and_no_account_pages_also_lead_with_the_action(live_server, phone, query):
    phone.goto(f"{live_server.url}/guide/?{query}")
    assert overflow(phone) == 0
    assert bottom(phone, ".button.primary") <= phone.viewport_size["height"]


def test_no_page_scrolls_sideways_and_the_header_stays_small_in_any_language(live_server, browser):
    context = browser.new_context(
        viewport={"width": 320, "height": 568}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    paths = [
        "/",
        "/policy/",
        "/regions/eu/",
        "/regions/rest-of-world/",
        "/guide/",
        "/guide/?country=DE",
        "/guide/?country=DE&age=18plus",
        "/guide/?country=DE&age=",
        "/guide/?country=US&age=18plus&device=mobile-web",
        "/guide/?country=GB&age=18plus&device=ios",
        "/guide/?country=CH&age=under18&device=android",
        "/guide/?device=none",
        "/no-such-page/",
    ]
    problems = []
    for language in LANGUAGES:
        for path in paths:
            page.goto(f"{live_server.url}{prefix(language)}{path}")
            if (sideways := overflow(page)) > 0:
                problems.append(f"{language} {path}: {sideways}px sideways")
            header = bottom(page, ".site-header")
            if header > 568 / 4:
                problems.append(f"{language} {path}: header {header:.0f}px high")
    context.close()
    assert not problems, problems


def test_the_language_choice_works_without_javascript_and_keeps_the_answers(live_server, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 568})
    page = context.new_page()
    page.goto(f"{live_server.url}/guide/?country=DE&age=18plus&device=ios")
    page.locator(".languages summary").click()
    page.get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(
        re.compile(r"/de/linkedin-ai-training/guide/\?country=DE&age=18plus&device=ios$")
    )
    expect(page.locator("html")).to_have_attribute("lang", "de")
    context.close()


def test_back_after_an_error_shows_the_question_without_the_old_error(live_server, page):
    page.goto(f"{live_server.url}/guide/?country=DE")
    page.get_by_role("button", name="Continue").click()
    expect(page.locator(".error-summary")).to_be_visible()
    page.get_by_label("Yes, I am 18 or over").check()
    page.get_by_role("button", name="Continue").click()
    expect(page.locator("#wizard h1")).to_have_text("How do you use LinkedIn?")
    page.go_back()
    expect(page.locator("#wizard h1")).to_have_text("Are you 18 or over?")
    expect(page.locator(".error-summary")).to_have_count(0)
    expect(page.locator(".field-error")).to_have_count(0)


def test_the_back_link_is_a_real_link_to_the_previous_question(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/guide/?country=DE&age=18plus")
    expect(page.locator(".or-divider")).to_be_visible()
    page.get_by_role("link", name="Back", exact=True).click()
    expect(page.locator("#wizard h1")).to_have_text("Are you 18 or over?")
    expect(page.get_by_label("Yes, I am 18 or over")).to_be_checked()
    page.get_by_role("link", name="Back", exact=True).click()
    expect(page.locator("#wizard h1")).to_have_text("Where do you live?")
    expect(page.locator("#country-field")).to_have_value("DE")
    expect(page.get_by_role("link", name="Back", exact=True)).to_have_count(0)
    context.close()


def test_targets_are_at_least_24_px(live_server, phone):
    phone.goto(f"{live_server.url}/guide/?country=DE&age=18plus&device=desktop")
    phone.locator("details.sources summary").click()
    for selector in ["sup.cite a", ".answer-row .change a"]:
        sizes = phone.locator(selector).evaluate_all(
            "els => els.map(e => [e.offsetWidth, e.offsetHeight])"
        )
        assert sizes, selector
        assert all(w >= 24 and h >= 24 for w, h in sizes), (selector, sizes)


def test_a_citation_mark_opens_the_sources(live_server, page):
    page.goto(f"{live_server.url}/guide/?country=DE&age=18plus&device=desktop")
    sources = page.locator("details.sources")
    expect(sources).not_to_have_attribute("open", "")
    page.locator(".status sup.cite a").first.click()
    expect(sources).to_have_attribute("open", "")
    expect(page.locator(".references li:target")).to_be_visible()


def test_share_copies_the_clean_address_where_there_is_no_share_sheet(live_server, browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{live_server.url}/guide/?country=DE&age=18plus&device=ios&utm_source=letter")
    page.evaluate("delete Navigator.prototype.share")
    page.get_by_role("button", name="Share these steps").click()
    expect(page.locator(".keep .copy-status")).to_have_text("Link copied.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.endswith("/guide/?country=DE&age=18plus&device=ios")
    context.close()


@pytest.mark.parametrize(
    "query",
    ["country=DE&age=18plus&device=ios", "country=GB&age=under18&device=desktop", "device=none"],
)
def test_result_kinds_have_no_accessibility_violations_on_a_phone(live_server, phone, query):
    phone.goto(f"{live_server.url}/guide/?{query}")
    results = Axe().run(phone)
    assert results.violations_count == 0, results.generate_report()
