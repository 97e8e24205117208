"""A second platform built entirely in the admin, in a real browser, by an editor; previewed
while unpublished, published, then walked by a visitor on a phone in English and German.
LinkedIn's old addresses show the same pages before and after.

With OPTOUT_SCREENSHOTS=docs/screenshots it also saves there the screenshots the README shows:
the region form's countries picker, and at 390 px the visitor's result and the pages only two
published platforms have (the index, the combined checklist's questions and a finished one).
"""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from policies.models import Policy, Region
from policies.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SCREENSHOTS = (
    Path(os.environ["OPTOUT_SCREENSHOTS"]) if os.environ.get("OPTOUT_SCREENSHOTS") else None
)

# LinkedIn's addresses from before the site carried several platforms (a sample; every one is
# compared byte for byte in test_policies.py).
LINKEDIN_OLD = ["/guide/?country=DE&age=18plus&device=ios", "/policy/", "/regions/uk/"]

META_TITLE = "Meta: AI training on Facebook and Instagram posts"
SETTINGS_URL = "https://www.facebook.com/privacy/genai"
OBJECTION_URL = "https://www.facebook.com/help/contact/object"
ROUTE_URL = "https://help.instagram.com/contact/object"


def save(page, added="was added successfully"):
    # (The steps form has Save at its top too, so Enter never presses "Move up".)
    page.get_by_role("button", name="Save", exact=True).last.click()
    expect(page.locator(".messagelist")).to_contain_text(added)


def fill_with_slug(page, label, text, slug):
    """Fill a field the admin makes the slug from, then give the slug its own value."""
    page.get_by_label(label, exact=True).fill(text)
    page.get_by_label(label, exact=True).blur()  # the admin fills the slug from it
    page.get_by_label("Slug:", exact=True).fill(slug)
    page.get_by_label("Slug:", exact=True).blur()  # the editor's own now: left alone
    expect(page.get_by_label("Slug:", exact=True)).to_have_value(slug)


def pick_source(page, key):
    """Choose a source in the form's sources field (an autocomplete: select2) by its key."""
    field = page.locator("#id_sources + .select2")
    field.locator(".select2-selection").click()
    page.locator(".select2-search__field").fill(key)
    page.locator(".select2-results__option", has_text=f"[{key}]").click()
    expect(field.locator(".select2-selection__choice")).to_contain_text(f"[{key}]")


def pick_countries(page, names):
    """Type each into the countries filter box, choose it, move it with the arrow."""
    available = page.locator("#id_country_list_from")
    chosen = page.locator("#id_country_list_to")
    filter_box = page.locator("#id_country_list_input")
    for name in names:
        filter_box.fill("")
        filter_box.press_sequentially(name[:4])  # the filter listens to key presses
        expect(available.locator("option", has_text=re.compile(f"^{name}$"))).to_have_count(1)
        available.select_option(label=name)
        page.get_by_role("button", name="Choose selected countries", exact=True).click()
        expect(chosen.locator("option", has_text=re.compile(f"^{name}$"))).to_have_count(1)


def screenshot_of_countries(page, path):
    """The region form's sources and countries, the width of the form."""
    scroll_x, scroll_y = page.evaluate("[window.scrollX, window.scrollY]")
    top = page.locator(".form-row.field-sources").first.bounding_box()
    countries = page.locator(".form-row.field-country_list").bounding_box()
    page.screenshot(
        path=path,
        full_page=True,  # the clip is then in the page's coordinates
        clip={
            "x": countries["x"] + scroll_x,
            "y": top["y"] + scroll_y,
            "width": countries["width"],
            "height": countries["y"] + countries["height"] - top["y"],
        },
    )


def texts(page, base, paths):
    pages = {}
    for path in paths:
        response = page.goto(base + path)
        assert response.status == 200, path
        pages[path] = page.locator("body").inner_text()
    return pages


