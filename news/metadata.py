"""Open Graph and schema.org (JSON-LD) metadata for news articles and success stories."""

from __future__ import annotations

from django.http import HttpRequest

PUBLISHER = "2SoKroG"


def article_metadata(page, request: HttpRequest, *, image=None, image_alt: str = "", author: str = "") -> dict:
    """What an article adds to the page frame's Open Graph tags (base.html has title, description, url and
    locales), and its schema.org NewsArticle object."""
    url = request.build_absolute_uri(page.get_url(request))
    language = page.locale.language_code
    image_url = ""
    if image is not None:
        rendition = image.get_rendition("fill-1200x630")
        image_url = request.build_absolute_uri(rendition.url)
    description = page.search_description or getattr(page, "intro", "")
    published = page.first_published_at or page.last_published_at
    article = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": description,
        "inLanguage": language,
        "datePublished": page.date,
        "mainEntityOfPage": url,
        "url": url,
        "publisher": {"@type": "Organization", "name": PUBLISHER},
        "author": {"@type": "Organization", "name": author or PUBLISHER},
    }
    if page.last_published_at:
        article["dateModified"] = page.last_published_at
    if image_url:
        article["image"] = [image_url]
    return {
        "og": {
            "og:image": image_url,
            "og:image:alt": image_alt if image_url else "",
            "article:published_time": published.isoformat() if published else "",
        },
        "article": article,
    }
