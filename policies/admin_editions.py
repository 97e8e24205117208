"""Editions in admin: start a draft, preview it at the real addresses, publish it.

Editors who are not publishers see the current edition of a published policy
read-only: they change a draft ("Start a new edition") instead.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse

from policies import editions
from policies.editors import can_publish
from policies.models import Policy
from policies.preview import PREVIEW_COOKIE, PREVIEW_SESSION_KEY


def policy_of(obj) -> Policy | None:
    if obj is None:
        return None
    if isinstance(obj, Policy):
        return obj
    for attribute in ("policy", "region", "instructions", "setting"):
        parent = getattr(obj, attribute, None) if hasattr(obj, f"{attribute}_id") else None
        if parent is not None:
            return policy_of(parent)
    return None


def locked_for(request, obj) -> bool:
    """What visitors see now is changed by publishers only."""
    policy = policy_of(obj)
    return (
        policy is not None
        and policy.edition == Policy.Edition.CURRENT
        and policy.is_published
        and not can_publish(request.user)
    )


class EditionGuard:
    """For every content admin (and inline): the current published edition is read-only
    for editors who are not publishers."""

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not locked_for(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not locked_for(request, obj)

    def has_add_permission(self, request, *args):
        obj = args[0] if args else None  # inlines are asked with their parent
        return super().has_add_permission(request, *args) and not locked_for(request, obj)


class PublishForm(forms.Form):
    note = forms.CharField(
        label="What changed",
        widget=forms.Textarea(attrs={"rows": 3, "cols": 80}),
        help_text="Required. A public note is shown on the policy page and in its feeds.",
    )
    public = forms.BooleanField(
        label="Public note (untick for a minor change that stays in admin)",
        required=False,
        initial=True,
    )
    publish_at = forms.DateTimeField(
        label="Go live at (optional)",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text="Leave empty to publish now. Due editions are published by "
        "`manage.py publish_due_editions` (run it every few minutes from cron).",
    )


class EditionsAdmin:
    """PolicyAdmin's edition views and buttons."""

    change_form_template = "admin/policies/policy/change_form.html"

    def get_urls(self):
        views = [
            path(
                "<int:pk>/new-edition/",
                self.admin_site.admin_view(self.new_edition_view),
                name="policies_policy_new_edition",
            ),
            path(
                "<int:pk>/preview/",
                self.admin_site.admin_view(self.preview_view),
                name="policies_policy_preview",
            ),
            path(
                "end-preview/",
                self.admin_site.admin_view(self.end_preview_view),
                name="policies_policy_end_preview",
            ),
            path(
                "<int:pk>/publish/",
                self.admin_site.admin_view(self.publish_view),
                name="policies_policy_publish",
            ),
            path(
                "<int:pk>/compare/",
                self.admin_site.admin_view(self.compare_view),
                name="policies_policy_compare",
            ),
        ]
        return views + super().get_urls()

    def get_list_display(self, request):
        return [*super().get_list_display(request), "edition"]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), "edition"]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        policy = self.get_object(request, object_id)
        extra = extra_context or {}
        if policy is not None:
            current = editions.current_edition(policy)
            extra |= {
                "edition_policy": policy,
                "edition_draft": editions.draft_of(current),
                "can_publish": can_publish(request.user),
                "locked": locked_for(request, policy),
            }
        return super().change_view(request, object_id, form_url, extra)

    @staticmethod
    def _check_change(request):
        if not request.user.has_perm("policies.change_policy"):
            raise PermissionDenied

    def new_edition_view(self, request, pk):
        self._check_change(request)
        if request.method != "POST":
            return redirect("admin:policies_policy_change", pk)
        policy = get_object_or_404(Policy, pk=pk)
        try:
            draft = editions.start_edition(policy, request.user)
        except editions.EditionError as error:
            messages.error(request, str(error))
            return redirect("admin:policies_policy_change", pk)
        messages.success(
            request,
            "A draft of the next edition was made: change it here, preview it, and ask a "
            "publisher to publish it. Visitors see nothing of it until then.",
        )
        return redirect("admin:policies_policy_change", draft.pk)

    def preview_view(self, request, pk):
        draft = get_object_or_404(Policy, pk=pk, edition=Policy.Edition.DRAFT)
        if not request.user.has_perm("policies.view_policy"):
            raise PermissionDenied
        current = draft.edition_of
        request.session[PREVIEW_SESSION_KEY] = {current.slug: draft.pk}
        response = redirect(reverse("policy-home", args=[current.slug]))
        response.set_cookie(
            PREVIEW_COOKIE, "1", httponly=True, secure=request.is_secure(), samesite="Lax"
        )
        return response

    def end_preview_view(self, request):
        request.session.pop(PREVIEW_SESSION_KEY, None)
        response = redirect("admin:policies_policy_changelist")
        response.delete_cookie(PREVIEW_COOKIE)
        return response

    def publish_view(self, request, pk):
        draft = get_object_or_404(Policy, pk=pk, edition=Policy.Edition.DRAFT)
        if not can_publish(request.user):
            raise PermissionDenied
        form = PublishForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                if data["publish_at"]:
                    editions.schedule(
                        draft, request.user, data["publish_at"], data["note"], data["public"]
                    )
                    messages.success(
                        request, f"Scheduled to go live at {data['publish_at']:%-d %b %Y %H:%M}."
                    )
                    return redirect("admin:policies_policy_change", draft.pk)
                editions.publish(draft, request.user, data["note"], data["public"])
            except editions.EditionError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, "Published: visitors see the new edition now.")
                return redirect("admin:policies_policy_change", draft.pk)
        context = self.admin_site.each_context(request) | {
            "title": f"Publish “{draft}”",
            "draft": draft,
            "current": draft.edition_of,
            "form": form,
            "differences": editions.differences(draft.edition_of, draft),
            "opts": Policy._meta,
        }
        return render(request, "admin/policies/policy/publish.html", context)

    def compare_view(self, request, pk):
        policy = get_object_or_404(Policy, pk=pk)
        if not request.user.has_perm("policies.view_policy"):
            raise PermissionDenied
        current = editions.current_edition(policy)
        older, newer = (current, policy) if policy.edition == "draft" else (policy, current)
        context = self.admin_site.each_context(request) | {
            "title": f"“{older}” and “{newer}”: what differs",
            "older": older,
            "newer": newer,
            "differences": editions.differences(older, newer),
            "opts": Policy._meta,
        }
        return render(request, "admin/policies/policy/compare.html", context)
