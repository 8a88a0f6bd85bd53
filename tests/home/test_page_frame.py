"""The page frame every public page shares: skip link, EU visibility, footer, one <h1>."""

import pytest

from home.models import PortalSettings, SiteTexts
from tests.factories import PartnerFactory


@pytest.mark.parametrize("url", ["/sl/", "/hr/o-projektu/", "/en/about/"])
def test_frame_has_skip_link_eu_emblem_programme_and_one_h1(client, site_tree, url):
    html = client.get(url).content.decode()
    assert html.index('class="skip-link" href="#main"') < html.index("<header")
    assert 'id="main"' in html
    assert "img/eu-emblem" in html
    assert html.count("<h1") == 1


@pytest.mark.parametrize(
    ("url", "statement"),
    [
        ("/sl/", "Evropskega sklada za regionalni razvoj"),
        ("/hr/", "Europskog fonda za regionalni razvoj"),
        ("/en/", "European Regional Development Fund"),
    ],
)
def test_footer_has_the_funding_statement_in_the_pages_language(client, site_tree, url, statement):
    assert statement in client.get(url).content.decode().split("<footer")[1]


def test_editor_written_funding_statement_and_contact_replace_the_default(client, site_tree):
    from wagtail.models import Locale

    SiteTexts.objects.create(
        locale=Locale.objects.get(language_code="hr"),
        funding_statement="Projekt sufinancira Europska unija.",
        contact="<p>info@example.org</p>",
    )
    footer = client.get("/hr/").content.decode().split("<footer")[1]
    assert "Projekt sufinancira Europska unija." in footer
    assert "info@example.org" in footer
    assert "Projekt sufinancira Europska unija." not in client.get("/sl/").content.decode()


def test_footer_lists_partners_of_the_language_and_links_legal_pages(client, site_tree):
    PartnerFactory(name="ZRS Bistra Ptuj", website="https://www.bistra.si/")
    settings = PortalSettings.load()
    settings.accessibility_statement = site_tree.about["sl"]
    settings.save()
    footer_sl = client.get("/sl/").content.decode().split("<footer")[1]
    assert '<a href="https://www.bistra.si/">ZRS Bistra Ptuj</a>, Ptuj' in footer_sl
    assert 'href="/sl/o-projektu/"' in footer_sl
    footer_en = client.get("/en/").content.decode().split("<footer")[1]
    assert "ZRS Bistra Ptuj" not in footer_en  # no English entry yet: not shown in the wrong language
    assert 'href="/en/about/"' in footer_en  # the statement link follows the visitor's language
