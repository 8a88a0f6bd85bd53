"""Issue 17: search that knows Slovenian and Croatian word forms, forgives a typo, ranks the right page first,
marks the matching passage, points to the other languages, filters by kind and counts what people look for."""

import datetime
import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from home.search import report as search_report
from home.search.report import SearchQueryDay
from home.search.text import word_keys
from tests.conftest import translate_page
from tests.factories import StandardPageFactory
from tests.home.search_quality import evaluate, report
from tests.home.test_search import titles
from tests.news.factories import NewsPageFactory, SuccessStoryPageFactory

SUGGESTION = re.compile(r'class="search-page__suggestion">[^<]*<a href="([^"]+)">([^<]+)</a>')


@pytest.fixture
def pages(site_tree):
    home = {language: site_tree.homes[language] for language in ("sl", "hr", "en")}
    campaign = StandardPageFactory(
        parent=home["sl"],
        title="Preprečimo revščino",
        slug="preprecimo-revscino",
        intro="O revščini in socialni izključenosti na Ptuju. Samoocena vam pove, kje ste.",
    )
    translate_page(
        campaign,
        "hr",
        title="Spriječimo siromaštvo",
        slug="sprijecimo-siromastvo",
        intro="Gdje po pomoć: centri za socijalnu skrb u Ptuju i Čakovcu.",
    )
    translate_page(
        campaign,
        "en",
        title="Prevent poverty",
        slug="prevent-poverty",
        intro="Our conferences and workshops on poverty.",
    )
    mentors = StandardPageFactory(
        parent=home["sl"], title="Vloga mentorja", slug="mentorji", intro="Mentorji in zdravje."
    )
    translate_page(mentors, "hr", title="Uloga mentora", slug="mentori", intro="Mentori i zdravlje.")
    translate_page(mentors, "en", title="The role of the mentor", slug="mentors", intro="Mentors and health.")
    return campaign


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("sl", "revščina", "Preprečimo revščino"),
        ("sl", "revscina", "Preprečimo revščino"),
        ("sl", "revščine", "Preprečimo revščino"),
        ("sl", "Ptuj", "Preprečimo revščino"),
        ("sl", "mentor", "Vloga mentorja"),
        ("sl", "mentorji", "Vloga mentorja"),
        ("hr", "pomoći", "Spriječimo siromaštvo"),
        ("hr", "siromaštva", "Spriječimo siromaštvo"),
        ("hr", "Ptuj", "Spriječimo siromaštvo"),
        ("hr", "mentor", "Uloga mentora"),
        ("hr", "mentori", "Uloga mentora"),
        ("en", "conference", "Prevent poverty"),
        ("en", "workshop", "Prevent poverty"),
        ("en", "mentor", "The role of the mentor"),
    ],
)
def test_every_word_form_finds_the_page(client, pages, language, query, expected):
    assert titles(client.get(f"/{language}/search/", {"q": query}))[:1] == [expected]


def test_exact_forms_and_names_are_indexed_as_they_stand():
    # The original word is a key too, so a lemmatizer's odd guess for a name never hides the name itself.
    assert {"ptuju", "revscino"} <= word_keys("Ptuju", "sl") | word_keys("revščino", "sl")
    assert "revscina" in word_keys("revščino", "sl")
    assert "pomoc" in word_keys("pomoći", "hr")


def test_one_typo_finds_the_page_and_offers_the_corrected_query(client, pages):
    response = client.get("/sl/search/", {"q": "samocena"})
    assert titles(response) == ["Preprečimo revščino"]
    url, corrected = SUGGESTION.search(response.content.decode()).groups()
    assert (url, corrected) == ("?q=samoocena", "samoocena")
    assert "Ali ste mislili:" in response.content.decode()
    assert "Jeste li mislili:" in client.get("/hr/search/", {"q": "siromastov"}).content.decode()
    english = client.get("/en/search/", {"q": "povrty"})
    assert titles(english) == ["Prevent poverty"]
    assert "Did you mean:" in english.content.decode()
    # Correctly spelt words are not "corrected"; short words are left alone.
    assert "search-page__suggestion" not in client.get("/sl/search/", {"q": "revščina"}).content.decode()


def test_suggestions_come_only_from_public_pages_of_the_language(client, pages, site_tree):
    draft = StandardPageFactory(parent=site_tree.homes["sl"], title="Konfabulacija", slug="konfabulacija")
    draft.unpublish()
    html = client.get("/sl/search/", {"q": "konfabulacjia"}).content.decode()
    assert "search-page__suggestion" not in html
    # A word from the Croatian pages is never suggested on the Slovenian site.
    assert "search-page__suggestion" not in client.get("/sl/search/", {"q": "siromastvi"}).content.decode()


