"""Two-step sign-in for the Wagtail admin with an authenticator app (TOTP, django-otp).

Optional for each editor: whoever has set it up is asked for a code from the app right after the password,
and every admin page waits until that is done. With REQUIRE_TWO_FACTOR=1 everyone is sent to set it up first.
The secret is shown once, as a QR code (an SVG data URI from segno, allowed by the admin's CSP) and as text.
"""

from __future__ import annotations

from base64 import b32encode
from urllib.parse import urlencode

import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice


def _paths_without_two_factor() -> tuple[str, ...]:
    # Signing in and out, and the two-step screens themselves, must stay reachable before the code is given.
    return (
        reverse("wagtailadmin_login"),
        reverse("wagtailadmin_logout"),
        reverse("two_factor_verify"),
        reverse("two_factor_setup"),
        reverse("wagtailadmin_password_reset"),
        reverse("wagtailadmin_javascript_catalog"),  # the sign-in frame's own script
    )


class TwoFactorMiddleware:
    """An admin user with an authenticator app set up reaches no admin page until they have entered a code in
    this session (`user.is_verified()`); with PORTAL_REQUIRE_TWO_FACTOR, one without an app is sent to set
    it up. Public pages are never affected."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        path = request.path_info
        if (
            user is not None
            and user.is_authenticated
            and path.startswith(settings.PORTAL_ADMIN_PREFIX)
            and not user.is_verified()
            and not path.startswith(_paths_without_two_factor())
        ):
            if user_has_device(user):
                return redirect_with_next(reverse("two_factor_verify"), request)
            if settings.PORTAL_REQUIRE_TWO_FACTOR:
                return redirect_with_next(reverse("two_factor_setup"), request)
        return self.get_response(request)


def redirect_with_next(url: str, request: HttpRequest) -> HttpResponseRedirect:
    return HttpResponseRedirect(f"{url}?{urlencode({'next': request.get_full_path()})}")


def _next_url(request: HttpRequest) -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(candidate, allowed_hosts={request.get_host()}, require_https=False):
        return candidate
    return reverse("wagtailadmin_home")


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code from your authenticator app"),
        max_length=10,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        error_messages={"required": gettext_lazy("Enter the six-digit code from your authenticator app.")},
    )

    def __init__(self, *args, device_source=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.device_source = device_source
        self.device = None

    def clean_code(self) -> str:
        code = "".join(self.cleaned_data["code"].split())
        for device in self.device_source():
            if device.verify_token(code):
                self.device = device
                return code
        raise forms.ValidationError(
            _("This code is not right. Check that your phone's clock is correct and enter the newest code.")
        )


@require_http_methods(["GET", "HEAD", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    """The second step of signing in: the code from the app."""
    user = request.user
    if user.is_verified() or not user_has_device(user):
        return HttpResponseRedirect(_next_url(request))
    form = CodeForm(request.POST or None, device_source=lambda: devices_for_user(user, for_verify=True))
    if request.method == "POST" and form.is_valid():
        otp_login(request, form.device)
        return HttpResponseRedirect(_next_url(request))
    status = 400 if form.is_bound else 200
    return render(request, "security/two_factor_verify.html", {"form": form, "next": _next_url(request)}, status=status)


@require_http_methods(["GET", "HEAD", "POST"])
def setup(request: HttpRequest) -> HttpResponse:
    """Set up the app (QR code + code to confirm), or see that it is set up and turn it off with a code."""
    user = request.user
    confirmed = list(devices_for_user(user))
    if confirmed:
        if user_has_device(user) and not user.is_verified():
            return redirect_with_next(reverse("two_factor_verify"), request)
        form = CodeForm(request.POST or None, device_source=lambda: confirmed)
        if request.method == "POST" and form.is_valid():
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(request, _("Two-step sign-in is turned off."))
            return redirect("wagtailadmin_account")
        return render(
            request,
            "security/two_factor_setup.html",
            {"form": form, "enabled": True, "required": settings.PORTAL_REQUIRE_TWO_FACTOR},
            status=400 if form.is_bound else 200,
        )

    device, _created = TOTPDevice.objects.get_or_create(user=user, confirmed=False, defaults={"name": "app"})
    form = CodeForm(request.POST or None, device_source=lambda: [device])
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        messages.success(
            request, _("Two-step sign-in is on. From now on you will be asked for a code after your password.")
        )
        return HttpResponseRedirect(_next_url(request))
    secret = b32encode(device.bin_key).decode("ascii")
    return render(
        request,
        "security/two_factor_setup.html",
        {
            "form": form,
            "enabled": False,
            "required": settings.PORTAL_REQUIRE_TWO_FACTOR,
            "qr_code": segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "next": _next_url(request),
        },
        status=400 if form.is_bound else 200,
    )
