"""The e-mails the newsletter sends, each in the subscriber's language, as plain text plus HTML."""

from __future__ import annotations

import html as html_lib
import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext
from wagtail.rich_text import expand_db_html

from .models import NewsletterIssuePage, Subscriber
from .subscription import CONFIRMATION_VALID_FOR, confirm_url, unsubscribe_url

_RELATIVE_LINK = re.compile(r'(href|src)="/(?!/)')
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|ul|ol|div)>|<br\s*/?>", re.IGNORECASE)


def plain_text(html: str) -> str:
    """Rich text as readable plain text: one line per paragraph, heading and list item."""
    text = html_lib.unescape(strip_tags(_BLOCK_END.sub("\n", html)))
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def absolute_links(html: str, base_url: str) -> str:
    """Rich text links to pages and documents are site-relative; in an e-mail they must be absolute."""
    return _RELATIVE_LINK.sub(lambda m: f'{m.group(1)}="{base_url.rstrip("/")}/', html)


def absolute_url(url: str, base_url: str) -> str:
    return base_url.rstrip("/") + url if url.startswith("/") else url


def _message(subject: str, template: str, context: dict, to: str, headers: dict | None = None):
    text = render_to_string(f"news/emails/{template}.txt", context)
    html = render_to_string(f"news/emails/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject, body=text, from_email=settings.DEFAULT_FROM_EMAIL, to=[to], headers=headers or {}
    )
    message.attach_alternative(html, "text/html")
    return message


def confirmation_message(subscriber: Subscriber, base_url: str) -> EmailMultiAlternatives:
    with translation.override(subscriber.language):
        context = {
            "confirm_url": confirm_url(subscriber, base_url),
            "valid_days": CONFIRMATION_VALID_FOR.days,
            "language": subscriber.language,
        }
        subject = gettext("Please confirm your subscription to the 2SoKroG newsletter")
        return _message(subject, "confirm", context, subscriber.email)


def issue_message(issue: NewsletterIssuePage, subscriber: Subscriber, base_url: str) -> EmailMultiAlternatives:
    """One newsletter issue for one subscriber, with RFC 8058 one-click unsubscribe headers."""
    leave_url = unsubscribe_url(subscriber, base_url)
    body = absolute_links(expand_db_html(issue.body), base_url)
    with translation.override(subscriber.language):
        context = {
            "issue": issue,
            "body": body,
            "body_text": plain_text(body),
            # Not get_full_url(): the Site's hostname is not necessarily the public address.
            "web_url": base_url.rstrip("/") + issue.get_url_parts()[2],
            "attachment_url": absolute_url(issue.attachment.url, base_url) if issue.attachment else "",
            "unsubscribe_url": leave_url,
            "language": subscriber.language,
        }
        headers = {
            "List-Unsubscribe": f"<{leave_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": "2SoKroG newsletter <newsletter.2sokrog>",
        }
        return _message(issue.title_with_label, "issue", context, subscriber.email, headers)
