"""Tools for building demo content: a Slovenian source tree, translated into hr and en the way an
editor would, through wagtail-localize (TranslationSource -> Translation -> PO import -> save).

Each app keeps its demo loader in `<app>/demo/content.py` (a `load(log)` function) and its texts in
`<app>/demo/data.py`; the `load_demo_content` command runs the loaders in INSTALLED_APPS order.
Everything here is idempotent: objects that exist already are left as they are.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler as search_index_on_save
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import Translation, TranslationSource

SOURCE_LANGUAGE = "sl"
TARGET_LANGUAGES = ("hr", "en")


class T(NamedTuple):
    """One translatable string in the three languages."""

    sl: str
    hr: str
    en: str

    def __call__(self, language: str) -> str:
        return getattr(self, language)


class TranslationBook:
    """Maps each Slovenian source string to its hr and en translations."""

    def __init__(self) -> None:
        self._entries: dict[str, T] = {}

    def add(self, text: T) -> str:
        known = self._entries.get(text.sl)
        if known is not None and known != text:
            raise ValueError(f"Demo text {text.sl!r} has two different translations: {known} / {text}")
        self._entries[text.sl] = text
        return text.sl

    def add_untranslated(self, value: str) -> str:
        """A string that reads the same in every language (an address, an acronym)."""
        if value and value not in self._entries:
            self._entries[value] = T(value, value, value)
        return value

    def translate(self, source: str, language: str) -> str:
        try:
            return self._entries[source](language)
        except KeyError:
            raise KeyError(f"Demo text has no translation: {source!r}") from None


@contextmanager
def indexes_brought_up_to_date_at_the_end() -> Iterator[None]:
    """Build the search and reference indexes once, after the whole load, instead of on every save: a demo page
    is saved four to six times on its way to three published languages, and each save would index it again
    (about a quarter of the load's queries). The search index's save handler is disconnected for the load (on
    every indexed model, as modelsearch connects it; process-wide, so only for a load nothing else saves during),
    the reference index uses Wagtail's own switch."""
    models = [model for model in search_index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in models:
        post_save.disconnect(search_index_on_save, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(search_index_on_save, sender=model)
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    call_command("rebuild_references_index", stdout=io.StringIO())


def lines(text: T) -> list[T]:
    """A multi-line demo text as one T per line (each becomes its own paragraph and segment)."""
    split = [value.splitlines() for value in text]
    if len({len(parts) for parts in split}) != 1:
        raise ValueError(f"Demo text has a different number of lines per language: {text.sl!r}")
    return [T(*parts) for parts in zip(*split, strict=True)]


def rich_text(book: TranslationBook, paragraphs: Iterable[T]) -> RichText:
    return RichText("".join(f"<p>{book.add(p)}</p>" for p in paragraphs))


def body_blocks(book: TranslationBook, items: Iterable[tuple]) -> list[tuple[str, object]]:
    """Turn the compact demo notation (see home/demo/data.py) into StreamField data."""
    blocks: list[tuple[str, object]] = []
    for item in items:
        kind = item[0]
        if kind == "heading":
            blocks.append(("heading", {"text": book.add(item[1]), "level": "h2"}))
        elif kind == "paragraph":
            blocks.append(("paragraph", rich_text(book, item[1])))
        elif kind == "list":
            html = "".join(f"<li>{book.add(entry)}</li>" for entry in item[1])
            blocks.append(("paragraph", RichText(f"<ul>{html}</ul>")))
        elif kind == "quote":
            blocks.append(("quote", {"quote": book.add(item[1]), "attribution": book.add(item[2])}))
        elif kind == "partners":
            blocks.append(("partners", {"role": item[1]}))
        else:
            raise ValueError(f"Unknown demo body item {kind!r}")
    return blocks


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def source_child(parent: Page, slug: str) -> Page | None:
    return parent.get_children().filter(slug=slug).specific().first()


def add_source_page(parent: Page, page: Page, book: TranslationBook) -> Page:
    """Create and publish `page` under `parent` in Slovenian, unless a page with its slug is there."""
    existing = source_child(parent, page.slug)
    if existing is not None:
        return existing
    page.locale = parent.locale
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@transaction.atomic
def translate(instance, book: TranslationBook, languages: Iterable[str] = TARGET_LANGUAGES):
    """Translate a page or snippet with wagtail-localize, from the strings in `book`.

    A version that exists already as a real translation is kept; an alias (an untranslated copy
    made by tree synchronisation) is turned into the translation, exactly as the admin does.
    """
    for language in languages:
        target_locale = locale(language)
        existing = instance.get_translation_or_none(target_locale)
        if existing is not None and not getattr(existing, "alias_of_id", None):
            continue
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=target_locale)
        po = translation.export_po()
        for entry in po:
            entry.msgstr = book.translate(entry.msgid, language)
        translation.import_po(po, tool_name="load_demo_content")
        if isinstance(instance, Page):
            # Publish now rather than through wagtail-localize's on_commit hook: a deferred publish
            # restores the page from a revision taken before its children were translated, which
            # would reset its tree bookkeeping when everything runs in one transaction (tests).
            translation.save_target(publish=False)
            instance.get_translation(target_locale).get_latest_revision().publish()
        else:
            translation.save_target(publish=True)


Logger = Callable[[str], None]
