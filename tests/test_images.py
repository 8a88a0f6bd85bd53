"""Images reach browsers as AVIF or WebP with a JPEG fallback, sized, and lazily below the fold."""

import re

import pytest

from tests.news.factories import ImageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(news_tree):
    news = news_tree
    NewsPageFactory(parent=news.news["sl"], slug="s-sliko", title="Novica s sliko", lead_image=ImageFactory())
    return news


def pictures(html: str) -> list[str]:
    return re.findall(r"<picture>.*?</picture>", html, flags=re.S)


def test_the_lead_image_is_modern_formats_sized_and_loaded_first(client, article):
    html = client.get("/sl/novice/s-sliko/").content.decode()
    (picture,) = pictures(html)
    assert re.search(r'<source [^>]*type="image/avif"', picture)
    assert re.search(r'<source [^>]*type="image/webp"', picture)
    img = re.search(r"<img [^>]*>", picture).group(0)
    assert re.search(r'src="[^"]+\.jpg"', img)
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert 'fetchpriority="high"' in img
    assert 'loading="lazy"' not in img


def test_listing_card_images_load_lazily(client, article):
    html = client.get("/sl/novice/").content.decode()
    (picture,) = pictures(html)
    assert re.search(r'<source [^>]*type="image/avif"', picture)
    img = re.search(r"<img [^>]*>", picture).group(0)
    assert 'loading="lazy"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
