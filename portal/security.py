"""Security headers for every response and the admin's sign-in lockout page.

One middleware sets the Content-Security-Policy (django-csp) and the Permissions-Policy; Django's own
SecurityMiddleware sets HSTS, nosniff, Referrer-Policy and Cross-Origin-Opener-Policy, and the clickjacking
middleware X-Frame-Options. Three policies, chosen by path (see docs/architecture.md):

- public pages: static and strict (no inline script or style, no nonces), because cached pages are shared;
- `/admin/`: Wagtail's own inline scripts and styles allowed, same-origin frames for the preview panel (the
  previewed page itself keeps the public policy, framed by the admin only);
- `/documents/`: `sandbox` and nothing else, so an uploaded file can never run script on our origin.
"""

from __future__ import annotations

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import render

DOCUMENTS_PREFIX = "/documents/"


class SecurityHeadersMiddleware(CSPMiddleware):
    """Adds the Content-Security-Policy for the path's area and the site-wide Permissions-Policy."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        if request.path_info.startswith(settings.PORTAL_ADMIN_PREFIX):
            parts.config = settings.PORTAL_ADMIN_CSP
        elif getattr(request, "is_dummy", False):
            # Wagtail's preview renders the public page through a dummy request for the page's own URL and shows
            # it in the admin's preview frame: the public policy, but framing by our own admin allowed.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        if request.path_info.startswith(DOCUMENTS_PREFIX) and "Content-Disposition" in response:
            # Replaces Wagtail's "default-src 'none'": `sandbox` also gives the file an opaque origin, so even
            # HTML that a browser decided to render could not read our cookies or call our pages as the user.
            inline_pdf = response.get("Content-Type", "").startswith("application/pdf") and not response.get(
                "Content-Disposition", ""
            ).startswith("attachment")
            response["Content-Security-Policy"] = (
                settings.PORTAL_INLINE_PDF_CSP if inline_pdf else settings.PORTAL_DOCUMENT_CSP
            )
            response["X-Content-Type-Options"] = "nosniff"
        response = super().process_response(request, response)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def lockout_response(request: HttpRequest, original_response=None, credentials: dict | None = None) -> HttpResponse:
    """django-axes' answer once a user name is locked from this address: the admin's sign-in frame with a
    message in the visitor's language (HTTP 429), instead of axes' English plain text."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "security/lockout.html", {"minutes": minutes}, status=429)


def password_reset(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    """Wagtail's password-reset form, limited per address (PORTAL_PASSWORD_RESETS_PER_HOUR sends an hour):
    each send mails someone, so a script must not turn it into a mail cannon or a user-name probe."""
    from wagtail.admin.views.account import PasswordResetView

    from portal.ratelimit import allow

    if request.method == "POST" and not allow(
        request, "password-reset", limit=settings.PORTAL_PASSWORD_RESETS_PER_HOUR, window_seconds=3600
    ):
        return render(request, "security/password_reset_limited.html", status=429)
    return PasswordResetView.as_view()(request, *args, **kwargs)
