"""Query budgets: every page type renders (uncached) in a fixed number of database queries, whatever the
number of items it lists. Budgets: home ≤ 15, listings ≤ 15, detail pages ≤ 12.

Each test renders a page type with few items and with many, and the counts must be equal and within budget.
The page cache is switched off for each counted request, so the whole page is rendered; the fragments kept
per generation (menu, footer, each language's home page, listing sections) come from the fragment cache as
they do on a page-cache miss in production. The Site is Wagtail's own lookup, one query on every page. The
listings are also counted cold, with the fragment cache emptied, where the count must not grow with the number
of items either: a fragment cannot hide a query per item.
"""

import datetime

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from home.models import PortalSettings
from home.search import report as search_report
from home.search.views import FEW_RESULTS
from tests.campaigns.factories import ServicePointFactory, build_campaign_tree, locale
from tests.conftest import build_site_tree
from tests.events.factories import EventIndexPageFactory, EventPageFactory, EventSeriesPageFactory, local
from tests.factories import AccessibilityStatementPageFactory, PartnerFactory
from tests.news.factories import (
    ImageFactory,
    NewsletterIssuePageFactory,
    NewsPageFactory,
    PartnerSectionPageFactory,
    SuccessStoryPageFactory,
)

pytestmark = pytest.mark.django_db

HOME, LISTING, DETAIL = 15, 15, 12
SEARCH = 6  # warm, whatever the number of results
FEW, MANY = 2, 12


def count_queries(client, url: str, *, cold: bool = False) -> int:
    """Queries of an anonymous view of `url` rendered in full, as on a page-cache miss: after a first view
    (which creates image renditions and fills the fragment cache) with the page cache switched off.
    `cold`: with the fragment cache emptied, so every fragment is rendered too."""
    client.get(url)
    if cold:
        caches["fragments"].clear()
    with override_settings(PAGE_CACHE_ENABLED=False):
        uncached = Client()
        with CaptureQueriesContext(connection) as queries:
            response = uncached.get(url)
    assert response.status_code == 200, url
    assert "X-Cache" not in response
    return len(queries)


def query_counts(client, url: str) -> tuple[int, int]:
    """(warm, cold) query counts of `url`; see count_queries."""
    return count_queries(client, url), count_queries(client, url, cold=True)


@pytest.fixture
def news(news_tree):
    PortalSettings.load()
    return news_tree


def add_news(news, count: int, *, images: bool = True):
    for number in range(count):
        NewsPageFactory(
            parent=news.news["sl"],
            slug=f"novica-{count}-{number}",
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
            lead_image=ImageFactory() if images else None,
        )


def add_events(index, count: int):
    for number in range(count):
        EventPageFactory(parent=index, start=local(2030, 5, 1 + number, 9, 0), slug=f"dogodek-{count}-{number}")


def assert_constant(counts: dict[int, tuple[int, int]], budget: int):
    """Warm and cold counts the same with few and many items; the warm count within the budget."""
    assert counts[FEW] == counts[MANY], counts
    assert counts[MANY][0] <= budget, counts


def test_home_page(client, news):
    index = EventIndexPageFactory(parent=news.site.homes["sl"], show_in_menus=True)
    counts = {}
    for total in (FEW, MANY):
        add_news(news, total - len(counts) * FEW)
        add_events(index, total - len(counts) * FEW)
        counts[total] = query_counts(client, "/sl/")
    assert_constant(counts, HOME)


def test_standard_page_in_every_language(client, news):
    for url in ("/sl/o-projektu/", "/hr/o-projektu/", "/en/about/"):
        assert count_queries(client, url) <= DETAIL, url


def test_accessibility_statement(client, news):
    page = AccessibilityStatementPageFactory(parent=news.site.homes["sl"])
    assert count_queries(client, page.url) <= DETAIL


def test_news_index(client, news):
    counts = {}
    for total in (FEW, MANY):
        add_news(news, total - len(counts) * FEW)
        counts[total] = query_counts(client, "/sl/novice/")
    assert_constant(counts, LISTING)


def test_news_article(client, news):
    add_news(news, 3)
    article = news.news["sl"].get_children().live().last()
    assert count_queries(client, article.url) <= DETAIL


def test_partner_section(client, news):
    section = PartnerSectionPageFactory(parent=news.news["sl"], slug="partner", partner=news.partner)
    counts = {}
    for total in (FEW, MANY):
        for number in range(total - len(counts) * FEW):
            NewsPageFactory(parent=section, slug=f"p-{total}-{number}", lead_image=ImageFactory())
        counts[total] = query_counts(client, "/sl/novice/partner/")
    assert_constant(counts, LISTING)


