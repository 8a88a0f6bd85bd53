"""The self-check stores nothing: no rows, no cookies (other than CSRF), no caching, no log lines with answers."""

import http.cookiejar
import logging
import re
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.apps import apps
from django.core.servers.basehttp import WSGIRequestHandler
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.campaigns.factories import build_campaign_tree
from tests.campaigns.helpers import CSRF_INPUT, all_answers, csrf_client, form_fields
from tests.conftest import build_site_tree

WRITES = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def row_counts() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def test_posting_answers_writes_nothing_and_sets_no_cookie_but_csrf(campaign_tree):
    client = csrf_client()
    url = campaign_tree.url("self_check", "en")
    token = CSRF_INPUT.search(client.get(url).content.decode()).group(1)
    before = row_counts()
    with CaptureQueriesContext(connection) as queries:
        response = client.post(url, {"csrfmiddlewaretoken": token, **form_fields(all_answers({1, 2, 4}))})
    assert response.status_code == 200 and "result-heading" in response.content.decode()
    writes = [query["sql"] for query in queries if WRITES.match(query["sql"])]
    assert writes == []
    assert row_counts() == before
    assert set(response.cookies) <= {"csrftoken"}
    assert "sessionid" not in client.cookies


@pytest.mark.parametrize("answers", [all_answers({1, 2, 4}), {1: "yes"}], ids=["result", "unanswered"])
def test_responses_with_answers_are_never_cached(campaign_tree, answers):
    client = csrf_client()
    url = campaign_tree.url("self_check", "sl")
    token = CSRF_INPUT.search(client.get(url).content.decode()).group(1)
    response = client.post(url, {"csrfmiddlewaretoken": token, **form_fields(answers)})
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"no-store", "private"} <= directives


def test_the_form_itself_is_private_to_the_visitor(campaign_tree):
    # It carries a CSRF token: a shared cache must not hand one visitor's form to another.
    response = csrf_client().get(campaign_tree.url("self_check", "sl"))
    assert "private" in response["Cache-Control"]


def test_a_post_without_csrf_token_is_refused(campaign_tree):
    response = csrf_client().post(campaign_tree.url("self_check", "en"), form_fields(all_answers({1})))
    assert response.status_code == 403


@pytest.fixture
def every_log_line(caplog):
    """Capture every logger at DEBUG, also those that do not propagate (django.request, django.server)."""
    caplog.set_level(logging.DEBUG)
    changed = []
    for name in {"django", "django.request", "django.server", "django.db.backends", *logging.root.manager.loggerDict}:
        logger = logging.getLogger(name)
        added = not logger.propagate and caplog.handler not in logger.handlers
        if added:
            logger.addHandler(caplog.handler)
        changed.append((logger, logger.level, added))
        logger.setLevel(logging.DEBUG)
    yield caplog
    for logger, level, added in changed:
        if added:
            logger.removeHandler(caplog.handler)
        logger.setLevel(level)


def assert_no_answers_in(records, *revealing: str):
    for record in records:
        line = record.getMessage() + " " + repr(record.args) + " " + repr(getattr(record, "request", ""))
        for secret in revealing:
            assert secret not in line, f"log line reveals the answers: {line!r}"


def test_no_log_line_contains_the_answers_with_the_test_client(campaign_tree, every_log_line):
    client = csrf_client()
    url = campaign_tree.url("self_check", "en")
    with CaptureQueriesContext(connection):  # django.db.backends logs every query at DEBUG now
        token = CSRF_INPUT.search(client.get(url).content.decode()).group(1)
        result = client.post(url, {"csrfmiddlewaretoken": token, **form_fields(all_answers({1, 2, 4}))})
        missing = client.post(url, {"csrfmiddlewaretoken": token, **form_fields({1: "yes"})})
    assert result.status_code == 200 and missing.status_code == 400
    records = every_log_line.records
    assert any(record.name == "django.db.backends" for record in records), "capture works"
    assert any(record.name == "django.request" for record in records), "the 400 is logged, by path only"
    assert_no_answers_in(records, "answer-", "=yes", "Reach out for support", "6 of 7")


@pytest.mark.django_db(transaction=True)
def test_no_log_line_contains_the_answers_on_a_real_http_server(live_server, every_log_line):
    build_campaign_tree(build_site_tree())
    # The live server is quiet by default; log requests the way `runserver` does, to django.server.
    live_server.thread.httpd.RequestHandlerClass = WSGIRequestHandler
    url = live_server.url + "/en/prevent-poverty/self-check/"
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    token = CSRF_INPUT.search(opener.open(url).read().decode()).group(1)
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **form_fields(all_answers({1, 2, 4}))}).encode()
    request = urllib.request.Request(url, data=body, headers={"Referer": url})
    with opener.open(request) as response:
        html = response.read().decode()
        assert response.status == 200 and "Reach out for support" in html
        assert {"no-store", "private"} <= {part.strip() for part in response.headers["Cache-Control"].split(",")}
    assert {cookie.name for cookie in jar} <= {"csrftoken"}

    def request_logged() -> bool:
        lines = [record.getMessage() for record in every_log_line.records if record.name == "django.server"]
        return any("POST /en/prevent-poverty/self-check/ HTTP/1.1" in line for line in lines)

    # The server thread logs a request after the response has reached us; give it a moment.
    deadline = time.monotonic() + 5
    while not request_logged() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert request_logged()
    assert_no_answers_in(every_log_line.records, "answer-", "=yes", "Reach out for support", "6 of 7")
