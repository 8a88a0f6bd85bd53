"""The page cache (portal/cache.py): anonymous visitors get stored pages until something they show changes.

Each test first proves the page is served from the cache (`X-Cache: HIT`), then changes content the way an
editor or wagtail-localize does, and checks what the next anonymous visitor sees.
"""

import http.server
import threading
from wsgiref.util import setup_testing_defaults

import pytest
from django.contrib.auth import get_user_model
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import override_settings
from wagtail.models import Locale, PageViewRestriction

from home.models import SiteTexts
from tests.conftest import translate_page
from tests.factories import StandardPageFactory
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response


def cached(client, url) -> str:
    """The page as the cache now holds it: fetched twice, the second time from the cache."""
    get(client, url)
    response = get(client, url)
    assert response["X-Cache"] == "HIT", url
    return response.content.decode()


def republish(page, **fields):
    page = type(page).objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


@pytest.fixture
def news(news_tree):
    return news_tree


def test_anonymous_views_come_from_the_cache_with_cdn_headers(client, site_tree):
    first = get(client, "/sl/o-projektu/")
    second = get(client, "/sl/o-projektu/")
    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    cache_control = {part.strip() for part in second["Cache-Control"].split(",")}
    assert {"public", "max-age=60", "s-maxage=300"} <= cache_control
    # Headers added further down the chain are kept with the page.
    assert second["Content-Type"] == first["Content-Type"]
    assert second["X-Frame-Options"] == first["X-Frame-Options"]


def test_publishing_shows_at_once_in_the_page_and_in_its_languages_listings(client, news):
    article = NewsPageFactory(parent=news.news["sl"], title="Stara novica", slug="novica")
    assert "Stara novica" in cached(client, "/sl/novice/novica/")
    assert "Stara novica" in cached(client, "/sl/novice/")

    republish(article, title="Nova novica")

    assert "Nova novica" in get(client, "/sl/novice/novica/").content.decode()
    listing = get(client, "/sl/novice/")
    assert listing["X-Cache"] == "MISS"
    assert "Nova novica" in listing.content.decode()
    assert "Stara novica" not in listing.content.decode()


def test_a_new_page_appears_in_menus_of_its_language(client, site_tree):
    assert "Koristne povezave" not in cached(client, "/sl/")
    StandardPageFactory(parent=site_tree.homes["sl"], title="Koristne povezave", slug="povezave", show_in_menus=True)
    assert '<a href="/sl/povezave/">Koristne povezave</a>' in get(client, "/sl/").content.decode()


def test_a_change_in_croatian_leaves_slovenian_pages_cached_and_shows_in_croatian(client, site_tree):
    cached(client, "/sl/o-projektu/")
    assert "O našem projektu" not in cached(client, "/hr/")

    republish(site_tree.about["hr"], title="O našem projektu")

    assert get(client, "/sl/o-projektu/")["X-Cache"] == "HIT"
    home_hr = get(client, "/hr/")
    assert home_hr["X-Cache"] == "MISS"
    assert "O našem projektu" in home_hr.content.decode()


def call_wsgi(path: str, **environ) -> tuple[str, dict, bytes, bool]:
    """Call the production WSGI application (portal/wsgi.py) as gunicorn does: (status, headers, body, whether
    Django handled the request)."""
    from portal.wsgi import application

    setup_testing_defaults(environ)
    environ.update(PATH_INFO=path)
    answer, django_ran = {}, []

    def start_response(status, headers):
        answer.update(status=status, headers=dict(headers))

    def started(**kwargs):
        django_ran.append(True)

    # As Django's test client does: the test's transaction must survive the end of a request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    request_started.connect(started)
    try:
        body = b"".join(application(environ, start_response))
    finally:
        request_started.disconnect(started)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return answer["status"], answer["headers"], body, bool(django_ran)


