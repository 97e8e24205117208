"""Public pages are read, never written: other methods get a clear 405 in the site's design."""

import functools

from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt

SAFE = ("GET", "HEAD")


def read_only(view):
    """GET and HEAD only; anything else is a 405 page with `Allow`, not a bare CSRF 403.

    Public pages set no cookie and take no input that changes anything, so there
    is nothing for CSRF protection to protect here; the method check comes first.
    """

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in SAFE:
            response = render(request, "405.html", status=405)
            response["Allow"] = ", ".join(SAFE)
            return response
        return view(request, *args, **kwargs)

    return csrf_exempt(wrapped)
