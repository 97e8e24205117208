"""The HTTP page cache: rendered public pages, reused until the content changes.

A page is cached under the content revision it was rendered at (see
policies/content.py), so an edit in admin shows on the very next request and
a warm page costs no database query at all. Browsers and shared caches get
`Cache-Control: public` and an ETag that answers 304.
"""

import contextlib
import functools
import gzip
import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse, HttpResponseNotModified
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language_from_path

from policies.content import NO_REVISION, CacheUnavailable, _cache, content_revision, release
from policies.preview import PREVIEW_COOKIE, carries_session

log = logging.getLogger("optout_guide.page_cache")

# Browsers keep pages but ask again each time (a 304 costs no query and no
# rendering): editors expect an edit to show on the very next load. Shared
# caches (a CDN) may keep a page for settings.CDN_MAX_AGE seconds: see README.
BROWSER_MAX_AGE = 0
SERVER_TTL = 60 * 60 * 24  # a cached page outlives nothing but its revision
CACHEABLE_STATUS = {200, 404}

# What a key function returns for a request that can only be "not found": it
# shares the one stored 404 page of its language instead of an entry of its own.
NOT_FOUND = object()


@dataclass(frozen=True)
class CachedPage:
    """How a view's pages are cached: which query parameters (or which key) tell them apart,
    and whether the htmx headers change the response."""

    params: tuple[str, ...] = ()
    key: Callable | None = None
    htmx: bool = False

    def query(self, request, kwargs: dict):
        return self.key(request, **kwargs) if self.key else _query(request, self.params)


def cached_page(*, params: tuple[str, ...] = (), key=None, htmx: bool = False):
    """Mark a public view whose responses PageCacheMiddleware keeps per content revision.

    Only the query parameters the view reads (`params`) are part of the key,
    so tracking parameters share one entry; a view whose parameters can take
    any value gives `key`, a function of the request that returns its state
    reduced to few values (or NOT_FOUND), so that junk values cannot fill the
    cache. `htmx`: the view answers htmx requests with a part of the page.
    """

    def decorator(view):
        # Decorators applied on top (functools.wraps) carry the mark along.
        view.cached_page = CachedPage(params, key, htmx)
        return view

    return decorator


# Any address that is not a page: it can only be the 404 page, the same for all.
_UNKNOWN = CachedPage(key=lambda request, **kwargs: NOT_FOUND)


