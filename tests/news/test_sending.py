"""Sending newsletter issues through a real SMTP server on localhost (aiosmtpd), started by the tests.

Failures are injected at the SMTP level: the server refuses one recipient, or stops taking mail mid-run.
"""

import re
import socket
from collections import Counter
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth import get_user_model
from django.test import override_settings

from news.models import NewsletterDelivery, Subscriber
from news.models.subscriptions import recipient_hash
from news.tasks import send_newsletter_issue

from .factories import NewsletterIssuePageFactory

CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/newsletter/confirm/[^/\s]+/)")


class Mailbox:
    """An SMTP server's handler that keeps what it receives and can be told to misbehave."""

    def __init__(self) -> None:
        self.messages = []
        self.refuse: set[str] = set()
        self.out_of_service_after: int | None = None

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.out_of_service_after is not None and len(self.messages) >= self.out_of_service_after:
            return "421 4.3.2 Service not available, closing transmission channel"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list:
        return [message for recipients, message in self.messages if address in recipients]

    def recipients(self) -> Counter:
        return Counter(address for recipients, _message in self.messages for address in recipients)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp():
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=controller.port,
        EMAIL_USE_TLS=False,
        EMAIL_USE_SSL=False,
        EMAIL_TIMEOUT=5,
    ):
        yield mailbox
    controller.stop()


@pytest.fixture
def editor(db):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser("urednica", "urednica@example.org", "correct horse battery")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin in English, so the test reads the English interface
    profile.save()
    return user


