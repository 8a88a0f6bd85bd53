"""Template tags other apps use to show news and success stories (contract: see docs in the lead's brief).

- `{% news_cards limit=3 tag="" %}`: latest live news of the active language, optionally one tag (by name).
- `{% story_cards stories %}`: cards for the given stories that are live with valid consent, in the
  active language.
- `{% news_feed_links %}`: the RSS/Atom `<link rel="alternate">` of the active language (one query).
"""

from __future__ import annotations

from django import template
from django.utils.translation import get_language

from home.languages import PUBLISHED_VERSION
from portal.visibility import only_public

from ..listing import with_card_data
from ..models import NewsIndexPage, NewsPage, SuccessStoryPage

register = template.Library()


@register.inclusion_tag("news/tags/news_cards.html", takes_context=True)
def news_cards(context, limit: int = 3, tag: str = "", framed: bool = False):
    """`framed` puts the section in the page's width frame (for full-width slots like the home page)."""
    news = only_public(NewsPage.objects.live().filter(PUBLISHED_VERSION, locale__language_code=get_language()))
    if tag:
        news = news.filter(tagged_items__tag__name=tag)
    items = list(with_card_data(news).order_by("-date", "-pk")[: max(int(limit), 0)])
    index = NewsIndexPage.objects.live().filter(locale__language_code=get_language()).first() if items else None
    return {"request": context.get("request"), "items": items, "index": index, "framed": framed}


@register.inclusion_tag("news/tags/story_cards.html", takes_context=True)
def story_cards(context, stories):
    # Accepts pages, or the items of a StreamField list of page choosers (their `.value` is the page).
    chosen = [getattr(story, "value", story) for story in (stories or [])]
    chosen = [story for story in chosen if getattr(story, "translation_key", None)]
    keys = [story.translation_key for story in chosen]
    localized = {
        story.translation_key: story
        for story in with_card_data(
            only_public(
                SuccessStoryPage.objects.live()
                .with_valid_consent()
                .filter(translation_key__in=keys, locale__language_code=get_language())
            ),
            "portrait",
        )
    }
    items = []
    for key in keys:
        if key in localized and localized[key] not in items:
            items.append(localized[key])
    return {"request": context.get("request"), "items": items}


@register.inclusion_tag("news/tags/feed_links.html", takes_context=True)
def news_feed_links(context):
    request = context.get("request")
    index = (
        NewsIndexPage.objects.live()
        .filter(PUBLISHED_VERSION, locale__language_code=get_language())
        .select_related("locale")
        .first()
    )
    url = index.get_url(request) if index is not None and request is not None else ""
    return {"index": index, "base": url}
