"""The events listing: upcoming then past by year, filters, bad input, pagination and query budgets."""

import datetime
import re

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from events.models import EventPage, local_now
from tests.conftest import translate_page
from tests.events.factories import EventPageFactory
from tests.factories import PartnerFactory

CARD_TITLES = re.compile(r'class="event-card__title"><a href="[^"]+"[^>]*>([^<]+)</a>')


def titles(html: str) -> list[str]:
    return CARD_TITLES.findall(html)


def section(html: str, heading_id: str) -> str:
    return html.split(f'id="{heading_id}"')[1].split("</section>")[0]


def days_from_now(days: float, hours: float = 2) -> dict:
    start = local_now() + datetime.timedelta(days=days)
    return {"start": start, "end": start + datetime.timedelta(hours=hours)}


@pytest.fixture
def index(events_site):
    return events_site.indexes["sl"]


def test_upcoming_first_soonest_first_then_past_by_year_newest_first(client, index):
    EventPageFactory(parent=index, title="Čez mesec", **days_from_now(30))
    EventPageFactory(parent=index, title="Jutri", **days_from_now(1))
    EventPageFactory(parent=index, title="Delavnica v teku", **days_from_now(-0.05, hours=5))
    last_year = local_now().year - 1
    EventPageFactory(
        parent=index, title="Lani pozimi", start=datetime.datetime(last_year, 2, 1, 9, tzinfo=datetime.UTC)
    )
    EventPageFactory(
        parent=index, title="Lani jeseni", start=datetime.datetime(last_year, 10, 1, 9, tzinfo=datetime.UTC)
    )
    EventPageFactory(parent=index, title="Davno", start=datetime.datetime(2019, 6, 13, 9, tzinfo=datetime.UTC))

    response = client.get("/sl/dogodki/")
    assert response.status_code == 200
    html = response.content.decode()
    assert titles(section(html, "events-upcoming")) == ["Delavnica v teku", "Jutri", "Čez mesec"]
    # Only the event in progress carries the "happening now" badge.
    assert section(html, "events-upcoming").count('<p class="event-badge">Poteka zdaj</p>') == 1
    past = section(html, "events-past")
    assert titles(past) == ["Lani jeseni", "Lani pozimi", "Davno"]
    assert re.findall(r'<h3 class="event-year">(\d+)</h3>', past) == [str(last_year), "2019"]


def test_filters_by_type_country_tag_and_year(client, index):
    seminar = EventPageFactory(parent=index, title="Seminar Celje", event_type="seminar", country="SI", town="Celje")
    seminar.tags.add("socialna aktivacija")
    seminar.save_revision().publish()
    EventPageFactory(parent=index, title="Seminar Čakovec", event_type="seminar", country="HR", town="Čakovec")
    EventPageFactory(
        parent=index,
        title="Info dan 2019",
        event_type="info-day",
        country="HR",
        start=datetime.datetime(2019, 3, 22, 9, tzinfo=datetime.UTC),
    )
    assert titles(client.get("/sl/dogodki/?type=seminar").content.decode()) == ["Seminar Celje", "Seminar Čakovec"]
    assert titles(client.get("/sl/dogodki/?type=seminar&country=HR").content.decode()) == ["Seminar Čakovec"]
    assert titles(client.get("/sl/dogodki/?tag=socialna+aktivacija").content.decode()) == ["Seminar Celje"]
    assert titles(client.get("/sl/dogodki/?year=2019").content.decode()) == ["Info dan 2019"]


def test_unknown_filter_values_answer_400_with_a_message_and_keep_the_other_choices(client, index):
    EventPageFactory(parent=index, title="Seminar Čakovec", event_type="seminar", country="HR", town="Čakovec")
    EventPageFactory(parent=index, title="Seminar Ptuj", event_type="seminar", country="SI")
    response = client.get("/en/events/?type=concert&country=HR&year=1999")
    # The English tree has no events of its own; check the Slovenian listing for results.
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert "There is no event type “concert”" in html
    assert "There are no events in the year “1999”" in html
    assert 'aria-describedby="id_type-error"' in html and 'id="id_type-error"' in html
    assert '<option value="HR" selected>' in html

    response = client.get("/sl/dogodki/?type=koncert&country=HR")
    assert response.status_code == 400
    assert titles(response.content.decode()) == ["Seminar Čakovec"]  # the country still applies
    assert client.get("/sl/dogodki/?year=abc").status_code == 400
    assert client.get("/sl/dogodki/?tag=ne-obstaja").status_code == 400


