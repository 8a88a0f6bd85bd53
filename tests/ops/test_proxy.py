"""The caching proxy of docs/deployment.md in front of two app servers: Debian's varnishd with the repository's
VCL (deploy/varnish/portal.vcl), started and stopped here like the test PostgreSQL cluster, on 127.0.0.1.

One proxy, two gunicorn app servers and one database serve the tests of this module; the outage tests stop the
app servers or PostgreSQL and start them again. The last test has a proxy of its own (port 8296) in front of two
stand-ins that cut a page short, the moment an app server dies mid-response. Pages are kept for
PAGE_CACHE_TIMEOUT = 10 s, so that the outage tests can show a stale copy served past its time.
"""

from __future__ import annotations

import contextlib
import http.client
import http.server
import os
import re
import signal
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis

from bench.server import ProductionServer, production_env
from bench.services import ThrowawayVarnish

from .client import Visitor
from .conftest import EDITOR, SERVER_PORTS, TEMPLATE_DB, django_python

pytestmark = pytest.mark.ops

VARNISH_PORT = 8290
TTL = 10


@dataclass
class Edge:
    env: dict[str, str]
    servers: list[ProductionServer]
    varnish: ThrowawayVarnish

    @property
    def url(self) -> str:
        return self.varnish.url


@pytest.fixture(scope="module")
def edge(ops_services, tmp_path_factory):
    folder = tmp_path_factory.mktemp("edge")
    database_url = ops_services.postgres.create_database("portal_ops_proxy", template=TEMPLATE_DB)
    redis_url = ops_services.redis.url(1)
    redis.Redis.from_url(redis_url).flushdb()
    env = production_env(
        database_url=database_url,
        redis_url=redis_url,
        STATIC_ROOT=ops_services.static_root,
        MEDIA_ROOT=str(folder / "media"),
        DB_CONN_MAX_AGE="60",
        PAGE_CACHE_TIMEOUT=str(TTL),
        FRONTEND_CACHE_PURGE_URL=f"http://127.0.0.1:{VARNISH_PORT}",
        TRUSTED_PROXY_HOPS="1",
        PAGE_CACHE_HOSTS=",".join(f"127.0.0.1:{port}" for port in (VARNISH_PORT, *SERVER_PORTS)),
    )
    servers = [ProductionServer(port, env, log_path=folder / f"{port}.log") for port in SERVER_PORTS]
    varnish = ThrowawayVarnish(VARNISH_PORT, [("127.0.0.1", port) for port in SERVER_PORTS])
    try:
        for server in servers:
            server.start()
        varnish.start()
        varnish.wait_backends(healthy=True)
        yield Edge(env, servers, varnish)
    finally:
        varnish.destroy()
        for server in servers:
            server.stop()


def get(url: str, path: str, *, source: str = "127.0.0.1", method: str = "GET", **headers: str):
    """(status, headers with lower-case names, body) of one request, from `source` (a loopback address)."""
    parts = url.split("//", 1)[1]
    host, port = parts.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=20, source_address=(source, 0))
    try:
        connection.request(method, path, headers={"Accept-Language": "sl", **headers})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def hit(url: str, path: str, **headers: str) -> bool:
    return get(url, path, **headers)[1].get("x-cache", "").startswith("HIT")


def warm(url: str, *paths: str) -> None:
    for path in paths:
        get(url, path)
        assert hit(url, path), path


def title(body: bytes) -> str:
    return re.search(rb"<title>(.*?)</title>", body, re.S).group(1).decode().strip()


def test_a_second_anonymous_get_is_a_proxy_hit_with_the_portals_headers_and_gzip(edge):
    status, first, body = get(edge.url, "/sl/o-projektu/")
    assert status == 200 and first["x-cache"] == "MISS"
    status, second, again = get(edge.url, "/sl/o-projektu/")
    assert status == 200 and second["x-cache"] == "HIT" and "age" in second and again == body
    # The portal's security headers are stored with the page.
    assert "frame-ancestors 'none'" in second["content-security-policy"]
    assert second["x-content-type-options"] == "nosniff" and "public" in second["cache-control"]
    # Tracking parameters are not part of the key (nor sent to the app).
    assert hit(edge.url, "/sl/o-projektu/?utm_source=newsletter&utm_medium=email&fbclid=abc")
    # HTML is compressed by the proxy; whitenoise's own compressed static files are passed on as they are.
    _status, headers, gzipped = get(edge.url, "/sl/o-projektu/", **{"Accept-Encoding": "gzip"})
    assert headers["content-encoding"] == "gzip" and len(gzipped) < len(body)
    css = re.search(rb'<link rel="stylesheet" href="([^"]+)"', body).group(1).decode()
    get(edge.url, css, **{"Accept-Encoding": "gzip"})
    _status, headers, _body = get(edge.url, css, **{"Accept-Encoding": "gzip"})
    assert headers["content-encoding"] == "gzip" and headers["x-cache"] == "HIT"
    # Feeds and the calendar of a listing are compressed too.
    _status, headers, _body = get(edge.url, "/sl/novice/rss/", **{"Accept-Encoding": "gzip"})
    assert headers["content-encoding"] == "gzip"


