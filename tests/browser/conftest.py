"""Playwright driving Debian's Chromium (/usr/bin/chromium) against Django's live test server."""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

from tests.conftest import build_site_tree

# Playwright's sync API runs an event loop in the test thread; Django's ORM refuses to run in a
# thread with a running loop unless told it is safe (it is: the loop only waits on the browser).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def browser(live_server):
    # Every browser test reads the live server; asking for it here also closes Chromium, and its keep-alive
    # connections, before the server stops. The other way round, the server's request threads would close those
    # connections after it has let go of the shared in-memory SQLite connection (an error in each thread).
    if not os.path.exists(CHROMIUM):
        pytest.fail(
            "Debian's chromium is not installed: run `make test`, which installs it, or apt-get install chromium"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_site(transactional_db, live_server):
    tree = build_site_tree()
    return live_server.url, tree


def axe_violations(page) -> str:
    """Run axe-core's WCAG 2.0/2.1 A and AA rules; returns a readable report, empty when clean. axe reports every
    violation in full and, with `resultTypes`, only one example of what passed (a third faster per page)."""
    options = {"runOnly": {"type": "tag", "values": WCAG_AA_TAGS}, "resultTypes": ["violations"]}
    results = Axe().run(page, options=options)
    return results.generate_report() if results.violations_count else ""


def signed_in_context(browser, base_url: str, user):
    """A browser context carrying a session of `user` (signed in through Django, not the login form)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    context = browser.new_context()
    cookie = {"name": settings.SESSION_COOKIE_NAME, "value": client.cookies[settings.SESSION_COOKIE_NAME].value}
    context.add_cookies([{**cookie, "url": base_url}])
    return context
