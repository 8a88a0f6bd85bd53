"""Success stories: consent that expires or is withdrawn takes a story off the site everywhere, at once."""

import datetime
import io

import feedparser
import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone, translation

from news.models import SuccessStoryPage
from tests.conftest import translate_page

from .factories import ImageFactory, SuccessStoryPageFactory


def today() -> datetime.date:
    """Asked each time: a suite that runs across midnight (Europe/Ljubljana) must not compare with yesterday."""
    return timezone.localdate()


def yesterday() -> datetime.date:
    return today() - datetime.timedelta(days=1)


@pytest.fixture
def story(news_tree):
    story = SuccessStoryPageFactory(
        parent=news_tree.stories["sl"], title="Nov začetek v zadrugi", slug="nov-zacetek", intro="Zgodba o delu."
    )
    english = translate_page(story, "en", title="A new start at the cooperative", slug="a-new-start")
    return {"sl": story, "en": english}


def places_story_appears(client, story) -> set[str]:
    """Every public place a story can show up, checked in Slovenian and English."""
    found = set()
    for language, page in story.items():
        title = page.title
        if (
            client.get(
                f"/{language}/{'zgodbe-o-uspehu' if language == 'sl' else 'success-stories'}/{page.slug}/"
            ).status_code
            == 200
        ):
            found.add(f"page:{language}")
        index = "/sl/zgodbe-o-uspehu/" if language == "sl" else "/en/success-stories/"
        if title in client.get(index).content.decode():
            found.add(f"listing:{language}")
        feed = feedparser.parse(client.get(f"/{language}/{'novice' if language == 'sl' else 'news'}/rss/").content)
        if any(entry.title == title for entry in feed.entries):
            found.add(f"feed:{language}")
        with translation.override(language):
            cards = Template("{% load news_tags %}{% story_cards stories %}").render(
                Context({"request": RequestFactory().get("/"), "stories": [story["sl"]]})
            )
        if title in cards:
            found.add(f"cards:{language}")
        if title in client.get(f"/{language}/search/", {"q": title.split()[1]}).content.decode():
            found.add(f"search:{language}")
    if story["sl"].slug in client.get("/sitemap.xml").content.decode():
        found.add("sitemap")
    api = client.get("/api/v2/pages/", {"type": "news.SuccessStoryPage"}).json()
    if any(item["id"] in {page.pk for page in story.values()} for item in api["items"]):
        found.add("api")
    return found


EVERYWHERE = {
    "page:sl",
    "page:en",
    "listing:sl",
    "listing:en",
    "feed:sl",
    "feed:en",
    "cards:sl",
    "cards:en",
    "search:sl",
    "search:en",
    "sitemap",
    "api",
}


def test_a_story_with_valid_consent_appears_everywhere(client, story):
    assert places_story_appears(client, story) == EVERYWHERE


def test_the_day_consent_expires_the_story_disappears_everywhere_before_any_command_runs(client, story):
    # Time passes: the consent's last day was yesterday. Nobody has touched the page.
    SuccessStoryPage.objects.filter(translation_key=story["sl"].translation_key).update(consent_valid_until=yesterday())
    assert places_story_appears(client, story) == set()
    response = client.get("/en/success-stories/a-new-start/")
    assert response.status_code == 404 and '<html lang="en">' in response.content.decode()


def test_recording_a_withdrawal_and_publishing_unpublishes_every_language_at_once(client, story):
    source = SuccessStoryPage.objects.get(pk=story["sl"].pk)
    source.consent_withdrawn_on = today()
    source.save_revision().publish()
    versions = SuccessStoryPage.objects.filter(translation_key=source.translation_key)
    assert [v.live for v in versions] == [False, False]
    # The consent record is the person's, not a text: every language carries the withdrawal.
    assert {v.consent_withdrawn_on for v in versions} == {today()}
    assert places_story_appears(client, story) == set()


def test_publishing_a_translation_cannot_bring_back_an_older_consent_record(client, story):
    source = SuccessStoryPage.objects.get(pk=story["sl"].pk)
    SuccessStoryPage.objects.filter(pk=source.pk).update(consent_withdrawn_on=today())
    english = SuccessStoryPage.objects.get(pk=story["en"].pk)
    assert english.consent_withdrawn_on is None  # its own (stale) copy
    english.save_revision().publish()
    assert not SuccessStoryPage.objects.filter(translation_key=source.translation_key, live=True).exists()


