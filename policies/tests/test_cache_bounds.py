"""Hostile traffic cannot grow the page cache, poison it, or read anything from it.

Run on the file cache (production without Redis) and on the cache the suite
runs with: in-memory on SQLite, Redis on the PostgreSQL + Redis run.
"""

import os
import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client

from policies.page_cache import _hot

REAL_PAGES = [
    "/",
    "/fr/",
    "/policy/",
    "/policy/?region=eu",
    "/regions/uk/",
    "/de/regions/eu/",
    "/guide/?country=DE",
    "/guide/?country=DE&age=18plus&device=android",
    "/sitemap.xml",
    "/feed.atom",
]


def stored_entries() -> int:
    """How many entries the page cache's backend holds now (pages and revision keys)."""
    from django.core.cache import caches
    from django.core.cache.backends.filebased import FileBasedCache
    from django.core.cache.backends.locmem import LocMemCache
    from django.core.cache.backends.redis import RedisCache

    backend = caches["default"]
    if isinstance(backend, FileBasedCache):  # one file per entry
        return sum(1 for name in os.listdir(backend._dir) if name.endswith(".djcache"))
    if isinstance(backend, RedisCache):
        client = backend._cache.get_client(write=False)
        return sum(1 for _key in client.scan_iter(match=f"{backend.key_prefix}*"))
    assert isinstance(backend, LocMemCache), type(backend)
    return len(backend._cache)


def junk_requests(port: int) -> list[tuple[str, dict]]:
    """1,200 requests a prober or a broken crawler might send."""
    junk = []
    for n in range(200):
        junk.append((f"/regions/x{n}/", {}))
        junk.append((f"/fr/regions/no-such-{n}/", {}))
        junk.append((f"/policy/?region=x{n}&region=eu", {}))
        junk.append((f"/guide/?country=Q{n % 10}&age=x{n}&device=d{n}&device=ios", {}))
        junk.append(("/policy/", {"host": f"localhost:{port + n}"}))
        junk.append(("/" + "a" * 3000 + str(n), {}))
    return junk


@pytest.fixture(params=["file cache", "suite cache"])
def page_cache(request, settings, tmp_path):
    if request.param == "file cache":
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": str(tmp_path / "cache"),
            }
        }
    cache.clear()
    _hot.pages.clear()
    yield request.param
    cache.clear()
    _hot.pages.clear()


def test_junk_requests_add_a_few_entries_and_real_pages_stay_cached(page_cache, linkedin, settings):
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]
    client = Client()
    for page in REAL_PAGES:
        assert client.get(page).status_code == 200, page
    before = stored_entries()

    statuses = {}
    for path, headers in junk_requests(8000):
        status = client.get(path, headers=headers).status_code
        statuses[status] = statuses.get(status, 0) + 1
    added = stored_entries() - before

    assert sum(statuses.values()) == 1200
    # never a 500 (a 301 adds the slash a path lacks, as Django does)
    assert set(statuses) <= {200, 301, 400, 404}, statuses
    assert added <= 30, f"{added} entries added by junk ({page_cache}): {statuses}"
    for page in REAL_PAGES:
        response = client.get(page)
        assert response.status_code == 200
        assert response["X-Cache"] == "hit", page


def test_the_404_page_is_one_entry_per_language_with_no_link_to_the_address(client, linkedin):
    first = client.get("/regions/no-such-place/")
    second = client.get("/no/such/page/")
    assert first.status_code == second.status_code == 404
    assert second["X-Cache"] == "hit"  # the same 404 page, stored once
    page = second.content.decode()
    assert "no/such/page" not in page and "no-such-place" not in page
    assert 'rel="canonical"' not in page
    french = client.get("/fr/nulle-part/")
    assert french.status_code == 404 and 'lang="fr"' in french.content.decode()
    assert 'href="/de/"' in french.content.decode()  # the languages lead to their homes


def test_a_missing_slash_is_still_redirected(client, linkedin):
    response = client.get("/policy")
    assert response.status_code == 301 and response["Location"] == "/policy/"


def test_another_sitemap_page_never_replaces_the_sitemap(client, linkedin):
    for junk in ["?p=2", "?p=abc", "?p=0"]:
        assert client.get("/sitemap.xml" + junk).status_code == 404, junk
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    assert b"<urlset" in sitemap.content
    assert client.get("/sitemap.xml?p=1").content == sitemap.content


@pytest.mark.parametrize("path", ["/", "/de/policy/", "/guide/?country=DE&age=18plus&device=ios"])
def test_no_nonce_is_handed_out_by_a_cached_page(client, linkedin, path):
    first, second = client.get(path), client.get(path)
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    for response in (first, second):
        policy = response["Content-Security-Policy"]
        assert "nonce-" not in policy
        assert re.search(r"script-src 'self'(;|$)", policy), policy
        page = response.content.decode()
        assert "nonce=" not in page
        # every script is a file of the site's: nothing inline a nonce would have to allow
        assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page) == []


def test_cdn_headers_let_a_shared_cache_keep_pages_for_a_set_time(client, linkedin, settings):
    control = client.get("/policy/")["Cache-Control"]
    parts = {part.strip() for part in control.split(",")}
    assert {"public", "max-age=0", "s-maxage=60", "stale-while-revalidate=30"} <= parts
    assert "stale-if-error=86400" in parts
    assert "must-revalidate" not in parts  # it would forbid serving stale
    settings.CDN_MAX_AGE = 300
    assert "s-maxage=300" in client.get("/regions/eu/")["Cache-Control"]
    errors = client.get("/guide/?country=ZZ")
    assert errors.status_code == 400
    assert "public" not in errors.get("Cache-Control", "")


@pytest.mark.parametrize(
    ("path", "varies_by"),
    [
        ("/", {"Accept-Language", "Accept-Encoding"}),
        ("/fr/", {"Accept-Encoding"}),
        ("/policy/", {"Accept-Encoding"}),
        ("/regions/eu/", {"Accept-Encoding"}),
        ("/feed.atom", {"Accept-Encoding"}),
        (
            "/guide/?country=DE&age=18plus&device=ios",
            {"Accept-Encoding", "HX-Request", "HX-History-Restore-Request"},
        ),
    ],
)
def test_pages_vary_only_on_what_changes_them(client, linkedin, path, varies_by):
    for response in (client.get(path), client.get(path)):  # the miss and the hit
        vary = {name.strip() for name in response.get("Vary", "").split(",") if name.strip()}
        assert vary == varies_by, (path, response["X-Cache"])


def test_the_english_home_suggests_a_language_and_is_cached_per_suggestion(client, linkedin):
    german = client.get("/", headers={"Accept-Language": "de-DE,de;q=0.9"})
    english = client.get("/", headers={"Accept-Language": "en-GB"})
    suggestion = '<a href="/de/" hreflang="de">'
    assert suggestion in german.content.decode()
    assert suggestion not in english.content.decode()
    assert client.get("/", headers={"Accept-Language": "de"})["X-Cache"] == "hit"
    assert settings.LANGUAGE_CODE == "en"
