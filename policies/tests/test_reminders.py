"""The six-month reminder: a calendar file that carries nothing about the visitor."""

import datetime

import pytest
from django.urls import reverse
from icalendar import Calendar

TODAY = datetime.date(2026, 1, 10)


@pytest.fixture(autouse=True)
def today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: TODAY)
    return TODAY


def the_event(response):
    calendar = Calendar.from_ical(response.content)
    assert len(calendar.events) == 1
    return calendar.events[0]


def test_the_reminder_is_one_all_day_event_183_days_from_today(client, linkedin):
    response = client.get(reverse("legacy-reminder"))
    assert response.status_code == 200
    event = the_event(response)
    assert event.start == datetime.date(2026, 7, 12) == TODAY + datetime.timedelta(days=183)
    assert not isinstance(event.start, datetime.datetime)
    assert event.end == datetime.date(2026, 7, 13)
    assert str(event["SUMMARY"]) == "Re-check your LinkedIn AI training setting"
    assert event.stamp is not None


def test_the_reminder_opens_the_setting_and_names_it(client, linkedin):
    event = the_event(client.get(reverse("legacy-reminder")))
    assert str(event["URL"]) == linkedin.settings_url
    assert linkedin.settings_url in event.description
    assert linkedin.setting_name in event.description
    assert "http://testserver/linkedin-ai-training/guide/" in event.description


def test_the_reminder_downloads_as_a_calendar_file(client, linkedin):
    response = client.get(reverse("legacy-reminder"))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="optout-guide-reminder.ics"'


def test_valid_answers_lead_back_to_the_visitors_result(client, linkedin):
    event = the_event(client.get(reverse("legacy-reminder"), {"country": "fr", "device": "ios"}))
    guide = "http://testserver/linkedin-ai-training/guide/"
    assert f"{guide}?country=FR&device=ios" in event.description


def test_bad_answers_are_dropped_never_echoed(client, linkedin):
    response = client.get(reverse("legacy-reminder"), {"country": "<script>", "device": "toaster"})
    assert response.status_code == 200
    assert b"script" not in response.content and b"toaster" not in response.content
    assert the_event(response).description.endswith(
        ": http://testserver/linkedin-ai-training/guide/"
    )


def test_the_uid_depends_on_the_date_alone(client, linkedin):
    plain = the_event(client.get(reverse("legacy-reminder")))
    answers = {"country": "GB", "device": "android"}
    answered = the_event(client.get(reverse("legacy-reminder"), answers))
    assert plain.uid == answered.uid
    assert "20260712" in plain.uid
    assert "GB" not in plain.uid and "android" not in plain.uid


def test_the_reminder_sets_no_cookie(client, linkedin):
    assert not client.get(reverse("legacy-reminder")).cookies


def test_the_reminder_is_get_only(client, linkedin):
    assert client.post(reverse("legacy-reminder")).status_code == 405


def test_without_a_published_policy_there_is_no_reminder(client, linkedin):
    linkedin.is_published = False
    linkedin.save()
    assert client.get(reverse("legacy-reminder")).status_code == 404
