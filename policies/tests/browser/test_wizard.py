"""The wizard in a real Chromium: with JavaScript (htmx swaps, Back/Forward), without, and axe."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def heading(page):
    return page.locator("#wizard h1")


def continue_(page):
    page.get_by_role("button", name="Continue").click()


def test_with_javascript_the_panel_swaps_and_back_forward_keep_answers(live_server, page):
    page.goto(f"{live_server.url}/guide/")
    page.evaluate("window.notReloaded = true")

    page.get_by_label("Type to find your country").fill("germ")
    expect(page.locator("#country-field")).to_have_value("DE")
    continue_(page)
    expect(page).to_have_url(re.compile(r"/guide/\?country=DE$"))
    expect(heading(page)).to_have_text("Are you 18 or over?")
    expect(heading(page)).to_be_focused()
    expect(page.locator("#wizard-announcer")).to_contain_text("Question 2 of 3")
    expect(page).to_have_title(re.compile("Are you 18 or over"))

    page.get_by_label("Yes, I am 18 or over").check()
    continue_(page)
    expect(page).to_have_url(re.compile(r"country=DE&age=18plus$"))
    expect(heading(page)).to_have_text("How do you use LinkedIn?")

    page.get_by_label("Android app").check()
    continue_(page)
    expect(page).to_have_url(re.compile(r"country=DE&age=18plus&device=android$"))
    expect(heading(page)).to_have_text("Switch off LinkedIn’s AI training setting")
    expect(page.locator(".steps-section")).to_contain_text("Data for Generative AI Improvement")
    assert page.evaluate("window.notReloaded === true"), "the page reloaded instead of swapping"

    page.go_back()
    expect(heading(page)).to_have_text("How do you use LinkedIn?")
    expect(page.get_by_label("Android app")).to_be_checked()
    page.go_back()
    expect(heading(page)).to_have_text("Are you 18 or over?")
    expect(page.get_by_label("Yes, I am 18 or over")).to_be_checked()
    page.go_back()
    expect(heading(page)).to_have_text("Where do you live?")
    expect(page.locator("#country-field")).to_have_value("DE")

    page.go_forward()
    expect(heading(page)).to_have_text("Are you 18 or over?")
    page.go_forward()
    page.go_forward()
    expect(page).to_have_url(re.compile(r"device=android$"))
    expect(heading(page)).to_have_text("Switch off LinkedIn’s AI training setting")


def test_with_javascript_an_empty_answer_shows_the_error_summary(live_server, page):
    page.goto(f"{live_server.url}/guide/?country=DE")
    continue_(page)
    summary = page.locator(".error-summary")
    expect(summary).to_contain_text("Select whether you are 18 or over")
    expect(summary).to_be_focused()
    summary.get_by_role("link").click()
    expect(page.get_by_label("Yes, I am 18 or over")).to_be_focused()


def test_change_keeps_the_other_answers(live_server, page):
    page.goto(f"{live_server.url}/guide/?country=DE&age=18plus&device=ios")
    page.get_by_role("link", name=re.compile("Change.*Where do you live")).click()
    expect(heading(page)).to_have_text("Where do you live?")
    page.locator("#country-field").select_option("NL")
    continue_(page)
    expect(page).to_have_url(re.compile(r"country=NL&age=18plus&device=ios$"))
    expect(heading(page)).to_have_text("Switch off LinkedIn’s AI training setting")
    expect(page.locator(".status")).to_contain_text("Netherlands")


def test_without_javascript_the_same_walk_by_plain_forms(live_server, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{live_server.url}/guide/")
    expect(page.get_by_label("Type to find your country")).to_have_count(0)
    page.locator("#country-field").select_option("FR")
    continue_(page)
    expect(page).to_have_url(re.compile(r"/guide/\?country=FR$"))
    page.get_by_label("No, I am under 18").check()
    continue_(page)
    expect(page).to_have_url(re.compile(r"country=FR&age=under18$"))
    page.get_by_label("Computer browser").check()
    continue_(page)
    expect(page).to_have_url(re.compile(r"country=FR&age=under18&device=desktop$"))
    expect(heading(page)).to_have_text("Check your LinkedIn setting, to be safe")
    expect(page.locator(".lead")).to_contain_text("does not use data from members under 18")
    page.go_back()
    expect(heading(page)).to_have_text("How do you use LinkedIn?")
    no_overflow = "document.documentElement.scrollWidth <= window.innerWidth"
    assert page.evaluate(no_overflow), "the page scrolls sideways at 320 px"
    context.close()


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/policy/",
        "/policy/?region=nowhere",
        "/regions/eu/",
        "/regions/rest-of-world/",
        "/guide/",
        "/guide/?country=DE",
        "/guide/?country=DE&age=18plus",
        "/guide/?country=DE&age=",
        "/guide/?country=DE&age=18plus&device=android",
        "/guide/?country=GB&age=under18&device=ios",
        "/guide/?device=none",
    ],
)
def test_axe_finds_no_violations(live_server, page, path):
    page.goto(live_server.url + path)
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_the_objection_text_can_be_copied_with_one_click(live_server, context, page):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"{live_server.url}/guide/?country=DE&age=18plus&device=desktop")
    page.get_by_role("button", name="Copy the text").click()
    expect(page.locator(".objection-text .copy-status")).to_contain_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Hello,") and "legitimate interest" in copied


@pytest.mark.parametrize("language", ["fr", "de", "es", "it", "nl", "pl", "zh-hant"])
@pytest.mark.parametrize("path", ["", "guide/?country=DE&age=18plus&device=android"])
def test_axe_finds_no_violations_in_every_language(live_server, page, language, path):
    page.goto(f"{live_server.url}/{language}/{path}")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_switching_language_keeps_the_wizard_state(live_server, page):
    page.goto(f"{live_server.url}/guide/?country=DE&age=18plus&device=android")
    page.locator(".languages summary").click()  # one "Language" disclosure, not eight links
    page.get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(
        re.compile(r"/de/linkedin-ai-training/guide/\?country=DE&age=18plus&device=android$")
    )
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(heading(page)).to_be_visible()


@pytest.mark.parametrize(
    "query", ["country=DE&age=18plus&device=android", "country=US&age=18plus&device=desktop"]
)
def test_a_result_prints_as_a_one_page_checklist(live_server, page, query):
    page.goto(f"{live_server.url}/guide/?{query}")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", page.pdf(format="A4")))
    assert pages == 1, f"{pages} pages"
    page.emulate_media(media="print")
    expect(page.locator(".steps li").first).to_be_visible()
    expect(page.locator(".print-only")).to_contain_text("Printed from http")
    expect(page.locator("a.button").first).to_be_visible()


def test_the_page_counter_sees_long_pages(live_server, page):
    page.goto(f"{live_server.url}/policy/")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", page.pdf(format="A4"))) > 1


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/policy/",
        "/regions/eu/",
        "/guide/",
        "/guide/?country=GB&age=18plus&device=ios",
        "/de/guide/?country=DE&age=18plus&device=android",
        "/pl/policy/",
    ],
)
def test_no_page_scrolls_sideways_on_a_small_phone(live_server, browser, path):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(live_server.url + path)
    width = page.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= 320, f"{path} is {width} px wide"
