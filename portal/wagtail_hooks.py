"""Admin screens of the security features: two-step sign-in (every editor, for themselves) and sign-in
lockouts (communications staff)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import lockouts, two_factor


@hooks.register("register_admin_urls")
def security_admin_urls():
    return [
        path("two-factor/", two_factor.setup, name="two_factor_setup"),
        path("two-factor/verify/", two_factor.verify, name="two_factor_verify"),
        path("lockouts/", lockouts.lockouts_view, name="signin_lockouts"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    enabled = user_has_device(request.user)
    return {
        "url": reverse("two_factor_setup"),
        "label": _("Two-step sign-in"),
        "help_text": _("On: a code from your authenticator app is asked after your password.")
        if enabled
        else _("Off: protect your account with a code from an authenticator app on your phone."),
    }


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return lockouts.user_can_unlock(request.user)


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return LockoutsMenuItem(_("Sign-in lockouts"), reverse("signin_lockouts"), icon_name="lock", order=650)
