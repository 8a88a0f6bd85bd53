"""Newsletter subscribers (with their consent record) and the per-recipient delivery log of each issue.

A delivery row never holds an e-mail address: it keeps a keyed hash of it (to stay unique per issue and
recipient even after the subscriber has gone) and a link to the subscriber that is cleared when they
unsubscribe, which deletes their address.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Topic(models.TextChoices):
    """What a subscriber may narrow the newsletter to. An issue without topics goes to everybody."""

    ACTIVATION = "activation", _("Social activation and employment")
    HEALTH = "health", _("Health and well-being")
    ENTERPRISE = "enterprise", _("Social enterprises")
    TRAINING = "training", _("Training for professionals")


def normalize_email(address: str) -> str:
    return address.strip().lower()


def recipient_hash(address: str) -> str:
    """A keyed hash of the address: the same recipient gets the same value, but it cannot be reversed."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, normalize_email(address).encode(), hashlib.sha256).hexdigest()


def topics_match(chosen: list[str], issue_topics: list[str]) -> bool:
    """Whether an issue on `issue_topics` is for a subscriber who chose `chosen` (none on either side: yes)."""
    return not chosen or not issue_topics or bool(set(chosen) & set(issue_topics))


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")

    email = models.EmailField(_("e-mail address"), max_length=254, unique=True)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    topics = models.JSONField(_("topics"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    # A fresh key for every subscription: links in mails about an earlier, cancelled subscription stay harmless.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # The consent record.
    consent_given_at = models.DateTimeField(_("consent given at"))
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    consent_text_version = models.CharField(
        _("consent text version"),
        max_length=80,
        help_text=_("Language, page revision and a hash of the consent text the subscriber agreed to."),
    )
    confirmation_sent_at = models.DateTimeField(_("confirmation e-mail sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        indexes = [models.Index(fields=["status", "language"])]

    def __str__(self) -> str:
        return f"{self.get_status_display()} ({self.language})"


class NewsletterDelivery(models.Model):
    """One issue to one recipient. Claimed (pending -> sending) atomically before the mail goes out,
    so a retry, a crash or a second run never sends the same issue to the same address twice."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Unsubscribed before sending")

    issue = models.ForeignKey(
        "news.NewsletterIssuePage", on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("issue")
    )
    subscriber = models.ForeignKey(
        Subscriber, null=True, blank=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    recipient = models.CharField(_("recipient (hashed)"), max_length=64)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    error = models.CharField(_("error"), max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("newsletter delivery")
        verbose_name_plural = _("newsletter deliveries")
        constraints = [
            models.UniqueConstraint(fields=["issue", "recipient"], name="news_one_delivery_per_issue_and_recipient")
        ]
        indexes = [models.Index(fields=["issue", "status"])]

    def __str__(self) -> str:
        return f"{self.issue_id}: {self.get_status_display()}"
