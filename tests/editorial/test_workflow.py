"""Partner submissions are reviewed by communications staff, with e-mail at each step; scheduled publishing."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Revision

from home import roles
from news.models import NewsPage
from tests.editorial.conftest import page_form


def submit_new_article(client, editorial, title="Delavnica v Celju"):
    """The CPU editor writes a news article in their section and submits it for moderation."""
    section = editorial.sections["cpu"]["sl"]
    add_url = reverse("wagtailadmin_pages:add", args=["news", "newspage", section.pk])
    client.force_login(editorial.cpu_editor)
    data = page_form(client, add_url)
    data.update({"title": title, "slug": "delavnica-v-celju", "intro": "Vabimo na delavnico.", "date": "2026-05-04"})
    data["action-submit"] = "action-submit"
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return NewsPage.objects.get(locale__language_code="sl", slug="delavnica-v-celju")


def workflow_action(client, user, page, action, comment=""):
    state = page.current_workflow_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.current_task_state.pk])
    client.force_login(user)
    data = {"comment": comment} if comment else {}
    return client.post(url, data)


def test_submission_emails_communications_staff_and_approval_publishes(client, editorial):
    page = submit_new_article(client, editorial)
    assert not page.live
    assert page.current_workflow_state.workflow.name == roles.PARTNER_REVIEW_WORKFLOW
    to_staff = [message for message in mail.outbox if editorial.staff.email in message.to]
    assert to_staff, [message.to for message in mail.outbox]
    assert "Delavnica v Celju" in to_staff[0].subject + to_staff[0].body
    assert not [message for message in mail.outbox if editorial.rasr_editor.email in message.to]
    # The submitter cannot approve their own work.
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    mail.outbox.clear()

    response = workflow_action(client, editorial.staff, page, "approve")
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    assert page.current_workflow_state is None
    to_submitter = [message for message in mail.outbox if editorial.cpu_editor.email in message.to]
    assert to_submitter and "Delavnica v Celju" in to_submitter[0].subject + to_submitter[0].body
    assert client.get(page.url).status_code == 200  # readers see it


def test_rejection_keeps_a_draft_and_tells_the_submitter_why(client, editorial):
    page = submit_new_article(client, editorial)
    mail.outbox.clear()
    workflow_action(client, editorial.staff, page, "reject", comment="Dodajte datum in kraj delavnice.")
    page.refresh_from_db()
    assert not page.live
    state = page.workflow_states.order_by("-created_at").first()
    assert state.status == "needs_changes"
    to_submitter = [message for message in mail.outbox if editorial.cpu_editor.email in message.to]
    assert to_submitter
    assert "Dodajte datum in kraj delavnice." in to_submitter[0].body
    # The editor can fix the draft and submit it again.
    client.force_login(editorial.cpu_editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "Dodajte datum in kraj delavnice." in html


def test_rasr_editor_cannot_approve_cpu_submissions(client, editorial):
    page = submit_new_article(client, editorial)
    workflow_action(client, editorial.rasr_editor, page, "approve")
    page.refresh_from_db()
    assert not page.live


def publish_with_schedule(client, user, page, go_live_at=None, expire_at=None):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.force_login(user)
    data = page_form(client, url)
    fmt = "%Y-%m-%d %H:%M"
    local = timezone.localtime
    data["go_live_at"] = local(go_live_at).strftime(fmt) if go_live_at else ""
    data["expire_at"] = local(expire_at).strftime(fmt) if expire_at else ""
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]


def test_scheduled_publishing_goes_live_and_expires(client, editorial):
    now = timezone.now()
    page = editorial.news["rasr"]
    page.unpublish()
    publish_with_schedule(
        client,
        editorial.staff,
        page,
        go_live_at=now + datetime.timedelta(days=1),
        expire_at=now + datetime.timedelta(days=3),
    )
    page.refresh_from_db()
    assert not page.live
    scheduled = Revision.page_revisions.filter(object_id=str(page.pk), approved_go_live_at__isnull=False).get()
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live  # not yet

    # A day passes: the scheduled time is now in the past.
    past = now - datetime.timedelta(minutes=1)
    scheduled.content["go_live_at"] = past.isoformat()
    scheduled.approved_go_live_at = past
    scheduled.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200

    # Three days pass: the expiry time is in the past.
    Page.objects.filter(pk=page.pk).update(expire_at=now - datetime.timedelta(minutes=1))
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    assert page.expired
    assert client.get(f"/sl/novice/rasr/{page.slug}/").status_code == 404
