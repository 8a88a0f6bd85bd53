"""Translators translate, communications staff publish: the editor-side rules of a translation.

- Only a complete translation goes public. wagtail-localize's "Publish" fills every untranslated string with
  the Slovenian text and presents it as the translation, so publishing is refused while any string is
  untranslated (`refuse_incomplete_publish`), and "Sync translated pages" no longer offers "Publish
  immediately" (`SyncWithoutPublishing`).
- A translator cannot publish. wagtail-localize's editor then makes its last remaining action the primary
  button — "Convert to alias page", which throws the translation away. For them the portal's own action bar
  (template `wagtail_localize/admin/edit_translation.html`) offers "Submit for review" instead
  (`submit_for_review`): it saves the translation as a draft revision and starts the review workflow, and
  communications staff approve and publish it. Converting back to an alias stays a secondary action behind
  wagtail-localize's confirmation page.

See also home/translations/drafts.py (what readers see meanwhile) and home/roles.py (who may do what).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.models import Page, Workflow
from wagtail_localize.models import Translation

from home import roles
from portal import compat

from .drafts import translation_of


def missing_strings_message(translation: Translation) -> str:
    """Why the translation cannot go public yet, in the editor's language; "" when it is complete."""
    total, translated = translation.get_progress()
    missing = total - translated
    if missing <= 0:
        return ""
    return ngettext(
        "This translation cannot be published yet: %(missing)d text of %(total)d is not translated. "
        "Translate it first, so that readers never see the original language presented as the translation.",
        "This translation cannot be published yet: %(missing)d texts of %(total)d are not translated. "
        "Translate them first, so that readers never see the original language presented as the translation.",
        missing,
    ) % {"missing": missing, "total": total}


def refuse_incomplete_publish(request, page: Page):
    """`before_edit_page` hook, ahead of wagtail-localize's own, which turns the page editor into its
    translation editor."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = translation_of(page, enabled_only=True)
    if translation is None or not (reason := missing_strings_message(translation)):
        return None
    messages.error(request, reason)
    return redirect(request.path)


@require_POST
def submit_for_review(request, translation_id: int):
    """Save the translation as a draft and hand it to communications staff through the review workflow."""
    translation = get_object_or_404(Translation.objects.select_related("source"), pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        raise PermissionDenied
    page = page.specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if reason := missing_strings_message(translation):
        messages.error(request, reason)
        return redirect(edit_url)
    if page.workflow_in_progress:
        messages.info(request, _("This translation is already waiting for review."))
        return redirect(edit_url)
    translation.save_target(user=request.user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    # Communications staff review every translation, whatever workflow the page's section has for its
    # Slovenian editors (Wagtail's default one names the unused "Moderators" group).
    Workflow.objects.get(name=roles.PARTNER_REVIEW_WORKFLOW).start(page, request.user)
    messages.success(
        request,
        _("The translation has been submitted for review. Communications staff will publish it."),
    )
    return redirect(edit_url)


class SyncWithoutPublishing(compat.update_translations_view()):
    """wagtail-localize's "Sync translated pages" without its "Publish immediately". Served at wagtail-localize's
    own URL (`admin_urls`)."""

    def get_form(self):
        form = super().get_form()
        form.fields.pop("publish_translations", None)
        return form

    def form_valid(self, form):
        form.cleaned_data["publish_translations"] = False
        return super().form_valid(form)


def admin_urls():
    """`register_admin_urls` hook. Wagtail adds the apps' admin URLs in the order of INSTALLED_APPS, so the sync
    path comes before wagtail-localize's identical one (tests/editorial/test_translation_in_progress.py fails if
    it stops doing so)."""
    return [
        path("localize/update/<int:translation_source_id>/", SyncWithoutPublishing.as_view()),
        path("translations/<int:translation_id>/submit/", submit_for_review, name="portal_submit_translation"),
    ]
