"""Open Graph and schema.org (JSON-LD) metadata for news articles and success stories."""

from __future__ import annotations

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe

OG_LOCALES = {"sl": "sl_SI", "hr": "hr_HR", "en": "en_GB"}
PUBLISHER = "2SoKroG"

# Characters that could end the <script> element or start an HTML entity, written as JSON escapes.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def json_ld(data: dict) -> SafeString:
    """`data` as JSON that is safe inside <script type="application/ld+json"> (no `</script>` break-out)."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_SAFE))  # noqa: S308


def article_metadata(page, request: HttpRequest, *, image=None, image_alt: str = "", author: str = "") -> dict:
    """Everything the <head> of an article needs: Open Graph properties and a NewsArticle object."""
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
            "og:type": "article",
            "og:site_name": PUBLISHER,
            "og:title": page.title,
            "og:description": description,
            "og:url": url,
            "og:locale": OG_LOCALES.get(language, language),
            "og:image": image_url,
            "og:image:alt": image_alt if image_url else "",
            "article:published_time": published.isoformat() if published else "",
        },
        "json_ld": json_ld(article),
    }
