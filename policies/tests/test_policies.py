"""Several platforms: each at its own addresses, LinkedIn's old ones unchanged, one checklist."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from policies.content import load_policies
from policies.models import Policy
from policies.tests.factories import make_instructions, make_policy, make_region

# LinkedIn's addresses from before the site carried several platforms.
LINKEDIN_OLD = [
    "/guide/",
    "/guide/?country=GB",
    "/guide/?country=DE&age=18plus&device=ios",
    "/guide/?device=none&country=FR",
    "/policy/",
    "/policy/?region=eu",
    "/regions/uk/",
    "/fr/guide/?country=DE&age=18plus&device=android",
    "/de/regions/eu/",
    "/feed.atom",
    "/fr/feed.atom",
    "/reminder.ics?country=DE&device=ios",
]


def make_meta(published=True) -> Policy:
    meta = make_policy(
        title="Meta: AI training on Facebook and Instagram posts in the EU",
        slug="meta",
        platform="Meta",
        settings_url="https://www.facebook.com/privacy/genai",
        objection_form_url="https://www.facebook.com/help/contact/object",
        platform_domains="facebook.com\ninstagram.com",
        is_published=published,
    )
    make_region(meta, countries=["DE", "FR"], name="European Union", slug="eu")
    make_region(meta, name="Rest of the world", slug="world", is_catch_all=True)
    make_instructions(meta, device="ios", steps=("Open Facebook's menu", "Tap Object"))
    make_instructions(meta, device="desktop", steps=("Open Privacy Center", "Click Object"))
    return meta


def snapshot_of(client, paths):
    pages = {}
    for path in paths:
        response = client.get(path)
        pages[path] = (response.status_code, response.get("Location"), response.content)
    return pages


def test_publishing_a_second_policy_never_changes_linkedins_old_addresses(client, linkedin):
    before = snapshot_of(client, LINKEDIN_OLD)
    assert all(status == 200 for status, _location, _body in before.values()), before
    make_meta()
    after = snapshot_of(Client(), LINKEDIN_OLD)
    for path in LINKEDIN_OLD:
        if path.startswith("/reminder.ics") or "feed.atom" in path:
            # the files carry the time they were made; compare what they say
            strip = re.compile(rb"(DTSTAMP:[0-9TZ]+|<updated>[^<]+</updated>)")
            assert strip.sub(b"", after[path][2]) == strip.sub(b"", before[path][2]), path
        else:
            assert after[path] == before[path], path
    assert b"Meta" not in after["/guide/?country=DE&age=18plus&device=ios"][2]


def test_old_addresses_point_search_engines_at_the_policys_own(client, linkedin):
    page = client.get("/guide/?country=DE&age=18plus&device=ios").content.decode()
    assert (
        'rel="canonical" href="http://testserver/linkedin-ai-training/guide/'
        '?country=DE&amp;age=18plus&amp;device=ios"' in page
    )
    own = client.get("/linkedin-ai-training/guide/?country=DE&age=18plus&device=ios")
    assert own.status_code == 200
    assert own.content == client.get("/guide/?country=DE&age=18plus&device=ios").content


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_second_policy_has_its_own_pages_in_every_language(client, linkedin, language):
    make_meta()
    prefix = "" if language == "en" else f"/{language}"
    result = client.get(f"{prefix}/meta/guide/?country=DE&age=18plus&device=ios")
    assert result.status_code == 200
    page = result.content.decode()
    assert "Tap Object" in page and "https://www.facebook.com/privacy/genai" in page
    assert "linkedin.com/mypreferences" not in page
    assert f'lang="{language}"' in page
    assert client.get(f"{prefix}/meta/policy/").status_code == 200
    assert client.get(f"{prefix}/meta/regions/eu/").status_code == 200
    assert client.get(f"{prefix}/meta/regions/uk/").status_code == 404  # LinkedIn's region
    assert client.get(f"{prefix}/regions/uk/").status_code == 200  # still LinkedIn's


def test_the_home_lists_every_platform_when_several_are_published(client, linkedin):
    single = client.get("/").content.decode()
    assert linkedin.title in single and "Which of these do you use?" not in single
    make_meta()
    home = client.get("/").content.decode()
    assert "Which of these do you use?" in home
    for slug in ("linkedin-ai-training", "meta"):
        assert f'href="/{slug}/guide/"' in home
        assert f'value="{slug}"' in home


def test_an_unpublished_policy_is_invisible_to_visitors(client, linkedin):
    make_meta(published=False)
    for path in ["/meta/", "/meta/guide/?country=DE", "/meta/policy/", "/meta/feed.atom"]:
        assert client.get(path).status_code == 404, path
    home = client.get("/").content.decode()
    assert "Meta" not in home
    assert b"/meta/" not in client.get("/sitemap.xml").content
    assert b"Meta" not in client.get("/updates.atom").content


def test_an_editor_previews_an_unpublished_policy_at_its_real_address(editor_client, linkedin):
    make_meta(published=False)
    assert Client().get("/meta/guide/?country=DE&age=18plus&device=ios").status_code == 404
    preview = editor_client.get("/meta/guide/?country=DE&age=18plus&device=ios")
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "Preview." in page and "Tap Object" in page
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert "no-store" in preview["Cache-Control"] and "private" in preview["Cache-Control"]
    assert "public" not in preview["Cache-Control"]
    # the preview was not kept: visitors still get the 404
    assert Client().get("/meta/guide/?country=DE&age=18plus&device=ios").status_code == 404
    assert editor_client.get("/meta/policy/").status_code == 200
    # "View on site" in admin leads there
    assert Policy.objects.get(slug="meta").get_absolute_url() == "/meta/policy/"


def test_a_published_page_has_no_preview_banner_for_editors_either(editor_client, linkedin):
    page = editor_client.get("/guide/").content.decode()
    assert "Preview." not in page


def test_the_sitemap_lists_every_policys_pages_in_every_language(client, linkedin):
    make_meta()
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {loc.text for loc in ET.fromstring(sitemap.content).findall("s:url/s:loc", ns)}
    for code, _name in settings.LANGUAGES:
        prefix = "" if code == "en" else f"/{code}"
        for path in ["/", "/meta/guide/", "/meta/regions/eu/", "/linkedin-ai-training/policy/"]:
            assert f"http://testserver{prefix}{path}" in locations, (code, path)
        assert f"http://testserver{prefix}/linkedin-ai-training/regions/uk/" in locations
    assert b'hreflang="x-default"' in sitemap.content


def test_each_policy_has_a_feed_and_one_feed_has_them_all(client, linkedin):
    from policies.models import TimelineEvent

    meta = make_meta()
    event = TimelineEvent.objects.create(
        policy=meta, date="2026-11-20", title="Meta opens its objection form", body="Text."
    )
    own = client.get("/meta/feed.atom").content.decode()
    assert "Meta opens its objection form" in own and "LinkedIn" not in own
    combined = client.get("/updates.atom").content.decode()
    assert "Meta: Meta opens its objection form" in combined
    assert "LinkedIn: " in combined
    english_ids = set(re.findall(r"<id>(urn:uuid:[^<]+)</id>", combined))
    french = client.get("/fr/updates.atom").content.decode()
    french_ids = set(re.findall(r"<id>(urn:uuid:[^<]+)</id>", french))
    assert english_ids and french_ids and not english_ids & french_ids
    with translation.override("en"):
        assert event.get_absolute_url() == f"/meta/policy/#event-{event.pk}"


def test_the_query_budget_does_not_grow_with_more_policies(linkedin):
    with CaptureQueriesContext(connection) as one:
        assert len(load_policies()) == 1
    make_meta()
    with CaptureQueriesContext(connection) as two:
        assert len(load_policies()) == 2
    assert len(two) == len(one)


def test_a_warm_page_of_either_policy_costs_no_query(client, linkedin, django_assert_num_queries):
    make_meta()
    for path in ["/meta/guide/?country=DE&age=18plus&device=ios", "/guide/?country=DE"]:
        client.get(path)
        with django_assert_num_queries(0):
            assert client.get(path)["X-Cache"] == "hit"


def test_a_policy_cannot_take_an_address_the_site_uses(editor_client, linkedin):
    from policies.tests.forms import post_change

    response = post_change(editor_client, linkedin, slug="guide")
    assert response.status_code == 200
    assert "is already one of the site&#x27;s addresses" in response.content.decode()


# The combined checklist


def test_two_platforms_one_checklist_without_javascript(client, linkedin):
    make_meta()
    start = client.get("/checklist/")
    assert start.status_code == 200 and "Which of these do you use?" in start.content.decode()
    none = client.get("/checklist/?answering=platform")
    assert none.status_code == 400 and "Tick every platform you use" in none.content.decode()

    asked = client.get("/checklist/?platform=linkedin-ai-training&platform=meta")
    page = asked.content.decode()
    assert asked.status_code == 200
    assert page.count('name="country"') == 1 and page.count('name="age"') == 2  # once
    assert 'name="device-linkedin-ai-training"' in page and 'name="device-meta"' in page

    missing = client.get(
        "/checklist/?platform=linkedin-ai-training&platform=meta&country=DE&answering=checklist"
    )
    assert missing.status_code == 400
    assert "Select how you use Meta" in missing.content.decode()

    done = client.get(
        "/checklist/?platform=linkedin-ai-training&platform=meta&country=DE&age=18plus"
        "&device-linkedin-ai-training=desktop&device-meta=ios&answering=checklist"
    )
    assert done.status_code == 200
    page = done.content.decode()
    assert "Your checklist" in page
    assert "linkedin.com/mypreferences" in page and "facebook.com/privacy/genai" in page
    assert "Tap Object" in page
    assert "/checklist/reminder.ics?" in page
    reminder = client.get(
        "/checklist/reminder.ics?platform=linkedin-ai-training&platform=meta&country=DE"
        "&age=18plus&device-linkedin-ai-training=desktop&device-meta=ios"
    )
    assert reminder.status_code == 200
    assert reminder.content.count(b"BEGIN:VEVENT") == 2


def test_the_checklist_offers_the_objection_form_to_those_without_an_account(client, linkedin):
    make_meta()
    page = client.get(
        "/de/checklist/?platform=meta&platform=linkedin-ai-training&country=FR&age=18plus"
        "&device-linkedin-ai-training=none&device-meta=desktop"
    ).content.decode()
    assert "https://www.facebook.com/privacy/genai" in page
    assert linkedin.objection_form_url in page
    assert 'lang="de"' in page


def test_junk_checklist_values_share_few_cache_entries(client, linkedin):
    from policies.views import _checklist_key

    make_meta()
    from django.test import RequestFactory

    keys = {
        _checklist_key(RequestFactory().get(f"/checklist/?platform=x{n}&platform=meta&age=z{n}"))
        for n in range(200)
    }
    assert len(keys) == 1


def test_each_policy_shares_an_image_naming_it_in_the_pages_language(client, linkedin):
    make_meta()
    page = client.get("/de/meta/guide/?country=DE&age=18plus&device=ios").content.decode()
    image_url = re.search(r'<meta property="og:image" content="([^"]+)"', page).group(1)
    assert image_url == "http://testserver/de/meta/share.png"
    german = client.get("/de/meta/share.png")
    assert german.status_code == 200 and german["Content-Type"] == "image/png"
    english = client.get("/meta/share.png")
    linkedins = client.get("/de/linkedin-ai-training/share.png")
    assert german.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert len({german.content, english.content, linkedins.content}) == 3
    assert client.get("/no-such-policy/share.png").status_code == 404


# What LinkedIn's shape hid


def test_one_set_of_instructions_can_serve_several_devices(client, linkedin):
    meta = make_meta()
    ios = meta.instructions.get(device="ios")
    ios.also_for = ["android"]
    ios.save()
    asked = client.get("/meta/guide/?country=DE&age=18plus").content.decode()
    assert 'value="android"' in asked and 'value="ios"' in asked
    page = client.get("/meta/guide/?country=DE&age=18plus&device=android").content.decode()
    assert "Tap Object" in page


def test_a_device_follows_one_set_of_steps_only(editor_client, linkedin):
    from policies.tests.forms import post_change

    meta = make_meta()
    desktop = meta.instructions.get(device="desktop")
    response = post_change(editor_client, desktop, also_for=["ios"], confidence="unverified")
    assert response.status_code == 200
    assert "iPhone or iPad app already has its own steps" in response.content.decode()
    response = post_change(editor_client, desktop, also_for=["mobile-web"], confidence="unverified")
    assert response.status_code == 302
    desktop.refresh_from_db()
    assert desktop.devices == ["desktop", "mobile-web"]


def make_routes(meta):
    from policies.models import ObjectionRoute

    eu = meta.regions.get(slug="eu")
    facebook = ObjectionRoute.objects.create(
        policy=meta, order=1, label="Object on Facebook", url="https://www.facebook.com/object"
    )
    instagram = ObjectionRoute.objects.create(
        policy=meta,
        order=2,
        label="Object on Instagram",
        url="https://www.instagram.com/object",
        for_non_members=False,
    )
    instagram.regions.set([eu])
    return facebook, instagram


def test_a_platform_with_several_objection_routes_and_a_form_instead_of_a_switch(client, linkedin):
    meta = make_meta()
    meta.opt_out = "form"
    meta.save()
    make_routes(meta)
    member = client.get("/meta/guide/?country=DE&age=18plus&device=desktop").content.decode()
    assert "Object to Meta using your data for AI" in member
    assert "Switch off Meta" not in member
    assert "https://www.facebook.com/object" in member
    assert "https://www.instagram.com/object" in member
    outside = client.get("/meta/guide/?country=US&age=18plus&device=desktop").content.decode()
    assert "https://www.instagram.com/object" not in outside  # the EU's route only
    no_account = client.get("/meta/guide/?country=DE&device=none").content.decode()
    assert "https://www.facebook.com/object" in no_account
    assert "https://www.instagram.com/object" not in no_account  # it needs a login
    german = client.get("/de/meta/guide/?country=DE&age=18plus&device=desktop").content.decode()
    assert "Widersprechen Sie der Nutzung Ihrer Daten durch Meta" in german
    # LinkedIn, with one form and a switch, reads as before
    linkedin_page = client.get("/guide/?country=DE&age=18plus&device=desktop").content.decode()
    assert "Switch off LinkedIn" in linkedin_page


def test_an_objection_route_off_the_platforms_domains_is_refused(editor_client, linkedin):
    from policies.tests.forms import change_url, form_data

    meta = make_meta()
    data = form_data(editor_client.get(change_url(meta)), "policy_form")
    data |= {
        "objection_routes-TOTAL_FORMS": ["1"],
        "objection_routes-0-label_en": ["Object"],
        "objection_routes-0-url": ["https://evil.example/object"],
        "objection_routes-0-order": ["1"],
        "objection_routes-0-for_non_members": ["on"],
    }
    response = editor_client.post(change_url(meta), data)
    assert response.status_code == 200
    assert "evil.example is not one of the platform" in response.content.decode()
    data["objection_routes-0-url"] = ["https://help.instagram.com/object"]
    assert editor_client.post(change_url(meta), data).status_code == 302
    assert meta.objection_routes.get().url == "https://help.instagram.com/object"


def test_a_timeline_event_concerns_its_own_platforms_regions_only(editor_client, linkedin):
    from policies.models import TimelineEvent
    from policies.tests.forms import change_url, post_change

    meta = make_meta()
    event = TimelineEvent.objects.create(
        policy=meta,
        date="2026-11-20",
        title="Meta opens its form",
        body="Text.",
        confidence="unverified",
    )
    uk = linkedin.regions.get(slug="uk")
    response = post_change(editor_client, event, regions=[str(uk.pk)])
    assert response.status_code == 200  # not one of Meta's regions: refused
    assert not event.regions.exists()
    # A new event (its platform not known until saved) is checked when it is saved.
    from django.urls import reverse

    add = reverse("admin:policies_timelineevent_add")
    response = editor_client.post(
        add,
        {
            "policy": meta.pk,
            "date": "2026-11-21",
            "title_en": "Another",
            "body_en": "Text.",
            "confidence": "unverified",
            "regions": [str(uk.pk)],
        },
    )
    assert response.status_code == 200
    assert "another platform&#x27;s region" in response.content.decode()
    assert "United Kingdom · LinkedIn" in response.content.decode()
    page = editor_client.get(change_url(event)).content.decode()
    assert "European Union · Meta" in page
    assert "United Kingdom" not in page  # the picker offers Meta's regions only
    eu = meta.regions.get(slug="eu")
    assert post_change(editor_client, event, regions=[str(eu.pk)]).status_code == 302


def test_a_new_policys_objection_route_is_checked_against_its_domains(db):
    from django.core.exceptions import ValidationError

    from policies.models import ObjectionRoute

    unsaved = Policy(slug="new", platform="New", platform_domains="example.org")
    route = ObjectionRoute(policy=unsaved, label="Object", url="https://evil.example/object")
    with pytest.raises(ValidationError, match="evil.example is not one of the platform"):
        route.clean()
    ObjectionRoute(policy=unsaved, label="Object", url="https://help.example.org/o").clean()
