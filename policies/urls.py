from django.contrib.sitemaps.views import sitemap
from django.urls import path

from policies import feeds, reminders, sitemaps, views
from policies.page_cache import cached_page

urlpatterns = [
    path("", views.home, name="home"),
    path("guide/", views.guide, name="guide"),
    path("policy/", views.policy_page, name="policy"),
    path("regions/<slug:slug>/", views.region_page, name="region"),
    path("feed.atom", cached_page()(feeds.TimelineFeed()), name="feed"),
    path("sitemap.xml", cached_page()(sitemap), {"sitemaps": sitemaps.SITEMAPS}, name="sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots"),
    path("reminder.ics", reminders.reminder, name="reminder"),
]
