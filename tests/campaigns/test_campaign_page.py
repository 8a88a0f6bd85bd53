"""The campaign page: key message, its blocks, easy-read version both ways, home teaser, query budget."""

import datetime
import re

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from campaigns.models import CampaignPage
from tests.campaigns.factories import KEY_MESSAGES, build_campaign_tree


def faq(count: int) -> tuple:
    return (
        "faq",
        {
            "heading": "Pogosta vprašanja",
            "items": [
                {"question": f"Vprašanje {n}?", "answer": RichText(f"<p>Odgovor {n}.</p>")} for n in range(count)
            ],
        },
    )


def key_facts(count: int) -> tuple:
    facts = [
        {"figure": "24 mesecev", "label": "trajanje projekta", "source": "Podatki projekta", "source_url": ""},
        {
            "figure": "več kot 180",
            "label": "udeležencev konference",
            "source": "CZSS Čakovec",
            "source_url": "http://www.czss-ck.hr/",
        },
    ]
    return ("key_facts", {"heading": "Projekt v številkah", "facts": (facts * count)[: max(count, 2)]})


def page_html(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_campaign_lives_under_translated_slugs_with_its_key_message_under_the_title(client, campaign_tree, language):
    url = campaign_tree.url("campaign", language)
    assert (
        url
        == {"sl": "/sl/preprecimo-revscino/", "hr": "/hr/sprijecimo-siromastvo/", "en": "/en/prevent-poverty/"}[
            language
        ]
    )
    html = page_html(client, url)
    assert f'<html lang="{language}">' in html
    assert re.search(r"<h1>[^<]+</h1>\s*<p class=\"campaign__message\">" + re.escape(KEY_MESSAGES[language]), html)
    assert html.count("<h1") == 1


def test_blocks_show_facts_with_sources_warning_signs_calls_to_action_and_materials(client, site_tree):
    document = get_document_model().objects.create(
        title="Zloženka", file=ContentFile(b"%PDF-1.4 leaflet" * 100, name="zlozenka.pdf")
    )
    document.get_file_size()  # recorded on upload in the admin
    body = [
        key_facts(2),
        (
            "warning_signs",
            {
                "heading": "Znaki",
                "intro": "En znak še ni nevarnost.",
                "signs": ["Zamujate s položnicami.", "Ste sami."],
            },
        ),
        (
            "call_to_action",
            {"text": "Preverite se.", "page": None, "url": "https://example.org/", "link_text": "Začni"},
        ),
        ("materials", {"heading": "Gradivo", "documents": [{"document": document, "title": "Zloženka kampanje"}]}),
        faq(2),
    ]
    tree = build_campaign_tree(site_tree, body=body)
    html = page_html(client, tree.url("campaign", "sl"))
    facts = html.split('<section class="key-facts">')[1].split("</section>")[0]
    assert '<p class="key-fact__figure">24 mesecev</p>' in facts
    assert "Vir: Podatki projekta</p>" in facts
    assert 'Vir: <a href="http://www.czss-ck.hr/">CZSS Čakovec</a>' in facts
    assert "<li>Zamujate s položnicami.</li>" in html
    assert '<a class="button" href="https://example.org/">Začni</a>' in html
    material = html.split('<section class="materials">')[1].split("</section>")[0]
    assert f'href="{document.url}">Zloženka kampanje</a>' in material
    assert "(PDF, 1,6\xa0KB)" in material  # format and size, with the Slovenian decimal comma


def test_faq_is_an_accordion_that_works_without_javascript(client, site_tree):
    tree = build_campaign_tree(site_tree, body=[faq(2)])
    html = page_html(client, tree.url("campaign", "sl"))
    assert '<details class="faq__item">\n    <summary>Vprašanje 1?</summary>' in html
    assert '<div class="faq__answer"><p>Odgovor 1.</p></div>' in html
    # Opened for printing by a small progressive-enhancement script.
    assert re.search(r'<script src="/static/campaigns/campaigns\.js[^"]*" defer></script>', html)


def test_success_stories_show_only_live_stories_with_valid_consent(client, site_tree):
    from news.models import SuccessStoryIndexPage, SuccessStoryPage

    home = site_tree.homes["sl"]
    index = SuccessStoryIndexPage(title="Zgodbe", slug="zgodbe")
    home.add_child(instance=index)
    today = datetime.date.today()
    stories = []
    for title, valid_until in (("Markova pot nazaj", today + datetime.timedelta(days=300)), ("Potekla", today)):
        story = SuccessStoryPage(
            title=title,
            slug=title.lower().replace(" ", "-"),
            intro="Kratek povzetek.",
            body=[("paragraph", RichText("<p>Zgodba.</p>"))],
            consent_given_on=today - datetime.timedelta(days=10),
            consent_valid_until=valid_until,
        )
        index.add_child(instance=story)
        story.save_revision().publish()
        stories.append(story)
    expired = stories[1]
    expired.consent_valid_until = today - datetime.timedelta(days=1)
    expired.save(clean=False)
    body = [("success_stories", {"heading": "Zgodbe, ki dajejo pogum", "stories": stories})]
    tree = build_campaign_tree(site_tree, body=body)
    html = page_html(client, tree.url("campaign", "sl"))
    section = html.split('<section class="campaign-stories">')[1].split("</section>")[0]
    assert "<h2>Zgodbe, ki dajejo pogum</h2>" in section
    assert "Markova pot nazaj" in section
    assert "Potekla" not in html


def test_success_stories_block_disappears_when_no_story_may_be_shown(client, site_tree):
    from news.models import SuccessStoryIndexPage, SuccessStoryPage

    index = SuccessStoryIndexPage(title="Zgodbe", slug="zgodbe")
    site_tree.homes["sl"].add_child(instance=index)
    story = SuccessStoryPage(
        title="Umaknjena",
        slug="umaknjena",
        intro="Povzetek.",
        body=[("paragraph", RichText("<p>Zgodba.</p>"))],
        consent_given_on=datetime.date(2020, 1, 1),
        consent_valid_until=datetime.date(2020, 12, 31),
    )
    index.add_child(instance=story)
    tree = build_campaign_tree(site_tree, body=[("success_stories", {"heading": "Zgodbe", "stories": [story]})])
    html = page_html(client, tree.url("campaign", "sl"))
    assert "campaign-stories" not in html
    assert "<h2>Zgodbe</h2>" not in html


def test_related_news_and_events_are_those_with_the_tag(client, site_tree):
    from events.models import EventPage
    from news.models import NewsIndexPage, NewsPage
    from tests.events.factories import EventIndexPageFactory, EventPageFactory

    home = site_tree.homes["sl"]
    news_index = NewsIndexPage(title="Novice", slug="novice")
    home.add_child(instance=news_index)
    for title, tag in (("Informativni dan v Ormožu", "socialna aktivacija"), ("Seminar o drugem", "seminar")):
        news = NewsPage(title=title, slug=title.lower().replace(" ", "-"), intro="Uvod.")
        news.tags.add(tag)
        news_index.add_child(instance=news)
        news.save_revision().publish()
    event_index = EventIndexPageFactory(parent=home)
    for title, tag in (("Delavnica socialne aktivacije", "socialna aktivacija"), ("Drug dogodek", "drugo")):
        event = EventPageFactory(parent=event_index, title=title)
        event.tags.add(tag)
        event.save_revision().publish()
    assert EventPage.objects.count() == 2
    body = [("related", {"tag": "socialna aktivacija", "show_news": True, "show_events": True})]
    tree = build_campaign_tree(site_tree, body=body)
    html = page_html(client, tree.url("campaign", "sl"))
    related = html.split('<div class="campaign-related">')[1]
    assert "Informativni dan v Ormožu" in related and "Delavnica socialne aktivacije" in related
    assert "Seminar o drugem" not in html and "Drug dogodek" not in html


def test_related_block_shows_nothing_when_nothing_carries_the_tag(client, site_tree):
    body = [("related", {"tag": "ni-takih", "show_news": True, "show_events": True})]
    tree = build_campaign_tree(site_tree, body=body)
    assert "campaign-related" not in page_html(client, tree.url("campaign", "sl"))


@pytest.mark.parametrize(
    ("language", "badge", "back"),
    [
        ("sl", "Lahko branje", "Preprečimo revščino"),
        ("hr", "Lako čitanje", "Spriječimo siromaštvo"),
        ("en", "Easy to read", "Prevent poverty"),
    ],
)
def test_easy_read_version_is_linked_both_ways_and_marked(client, campaign_tree, language, badge, back):
    campaign = page_html(client, campaign_tree.url("campaign", language))
    easy_url = campaign_tree.url("easy_read", language)
    link = re.search(rf'<p class="easy-read-link"><a href="{re.escape(easy_url)}">(.*?)</a></p>', campaign, re.S)
    assert link and badge in link.group(1)
    easy = page_html(client, easy_url)
    assert '<p class="easy-read-mark">' in easy and badge in easy.split('<p class="easy-read-mark">')[1][:200]
    campaign_url = campaign_tree.url("campaign", language)
    assert f'<a href="{campaign_url}">{back}</a>' in easy


def test_easy_read_page_without_a_campaign_pointing_to_it_has_no_back_link(client, campaign_tree):
    campaign = campaign_tree.campaign["sl"]
    for page in CampaignPage.objects.filter(translation_key=campaign.translation_key):
        page.easy_read_page = None
        page.save_revision().publish()
    html = page_html(client, campaign_tree.url("easy_read", "sl"))
    assert "easy-read-back" not in html


def query_count(client, url) -> int:
    # A full render, as on a page-cache miss; a warm-up view first fills the shared frame fragments.
    client.get(url)
    with override_settings(PAGE_CACHE_ENABLED=False), CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_campaign_page_query_count_is_small_and_does_not_grow_with_its_content(client, site_tree):
    small = build_campaign_tree(site_tree, body=[key_facts(2), faq(2)])
    url = small.url("campaign", "sl")
    query_count(client, url)
    few = query_count(client, url)
    page = small.campaign["sl"]
    page.body = [key_facts(20), faq(30), key_facts(5)]
    page.save_revision().publish()
    assert query_count(client, url) == few
    assert few <= 24, few


@pytest.mark.parametrize(
    ("language", "self_check"), [("sl", "Samoocena"), ("hr", "Samoprocjena"), ("en", "Self-check")]
)
def test_home_page_teases_the_campaign_of_its_language(client, campaign_tree, language, self_check):
    html = page_html(client, f"/{language}/")
    teaser = html.split('<section class="home-campaign"')[1].split("</section>")[0]
    assert KEY_MESSAGES[language] in teaser
    assert f'<a class="button" href="{campaign_tree.url("self_check", language)}">{self_check}</a>' in teaser
    assert f'href="{campaign_tree.url("campaign", language)}"' in teaser


def test_home_page_teaser_is_absent_without_a_campaign_and_costs_at_most_two_queries(client, site_tree):
    query_count(client, "/en/")
    without = query_count(client, "/en/")
    assert "home-campaign" not in page_html(client, "/en/")
    build_campaign_tree(site_tree)
    query_count(client, "/en/")
    assert query_count(client, "/en/") - without <= 2
    assert "home-campaign" in page_html(client, "/en/")


def test_an_untranslated_campaign_is_not_teased_as_if_it_were_translated(client, site_tree):
    tree = build_campaign_tree(site_tree)
    tree.campaign["hr"].delete()
    assert "home-campaign" not in page_html(client, "/hr/")


def test_preview_shows_the_draft_body_not_the_shared_copy_of_the_live_one(client, site_tree):
    tree = build_campaign_tree(site_tree, body=[("paragraph", RichText("<p>Objavljeno besedilo.</p>"))])
    assert "Objavljeno besedilo." in page_html(client, tree.url("campaign", "sl"))  # the body is now shared

    draft = CampaignPage.objects.get(pk=tree.campaign["sl"].pk)
    draft.body = [("paragraph", RichText("<p>Osnutek besedila.</p>"))]
    response = draft.make_preview_request()
    if hasattr(response, "render"):
        response.render()
    html = response.content.decode()
    assert "Osnutek besedila." in html
    assert "Objavljeno besedilo." not in html
    # Visitors still get the live text.
    assert "Objavljeno besedilo." in page_html(client, tree.url("campaign", "sl"))