def body_text(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def body_html(message) -> str:
    return message.get_body(preferencelist=("html",)).get_content()


def test_subscribe_confirm_receive_unsubscribe_round_trip(client, news_tree, smtp, editor):
    # Subscribe on the Croatian page, choosing English for the newsletter.
    response = client.post(
        "/hr/e-bilten/prijava/", {"email": "ana@example.org", "language": "en", "consent": "on", "website": ""}
    )
    assert response.status_code == 200 and "Provjerite svoj sandučić e-pošte" in response.content.decode()

    # Confirm through the link in the (real, SMTP-delivered) e-mail.
    [confirmation] = smtp.to("ana@example.org")
    assert confirmation["Subject"] == "Please confirm your subscription to the 2SoKroG newsletter"
    confirm_path = CONFIRM_LINK.search(body_text(confirmation)).group(1)
    assert confirm_path in body_html(confirmation)
    assert client.post(confirm_path).status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED

    # An editor publishes an English issue and sends it from the admin.
    issue = NewsletterIssuePageFactory(parent=news_tree.newsletters["en"], title="Testing the model", slug="08-2020")
    issue.save_revision().publish()
    client.force_login(editor)
    edit = client.get(f"/admin/pages/{issue.pk}/edit/").content.decode()
    assert f'href="/admin/news/newsletter/{issue.pk}/send/"' in edit
    confirm_view = client.get(f"/admin/news/newsletter/{issue.pk}/send/").content.decode()
    assert "1 confirmed subscriber of the English newsletter will receive this issue when you send it." in confirm_view
    assert "Send to 1 subscriber" in confirm_view
    client.post(f"/admin/news/newsletter/{issue.pk}/send/")
    progress = client.get(f"/admin/news/newsletter/{issue.pk}/send/").content.decode()
    assert re.search(r"<th scope=\"row\">Sent</th><td>1</td>", progress)
    # Afterwards the page says what happened, and offers no second sending to nobody.
    assert "This issue has been sent to 1 subscriber of the English newsletter." in progress
    assert "will receive" not in progress and "Send to the" not in progress and "Send to 1" not in progress
    assert "There is nobody to send it to" in progress
    client.logout()

    # The issue arrives in English, as text and HTML, with one-click unsubscribe headers.
    [newsletter] = smtp.to("ana@example.org")[1:]
    assert newsletter["Subject"] == "08/2020 – Testing the model"
    assert newsletter["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe_url = newsletter["List-Unsubscribe"].strip().strip("<>")
    assert unsubscribe_url.startswith("http://testserver/newsletter/unsubscribe/")
    assert "Besedilo številke" in body_text(newsletter)
    html = body_html(newsletter)
    assert '<html lang="en">' in html and 'href="http://testserver/sl/novice/"' in html
    assert unsubscribe_url in html and unsubscribe_url in body_text(newsletter)

    # One-click unsubscribe (RFC 8058), as a mail provider does it: the address is deleted.
    path = unsubscribe_url.removeprefix("http://testserver")
    response = client.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert not Subscriber.objects.exists()
    delivery = NewsletterDelivery.objects.get()
    assert delivery.subscriber is None and delivery.status == NewsletterDelivery.Status.SENT
    assert "ana@example.org" not in str(NewsletterDelivery.objects.values().get())
    assert delivery.recipient == recipient_hash("ana@example.org")

    # Sending again reaches nobody: the only subscriber is gone and got the issue already.
    send_newsletter_issue.enqueue(issue.pk)
    assert len(smtp.messages) == 2


def confirmed(*addresses: str, language: str = "sl", topics=None):
    from django.utils import timezone

    for address in addresses:
        Subscriber.objects.create(
            email=address,
            language=language,
            topics=topics or [],
            status=Subscriber.Status.CONFIRMED,
            consent_given_at=timezone.now(),
            confirmed_at=timezone.now(),
            consent_text_version="sl:1:test",
        )


ADDRESSES = [f"person{n}@example.org" for n in range(1, 6)]


def counts(issue) -> dict:
    return dict(Counter(NewsletterDelivery.objects.filter(issue=issue).values_list("status", flat=True)))


def test_a_refused_address_is_recorded_the_rest_is_sent_and_a_retry_mails_nobody_twice(news_tree, smtp):
    confirmed(*ADDRESSES)
    confirmed("english@example.org", language="en")
    issue = NewsletterIssuePageFactory(parent=news_tree.newsletters["sl"])
    issue.save_revision().publish()
    smtp.refuse = {"person3@example.org"}

    result = send_newsletter_issue.enqueue(issue.pk)
    assert result.return_value["sent"] == 4
    assert counts(issue) == {"sent": 4, "failed": 1}
    failed = NewsletterDelivery.objects.get(issue=issue, status="failed")
    assert failed.error.startswith("550")
    assert set(smtp.recipients()) == set(ADDRESSES) - {"person3@example.org"}

    # A retry (or a second publish and send) while the server still refuses that address.
    send_newsletter_issue.enqueue(issue.pk)
    issue.save_revision().publish()
    send_newsletter_issue.enqueue(issue.pk)
    assert max(smtp.recipients().values()) == 1
    assert counts(issue) == {"sent": 4, "failed": 1}
    assert "english@example.org" not in smtp.recipients(), "only subscribers of the issue's language"


def test_when_the_server_stops_taking_mail_mid_run_the_rest_waits_and_a_retry_resumes_without_duplicates(
    news_tree, smtp
):
    confirmed(*ADDRESSES)
    issue = NewsletterIssuePageFactory(parent=news_tree.newsletters["sl"])
    issue.save_revision().publish()
    smtp.out_of_service_after = 2

    interrupted = send_newsletter_issue.enqueue(issue.pk)
    assert interrupted.status == "FAILED"
    assert counts(issue) == {"sent": 2, "pending": 3}
    assert sum(smtp.recipients().values()) == 2

    smtp.out_of_service_after = None
    send_newsletter_issue.enqueue(issue.pk)
    assert smtp.recipients() == Counter(dict.fromkeys(ADDRESSES, 1))
    assert counts(issue) == {"sent": 5}


def test_subscribers_who_chose_topics_get_only_issues_on_them(news_tree, smtp):
    confirmed("health@example.org", topics=["health"])
    confirmed("enterprise@example.org", topics=["enterprise"])
    confirmed("everything@example.org")
    issue = NewsletterIssuePageFactory(parent=news_tree.newsletters["sl"], topics=["health"])
    issue.save_revision().publish()
    send_newsletter_issue.enqueue(issue.pk)
    assert set(smtp.recipients()) == {"health@example.org", "everything@example.org"}


def test_an_issue_that_is_not_live_is_not_sent(news_tree, smtp, client, editor):
    confirmed(*ADDRESSES)
    issue = NewsletterIssuePageFactory(parent=news_tree.newsletters["sl"])
    issue.unpublish()
    client.force_login(editor)
    response = client.post(f"/admin/news/newsletter/{issue.pk}/send/", follow=True)
    assert "Publish the issue before sending it." in response.content.decode()
    send_newsletter_issue.enqueue(issue.pk)
    assert smtp.messages == [] and not NewsletterDelivery.objects.exists()


def test_editors_without_publish_permission_cannot_send(news_tree, client):
    user = get_user_model().objects.create_user("bralka", "bralka@example.org", "correct horse battery")
    issue = NewsletterIssuePageFactory(parent=news_tree.newsletters["sl"])
    client.force_login(user)
    assert client.post(f"/admin/news/newsletter/{issue.pk}/send/").status_code in (302, 403)
    assert not NewsletterDelivery.objects.exists()


def test_sending_is_offered_only_for_a_translation_with_subscribers(client, news_tree, editor):
    from wagtail.models import Locale

    issue = NewsletterIssuePageFactory(parent=news_tree.newsletters["sl"], title="Mentorji in zdravje", slug="mentorji")
    issue.save_revision().publish()
    copy = issue.copy_for_translation(Locale.objects.get(language_code="en"), alias=True)
    client.force_login(editor)

    # An untranslated English copy would mail Slovenian text to English readers: no button, and a refusal.
    confirmed("ana@example.org", language="en")
    assert f"/admin/news/newsletter/{copy.pk}/send/" not in client.get(f"/admin/pages/{copy.pk}/edit/").content.decode()
    view = client.get(f"/admin/news/newsletter/{copy.pk}/send/").content.decode()
    assert "This issue is not translated into English yet" in view and "Send to 1" not in view
    client.post(f"/admin/news/newsletter/{copy.pk}/send/")
    assert not NewsletterDelivery.objects.exists()

    # The Slovenian original with nobody subscribed to the Slovenian newsletter: nothing to send.
    view = client.get(f"/admin/news/newsletter/{issue.pk}/send/").content.decode()
    assert "There is nobody to send it to" in view and "Send to 0" not in view
    client.post(f"/admin/news/newsletter/{issue.pk}/send/")
    assert not NewsletterDelivery.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_every_link_in_a_sent_newsletter_works_on_the_running_server(live_server, settings, smtp):
    """Read online, the body's links, the unsubscribe link and List-Unsubscribe all point at PUBLIC_BASE_URL."""
    import urllib.parse
    import urllib.request

    from tests.news.conftest import build_news_tree

    settings.PUBLIC_BASE_URL = live_server.url
    tree = build_news_tree()
    issue = NewsletterIssuePageFactory(parent=tree.newsletters["sl"], title="Mentorji in zdravje", slug="mentorji")
    issue.save_revision().publish()
    confirmed("ana@example.org", language="sl")
    send_newsletter_issue.enqueue(issue.pk)
    [newsletter] = smtp.to("ana@example.org")
    links = set(re.findall(r'href="([^"]+)"', body_html(newsletter))) | set(
        re.findall(r"https?://\S+", body_text(newsletter))
    )
    header = newsletter["List-Unsubscribe"].strip().strip("<>")
    assert links and all(link.startswith(live_server.url) for link in links | {header}), links
    for link in sorted(links - {header}):
        with urllib.request.urlopen(link) as response:  # noqa: S310 (the test's own server)
            assert response.status == 200, link
    assert Subscriber.objects.filter(email="ana@example.org").exists()  # opening the page unsubscribes nobody
    one_click = urllib.request.Request(header, data=b"List-Unsubscribe=One-Click", method="POST")  # noqa: S310
    one_click.add_header("Content-Type", "application/x-www-form-urlencoded")
    with urllib.request.urlopen(one_click) as response:  # noqa: S310
        assert response.status == 200
    assert not Subscriber.objects.filter(email="ana@example.org").exists()
    assert urllib.parse.urlsplit(header).path.startswith("/newsletter/unsubscribe/")