def test_unpublish_command_takes_lapsed_stories_offline_logs_it_and_is_idempotent(story, news_tree, caplog):
    valid = SuccessStoryPageFactory(parent=news_tree.stories["sl"], title="Še veljavna")
    SuccessStoryPage.objects.filter(translation_key=story["sl"].translation_key).update(consent_valid_until=yesterday())
    out = io.StringIO()
    with caplog.at_level("INFO", logger="news.consent"):
        call_command("unpublish_expired_stories", stdout=out)
    assert "2 success stories unpublished" in out.getvalue()
    assert "/nov-zacetek/" in caplog.text and "/a-new-start/" in caplog.text
    assert not SuccessStoryPage.objects.filter(translation_key=story["sl"].translation_key, live=True).exists()
    assert SuccessStoryPage.objects.get(pk=valid.pk).live
    again = io.StringIO()
    call_command("unpublish_expired_stories", stdout=again)
    assert "0 success stories unpublished" in again.getvalue()


def test_editors_previewing_a_story_without_valid_consent_see_why_it_is_hidden(story):
    page = SuccessStoryPage.objects.get(pk=story["sl"].pk)
    page.consent_valid_until = yesterday()
    html = page.make_preview_request().content.decode()
    assert "This story is not shown to the public" in html or "Ta zgodba ni prikazana javnosti" in html
    page.consent_valid_until = today()
    assert page.title in page.make_preview_request().content.decode()


def test_consent_is_valid_from_the_day_given_to_the_last_valid_day(news_tree):
    page = SuccessStoryPage(consent_given_on=today(), consent_valid_until=today())
    assert page.consent_is_valid
    page.consent_given_on = today() + datetime.timedelta(days=1)
    assert not page.consent_is_valid
    page.consent_given_on, page.consent_withdrawn_on = yesterday(), today() + datetime.timedelta(days=3)
    assert page.consent_is_valid  # a withdrawal dated in the future takes effect on that day


def test_anonymous_story_never_names_the_storyteller_and_portrait_has_its_own_alt_text(client, news_tree):
    page = SuccessStoryPageFactory(
        parent=news_tree.stories["sl"],
        storyteller_name="Marija Novak",
        storyteller_description="udeleženka iz Međimurja",
        identification=SuccessStoryPage.Identification.ANONYMOUS,
        portrait=ImageFactory(description="Opis v knjižnici"),
        portrait_alt="Ženska pri delu v delavnici",
    )
    html = client.get(page.url).content.decode()
    assert "Marija" not in html and "Novak" not in html
    assert "udeleženka iz Međimurja" in html
    assert 'alt="Ženska pri delu v delavnici"' in html
    assert '"@type": "NewsArticle"' in html
    page.identification = SuccessStoryPage.Identification.FIRST_NAME
    assert page.storyteller == "Marija"


def test_story_index_lists_only_valid_stories_with_a_flat_query_count(client, news_tree):
    from django.db import connection
    from django.test import override_settings
    from django.test.utils import CaptureQueriesContext

    def add(count):
        for _ in range(count):
            SuccessStoryPageFactory(parent=news_tree.stories["sl"], portrait=ImageFactory(), portrait_alt="Portret")

    def queries():
        client.get("/sl/zgodbe-o-uspehu/")
        with override_settings(PAGE_CACHE_ENABLED=False), CaptureQueriesContext(connection) as captured:
            assert client.get("/sl/zgodbe-o-uspehu/").status_code == 200
        return len(captured)

    lapsed = SuccessStoryPageFactory(parent=news_tree.stories["sl"], title="Potekla privolitev")
    SuccessStoryPage.objects.filter(pk=lapsed.pk).update(consent_valid_until=yesterday())
    add(5)
    few = queries()
    add(45)
    assert queries() == few
    assert "Potekla privolitev" not in client.get("/sl/zgodbe-o-uspehu/").content.decode()
