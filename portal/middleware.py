"""Middleware with one rule each; the docstring says the rule."""

from django.middleware.locale import LocaleMiddleware

# Endpoints that live outside the /<lang>/ prefix and answer for themselves, including their 404s.
UNPREFIXED_PATHS = ("/api/", "/admin/", "/documents/", "/static/", "/media/", "/newsletter/")


class PortalLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 from a language-neutral endpoint stays a 404.

    Django turns any unprefixed 404 into a redirect to `/<default language>/<path>` when that path
    would resolve — and under i18n_patterns Wagtail's catch-all resolves everything, so a missing API
    object (`/api/v2/pages/999/`) would redirect to a page URL instead of answering 404 in JSON.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_PATHS):
            return response
        return super().process_response(request, response)
