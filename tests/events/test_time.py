"""Upcoming or past, around a fixed "now" in Europe/Ljubljana, including daylight-saving changes."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from events.models import EventPage
from tests.events.factories import EventPageFactory, local

UTC = datetime.UTC


@pytest.fixture
def index(events_site):
    return events_site.indexes["sl"]


def split(index, now):
    events = index.events()
    return [e.title for e in events.upcoming(now)], [e.title for e in events.past(now)]


def test_an_event_in_progress_is_still_upcoming_and_is_past_once_its_end_has_passed(index):
    EventPageFactory(parent=index, title="Seminar", start=local(2030, 5, 14, 9, 0), end=local(2030, 5, 14, 12, 0))
    assert split(index, local(2030, 5, 14, 8, 59)) == (["Seminar"], [])
    assert split(index, local(2030, 5, 14, 11, 59)) == (["Seminar"], [])  # happening now
    assert split(index, local(2030, 5, 14, 12, 0)) == ([], ["Seminar"])


def test_upcoming_soonest_first_and_past_newest_first(index):
    now = local(2030, 6, 1, 12, 0)
    for title, day in [("B", 10), ("A", 5), ("C", 20)]:
        EventPageFactory(parent=index, title=f"future {title}", start=local(2030, 6, day, 9, 0))
        EventPageFactory(parent=index, title=f"past {title}", start=local(2030, 5, day, 9, 0))
    upcoming, past = split(index, now)
    assert upcoming == ["future A", "future B", "future C"]
    assert past == ["past C", "past B", "past A"]


def test_all_day_event_on_the_day_summer_time_starts_lasts_until_local_midnight(index):
    # 30 March 2025 has 23 hours in Ljubljana: local midnight after it is 22:00 UTC, not 23:00.
    event = EventPageFactory(
        parent=index, title="Spring", all_day=True, start=local(2025, 3, 30, 0, 0), end=local(2025, 3, 30, 0, 0)
    )
    assert event.ends_at == datetime.datetime(2025, 3, 30, 22, 0, tzinfo=UTC)
    assert split(index, datetime.datetime(2025, 3, 30, 21, 59, tzinfo=UTC)) == (["Spring"], [])
    assert split(index, datetime.datetime(2025, 3, 30, 22, 0, tzinfo=UTC)) == ([], ["Spring"])
    assert event.is_happening(datetime.datetime(2025, 3, 29, 23, 0, tzinfo=UTC))  # 00:00 local, CET
    assert not event.is_happening(datetime.datetime(2025, 3, 29, 22, 59, tzinfo=UTC))


def test_all_day_event_on_the_day_summer_time_ends_lasts_its_25_hours(index):
    event = EventPageFactory(
        parent=index, title="Autumn", all_day=True, start=local(2025, 10, 26, 0, 0), end=local(2025, 10, 26, 0, 0)
    )
    assert event.ends_at == datetime.datetime(2025, 10, 26, 23, 0, tzinfo=UTC)
    assert split(index, datetime.datetime(2025, 10, 26, 22, 30, tzinfo=UTC)) == (["Autumn"], [])  # 23:30 local


def test_overnight_event_across_the_spring_change_is_thirteen_hours_long(index):
    event = EventPageFactory(parent=index, start=local(2025, 3, 29, 20, 0), end=local(2025, 3, 30, 10, 0))
    event.refresh_from_db()
    assert event.ends_at - event.start == datetime.timedelta(hours=13)
    assert event.local_end.utcoffset() == datetime.timedelta(hours=2)
    assert event.local_start.utcoffset() == datetime.timedelta(hours=1)


def test_multi_day_all_day_event_runs_through_its_last_day(index):
    event = EventPageFactory(
        parent=index, all_day=True, start=local(2030, 9, 17, 0, 0), end=local(2030, 9, 18, 0, 0), title="Two days"
    )
    assert event.ends_at == local(2030, 9, 19, 0, 0)
    assert split(index, local(2030, 9, 18, 23, 59)) == (["Two days"], [])


def test_end_before_start_is_a_validation_error_on_the_end_field(index):
    event = EventPageFactory(parent=index)
    event.end = event.start - datetime.timedelta(minutes=30)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert set(error.value.message_dict) == {"end"}
    with translation.override("en"):
        assert "cannot end before it starts" in error.value.message_dict["end"][0]
    with translation.override("hr"):
        assert "Događanje ne može završiti prije nego što počne" in error.value.message_dict["end"][0]


def test_all_day_event_may_end_on_its_first_day_but_not_the_day_before(index):
    event = EventPageFactory(parent=index, all_day=True, start=local(2030, 5, 14, 0, 0), end=local(2030, 5, 14, 0, 0))
    event.full_clean()
    event.end = local(2030, 5, 13, 23, 0)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert set(error.value.message_dict) == {"end"}


def test_an_event_in_person_needs_a_town_but_an_online_one_does_not(index):
    event = EventPageFactory(parent=index, town="", country="", attendance_mode=EventPage.AttendanceMode.ONLINE)
    event.full_clean()
    event.attendance_mode = EventPage.AttendanceMode.HYBRID
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert set(error.value.message_dict) == {"town"}
