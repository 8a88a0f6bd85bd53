"""Known-item search quality on the demo content: hit@3 and mean reciprocal rank per language.

`search_known_items.tsv` lists, per language, a query and the pages of which one must come in the first three.
`python -m tests.home.search_quality` prints the figures for the database in DATABASE_URL (demo loaded).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

KNOWN_ITEMS = Path(__file__).with_name("search_known_items.tsv")
RESULT_LINK = re.compile(r'class="search-result__title" href="([^"]+)"')


@dataclass
class Figures:
    queries: int = 0
    hits_at_3: int = 0
    reciprocal_ranks: float = 0.0
    misses: list[str] = field(default_factory=list)

    @property
    def hit_at_3(self) -> float:
        return self.hits_at_3 / self.queries

    @property
    def mrr(self) -> float:
        return self.reciprocal_ranks / self.queries


def known_items() -> list[tuple[str, str, set[str]]]:
    items = []
    for line in KNOWN_ITEMS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, query, expected = line.split("\t")
        items.append((language, query, set(expected.split())))
    return items


def evaluate(client) -> dict[str, Figures]:
    """Search as a visitor would (the results page over HTTP) and score the first page of results."""
    figures: dict[str, Figures] = {}
    for language, query, expected in known_items():
        response = client.get(f"/{language}/search/", {"q": query})
        assert response.status_code == 200, (language, query, response.status_code)
        paths = [urlsplit(url).path for url in RESULT_LINK.findall(response.content.decode())]
        scores = figures.setdefault(language, Figures())
        scores.queries += 1
        rank = next((position for position, path in enumerate(paths, 1) if path in expected), None)
        if rank is not None:
            scores.reciprocal_ranks += 1 / rank
        if rank is not None and rank <= 3:
            scores.hits_at_3 += 1
        else:
            scores.misses.append(f"{query} (rank {rank})")
    return figures


def report(figures: dict[str, Figures]) -> str:
    return "\n".join(
        f"{language}: {scores.queries} queries, hit@3 {scores.hit_at_3:.2f}, MRR {scores.mrr:.2f}; "
        f"missed: {', '.join(scores.misses) or '-'}"
        for language, scores in figures.items()
    )


if __name__ == "__main__":
    import django

    django.setup()
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    print(report(evaluate(Client())))
