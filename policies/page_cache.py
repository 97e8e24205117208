"""The HTTP page cache: rendered public pages, reused until the content changes.

A page is cached under the content revision it was rendered at (see
policies/content.py), so an edit in admin shows on the very next request and
a warm page costs no database query at all. Browsers and shared caches get
`Cache-Control: public` and an ETag that answers 304.
"""

import contextlib
import gzip
import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import get_language_from_path

from policies.content import NO_REVISION, CacheUnavailable, _cache, content_revision, release

log = logging.getLogger("optout_guide.page_cache")

# Browsers and shared caches keep pages but ask again each time (a 304 costs no
# query and no rendering): editors expect an edit to show on the very next load.
BROWSER_MAX_AGE = 0
SERVER_TTL = 60 * 60 * 24  # a cached page outlives nothing but its revision
CACHEABLE_STATUS = {200, 404}


@dataclass(frozen=True)
class CachedPage:
    """How a view's pages are cached: which query parameters (or which key) tell them apart."""

    params: tuple[str, ...] = ()
    key: Callable | None = None

    def query(self, request) -> str:
        return self.key(request) if self.key else _query(request, self.params)


def cached_page(*, params: tuple[str, ...] = (), key=None):
    """Mark a public view whose responses PageCacheMiddleware keeps per content revision.

    Only the query parameters the view reads (`params`) are part of the key,
    so tracking parameters share one entry; a view whose parameters can take
    any value gives `key`, a function of the request that returns its state
    reduced to few values, so that junk values cannot fill the cache.
    """

    def decorator(view):
        # Decorators applied on top (functools.wraps) carry the mark along.
        view.cached_page = CachedPage(params, key)
        return view

    return decorator


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
        marked = self._marked(request)
        if marked is None:
            return self.get_response(request)
        try:
            revision = content_revision()
            if revision == NO_REVISION:  # a cache that keeps nothing: no keys
                return self.get_response(request)
            page_key = _page_key(request, marked.query(request), revision)
            stored = _hot.get(page_key) or _cache("get", page_key)
        except CacheUnavailable:
            return self.get_response(request)
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
            if _storable(response):
                with contextlib.suppress(CacheUnavailable):
                    _cache("set", page_key, _store(response), SERVER_TTL)
            _say(response, "miss")
        if response.status_code in CACHEABLE_STATUS:
            _mark_public(response, etag)
        return response

    @staticmethod
    def _marked(request) -> CachedPage | None:
        if request.method not in ("GET", "HEAD"):
            return None
        # Resolve under the language of the path, not the one this thread served
        # last: i18n_patterns match "/fr/…" only while French is active, and
        # LocaleMiddleware (which would activate it) has not run yet.
        language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        try:
            with translation.override(language):
                match = resolve(request.path_info)
        except Resolver404:
            return None
        return getattr(match.func, "cached_page", None)


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


def _page_key(request, query: str, revision: str) -> str:
    # Pages carry absolute addresses (canonical, share tags, feed ids): the
    # host and scheme are part of the key, so one host's page is never served
    # on another. The htmx headers count only as yes or no.
    htmx = "|".join(
        str(request.headers.get(name) == "true")
        for name in ("HX-Request", "HX-History-Restore-Request")
    )
    origin = f"{request.scheme}://{request.get_host()}"
    # Today's date is part of the key: pages say "since" or "from" a date.
    today = timezone.localdate().isoformat()
    raw = "|".join([release(), revision, today, origin, request.path, query, htmx])
    return "optout-guide:page:" + hashlib.sha256(raw.encode()).hexdigest()


def _if_none_match(request) -> set[str]:
    header = request.headers.get("If-None-Match", "")
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}


def _mark_public(response, etag):
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=BROWSER_MAX_AGE, must_revalidate=True)
    patch_vary_headers(response, ["HX-Request", "HX-History-Restore-Request"])


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
