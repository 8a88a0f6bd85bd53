"""Issue 6: per-language search, tolerant of diacritics and case, live public pages only."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from tests.conftest import translate_page
from tests.factories import StandardPageFactory

RESULT_TITLES = re.compile(r'class="search-result__title" href="([^"]+)">([^<]+)</a>')


def titles(response) -> list[str]:
    return [title for _url, title in RESULT_TITLES.findall(response.content.decode())]


@pytest.fixture
def poverty_pages(site_tree):
    home = site_tree.homes["sl"]
    page = StandardPageFactory(
        parent=home,
        title="Prepoznajmo revščino",
        slug="revscina",
        intro="Revščina in socialna izključenost v Čakovcu in na Ptuju.",
    )
    hr = translate_page(
        page, "hr", title="Prepoznajmo siromaštvo", slug="siromastvo", intro="Siromaštvo i događanja u Čakovcu."
    )
    en = translate_page(page, "en", title="Recognising poverty", slug="poverty", intro="Events in Čakovec.")
    return {"sl": page, "hr": hr, "en": en}


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("sl", "revscina", "Prepoznajmo revščino"),
        ("sl", "REVŠČINO", "Prepoznajmo revščino"),
        ("sl", "cakovcu", "Prepoznajmo revščino"),
        ("hr", "siromastvo", "Prepoznajmo siromaštvo"),
        ("hr", "dogadanja", "Prepoznajmo siromaštvo"),  # đ has no Unicode decomposition; folded anyway
        ("hr", "ČAKOVCU", "Prepoznajmo siromaštvo"),
        ("en", "cakovec", "Recognising poverty"),
        ("en", "Poverty", "Recognising poverty"),
    ],
)
def test_search_ignores_diacritics_and_case(client, poverty_pages, language, query, expected):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    assert titles(response) == [expected]


def test_results_stay_in_the_visitors_language(client, poverty_pages):
    response = client.get("/hr/search/", {"q": "revscina"})  # a Slovenian word in the Croatian search
    assert titles(response) == []
    assert "Nothing found" not in response.content.decode()  # the catalogue translates it
    assert "Ništa nije pronađeno" in response.content.decode()


def test_drafts_restricted_pages_and_aliases_are_not_found(client, site_tree, poverty_pages):
    poverty_pages["en"].unpublish()
    assert titles(client.get("/en/search/", {"q": "poverty"})) == []
    PageViewRestriction.objects.create(page=poverty_pages["hr"], restriction_type="password", password="x")
    assert titles(client.get("/hr/search/", {"q": "siromastvo"})) == []
    # The Croatian alias of a Slovenian-only page shows Slovenian text: not a Croatian result.
    assert titles(client.get("/hr/search/", {"q": "slovenscini"})) == []
    assert titles(client.get("/sl/search/", {"q": "slovenscini"})) == ["Samo v slovenščini"]


def test_results_are_labelled_with_type_and_summary(client, poverty_pages):
    html = client.get("/sl/search/", {"q": "revscina"}).content.decode()
    assert '<p class="search-result__type">Stran</p>' in html
    # The snippet is the passage that matches, the matched word marked.
    assert "<mark>Revščina</mark> in socialna izključenost v Čakovcu in na Ptuju." in html
    assert "1 zadetek za" in html  # sl plural form for 1


def test_empty_and_no_result_states_help_the_visitor(client, site_tree):
    empty = client.get("/en/search/")
    assert empty.status_code == 200
    assert "Type a word or two" in empty.content.decode()
    none = client.get("/en/search/", {"q": "zzzqqq"}).content.decode()
    assert "Nothing found" in none
    assert "0 results for" in none


def test_long_queries_are_shortened_with_a_message(client, site_tree):
    response = client.get("/sl/search/", {"q": "a" * 5000})
    assert response.status_code == 200
    assert 'id="search-too-long"' in response.content.decode()


def test_bad_page_numbers_are_not_found(client, poverty_pages):
    assert client.get("/sl/search/", {"q": "revscina", "page": "x"}).status_code == 404
    assert client.get("/sl/search/", {"q": "revscina", "page": "99"}).status_code == 404


def test_results_paginate_and_keep_the_query(client, site_tree):
    for number in range(12):
        StandardPageFactory(parent=site_tree.homes["sl"], title=f"Delavnica {number}", intro="Socialna aktivacija.")
    first = client.get("/sl/search/", {"q": "delavnica"}).content.decode()
    assert len(RESULT_TITLES.findall(first)) == 10
    assert 'href="?q=delavnica&amp;page=2"' in first
    second = client.get("/sl/search/", {"q": "delavnica", "page": 2}).content.decode()
    assert len(RESULT_TITLES.findall(second)) == 2


def test_search_query_count_does_not_grow_with_results(client, site_tree):
    client.get("/sl/search/", {"q": "x"})  # warm the per-process caches (site, locales)

    def count_for(n):
        for number in range(n):
            StandardPageFactory(parent=site_tree.homes["sl"], title=f"Srečanje {n}-{number}")
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/sl/search/", {"q": f"srecanje {n}"}).status_code == 200
        return len(queries)

    assert count_for(3) == count_for(10)


def test_editors_promoted_result_comes_first_in_its_language(client, poverty_pages, site_tree):
    query = Query.objects.create(query_string="pomoč")
    SearchPromotion.objects.create(query=query, page=site_tree.about["sl"], sort_order=0, description="Kdo smo.")
    SearchPromotion.objects.create(query=query, page=site_tree.about["en"], sort_order=1)
    html = client.get("/sl/search/", {"q": "POMOC"}).content.decode()
    assert "search-result--promoted" in html
    assert html.count("search-result--promoted") == 1  # the English page is not promoted in Slovenian
    assert "Kdo smo." in html
    assert Query.objects.count() == 1  # searching never writes rows


def test_header_search_form_on_every_page(client, site_tree):
    html = client.get("/hr/o-projektu/").content.decode()
    assert '<form class="site-search" action="/hr/search/" method="get" role="search">' in html
    assert '<label class="visually-hidden" for="site-search-q">Pretraži stranicu</label>' in html
