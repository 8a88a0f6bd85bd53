"""The events listing and the iCalendar routes (called from the pages' routes in models.py)."""

from __future__ import annotations

from itertools import groupby

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from portal.cache import accept_query, cached_for_language

from . import calendar
from .listing import (
    EventFilterForm,
    UpcomingThenPast,
    filter_events,
    localize_organisers,
    tags_in_use,
    years_in_use,
)
from .models import EventIndexPage, EventPage, EventSeriesPage, local_now
from .templatetags.events_tags import remember_event_index

PAGE_SIZE = 10


def event_listing(request: HttpRequest, index: EventIndexPage) -> HttpResponse:
    """Upcoming events first (soonest first), then past events by year (newest first), filtered.

    Unrecognised filter values answer 400 with a message naming them, and the listing still shows,
    filtered by the values that were recognised. A page number that is not a page is a 404.
    """
    now = local_now()
    remember_event_index(request, index)
    events = index.events()
    # The filter choices change only when an event is published or unpublished: kept per generation.
    tags, years = cached_for_language(
        index.locale.language_code, f"event-facets-{index.pk}", lambda: (tags_in_use(events), years_in_use(events))
    )
    form = EventFilterForm(request.GET, tags=tags, years=years)
    form.is_valid()
    filters = form.valid_filters()
    selected = filter_events(events, filters).for_cards()

    sequence = UpcomingThenPast(selected, now)
    paginator = Paginator(sequence, PAGE_SIZE)
    number = request.GET.get("page") or "1"
    try:
        page = paginator.page(number)
    except InvalidPage as error:
        raise Http404(_("There is no such page of events.")) from error
    # Stored only for what the listing understood as sent: the canonical page number, recognised filters.
    accept_query(request, *(name for name, value in filters.items() if request.GET.get(name) == value))
    if number == str(page.number):
        accept_query(request, "page")
    items = list(page.object_list)
    localize_organisers(items)
    first_index = page.start_index() - 1 if paginator.count else 0
    upcoming = [item for offset, item in enumerate(items) if first_index + offset < sequence.upcoming_count]
    past = items[len(upcoming) :]
    past_by_year = [(year, list(group)) for year, group in groupby(past, key=lambda event: event.local_start.year)]

    # Links to other pages keep the visitor's (recognised) filters.
    query = urlencode(filters)
    context = index.get_context(request)
    context.update(
        {
            "form": form,
            "filters": filters,
            "filter_query": query,
            "paginator": paginator,
            "page_obj": page,
            "upcoming": upcoming,
            "past_by_year": past_by_year,
            "upcoming_count": sequence.upcoming_count,
            "now": now,
            "series_pages": EventSeriesPage.objects.live().child_of(index).select_related("locale", "alias_of__locale"),
        }
    )
    status = 400 if form.errors else 200
    return TemplateResponse(request, index.get_template(request), context, status=status)


def calendar_feed(request: HttpRequest, index: EventIndexPage) -> HttpResponse:
    events = list(index.events().select_related("organiser", "locale").order_by("start", "pk"))
    localize_organisers(events)
    name = f"2SoKroG – {index.title}"
    return calendar.calendar_response(
        calendar.build_calendar(events, request, name), f"2sokrog-{index.locale.language_code}.ics", attachment=False
    )


def event_calendar_file(request: HttpRequest, event: EventPage) -> HttpResponse:
    localize_organisers([event])
    return calendar.calendar_response(
        calendar.build_calendar([event], request, event.title), f"{event.slug}.ics", attachment=True
    )
