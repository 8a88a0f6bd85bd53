"""Every use of a library's internals, in one place: what each relies on, and why no public API does it.

Everything else in portal/, home/, news/, events/, campaigns/ and bench/ uses only the public APIs of Django,
Wagtail and the other libraries; tests/test_compat.py fails when new code reaches for a private name outside
this module, and has one test per function here that fails, with a message saying what changed, when a
library upgrade changes the behaviour relied on. docs/architecture.md lists them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from django.http import HttpRequest
    from wagtail.models import Page
    from wagtail.url_routing import RouteResult


def hand_route_to_wagtail_serve(request: HttpRequest, route: RouteResult | None) -> None:
    """Make Wagtail's `serve` view use `route` (or answer 404 for None) instead of routing the request itself.

    Relies on: `wagtail.views.serve` asks `Page.route_for_request`, which returns the route kept on the
    request as `_wagtail_route_for_request` when there is one (documented in its docstring, not as API).
    Why: left to itself, `route_for_request` takes the Site's root page, looks up its translation in the active
    language, then its specific row — two to three more queries on every page-cache miss (measured) — before
    calling the `route` of the home page, which `home.routing.serve` already has from the fragment cache. The
    public alternative, a view of our own that repeats `serve` (its hooks, then `page.serve`), would fork
    Wagtail's view instead of setting one attribute.
    """
    request._wagtail_route_for_request = route


def remember_parent(page: Page, parent: Page) -> None:
    """Make `page.get_parent()` return `parent` without a query.

    Relies on: django-treebeard's `get_parent()` returns the node kept as `_cached_parent_obj`; Wagtail's own
    `Page.route` sets it the same way on each page it walks through.
    Why: `HomePage.route` reads the pages along a URL's path in one query and hands them on like Wagtail's
    router does; treebeard has no public way to tell a node its parent.
    """
    page._cached_parent_obj = parent


def known_parent(page: Page) -> Page | None:
    """The parent given to `remember_parent`, if any (no query)."""
    return getattr(page, "_cached_parent_obj", None)


def stop_gettext_fallback_to_default_language() -> None:
    """Make a string missing from a language's catalogue show its (English) msgid, not LANGUAGE_CODE's text.

    Relies on: `django.utils.translation.trans_real.DjangoTranslation._add_fallback`, which backs every
    catalogue with the catalogue of LANGUAGE_CODE (here Slovenian), and the module's `_translations` and
    `_default` caches of catalogues already built.
    Why: Django assumes the default language is the language of the msgids; ours are English. Django has no
    setting for it (home/translation_fallback.py says what editors would see without it).
    """
    from django.utils.translation import trans_real

    def no_fallback(self, localedirs=None) -> None:
        return None

    trans_real.DjangoTranslation._add_fallback = no_fallback
    # Catalogues built before this ran (at import time) keep their fallback; start afresh.
    trans_real._translations = {}
    trans_real._default = None


def sync_alias(source: Page, page: Page) -> None:
    """Make `page` show `source`'s live content, exactly as wagtail-localize does when it converts a translation
    back into an alias of its source.

    Relies on: `wagtail_localize.views.convert.sync_alias(source_page, alias_page)`, a helper of a view module,
    not documented API.
    Why: Wagtail's public `Page.update_aliases` updates every alias of a page, but a page under translation is no
    longer an alias, and copying a page's content onto another one field by field (excluding tree, identity and
    search fields) is exactly what wagtail-localize's helper does.
    """
    from wagtail_localize.views.convert import sync_alias as localize_sync_alias

    localize_sync_alias(source, page)


def update_translations_view() -> type:
    """wagtail-localize's "Sync translated pages" view class, for `home.translations.review` to subclass.

    Relies on: `wagtail_localize.views.update_translations.UpdateTranslationsView` (served at wagtail-localize's
    URL name `wagtail_localize:update_translations`), whose form has a `publish_translations` field that
    `form_valid` reads from `cleaned_data`.
    Why: wagtail-localize has no setting to take away "Publish immediately"; the portal's translations are
    published by communications staff after review.
    """
    from wagtail_localize.views.update_translations import UpdateTranslationsView

    return UpdateTranslationsView
