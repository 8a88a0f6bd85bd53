"""Which pages the public may find: in search, the sitemap and the API.

Wagtail's `live()` and `public()` cover publishing and view restrictions. Untranslated copies (aliases, and
translations not published yet: home/languages.py) are left out: they would present source-language content
as a translation. Content apps add rules of their own — a success story whose consent has lapsed — by registering
a `filter_public_pages` hook (a function taking and returning a Page queryset), so `home` never needs to
import them.
"""

from django.db.models import QuerySet
from wagtail import hooks
from wagtail.models import Page

from .languages import PUBLISHED_VERSION

FILTER_PUBLIC_PAGES_HOOK = "filter_public_pages"


def public_pages(queryset: QuerySet | None = None) -> QuerySet:
    pages = (Page.objects.all() if queryset is None else queryset).live().public().filter(PUBLISHED_VERSION)
    for restrict in hooks.get_hooks(FILTER_PUBLIC_PAGES_HOOK):
        pages = restrict(pages)
    return pages
