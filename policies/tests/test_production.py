"""The site as it runs in production: headers, privacy, caching, failure."""

import json
import logging
import os
import secrets
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client, override_settings

from policies.tests.forms import post_change

PUBLIC_PAGES = [
    "/",
    "/policy/",
    "/regions/eu/",
    "/guide/",
    "/guide/?country=DE&age=18plus&device=ios",
    "/feed.atom",
    "/sitemap.xml",
    "/robots.txt",
    "/reminder.ics",
]
RESULT = "/guide/?country=DE&age=18plus&device=ios"
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_every_public_response_carries_the_security_headers(client, linkedin, url):
    response = client.get(url, secure=True)
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    hsts = response["Strict-Transport-Security"]
    assert int(hsts.split("max-age=")[1].split(";")[0]) >= 31_536_000
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert not response.cookies


def test_htmx_is_told_not_to_inject_styles_or_evaluate_code(client, linkedin):
    page = client.get("/guide/").content.decode()
    config = json.loads(page.split('name="htmx-config" content=\'')[1].split("'>")[0])
    assert config["includeIndicatorStyles"] is False
    assert config["allowEval"] is False


@override_settings(SECURE_SSL_REDIRECT=True)
def test_plain_http_is_redirected_to_https_but_not_the_health_check(linkedin):
    client = Client()
    response = client.get("/policy/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/policy/"
    assert client.get("/policy/", headers={"X-Forwarded-Proto": "https"}).status_code == 200
    assert client.get("/healthz").status_code == 200


def test_the_admin_cookies_are_secure_httponly_and_scoped_to_the_admin(client, db):
    response = client.get("/admin/login/")
    cookie = response.cookies["csrftoken"]
    assert cookie["secure"] and cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/admin/"


def test_the_admin_path_is_configurable():
    env = {**os.environ, "DJANGO_DEBUG": "1", "DJANGO_ADMIN_URL": "backstage"}
    code = "from django.urls import reverse; print(reverse('admin:index'))"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "/backstage/"


def test_password_guessing_locks_the_admin_login(client, editor):
    for _ in range(5):
        response = client.post("/admin/login/", {"username": "editor", "password": "wrong"})
    assert response.status_code == 429
    assert "Too many failed log-in attempts" in response.content.decode()
    from policies.tests.factories import PASSWORD

    locked = client.post("/admin/login/", {"username": "editor", "password": PASSWORD})
    assert locked.status_code == 429


# Caching


def test_public_pages_are_cacheable_and_answer_304(client, linkedin):
    response = client.get(RESULT)
    assert "public" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]
    assert "HX-Request" in response["Vary"]
    etag = response["ETag"]
    again = client.get(RESULT, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""


def test_a_warm_page_costs_no_query(client, linkedin, django_assert_num_queries):
    for url in ["/", "/policy/", "/regions/uk/", RESULT, "/feed.atom"]:
        assert client.get(url)["X-Cache"] == "miss"
        with django_assert_num_queries(0):
            warm = client.get(url)
        assert warm["X-Cache"] == "hit"


def test_tracking_parameters_share_the_cached_page(client, linkedin, django_assert_num_queries):
    client.get(RESULT)
    with django_assert_num_queries(0):
        client.get(RESULT + "&utm_source=newsletter&fbclid=abc")


def test_htmx_and_plain_requests_are_cached_apart(client, linkedin):
    full = client.get("/guide/?country=DE").content.decode()
    partial = client.get("/guide/?country=DE", headers={"HX-Request": "true"}).content.decode()
    assert "<html" in full and "<html" not in partial
    assert "<html" in client.get("/guide/?country=DE").content.decode()


def test_an_admin_edit_shows_on_the_next_request(editor_client, client, linkedin):
    category = linkedin.data_categories.get(order=1)
    client.get("/policy/")
    assert client.get("/policy/")["X-Cache"] == "hit"
    response = post_change(editor_client, category, includes_en="Changed in admin just now.")
    assert response.status_code == 302
    page = client.get("/policy/")
    assert page["X-Cache"] == "miss"
    assert "Changed in admin just now." in page.content.decode()


def test_a_related_setting_region_change_shows_on_the_next_request(client, linkedin):
    setting = linkedin.related_settings.get(name__icontains="affiliates")
    assert setting.name not in client.get(RESULT).content.decode()
    setting.regions.add(linkedin.regions.get(slug="eu"))  # an m2m edit, as the admin makes
    assert setting.name in client.get(RESULT).content.decode()


# Failure


def database_down():
    return mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor",
        side_effect=OperationalError("connection refused"),
    )


