"""Sign-in lockouts (django-axes) for communications staff: who is locked out, and unlocking them early."""

from __future__ import annotations

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

# The groups whose members run the site's accounts (home registers communications staff: home/apps.py);
# partner editors and translators manage only their own.
_unlocking_groups: set[str] = set()


def register_unlocking_group(name: str) -> None:
    """Members of this group may see and end sign-in lockouts (as superusers always may)."""
    _unlocking_groups.add(name)


def user_can_unlock(user) -> bool:
    return user.is_active and (user.is_superuser or user.groups.filter(name__in=_unlocking_groups).exists())


@require_http_methods(["GET", "HEAD", "POST"])
def lockouts_view(request: HttpRequest) -> HttpResponse:
    if not user_can_unlock(request.user):
        raise PermissionDenied
    if request.method == "POST":
        attempt_id = request.POST.get("attempt", "")
        attempt = AccessAttempt.objects.filter(pk=attempt_id).first() if attempt_id.isdigit() else None
        if attempt is None:
            messages.error(request, _("That lockout has already ended."))
        else:
            reset(username=attempt.username, ip=attempt.ip_address)
            messages.success(request, _("%(username)s can sign in again.") % {"username": attempt.username})
        return redirect("signin_lockouts")
    locked = AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT).order_by(
        "-attempt_time"
    )
    return render(request, "security/lockouts.html", {"attempts": locked})