def test_words_of_a_story_without_consent_are_neither_found_nor_suggested(client, news_tree):
    tree = news_tree
    SuccessStoryPageFactory(
        parent=tree.stories["sl"],
        title="Zgodba",
        intro="Čebelarstvo mi je vrnilo voljo.",
        consent_withdrawn_on=datetime.date.today() - datetime.timedelta(days=1),
    )
    assert titles(client.get("/sl/search/", {"q": "čebelarstvo"})) == []
    assert "search-page__suggestion" not in client.get("/sl/search/", {"q": "cebelarsvto"}).content.decode()


def test_title_before_body_all_words_before_some_newer_news_first(client, news_tree):
    tree = news_tree
    index = tree.news["sl"]
    NewsPageFactory(parent=index, title="Srečanje", intro="Delavnica o mentorstvu.", date=datetime.date(2020, 1, 1))
    NewsPageFactory(parent=index, title="Delavnica za mentorje", date=datetime.date(2019, 1, 1))
    NewsPageFactory(parent=index, title="Delavnica", date=datetime.date(2018, 1, 1))
    NewsPageFactory(parent=index, title="Delavnica v Celju", date=datetime.date(2021, 1, 1))
    assert titles(client.get("/sl/search/", {"q": "delavnica mentorji"})) == [
        "Delavnica za mentorje",  # both words in the title
        "Delavnica v Celju",  # one word in the title, newest
        "Delavnica",
        "Srečanje",  # both words, in the body only
    ]


def test_snippet_is_the_matching_passage_marked_and_escaped(client, site_tree):
    StandardPageFactory(
        parent=site_tree.homes["en"],
        title="Help",
        intro='Tom & Jerry say "a < b". ' + "filler " * 40 + "Where to find poverty advice.",
    )
    html = client.get("/en/search/", {"q": "poverty"}).content.decode()
    snippet = re.search(r'<p class="search-result__snippet">(.*?)</p>', html).group(1)
    assert "<mark>poverty</mark>" in snippet
    assert snippet.startswith("… ")  # the passage, not the page's beginning
    html = client.get("/en/search/", {"q": "jerry"}).content.decode()
    assert "Tom &amp; <mark>Jerry</mark> say &quot;a &lt; b&quot;." in html


def test_few_results_point_to_the_other_languages_in_their_own_language(client, pages):
    html = client.get("/hr/search/", {"q": "revščina"}).content.decode()  # Slovenian typed on the Croatian site
    assert '<li lang="sl"><a href="/sl/search/?q=rev%C5%A1%C4%8Dina" hreflang="sl">1 zadetek v slovenščini</a>' in html
    html = client.get("/sl/search/", {"q": "siromaštvo"}).content.decode()
    assert 'hreflang="hr">1 rezultat na hrvatskom</a>' in html
    assert "search-page__other-languages" not in client.get("/sl/search/", {"q": "zzzqqq"}).content.decode()


def test_results_filter_by_kind_keeping_the_query(client, news_tree):
    tree = news_tree
    NewsPageFactory(parent=tree.news["sl"], title="Delavnica v Ormožu")
    StandardPageFactory(parent=tree.site.homes["sl"], title="Delavnica za vse")
    html = client.get("/sl/search/", {"q": "delavnica"}).content.decode()
    assert 'href="?q=delavnica&amp;kind=news"' in html
    assert titles(client.get("/sl/search/", {"q": "delavnica", "kind": "news"})) == ["Delavnica v Ormožu"]
    assert titles(client.get("/sl/search/", {"q": "delavnica", "kind": "events"})) == []
    unknown = client.get("/sl/search/", {"q": "delavnica", "kind": "nonsense"})
    assert unknown.status_code == 400
    assert "Vrste strani „nonsense“ ni." in unknown.content.decode()
    assert len(titles(unknown)) == 2


@pytest.mark.parametrize("query", ['"abc', 'a"b', '"', "*", "^", "NEAR(", "a AND", "OR NOT", ":", "-", "title:x"])
def test_search_syntax_of_either_backend_is_plain_text(client, pages, query):
    assert client.get("/sl/search/", {"q": query}).status_code == 200
    assert client.get("/sl/search/", {"q": f"{query} revščina"}).status_code == 200


def test_warm_search_stays_within_six_queries_whatever_the_number_of_results(client, site_tree):
    for number in range(12):
        StandardPageFactory(parent=site_tree.homes["sl"], title=f"Srečanje {number}", intro="Socialna aktivacija.")
    client.get("/sl/search/", {"q": "srečanje"})  # builds this language's search data once
    for query in ("srečanje", "srecanje aktivacija", "srečanja", "srecanej"):
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/sl/search/", {"q": query}).status_code == 200
        assert len(queries) <= 6, (query, [q["sql"] for q in queries])