@pytest.mark.parametrize("page", ["abc", "0", "99", "-1"])
def test_a_page_number_that_is_not_a_page_is_a_404_in_the_page_frame(client, index, page):
    EventPageFactory(parent=index)
    response = client.get(f"/sl/dogodki/?page={page}")
    assert response.status_code == 404
    assert '<html lang="sl">' in response.content.decode()


def test_pagination_keeps_filters_and_says_page_x_of_y(client, index):
    for day in range(12):
        EventPageFactory(parent=index, event_type="seminar", **days_from_now(day + 1))
    EventPageFactory(parent=index, event_type="fair", **days_from_now(1))
    html = client.get("/en/events/").content.decode()
    assert "events found" in html
    first = client.get("/sl/dogodki/?type=seminar").content.decode()
    assert len(titles(first)) == 10
    nav = first.split('<nav class="pagination"')[1].split("</nav>")[0]
    assert "2" in nav
    assert 'href="?type=seminar&amp;page=2"' in nav
    second = client.get("/sl/dogodki/?type=seminar&page=2").content.decode()
    assert len(titles(second)) == 2


def test_organisers_are_shown_in_the_visitors_language(client, events_site):
    partner = PartnerFactory(name="Center za socialno delo Celje")
    partner_hr = partner.copy_for_translation(events_site.indexes["hr"].locale)
    partner_hr.name = "Centar za socijalni rad Celje"
    partner_hr.save()
    event = EventPageFactory(parent=events_site.indexes["sl"], organiser=partner, title="Seminar", slug="seminar")
    translate_page(event, "hr", title="Seminar", slug="seminar")
    assert "Centar za socijalni rad Celje" in client.get("/hr/dogadanja/").content.decode()
    assert "Centar za socijalni rad Celje" in client.get("/hr/dogadanja/seminar/").content.decode()
    assert "Center za socialno delo Celje" in client.get("/sl/dogodki/").content.decode()


def test_very_long_title_renders(client, index):
    title = "Zelo" + "dolgnaslovbrezpresledkov" * 10
    EventPageFactory(parent=index, title=title[:255], slug="dolg")
    assert client.get("/sl/dogodki/").status_code == 200
    assert client.get("/sl/dogodki/dolg/").status_code == 200


def count_queries(client, path) -> int:
    # A full render, as on a page-cache miss; a warm-up view first fills the shared frame fragments.
    client.get(path)
    with override_settings(PAGE_CACHE_ENABLED=False), CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def add_events(index, how_many, partner):
    """Three upcoming events and the rest past, so that the first page always shows both kinds."""
    for n in range(how_many):
        timing = days_from_now(n + 1 if n < 3 else -n)
        event = EventPageFactory(parent=index, organiser=partner, **timing)
        event.tags.add(f"tema {n % 3}")
        event.save_revision().publish()


def test_listing_query_count_is_the_same_for_5_and_50_events(client, index):
    partner = PartnerFactory()
    add_events(index, 5, partner)
    client.get("/sl/dogodki/")  # warm per-process caches (site root paths)
    few = count_queries(client, "/sl/dogodki/")
    few_filtered = count_queries(client, "/sl/dogodki/?country=SI&tag=tema+1")
    add_events(index, 45, partner)
    many = count_queries(client, "/sl/dogodki/")
    assert many == few
    assert count_queries(client, "/sl/dogodki/?country=SI&tag=tema+1") == few_filtered
    # A page with only past events skips the (empty) upcoming slice.
    assert count_queries(client, "/sl/dogodki/?page=3") == few - 1
    print(f"listing: {few} queries")


def test_feed_query_count_does_not_grow_with_events(client, index):
    partner = PartnerFactory()
    add_events(index, 5, partner)
    client.get("/sl/dogodki/ical/")
    few = count_queries(client, "/sl/dogodki/ical/")
    add_events(index, 45, partner)
    assert count_queries(client, "/sl/dogodki/ical/") == few
    print(f"feed: {few} queries")


def test_event_page_has_a_small_fixed_query_count(client, events_site):
    index = events_site.indexes["sl"]
    partner = PartnerFactory()
    event = EventPageFactory(parent=index, organiser=partner, slug="merjen", programme=[])
    event.tags.add("a", "b")
    event.save_revision().publish()
    client.get("/sl/dogodki/merjen/")
    queries = count_queries(client, "/sl/dogodki/merjen/")
    assert queries <= 25
    print(f"detail: {queries} queries")
    assert EventPage.objects.count() == 1
