from django.conf import settings
from django.urls import path

from policies import feeds, reminders, views

# The original policy's addresses, from before the site carried several: newsletters
# link to them, so they answer for good, as aliases of the policy's own addresses
# (same page, canonical link to /<policy>/…). See docs/architecture.md, "Addresses".
LEGACY = {"platform": settings.LEGACY_POLICY}

# Included once per language (see optout_guide/urls.py).
urlpatterns = [
    path("", views.home, name="home"),
    path("updates.atom", feeds.all_policies_feed, name="all-feed"),
    path("checklist/", views.checklist, name="checklist"),
    path("checklist/reminder.ics", reminders.checklist_reminder, name="checklist-reminder"),
    path("guide/", views.guide, LEGACY, name="legacy-guide"),
    path("policy/", views.policy_page, LEGACY, name="legacy-policy"),
    path("regions/<slug:slug>/", views.region_page, LEGACY, name="legacy-region"),
    path("feed.atom", feeds.timeline_feed, LEGACY, name="legacy-feed"),
    path("reminder.ics", reminders.reminder, LEGACY, name="legacy-reminder"),
    # Every published policy's own pages.
    path("<slug:platform>/", views.home, name="policy-home"),
    path("<slug:platform>/guide/", views.guide, name="guide"),
    path("<slug:platform>/policy/", views.policy_page, name="policy"),
    path("<slug:platform>/regions/<slug:slug>/", views.region_page, name="region"),
    path("<slug:platform>/feed.atom", feeds.timeline_feed, name="feed"),
    path("<slug:platform>/reminder.ics", reminders.reminder, name="reminder"),
    path("<slug:platform>/share.png", views.share_image, name="share-image"),
]
