"""Double opt-in subscription: sign-up, signed links, confirmation and unsubscription.

Nothing here tells the visitor whether an address was already on the list: a sign-up always ends with
"check your inbox". A new or still unconfirmed address gets a confirmation link; a confirmed one gets
nothing new. Links carry a signed, random per-subscription key (never the address), so they cannot be
forged or guessed, and they stop working once the subscription is gone.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass

from django.core import signing
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from .models import Subscriber
from .models.subscriptions import normalize_email

logger = logging.getLogger(__name__)

CONFIRM_SALT = "news.subscription.confirm"
UNSUBSCRIBE_SALT = "news.subscription.unsubscribe"
CONFIRMATION_VALID_FOR = datetime.timedelta(days=3)
# Another confirmation mail to the same unconfirmed address only after this pause (no mail-bombing).
RESEND_AFTER = datetime.timedelta(minutes=10)
# Unconfirmed sign-ups are deleted once their link has expired: we keep no address nobody confirmed.
FORGET_UNCONFIRMED_AFTER = CONFIRMATION_VALID_FOR


@dataclass(frozen=True)
class LinkData:
    key: str
    language: str


class BadLink(Exception):
    """A link that was altered or is not one of ours."""


class ExpiredLink(Exception):
    def __init__(self, language: str | None) -> None:
        super().__init__("expired")
        self.language = language


def make_token(subscriber: Subscriber, salt: str) -> str:
    return signing.dumps({"k": str(subscriber.key), "l": subscriber.language}, salt=salt, compress=True)


def read_token(token: str, salt: str, max_age: datetime.timedelta | None = None) -> LinkData:
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        # The language is still readable (the signature was valid); the page can answer in it.
        try:
            data = signing.loads(token, salt=salt)
        except signing.BadSignature:
            data = {}
        raise ExpiredLink(data.get("l") if isinstance(data, dict) else None) from None
    except (signing.BadSignature, ValueError):
        raise BadLink from None
    if not isinstance(data, dict) or not isinstance(data.get("k"), str) or not isinstance(data.get("l"), str):
        raise BadLink
    return LinkData(key=data["k"], language=data["l"])


def confirm_url(subscriber: Subscriber, base_url: str) -> str:
    return base_url.rstrip("/") + reverse("news:confirm", args=[make_token(subscriber, CONFIRM_SALT)])


def unsubscribe_url(subscriber: Subscriber, base_url: str) -> str:
    return base_url.rstrip("/") + reverse("news:unsubscribe", args=[make_token(subscriber, UNSUBSCRIBE_SALT)])


def sign_up(*, email: str, language: str, topics: list[str], consent_text_version: str) -> Subscriber | None:
    """Record a sign-up; returns the subscriber who should get a confirmation mail, or None."""
    now = timezone.now()
    Subscriber.objects.filter(
        status=Subscriber.Status.PENDING, consent_given_at__lt=now - FORGET_UNCONFIRMED_AFTER
    ).delete()
    email = normalize_email(email)
    fields = {
        "language": language,
        "topics": sorted(set(topics)),
        "consent_given_at": now,
        "consent_text_version": consent_text_version,
    }
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
        if subscriber is None:
            try:
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(email=email, **fields)
            except IntegrityError:
                # The same address signed up in a parallel request a moment ago; that request mails it.
                return None
        elif subscriber.status == Subscriber.Status.CONFIRMED:
            return None
        else:
            if subscriber.confirmation_sent_at and now - subscriber.confirmation_sent_at < RESEND_AFTER:
                return None
            for name, value in fields.items():
                setattr(subscriber, name, value)
            subscriber.save()
        Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_sent_at=now)
    return subscriber


def confirm(token: str) -> LinkData:
    """Confirm the subscription a link belongs to. Raises BadLink / ExpiredLink.

    A link to a subscription that no longer exists is treated like an expired one: sign up again.
    """
    link = read_token(token, CONFIRM_SALT, max_age=CONFIRMATION_VALID_FOR)
    subscriber = Subscriber.objects.filter(key=link.key).first()
    if subscriber is None:
        raise ExpiredLink(link.language)
    if subscriber.status != Subscriber.Status.CONFIRMED:
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["status", "confirmed_at"])
        logger.info("Newsletter subscription confirmed (language %s)", subscriber.language)
    return link


def check_unsubscribe_link(token: str) -> LinkData:
    return read_token(token, UNSUBSCRIBE_SALT)


def unsubscribe(token: str) -> LinkData:
    """Delete the address the link belongs to. Idempotent: a second click changes nothing. Raises BadLink."""
    link = read_token(token, UNSUBSCRIBE_SALT)
    deleted, _details = Subscriber.objects.filter(key=link.key).delete()
    if deleted:
        logger.info("Newsletter subscriber unsubscribed and deleted (language %s)", link.language)
    return link