# --- the search report --------------------------------------------------------------------------------


@pytest.fixture
def counting():
    search_report.flush()
    SearchQueryDay.objects.all().delete()
    return search_report


def test_a_search_with_the_report_on_writes_one_row_per_query_and_day(client, pages, counting):
    for query in ("Revščina", "revscina ", "revščina", "zzzqqq", "ZZZQQQ"):
        client.get("/sl/search/", {"q": query})
    client.get("/hr/search/", {"q": "revščina"})
    assert SearchQueryDay.objects.count() == 0  # counted in memory, written in a batch
    counting.flush()
    rows = {(row.language, row.query): (row.searches, row.without_results) for row in SearchQueryDay.objects.all()}
    assert rows == {("sl", "revscina"): (3, 0), ("sl", "zzzqqq"): (2, 2), ("hr", "revscina"): (1, 1)}
    for _ in range(3):
        client.get("/sl/search/", {"q": "revščina"})
    counting.flush()
    assert SearchQueryDay.objects.get(language="sl", query="revscina").searches == 6
    assert SearchQueryDay.objects.count() == 3
    assert not any(
        field.name in {"ip", "address", "user", "session", "cookie"} for field in SearchQueryDay._meta.get_fields()
    )


def test_counts_expire_after_90_days_and_distinct_queries_per_day_are_capped(client, pages, counting):
    today = timezone.localdate()
    SearchQueryDay.objects.create(language="sl", query="old", day=today - datetime.timedelta(days=91), searches=1)
    SearchQueryDay.objects.create(language="sl", query="kept", day=today - datetime.timedelta(days=89), searches=1)
    with override_settings(SEARCH_REPORT_MAX_QUERIES_PER_DAY=3):
        for number in range(10):
            client.get("/sl/search/", {"q": f"beseda{number}"})
        counting.flush()
    assert SearchQueryDay.objects.filter(day=today).count() == 3
    assert set(SearchQueryDay.objects.exclude(day=today).values_list("query", flat=True)) == {"kept"}


@override_settings(SEARCH_REPORT=False)
def test_the_report_can_be_switched_off(client, pages, counting):
    client.get("/sl/search/", {"q": "revščina"})
    counting.flush()
    assert SearchQueryDay.objects.count() == 0


def test_the_admin_report_lists_frequent_and_fruitless_queries_with_one_click_promotion(
    client, pages, counting, django_user_model
):
    today = timezone.localdate()
    SearchQueryDay.objects.create(language="sl", query="revscina", day=today, searches=7)
    SearchQueryDay.objects.create(
        language="sl", query="zaposlitev", day=today - datetime.timedelta(days=40), searches=3, without_results=3
    )
    SearchQueryDay.objects.create(language="hr", query="siromastvo", day=today, searches=5)
    admin = django_user_model.objects.create_superuser("admin", "admin@example.com", "x")
    client.force_login(admin)
    html = client.get("/admin/reports/search/").content.decode()
    assert "revscina" in html and "siromastvo" not in html and "zaposlitev" not in html  # sl, last 30 days
    html = client.get("/admin/reports/search/", {"language": "sl", "days": "90"}).content.decode()
    assert "zaposlitev" in html
    response = client.post("/admin/reports/search/promote/", {"query": "zaposlitev"})
    query = Query.objects.get(query_string="zaposlitev")
    assert response.status_code == 302 and response["Location"].endswith(f"/{query.pk}/")
    client.logout()
    assert client.get("/admin/reports/search/").status_code == 302  # to the sign-in page


# --- known items on the demo content ------------------------------------------------------------------


# Measured on the demo content before search folded word forms and corrected typos (hit@3 / MRR):
# sl 0.62 / 0.57, hr 0.62 / 0.58, en 0.70 / 0.61.
FLOOR = {"hit_at_3": 0.95, "mrr": 0.90}


@override_settings(PORTAL_SEARCHES_PER_WINDOW=10_000, SEARCH_REPORT=False)
def test_known_items_of_the_demo_content_come_in_the_first_three(client, demo_content):
    figures = evaluate(client)
    print(report(figures))
    assert set(figures) == {"sl", "hr", "en"}
    for language, scores in figures.items():
        assert scores.queries >= 40, language
        assert scores.hit_at_3 >= FLOOR["hit_at_3"], report(figures)
        assert scores.mrr >= FLOOR["mrr"], report(figures)
