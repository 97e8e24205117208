"""Editors see an unpublished policy at its real addresses; visitors get a 404 there.

A preview is read from the database on every request (never from the published
snapshot), answered with `Cache-Control: private, no-store` and noindex, and never
stored by the page cache (policies/page_cache.py refuses private responses).
"""

from django.conf import settings
from django.http import Http404
from django.utils.cache import add_never_cache_headers, patch_cache_control

from policies.content import published_policy


def carries_session(request) -> bool:
    """Whether the request has a session: only an editor who logged in has one."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def can_preview(request) -> bool:
    # Only a request that carries a session is looked at: a visitor's request
    # never touches the session, so no page varies on it.
    if not carries_session(request):
        return False
    user = getattr(request, "user", None)
    return bool(user and user.is_active and user.is_staff and user.has_perm("policies.view_policy"))


PREVIEW_COOKIE = "optout-preview"  # set for editors only; the page cache steps aside
PREVIEW_SESSION_KEY = "preview_editions"


def policy_for(request, slug: str):
    """The published policy at this address, or an editor's preview of an unpublished one
    (or of the draft edition they chose to preview here)."""
    from policies.models import Policy

    if PREVIEW_COOKIE in request.COOKIES and can_preview(request):
        draft_pk = request.session.get(PREVIEW_SESSION_KEY, {}).get(slug)
        draft = Policy.objects.with_content().filter(pk=draft_pk).first() if draft_pk else None
        if draft is not None and draft.edition == Policy.Edition.DRAFT:
            from policies.translation_status import attach_reviews

            attach_reviews([draft])
            draft.slug = slug  # its links lead to the real addresses
            request.preview = draft
            return draft
    try:
        return published_policy(slug)
    except Http404:
        if not can_preview(request):
            raise
    from policies.translation_status import attach_reviews

    policy = Policy.objects.with_content().filter(slug=slug).first()
    if policy is None:
        raise Http404("No such policy")
    attach_reviews([policy])
    if not policy.is_published:
        request.preview = policy
    return policy


def mark_preview(request, response):
    """A preview is for the editor who asked: never kept, never indexed."""
    if getattr(request, "preview", None) is not None:
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def preview_context(request) -> dict:
    return {"preview": getattr(request, "preview", None)}