def test_the_root_redirect_is_kept_once_per_language(edge):
    cases = [
        ({"Accept-Language": "hr-HR,hr;q=0.9,en;q=0.5"}, "/hr/"),
        ({"Accept-Language": "de-DE, en-GB;q=0.8"}, "/en/"),
        ({"Accept-Language": "fr"}, "/sl/"),
        ({"Accept-Language": "hr", "Cookie": "django_language=en"}, "/en/"),
        ({"Accept-Language": "en", "Cookie": "django_language=sl; other=1"}, "/sl/"),
    ]
    for headers, location in cases:
        get(edge.url, "/", **headers)
        status, answer, _body = get(edge.url, "/", **headers)
        assert (status, answer["location"]) == (302, location), headers
        assert answer["x-cache"] == "HIT", headers
        assert "Accept-Language" in answer["vary"]


def test_an_editors_session_a_form_and_a_post_are_never_cached(edge):
    editor = Visitor()
    signed_in = editor.submit(f"{edge.url}/admin/login/", {"username": EDITOR[0], "password": EDITOR[1]})
    assert signed_in.status == 302 and "sessionid" in editor.cookies
    warm(edge.url, "/sl/o-projektu/")
    for _ in range(2):
        page = editor.get(f"{edge.url}/sl/o-projektu/")
        assert page.status == 200 and page.headers["x-cache"] == "MISS"
        assert editor.get(f"{edge.url}/admin/").headers["x-cache"] == "MISS"
    # The sign-up form carries a CSRF token: never stored, for anyone.
    for _ in range(2):
        status, headers, _body = get(edge.url, "/sl/e-novice/prijava/")
        assert status == 200 and headers["x-cache"] == "MISS" and "private" in headers["cache-control"]
    for _ in range(2):
        assert get(edge.url, "/sl/o-projektu/", method="POST")[1]["x-cache"] == "MISS"
    # Searches go to the app every time.
    for _ in range(2):
        assert get(edge.url, "/sl/search/?q=projekt")[1]["x-cache"] == "MISS"


PUBLISH = """
from wagtail.models import Page
from news.models import NewsIndexPage
from tests.news.factories import NewsPageFactory

index = NewsIndexPage.objects.get(locale__language_code="sl")
NewsPageFactory(parent=index, title="Novica skozi posrednika", slug="novica-skozi-posrednika")
about_hr = Page.objects.get(locale__language_code="hr", url_path__endswith="/o-projektu/").specific
about_hr.title = "O projektu ukratko"
about_hr.slug = "o-projektu-ukratko"
about_hr.save_revision().publish()
print("published")
"""


def test_publishing_purges_every_affected_url_of_the_affected_languages_at_once(edge):
    sl_paths = ["/sl/", "/sl/novice/", "/sl/novice/?page=1", "/sl/novice/rss/", "/sl/novice/atom/", "/sl/o-projektu/"]
    other = ["/hr/", "/hr/o-projektu/", "/en/about/", "/sitemap.xml"]
    warm(edge.url, *sl_paths, *other)
    assert "published" in django_python(edge.env, PUBLISH)
    checked = time.monotonic()
    deadline = checked + 1
    expected = {
        "/sl/novice/": "Novica skozi posrednika",
        "/sl/novice/?page=1": "Novica skozi posrednika",
        "/sl/novice/rss/": "Novica skozi posrednika",
        "/sl/novice/atom/": "Novica skozi posrednika",
        "/sl/": "Novica skozi posrednika",  # the home page's latest news
        "/sitemap.xml": "/hr/o-projektu-ukratko/",
        "/hr/o-projektu-ukratko/": "O projektu ukratko",
        "/hr/": "O projektu ukratko",  # the menu
        "/sl/o-projektu/": "/hr/o-projektu-ukratko/",  # the other language versions' switcher and hreflang
        "/en/about/": "/hr/o-projektu-ukratko/",
    }
    missing = dict(expected)
    while missing and time.monotonic() < deadline:
        for path, text in list(missing.items()):
            status, _headers, body = get(edge.url, path)
            if status == 200 and text.encode() in body:
                del missing[path]
    assert not missing, f"still stale through the proxy 1 s after the publish: {sorted(missing)}"
    assert get(edge.url, "/hr/o-projektu/")[0] in (301, 404), "the old address is no longer the page"


