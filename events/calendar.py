"""iCalendar (RFC 5545) export: one file per event and one subscribable feed per language.

Built with the `icalendar` library, which escapes text (commas, semicolons, backslashes, newlines),
folds long lines and writes the VTIMEZONE for Europe/Ljubljana that the events' local times refer to.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import icalendar
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .models import EVENT_TIME_ZONE, EventPage

PRODUCT_ID = "-//2SoKroG//Portal events//EN"
UID_DOMAIN = "2sokrog-portal"
CONTENT_TYPE = "text/calendar; charset=utf-8"


def event_uid(event: EventPage) -> str:
    """The event's UID: its translation key plus the language of this version.

    * Stable across edits, renames, moves and re-publishing: the translation key never changes, and
      unlike the page id it survives an export/import of the site.
    * Different per language: the Slovenian, Croatian and English versions are different calendar
      entries (their titles and descriptions differ), so someone subscribed to two language feeds must
      not get two different events claiming the same UID; each feed only carries its own language.
    * An untranslated alias in a language tree is that language's entry (it has its own locale), so
      translating it later updates the same entry in subscribers' calendars instead of adding one.
    """
    return f"{event.translation_key}-{event.locale.language_code}@{UID_DOMAIN}"


def _status(event: EventPage) -> str:
    if event.status == EventPage.Status.CANCELLED:
        return "CANCELLED"
    if event.status == EventPage.Status.POSTPONED:
        return "TENTATIVE"
    return "CONFIRMED"


def event_component(event: EventPage, request: HttpRequest) -> icalendar.Event:
    url = request.build_absolute_uri(event.get_url(request))
    component = icalendar.Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", event.last_published_at or timezone.now())
    if event.latest_revision_created_at:
        component.add("last-modified", event.latest_revision_created_at)
    component.add("summary", event.title)
    if event.all_day:
        # DATE values; DTEND is exclusive (the day after the last day), RFC 5545 §3.6.1.
        component.add("dtstart", event.first_day)
        component.add("dtend", event.last_day + datetime.timedelta(days=1))
    else:
        # Local times with TZID=Europe/Ljubljana, so calendars follow daylight-saving rules correctly.
        component.add("dtstart", event.local_start)
        component.add("dtend", event.local_end)
    description = [event.intro]
    organiser = event.organiser_in_language
    if organiser is not None:
        # Not ORGANIZER: that property is an e-mail address for invitations, which partners do not publish.
        description.append(_("Organiser: %(name)s") % {"name": organiser.name})
    if event.is_online and event.online_url:
        description.append(_("Join online: %(url)s") % {"url": event.online_url})
    if event.registration_url:
        description.append(_("Registration: %(url)s") % {"url": event.registration_url})
    description.append(url)
    component.add("description", "\n\n".join(strip_tags(part) for part in description if part))
    location = event.place_line if event.is_in_person else (event.online_url or _("Online"))
    if location:
        component.add("location", location)
    component.add("url", url)
    component.add("status", _status(event))
    component.add("categories", [str(event.get_event_type_display())])
    return component


def build_calendar(events: Iterable[EventPage], request: HttpRequest, name: str) -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", str(EVENT_TIME_ZONE))
    # Ask subscribed calendar apps to refresh twice a day.
    calendar.add("refresh-interval", datetime.timedelta(hours=12), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT12H")
    for event in events:
        calendar.add_component(event_component(event, request))
    calendar.add_missing_timezones()
    return calendar


def calendar_response(calendar: icalendar.Calendar, filename: str, *, attachment: bool) -> HttpResponse:
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["Content-Language"] = get_language()
    return response
