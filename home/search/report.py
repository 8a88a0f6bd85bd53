"""What people look for: aggregated search counts per language, normalised query and day, for the admin report.

Privacy by construction: a row holds a language, a normalised query (folded words, at most 100 characters),
a day and two counts — no address, user, cookie or session, nothing to tie a search to a person. Rows older
than SEARCH_REPORT_DAYS (90) are deleted. At most SEARCH_REPORT_MAX_QUERIES_PER_DAY distinct queries are
stored per language and day, so a script typing random words cannot fill the database: past the cap only the
queries already stored that day are still counted.

Counting never slows a search down: each process adds to a counter in its own memory and writes the counts
in one batch when SEARCH_REPORT_FLUSH_SECONDS have passed (or the buffer holds SEARCH_REPORT_BUFFER queries),
one row per query and day whatever the number of searches. A process that stops loses at most that many
seconds of counts. SEARCH_REPORT=0 switches counting off.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.db.models import F, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .text import fold, words

MAX_STORED_QUERY = 100


class SearchQueryDay(models.Model):
    language = models.CharField(_("language"), max_length=8)
    query = models.CharField(_("query"), max_length=MAX_STORED_QUERY)
    day = models.DateField(_("day"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    without_results = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search count")
        verbose_name_plural = _("search counts")
        constraints = [models.UniqueConstraint(fields=["language", "query", "day"], name="one_row_per_query_and_day")]
        indexes = [models.Index(fields=["language", "day"])]

    def __str__(self) -> str:
        return f"{self.language} {self.day} {self.query}: {self.searches}"


def normalise(query: str) -> str:
    """The form a query is counted under: folded words, single spaces ('Revščina  ' -> 'revscina')."""
    return " ".join(fold(word) for word in words(query))[:MAX_STORED_QUERY].strip()


def _setting(name: str, default):
    return getattr(settings, name, default)


class _Buffer:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: Counter = Counter()
        self.empty: Counter = Counter()
        self.since = time.monotonic()

    def add(self, key: tuple[str, str, object], found: bool) -> bool:
        """Count one search; True when the buffer is due to be written."""
        with self.lock:
            if key not in self.counts and len(self.counts) >= _setting("SEARCH_REPORT_BUFFER", 500):
                return True
            self.counts[key] += 1
            if not found:
                self.empty[key] += 1
            due = time.monotonic() - self.since >= _setting("SEARCH_REPORT_FLUSH_SECONDS", 60)
            return due or len(self.counts) >= _setting("SEARCH_REPORT_BUFFER", 500)

    def take(self) -> tuple[Counter, Counter]:
        with self.lock:
            counts, empty = self.counts, self.empty
            self.counts, self.empty, self.since = Counter(), Counter(), time.monotonic()
            return counts, empty


_buffer = _Buffer()


def record(language: str, query: str, *, found: bool) -> None:
    """Count a search (called by the search view)."""
    if not _setting("SEARCH_REPORT", True):
        return
    normalised = normalise(query)
    if not normalised:
        return
    if _buffer.add((language, normalised, timezone.localdate()), found):
        flush()


def flush() -> int:
    """Write the counts this process has gathered; delete expired rows. Returns the rows touched."""
    counts, empty = _buffer.take()
    if not counts:
        return 0
    cap = _setting("SEARCH_REPORT_MAX_QUERIES_PER_DAY", 1000)
    touched = 0
    with transaction.atomic():
        by_day: dict[tuple[str, object], list[str]] = {}
        for language, query, day in counts:
            by_day.setdefault((language, day), []).append(query)
        for (language, day), queries in by_day.items():
            stored = set(
                SearchQueryDay.objects.filter(language=language, day=day, query__in=queries).values_list(
                    "query", flat=True
                )
            )
            for query in stored:
                key = (language, query, day)
                touched += SearchQueryDay.objects.filter(language=language, day=day, query=query).update(
                    searches=F("searches") + counts[key], without_results=F("without_results") + empty[key]
                )
            room = max(0, cap - SearchQueryDay.objects.filter(language=language, day=day).count())
            new = [query for query in queries if query not in stored][:room]
            SearchQueryDay.objects.bulk_create(
                [
                    SearchQueryDay(
                        language=language,
                        query=query,
                        day=day,
                        searches=counts[(language, query, day)],
                        without_results=empty[(language, query, day)],
                    )
                    for query in new
                ],
                ignore_conflicts=True,
            )
            touched += len(new)
        expire()
    return touched


def expire() -> int:
    days = _setting("SEARCH_REPORT_DAYS", 90)
    deleted, _per_model = SearchQueryDay.objects.filter(day__lt=timezone.localdate() - timedelta(days=days)).delete()
    return deleted


def top_queries(language: str, days: int, *, without_results: bool = False, limit: int = 50) -> list[dict]:
    """The most frequent queries of the last `days` days (only those that found nothing, if asked)."""
    since = timezone.localdate() - timedelta(days=days - 1)
    rows = SearchQueryDay.objects.filter(language=language, day__gte=since)
    if without_results:
        rows = rows.filter(without_results__gt=0)
    total = "without_results" if without_results else "searches"
    return list(rows.values("query").annotate(total=Sum(total)).order_by("-total", "query")[:limit])
