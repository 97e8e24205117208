"""Settings for optout-guide, driven by environment variables.

Development defaults are safe: with no environment at all the site runs in
production mode and refuses to start without a secret key, so a forgotten
variable never ships a debug server. Set DJANGO_DEBUG=1 to develop locally.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name: str) -> bool:
    return os.environ.get(name, "") == "1"


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_flag("DJANGO_DEBUG")
# The test suite runs with production settings (debug off) on purpose, through
# optout_guide/test_settings.py, which sets DJANGO_TESTING (pyproject.toml names it).
TESTING = env_flag("DJANGO_TESTING")

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not (DEBUG or TESTING):
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set: production mode needs a secret key "
            "(or set DJANGO_DEBUG=1 for local development)."
        )
    SECRET_KEY = "insecure-key-for-local-development-and-tests-only"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")

# The product's name in the header, titles and share tags. Left unset, it is
# the site's own name, translated into each language; a custom name is shown as given.
SITE_NAME = os.environ.get("DJANGO_SITE_NAME", "")
# Where "Did these steps match your screen?" opens the visitor's email app
# (a mailto: link: the site itself receives and stores nothing). Empty: no link.
FEEDBACK_EMAIL = os.environ.get("DJANGO_FEEDBACK_EMAIL", "")

# The policy the site's original addresses (/guide/, /policy/, /regions/…,
# /feed.atom, /reminder.ics, in every language) belong to, for good: they were
# shared before the site carried several policies. Publishing another policy
# never changes what they show.
LEGACY_POLICY = os.environ.get("DJANGO_LEGACY_POLICY", "linkedin-ai-training")

# Kosovo is a country people live in, but not (yet) in ISO 3166: its
# user-assigned code XK is the one CLDR and most software use.
COUNTRIES_OVERRIDE = {"XK": "Kosovo"}

# The site's own address: every absolute link (canonical, share tags, feed,
# sitemap, reminders) and every cache key uses its host, whatever Host a
# request sent. Default: the first allowed host (in debug: none, links follow the request).
SITE_URL = os.environ.get("DJANGO_SITE_URL", "").rstrip("/") or (
    f"https://{ALLOWED_HOSTS[0]}" if ALLOWED_HOSTS and not DEBUG else ""
)

# What a CDN in front may do with public pages (browsers always ask again):
# keep a page CDN_MAX_AGE seconds, then serve it stale for up to
# CDN_STALE_WHILE_REVALIDATE more while it fetches the new one, and keep
# serving it for CDN_STALE_IF_ERROR while the site answers errors. An edit
# reaches a CDN's visitors within CDN_MAX_AGE + CDN_STALE_WHILE_REVALIDATE
# seconds, or at once after a purge (README, "Behind a CDN").
CDN_MAX_AGE = int(os.environ.get("DJANGO_CDN_MAX_AGE", "60"))
CDN_STALE_WHILE_REVALIDATE = int(os.environ.get("DJANGO_CDN_STALE_WHILE_REVALIDATE", "30"))
CDN_STALE_IF_ERROR = int(os.environ.get("DJANGO_CDN_STALE_IF_ERROR", str(60 * 60 * 24)))

# The page cache says "X-Cache: hit/miss" only where someone is looking.
PAGE_CACHE_HEADER = DEBUG or TESTING

# The admin's address; a less obvious one keeps password-guessing bots away.
ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "admin/").strip("/") + "/"

INSTALLED_APPS = [
    # Before admin, so that content fields get a tab per language there.
    "modeltranslation",
    "policies.admin_apps.GuideAdminConfig",  # django.contrib.admin, with the guide's admin site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_countries",
    "django_htmx",
    "reversion",
    "axes",
    "policies",
]

MIDDLEWARE = [
    "policies.middleware.RequestLogMiddleware",
    # Compresses pages (with Django's BREACH mitigation); static files come
    # precompressed from whitenoise.
    "policies.middleware.GZipMiddleware",
    "policies.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "policies.middleware.CanonicalAddressMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "policies.page_cache.PageCacheMiddleware",
    "policies.middleware.DatabaseUnavailableMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "policies.middleware.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language comes from the address only (/fr/…; English at the root).
    "policies.middleware.PathLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, so that it sees the login attempts the admin handles.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "optout_guide.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
                "policies.context_processors.sharing",
                "policies.context_processors.languages",
                "policies.context_processors.site",
                "policies.preview.preview_context",
            ],
        },
    },
]

WSGI_APPLICATION = "optout_guide.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=60,
        conn_health_checks=True,
    )
}

# Rendered pages and the content revision. REDIS_URL shares them between app
# instances; without it, files on this machine are shared by its workers.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "optout-guide",
            # Redis answers in a millisecond or two. One that does not answer at all
            # (a host gone, a network cut: no refusal, just silence) must cost a
            # request half a second, not redis-py's default 5 s per call, which held
            # every gunicorn thread and so every page (docs/resilience.md, (d)).
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
elif DEBUG or TESTING:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("DJANGO_CACHE_DIR", "/tmp/optout-guide-cache"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"bare": {"format": "%(message)s"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "bare"}},
    "loggers": {
        # Server errors with their tracebacks, in production too.
        "django.request": {"handlers": ["stdout"], "level": "ERROR", "propagate": False},
        "optout_guide.requests": {"handlers": ["stdout"], "level": "INFO", "propagate": False},
        "optout_guide": {"handlers": ["stdout"], "level": "WARNING"},
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # Refuses logins for an account or address after repeated failures.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Proxies in front of the site (each appends to X-Forwarded-For): the login
# throttle counts failures per username *and* client address, read through them.
PROXY_COUNT = int(os.environ.get("DJANGO_PROXY_COUNT", "1"))
AXES_CLIENT_IP_CALLABLE = "policies.client_ip.client_ip"
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("it", "Italiano"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("zh-hant", "繁體中文"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Pages write dates with policies.dates.long_date (CLDR, "3 novembre 2025", "1er décembre");
# Django's formats (its Italian is "03 Novembre 2025") serve only the English admin,
# where this module gives "3 November 2025".
FORMAT_MODULE_PATH = ["optout_guide.formats"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))

# Tests run against the source files directly (no collectstatic needed);
# everywhere else outside debug, hashed and compressed files from whitenoise.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Outside production, whitenoise serves straight from the source folders.
WHITENOISE_USE_FINDERS = DEBUG or TESTING
WHITENOISE_AUTOREFRESH = DEBUG or TESTING

# Security. TLS ends at the proxy in front of the site, which says so in
# X-Forwarded-Proto; plain HTTP is redirected, except the load balancer's
# health check.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("DJANGO_SECURE_SSL_REDIRECT", "1") == "1" and not (
    DEBUG or TESTING
)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 0 if DEBUG else 31_536_000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    # No nonce: pages have no inline script, and a cached page would hand
    # every visitor the same one.
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
# Features the site never uses, switched off for every page.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()"
)

# Only the admin has sessions and CSRF tokens; public pages never get a cookie.
SESSION_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# The whole site, so that a logged-in editor can preview an unpublished policy
# at its real address. Visitors never get one: only logging in creates a session.
SESSION_COOKIE_PATH = "/"
CSRF_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_PATH = "/" + ADMIN_URL

# Content staff keep a fact "fresh" for this many days after they last
# checked it; older facts are flagged in admin for re-checking.
CONTENT_STALE_AFTER_DAYS = 90

# A publisher may not publish a draft edition that no one else worked on.
EDITIONS_NEED_SECOND_PAIR_OF_EYES = os.environ.get(
    "DJANGO_EDITIONS_NEED_SECOND_PAIR_OF_EYES", ""
).lower() in {"1", "true", "yes"}