def walk(page, base, prefix, words):
    """From the home (the index of platforms) to Meta's result for Germany / 18+ / Android."""
    page.goto(f"{base}{prefix}/")
    expect(page.locator("h1")).to_have_text(words["index"])
    page.get_by_role("link", name=words["steps_for"], exact=True).click()
    expect(page).to_have_url(f"{base}{prefix}/meta/guide/")
    page.get_by_label(words["find_country"], exact=True).fill(words["country"])
    expect(page.locator("#country-field")).to_have_value("DE")
    page.get_by_role("button", name=words["continue"], exact=True).click()
    page.get_by_label(words["adult"], exact=True).check()
    page.get_by_role("button", name=words["continue"], exact=True).click()
    page.get_by_label(words["android"], exact=True).check()
    page.get_by_role("button", name=words["continue"], exact=True).click()
    expect(page).to_have_url(f"{base}{prefix}/meta/guide/?country=DE&age=18plus&device=android")
    expect(page.locator("#wizard h1")).to_have_text(words["result"])
    steps = page.locator(".main-steps li .step-text")
    expect(steps).to_have_text(["Open Facebook's menu, then Settings & privacy", "Tap Object"])
    settings_link = page.get_by_role("link", name=words["settings_link"], exact=True)
    expect(settings_link).to_be_visible()
    expect(settings_link).to_have_attribute("href", SETTINGS_URL)
    expect(page.get_by_role("link", name="Object on Instagram", exact=True)).to_have_attribute(
        "href", ROUTE_URL
    )
    expect(page.locator("body")).not_to_contain_text("linkedin.com/mypreferences")
    sideways = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert sideways <= 0, f"the result scrolls sideways by {sideways} px"


ENGLISH = {
    "index": "Stop platforms using your data to train AI",
    "steps_for": "Steps for Meta",
    "find_country": "Type to find your country",
    "country": "germ",
    "continue": "Continue",
    "adult": "Yes, I am 18 or over",
    "android": "Android app",
    "result": "Switch off Meta’s AI training setting",
    "settings_link": "Or open the setting in your browser",
}
GERMAN = {
    "index": "Verhindern Sie, dass Plattformen Ihre Daten zum Training von KI nutzen",
    "steps_for": "Schritte für Meta",
    "find_country": "Tippen Sie, um Ihr Land zu finden",
    "country": "Deutschland",
    "continue": "Weiter",
    "adult": "Ja, ich bin 18 Jahre oder älter",
    "android": "Android-App",
    "result": "Schalten Sie die KI-Trainingseinstellung von Meta aus",
    "settings_link": "Oder öffnen Sie die Einstellung im Browser",
}


