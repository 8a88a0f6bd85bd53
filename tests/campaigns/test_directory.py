"""The help directory: a text list per language, filters by country, town and type, bad input, query budget."""

import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from campaigns.models import ServicePoint
from tests.campaigns.factories import ServicePointFactory, locale

NAME = re.compile(r'<h3 class="service-point__name">([^<]+)</h3>')


def names(response) -> list[str]:
    return NAME.findall(response.content.decode())


def test_lists_only_the_entries_of_the_visitors_language(client, campaign_tree):
    shown = names(client.get(campaign_tree.url("directory", "hr")))
    assert len(shown) == 5
    assert all(name.endswith("(hr)") for name in shown)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=HR", {"CZSS Čakovec (en)", "Humana Nova (en)"}),
        ("town=Ptuj", {"CSD Ptuj (en)", "Društvo Ptuj (en)"}),
        ("type=social_work_centre", {"CSD Ptuj (en)", "CZSS Čakovec (en)"}),
        ("country=SI&type=ngo", {"Društvo Ptuj (en)"}),
        ("country=HR&town=Ptuj", set()),
    ],
)
def test_filters_by_country_town_and_type(client, campaign_tree, query, expected):
    response = client.get(campaign_tree.url("directory", "en") + "?" + query)
    assert response.status_code == 200
    assert set(names(response)) == expected
    if not expected:
        assert "No service points match these filters" in response.content.decode()


def test_filter_form_has_labels_keeps_choices_and_needs_no_javascript(client, campaign_tree):
    url = campaign_tree.url("directory", "sl")
    html = client.get(url + "?country=SI&type=ngo").content.decode()
    assert f'<form class="directory-filter" method="get" action="{url}"' in html
    for field, label in (("country", "Država"), ("town", "Kraj"), ("type", "Vrsta organizacije")):
        assert f'<label for="filter-{field}">{label}</label>' in html
        assert f'<select id="filter-{field}" name="{field}">' in html
    assert '<option value="SI" selected>Slovenija</option>' in html
    assert '<option value="ngo" selected>Nevladna organizacija</option>' in html
    assert '<button type="submit" class="button">Pokaži naslove</button>' in html
    assert '<h2 id="results-heading" class="directory-results__count">1 naslov</h2>' in html


@pytest.mark.parametrize(
    ("query", "message", "still_shown"),
    [
        ("town=Atlantis&type=ngo", "There are no service points in “Atlantis” yet", {"Društvo Ptuj (en)"}),
        ("country=XX&town=Čakovec", "We do not know the country “XX”", {"CZSS Čakovec (en)", "Humana Nova (en)"}),
        ("type=<b>spa</b>", "We do not know the type “&lt;b&gt;spa&lt;/b&gt;”", None),
    ],
)
def test_unknown_filter_values_give_400_with_a_message_and_keep_the_other_choices(
    client, campaign_tree, query, message, still_shown
):
    response = client.get(campaign_tree.url("directory", "en") + "?" + query)
    html = response.content.decode()
    assert response.status_code == 400
    problems = html.split('<div class="error-summary" role="alert"')[1].split("</div>")[0]
    assert message in problems
    assert html.index("error-summary") < html.index("results-heading"), "the message comes before the results"
    if still_shown is not None:
        assert set(names(response)) == still_shown
    else:
        assert len(names(response)) == 5


def test_croatian_message_for_an_unknown_town(client, campaign_tree):
    response = client.get(campaign_tree.url("directory", "hr") + "?town=Zagreb")
    assert response.status_code == 400
    assert "U mjestu „Zagreb” još nema nijedne adrese, pa su prikazana sva mjesta." in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "0", "9"])
def test_a_page_number_that_is_not_a_page_is_a_404_with_the_page_frame(client, campaign_tree, page):
    response = client.get(campaign_tree.url("directory", "sl") + f"?page={page}")
    assert response.status_code == 404
    assert 'class="site-footer"' in response.content.decode()


def test_long_lists_are_paginated_and_keep_the_filters(client, campaign_tree):
    for number in range(20):
        ServicePointFactory(locale=locale("en"), name=f"Extra {number:02}", town="Laško", country="SI")
    url = campaign_tree.url("directory", "en")
    first = client.get(url + "?town=La%C5%A1ko").content.decode()
    assert "20 service points" in first
    assert len(NAME.findall(first)) == 12
    assert "Page 1 of 2" in first
    assert 'href="?town=La%C5%A1ko&amp;page=2" rel="next"' in first
    second = client.get(url + "?town=La%C5%A1ko&page=2").content.decode()
    assert len(NAME.findall(second)) == 8
    assert 'rel="prev"' in second


def test_contact_details_are_links_and_the_map_is_only_a_link(client, campaign_tree):
    html = client.get(campaign_tree.url("directory", "en")).content.decode()
    assert '<a href="tel:+38621234567">+386 2 123 45 67</a>' in html
    assert '<a href="mailto:info@example.org">info@example.org</a>' in html
    assert (
        '<a href="https://www.openstreetmap.org/?mlat=46.4199&amp;mlon=15.8702#map=17/46.4199/15.8702">'
        "Show on OpenStreetMap" in html
    )
    # Without coordinates, OpenStreetMap looks up the address itself.
    assert "https://www.openstreetmap.org/search?query=Ulica+1%2C+40000+%C4%8Cakovec%2C+Croatia" in html
    # Nothing is loaded from another site when the page opens.
    assert not re.search(r'src="(https?:)?//', html)
    assert "<iframe" not in html
    assert not re.search(r'<link rel="(stylesheet|icon|preload|preconnect)" href="(https?:)?//', html)


def test_example_entries_are_marked_as_examples(client, campaign_tree):
    html = client.get(campaign_tree.url("directory", "sl") + "?type=ngo").content.decode()
    assert '<span class="tag tag--example">Primer vnosa</span>' in html
    assert "Ni resnična organizacija" in html
    real = client.get(campaign_tree.url("directory", "sl") + "?type=employment_office").content.decode()
    assert "tag--example" not in real


def query_count(client, url) -> int:
    # A full render, as on a page-cache miss; a warm-up view first fills the shared frame fragments.
    client.get(url)
    with override_settings(PAGE_CACHE_ENABLED=False), CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_count_is_flat_for_5_and_50_entries(client, campaign_tree):
    url = campaign_tree.url("directory", "en")
    query_count(client, url)  # warm the site root cache
    with_five = query_count(client, url)
    for number in range(45):
        ServicePointFactory(
            locale=locale("en"),
            name=f"More {number}",
            town=f"Town {number}",
            type=ServicePoint.Type.NGO,
            phone="+385 40 000 000",
        )
    assert query_count(client, url) == with_five
    assert query_count(client, url + "?country=SI&type=ngo&page=2") == with_five
    # The page frame (site, menu, switcher, footer) takes most; the directory itself: towns, count, one page.
    assert with_five <= 24, with_five
