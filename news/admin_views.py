"""Admin view from which an editor sends a published newsletter issue and follows its progress.

Sending is offered only for what readers of that language should get: a published issue that is a real
translation (an untranslated copy would mail the Slovenian text to Croatian or English readers), and only
while at least one confirmed subscriber of that language has not received it yet.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language_info, ngettext
from django.utils.translation import gettext as _

from .models import NewsletterIssuePage
from .tasks import delivery_counts, is_sendable, recipients_for, send_newsletter_issue


def can_send(issue: NewsletterIssuePage, user) -> bool:
    return issue.permissions_for_user(user).can_publish()


def refusal(issue: NewsletterIssuePage, language: str, remaining: int) -> str:
    """Why the issue cannot be sent now, in the editor's words; "" when it can."""
    if not issue.live:
        return _("Publish the issue before sending it.")
    if not is_sendable(issue):
        return _(
            "This issue is not translated into %(language)s yet: readers of the %(language)s newsletter would get "
            "the Slovenian text. Translate and publish the translation first."
        ) % {"language": language}
    if remaining == 0:
        return _(
            "There is nobody to send it to: every confirmed subscriber of the %(language)s newsletter who wants "
            "this issue has received it, or there is none yet."
        ) % {"language": language}
    return ""


def send_issue(request, page_id: int):
    issue = get_object_or_404(NewsletterIssuePage.objects.select_related("locale"), pk=page_id)
    if not can_send(issue, request.user):
        raise PermissionDenied
    language = get_language_info(issue.locale.language_code)["name_translated"]
    remaining = recipients_for(issue, remaining=True)
    reason = refusal(issue, language, remaining)
    if request.method == "POST":
        if reason:
            messages.error(request, reason)
        else:
            send_newsletter_issue.enqueue(issue.pk)
            messages.success(
                request,
                ngettext(
                    "Sending to %(count)d subscriber has started. Nobody receives the issue twice, even if you send "
                    "it again.",
                    "Sending to %(count)d subscribers has started. Nobody receives the issue twice, even if you send "
                    "it again.",
                    remaining,
                )
                % {"count": remaining},
            )
        return redirect("news_send_issue", page_id=issue.pk)
    counts = delivery_counts(issue)
    return TemplateResponse(
        request,
        "news/admin/send_issue.html",
        {
            "issue": issue,
            "language": language,
            "remaining": remaining,
            "refusal": reason,
            "counts": counts,
            "already_sent": counts["sent"] + counts["failed"] + counts["sending"] + counts["skipped"],
            "in_progress": counts["pending"] + counts["sending"] > 0,
            "header_title": _("Send to subscribers"),
            "page_title": _("Send to subscribers"),
        },
    )
