from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from policies import sitemaps
from policies.page_cache import cached_page

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
    path("sitemap.xml", cached_page()(sitemap), {"sitemaps": sitemaps.SITEMAPS}, name="sitemap"),
    # Public pages in every language: English at the root (so old links keep
    # working), the others under their code: /fr/, /de/, … /zh-hant/.
    *i18n_patterns(path("", include("policies.urls")), prefix_default_language=False),
]

handler500 = "policies.views.server_error"
