"""Trust at the edge: what the app believes of a request that may have come straight to gunicorn
(docs/architecture.md, decision 26).

Client addresses come from a configured number of proxy hops only; a host that is not ours gets a plain 400;
restricted pages (password or sign-in) never appear in listings, feeds, calendars, cards, menus, the sitemap or
the API; the API's search and its bad input; the password-reset form's limit.
"""

import logging

import pytest
from django.test import Client, RequestFactory, override_settings
from wagtail.models import PageViewRestriction

from portal.ratelimit import client_ip
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def address(hops: int, forwarded: str | None, remote: str = "10.0.0.5") -> str:
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    with override_settings(TRUSTED_PROXY_HOPS=hops):
        return client_ip(RequestFactory().get("/", **headers))


def test_client_addresses_come_from_the_configured_proxy_hops_only():
    # Straight to gunicorn (no proxy configured): a forged header changes nothing.
    assert address(0, "2.2.2.2") == "10.0.0.5"
    # Behind one proxy (Varnish): the entry it appended, whatever the client wrote before it.
    assert address(1, "2.2.2.2, 198.51.100.7") == "198.51.100.7"
    assert address(1, "198.51.100.7") == "198.51.100.7"
    # Behind a TLS terminator and Varnish: the terminator's entry; Varnish appended the terminator's address.
    assert address(2, "2.2.2.2, 198.51.100.7, 10.0.0.2") == "198.51.100.7"
    # Garbage where an address belongs, or no header: the connection's own address.
    assert address(1, "not-an-address") == "10.0.0.5"
    assert address(1, None) == "10.0.0.5"


def test_the_api_throttle_counts_the_same_address_as_every_other_limit():
    from portal.api import ClientAddressThrottle

    throttle = ClientAddressThrottle()
    with override_settings(TRUSTED_PROXY_HOPS=1):
        first = RequestFactory().get("/api/v2/pages/", HTTP_X_FORWARDED_FOR="2.2.2.2, 198.51.100.7")
        second = RequestFactory().get("/api/v2/pages/", HTTP_X_FORWARDED_FOR="3.3.3.3, 198.51.100.7")
        assert throttle.get_ident(first) == throttle.get_ident(second) == "198.51.100.7"


def test_a_host_that_is_not_allowed_gets_a_plain_400_and_no_error_in_the_log(site_tree, caplog):
    client = Client(raise_request_exception=False)
    with caplog.at_level(logging.INFO):
        for url in ("/sl/", "/sl/o-projektu/", "/sl/te-strani-ni/", "/", "/api/v2/pages/", "/healthz"):
            response = client.get(url, HTTP_HOST="evil.example")
            assert response.status_code == 400, url
            assert response["Content-Type"].startswith("text/plain") and b"Traceback" not in response.content
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


@pytest.fixture
def restricted(news_tree):
    tree = news_tree
    NewsPageFactory(parent=tree.news["sl"], title="Javna novica", slug="javna")
    secret = NewsPageFactory(parent=tree.news["sl"], title="Zaupna novica", slug="zaupna")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x" * 12)
    index = EventIndexPageFactory(parent=tree.site.homes["sl"])
    EventPageFactory(parent=index, title="Javni dogodek", slug="javni")
    secret_event = EventPageFactory(parent=index, title="Zaprti dogodek", slug="zaprti")
    PageViewRestriction.objects.create(page=secret_event, restriction_type=PageViewRestriction.LOGIN)
    return tree, index


def test_restricted_pages_never_appear_in_listings_feeds_calendars_cards_menus_sitemap_or_api(client, restricted):
    _tree, index = restricted
    event_index = index.url
    for url, public in (
        ("/sl/novice/", "Javna novica"),
        ("/sl/novice/rss/", "Javna novica"),
        ("/sl/novice/atom/", "Javna novica"),
        ("/sl/", "Javna novica"),  # the home page's latest news and upcoming events
        (event_index, "Javni dogodek"),
        (f"{event_index}ical/", "Javni dogodek"),
        ("/sitemap.xml", "/sl/novice/javna/"),
        ("/api/v2/pages/?type=news.NewsPage", "Javna novica"),
        ("/api/v2/pages/?type=events.EventPage", "Javni dogodek"),
    ):
        body = client.get(url).content.decode()
        assert public in body, url
        assert "Zaupna novica" not in body and "zaupna" not in body, url
        assert "Zaprti dogodek" not in body and "/zaprti/" not in body, url


def test_the_api_searches_public_pages_and_refuses_a_bad_operator_as_json(client, restricted):
    response = client.get("/api/v2/pages/", {"search": "novica"})
    assert response.status_code == 200, response.content[:300]
    titles = [item["title"] for item in response.json()["items"]]
    assert "Javna novica" in titles and "Zaupna novica" not in titles
    response = client.get("/api/v2/pages/", {"search": "novica", "search_operator": "xor"})
    assert response.status_code == 400 and response["Content-Type"].startswith("application/json")


def test_the_password_reset_form_is_limited_per_address(client, settings):
    settings.PORTAL_PASSWORD_RESETS_PER_HOUR = 3
    statuses = [
        client.post("/admin/password_reset/", {"email": "nobody@example.org"}).status_code for _attempt in range(4)
    ]
    assert statuses == [302, 302, 302, 429]
    response = client.post("/admin/password_reset/", {"email": "nobody@example.org"}, HTTP_ACCEPT_LANGUAGE="sl")
    assert response.status_code == 429
    # Another address still may.
    assert (
        client.post("/admin/password_reset/", {"email": "x@example.org"}, REMOTE_ADDR="198.51.100.3").status_code == 302
    )


def test_a_document_never_gets_an_empty_etag(client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Poročilo", file=ContentFile(b"%PDF-1.4 report", name="porocilo.pdf")
    )
    document.refresh_from_db()
    assert document.file_hash
    response = client.get(document.url)
    assert response.status_code == 200 and response["ETag"].strip('"W/')
