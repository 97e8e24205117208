from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from policies import sitemaps

urlpatterns = [
    path(settings.ADMIN_URL, admin.site.urls),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
    path("sitemap.xml", sitemaps.sitemap_xml, name="sitemap"),
    # Public pages in every language: English at the root (so old links keep
    # working), the others under their code: /fr/, /de/, … /zh-hant/.
    *i18n_patterns(path("", include("policies.urls")), prefix_default_language=False),
]

handler404 = "policies.views.not_found"
handler500 = "policies.views.server_error"
