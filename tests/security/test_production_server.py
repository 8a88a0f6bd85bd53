"""The security headers and cookie flags as production serves them: gunicorn with `portal.settings.production`
(bench/server.py) behind a TLS proxy that sets X-Forwarded-Proto."""

from __future__ import annotations

import urllib.error
import urllib.request
from http.cookies import SimpleCookie
from pathlib import Path

import pytest

from bench.server import BASE_DIR, ProductionServer, production_env
from tests.migrated import migrated_sqlite
from tests.ops.conftest import collected_static

PORT = 8301  # the security helper's range (8300–8399)


@pytest.fixture(scope="module")
def production_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("production")
    env = production_env(database_url=f"sqlite:///{folder / 'db.sqlite3'}", MEDIA_ROOT=str(folder / "media"))
    # The ops tests' collected static files and migrated database (kept between runs; built at the same time).
    static_root, collecting = collected_static(env)
    migrated_sqlite(env, folder / "db.sqlite3")
    if collecting is not None:
        assert collecting.wait(timeout=300) == 0
        Path(f"{static_root}.partial").rename(static_root)
    with ProductionServer(PORT, {**env, "STATIC_ROOT": static_root}, workers=1) as server:
        yield server


def fetch(server: ProductionServer, path: str):
    request = urllib.request.Request(server.url + path, headers={"X-Forwarded-Proto": "https"})
    try:
        return urllib.request.urlopen(request, timeout=20)  # noqa: S310 (loopback only)
    except urllib.error.HTTPError as error:
        return error


def test_production_sends_every_security_header_and_secure_cookies(production_server):
    response = fetch(production_server, "/admin/login/")
    assert response.status == 200
    headers = response.headers
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in headers["Permissions-Policy"]
    assert "frame-ancestors 'self'" in headers["Content-Security-Policy"]
    cookies = SimpleCookie()
    for value in headers.get_all("Set-Cookie"):
        cookies.load(value)
    csrf = cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"] and csrf["samesite"] == "Lax"

    public = fetch(production_server, "/sl/ni-take-strani/")
    assert public.status == 404
    policy = public.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
    assert public.headers["X-Frame-Options"] == "DENY"


def test_production_redirects_plain_http_when_the_proxy_does_not(tmp_path):
    """SECURE_SSL_REDIRECT is on unless switched off (the server above switches it off, as a TLS proxy would)."""
    import subprocess
    import sys

    env = production_env(database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    del env["SECURE_SSL_REDIRECT"]
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; import django; django.setup(); "
            "print(settings.SECURE_SSL_REDIRECT, settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE)",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=BASE_DIR,
    )
    assert result.stdout.split() == ["True", "True", "True"], result.stderr
