"""Template tags of the events app, for its own pages, the home page and campaign pages."""

from __future__ import annotations

from django import template
from django.utils import formats
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from portal.cache import cached_for_language
from portal.json_ld import json_ld_script
from portal.visibility import only_public

from ..listing import localize_organisers
from ..models import EventIndexPage, EventPage, local_now
from ..structured_data import event_data

register = template.Library()


def _time(moment, fmt: str, machine: str) -> SafeString:
    return format_html('<time datetime="{}">{}</time>', machine, formats.date_format(moment, fmt))


@register.simple_tag
def event_when(event: EventPage) -> SafeString:
    """The event's date (and times), localized, in <time> elements; Europe/Ljubljana time."""
    if event.all_day:
        first = _time(event.first_day, "DATE_FORMAT", event.first_day.isoformat())
        if event.first_day == event.last_day:
            return first
        return format_html("{} – {}", first, _time(event.last_day, "DATE_FORMAT", event.last_day.isoformat()))
    start, end = event.local_start, event.local_end
    if start.date() == end.date():
        return format_html(
            "{}, {}–{}",
            _time(start.date(), "DATE_FORMAT", start.date().isoformat()),
            _time(start, "TIME_FORMAT", start.isoformat(timespec="minutes")),
            _time(end, "TIME_FORMAT", end.isoformat(timespec="minutes")),
        )
    return format_html(
        "{} – {}",
        _time(start, "DATETIME_FORMAT", start.isoformat(timespec="minutes")),
        _time(end, "DATETIME_FORMAT", end.isoformat(timespec="minutes")),
    )


@register.filter
def webcal(url: str) -> str:
    """The same feed address with the webcal: scheme, which calendar apps open as a subscription."""
    return "webcal:" + url.split(":", 1)[1] if url else ""


@register.filter
def happening_at(event: EventPage, now) -> bool:
    return bool(now) and event.is_happening(now)


@register.filter
def programme_days(programme) -> list[tuple]:
    """A programme stream as [(day or None, [items])], so each day gets its own heading and list."""
    days: list[tuple] = []
    for block in programme:
        if block.block_type == "day":
            days.append((block.value["day"], []))
        else:
            if not days:
                days.append((None, []))
            days[-1][1].append(block.value)
    return days


@register.simple_tag(takes_context=True)
def event_json_ld(context, event: EventPage) -> SafeString:
    return json_ld_script(event_data(event, context["request"]))


def remember_event_index(request, index: EventIndexPage) -> None:
    """The event index serving this request is the one the tags would look up: spare them the query."""
    _event_indexes(request)[get_language()] = index


def _event_indexes(request) -> dict[str, EventIndexPage | None]:
    cache = getattr(request, "_event_index_by_language", None)
    if cache is None:
        cache = request._event_index_by_language = {}
    return cache


def _event_index(request) -> EventIndexPage | None:
    """The live event index of the active language, once per request (head link, cards)."""
    cache = _event_indexes(request)
    language = get_language()
    if language not in cache:
        # Shared per language until a page changes (portal/cache.py): every event page links to it.
        cache[language] = cached_for_language(
            language,
            "event-index",
            lambda: EventIndexPage.objects.live().filter(locale__language_code=language).order_by("path").first(),
        )
    return cache[language]


@register.simple_tag(takes_context=True)
def event_index(context) -> EventIndexPage | None:
    request = context.get("request")
    return _event_index(request) if request is not None else None


@register.simple_tag(takes_context=True)
def events_feed_url(context) -> str:
    """The iCalendar feed of the active language's events, absolute; empty when there is no index."""
    request = context.get("request")
    if request is None:
        return ""
    index = _event_index(request)
    if index is None:
        return ""
    url = index.get_url(request)
    return request.build_absolute_uri(url + index.reverse_subpage("calendar_feed")) if url else ""


@register.inclusion_tag("events/includes/event_cards.html", takes_context=True)
def event_cards(context, limit: int = 3, tag: str = ""):
    """Upcoming live events of the active language, soonest first (optionally only those tagged `tag`);
    when none are upcoming, the latest past ones under a heading that says so; nothing when there are none."""
    request = context.get("request")
    now = local_now()
    events = only_public(EventPage.objects.live().filter(locale__language_code=get_language())).for_cards()
    if tag:
        events = events.filter(tags__name=tag)
    items = list(events.upcoming(now)[:limit])
    showing_past = not items
    if showing_past:
        items = list(events.past(now)[:limit])
    localize_organisers(items)
    return {
        "request": request,
        "items": items,
        "showing_past": showing_past,
        "now": now,
        "index": _event_index(request) if (items and request is not None) else None,
    }
