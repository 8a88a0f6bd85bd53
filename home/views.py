import json
import sys

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.cache import never_cache

from portal.middleware import RETRY_AFTER_SECONDS, database_unreachable, service_unavailable


def root_redirect(request: HttpRequest) -> HttpResponse:
    """`/` sends each visitor to their language: the one they chose before (language cookie),
    else the best match of their browser's Accept-Language, else Slovenian. A shared cache may keep
    the redirect (the proxy keeps one per language: deploy/varnish/portal.vcl); browsers ask again."""
    language = translation.get_language_from_request(request, check_path=False)
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    patch_cache_control(response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_TIMEOUT)
    return response


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return False
    return True


def _cache_ok() -> bool:
    # django-redis answers None rather than raising while Redis is down (IGNORE_EXCEPTIONS).
    try:
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:  # noqa: BLE001 - any failure of the cache is "unavailable"
        return False


@never_cache
def healthz(request: HttpRequest) -> HttpResponse:
    """For load balancers, the caching proxy's probe and monitors: which dependency is down, as JSON.

    503 while the database is unreachable (nothing but stored pages can be served). A cache (Redis) outage
    is reported but answers 200 ("degraded"): the site keeps answering without it, only slower
    (docs/architecture.md, decision 20), so no app server should be taken out of rotation for it."""
    checks = {"database": "ok" if _database_ok() else "unavailable", "cache": "ok" if _cache_ok() else "unavailable"}
    if checks["database"] != "ok":
        status, state = 503, "unavailable"
    else:
        status, state = 200, "ok" if checks["cache"] == "ok" else "degraded"
    response = HttpResponse(
        json.dumps({"status": state, **checks}) + "\n", status=status, content_type="application/json"
    )
    if status == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def _disallowed_host(request: HttpRequest) -> bool:
    try:
        request.get_host()
    except DisallowedHost:
        return True
    return False


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    # A host that is not allowed: a plain answer. The localized page would ask for the host again (links,
    # the language's home page) and fail a second time.
    if _disallowed_host(request):
        return HttpResponseBadRequest("Bad request\n", content_type="text/plain; charset=utf-8")
    return render(request, "400.html", status=400)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if _disallowed_host(request):
        return HttpResponseBadRequest("Bad request\n", content_type="text/plain; charset=utf-8")
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # Rendered without touching the database: it may be the reason we are here.
    if database_unreachable(sys.exc_info()[1]):
        return service_unavailable(request)
    return render(request, "500.html", status=500)
