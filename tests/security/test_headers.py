"""Deployment checks and the security headers a browser receives."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

BASE_DIR = Path(__file__).resolve().parents[2]


def production_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PYTEST_"))}
    env.update(DJANGO_SETTINGS_MODULE="portal.settings.production", **extra)
    return env


def run_manage(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_the_deployment_checks_without_a_single_warning(tmp_path):
    env = production_env(
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="portal.example.org",
        PUBLIC_BASE_URL="https://portal.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    result = run_manage(env, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "PUBLIC_BASE_URL"])
def test_production_refuses_to_start_without_its_secrets(missing):
    values = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "portal.example.org",
        "PUBLIC_BASE_URL": "https://portal.example.org",
    }
    del values[missing]
    result = run_manage(production_env(**values), "check")
    assert result.returncode != 0
    assert f"Set the {missing} environment variable" in result.stderr


def csp(response) -> dict[str, str]:
    """The Content-Security-Policy as {directive: sources}."""
    parts = (part.strip() for part in response["Content-Security-Policy"].split(";"))
    return {name: rest.strip() for name, _sep, rest in (part.partition(" ") for part in parts if part)}


@pytest.mark.django_db
def test_public_pages_get_a_strict_static_policy_and_the_other_security_headers(client, site_tree):
    response = client.get("/sl/", secure=True)
    assert response.status_code == 200
    policy = csp(response)
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "nonce-" not in response["Content-Security-Policy"], "cached pages cannot carry per-request nonces"
    assert client.get("/sl/", secure=True)["Content-Security-Policy"] == response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_error_pages_carry_the_policy_too(client, site_tree):
    response = client.get("/sl/there-is-no-such-page/")
    assert response.status_code == 404
    assert csp(response)["script-src"] == "'self'"
    assert "Permissions-Policy" in response


@pytest.mark.django_db
def test_the_admin_has_its_own_policy_that_allows_same_origin_frames_for_the_preview(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    policy = csp(response)
    assert policy["frame-ancestors"] == "'self'"
    assert policy["frame-src"] == "'self'"
    assert "data:" in policy["img-src"], "the two-step sign-in QR code is a data: image"


@pytest.mark.django_db
@override_settings(
    SECURE_HSTS_SECONDS=31536000,
    SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
    SECURE_HSTS_PRELOAD=True,
    SESSION_COOKIE_SECURE=True,
    CSRF_COOKIE_SECURE=True,
    LANGUAGE_COOKIE_SECURE=True,
)
def test_https_responses_get_hsts_and_every_cookie_is_secure_httponly_and_lax(client, site_tree):
    """The cookie flags production sets (portal/settings/production.py), seen on real responses."""
    response = client.get("/admin/login/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    csrf = response.cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"] and csrf["samesite"] == "Lax"

    from django.contrib.auth.models import User

    User.objects.create_superuser("admin", "admin@example.org", "a-long-test-password")
    response = client.post(
        "/admin/login/",
        {"username": "admin", "password": "a-long-test-password"},
        secure=True,
        HTTP_X_CSRFTOKEN=csrf.value,
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
