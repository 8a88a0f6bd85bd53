"""Middleware with one rule each; the docstring says the rule."""

from django.conf import settings
from django.db.utils import InterfaceError, OperationalError
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils.cache import patch_cache_control

# Seconds a reader is asked to wait when the database is out of reach (a restart takes a few).
RETRY_AFTER_SECONDS = 30

# Endpoints that live outside the /<lang>/ prefix and answer for themselves, including their 404s.
UNPREFIXED_PATHS = ("/api/", settings.PORTAL_ADMIN_PREFIX, "/documents/", "/static/", "/media/", "/newsletter/")


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


class AdminLanguageMiddleware:
    """An editor's admin is in the language of their profile, whatever the browser asks for.

    Wagtail switches to the editor's preferred language only inside its views (`get_localized_response`),
    so what it does around them stayed in the browser's language: the permission-denied message
    ("Sorry, you do not have permission to access this area.") is added after the view has given up,
    and a Chromium with an English `Accept-Language` showed it in English to a Slovenian editor. Runs after
    AuthenticationMiddleware; the profile is the one Wagtail reads anyway (cached on the user).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(settings.PORTAL_ADMIN_PREFIX) and request.user.is_authenticated:
            from django.core.exceptions import ObjectDoesNotExist
            from django.utils import translation

            try:
                language = request.user.wagtail_userprofile.get_preferred_language()
            except ObjectDoesNotExist:
                language = None
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)


class RejectNulCharactersMiddleware:
    """A NUL character in the path, the query string or a public form is bad input: answer 400 with a page
    in the visitor's language. Nobody types one, and PostgreSQL refuses it in any text it is asked to
    compare or store, which would otherwise surface as a server error deep inside a query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.has_nul(request):
            return render(request, "400.html", status=400)
        return self.get_response(request)

    @staticmethod
    def has_nul(request) -> bool:
        if "\x00" in request.path_info or "%00" in request.META.get("QUERY_STRING", ""):
            return True
        if request.method == "POST" and not request.path_info.startswith(settings.PORTAL_ADMIN_PREFIX):
            # Only urlencoded forms are decoded here: the admin's file uploads stay untouched.
            content_type = request.META.get("CONTENT_TYPE", "")
            if content_type.startswith("application/x-www-form-urlencoded"):
                return any(
                    "\x00" in key or any("\x00" in value for value in values) for key, values in request.POST.lists()
                )
        return False


class DatabaseUnavailableMiddleware:
    """While the database is out of reach, a page the page cache does not hold answers a localized 503 with
    `Retry-After` — the reader's problem is temporary, and it is not a bug of ours (no 500, no traceback).
    Errors raised outside a view reach `handler500` (home.views.server_error), which answers the same."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if database_unreachable(exception):
            return service_unavailable(request)
        return None


def database_unreachable(exception: BaseException | None) -> bool:
    """Whether an exception means the database cannot be reached (down, restarting, refusing connections)."""
    return isinstance(exception, (OperationalError, InterfaceError))


def service_unavailable(request):
    """The database is out of reach: a localized page that needs neither the database nor the host."""
    response = render(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    patch_cache_control(response, no_store=True)
    return response
