from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language, to_locale
from django.utils.translation import gettext as _

OG_LOCALES = {
    "en": "en_GB",
    "fr": "fr_FR",
    "de": "de_DE",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "zh-hant": "zh_HK",
}


def og_locale(language: str | None) -> str:
    """Open Graph's locale for a site language: ours where we chose one, else Django's form."""
    return OG_LOCALES.get(language or "en") or to_locale(language or "en")


def canonical_path(request) -> str:
    """The page's own address: an old address (/guide/, kept for LinkedIn's links)
    gives its policy's (/linkedin-ai-training/guide/)."""
    match = getattr(request, "resolver_match", None)
    if match and match.url_name and match.url_name.startswith("legacy-"):
        return reverse(match.url_name.removeprefix("legacy-"), kwargs=match.kwargs)
    return request.path


def sharing(request):
    """Absolute addresses every page needs for its canonical link and share previews.

    A view may pass its own `canonical_url` (the wizard does, without tracking
    parameters); this is the default.
    """
    return {
        "canonical_url": request.build_absolute_uri(canonical_path(request)),
        "share_image_url": request.build_absolute_uri(static("img/share.png")),
        "site_origin": request.build_absolute_uri("/").rstrip("/"),
    }


def languages(request):
    """The same page in every language.

    Pages whose state lives in the query string pass `kept_query` (validated
    answers only), which the templates append to these addresses.
    """
    current = get_language()
    links = []
    here = canonical_path(request)
    for code, name in settings.LANGUAGES:
        path = translate_url(here, code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": path,
                "absolute": request.build_absolute_uri(path),
                "current": code == current,
            }
        )
    return {
        "language_links": links,
        "og_locale": og_locale(current),
        "og_locale_alternates": [og_locale(c) for c, _ in settings.LANGUAGES if c != current],
    }


def home_links() -> list[dict]:
    """Every language's home page, as `language_links` (for pages that are not pages:
    the 404 page's language links must not lead back to the address that failed)."""
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        with translation.override(code):
            path = reverse("home")
        links.append({"code": code, "name": name, "url": path, "current": code == current})
    return links


def site_name() -> str:
    return settings.SITE_NAME or _("AI Opt-Out Guide")


def site(request):
    return {"site_name": site_name()}
