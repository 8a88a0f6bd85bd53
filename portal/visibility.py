"""Which pages the public may find: in search, the sitemap and the API.

Wagtail's `live()` covers publishing; `only_public` (below) does what Wagtail's `public()` does for view
restrictions, from the restricted paths kept per page-cache generation instead of a query on every call.
Everything else is a rule an
app registers as a `filter_public_pages` hook (a function taking and returning a Page queryset), so this
bottom layer never imports an app: `home` leaves out untranslated copies (aliases, and translations not
published yet: home/languages.py), which would present source-language content as a translation; `news`
leaves out a success story whose consent has lapsed.
"""

from django.db.models import QuerySet
from wagtail import hooks
from wagtail.models import Page

FILTER_PUBLIC_PAGES_HOOK = "filter_public_pages"


def public_pages(queryset: QuerySet | None = None) -> QuerySet:
    pages = only_public((Page.objects.all() if queryset is None else queryset).live())
    for restrict in hooks.get_hooks(FILTER_PUBLIC_PAGES_HOOK):
        pages = restrict(pages)
    return pages


def restricted_paths() -> tuple[str, ...]:
    """Tree paths of the pages with a view restriction (password, sign-in, groups): usually none. Kept per
    page-cache generation, which every PageViewRestriction change replaces (portal/cache.py)."""
    from django.utils.translation import get_language
    from wagtail.models import PageViewRestriction

    from .cache import cached_for_language

    return cached_for_language(
        get_language(),
        "restricted-paths",
        lambda: tuple(PageViewRestriction.objects.order_by("page__path").values_list("page__path", flat=True)),
    )


def only_public(queryset: QuerySet) -> QuerySet:
    """`queryset` without restricted pages and their descendants: what Wagtail's `.public()` does, without its
    query per call (listings, feeds, calendars, cards and menus each call it, and nothing is private usually)."""
    from django.db.models import Q

    paths = restricted_paths()
    if not paths:
        return queryset
    restricted = Q()
    for path in paths:
        restricted |= Q(path__startswith=path)
    return queryset.exclude(restricted)
