"""RSS 2.0 and Atom feeds per language, parsed with feedparser as a feed reader would."""

import datetime

import feedparser
import pytest

from .factories import NewsPageFactory, SuccessStoryPageFactory


@pytest.fixture
def news(news_tree):
    sl = NewsPageFactory(parent=news_tree.news["sl"], title="Zaključna konferenca", date=datetime.date(2020, 9, 17))
    sl.tags.add("konferenca")
    sl.save_revision().publish()
    older = NewsPageFactory(parent=news_tree.news["sl"], title="Seminar v Celju", date=datetime.date(2019, 6, 13))
    en = NewsPageFactory(parent=news_tree.news["en"], title="Final conference", date=datetime.date(2020, 9, 17))
    hr = NewsPageFactory(parent=news_tree.news["hr"], title="Završna konferencija", date=datetime.date(2020, 9, 17))
    story = SuccessStoryPageFactory(
        parent=news_tree.stories["sl"], title="Nov začetek", date=datetime.date(2020, 9, 20)
    )
    return {"sl": [story, sl, older], "en": [en], "hr": [hr]}


@pytest.mark.parametrize(
    ("url", "language", "version"),
    [
        ("/sl/novice/rss/", "sl", "rss20"),
        ("/sl/novice/atom/", "sl", "atom10"),
        ("/hr/novosti/rss/", "hr", "rss20"),
        ("/en/news/atom/", "en", "atom10"),
    ],
)
def test_feed_parses_and_lists_the_news_of_its_language_newest_first(client, news, url, language, version):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.feed.language == language if version == "rss20" else True
    assert [entry.title for entry in feed.entries] == [page.title for page in news[language]]
    for entry, page in zip(feed.entries, news[language], strict=True):
        assert entry.link == "http://testserver" + page.url
    assert "2SoKroG" in feed.feed.title


def test_rss_items_carry_tags_as_categories_and_the_date(client, news):
    feed = feedparser.parse(client.get("/sl/novice/rss/").content)
    conference = next(entry for entry in feed.entries if entry.title == "Zaključna konferenca")
    assert [tag.term for tag in conference.tags] == ["konferenca"]
    assert conference.published_parsed[:3] == (2020, 9, 17)
    story = next(entry for entry in feed.entries if entry.title == "Nov začetek")
    assert [tag.term for tag in story.tags] == ["Zgodba o uspehu"]


def test_atom_feed_links_back_to_the_news_page_of_its_language(client, news):
    feed = feedparser.parse(client.get("/en/news/atom/").content)
    assert any(link.href == "http://testserver/en/news/" for link in feed.feed.links)
