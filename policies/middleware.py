"""Request-level concerns of the running site: health, failure, headers, logging."""

import json
import logging
import time
from urllib.parse import urlsplit

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.middleware.gzip import GZipMiddleware as DjangoGZipMiddleware
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_vary_headers

request_log = logging.getLogger("optout_guide.requests")


class HealthCheckMiddleware:
    """`/healthz` for load balancers: 200 when the database answers, else 503.

    Answered before host checks and the HTTPS redirect, because balancers
    call it by address over plain HTTP.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != "/healthz":
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            response = HttpResponse("ok\n", content_type="text/plain")
        except DatabaseError:
            response = HttpResponse("database unavailable\n", content_type="text/plain", status=503)
        response["Cache-Control"] = "no-store"
        return response


class PathLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, without `Vary: Accept-Language` on every response.

    The language comes from the address alone (English at the root, the others
    under /fr/, …: prefix_default_language=False), never from the header, so a
    shared cache need not keep a copy per header value. The one page that reads
    the header (the English home, to suggest a language) says so itself.
    """

    def process_response(self, request, response):
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


class GZipMiddleware(DjangoGZipMiddleware):
    """Django's gzip (with its BREACH mitigation), that also honours q-values:
    "gzip;q=0" or "identity" get the page uncompressed."""

    def process_response(self, request, response):
        from policies.page_cache import accepts_gzip

        if not accepts_gzip(request):
            # Shared caches must still know that other clients get it compressed.
            if not response.has_header("Content-Encoding"):
                patch_vary_headers(response, ["Accept-Encoding"])
            return response
        return super().process_response(request, response)


class CanonicalAddressMiddleware:
    """Every absolute link the site writes uses its own address, never the request's.

    The Host header is checked against ALLOWED_HOSTS as usual, then replaced by
    the host of SITE_URL, so Host variants (case, a port) are neither echoed into
    canonical links, share tags, feed ids or the reminder's UID, nor cached apart.
    A path that starts with "//" (which would read as another site's address in
    those links) is read as the single-slash path it is on this site.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.host = urlsplit(settings.SITE_URL).netloc

    def __call__(self, request):
        request.get_host()  # a disallowed Host is refused (400) before anything else
        admin = request.path.startswith("/" + settings.ADMIN_URL)
        # (The admin is not public and checks its forms' Origin against the real Host.)
        if self.host and not admin:
            request.META["HTTP_HOST"] = self.host
            request.META.pop("HTTP_X_FORWARDED_HOST", None)
        if request.path_info.startswith("//"):
            request.path_info = "/" + request.path_info.lstrip("/")
            request.path = request.path_info
        response = self.get_response(request)
        if admin:
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class DatabaseUnavailableMiddleware:
    """A friendly 503 page, instead of a 500, when the database is down."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DatabaseError):
            return unavailable(request)
        return None


def unavailable(request):
    from policies.content import last_known_policy

    response = render(request, "503.html", {"policy": last_known_policy()}, status=503)
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class RequestLogMiddleware:
    """One structured line per request.

    The path only: visitors' answers live in the query string, so neither the
    query nor any value from it is logged, and no address or user agent.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        request_log.info(
            json.dumps(
                {
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "cache": response.get("X-Cache", ""),
                }
            )
        )
        return response
