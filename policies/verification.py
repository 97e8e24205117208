"""The bulk action "Mark as verified today", on every sourced fact's list.

Verified and confirmed are two different words here. *Verified* (last_verified)
is when an editor last checked an item against its sources; *confirmed* is a
confidence: the platform's own text or an official body says it. The action
sets the first and never touches the second, and it marks only what can be
checked against something:

- an item without sources is left alone: there is nothing to verify it
  against, and a fact without sources cannot be confirmed (the change form
  refuses that too);
- an item whose confidence is Unverified is left alone: a date would say it was
  checked while its confidence says it was not. Raise its confidence in the item.

Everything marked goes into one History revision, with the editor and a comment.
"""

import reversion
from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from policies.models import Confidence
from policies.review_filters import has_sources

NAMED = 10  # items named in a message; the rest are counted


def _names(items) -> str:
    names = ", ".join(f"“{item}”" for item in items[:NAMED])
    return names + (f" and {len(items) - NAMED} more" if len(items) > NAMED else "")


@admin.action(description="Mark as verified today", permissions=["change"])
def mark_verified_today(model_admin, request, queryset):
    today = timezone.localdate()
    items = list(queryset.annotate(_has_sources=has_sources(queryset.model)))
    unsourced = [item for item in items if not item._has_sources]
    unverified = [
        item for item in items if item._has_sources and item.confidence == Confidence.UNVERIFIED
    ]
    skipped = {item.pk for item in unsourced + unverified}
    already = [item for item in items if item.pk not in skipped and item.last_verified == today]
    marking = [item for item in items if item.pk not in skipped and item.last_verified != today]

    if marking:
        on = date_format(today, "j F Y")
        comment = f"Marked as verified on {on}: checked against its sources."
        with transaction.atomic(), reversion.create_revision():
            reversion.set_user(request.user)
            reversion.set_comment(comment)
            for item in marking:
                item.last_verified = today
                item.save(update_fields=["last_verified"])
            LogEntry.objects.log_actions(
                user_id=request.user.pk,
                queryset=marking,
                action_flag=CHANGE,
                change_message=comment,
            )
        model_admin.message_user(
            request, f"Marked {len(marking)} item(s) as verified today ({on}).", messages.SUCCESS
        )
    if unsourced:
        confirmed = [item for item in unsourced if item.confidence == Confidence.CONFIRMED]
        text = (
            f"Not marked: {len(unsourced)} item(s) without sources, so nothing to verify them "
            f"against: {_names(unsourced)}. Add their sources first."
        )
        if confirmed:
            text += (
                f" Of these, {_names(confirmed)} "
                f"{'is' if len(confirmed) == 1 else 'are'} marked Confirmed: a fact without "
                "sources cannot be confirmed, so add its sources or choose another confidence."
            )
        model_admin.message_user(request, text, messages.WARNING)
    if unverified:
        model_admin.message_user(
            request,
            f"Not marked: {len(unverified)} item(s) whose confidence is Unverified: "
            f"{_names(unverified)}. A date would say they were checked; once their sources "
            "confirm them, raise the confidence in the item and set the date there.",
            messages.WARNING,
        )
    if already:
        model_admin.message_user(
            request, f"Already verified today: {_names(already)}.", messages.INFO
        )
