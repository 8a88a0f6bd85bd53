"""News: listing (newest first, paginated, tag filter per language), detail metadata, cards, query budgets."""

import json
import re

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from .factories import ImageFactory, NewsPageFactory, PartnerSectionPageFactory

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def make_news(index, count, **fields):
    return [NewsPageFactory(parent=index, **fields) for _ in range(count)]


def titles(response) -> list[str]:
    return re.findall(r'class="news-card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def test_listing_is_newest_first_and_paginated_by_ten(client, news_tree):
    pages = make_news(news_tree.news["en"], 12)
    first = client.get("/en/news/")
    assert first.status_code == 200
    newest_first = [p.title for p in sorted(pages, key=lambda p: p.date, reverse=True)]
    assert titles(first) == newest_first[:10]
    assert "Page 1 of 2" in first.content.decode()
    second = client.get("/en/news/?page=2")
    assert titles(second) == newest_first[10:]
    assert 'rel="prev"' in second.content.decode()


@pytest.mark.parametrize("page", ["3", "0", "abc", "-1"])
def test_a_page_number_out_of_range_or_not_a_number_is_a_normal_404(client, news_tree, page):
    make_news(news_tree.news["en"], 12)
    response = client.get(f"/en/news/?page={page}")
    assert response.status_code == 404
    assert '<html lang="en">' in response.content.decode()


def test_news_in_a_partner_section_is_listed_in_the_index_and_in_its_section(client, news_tree):
    section = PartnerSectionPageFactory(parent=news_tree.news["sl"], slug="cpu", partner=news_tree.partner)
    in_section = NewsPageFactory(parent=section, title="Novica partnerja")
    direct = NewsPageFactory(parent=news_tree.news["sl"], title="Novica projekta")
    assert set(titles(client.get("/sl/novice/"))) == {in_section.title, direct.title}
    assert titles(client.get("/sl/novice/cpu/")) == [in_section.title]
    detail = client.get("/sl/novice/cpu/" + in_section.slug + "/").content.decode()
    assert "Center ponovne uporabe" in detail


def test_tag_filter_uses_the_tags_written_in_the_visitors_language(client, news_tree):
    seminar_hr = NewsPageFactory(parent=news_tree.news["hr"], title="Seminar u Čakovcu")
    seminar_hr.tags.add("seminar")
    seminar_hr.save_revision().publish()
    other_hr = NewsPageFactory(parent=news_tree.news["hr"], title="Informativni dan")
    other_hr.tags.add("informativni dani")
    other_hr.save_revision().publish()
    english = NewsPageFactory(parent=news_tree.news["en"], title="Info day")
    english.tags.add("info days")
    english.save_revision().publish()

    page = client.get("/hr/novosti/")
    html = page.content.decode()
    assert 'href="/hr/novosti/?tag=informativni-dani"' in html and "info days" not in html
    filtered = client.get("/hr/novosti/?tag=seminar")
    assert filtered.status_code == 200
    assert titles(filtered) == ["Seminar u Čakovcu"]
    assert 'aria-current="page">seminar</a>' in filtered.content.decode()


def test_an_unknown_tag_is_a_400_that_says_so_in_the_visitors_language_and_shows_all_news(client, news_tree):
    make_news(news_tree.news["hr"], 2)
    response = client.get("/hr/novosti/?tag=nepostojeci")
    assert response.status_code == 400
    html = response.content.decode()
    assert "nepostojeci" in html and "Nema teme" in html
    assert len(titles(response)) == 2


def test_article_has_open_graph_and_news_article_json_ld_that_cannot_break_out_of_its_script(client, news_tree):
    image = ImageFactory(description="Udeleženci delavnice v Ormožu")
    page = NewsPageFactory(
        parent=news_tree.news["sl"], title="Naslov </script><script>alert(1)</script>", lead_image=image
    )
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)" not in html
    data = json.loads(JSON_LD.search(html).group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == page.title
    assert data["inLanguage"] == "sl"
    assert data["datePublished"] == page.date.isoformat()
    assert data["image"][0].startswith("http://testserver/")
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:locale" content="sl_SI">' in html
    assert '<meta property="og:image:alt" content="Udeleženci delavnice v Ormožu">' in html
    for property in ("og:type", "og:title", "og:url", "og:locale"):  # once each: the article adds to the frame's
        assert html.count(f'<meta property="{property}"') == 1, property
    # The lead image's alternative text comes from the image library.
    assert 'alt="Udeleženci delavnice v Ormožu"' in html


def test_related_pages_are_shown_in_the_readers_language(client, news_tree):
    about = news_tree.site.about
    page = NewsPageFactory(parent=news_tree.news["sl"], related_pages=[("page", about["sl"])])
    english = page.copy_for_translation(news_tree.news["en"].locale)
    english.slug = "english-news"
    english.save_revision().publish()
    html = client.get("/en/news/english-news/").content.decode()
    assert '<a href="/en/about/">About the project</a>' in html


def render_news_cards(language: str, **kwargs) -> str:
    arguments = " ".join(
        f'{key}="{value}"' if isinstance(value, str) else f"{key}={value}" for key, value in kwargs.items()
    )
    request = RequestFactory().get("/")
    with translation.override(language):
        return Template("{% load news_tags %}{% news_cards " + arguments + " %}").render(Context({"request": request}))


def test_news_cards_show_the_latest_news_of_the_active_language_optionally_by_tag_name(news_tree):
    sl = make_news(news_tree.news["sl"], 4)
    tagged = NewsPageFactory(parent=news_tree.news["en"], title="Seminar in Celje")
    tagged.tags.add("seminar")
    tagged.save_revision().publish()
    NewsPageFactory(parent=news_tree.news["en"], title="Press conference")

    slovene = render_news_cards("sl", limit=3)
    newest = sorted(sl, key=lambda p: p.date, reverse=True)
    assert [p.title in slovene for p in newest] == [True, True, True, False]
    assert "Seminar in Celje" not in slovene
    english = render_news_cards("en", limit=3, tag="seminar")
    assert "Seminar in Celje" in english and "Press conference" not in english
    assert render_news_cards("hr", limit=3).strip() == ""


def test_every_page_links_the_feeds_of_its_language_in_head(client, news_tree):
    head = client.get("/hr/o-projektu/").content.decode().split("</head>")[0]
    assert '<link rel="alternate" type="application/rss+xml" title="Novosti (RSS)" href="/hr/novosti/rss/">' in head
    assert 'type="application/atom+xml" title="Novosti (Atom)" href="/hr/novosti/atom/"' in head


def test_home_page_shows_the_latest_news(client, news_tree):
    make_news(news_tree.news["en"], 4)
    html = client.get("/en/").content.decode()
    assert "Latest news" in html and html.count('class="news-card"') == 3


def count_queries(client, url: str) -> int:
    client.get(url)  # renditions are made on the first view; count a normal (warm) view
    # A full render, as on a page-cache miss (portal/cache.py).
    with override_settings(PAGE_CACHE_ENABLED=False), CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_news_listings_cost_the_same_number_of_queries_for_5_and_50_items(client, news_tree):
    urls = ("/en/news/", "/en/news/?tag=seminar", "/en/")

    def add(count):
        for page in make_news(news_tree.news["en"], count, lead_image=ImageFactory()):
            page.tags.add("seminar", "Ptuj")
            page.save_revision().publish()

    add(5)
    few = {url: count_queries(client, url) for url in urls}
    add(45)
    many = {url: count_queries(client, url) for url in urls}
    assert few == many, f"queries for 5 items: {few}; for 50: {many}"
    assert max(many.values()) <= 25, many


def test_news_article_has_a_small_fixed_query_count(client, news_tree):
    page = NewsPageFactory(parent=news_tree.news["en"], lead_image=ImageFactory())
    page.tags.add("seminar", "Ptuj", "info days")
    page.save_revision().publish()
    assert count_queries(client, page.url) <= 22