def test_success_stories(client, news):
    counts = {}
    for total in (FEW, MANY):
        for number in range(total - len(counts) * FEW):
            SuccessStoryPageFactory(
                parent=news.stories["sl"],
                slug=f"zgodba-{total}-{number}",
                portrait=ImageFactory(),
                portrait_alt="Nasmejana udeleženka pred delavnico.",
            )
        counts[total] = query_counts(client, "/sl/zgodbe-o-uspehu/")
    assert_constant(counts, LISTING)
    story = news.stories["sl"].get_children().live().first()
    assert count_queries(client, story.url) <= DETAIL


def test_newsletters(client, news):
    counts = {}
    for total in (FEW, MANY):
        for number in range(total - len(counts) * FEW):
            NewsletterIssuePageFactory(parent=news.newsletters["sl"], slug=f"st-{total}-{number}")
        counts[total] = query_counts(client, "/sl/e-novice/")
    assert_constant(counts, LISTING)
    issue = news.newsletters["sl"].get_children().live().type(NewsletterIssuePageFactory._meta.model).first()
    assert count_queries(client, issue.url) <= DETAIL
    assert count_queries(client, "/sl/e-novice/prijava/") <= DETAIL


def test_events(client, db):
    PortalSettings.load()
    site = build_site_tree()
    index = EventIndexPageFactory(parent=site.homes["sl"], show_in_menus=True)
    series = EventSeriesPageFactory(parent=index, slug="serija")
    index_counts, series_counts = {}, {}
    for total in (FEW, MANY):
        add_events(index, total - len(index_counts) * FEW)
        for number in range(total - len(series_counts) * FEW):
            EventPageFactory(parent=series, start=local(2031, 1, 1 + number, 9, 0), slug=f"s-{total}-{number}")
        index_counts[total] = query_counts(client, "/sl/dogodki/")
        series_counts[total] = query_counts(client, "/sl/dogodki/serija/")
    assert_constant(index_counts, LISTING)
    assert_constant(series_counts, LISTING)
    event = index.get_children().live().type(EventPageFactory._meta.model).first()
    assert count_queries(client, event.url) <= DETAIL


def test_campaign_pages(client, db):
    PortalSettings.load()
    site = build_site_tree()
    tree = build_campaign_tree(site)
    for kind in ("campaign", "easy_read", "self_check"):
        assert count_queries(client, tree.url(kind, "sl")) <= DETAIL, kind
    counts = {FEW + 3: query_counts(client, tree.url("directory", "sl"))}
    for number in range(MANY - FEW):
        ServicePointFactory(locale=locale("sl"), name=f"Točka {number}", town="Ptuj", country="SI")
    counts[MANY + 3] = query_counts(client, tree.url("directory", "sl"))
    assert counts[FEW + 3] == counts[MANY + 3], counts
    assert counts[MANY + 3][0] <= LISTING


def test_campaign_page_with_chosen_stories_and_related_news_and_events(client, news):
    """The blocks the demo campaign uses: chosen success stories and news/events by tag cost the same for
    few or many stories, and the page stays within the detail budget in every language."""
    tree = build_campaign_tree(news.site)
    stories = []
    counts = {}
    for total in (FEW, MANY):
        while len(stories) < total:
            stories.append(SuccessStoryPageFactory(parent=news.stories["sl"], slug=f"zgodba-{len(stories)}"))
        campaign = tree.campaign["sl"]
        campaign.body = [
            ("success_stories", {"heading": "Zgodbe, ki dajejo pogum", "stories": stories}),
            ("related", {"tag": "revščina", "show_news": True, "show_events": True}),
        ]
        campaign.save_revision().publish()
        counts[total] = query_counts(client, tree.url("campaign", "sl"))
    assert_constant(counts, DETAIL)
    for language in ("hr", "en"):
        assert count_queries(client, tree.url("campaign", language)) <= DETAIL, language


@override_settings(SEARCH_REPORT_FLUSH_SECONDS=3600)
def test_search(client, news):
    # The search report writes its counts in one batch (six queries) when SEARCH_REPORT_FLUSH_SECONDS have passed,
    # on whichever search is then due: write what this process has pending now, and the next batch is an hour away.
    search_report.flush()
    counts = {}
    for total in (FEW, MANY):
        add_news(news, total - len(counts) * FEW, images=False)
        counts[total] = query_counts(client, "/sl/search/?q=novica")
    # Matching, ranking and, below FEW_RESULTS results, the other languages' counts all read each language's
    # search data in memory: however many results, a search asks only for the pages it shows.
    assert FEW < FEW_RESULTS <= MANY
    assert counts[FEW] == counts[MANY], counts
    assert counts[FEW][0] <= SEARCH, counts


def test_footer_partners_cost_nothing_per_partner(client, news):
    few = count_queries(client, "/sl/o-projektu/")
    for number in range(MANY):
        PartnerFactory(name=f"Partner {number}", town="Ptuj")
    assert count_queries(client, "/sl/o-projektu/") == few
