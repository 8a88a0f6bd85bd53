"""iCalendar export, parsed back with the icalendar library: times, time zones, UIDs, escaping."""

import datetime
import re

import icalendar
import pytest

from events.models import EventPage
from tests.conftest import translate_page
from tests.events.factories import EventPageFactory, local

LJUBLJANA_OFFSETS = {"winter": datetime.timedelta(hours=1), "summer": datetime.timedelta(hours=2)}


def parse(response) -> icalendar.Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def vevents(calendar) -> dict[str, icalendar.Event]:
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def overnight(events_site):
    """An event across the night the clocks go forward (29/30 March 2025), in all three languages."""
    event = EventPageFactory(
        parent=events_site.indexes["sl"],
        title="Nočni seminar",
        slug="nocni-seminar",
        start=local(2025, 3, 29, 20, 0),
        end=local(2025, 3, 30, 10, 0),
    )
    translate_page(event, "hr", title="Noćni seminar", slug="nocni-seminar")
    translate_page(event, "en", title="Overnight seminar", slug="overnight-seminar")
    return event


def test_feed_keeps_local_times_across_the_dst_change_with_a_vtimezone(client, overnight):
    calendar = parse(client.get("/en/events/ical/"))
    event = vevents(calendar)["Overnight seminar"]
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert (start.hour, start.utcoffset()) == (20, LJUBLJANA_OFFSETS["winter"])
    assert (end.hour, end.utcoffset()) == (10, LJUBLJANA_OFFSETS["summer"])
    # Python subtracts wall times within one zone; the real duration is 13 hours (the clocks go forward).
    assert end.astimezone(datetime.UTC) - start.astimezone(datetime.UTC) == datetime.timedelta(hours=13)
    assert event["DTSTART"].params["TZID"] == "Europe/Ljubljana"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Ljubljana"]
    assert str(event["URL"]) == "http://testserver/en/events/overnight-seminar/"


def test_each_language_feed_has_its_own_events_with_stable_distinct_uids(client, overnight):
    feeds = {
        lang: parse(client.get(path)) for lang, path in [("sl", "/sl/dogodki/ical/"), ("hr", "/hr/dogadanja/ical/")]
    }
    assert list(vevents(feeds["sl"])) == ["Nočni seminar"]
    assert list(vevents(feeds["hr"])) == ["Noćni seminar"]
    uid_sl = str(vevents(feeds["sl"])["Nočni seminar"]["UID"])
    uid_hr = str(vevents(feeds["hr"])["Noćni seminar"]["UID"])
    assert uid_sl == f"{overnight.translation_key}-sl@2sokrog-portal"
    assert uid_hr != uid_sl

    # Editing and republishing (even renaming) keeps the UID, so subscribers see an update, not a new event.
    overnight.title = "Nočni seminar (nov termin)"
    overnight.save_revision().publish()
    again = vevents(parse(client.get("/sl/dogodki/ical/")))
    assert str(again["Nočni seminar (nov termin)"]["UID"]) == uid_sl


def test_all_day_events_are_dates_with_an_exclusive_end(client, events_site):
    EventPageFactory(
        parent=events_site.indexes["sl"],
        title="Konferenca",
        all_day=True,
        start=local(2020, 9, 17, 0, 0),
        end=local(2020, 9, 18, 0, 0),
    )
    event = vevents(parse(client.get("/sl/dogodki/ical/")))["Konferenca"]
    assert event.decoded("DTSTART") == datetime.date(2020, 9, 17)
    assert event.decoded("DTEND") == datetime.date(2020, 9, 19)
    assert "VALUE=DATE" in event.to_ical().decode()


def test_commas_semicolons_and_newlines_are_escaped_and_come_back_intact(client, events_site):
    title = "Ptuj, Čakovec; Varaždin \\ vse"
    intro = "Prva vrstica, z vejico;\nDruga vrstica"
    event = EventPageFactory(
        parent=events_site.indexes["sl"], title=title, intro=intro, venue="Dvorana A, 1. nadstropje"
    )
    response = client.get(f"/sl/dogodki/{event.slug}/ical/")
    raw = response.content.decode()
    assert r"SUMMARY:Ptuj\, Čakovec\; Varaždin \\ vse" in raw
    assert r"Prva vrstica\, z vejico\;\nDruga vrstica" in raw.replace("\r\n ", "")
    parsed = vevents(parse(response))[title]
    assert str(parsed["DESCRIPTION"]).startswith(intro)
    assert str(parsed["LOCATION"]).startswith("Dvorana A, 1. nadstropje, Ptuj")
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n")), "lines are folded at 75 octets"


def test_event_file_is_a_download_named_after_the_event(client, events_site):
    event = EventPageFactory(parent=events_site.indexes["sl"], slug="seminar-celje")
    response = client.get("/sl/dogodki/seminar-celje/ical/")
    assert response["Content-Disposition"] == 'attachment; filename="seminar-celje.ics"'
    assert [str(e["UID"]) for e in parse(response).walk("VEVENT")] == [f"{event.translation_key}-sl@2sokrog-portal"]


def test_cancelled_event_is_cancelled_in_the_calendar(client, events_site):
    EventPageFactory(parent=events_site.indexes["sl"], title="Odpovedano", status=EventPage.Status.CANCELLED)
    assert str(vevents(parse(client.get("/sl/dogodki/ical/")))["Odpovedano"]["STATUS"]) == "CANCELLED"


@pytest.mark.parametrize(
    ("path", "feed"),
    [
        ("/sl/", "http://testserver/sl/dogodki/ical/"),
        ("/hr/o-projektu/", "http://testserver/hr/dogadanja/ical/"),
        ("/en/events/", "http://testserver/en/events/ical/"),
    ],
)
def test_each_page_advertises_its_languages_feed_in_head(client, events_site, path, feed):
    html = client.get(path).content.decode()
    head = html.split("</head>")[0]
    links = re.findall(r'<link rel="alternate" type="text/calendar" title="[^"]+" href="([^"]+)">', head)
    assert links == [feed]
    assert parse(client.get(feed.removeprefix("http://testserver"))) is not None


def test_add_to_calendar_link_on_the_event_page_downloads_its_file(client, events_site):
    event = EventPageFactory(parent=events_site.indexes["sl"], slug="info-dan")
    html = client.get("/sl/dogodki/info-dan/").content.decode()
    assert 'href="/sl/dogodki/info-dan/ical/" download>' in html
    assert client.get("/sl/dogodki/info-dan/ical/").status_code == 200
    assert event.calendar_url() == "/sl/dogodki/info-dan/ical/"