def test_a_purge_or_bad_input_from_outside_is_refused_and_never_stored(edge):
    warm(edge.url, "/sl/o-projektu/")
    status, _headers, _body = get(edge.url, "/sl/o-projektu/", method="PURGE", source="127.0.0.2")
    assert status == 403
    status, _headers, _body = get(edge.url, "/", method="BAN", source="127.0.0.2")
    assert status == 403
    assert hit(edge.url, "/sl/o-projektu/"), "a refused purge removes nothing"
    bad = [
        ("/sl/o-projektu/%00", {}),
        ("/sl/novice/?page=" + "1" * 3000, {}),
        ("/sl/o-projektu/", {"X-Huge": "x" * 70000}),
    ]
    for path, headers in bad:
        for _ in range(2):
            try:
                status, answer, _body = get(edge.url, path, **headers)
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                continue  # varnishd closed the connection on an oversized request: refused too
            assert 400 <= status < 500, (path[:40], status)
            assert not answer.get("x-cache", "").startswith("HIT"), path[:40]
    # Variants the page does not understand reach the app and are not stored there or here.
    for path in ("/sl/o-projektu/?page=abc", "/sl/novice/?page=01", "/sl/o-projektu/?x=1"):
        for _ in range(2):
            status, answer, _body = get(edge.url, path)
            assert status in (200, 404) and answer["x-cache"] == "MISS", path
    # A made-up scheme is plain HTTP: the stored page, not a new copy.
    assert hit(edge.url, "/sl/o-projektu/", **{"X-Forwarded-Proto": "gopher"})
    for headers in ({"Host": "127.0.0.1:9999"}, {"X-Forwarded-Host": "evil.example"}):
        get(edge.url, "/sl/novice/", **headers)
    assert get(edge.url, "/sl/novice/", **{"Host": "127.0.0.1:9999"})[1]["x-cache"] == "MISS"
    status, _headers, body = get(edge.url, "/sl/o-projektu/", Host="evil.example")
    assert status == 400 and b"Traceback" not in body


def wait_stale(edge: Edge, started: float) -> None:
    time.sleep(max(0.0, started + TTL + 0.5 - time.monotonic()))


def test_with_both_app_servers_stopped_readers_get_pages_seen_before_and_a_localized_503_otherwise(edge):
    seen = ["/sl/", "/sl/o-projektu/", "/hr/", "/en/about/"]
    warm(edge.url, *seen)
    started = time.monotonic()
    for server in edge.servers:
        server.stop()
    try:
        edge.varnish.wait_backends(healthy=False)
        wait_stale(edge, started)
        for path in seen:
            status, headers, _body = get(edge.url, path)
            assert (status, headers["x-cache"]) == (200, "HIT-STALE"), path
        for path, language, text in (
            ("/sl/zgodbe-o-uspehu/", "sl", "Stran trenutno ni dosegljiva"),
            ("/hr/price-o-uspjehu/", "hr", "Stranica trenutačno nije dostupna"),
            ("/en/success-stories/", "en", "The page is not available at the moment"),
        ):
            status, headers, body = get(edge.url, path)
            assert status == 503 and headers["retry-after"].isdigit(), path
            assert f'lang="{language}"'.encode() in body and text.encode() in body
            assert "no-store" in headers["cache-control"] and headers["content-security-policy"]
    finally:
        for server in edge.servers:
            server.start()
        edge.varnish.wait_backends(healthy=True)


def test_with_postgresql_stopped_readers_get_pages_seen_before_and_a_localized_503_otherwise(edge, ops_services):
    seen = ["/sl/", "/sl/o-projektu/", "/hr/"]
    warm(edge.url, *seen)
    started = time.monotonic()
    direct = edge.servers[0].url
    ops_services.postgres.stop()
    try:
        # Without the proxy (item 3): the app itself answers a localized 503 and /healthz names the database.
        status, headers, body = get(direct, "/hr/price-o-uspjehu/", Host="127.0.0.1")
        assert status == 503 and headers["retry-after"].isdigit() and b'lang="hr"' in body
        assert "Stranica trenutačno nije dostupna".encode() in body and b"Traceback" not in body
        status, headers, body = get(direct, "/healthz")
        assert status == 503 and b'"database": "unavailable"' in body and b'"cache": "ok"' in body

        edge.varnish.wait_backends(healthy=False)
        wait_stale(edge, started)
        for path in seen:
            status, headers, _body = get(edge.url, path)
            assert (status, headers["x-cache"]) == (200, "HIT-STALE"), path
        status, headers, body = get(edge.url, "/sl/zgodbe-o-uspehu/")
        assert status == 503 and headers["retry-after"].isdigit() and b'lang="sl"' in body
    finally:
        ops_services.postgres.start()
    edge.varnish.wait_backends(healthy=True, timeout=30)
    assert get(edge.url, "/sl/zgodbe-o-uspehu/")[0] == 200


