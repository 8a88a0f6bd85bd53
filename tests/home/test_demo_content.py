"""`load_demo_content` builds the tree in Slovenian with real hr and en translations, idempotently."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from home.models import HomePage, Partner, PortalSettings, SiteTexts, StandardPage

EXPECTED_PATHS = {
    "sl": ["/sl/", "/sl/o-projektu/", "/sl/partnerji/", "/sl/kontakt/"],
    "hr": ["/hr/", "/hr/o-projektu/", "/hr/partneri/", "/hr/kontakt/"],
    "en": ["/en/", "/en/about/", "/en/partners/", "/en/contact/"],
}


def load_demo():
    call_command("load_demo_content", verbosity=0, stdout=io.StringIO())


@pytest.fixture
def demo(db):
    load_demo()


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "partners": Partner.objects.count(),
        "texts": SiteTexts.objects.count(),
        "translations": Translation.objects.count(),
    }


def test_every_page_exists_as_a_real_translation_in_every_language(demo):
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


@pytest.mark.parametrize("language", ["sl", "hr", "en"])
def test_demo_pages_answer_in_their_language(client, demo, language):
    for path in EXPECTED_PATHS[language]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert f'<html lang="{language}">' in response.content.decode()


def test_partners_page_lists_the_partners_in_each_language(client, demo):
    assert "Znanstveno-raziskovalno središče Bistra Ptuj" in client.get("/sl/partnerji/").content.decode()
    assert "Centar za socijalnu skrb Čakovec" in client.get("/hr/partneri/").content.decode()
    english = client.get("/en/partners/").content.decode()
    assert "Ptuj" in english and "7 organisations" not in english  # one lead partner, six project partners
    assert "6 organisations" in english


def test_footer_links_and_funding_statement_are_set_up(client, demo):
    settings = PortalSettings.load()
    assert settings.accessibility_statement and settings.privacy_notice and settings.contact_page
    footer = client.get("/en/").content.decode().split("<footer")[1]
    assert "European Regional Development Fund" in footer
    assert 'href="/en/accessibility-statement/"' in footer or "ccessibility" in footer


def test_running_it_twice_changes_nothing(demo):
    before = snapshot()
    load_demo()
    assert snapshot() == before
