"""Two app servers (two gunicorn processes on two ports) sharing PostgreSQL and Redis, as behind a load balancer:
what an editor changes through one is served by the other at once, a sign-in holds on both, rate limits count
across both, and two newsletter workers together mail every subscriber exactly once."""

import subprocess
import time
from collections import Counter
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from bench.server import BASE_DIR, VENV_BIN, ProductionServer

from .client import Visitor, sign_up
from .conftest import EDITOR, SERVER_PORTS, django_python

pytestmark = pytest.mark.ops

SMTP_PORT = 8230
SUBSCRIBERS = 30


@pytest.fixture
def two_servers(deployment, tmp_path):
    env = deployment("scale_out")
    with (
        ProductionServer(SERVER_PORTS[0], env, log_path=tmp_path / "a.log") as a,
        ProductionServer(SERVER_PORTS[1], env, log_path=tmp_path / "b.log") as b,
    ):
        yield env, a.url, b.url


ABOUT_PAGE_ID = """
from wagtail.models import Page
print(Page.objects.get(url_path__endswith="/o-projektu/", locale__language_code="sl").pk)
"""


def sign_in(visitor: Visitor, server: str) -> None:
    response = visitor.submit(f"{server}/admin/login/", {"username": EDITOR[0], "password": EDITOR[1]})
    assert response.status == 302, response.text[:500]


def test_signed_in_on_one_server_an_editor_unpublishes_and_the_other_stops_serving_the_page_at_once(two_servers):
    env, a, b = two_servers
    page_id = int(django_python(env, ABOUT_PAGE_ID))
    reader = Visitor()
    assert reader.get(f"{b}/sl/o-projektu/").status == 200
    assert reader.get(f"{b}/sl/o-projektu/").headers.get("x-cache") == "HIT", "B keeps a copy"

    editor = Visitor()
    sign_in(editor, a)
    # The session made on A is valid on B (sessions are in the shared database).
    dashboard = editor.get(f"{b}/admin/")
    assert dashboard.status == 200 and "wagtail" in dashboard.text.lower()
    assert editor.get(f"{a}/admin/").status == 200

    done = editor.submit(f"{a}/admin/pages/{page_id}/unpublish/", {})
    assert done.status == 302, done.text[:500]
    assert reader.get(f"{b}/sl/o-projektu/").status == 404
    assert reader.get(f"{a}/sl/o-projektu/").status == 404
    assert reader.get(f"{b}/hr/o-projektu/").status == 200, "only the Slovenian page was unpublished"


def test_the_sign_up_rate_limit_counts_across_both_servers(two_servers):
    _env, a, b = two_servers
    answers = [sign_up(server, f"person{n}@example.org", "198.51.100.7").status for n, server in enumerate([a, b] * 3)]
    assert answers == [200] * 5 + [429], "the 6th sign-up from one address within 10 minutes, on either server"
    limited = sign_up(a, "seventh@example.org", "198.51.100.7")
    assert limited.status == 429 and 'value="seventh@example.org"' in limited.text, "refused, with what was typed"
    assert sign_up(a, "neighbour@example.org", "198.51.100.8").status == 200, "other addresses are not limited"


class Mailbox:
    def __init__(self) -> None:
        self.recipients: Counter = Counter()
        self.subjects: set[str] = set()

    async def handle_DATA(self, server, session, envelope):
        import asyncio

        await asyncio.sleep(0.02)  # a real server takes a moment: lets the two workers overlap
        self.recipients.update(envelope.rcpt_tos)
        self.subjects.add(message_from_bytes(envelope.content, policy=policy.default)["Subject"])
        return "250 Message accepted for delivery"


SETUP_ISSUE = f"""
from django.utils import timezone
from wagtail.models import Page
from news.models import NewsletterIndexPage, Subscriber
from tests.news.factories import NewsletterIssuePageFactory
for n in range({SUBSCRIBERS}):
    Subscriber.objects.create(email=f"reader{{n}}@example.org", language="sl", topics=[], status="confirmed",
        consent_given_at=timezone.now(), confirmed_at=timezone.now(), consent_text_version="sl:1:test")
index = NewsletterIndexPage.objects.get(locale__language_code="sl")
issue = NewsletterIssuePageFactory(parent=index, title="Številka za dva delavca")
issue.save_revision().publish()
print(issue.pk)
"""


def test_two_newsletter_workers_mail_every_subscriber_exactly_once(two_servers, tmp_path):
    env, a, b = two_servers
    mailbox = Mailbox()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=SMTP_PORT)
    smtp.start()
    worker_env = {**env, "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(SMTP_PORT), "EMAIL_USE_TLS": "0"}
    issue_id = int(django_python(env, SETUP_ISSUE).strip())
    editor = Visitor()
    sign_in(editor, a)
    # The editor presses "send" on each server (a double click landing on both): two tasks in the queue.
    for server in (a, b):
        assert editor.submit(f"{server}/admin/news/newsletter/{issue_id}/send/", {}).status == 302
    logs = [open(tmp_path / f"worker{n}.log", "wb") for n in range(2)]  # noqa: SIM115
    workers = [
        subprocess.Popen(
            [str(VENV_BIN / "python"), "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"],
            cwd=BASE_DIR,
            env=worker_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        for log in logs
    ]
    try:
        deadline = time.monotonic() + 60
        while sum(mailbox.recipients.values()) < SUBSCRIBERS and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(2)  # anything doubled would arrive now
        status = django_python(
            env,
            "from django_tasks_db.models import DBTaskResult\n"
            "tasks = DBTaskResult.objects.filter(task_path__endswith='send_newsletter_issue')\n"
            "print(sorted(tasks.values_list('status', 'worker_ids')))",
        )
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait(timeout=15)
        for log in logs:
            log.close()
        smtp.stop()
    assert len(mailbox.recipients) == SUBSCRIBERS, (tmp_path / "worker0.log").read_text()[-2000:]
    assert set(mailbox.recipients.values()) == {1}, "nobody got the issue twice"
    assert len(mailbox.subjects) == 1 and "Številka za dva delavca" in mailbox.subjects.pop()
    assert status.count("SUCCESSFUL") == 2, status
    print("newsletter tasks (status, worker):", status.strip())