class PageCacheMiddleware:
    """Serve cached public pages before the rest of the stack runs.

    Placed right after whitenoise: a hit costs about what a static file
    costs (no session, locale, CSRF or template work, and no query). A miss
    goes through every middleware and view, and the finished response, with
    the headers the inner middlewares added, is stored as it was sent, plain
    and gzip-compressed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        marked, kwargs = self._marked(request)
        if marked is None or PREVIEW_COOKIE in request.COOKIES:
            # (An editor previewing a draft edition: nothing stored is theirs to see.)
            return self.get_response(request)
        try:
            revision = content_revision()
            if revision == NO_REVISION:  # a cache that keeps nothing: no keys
                return self.get_response(request)
            query = marked.query(request, kwargs)
            page_key = _page_key(request, query, revision, marked.htmx)
            stored = _hot.get(page_key) or _cache("get", page_key)
        except CacheUnavailable:
            return self.get_response(request)
        if stored is not None and stored[0] == 404 and carries_session(request):
            stored = None  # what visitors cannot see, an editor may preview here
        etag = f'"{page_key[-32:]}"'
        if etag in _if_none_match(request):
            response = HttpResponseNotModified()
            _mark_public(response, etag)
            return response
        if stored is not None:
            _hot.put(page_key, stored)
            response = _restore(stored, accepts_gzip(request))
            _say(response, "hit")
        else:
            response = self.get_response(request)
            if _private(response):
                return response  # an editor's preview: neither stored nor marked public
            if response.status_code == 404:
                # Whatever the address, a 404 is stored once per language: junk
                # addresses (unknown slugs, 3,000-character paths) add no entries.
                page_key = _page_key(request, NOT_FOUND, revision, marked.htmx)
                etag = f'"{page_key[-32:]}"'
            if _storable(response):
                with contextlib.suppress(CacheUnavailable):
                    _cache("set", page_key, _store(response), SERVER_TTL)
            _say(response, "miss")
        if response.status_code in CACHEABLE_STATUS:
            _mark_public(response, etag)
        return response

    @staticmethod
    def _marked(request) -> tuple[CachedPage | None, dict]:
        if request.method not in ("GET", "HEAD"):
            return None, {}
        return _resolved(request.path_info)


@receiver(setting_changed)
def _forget_addresses(setting, **kwargs):
    # Tests that swap the URLconf or languages must not get the old answers.
    if setting in {"ROOT_URLCONF", "LANGUAGES", "LANGUAGE_CODE", "APPEND_SLASH", "ADMIN_URL"}:
        _resolved.cache_clear()


@functools.lru_cache(maxsize=4096)
def _resolved(path_info: str) -> tuple[CachedPage | None, dict]:
    """Which page an address is and how it is cached: the same for every request to it
    (the URLconf does not change while the process runs), so each process resolves an
    address once; the bound keeps junk addresses from growing it."""
    # Resolve under the language of the path, not the one this thread served
    # last: i18n_patterns match "/fr/…" only while French is active, and
    # LocaleMiddleware (which would activate it) has not run yet.
    language = get_language_from_path(path_info) or settings.LANGUAGE_CODE
    try:
        with translation.override(language):
            match = resolve(path_info)
    except Resolver404:
        # Unless CommonMiddleware would add the missing slash (a redirect).
        if settings.APPEND_SLASH and not path_info.endswith("/"):
            return None, {}
        return _UNKNOWN, {}
    return getattr(match.func, "cached_page", None), dict(match.kwargs)


class _HotPages:
    """The pages this process served last, so a hit needs no cache round trip.

    Safe without invalidation: keys include the content revision, so an edit
    makes every old entry unreachable; the oldest entries make room.
    """

    def __init__(self, size: int):
        self.size = size
        self.pages: OrderedDict[str, tuple] = OrderedDict()
        self.lock = threading.Lock()  # gunicorn's threads share it

    def get(self, key: str):
        with self.lock:
            page = self.pages.get(key)
            if page is not None:
                self.pages.move_to_end(key)
            return page

    def put(self, key: str, page) -> None:
        with self.lock:
            self.pages[key] = page
            self.pages.move_to_end(key)
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)


_hot = _HotPages(size=200)


def _private(response) -> bool:
    control = response.get("Cache-Control", "")
    return "private" in control or "no-store" in control


def _storable(response) -> bool:
    return (
        response.status_code in CACHEABLE_STATUS
        and not response.streaming
        and not response.cookies
        and not response.has_header("Content-Encoding")
    )


def _say(response, outcome: str) -> None:
    # Only where someone is looking (debug, tests): in production the header
    # would tell a prober which pages are cached.
    if settings.PAGE_CACHE_HEADER:
        response["X-Cache"] = outcome


def accepts_gzip(request) -> bool:
    """Whether Accept-Encoding allows gzip, q-values read ("gzip;q=0" and "identity" refuse)."""
    allowed = {}
    for part in request.headers.get("Accept-Encoding", "").split(","):
        name, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if name:
            allowed[name.strip().lower()] = quality
    if "gzip" in allowed:
        return allowed["gzip"] > 0
    return allowed.get("*", 0) > 0


def _query(request, params) -> str:
    return urlencode([(name, request.GET.getlist(name)) for name in params], doseq=True)


def _page_key(request, query, revision: str, htmx: bool) -> str:
    # Pages carry absolute addresses (canonical, share tags, feed ids): the
    # host and scheme are part of the key (the site's own host: see
    # CanonicalAddressMiddleware). The htmx headers count only as yes or no.
    parts = (
        "|".join(
            str(request.headers.get(name) == "true")
            for name in ("HX-Request", "HX-History-Restore-Request")
        )
        if htmx
        else ""
    )
    origin = f"{request.scheme}://{request.get_host()}"
    if query is NOT_FOUND:
        # One 404 page per language: its links lead to the homes, not this address.
        language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        path, query = "404", language
    else:
        path = request.path
    # Today's date is part of the key: pages say "since" or "from" a date.
    today = timezone.localdate().isoformat()
    raw = "|".join([release(), revision, today, origin, path, query, parts])
    return "optout-guide:page:" + hashlib.sha256(raw.encode()).hexdigest()


def _if_none_match(request) -> set[str]:
    header = request.headers.get("If-None-Match", "")
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def _mark_public(response, etag):
    """Browsers ask again each time; a CDN may keep the page CDN_MAX_AGE seconds, serve
    it stale while it fetches a new one, and keep serving it while the site is down."""
    response["ETag"] = etag
    patch_cache_control(
        response,
        public=True,
        max_age=BROWSER_MAX_AGE,
        s_maxage=settings.CDN_MAX_AGE,
        stale_while_revalidate=settings.CDN_STALE_WHILE_REVALIDATE,
        stale_if_error=settings.CDN_STALE_IF_ERROR,
    )


# Headers that are about one response, not the page.
_PER_RESPONSE = {"x-cache", "etag", "content-length", "date", "set-cookie"}


def _store(response) -> tuple[int, bytes, bytes, list[tuple[str, str]]]:
    headers = [(k, v) for k, v in response.items() if k.lower() not in _PER_RESPONSE]
    compressed = gzip.compress(response.content, compresslevel=6, mtime=0)
    return response.status_code, response.content, compressed, headers


def _restore(stored, gzipped: bool) -> HttpResponse:
    status, content, compressed, headers = stored
    response = HttpResponse(compressed if gzipped else content, status=status)
    for name, value in headers:
        response[name] = value
    if gzipped:
        response["Content-Encoding"] = "gzip"
    patch_vary_headers(response, ["Accept-Encoding"])
    return response
