"""Site search: per language, live public pages only, tolerant of diacritics, word forms and small typos.

- Words are normalised in Python (`home.search.text`): each page's words folded and lemmatized, and the
  query's words reduced to the same keys, so `revščina` finds `revščino` and `pomoći` finds `pomoć`, the same
  on SQLite and PostgreSQL. Quotes, `*`, `NEAR(` or `AND` are never query syntax: only words become keys.
- Each language's public pages, as the search reads them (their keys, title keys, text, date, page type and
  the vocabulary for "Did you mean"), are kept in this process's memory for one page-cache generation
  (`portal.cache`: every publish, unpublish, move or consent change replaces it). A search matches and ranks
  in that memory and asks the database only for the ten pages it shows; the search backend's index (the same
  keys, `FoldedSearchMixin.folded_search_text`) serves the API's `?search=` and the admin.
- Ranking: every query word in the title, then more of them in the title, then every word somewhere on the
  page, then more words, then the newer news or event, then how often the words occur.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import ngettext
from rapidfuzz import process
from rapidfuzz.distance import OSA
from wagtail import hooks
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page

from portal.cache import page_cache_generation
from portal.ratelimit import allow
from portal.visibility import public_pages

from . import report as search_report
from .text import FoldedSearchMixin, fold, word_keys, words

__all__ = ["FoldedSearchMixin", "fold", "search"]

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12
RESULTS_PER_PAGE = 10
# Per address, PORTAL_SEARCHES_PER_WINDOW in this window (portal/ratelimit.py).
SEARCH_WINDOW_SECONDS = 600
# "Did you mean": words this long or longer, one letter wrong, missing, extra or two swapped.
TYPO_MIN_LENGTH = 5
# Fewer results than this in the visitor's language: say how many the other languages have.
FEW_RESULTS = 3
SNIPPET_WORDS = 30
# Kinds of page for the results filter, contributed by the content apps (home never imports them):
# a `search_kinds` hook returns [(slug, label, [page models]), ...].
SEARCH_KINDS_HOOK = "search_kinds"


# --- what each language's public pages say --------------------------------------------------------


@dataclass(frozen=True)
class PageText:
    title: str
    text: str
    date: date | None
    title_keys: frozenset[str]
    keys: frozenset[str]
    # The text split at spaces, and each piece's keys: snippets need no lemmatizing per request.
    tokens: tuple[str, ...] = ()
    token_keys: tuple[frozenset[str], ...] = ()
    model: type[Page] = Page


@dataclass
class LanguageData:
    pages: dict[int, PageText] = field(default_factory=dict)
    # folded word -> (how often it occurs, the form most often written)
    vocabulary: dict[str, tuple[int, str]] = field(default_factory=dict)
    keys: set[str] = field(default_factory=set)


_language_data: dict[str, tuple[str, float, LanguageData]] = {}


def _build_language_data(language: str) -> LanguageData:
    data = LanguageData()
    surface: dict[str, dict[str, int]] = {}
    pages = public_pages(Page.objects.filter(locale__language_code=language, depth__gt=1)).specific()
    for page in pages:
        text = page.search_plain_text() if isinstance(page, FoldedSearchMixin) else ""
        title_words = words(page.title)
        title_keys = frozenset().union(*(word_keys(word, language) for word in title_words))
        body_words = words(text)
        keys = title_keys.union(*(word_keys(word, language) for word in body_words))
        found = page.search_date() if isinstance(page, FoldedSearchMixin) else None
        tokens = tuple(text.split())
        token_keys = tuple(frozenset().union(*(word_keys(word, language) for word in words(t))) for t in tokens)
        data.pages[page.pk] = PageText(page.title, text, found, title_keys, keys, tokens, token_keys, type(page))
        data.keys |= keys
        for word in title_words + body_words:
            if len(word) >= 3 and not word.isdigit():
                forms = surface.setdefault(fold(word), {})
                forms[word.lower()] = forms.get(word.lower(), 0) + 1
    for folded, forms in surface.items():
        data.vocabulary[folded] = (sum(forms.values()), max(forms, key=forms.get))
    return data


def language_data(language: str) -> LanguageData:
    """This language's public pages as the search reads them, rebuilt when the language's generation changes
    (any publish, unpublish, move or consent change) and at least every PAGE_CACHE_TIMEOUT seconds."""
    generation = page_cache_generation(language)
    known = _language_data.get(language)
    timeout = getattr(settings, "PAGE_CACHE_TIMEOUT", 300)
    if known is None or known[0] != generation or time.monotonic() - known[1] > timeout:
        known = (generation, time.monotonic(), _build_language_data(language))
        _language_data[language] = known
    return known[2]


# --- the query ------------------------------------------------------------------------------------


@dataclass
class ParsedQuery:
    words: list[str]
    keys: list[frozenset[str]]  # per word, what it matches
    corrected: str = ""  # the query with typos corrected, when any were

    def all_keys(self) -> frozenset[str]:
        return frozenset().union(*self.keys)


def correct(word: str, data: LanguageData) -> str | None:
    """The site's most frequent word in this language within one edit (OSA: one letter wrong, missing, extra
    or two letters swapped) of `word`, when `word` itself is not on the site."""
    folded = fold(word)
    if len(folded) < TYPO_MIN_LENGTH or folded in data.vocabulary:
        return None
    matches = process.extract(folded, data.vocabulary.keys(), scorer=OSA.distance, score_cutoff=1, limit=None)
    if not matches:
        return None
    best = max(matches, key=lambda match: (-match[1], data.vocabulary[match[0]][0]))
    return data.vocabulary[best[0]][1]


def parse(query: str, language: str, data: LanguageData | None) -> ParsedQuery:
    query_words = list(dict.fromkeys(words(query)))[:MAX_QUERY_WORDS]
    keys = [word_keys(word, language) for word in query_words]
    parsed = ParsedQuery(query_words, keys)
    if data is None:
        return parsed
    corrections = {}
    for index, word in enumerate(query_words):
        if keys[index] & data.keys:
            continue
        better = correct(word, data)
        if better:
            corrections[word] = better
            keys[index] = keys[index] | word_keys(better, language)
    if corrections:
        parsed.corrected = " ".join(corrections.get(word, word) for word in query_words)
    return parsed


def matching(data: LanguageData, parsed: ParsedQuery, kind_models=None, exclude=frozenset()):
    """(id, page text) of each page that holds any of the query's words, of the kind asked for, in no order."""
    wanted = parsed.all_keys()
    kinds = tuple(kind_models or ())
    for pk, known in data.pages.items():
        if known.keys & wanted and pk not in exclude and (not kinds or issubclass(known.model, kinds)):
            yield pk, known