def test_in_production_a_stored_page_is_answered_before_django_runs(site_tree):
    status, headers, first, django_ran = call_wsgi("/sl/o-projektu/")
    assert (status, headers["X-Cache"], django_ran) == ("200 OK", "MISS", True)

    status, headers, again, django_ran = call_wsgi("/sl/o-projektu/")
    assert (status, headers["X-Cache"], django_ran) == ("200 OK", "HIT", False)
    assert again == first and headers["Content-Security-Policy"] and "public" in headers["Cache-Control"]
    _status, headers, body, _ran = call_wsgi("/sl/o-projektu/", REQUEST_METHOD="HEAD")
    assert headers["X-Cache"] == "HIT" and body == b""

    # Signed in (a session cookie), another host, a search term: Django answers, nothing stored is shown.
    for extra in ({"HTTP_COOKIE": "sessionid=abc"}, {"HTTP_HOST": "localhost"}, {"QUERY_STRING": "q=x"}):
        _status, headers, _body, django_ran = call_wsgi("/sl/o-projektu/", **extra)
        assert headers.get("X-Cache") != "HIT" and django_ran, extra

    republish(site_tree.about["sl"], title="Projekt na kratko")
    _status, headers, body, django_ran = call_wsgi("/sl/o-projektu/")
    assert "Projekt na kratko" in body.decode() and django_ran


def test_unpublishing_removes_the_page_and_its_language_links(client, site_tree):
    assert 'rel="alternate" hreflang="en"' in cached(client, "/sl/o-projektu/")
    cached(client, "/en/about/")

    site_tree.about["en"].unpublish()

    assert client.get("/en/about/").status_code == 404
    # The Slovenian version no longer offers an English translation that is gone.
    slovenian = get(client, "/sl/o-projektu/").content.decode()
    assert 'rel="alternate" hreflang="en"' not in slovenian


def test_deleting_a_page_removes_it_everywhere(client, site_tree):
    page = StandardPageFactory(parent=site_tree.homes["sl"], title="Kratkotrajna", slug="kratko", show_in_menus=True)
    cached(client, "/sl/kratko/")
    assert "Kratkotrajna" in cached(client, "/sl/")

    page.delete()

    assert client.get("/sl/kratko/").status_code == 404
    assert "Kratkotrajna" not in get(client, "/sl/").content.decode()


def test_making_a_page_private_takes_it_out_of_the_cache_at_once(client, site_tree):
    cached(client, "/sl/o-projektu/")

    restriction = PageViewRestriction.objects.create(page=site_tree.about["sl"], restriction_type="login")

    response = client.get("/sl/o-projektu/")
    assert response.status_code == 302 and "/_util/login/" in response["Location"]
    # Its translations are public still, and the page is public again once the restriction goes.
    assert get(client, "/en/about/")
    restriction.delete()
    assert get(client, "/sl/o-projektu/")


def test_moving_a_page_changes_its_address_at_once(client, news):
    NewsPageFactory(parent=news.news["sl"], title="Selitev", slug="selitev")
    cached(client, "/sl/novice/selitev/")
    article = news.news["sl"].get_children().get(slug="selitev")

    article.move(news.site.about["sl"], pos="last-child")

    # Wagtail leaves a redirect at the old address; the cached old page is not served any more.
    old_address = client.get("/sl/novice/selitev/")
    assert old_address.status_code == 301
    assert old_address["Location"] == "/sl/o-projektu/selitev/"
    assert "Selitev" in get(client, "/sl/o-projektu/selitev/").content.decode()


def test_a_new_translation_shows_in_the_language_switcher_of_the_source(client, site_tree):
    page = StandardPageFactory(parent=site_tree.homes["sl"], title="Novo", slug="novo")
    assert 'rel="alternate" hreflang="en"' not in cached(client, "/sl/novo/")

    translate_page(page, "en", title="New", slug="new")

    assert 'href="/en/new/"' in get(client, "/sl/novo/").content.decode()


def test_alias_sync_shows_the_source_change_in_the_other_language(client, site_tree):
    assert "Samo v slovenščini" in cached(client, "/hr/samo-slovensko/")

    republish(site_tree.only_sl, title="Spremenjeno besedilo")

    assert "Spremenjeno besedilo" in get(client, "/hr/samo-slovensko/").content.decode()


def test_footer_texts_change_per_language(client, site_tree):
    cached(client, "/hr/")
    cached(client, "/sl/")
    SiteTexts.objects.create(locale=Locale.objects.get(language_code="sl"), funding_statement="Sofinancira EU.")

    assert "Sofinancira EU." in get(client, "/sl/").content.decode()
    assert get(client, "/hr/")["X-Cache"] == "HIT"