def test_health_check_says_whether_the_database_answers(client, db):
    assert client.get("/healthz").status_code == 200
    with database_down():
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response["Cache-Control"] == "no-store"


def test_with_the_database_down_cached_pages_stay_up(client, linkedin):
    client.get(RESULT)
    with database_down():
        cached = client.get(RESULT)
        from_snapshot = client.get("/regions/canada/")  # never rendered, content cached
    assert cached.status_code == 200 and "Your steps" in cached.content.decode()
    assert from_snapshot.status_code == 200 and "Canada" in from_snapshot.content.decode()


def test_with_the_database_down_and_nothing_cached_a_friendly_503(client, linkedin):
    from policies.content import content_changed

    client.get(RESULT)
    content_changed()  # as after an edit: the content must be read again
    with database_down():
        uncached = client.get("/regions/canada/")
    assert uncached.status_code == 503
    assert "back in a moment" in uncached.content.decode()
    assert uncached["Retry-After"] == "30"
    assert client.get("/regions/canada/").status_code == 200  # recovers by itself


def test_unknown_pages_get_the_site_404(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert "Go to the home page" in response.content.decode()


def test_an_unexpected_error_gets_the_site_500(linkedin):
    client = Client(raise_request_exception=False)
    with mock.patch("policies.views.flow.outcome", side_effect=RuntimeError("boom")):
        response = client.get(RESULT)
    assert response.status_code == 500
    assert "something went wrong on our side" in response.content.decode()
    assert "boom" not in response.content.decode()


def test_one_log_line_per_request_without_query_values(client, linkedin, caplog):
    with caplog.at_level(logging.INFO, logger="optout_guide.requests"):
        client.get(RESULT + "&utm_source=someone@example.org")
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name.endswith("requests")]
    assert len(lines) == 1
    line = lines[0]
    assert line["method"] == "GET" and line["path"] == "/guide/" and line["status"] == 200
    assert isinstance(line["duration_ms"], float)
    assert "DE" not in json.dumps(line) and "example.org" not in json.dumps(line)


