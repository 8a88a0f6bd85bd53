"""From a public URL to its page, with as few queries as the page cache's generations allow.

Wagtail's own `serve` looks up the Site, the active Locale, the root page's translation and its specific
row, walks the path, then asks for the view restrictions of the page and of each ancestor: six or more
queries before a template runs. Here the Site is Wagtail's `Site.find_for_request` (one query, which Wagtail
keeps for the rest of the request); each language's home page and "is any page restricted at all?" change
about never, and every change to them replaces the page cache's generations (portal/cache.py), so they come
from the fragment cache. What is left is HomePage.route's one query for the path and the page's specific row.
Wagtail's `serve` then runs unchanged (hooks, restrictions, the page's own serve) with the route handed to it
(`portal.compat.hand_route_to_wagtail_serve`).
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import get_language
from wagtail.models import PageViewRestriction, Site

from portal import compat
from portal.cache import cached_for_language


def cached_site(request: HttpRequest) -> Site | None:
    """The request's Site: `Site.find_for_request`, which Wagtail keeps for the rest of the request."""
    return Site.find_for_request(request)


def serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's page view, routed from the active language's cached home page."""
    from wagtail.views import serve as wagtail_serve

    from home.languages import locale_home

    if cached_site(request) is not None and (home := locale_home(request)) is not None:
        try:
            route = home.route(request, [part for part in path.split("/") if part])
        except Http404:
            route = None
        compat.hand_route_to_wagtail_serve(request, route)
    return wagtail_serve(request, path)


def any_view_restrictions() -> bool:
    """Whether any page of the site is private (password, sign-in or groups); usually none is."""
    return cached_for_language(get_language(), "any-view-restrictions", PageViewRestriction.objects.exists)


class ViewRestrictionsMixin:
    """Pages answer Wagtail's view-restriction check without a query while no page is restricted."""

    def get_view_restrictions(self):
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
