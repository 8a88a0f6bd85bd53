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
which is what communications staff publish (home/translations/review.py, which also refuses to publish a
translation while strings are untranslated).

Delete `restore_public_content` and its signal when wagtail-localize stops saving drafts into the live row.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from wagtail.models import Page, Revision
from wagtail.signals import page_published
from wagtail_localize.models import Translation

from home.languages import SOURCE_LANGUAGE
from portal import compat


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
    compat.sync_alias(source, page)
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


def connect_signals() -> None:
    post_save.connect(_revision_saved, sender=Revision, dispatch_uid="translation_drafts_revision_saved")
    page_published.connect(_source_published, dispatch_uid="translation_drafts_source_published")
