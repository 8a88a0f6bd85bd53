"""Site search: per language, live public pages only, tolerant of missing diacritics and letter case.

Diacritics: people type on phones and foreign keyboards, so `revscina` must find `revščina` and
`dogadanja` must find `događanja` (đ has no Unicode decomposition, so the databases' own accent folding
misses it). Each page type indexes an ASCII-folded copy of its text (`FoldedSearchMixin`) and the query is
folded the same way, which behaves identically on SQLite (FTS5) and PostgreSQL (tsvector, `simple`).
"""

from __future__ import annotations

from anyascii import anyascii
from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.html import strip_tags
from wagtail.blocks import StreamValue
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.search import index

from portal.ratelimit import allow

from .visibility import public_pages

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# Per address, PORTAL_SEARCHES_PER_WINDOW in this window (portal/ratelimit.py).
SEARCH_WINDOW_SECONDS = 600


def fold(text: str) -> str:
    """Lower-case ASCII transliteration: 'Čakovec' -> 'cakovec', 'događanja' -> 'dogadanja'."""
    return anyascii(text).lower()


class FoldedSearchMixin:
    """Adds `folded_search_text` — the page's indexed text, folded — for models to list in `search_fields`:

    search_fields = Page.search_fields + [..., index.SearchField("folded_search_text")]
    """

    def folded_search_text(self) -> str:
        parts: list[str] = []
        for field in type(self).search_fields:
            if not isinstance(field, index.SearchField) or field.field_name == "folded_search_text":
                continue
            value = getattr(self, field.field_name, None)
            if callable(value):
                value = value()
            if isinstance(value, StreamValue):
                parts.extend(value.stream_block.get_searchable_content(value))
            elif isinstance(value, RichText):
                parts.append(strip_tags(value.source))
            elif value:
                parts.append(strip_tags(str(value)))
        return fold(" ".join(parts))


def promotions_for(query: str, locale: Locale) -> list[SearchPromotion]:
    """Editors' promoted results for this query (compared folded) that point into the visitor's language."""
    folded = fold(query)
    promotions = SearchPromotion.objects.select_related("query", "page").order_by("sort_order")
    return [
        promotion
        for promotion in promotions
        if fold(promotion.query.query_string) == folded
        and (promotion.page is None or (promotion.page.live and promotion.page.locale_id == locale.pk))
    ]


def search(request: HttpRequest) -> HttpResponse:
    # NUL and other control characters are never typed; PostgreSQL refuses NUL in text outright.
    query = "".join(char for char in request.GET.get("q", "") if char.isprintable() or char == " ").strip()
    if query and not allow(
        request, "search", limit=settings.PORTAL_SEARCHES_PER_WINDOW, window_seconds=SEARCH_WINDOW_SECONDS
    ):
        return render(
            request,
            "home/search.html",
            {"query": "", "rate_limited": True, "max_query_length": MAX_QUERY_LENGTH},
            status=429,
        )
    too_long = len(query) > MAX_QUERY_LENGTH
    query = query[:MAX_QUERY_LENGTH]
    locale = Locale.get_active()
    results_page = None
    promotions: list[SearchPromotion] = []
    if query:
        promotions = promotions_for(query, locale)
        promoted_ids = {promotion.page_id for promotion in promotions if promotion.page_id}
        visible = public_pages(Page.objects.filter(locale=locale, depth__gt=1)).exclude(pk__in=promoted_ids)
        # The search backend filters only on indexed fields; `id` is one, the visibility rules are not.
        results = Page.objects.filter(pk__in=visible.values("pk")).search(fold(query))
        paginator = Paginator(results, RESULTS_PER_PAGE)
        try:
            results_page = paginator.page(request.GET.get("page", 1))
        except (EmptyPage, PageNotAnInteger) as error:
            raise Http404 from error
        # One query per page type for the 10 shown, instead of one per result.
        ids = [page.pk for page in results_page.object_list]
        specific = Page.objects.filter(pk__in=ids).specific().in_bulk()
        results_page.object_list = [specific[pk] for pk in ids if pk in specific]
    return render(
        request,
        "home/search.html",
        {
            "query": query,
            "too_long": too_long,
            "results_page": results_page,
            "promotions": promotions,
            "max_query_length": MAX_QUERY_LENGTH,
        },
    )