def matches(data: LanguageData, parsed: ParsedQuery, kind_models=None, exclude=frozenset()) -> list[int]:
    """The ids of the matching pages, best first: every word in the title, more words in the title, every word
    on the page, more words on the page, newer (news, events), then more occurrences of the words, then the
    newer page."""
    wanted = parsed.all_keys()
    count = len(parsed.keys)
    scored = []
    for pk, known in matching(data, parsed, kind_models, exclude):
        in_title = sum(1 for word in parsed.keys if word & known.title_keys)
        on_page = sum(1 for word in parsed.keys if word & known.keys)
        occurrences = sum(1 for keys in known.token_keys if keys & wanted)
        found = known.date or date.min
        scored.append(((in_title == count, in_title, on_page == count, on_page, found, occurrences, pk), pk))
    scored.sort(reverse=True)
    return [pk for _score, pk in scored]


def snippet(page_text: PageText | None, parsed: ParsedQuery, language: str) -> SafeString:
    """The passage of the page that holds most of the query's words, those words in <mark>, all escaped."""
    if page_text is None or not page_text.text:
        return mark_safe("")  # noqa: S308 - empty
    tokens = page_text.tokens
    wanted = set().union(*parsed.keys) if parsed.keys else set()
    matched = [bool(keys & wanted) for keys in page_text.token_keys]
    hits = [index for index, hit in enumerate(matched) if hit]
    if not hits:
        start = 0
    else:
        # The window of SNIPPET_WORDS words with the most hits; it opens a few words before the first one.
        best = max(hits, key=lambda first: bisect_left(hits, first + SNIPPET_WORDS) - bisect_left(hits, first))
        start = max(0, best - 5)
    window = range(start, min(start + SNIPPET_WORDS, len(tokens)))
    parts = [f"<mark>{escape(tokens[i])}</mark>" if matched[i] else str(escape(tokens[i])) for i in window]
    text = " ".join(parts)
    if start > 0:
        text = "… " + text
    if start + SNIPPET_WORDS < len(tokens):
        text += " …"
    return mark_safe(text)  # noqa: S308 - every token escaped above


# --- kinds ------------------------------------------------------------------------------------------


def search_kinds() -> list[tuple[str, str, list[type[Page]]]]:
    kinds = []
    for contribute in hooks.get_hooks(SEARCH_KINDS_HOOK):
        kinds.extend(contribute())
    return kinds


# --- the view -------------------------------------------------------------------------------------


