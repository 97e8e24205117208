"""A calendar file that reminds a visitor to check the setting again in six months.

Platforms have switched settings back on before; a reminder the visitor keeps
in their own calendar costs us nothing to store and tells us nothing about them.
"""

import datetime

from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

from policies import flow
from policies.content import published_policies
from policies.methods import read_only
from policies.models import Policy
from policies.preview import policy_for

RECHECK_AFTER = datetime.timedelta(days=183)
FILENAME = "optout-guide-reminder.ics"


def reminder_calendar(policy: Policy, today: datetime.date, guide_url: str, host: str) -> Calendar:
    """One all-day event, RECHECK_AFTER from today, identified by its date alone."""
    event, uid = _reminder_event(policy, today, guide_url, host)
    return Calendar.new(
        prodid="-//optout-guide//reminder//EN", uid=f"calendar-{uid}", subcomponents=[event]
    )


def _reminder_event(policy: Policy, today: datetime.date, guide_url: str, host: str):
    due = today + RECHECK_AFTER
    # Everyone asking on the same day gets the same file: nothing in it is theirs.
    uid = f"{policy.slug}-recheck-{due:%Y%m%d}@{host}"
    event = Event.new(
        uid=uid,
        stamp=timezone.now(),
        start=due,
        end=due + datetime.timedelta(days=1),
        summary=_("Re-check your %(platform)s AI training setting") % {"platform": policy.platform},
        description=_(
            "Check that %(platform)s’s “%(setting)s” setting is still off.\n\n"
            "Open the setting: %(settings_url)s\n"
            "Your steps on optout-guide: %(guide_url)s"
        )
        % {
            "platform": policy.platform,
            "setting": policy.setting_name,
            "settings_url": policy.settings_url,
            "guide_url": guide_url,
        },
        url=policy.settings_url,
    )
    # Many calendars only notify for events that carry an alarm.
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", event["summary"])
    alarm.add("trigger", datetime.timedelta(hours=9))
    event.add_component(alarm)
    return event, uid


@read_only
def reminder(request, platform):
    """The .ics file; `country` and `device`, if valid, lead back to the visitor's result."""
    policy = policy_for(request, platform)
    asked = flow.questions(policy)
    wanted = {name: asked[name] for name in ("country", "age", "device")}
    answers, _errors = flow.read_answers(dict(request.GET.lists()), wanted)
    query = answers.url_query()
    guide_url = request.build_absolute_uri(
        reverse("guide", args=[policy.slug]) + (f"?{query}" if query else "")
    )
    calendar = reminder_calendar(policy, timezone.localdate(), guide_url, request.get_host())
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{FILENAME}"'
    return response


@read_only
def checklist_reminder(request):
    """The checklist's .ics: one event per chosen platform, leading back to the checklist."""
    state = flow.read_checklist(dict(request.GET.lists()), published_policies())
    if not state.policies:
        raise Http404("No platform chosen")
    query = state.url_query()
    url = request.build_absolute_uri(f"{reverse('checklist')}?{query}")
    today, host = timezone.localdate(), request.get_host()
    events = [_reminder_event(policy, today, url, host) for policy in state.policies]
    calendar = Calendar.new(
        prodid="-//optout-guide//reminder//EN",
        uid=f"calendar-checklist-{today + RECHECK_AFTER:%Y%m%d}@{host}",
        subcomponents=[event for event, _uid in events],
    )
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{FILENAME}"'
    return response
