"""Routing (home/routing.py): the Site, home pages and "is anything private?" come from the fragment cache,
and Wagtail's private-page handling still applies in full."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_a_password_protected_page_asks_for_the_password_and_then_opens(client, site_tree):
    assert "O projektu" in client.get("/sl/o-projektu/").content.decode()
    restriction = PageViewRestriction.objects.create(
        page=site_tree.about["sl"], restriction_type="password", password="geslo-2sokrog"
    )

    response = client.get("/sl/o-projektu/")
    assert response.status_code == 200
    assert "O projektu" not in response.content.decode()
    action = f"/sl/_util/authenticate_with_password/{restriction.pk}/{site_tree.about['sl'].pk}/"
    assert f'action="{action}"' in response.content.decode()

    wrong = client.post(action, {"password": "napačno", "return_url": "/sl/o-projektu/"})
    assert wrong.status_code == 200 and "O projektu" not in wrong.content.decode()
    right = client.post(action, {"password": "geslo-2sokrog", "return_url": "/sl/o-projektu/"})
    assert right.status_code == 302 and right["Location"] == "/sl/o-projektu/"
    assert "O projektu" in client.get("/sl/o-projektu/").content.decode()
    # The page below the private one is private too; its translation is not.
    StandardPageFactory(parent=site_tree.about["sl"], title="Podstran", slug="podstran")
    client.logout()
    assert "Podstran" not in client.get("/sl/o-projektu/podstran/").content.decode()
    assert client.get("/en/about/").status_code == 200


def test_each_language_routes_from_its_own_home_page(client, site_tree):
    assert client.get("/hr/o-projektu/").status_code == 200
    assert client.get("/en/about/").status_code == 200
    # A Slovenian slug is not a Croatian address, and a draft is not served.
    assert client.get("/en/o-projektu/").status_code == 404
    StandardPageFactory(parent=site_tree.homes["en"], title="Draft", slug="draft", live=False)
    assert client.get("/en/draft/").status_code == 404
