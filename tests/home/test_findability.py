"""Issue 17, item 7: filtered and later pages of a listing are told apart (title, canonical, robots), and every
public page has a meta description."""

import re

import pytest

from news.listing import PAGE_SIZE
from tests.news.factories import NewsPageFactory


def head(html: str, pattern: str) -> str | None:
    match = re.search(pattern, html.split("</head>")[0])
    return match.group(1) if match else None


@pytest.fixture
def news(news_tree):
    tree = news_tree
    for _ in range(PAGE_SIZE + 1):
        NewsPageFactory(parent=tree.news["sl"])
    return tree


def test_page_two_of_a_listing_is_its_own_canonical_and_says_so_in_its_title(client, news):
    url = news.news["sl"].url
    first = client.get(url).content.decode()
    second = client.get(url, {"page": 2}).content.decode()
    assert head(first, r'<link rel="canonical" href="([^"]+)"').endswith(url)
    assert head(second, r'<link rel="canonical" href="([^"]+)"').endswith(f"{url}?page=2")
    assert head(first, r"<title>([^<]+)</title>") == "Novice – 2SoKroG"
    assert head(second, r"<title>([^<]+)</title>") == "Novice – stran 2 – 2SoKroG"
    assert 'name="robots"' not in second.split("</head>")[0]
    english = client.get(news.news["en"].url, {"page": 1}).content.decode()
    assert head(english, r"<title>([^<]+)</title>") == "News – 2SoKroG"


def test_filtered_listings_name_the_filter_and_are_not_indexed(client, news):
    html = client.get(news.news["sl"].url, {"tag": "konferenca", "page": "1"}).content.decode()
    assert head(html, r"<title>([^<]+)</title>") == "Novice: konferenca – 2SoKroG"
    assert '<meta name="robots" content="noindex, follow">' in html.split("</head>")[0]
    html = client.get(news.news["hr"].url, {"tag": "<b>x</b>"}).content.decode()
    assert "Novosti: &lt;b&gt;x&lt;/b&gt; – 2SoKroG" in html


def test_a_listing_without_a_summary_still_has_a_meta_description(client, news):
    news.newsletters["hr"].intro = ""
    for page in (news.news["sl"], news.stories["hr"], news.newsletters["en"]):
        html = client.get(page.url).content.decode()
        description = head(html, r'<meta name="description" content="([^"]+)">')
        assert description, page.url