def test_a_postgresql_restart_under_traffic_behind_the_proxy_costs_readers_nothing(edge, ops_services):
    from bench.load import Traffic, discover_paths

    # Readers of the pages the proxy may keep (forms, search and /healthz always reach the app: the fault
    # test's business), each seen once before.
    pages = {}
    for path, status in discover_paths(edge.url).items():
        if status == 200:
            get(edge.url, path)
            if hit(edge.url, path):
                pages[path] = status
    assert len(pages) >= 15
    traffic = Traffic([edge.url], pages, concurrency=8).start()
    try:
        time.sleep(2)
        began = time.monotonic()
        ops_services.postgres.restart()
        time.sleep(4)
    finally:
        traffic.stop()
    figures = {"requests": len(traffic.samples), "failed": len(traffic.failures()),
               "failed_after_restart_began": len(traffic.failures(began))}  # fmt: skip
    print("postgresql restart behind the proxy:", figures)
    assert len(traffic.samples) > 100
    assert traffic.failures() == [], [f"{s.status} {s.path}" for s in traffic.failures()[:5]]
    edge.varnish.wait_backends(healthy=True, timeout=30)


def kill_app_server(server: ProductionServer) -> None:
    """SIGKILL for gunicorn's master and its workers at once, as a crashed machine or the OOM killer would."""
    children = Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children").read_text().split()
    for pid in (server.process.pid, *map(int, children)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    server.process.wait(timeout=10)


def test_an_app_server_killed_under_traffic_behind_the_proxy_costs_readers_nothing(edge):
    from bench.load import Traffic, discover_paths

    # Every page a reader may ask for, cached or not (search and forms always reach an app server), so requests
    # are on their way to the server that dies.
    pages = {path: status for path, status in discover_paths(edge.url).items() if status == 200}
    assert len(pages) >= 15
    traffic = Traffic([edge.url], pages, concurrency=8).start()
    try:
        time.sleep(2)
        began = time.monotonic()
        kill_app_server(edge.servers[0])
        time.sleep(4)
    finally:
        traffic.stop()
        edge.servers[0].stop()
        edge.servers[0].start()
    after_kill = [sample for sample in traffic.samples if sample.started >= began]
    figures = {"requests": len(traffic.samples), "after_kill": len(after_kill), "failed": len(traffic.failures())}
    print("app server killed behind the proxy:", figures)
    assert len(after_kill) > 50, figures
    assert traffic.failures() == [], [f"{s.status} {s.path}" for s in traffic.failures()[:5]]
    edge.varnish.wait_backends(healthy=True, timeout=30)


PAGE = b"<!DOCTYPE html><html lang=sl><title>Whole</title><p>" + b"x" * 50_000 + b"</html>"


class CutShortServer(http.server.ThreadingHTTPServer):
    """An app server that dies in the middle of every page (`cut=True`): it sends the headers and the first
    kilobyte, then closes the connection. Killing gunicorn at that very moment is a race; this is that moment,
    every time. Its /healthz answers, as a server does until the probe notices it is gone."""

    def __init__(self, port: int, *, cut: bool):
        self.cut = cut
        super().__init__(("127.0.0.1", port), self.Handler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            shared = self.path.startswith("/sl/shared/")
            self.send_header("Cache-Control", "public, s-maxage=60" if shared else "private")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            if self.server.cut and self.path != "/healthz":
                self.wfile.write(PAGE[:1000])
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
            else:
                self.wfile.write(PAGE)


def test_an_app_server_gone_in_the_middle_of_a_page_costs_the_reader_nothing():
    """The proxy fetches a page whole before sending it, and asks the next app server when a body is cut short:
    a reader never gets half a page. With every server cutting, the localized 503."""
    ports = (8298, 8299)
    servers = [CutShortServer(ports[0], cut=True), CutShortServer(ports[1], cut=False)]
    varnish = ThrowawayVarnish(8296, [("127.0.0.1", port) for port in ports])
    try:
        varnish.start()
        varnish.wait_backends(healthy=True)
        # Every other fetch goes to the server that cuts (round robin): stored and private pages alike.
        for path in ("/sl/private/1/", "/sl/private/2/", "/sl/shared/1/", "/sl/shared/2/", "/sl/private/3/"):
            status, _headers, body = get(varnish.url, path)
            assert (status, body) == (200, PAGE), path
        servers[1].cut = True
        status, headers, body = get(varnish.url, "/hr/private/4/")
        assert status == 503 and headers["retry-after"].isdigit() and "no-store" in headers["cache-control"]
        assert b'lang="hr"' in body and "Stranica trenutačno nije dostupna".encode() in body
    finally:
        varnish.destroy()
        for server in servers:
            server.shutdown()
            server.server_close()
