"""RSS 2.0 and Atom feeds of a news index: the latest news and success stories of its language."""

from __future__ import annotations

import datetime
from heapq import merge

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from django.utils.translation import override

from home.languages import PUBLISHED_VERSION
from portal.visibility import only_public

from .listing import with_card_data
from .models import NewsIndexPage, SuccessStoryPage

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index: NewsIndexPage) -> None:
        super().__init__()
        self.index = index
        self.language = index.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        with override(self.language):
            return super().__call__(request, *args, **kwargs)

    def title(self) -> str:
        return f"{self.index.title} – 2SoKroG"

    def link(self) -> str:
        return self.index.get_url(self.request)

    def description(self) -> str:
        return self.index.intro or _("News and success stories of the 2SoKroG project.")

    def items(self) -> list:
        news = with_card_data(self.index.news()).prefetch_related("tagged_items__tag")[:FEED_LENGTH]
        stories = only_public(
            SuccessStoryPage.objects.live()
            .with_valid_consent()
            .filter(PUBLISHED_VERSION, locale_id=self.index.locale_id)
            .select_related("locale")
            .order_by("-date", "-pk")
        )[:FEED_LENGTH]
        newest_first = merge(news, stories, key=lambda page: (page.date, page.pk), reverse=True)
        return list(newest_first)[:FEED_LENGTH]

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return item.intro

    def item_link(self, item) -> str:
        return item.get_url(self.request)

    def item_pubdate(self, item) -> datetime.datetime:
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(8, 0)))

    def item_updateddate(self, item) -> datetime.datetime | None:
        return item.last_published_at

    def item_categories(self, item) -> list[str]:
        if isinstance(item, SuccessStoryPage):
            return [_("Success story")]
        return [tag.tag.name for tag in item.tagged_items.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
