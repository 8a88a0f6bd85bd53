"""A translation is public only once it is published: keep wagtail-localize's drafts out of the live page.

wagtail-localize writes a translation's current text into the page's database row — the content Wagtail
serves to readers — whenever it saves a draft of the translation: when a translator starts ("Translate this
page"), and on every later save of the translation (upstream: wagtail/wagtail-localize#463 and #655). Readers
would see half-translated text presented as the translation. So after every revision saved for a page that
wagtail-localize translates, this module puts back what the public may see:

- a translation published before: the content of its live revision (Wagtail's record of what was published);
- a translation never published: the source page's live content, exactly as the alias it replaced showed it.
  The page keeps no live revision, which is how the rest of the portal recognises an untranslated copy
  (`home.languages.PUBLISHED_VERSION`, `copy_language`).

The translators' work is untouched: it lives in wagtail-localize's strings and in the page's latest revision,
which is what communications staff publish. Publishing is refused while strings are untranslated
(`refuse_incomplete_publish` in the translation editor; "Sync translated pages" no longer offers "Publish
immediately", `SyncWithoutPublishing`), so a published translation never shows a Slovenian passage unmarked.

Delete `restore_public_content` and its signal when wagtail-localize stops saving drafts into the live row.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from django.shortcuts import redirect
from django.utils.translation import ngettext
from wagtail.models import Page, Revision
from wagtail.signals import page_published
from wagtail_localize.models import Translation
from wagtail_localize.views.convert import sync_alias
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .languages import SOURCE_LANGUAGE


def translation_of(page: Page, *, enabled_only: bool = False) -> Translation | None:
    """The wagtail-localize translation whose target is `page`, if any."""
    translations = Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id)
    if enabled_only:
        translations = translations.filter(enabled=True)
    return translations.select_related("source").first()


def has_published_translation(page: Page) -> bool:
    """Whether the page's live revision is one of its own (converting back to an alias leaves the source's)."""
    return page.live_revision_id is not None and page.live_revision.object_id == str(page.pk)


def restore_public_content(page: Page, translation: Translation) -> None:
    """Make the page's live row what readers may see; its latest revision keeps the translator's draft."""
    page = page.specific
    if has_published_translation(page):
        live_revision = page.live_revision
        shown = live_revision.as_object()
        # A revision's content records the live revision of its own day: keep today's.
        shown.live_revision_id = live_revision.pk
        shown.save(clean=False)
        return
    source = translation.source.get_source_instance()
    sync_alias(source, page)
    # The source's content names the source's live revision; an untranslated copy has none of its own.
    Page.objects.filter(pk=page.pk).update(live_revision=None)


def _revision_saved(sender, instance: Revision, raw: bool = False, **kwargs) -> None:
    if raw or instance.base_content_type_id != ContentType.objects.get_for_model(Page).pk:
        return
    page = (
        Page.objects.filter(pk=instance.object_id, live=True, alias_of__isnull=True)
        .exclude(locale__language_code=SOURCE_LANGUAGE)
        .first()
    )
    if page is None or (translation := translation_of(page)) is None:
        return
    restore_public_content(page, translation)


def _source_published(sender, instance: Page, **kwargs) -> None:
    """A republished source page: its untranslated copies show the new text, as aliases would."""
    if kwargs.get("alias") or instance.locale.language_code != SOURCE_LANGUAGE:
        return
    copies = Page.objects.filter(
        translation_key=instance.translation_key, live=True, alias_of__isnull=True, live_revision__isnull=True
    ).exclude(pk=instance.pk)
    for page in copies:
        if (translation := translation_of(page)) is not None:
            restore_public_content(page, translation)


def refuse_incomplete_publish(request, page: Page):
    """`before_edit_page` hook, ahead of wagtail-localize's translation editor: its "Publish" would fill
    every untranslated string with the Slovenian text and present it as the translation."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = translation_of(page, enabled_only=True)
    if translation is None:
        return None
    total, translated = translation.get_progress()
    missing = total - translated
    if missing <= 0:
        return None
    messages.error(
        request,
        ngettext(
            "This translation cannot be published yet: %(missing)d text of %(total)d is not translated. "
            "Translate it first, so that readers never see the original language presented as the translation.",
            "This translation cannot be published yet: %(missing)d texts of %(total)d are not translated. "
            "Translate them first, so that readers never see the original language presented as the translation.",
            missing,
        )
        % {"missing": missing, "total": total},
    )
    return redirect(request.path)


class SyncWithoutPublishing(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages" without its "Publish immediately", which would publish every
    new Slovenian text as if it were translated. Served at wagtail-localize's own URL (`admin_urls`)."""

    def get_form(self):
        form = super().get_form()
        form.fields.pop("publish_translations", None)
        return form

    def form_valid(self, form):
        form.cleaned_data["publish_translations"] = False
        return super().form_valid(form)


def admin_urls():
    """`register_admin_urls` hook. Wagtail adds the apps' admin URLs in the order of INSTALLED_APPS, so this
    path comes before wagtail-localize's identical one (tests/editorial/test_translation_in_progress.py
    fails if it stops doing so)."""
    from django.urls import path

    return [path("localize/update/<int:translation_source_id>/", SyncWithoutPublishing.as_view())]


def connect_signals() -> None:
    post_save.connect(_revision_saved, sender=Revision, dispatch_uid="translation_drafts_revision_saved")
    page_published.connect(_source_published, dispatch_uid="translation_drafts_source_published")