@pytest.fixture
def visitor(browser):
    """A visitor's phone: its own browser context (no editor's session), 390 × 844."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def desk(browser):
    """The editor's computer."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_an_editor_builds_a_second_platform_in_the_admin_and_a_visitor_walks_it(
    live_server, editor, desk, visitor
):
    base = live_server.url
    page = desk
    before = texts(visitor, base, LINKEDIN_OLD)

    # The editor logs in through the login form.
    page.goto(f"{base}/admin/")
    page.get_by_label("Username:", exact=True).fill(editor.username)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Log in", exact=True).click()
    expect(page.get_by_role("heading", name="What the public site says")).to_be_visible()

    # 1. The source the policy rests on.
    page.goto(f"{base}/admin/policies/source/add/")
    page.get_by_label("Key:", exact=True).fill("M1")
    page.get_by_label("Title:", exact=True).fill("How Meta uses information for generative AI")
    page.get_by_label("Publisher:", exact=True).fill("Meta")
    page.get_by_label("Address:", exact=True).fill(SETTINGS_URL)
    page.get_by_label("Confidence:", exact=True).select_option(label="Confirmed")
    save(page)

    # 2. The policy: its addresses on the platform's domains, one objection route.
    page.goto(f"{base}/admin/policies/policy/add/")
    fill_with_slug(page, "Title [en]:", META_TITLE, "meta")
    page.get_by_label("Platform:", exact=True).fill("Meta")
    page.get_by_label("Summary [en]:", exact=True).fill(
        "Meta trains its AI on public posts, photos and comments from adults on Facebook "
        "and Instagram."
    )
    page.get_by_label("Setting name:", exact=True).fill("Object to your information being used")
    page.get_by_label("The platform's domains:", exact=True).fill("facebook.com\ninstagram.com")
    page.get_by_label("Settings deep link:", exact=True).fill(SETTINGS_URL)
    page.get_by_label("Objection form:", exact=True).fill(OBJECTION_URL)
    page.get_by_label("How members opt out:", exact=True).select_option(
        label="A setting they switch off"
    )
    page.get_by_label("Last reviewed:", exact=True).fill("2026-11-01")
    pick_source(page, "M1")
    page.get_by_role("button", name="Add another Objection route", exact=True).click()
    route = page.locator("#objection_routes-0")
    route.get_by_label("Order:", exact=True).fill("1")
    route.get_by_label("Label [en]:", exact=True).fill("Object on Instagram")
    route.get_by_label("Address:", exact=True).fill(ROUTE_URL)
    save(page)
    meta = Policy.objects.get(slug="meta")
    assert not meta.is_published
    assert meta.domains() == ["facebook.com", "instagram.com"]
    assert [r.url for r in meta.objection_routes.all()] == [ROUTE_URL]

    # 3. Its regions: the EU's countries picked in the multi-select, and a catch-all.
    page.goto(f"{base}/admin/policies/region/add/")
    page.get_by_label("Policy:", exact=True).select_option(label=META_TITLE)
    fill_with_slug(page, "Name [en]:", "European Union", "eu")
    page.get_by_label("Training start:", exact=True).fill("2025-05-27")
    page.get_by_label("Legal basis [en]:", exact=True).fill("Legitimate interest")
    pick_countries(page, ["Germany", "France"])
    pick_source(page, "M1")
    save(page)
    eu = Region.objects.get(policy=meta, slug="eu")
    assert sorted(c.country.code for c in eu.countries.all()) == ["DE", "FR"]
    page.goto(f"{base}/admin/policies/region/{eu.pk}/change/")  # as saved: sorted by name
    expect(page.locator("#id_country_list_to option")).to_have_text(["France", "Germany"])
    if SCREENSHOTS:
        screenshot_of_countries(page, SCREENSHOTS / "admin-region-countries.png")

    page.goto(f"{base}/admin/policies/region/add/")
    page.get_by_label("Policy:", exact=True).select_option(label=META_TITLE)
    fill_with_slug(page, "Name [en]:", "Rest of the world", "world")
    page.locator("#id_order").fill("1")  # the rights inline has its own "Order:"
    page.get_by_label("Catch-all", exact=True).check()
    page.get_by_label("Training start:", exact=True).fill("2025-05-27")
    pick_source(page, "M1")
    save(page)

    # 4. One set of steps for both apps.
    page.goto(f"{base}/admin/policies/instructions/add/")
    page.get_by_label("Policy:", exact=True).select_option(label=META_TITLE)
    page.get_by_label("Device:", exact=True).select_option(label="iPhone or iPad app")
    page.get_by_label("Android app", exact=True).check()
    pick_source(page, "M1")
    for n, text in enumerate(["Open Facebook's menu, then Settings & privacy", "Tap Object"]):
        page.get_by_role("button", name="Add another Step", exact=True).click()
        step = page.locator(f"#steps-{n}")
        step.get_by_label("Number:", exact=True).fill(str(n + 1))
        step.get_by_label("Text [en]:", exact=True).fill(text)
    save(page)

    # 5. The editor previews it at its real address; visitors still get "not found".
    result = "/meta/guide/?country=DE&age=18plus&device=android"
    page.goto(base + result)
    expect(page.locator(".preview-banner")).to_contain_text("is not published")
    expect(page.locator(".main-steps")).to_contain_text("Tap Object")
    assert visitor.goto(base + result).status == 404

    # 6. Published.
    page.goto(f"{base}/admin/policies/policy/")
    page.get_by_role("link", name=META_TITLE, exact=True).click()
    page.get_by_label("Published", exact=True).check()
    save(page, added="was changed successfully")

    # The visitor, on a phone, in English and in German.
    walk(visitor, base, "", ENGLISH)
    if SCREENSHOTS:
        visitor.screenshot(path=SCREENSHOTS / "result-second-platform.png")
    walk(visitor, base, "/de", GERMAN)

    assert texts(visitor, base, LINKEDIN_OLD) == before

    if SCREENSHOTS:
        two_platforms_screenshots(visitor, base)


def two_platforms_screenshots(page, base):
    """The pages only two published platforms have: the index and the combined checklist
    (its first screen, as scripts/screenshots.py takes them; a finished one whole)."""
    both = "platform=linkedin-ai-training&platform=meta"
    done = f"{both}&country=DE&age=18plus&device-linkedin-ai-training=desktop&device-meta=android"
    shots = {
        "index": ("/", False),
        "checklist-platforms": ("/checklist/", False),
        "checklist-questions": (f"/checklist/?{both}", False),
        "checklist-done": (f"/checklist/?{done}", True),
        "checklist-done-de": (f"/de/checklist/?{done}", True),
    }
    for name, (path, whole) in shots.items():
        assert page.goto(base + path).status == 200, path
        sideways = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert sideways <= 0, f"{path} scrolls sideways by {sideways} px"
        page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=whole)
