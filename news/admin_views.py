"""Admin view from which an editor sends a published newsletter issue and follows its progress."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from .models import NewsletterIssuePage
from .tasks import delivery_counts, recipients_for, send_newsletter_issue


def can_send(issue: NewsletterIssuePage, user) -> bool:
    return issue.permissions_for_user(user).can_publish()


def send_issue(request, page_id: int):
    issue = get_object_or_404(NewsletterIssuePage.objects.select_related("locale"), pk=page_id)
    if not can_send(issue, request.user):
        raise PermissionDenied
    if request.method == "POST":
        if not issue.live:
            messages.error(request, _("Publish the issue before sending it."))
        else:
            send_newsletter_issue.enqueue(issue.pk)
            messages.success(
                request,
                _("Sending has started. Each subscriber receives the issue once, even if you send it again."),
            )
        return redirect("news_send_issue", page_id=issue.pk)
    counts = delivery_counts(issue)
    return TemplateResponse(
        request,
        "news/admin/send_issue.html",
        {
            "issue": issue,
            "language": get_language_info(issue.locale.language_code)["name_translated"],
            "recipients": recipients_for(issue),
            "counts": counts,
            "already_sent": counts["sent"] + counts["failed"] + counts["sending"] + counts["skipped"],
            "in_progress": counts["pending"] + counts["sending"] > 0,
            "header_title": _("Send to subscribers"),
            "page_title": _("Send to subscribers"),
        },
    )