def promotions_for(query: str, locale: Locale) -> list[SearchPromotion]:
    """Editors' promoted results for this query (compared folded) that point into the visitor's language."""
    folded = fold(query)
    promotions = SearchPromotion.objects.select_related("query", "page").order_by("sort_order")
    return [
        promotion
        for promotion in promotions
        if fold(promotion.query.query_string) == folded
        and (promotion.page is None or (promotion.page.live and promotion.page.locale_id == locale.pk))
    ]


# Each sentence is shown in its own language (translation.override), so the catalogue of each language needs
# only its own sentence; the others are translated for completeness.
OTHER_LANGUAGE_RESULTS = {
    "sl": lambda n: ngettext("%(count)s result in Slovenian", "%(count)s results in Slovenian", n),
    "hr": lambda n: ngettext("%(count)s result in Croatian", "%(count)s results in Croatian", n),
    "en": lambda n: ngettext("%(count)s result in English", "%(count)s results in English", n),
}


def other_languages(query: str, language: str) -> list[dict]:
    """How many results the same words find in each other language, said in that language: the words' keys
    in every other language together, counted per language."""
    others = [code for code, _name in settings.LANGUAGES if code != language and code in OTHER_LANGUAGE_RESULTS]
    keys = [parse(query, code, None) for code in others]
    if not others or not any(parsed.keys for parsed in keys):
        return []
    combined = ParsedQuery([], [key for parsed in keys for key in parsed.keys])
    counts = {code: sum(1 for _match in matching(language_data(code), combined)) for code in others}
    found = []
    for code in others:
        if counts.get(code):
            with translation.override(code):
                text = OTHER_LANGUAGE_RESULTS[code](counts[code]) % {"count": counts[code]}
            found.append({"language": code, "text": text, "url": f"/{code}/search/?{urlencode({'q': query})}"})
    return found


def search(request: HttpRequest) -> HttpResponse:
    # NUL and other control characters are never typed; PostgreSQL refuses NUL in text outright.
    query = "".join(char for char in request.GET.get("q", "") if char.isprintable() or char == " ").strip()
    if query and not allow(
        request, "search", limit=settings.PORTAL_SEARCHES_PER_WINDOW, window_seconds=SEARCH_WINDOW_SECONDS
    ):
        return render(
            request,
            "home/search.html",
            {"query": "", "rate_limited": True, "max_query_length": MAX_QUERY_LENGTH},
            status=429,
        )
    too_long = len(query) > MAX_QUERY_LENGTH
    query = query[:MAX_QUERY_LENGTH]
    locale = Locale.get_active()
    language = locale.language_code
    kinds = search_kinds()
    requested_kind = request.GET.get("kind", "").strip()
    kind = next((entry for entry in kinds if entry[0] == requested_kind), None)
    unknown_kind = requested_kind[:40] if requested_kind and kind is None else ""
    context = {
        "query": query,
        "too_long": too_long,
        "max_query_length": MAX_QUERY_LENGTH,
        "kinds": [(slug, label) for slug, label, _models in kinds],
        "kind": kind[0] if kind else "",
        "unknown_kind": unknown_kind,
        "promotions": [],
        "results_page": None,
    }
    if query:
        data = language_data(language)
        parsed = parse(query, language, data)
        promotions = promotions_for(query, locale)
        promoted_ids = {promotion.page_id for promotion in promotions if promotion.page_id}
        found_ids = matches(data, parsed, kind[2] if kind else None, exclude=promoted_ids)
        paginator = Paginator(found_ids, RESULTS_PER_PAGE)
        try:
            results_page = paginator.page(request.GET.get("page", 1))
        except (EmptyPage, PageNotAnInteger) as error:
            raise Http404 from error
        # The pages shown, in the order found: one query, however many pages matched.
        shown = Page.objects.live().in_bulk(results_page.object_list)
        results = [
            {
                "page": shown[pk],
                "label": getattr(data.pages[pk].model, "search_result_label", None),
                "snippet": snippet(data.pages[pk], parsed, language),
            }
            for pk in results_page.object_list
            if pk in shown
        ]
        found = paginator.count + len(promotions)
        if results_page.number == 1:  # a search, not a visitor paging through its results
            search_report.record(language, query, found=bool(found))
        context.update(
            results_page=results_page,
            results=results,
            promotions=promotions,
            corrected=parsed.corrected,
            corrected_url="?" + urlencode({"q": parsed.corrected, **({"kind": kind[0]} if kind else {})})
            if parsed.corrected
            else "",
            other_languages=other_languages(query, language) if found < FEW_RESULTS else [],
        )
    return render(request, "home/search.html", context, status=400 if unknown_kind else 200)
