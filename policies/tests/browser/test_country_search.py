"""The country filter on a phone (Chromium): every kind of name finds its country; nothing moves."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# query: the country it must find, and pick (a single match, or an exact name).
NAMES = {
    "Deutschland": "DE",
    "España": "ES",
    "Italia": "IT",
    "Polska": "PL",
    "Nederland": "NL",
    "Éire": "IE",
    "Schweiz": "CH",
    "Suisse": "CH",
    "Svizzera": "CH",
    "Swiss": "CH",
    "Scotland": "GB",
    "Wales": "GB",
    "England": "GB",
    "Northern Ireland": "GB",
    "Great Britain": "GB",
    "Britain": "GB",
    "U.K.": "GB",
    "UK": "GB",
    "Turkey": "TR",
    "Czech Republic": "CZ",
    "Ivory Coast": "CI",
    "Holland": "NL",
    "USA": "US",
    "America": "US",
    "Burma": "MM",
    "Swaziland": "SZ",
    "Macedonia": "MK",
    "香港": "HK",
    "澳門": "MO",
    "臺灣": "TW",
    "台灣": "TW",
    "germ": "DE",
}
PREFIX = {"en": "/", "de": "/de/", "zh-hant": "/zh-hant/"}
FILTER_LABEL = {
    "en": "Type to find your country",
    "de": "Tippen Sie, um Ihr Land zu finden",
    "zh-hant": "輸入文字以搜尋您的國家或地區",
}
NO_MATCH = {
    "en": "No country matches “xqzw”. Choose from the full list below.",
    "de": "Kein Land passt zu „xqzw“. Wählen Sie aus der vollständigen Liste unten.",
    "zh-hant": "沒有符合「xqzw」的國家或地區。請從下方的完整清單中選擇。",
}
# Every layout shift since the held-back scripts were let through (open_with_scripts_late
# marks the moment), from a buffered observer: what the filter's arrival moves. A shift
# before that (a page still streaming in on a loaded machine) is not the filter's. Measured
# before anything is typed, so all count (Chromium under automation may flag a shift as
# following input when none came).
CLS = """() => new Promise(resolve => {
  const since = window.__scriptsReleased || 0;
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (entry.startTime >= since) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 500);
})"""
OPTIONS = "() => [...document.querySelectorAll('#country-field option')].map(o => o.value)"


def open_with_scripts_late(page, url):
    """As on a phone's network: the page is painted before its scripts run, so a shift shows."""
    held = []
    page.route(lambda address: address.endswith(".js"), lambda route: held.append(route))
    page.goto(url, wait_until="commit")
    painted = "performance.getEntriesByType('paint').length > 0"
    while not page.evaluate(painted) or not any("guide" in r.request.url for r in held):
        page.wait_for_timeout(20)
    page.wait_for_timeout(100)  # a frame or two with the page as the server sent it
    page.evaluate("window.__scriptsReleased = performance.now()")
    for route in held:
        route.continue_()
    page.unroute_all()
    page.wait_for_load_state("load")


def filter_box(page, language="en"):
    return page.get_by_label(FILTER_LABEL[language])


@pytest.mark.parametrize("language", ["en", "de", "zh-hant"])
def test_every_name_finds_its_country_and_nothing_moves(live_server, phone, language):
    page = phone
    open_with_scripts_late(page, f"{live_server.url}{PREFIX[language]}guide/")
    expect(filter_box(page, language)).to_be_visible()
    assert page.evaluate(CLS) == 0, "the page moved as the filter appeared"
    width = page.viewport_size["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width, "it scrolls sideways"

    every = page.evaluate(OPTIONS)
    assert len(every) > 240
    select, status = page.locator("#country-field"), page.locator(".country-filter [aria-live]")
    for query, code in NAMES.items():
        filter_box(page, language).fill(query)
        assert code in page.evaluate(OPTIONS), f"{query!r} does not list {code}"
        expect(select, f"{query!r} picks {code}").to_have_value(code)
        expect(status).not_to_be_empty()

    filter_box(page, language).fill("xqzw")
    expect(status).to_have_text(NO_MATCH[language])
    assert page.evaluate(OPTIONS) == every, "with no match, the whole list stays"
    expect(select).to_have_value("")
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    filter_box(page, language).fill("")
    assert page.evaluate(OPTIONS) == every


def test_a_choice_the_query_no_longer_finds_is_not_sent(live_server, phone):
    page = phone
    page.goto(f"{live_server.url}/guide/")
    select = page.locator("#country-field")
    filter_box(page).fill("Germ")
    expect(select).to_have_value("DE")
    expect(page.locator(".country-filter [aria-live]")).to_have_text("Germany selected")
    filter_box(page).fill("united")
    expect(page.locator(".country-filter [aria-live]")).to_have_text("4 countries match")
    expect(select).to_have_value("")
    assert page.evaluate(OPTIONS) == ["", "AE", "GB", "US", "UM"]  # in the list's order
    page.get_by_role("button", name="Continue").click()
    expect(page.locator(".error-summary")).to_contain_text("Select the country where you live")
    expect(page).not_to_have_url(re.compile("country=DE"))


@pytest.mark.parametrize("phone", ["390x844"], indirect=True)
def test_enter_sends_the_country_found_and_back_shows_the_whole_list(live_server, phone):
    page = phone
    page.goto(f"{live_server.url}/guide/")
    every = page.evaluate(OPTIONS)
    filter_box(page).fill("Schweiz")
    filter_box(page).press("Enter")
    expect(page).to_have_url(re.compile(r"/guide/\?country=CH$"))
    page.go_back()
    expect(page.locator("#wizard h1")).to_have_text("Where do you live?")
    expect(page.locator("#country-field")).to_have_value("CH")
    assert page.evaluate(OPTIONS) == every
    expect(filter_box(page)).to_have_count(1)


@pytest.mark.parametrize("phone", ["320x568"], indirect=True)
def test_nothing_moves_in_the_other_languages_either(live_server, phone):
    for language in ["fr", "es", "it", "nl", "pl"]:  # the longest labels wrap at 320 px
        open_with_scripts_late(phone, f"{live_server.url}/{language}/guide/")
        expect(phone.locator("#country-filter-input")).to_be_visible()
        assert phone.evaluate(CLS) == 0, language