def test_signed_in_editors_never_get_or_fill_the_cache(client, site_tree):
    cached(client, "/sl/o-projektu/")
    editor = get_user_model().objects.create_superuser("urednica", "urednica@example.com", "geslo-za-test-123")
    client.force_login(editor)

    response = get(client, "/sl/o-projektu/")
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]
    # The Wagtail user bar (edit this page) is only in the editor's copy.
    assert "wagtail-userbar" in response.content.decode()
    client.logout()
    anonymous = get(client, "/sl/o-projektu/")
    assert anonymous["X-Cache"] == "HIT"
    assert "wagtail-userbar" not in anonymous.content.decode()


def test_pages_with_a_form_token_are_never_stored(client, news):
    first = get(client, "/sl/e-novice/prijava/")
    second = get(client, "/sl/e-novice/prijava/")
    assert "csrfmiddlewaretoken" in second.content.decode()
    assert "X-Cache" not in first and "X-Cache" not in second
    assert "private" in second["Cache-Control"]
    assert "Cookie" in second["Vary"]


def test_search_results_are_not_stored_but_listing_pages_are(client, news):
    for number in range(3):
        NewsPageFactory(parent=news.news["sl"], title=f"Novica {number}", slug=f"novica-{number}")
    get(client, "/sl/search/?q=novica")
    assert "X-Cache" not in get(client, "/sl/search/?q=novica")
    assert cached(client, "/sl/novice/?page=1")


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    """A front-end cache (Varnish/nginx) stand-in: records every PURGE it receives."""

    received: list[tuple[str, str]] = []

    def do_PURGE(self):  # noqa: N802 (HTTP method name)
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server():
    PurgeRecorder.received = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 8191), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield PurgeRecorder.received
    server.shutdown()
    server.server_close()


# Committed for real: the purge runs after the publish's transaction commits, as in production.
@pytest.mark.django_db(transaction=True)
def test_publishing_purges_the_front_end_cache_for_the_language(news, purge_server):
    article = NewsPageFactory(parent=news.news["sl"], title="Novica za CDN", slug="cdn")
    backends = {
        "http": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": "http://127.0.0.1:8191"}
    }
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        republish(article, title="Popravljena novica")

    paths = {path for _host, path in purge_server}
    # The page itself, its listing and the home page that lists it; not the other languages.
    assert {"/sl/novice/cdn/", "/sl/novice/", "/sl/"} <= paths
    assert not any(path.startswith(("/hr/", "/en/")) for path in paths)
    assert {host for host, _path in purge_server} == {"localhost"}


def stored_keys() -> set:
    from django.core.cache import cache

    return {key for key in cache._cache if ":pagecache:page:" in key}


def test_the_cache_cannot_be_filled_with_variants_of_a_page(client, news):
    from django.core.cache import cache

    NewsPageFactory(parent=news.news["sl"], title="Novica", slug="novica")
    cache.clear()
    assert cached(client, "/sl/novice/")
    assert cached(client, "/sl/novice/?page=1")
    baseline = stored_keys()
    # Django ignores X-Forwarded-Host: the request gets the one stored copy.
    assert client.get("/sl/novice/", HTTP_X_FORWARDED_HOST="anything.example")["X-Cache"] == "HIT"
    variants = [
        ("/sl/novice/", {"HTTP_HOST": "testserver:8123"}),  # a port nobody configured
        ("/sl/novice/?page=01", {}),  # page 1 is stored only as `?page=1`
        ("/sl/novice/?page=1&page=1", {}),
        ("/sl/novice/?tag=unknown", {}),
        ("/sl/o-projektu/?page=abc", {}),  # a page that has no pages
        ("/sl/o-projektu/?page=2", {}),
    ]
    for url, headers in variants:
        for _ in range(2):
            response = client.get(url, **headers)
            assert response.status_code in (200, 400, 404), url
            assert response.get("X-Cache") != "HIT", (url, headers)
    assert stored_keys() == baseline
    response = client.get("/sl/o-projektu/?page=abc")
    assert response.status_code == 200 and "private" in response["Cache-Control"]


@override_settings(PAGE_CACHE_HOSTS=["portal.example.org"], ALLOWED_HOSTS=["portal.example.org", ".example.org"])
def test_only_configured_hosts_are_stored(client, site_tree):
    for host in ("portal.example.org", "portal.example.org:8443", "www.example.org"):
        client.get("/sl/o-projektu/", HTTP_HOST=host)
        second = client.get("/sl/o-projektu/", HTTP_HOST=host)
        assert second.status_code == 200
        assert (second.get("X-Cache") == "HIT") is (host == "portal.example.org"), host