def test_production_settings_pass_the_deploy_check():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    secret = secrets.token_urlsafe(50)
    env |= {"DJANGO_SECRET_KEY": secret, "DJANGO_ALLOWED_HOSTS": "guide.example"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_cached_page_is_served_compressed_to_those_who_accept_it(client, linkedin):
    import gzip

    plain = client.get(RESULT)
    hit = client.get(RESULT, headers={"Accept-Encoding": "gzip, br"})
    assert hit["X-Cache"] == "hit" and hit["Content-Encoding"] == "gzip"
    assert gzip.decompress(hit.content) == plain.content
    assert "Accept-Encoding" in hit["Vary"]
    # the security headers were kept with the page
    assert "default-src 'self'" in hit["Content-Security-Policy"]
    assert hit["X-Frame-Options"] == "DENY"


def test_host_variants_are_neither_echoed_nor_cached_apart(client, linkedin, settings):
    settings.ALLOWED_HOSTS = ["guide.example.org", "testserver"]
    settings.SITE_URL = "https://guide.example.org"
    from django.core.cache import cache

    from policies.middleware import CanonicalAddressMiddleware  # reads SITE_URL when built

    cache.clear()
    assert CanonicalAddressMiddleware(lambda r: None).host == "guide.example.org"
    first = client.get("/policy/", headers={"host": "GUIDE.Example.org:8443"})
    second = client.get("/policy/", headers={"host": "guide.example.org"})
    assert first.status_code == second.status_code == 200
    assert second["X-Cache"] == "hit"  # one entry for every spelling of the host
    page = first.content.decode()
    assert "8443" not in page and "GUIDE.Example" not in page
    assert 'rel="canonical" href="http://guide.example.org/linkedin-ai-training/policy/"' in page


def test_a_double_slash_path_never_points_visitors_off_site(client, linkedin):
    response = client.get("//evil.example/phish", follow=True)
    assert response.status_code == 404
    assert all(not url.startswith("//") and "evil" not in url for url, _ in response.redirect_chain)
    page = response.content.decode()
    assert "evil.example/phish" not in page.replace("/evil.example/phish", "")
    assert "//evil.example" not in page


def test_production_says_nothing_about_the_cache_and_honours_accept_encoding(
    client, linkedin, settings
):
    client.get("/policy/")
    assert client.get("/policy/")["X-Cache"] == "hit"  # tests may look
    settings.PAGE_CACHE_HEADER = False
    assert "X-Cache" not in client.get("/policy/")
    for refused in ["gzip;q=0", "identity", "br;q=1, gzip;q=0", "*;q=0"]:
        response = client.get("/policy/", headers={"Accept-Encoding": refused})
        assert "Content-Encoding" not in response, refused
    for accepted in ["gzip", "gzip;q=0.5", "br, *"]:
        response = client.get("/policy/", headers={"Accept-Encoding": accepted})
        assert response["Content-Encoding"] == "gzip", accepted


@pytest.mark.parametrize("path", ["/", "/policy/", "/guide/?country=DE&age=18plus&device=ios"])
def test_a_cache_that_drops_every_write_never_breaks_a_page(client, linkedin, settings, path):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    first = client.get(path)
    assert first.status_code == 200
    linkedin.title = "Edited while nothing is cached"
    linkedin.save()
    assert client.get("/").status_code == 200
    assert "Edited while nothing is cached" in client.get("/").content.decode()


def test_an_encoded_newline_in_a_path_cannot_forge_an_access_log_line():
    from optout_guide.gunicorn_logging import escape_controls

    assert escape_controls("/x\nGET /admin 200") == "/x\\x0aGET /admin 200"
    assert escape_controls("/plain/path/") == "/plain/path/"
    assert escape_controls(200) == 200
    import runpy

    config = runpy.run_path("gunicorn.conf.py")
    assert config["logger_class"] == "optout_guide.gunicorn_logging.SafeLogger"


def test_a_stranger_cannot_lock_an_editor_out(client, editor, settings):
    from policies.tests.factories import PASSWORD

    settings.PROXY_COUNT = 1
    for n in range(6):  # a stranger behind the proxy, whatever X-Forwarded-For they send
        client.post(
            "/admin/login/",
            {"username": "editor", "password": "wrong"},
            headers={"x-forwarded-for": f"10.0.0.{n}, 203.0.113.9"},
        )
    own = client.post(
        "/admin/login/",
        {"username": "editor", "password": PASSWORD},
        headers={"x-forwarded-for": "198.51.100.7"},
    )
    assert own.status_code == 302  # the editor, from their own address, gets in


def test_a_spoofed_forwarded_for_does_not_escape_the_lock(client, editor, settings):
    settings.PROXY_COUNT = 1
    for n in range(5):  # the guesser varies the part of the header it controls
        response = client.post(
            "/admin/login/",
            {"username": "editor", "password": "wrong"},
            headers={"x-forwarded-for": f"10.9.9.{n}, 203.0.113.9"},
        )
    assert response.status_code == 429
