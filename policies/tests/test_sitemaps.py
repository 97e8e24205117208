"""What search engines are told: the sitemap and robots.txt."""

import xml.etree.ElementTree as ET
from urllib.robotparser import RobotFileParser

from django.conf import settings
from django.test import override_settings
from django.urls import reverse

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def locations(client) -> list[str]:
    response = client.get(reverse("sitemap"))
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [loc.text for loc in root.iter(f"{SITEMAP}loc")]


def absolute(path: str) -> str:
    return f"http://testserver{path}"


def test_the_sitemap_lists_the_pages_and_every_region(client, linkedin):
    listed = locations(client)
    slug = linkedin.slug
    pages = [absolute(reverse("home"))] + [
        absolute(reverse(name, args=[slug])) for name in ["policy-home", "policy", "guide"]
    ]
    regions = [absolute(reverse("region", args=[slug, r.slug])) for r in linkedin.regions.all()]
    languages = [code for code, _name in settings.LANGUAGES]
    assert len(listed) == len(pages + regions) * len(languages)  # each page in every language
    english = [loc for loc in listed if not any(f"/{c}/" in loc for c in languages[1:])]
    assert sorted(english) == sorted(pages + regions)
    assert absolute("/linkedin-ai-training/regions/eu/") in listed
    assert absolute("/zh-hant/linkedin-ai-training/regions/eu/") in listed


def test_the_sitemap_leaves_out_wizard_states_and_admin(client, linkedin):
    for location in locations(client):
        assert "?" not in location
        assert "/admin/" not in location


def test_every_page_in_the_sitemap_opens(client, linkedin):
    for location in locations(client):
        assert client.get(location.removeprefix("http://testserver")).status_code == 200, location


def test_robots_txt_allows_everything_public_and_points_to_the_sitemap(client, linkedin):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Allow: /"]
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    parser = RobotFileParser()
    parser.parse(lines)
    assert parser.can_fetch("*", "http://testserver/guide/")


def test_robots_txt_never_reveals_the_admin_which_says_noindex_itself(client, linkedin):
    with override_settings(ADMIN_URL="editors-only/"):
        body = client.get("/robots.txt").content.decode()
    assert "editors-only" not in body and "admin" not in body
    login = client.get("/admin/login/")
    assert login.status_code == 200
    assert login["X-Robots-Tag"] == "noindex, nofollow"
    assert "X-Robots-Tag" not in client.get("/policy/")


def test_sitemap_and_robots_set_no_cookie(client, linkedin):
    assert not client.get(reverse("sitemap")).cookies
    assert not client.get(reverse("robots")).cookies
