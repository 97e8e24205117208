from django.urls import path

from policies import feeds, reminders, views

# Included once per language (see optout_guide/urls.py).
urlpatterns = [
    path("", views.home, name="home"),
    path("guide/", views.guide, name="guide"),
    path("policy/", views.policy_page, name="policy"),
    path("regions/<slug:slug>/", views.region_page, name="region"),
    path("feed.atom", feeds.timeline_feed, name="feed"),
    path("reminder.ics", reminders.reminder, name="reminder"),
]
