"""Words as the search compares them: folded, and reduced to their dictionary form in the page's language.

Slovenian has six cases in three numbers and Croatian seven in two: people type the dictionary form
(`revščina`, `pomoć`) and the page says `revščino`, `pomoći`. PostgreSQL has no dictionary for either language
and SQLite none at all, so words are normalised here, the same way for both databases, before they reach the
search backend: every word of a page is indexed as itself (folded, so names and exact forms still match) and
as its lemma, and every word of a query is looked up the same way.

Two maintained lemmatizers are combined (measured on `tests/home/search_known_items.tsv`):
- `lemmagen3` is rule-based and also reduces words it has never seen (names, new compounds); its rules
  sometimes over-reduce (`Ptuju` -> `ptu`), which is harmless because index and query get the same treatment;
- `simplemma` is dictionary-based and knows irregular forms the rules miss (Croatian under `hbs`).
A word's *keys* are its folded form plus both lemmas, folded. Models load once per process, on first use.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from anyascii import anyascii

# Letters and digits; everything else (quotes, `*`, `^`, `:`, `-`, brackets) separates words, so nothing a
# visitor types can reach the backends' query syntax.
WORD = re.compile(r"[^\W_]+")
SIMPLEMMA_LANGUAGE = {"sl": "sl", "hr": "hbs", "en": "en"}


def fold(text: str) -> str:
    """Lower-case ASCII transliteration: 'Čakovec' -> 'cakovec', 'događanja' -> 'dogadanja'."""
    return anyascii(text).lower()


def words(text: str) -> list[str]:
    return WORD.findall(text)


@cache
def _lemmagen(language: str):
    import lemmagen3

    return lemmagen3.Lemmatizer(language)


@cache
def _lemmatizers() -> frozenset[str]:
    """SEARCH_LEMMATIZERS (settings): both by default; changing it needs `manage.py update_index`."""
    from django.conf import settings

    return frozenset(getattr(settings, "SEARCH_LEMMATIZERS", ("lemmagen3", "simplemma")))


@lru_cache(maxsize=200_000)
def word_keys(word: str, language: str) -> frozenset[str]:
    """The folded word and its folded lemmas: 'Revščino' (sl) -> {'revscino', 'revscina'}."""
    lower = word.lower()
    keys = {fold(lower)}
    if language in SIMPLEMMA_LANGUAGE and not lower.isdigit():
        lemmatizers = _lemmatizers()
        if "lemmagen3" in lemmatizers:
            keys.add(fold(_lemmagen(language).lemmatize(lower)))
        if "simplemma" in lemmatizers:
            import simplemma

            keys.add(fold(simplemma.lemmatize(lower, lang=SIMPLEMMA_LANGUAGE[language])))
    keys.discard("")
    return frozenset(keys)


@lru_cache(maxsize=64)
def locale_language(locale_id: int) -> str:
    """A locale's language code, asked once per process (indexing a page needs it and locales never change
    language)."""
    from wagtail.models import Locale

    return Locale.objects.get(pk=locale_id).language_code


def text_keys(text: str, language: str) -> set[str]:
    keys: set[str] = set()
    for word in words(text):
        keys |= word_keys(word, language)
    return keys


def index_text(text: str, language: str) -> str:
    """What the backend indexes for `text`: the folded words as they stand, then each lemma not already there."""
    folded = [fold(word) for word in words(text)]
    present = set(folded)
    lemmas = sorted(text_keys(text, language) - present)
    return " ".join(folded + lemmas)


class FoldedSearchMixin:
    """Adds `folded_search_text` — the page's indexed text, folded and lemmatized — for `search_fields`:

    search_fields = Page.search_fields + [..., index.SearchField("folded_search_text")]

    `search_plain_text()` is the same text as written (for result snippets and the vocabulary of
    "Did you mean"), and `search_date()` the date that breaks ties between equally good results: a page
    type's `date`, else its `start`.
    """

    def search_plain_text(self) -> str:
        from django.utils.html import strip_tags
        from wagtail.blocks import StreamValue
        from wagtail.rich_text import RichText
        from wagtail.search import index

        parts: list[str] = []
        for field in type(self).search_fields:
            if not isinstance(field, index.SearchField) or field.field_name in ("folded_search_text", "title"):
                continue
            value = getattr(self, field.field_name, None)
            if callable(value):
                value = value()
            if isinstance(value, StreamValue):
                parts.extend(str(part) for part in value.stream_block.get_searchable_content(value))
            elif isinstance(value, RichText):
                parts.append(strip_tags(value.source))
            elif value:
                parts.append(strip_tags(str(value)))
        return " ".join(" ".join(parts).split())

    def folded_search_text(self) -> str:
        # The backend asks once for each of its columns (title, body, autocomplete): compute it once.
        key = (self.title, self.locale_id)
        memo = self.__dict__.get("_folded_search_text")
        if memo is None or memo[0] != key:
            memo = (key, index_text(f"{self.title} {self.search_plain_text()}", locale_language(self.locale_id)))
            self.__dict__["_folded_search_text"] = memo
        return memo[1]

    def search_date(self):
        value = getattr(self, "date", None) or getattr(self, "start", None)
        return value.date() if hasattr(value, "date") and callable(value.date) else value
