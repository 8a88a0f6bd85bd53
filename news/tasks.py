"""Background tasks: confirmation mails and newsletter sending (django-tasks; a database queue in production).

Sending is at-most-once per issue and recipient. Every recipient gets a delivery row first (unique per issue
and hashed address); a row is claimed (pending -> sending) with a conditional UPDATE before its mail goes
out, so a retry, a crash mid-run, a second worker or a second "send" never mails anyone twice. A refused
address is recorded as failed and the run goes on. When the mail server itself is unavailable the row is
given back (the mail was not sent) and the run stops; sending it again later resumes with the rest.
A row left in "sending" by a crash is never retried, because we cannot know whether its mail went out.
"""

from __future__ import annotations

import logging
import smtplib

from django.conf import settings
from django.core.mail import get_connection
from django.db.models import Count
from django.utils import timezone
from django_tasks import task

from home.languages import PUBLISHED_VERSION

from .emails import confirmation_message, issue_message
from .models import NewsletterDelivery, NewsletterIssuePage, Subscriber
from .models.subscriptions import recipient_hash, topics_match

logger = logging.getLogger(__name__)
Status = NewsletterDelivery.Status


class MailServerUnavailable(Exception):
    """The mail server refused to take mail at all; the unsent rest of the run stays pending."""


@task()
def send_confirmation_email(subscriber_id: int) -> bool:
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.PENDING).first()
    if subscriber is None:
        return False
    try:
        confirmation_message(subscriber, settings.PUBLIC_BASE_URL).send()
    except Exception:
        logger.exception("Could not send a newsletter confirmation e-mail")
        raise
    return True


def queue_deliveries(issue: NewsletterIssuePage) -> int:
    """A pending row for every confirmed subscriber of the issue's language who wants it (existing rows stay)."""
    subscribers = Subscriber.objects.filter(
        status=Subscriber.Status.CONFIRMED, language=issue.locale.language_code
    ).only("pk", "email", "topics")
    rows = [
        NewsletterDelivery(issue=issue, subscriber=subscriber, recipient=recipient_hash(subscriber.email))
        for subscriber in subscribers
        if topics_match(subscriber.topics, issue.topics)
    ]
    NewsletterDelivery.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


def recipients_for(issue: NewsletterIssuePage, *, remaining: bool = False) -> int:
    """How many confirmed subscribers of the issue's language want it; with `remaining`, only those it has not
    been sent to yet (no delivery, or one still waiting)."""
    subscribers = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED, language=issue.locale.language_code)
    if remaining:
        subscribers = subscribers.exclude(deliveries__in=issue.deliveries.exclude(status=Status.PENDING))
    return sum(1 for topics in subscribers.values_list("topics", flat=True) if topics_match(topics, issue.topics))


def is_sendable(issue: NewsletterIssuePage) -> bool:
    """Live and a published language version: an untranslated copy would mail Slovenian text as the translation."""
    return NewsletterIssuePage.objects.live().filter(PUBLISHED_VERSION, pk=issue.pk).exists()


def delivery_counts(issue: NewsletterIssuePage) -> dict[str, int]:
    counts = dict.fromkeys(Status.values, 0)
    rows = NewsletterDelivery.objects.filter(issue=issue).values("status").order_by().annotate(count=Count("pk"))
    for row in rows:
        counts[row["status"]] = row["count"]
    return counts


def _finish(delivery_id: int, status: str, error: str = "") -> None:
    NewsletterDelivery.objects.filter(pk=delivery_id).update(
        status=status, error=error[:255], updated_at=timezone.now()
    )


def _refusal(error: smtplib.SMTPRecipientsRefused) -> tuple[int, str]:
    code, reply = next(iter(error.recipients.values()), (0, b""))
    reply = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
    return code, f"{code} {reply}"


@task()
def send_newsletter_issue(issue_id: int) -> dict[str, int]:
    issue = (
        NewsletterIssuePage.objects.live()
        .filter(PUBLISHED_VERSION, pk=issue_id)
        .select_related("attachment", "locale")
        .first()
    )
    if issue is None:
        logger.warning("Newsletter issue %s is not live or not translated; nothing sent", issue_id)
        return {}
    base_url = settings.PUBLIC_BASE_URL
    queue_deliveries(issue)
    pending = list(
        NewsletterDelivery.objects.filter(issue=issue, status=Status.PENDING)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    connection = get_connection(fail_silently=False)
    try:
        for delivery_id in pending:
            claimed = NewsletterDelivery.objects.filter(pk=delivery_id, status=Status.PENDING).update(
                status=Status.SENDING, updated_at=timezone.now()
            )
            if not claimed:
                continue  # another run took it
            subscriber = Subscriber.objects.filter(
                deliveries__pk=delivery_id, status=Subscriber.Status.CONFIRMED
            ).first()
            if subscriber is None:
                _finish(delivery_id, Status.SKIPPED)
                continue
            _send_one(connection, issue, subscriber, base_url, delivery_id)
    finally:
        connection.close()
    counts = delivery_counts(issue)
    logger.info("Newsletter issue %s: %s", issue_id, counts)
    return counts


def _send_one(connection, issue, subscriber, base_url: str, delivery_id: int) -> None:
    try:
        connection.open()
    except (OSError, smtplib.SMTPException) as error:
        _finish(delivery_id, Status.PENDING)
        raise MailServerUnavailable(str(error)) from error
    try:
        message = issue_message(issue, subscriber, base_url)
        message.connection = connection
        message.send()
    except smtplib.SMTPSenderRefused as error:
        _finish(delivery_id, Status.PENDING)  # the server took no mail from us at all: nothing was sent
        raise MailServerUnavailable(f"{error.smtp_code} {error.smtp_error!r}") from error
    except smtplib.SMTPRecipientsRefused as error:
        code, reply = _refusal(error)
        if code == 421:  # the server is closing down, not refusing this address
            _finish(delivery_id, Status.PENDING)
            raise MailServerUnavailable(reply) from error
        _finish(delivery_id, Status.FAILED, reply)
        connection.close()
    except Exception as error:
        # Refused after the message was handed over, or the connection dropped mid-way: it may or may not
        # have arrived, so it is recorded as failed and never resent automatically.
        logger.warning("Newsletter delivery %s failed: %s", delivery_id, error)
        _finish(delivery_id, Status.FAILED, f"{type(error).__name__}: {error}")
        connection.close()
    else:
        _finish(delivery_id, Status.SENT)
