"""The published content: one snapshot per content revision, and what moves it on.

Every public page, feed, sitemap and reminder reads the published policy from
here (`published_policy()`), never from the database directly: the snapshot is
read once per revision (a fixed number of queries, whatever the amount of
content) and kept in the cache and in each process's memory. Every saved,
deleted or re-linked piece of content moves the *content revision* on (signals
below), so an edit in admin shows on the very next request. The HTTP page cache
(policies/page_cache.py) keys pages by this revision.
"""

import contextlib
import functools
import hashlib
import logging
import secrets
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import Http404

log = logging.getLogger("optout_guide.content")

NO_REVISION = "no-revision-stored"
SNAPSHOT_TTL = 60 * 60 * 24  # a snapshot outlives nothing but its revision

REVISION_KEY = "optout-guide:content-revision"


# After a failed call, this process leaves the cache alone for this long: a cache
# that hangs then costs one timeout every few seconds, not one (or two) per request.
CACHE_RETRY_AFTER = 5.0
_cache_down_until = 0.0


class CacheUnavailable(Exception):
    pass


def _cache(method, *args, **kwargs):
    """The cache, or CacheUnavailable: a cache outage must cost speed, never a page."""
    if time.monotonic() < _cache_down_until:
        raise CacheUnavailable("the cache failed less than CACHE_RETRY_AFTER seconds ago")
    return _cache_always(method, *args, **kwargs)


def _cache_always(method, *args, **kwargs):
    """_cache, tried even within CACHE_RETRY_AFTER of a failure (for edits)."""
    global _cache_down_until
    try:
        return getattr(cache, method)(*args, **kwargs)
    except Exception as error:
        _cache_down_until = time.monotonic() + CACHE_RETRY_AFTER
        log.warning("cache unavailable, not tried for %.0f s: %s", CACHE_RETRY_AFTER, error)
        raise CacheUnavailable from error


def content_revision() -> str:
    revision = _cache("get", REVISION_KEY)
    if revision is None:
        # add() so that concurrent first requests agree on one revision.
        _cache("add", REVISION_KEY, secrets.token_hex(8), timeout=None)
        revision = _cache("get", REVISION_KEY)
    # A cache that drops writes (DummyCache, an evicted key) has no revision to
    # give: pages still render, from a fresh read, under a marker of their own.
    return revision or NO_REVISION


def content_changed(**kwargs) -> None:
    try:
        # Always tried: an edit must reach the cache whenever it can.
        _cache_always("set", REVISION_KEY, secrets.token_hex(8), timeout=None)
    except CacheUnavailable:
        # Pages cached under the old revision are now unreachable only if
        # the cache comes back empty; say so loudly.
        log.error("content changed but the cache could not be told; cached pages may be stale")


# Models of the app that no page shows: saving them must not flush the page cache.
NOT_CONTENT = {"policies.sourcecheck"}  # the source watch's findings (a nightly run)


def _is_content(sender) -> bool:
    meta = getattr(sender, "_meta", None)
    return getattr(meta, "app_label", None) == "policies" and meta.label_lower not in NOT_CONTENT


def _content_changing():
    # Now, so that the next request in this process sees the change, and again
    # once the transaction commits, so that a page rendered by another request
    # in between (from the old rows, under the new revision) is not kept.
    content_changed()
    transaction.on_commit(content_changed)


def _on_save_or_delete(sender, **kwargs):
    if _is_content(sender):
        _content_changing()


def _on_m2m(sender, action, instance, **kwargs):
    if action.startswith("post_") and _is_content(type(instance)):
        _content_changing()


def connect_signals():
    post_save.connect(_on_save_or_delete, dispatch_uid="page_cache_save")
    post_delete.connect(_on_save_or_delete, dispatch_uid="page_cache_delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="page_cache_m2m")


_in_process: dict[str, dict] = {}


class NoPublishedPolicy(Http404):
    """No policy is published: every public page, feed, sitemap and reminder says so alike."""


def published_policies() -> list:
    """Every published policy's snapshot (see `snapshot`), by platform name."""
    return list(snapshot().values())


def published_policy(slug: str | None = None):
    """One published policy's snapshot, or Http404 (NoPublishedPolicy when none is).

    Without a slug: the only published policy, or the first of several (for pages
    about the site as a whole, such as the 503 page).
    """
    policies = snapshot()
    if not policies:
        raise NoPublishedPolicy("No policy is published")
    if slug is None:
        return next(iter(policies.values()))
    try:
        return policies[slug]
    except KeyError:
        raise Http404("No such published policy") from None


def last_known_policy():
    """The snapshot this process last read, without touching the database or the cache.

    For pages shown when the database is down (the friendly 503): they can still
    name the platform and link to its setting.
    """
    policies = next(iter(_in_process.values()), {})
    return next(iter(policies.values()), None)


def load_policies() -> dict:
    """Every published policy with all its content, from the database.

    A fixed number of queries however many policies there are: prefetching is
    per relation, not per policy. Ordered by platform name (the same in every language and
    across editions), never by a
    translated title (whose order would follow the language that asked first).
    """
    from policies.models import Policy
    from policies.translation_status import attach_reviews

    policies = list(Policy.objects.published().with_content().order_by("platform", "pk"))
    attach_reviews(policies)  # which translations are older than their English: one query
    return {policy.slug: policy for policy in policies}


def snapshot() -> dict:
    """{slug: policy} for every published policy, read once per content revision.

    Every public page renders from this one snapshot, so after an edit the
    database is read once (a fixed number of queries, whatever the amount of
    content) and page renders after that cost no query at all, even for a
    page not cached yet.
    """
    try:
        revision = content_revision()
    except CacheUnavailable:
        return load_policies()
    if revision == NO_REVISION:  # nothing could say when it changes: read it fresh
        return load_policies()
    key = f"optout-guide:content:{release()}:{revision}"
    # Each process keeps the snapshot of the current revision in memory too:
    # unpickling the whole content on every request would cost more than
    # rendering a page.
    if key in _in_process:
        return _in_process[key]
    try:
        policies = _cache("get", key)
    except CacheUnavailable:
        return load_policies()
    if policies is None:
        policies = load_policies()
        with contextlib.suppress(CacheUnavailable):
            _cache("set", key, policies, SNAPSHOT_TTL)
    _in_process.clear()
    _in_process[key] = policies
    return policies


@functools.cache
def release() -> str:
    """A fingerprint of this build's templates, code and static files.

    Part of every key, so that a deploy never serves pages rendered by the
    previous build (with its templates and its hashed stylesheet names) from
    a cache that outlives it.
    """
    root = Path(settings.BASE_DIR)
    digest = hashlib.sha256()
    for folder in ("templates", "static", "policies", "locale"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in {".html", ".py", ".css", ".js", ".svg", ".po"}:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
