"""`load_demo_content` builds the tree in Slovenian with real hr and en translations, idempotently."""

import pytest
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from home.models import HomePage, Partner, PortalSettings, SiteTexts, StandardPage
from portal.visibility import public_pages
from tests.conftest import load_demo_content
from tests.test_query_budgets import DETAIL, HOME, LISTING, count_queries

LISTING_TYPES = {
    "NewsIndexPage",
    "PartnerSectionPage",
    "SuccessStoryIndexPage",
    "NewsletterIndexPage",
    "EventIndexPage",
    "EventSeriesPage",
    "HelpDirectoryPage",
}
EXPECTED_PATHS = {
    "sl": ["/sl/", "/sl/o-projektu/", "/sl/partnerji/", "/sl/kontakt/"],
    "hr": ["/hr/", "/hr/o-projektu/", "/hr/partneri/", "/hr/kontakt/"],
    "en": ["/en/", "/en/about/", "/en/partners/", "/en/contact/"],
}


def load_demo():
    load_demo_content()


@pytest.fixture
def demo(demo_content):
    """The demo, loaded into an empty database (once for all the tests that read it: tests/conftest.py)."""


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "partners": Partner.objects.count(),
        "texts": SiteTexts.objects.count(),
        "translations": Translation.objects.count(),
    }


# Loading the whole demo takes tens of seconds (every app's content, translated through wagtail-localize),
# so one test reads everything a visitor would notice from a single load.
def test_demo_content_is_complete_in_three_languages(client, demo):
    for source in [
        *HomePage.objects.filter(locale__language_code="sl"),
        *StandardPage.objects.filter(locale__language_code="sl"),
    ]:
        versions = {p.locale.language_code: p for p in source.get_translations(inclusive=True)}
        assert set(versions) == {"sl", "hr", "en"}, source.title
        for language, page in versions.items():
            assert page.live and page.alias_of_id is None, f"{source.title} in {language} is not a real translation"
        # Made through wagtail-localize, so translators can keep them in sync from the admin.
        assert Translation.objects.filter(source__object_id=source.translation_key).count() == 2

    for language, paths in EXPECTED_PATHS.items():
        for path in paths:
            response = client.get(path)
            assert response.status_code == 200, path
            assert f'<html lang="{language}">' in response.content.decode()

    assert "Znanstveno-raziskovalno središče Bistra Ptuj" in client.get("/sl/partnerji/").content.decode()
    assert "Centar za socijalnu skrb Čakovec" in client.get("/hr/partneri/").content.decode()
    english = client.get("/en/partners/").content.decode()
    assert "6 organisations" in english  # six project partners; the lead partner is listed on its own

    settings = PortalSettings.load()
    assert settings.accessibility_statement and settings.privacy_notice and settings.contact_page
    footer = client.get("/en/").content.decode().split("<footer")[1]
    assert "European Regional Development Fund" in footer
    assert 'href="/en/accessibility-statement/"' in footer
    assert 'href="/en/privacy-notice/"' in footer

    # The query budgets (tests/test_query_budgets.py) hold for the real content too: every public page of the
    # demo, in every language, rendered in full as on a page-cache miss.
    over = []
    for page in public_pages().filter(depth__gte=2).specific():
        kind = type(page).__name__
        budget = HOME if kind == "HomePage" else LISTING if kind in LISTING_TYPES else DETAIL
        queries = count_queries(client, page.url)
        if queries > budget:
            over.append(f"{page.url} ({kind}): {queries} queries, budget {budget}")
    assert not over, "\n".join(over)


def test_running_it_twice_changes_nothing(demo):
    before = snapshot()
    load_demo()
    assert snapshot() == before
