"""schema.org `Event` as JSON-LD, so search engines and assistants can show date, place and mode."""

from __future__ import annotations

from django.http import HttpRequest

from .models import EventPage

SCHEMA = "https://schema.org/"

ATTENDANCE_MODES = {
    EventPage.AttendanceMode.IN_PERSON: SCHEMA + "OfflineEventAttendanceMode",
    EventPage.AttendanceMode.ONLINE: SCHEMA + "OnlineEventAttendanceMode",
    EventPage.AttendanceMode.HYBRID: SCHEMA + "MixedEventAttendanceMode",
}
EVENT_STATUSES = {
    EventPage.Status.SCHEDULED: SCHEMA + "EventScheduled",
    EventPage.Status.POSTPONED: SCHEMA + "EventPostponed",
    EventPage.Status.RESCHEDULED: SCHEMA + "EventRescheduled",
    EventPage.Status.MOVED_ONLINE: SCHEMA + "EventMovedOnline",
    EventPage.Status.CANCELLED: SCHEMA + "EventCancelled",
}


def event_data(event: EventPage, request: HttpRequest) -> dict:
    url = request.build_absolute_uri(event.get_url(request))
    data: dict = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.intro,
        "url": url,
        "inLanguage": event.locale.language_code,
        "eventAttendanceMode": ATTENDANCE_MODES[event.attendance_mode],
        "eventStatus": EVENT_STATUSES[event.status],
    }
    if event.all_day:
        # All-day events are dates (no time of day, hence no offset), as schema.org allows.
        data["startDate"] = event.first_day.isoformat()
        data["endDate"] = event.last_day.isoformat()
    else:
        # ISO 8601 with the UTC offset in force on that day (+01:00 in winter, +02:00 in summer).
        data["startDate"] = event.local_start.isoformat()
        data["endDate"] = event.local_end.isoformat()

    locations = []
    if event.is_in_person:
        address = {"@type": "PostalAddress", "addressLocality": event.town}
        if event.street_address:
            address["streetAddress"] = event.street_address
        if event.postal_code:
            address["postalCode"] = event.postal_code
        if event.country:
            address["addressCountry"] = event.country
        locations.append({"@type": "Place", "name": event.venue or event.town, "address": address})
    if event.is_online:
        # A virtual location needs a URL; without a public link the event page says how to join.
        locations.append({"@type": "VirtualLocation", "url": event.online_url or url})
    data["location"] = locations[0] if len(locations) == 1 else locations

    organiser = event.organiser_in_language
    if organiser is not None:
        data["organizer"] = {"@type": "Organization", "name": organiser.name}
        if organiser.website:
            data["organizer"]["url"] = organiser.website
    if event.capacity:
        data["maximumAttendeeCapacity"] = event.capacity
    if event.spoken_languages:
        data["inLanguage"] = event.spoken_languages if len(event.spoken_languages) > 1 else event.spoken_languages[0]
    if event.series is not None:
        data["superEvent"] = {
            "@type": "EventSeries",
            "name": event.series.title,
            "url": request.build_absolute_uri(event.series.get_url(request)),
        }
    return data
