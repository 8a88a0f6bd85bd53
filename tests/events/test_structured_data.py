"""schema.org Event JSON-LD on event pages."""

import json
import re

import pytest

from events.models import EventPage
from home.models import Partner
from tests.conftest import translate_page
from tests.events.factories import EventPageFactory, local
from tests.factories import PartnerFactory

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(client, path) -> dict:
    html = client.get(path).content.decode()
    scripts = JSON_LD.findall(html)
    assert len(scripts) == 1
    return json.loads(scripts[0])


@pytest.fixture
def hybrid_conference(events_site):
    organiser = PartnerFactory(name="Znanstveno-raziskovalno središče Bistra Ptuj", website="https://www.bistra.si/")
    translate_organiser = organiser.copy_for_translation(events_site.indexes["en"].locale)
    translate_organiser.name = "Scientific Research Centre Bistra Ptuj"
    translate_organiser.save()
    event = EventPageFactory(
        parent=events_site.indexes["sl"],
        title="Zaključna konferenca",
        slug="konferenca",
        event_type=EventPage.EventType.CONFERENCE,
        start=local(2020, 9, 17, 9, 0),
        end=local(2020, 9, 17, 15, 0),
        attendance_mode=EventPage.AttendanceMode.HYBRID,
        online_url="https://meet.example.org/2sokrog",
        venue="Dominikanski samostan",
        street_address="Muzejski trg 1",
        postal_code="2250",
        town="Ptuj",
        country="SI",
        organiser=organiser,
        capacity=200,
        spoken_languages=["sl", "hr"],
    )
    translate_page(event, "en", title="Final conference", slug="final-conference")
    return event


def test_hybrid_event_has_mixed_attendance_a_place_and_a_virtual_location(client, hybrid_conference):
    data = json_ld(client, "/en/events/final-conference/")
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Final conference"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    place, virtual = data["location"]
    assert place == {
        "@type": "Place",
        "name": "Dominikanski samostan",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Ptuj",
            "streetAddress": "Muzejski trg 1",
            "postalCode": "2250",
            "addressCountry": "SI",
        },
    }
    assert virtual == {"@type": "VirtualLocation", "url": "https://meet.example.org/2sokrog"}
    # Summer time in Ljubljana: +02:00.
    assert data["startDate"] == "2020-09-17T09:00:00+02:00"
    assert data["endDate"] == "2020-09-17T15:00:00+02:00"
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Scientific Research Centre Bistra Ptuj",
        "url": "https://www.bistra.si/",
    }
    assert data["maximumAttendeeCapacity"] == 200
    assert data["inLanguage"] == ["sl", "hr"]
    assert data["url"] == "http://testserver/en/events/final-conference/"


def test_winter_event_has_a_plus_one_offset_and_online_event_only_a_virtual_location(client, events_site):
    EventPageFactory(
        parent=events_site.indexes["sl"],
        slug="splet",
        start=local(2030, 1, 15, 14, 0),
        end=local(2030, 1, 15, 15, 30),
        attendance_mode=EventPage.AttendanceMode.ONLINE,
        town="",
        status=EventPage.Status.POSTPONED,
    )
    data = json_ld(client, "/sl/dogodki/splet/")
    assert data["startDate"] == "2030-01-15T14:00:00+01:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventPostponed"
    assert data["location"] == {"@type": "VirtualLocation", "url": "http://testserver/sl/dogodki/splet/"}


def test_markup_in_texts_cannot_break_out_of_the_script_element(client, events_site):
    title = "Seminar </script><script>alert(1)</script> & več"
    EventPageFactory(parent=events_site.indexes["sl"], slug="varno", title=title, intro="<!-- a > b & c")
    html = client.get("/sl/dogodki/varno/").content.decode()
    script = JSON_LD.search(html).group(1)
    assert "<" not in script and ">" not in script and "&" not in script
    assert "\\u003c/script\\u003e" in script
    data = json.loads(script)
    assert data["name"] == title
    assert data["description"] == "<!-- a > b & c"
    assert Partner.objects.count() == 0
