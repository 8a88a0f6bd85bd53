"""Helpers shared by the news app's listing pages: pagination, related-page resolution and card querysets."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.paginator import Page as PaginatorPage
from django.http import Http404, HttpRequest
from wagtail.models import Locale, Page

from portal.cache import accept_query
from portal.visibility import only_public

PAGE_SIZE = 10


def paginate(request: HttpRequest, items, per_page: int = PAGE_SIZE) -> PaginatorPage:
    """The requested page of `items`; a page number that is not a number or out of range is a 404
    (the listing contract: a visitor who edits the URL gets the normal "not found" page, never a 500)."""
    paginator = Paginator(items, per_page)
    number = request.GET.get("page", "1")
    try:
        page = paginator.page(number)
    except (PageNotAnInteger, EmptyPage):
        raise Http404("No such page of results") from None
    if number == str(page.number):  # `?page=02` shows page 2, but only `?page=2` is stored
        accept_query(request, "page")
    return page


def with_card_data(queryset, image_field: str = "lead_image"):
    """The related objects a card shows, fetched in a fixed number of queries whatever the number of cards."""
    return queryset.select_related(image_field, "locale").prefetch_related(f"{image_field}__renditions")


def hide_stories_without_consent(pages):
    """Leave out success stories whose storyteller's consent has lapsed or was withdrawn."""
    from .models import SuccessStoryPage

    return pages.exclude(pk__in=SuccessStoryPage.objects.without_valid_consent().values("pk"))


def localized_pages(pages: Iterable[Page], locale: Locale | None = None) -> list[Page]:
    """The version of each page in `locale` (the active one by default), in two queries for the lot.

    Pages chosen by an editor point at the source language; readers see their own language's version
    where it is live; pages with no live version in that language are left out.
    """
    chosen = [page for page in pages if page is not None]
    if not chosen:
        return []
    locale = locale or Locale.get_active()
    keys = {page.translation_key for page in chosen}
    translated = {
        page.translation_key: page
        for page in hide_stories_without_consent(
            only_public(Page.objects.live().filter(translation_key__in=keys, locale=locale)).select_related("locale")
        )
    }
    return [translated[page.translation_key] for page in chosen if page.translation_key in translated]
