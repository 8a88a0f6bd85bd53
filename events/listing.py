"""Building event listings with a fixed number of queries, whatever the number of events."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence

from django import forms
from django.db.models import Count, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from home.models import Partner

from .models import EVENT_TIME_ZONE, EventPage, EventPageQuerySet


def localize_organisers(events: Iterable[EventPage]) -> None:
    """Show each event's organiser in the visitor's language, in one query for all events.

    `Partner.localized` would cost a query per event (and `event.organiser` one more). Events whose
    organiser has no translation in this language keep the one they point at.
    """
    events = list(events)
    ids = {event.organiser_id for event in events if event.organiser_id}
    chosen, localized = {}, {}
    if ids:
        # The chosen partners and their versions in this language, in one query.
        language = get_language()
        for partner in Partner.objects.filter(
            Q(pk__in=ids)
            | Q(
                locale__language_code=language,
                translation_key__in=Partner.objects.filter(pk__in=ids).values("translation_key"),
            )
        ).select_related("locale"):
            if partner.pk in ids:
                chosen[partner.pk] = partner
            if partner.locale.language_code == language:
                localized[partner.translation_key] = partner
    for event in events:
        organiser = chosen.get(event.organiser_id)
        if organiser is not None:
            organiser = localized.get(organiser.translation_key, organiser)
        event.__dict__["organiser_in_language"] = organiser


class UpcomingThenPast(Sequence):
    """Upcoming events (soonest first) followed by past events (newest first), as one sequence that
    Django's Paginator can slice: each page costs at most two queries, plus one query counting both."""

    def __init__(self, events: EventPageQuerySet, now: datetime.datetime) -> None:
        self.upcoming = events.upcoming(now)
        self.past = events.past(now)
        counts = events.order_by().aggregate(
            upcoming=Count("pk", filter=Q(ends_at__gt=now)), past=Count("pk", filter=Q(ends_at__lte=now))
        )
        self.upcoming_count = counts["upcoming"]
        self.past_count = counts["past"]

    def __len__(self) -> int:
        return self.upcoming_count + self.past_count

    def count(self) -> int:  # Paginator prefers count() over len()
        return len(self)

    def __getitem__(self, key):
        if not isinstance(key, slice):
            items = self[key : key + 1]
            if not items:
                raise IndexError(key)
            return items[0]
        start, stop, _step = key.indices(len(self))
        split = self.upcoming_count
        items: list[EventPage] = []
        if start < split:
            items += list(self.upcoming[start : min(stop, split)])
        if stop > split:
            items += list(self.past[max(start - split, 0) : stop - split])
        return items


class EventFilterForm(forms.Form):
    """The listing's filters. Choices are what exists in this language; anything else is reported
    by name and left out, while the visitor's other choices still apply."""

    type = forms.ChoiceField(
        label=_("Type"),
        required=False,
        error_messages={"invalid_choice": _("There is no event type “%(value)s”. Showing events of every type.")},
    )
    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        error_messages={"invalid_choice": _("There is no country “%(value)s” here. Showing events in both countries.")},
    )
    tag = forms.ChoiceField(
        label=_("Topic"),
        required=False,
        error_messages={"invalid_choice": _("No event has the topic “%(value)s”. Showing events on every topic.")},
    )
    year = forms.ChoiceField(
        label=_("Year"),
        required=False,
        error_messages={"invalid_choice": _("There are no events in the year “%(value)s”. Showing every year.")},
    )

    def __init__(self, data, *, tags: Sequence[str], years: Sequence[int]) -> None:
        super().__init__(data)
        self.fields["type"].choices = [("", _("All types")), *EventPage.EventType.choices]
        self.fields["country"].choices = [("", _("Both countries")), *EventPage._meta.get_field("country").choices]
        self.fields["tag"].choices = [("", _("All topics")), *((tag, tag) for tag in tags)]
        self.fields["year"].choices = [("", _("All years")), *((str(year), str(year)) for year in years)]

    def clean(self) -> dict:
        cleaned_data = super().clean()
        # Tie each error message to its field for screen readers (the message is rendered with this id).
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"{self[name].id_for_label}-error"}
                )
        return cleaned_data

    def valid_filters(self) -> dict[str, str]:
        """The values that were recognised (invalid ones dropped), after is_valid() ran."""
        values = {}
        for name in self.fields:
            if name in self.errors:
                continue
            value = self.cleaned_data.get(name)
            if value:
                values[name] = value
        return values


def filter_events(events: EventPageQuerySet, filters: dict[str, str]) -> EventPageQuerySet:
    if "type" in filters:
        events = events.filter(event_type=filters["type"])
    if "country" in filters:
        events = events.filter(country=filters["country"])
    if "tag" in filters:
        events = events.filter(tags__name=filters["tag"])
    if "year" in filters:
        year = int(filters["year"])
        events = events.filter(
            start__gte=datetime.datetime(year, 1, 1, tzinfo=EVENT_TIME_ZONE),
            start__lt=datetime.datetime(year + 1, 1, 1, tzinfo=EVENT_TIME_ZONE),
        )
    return events


def tags_in_use(events: EventPageQuerySet) -> list[str]:
    return list(
        Tag.objects.filter(events_eventpagetag_items__content_object__in=events.values("pk"))
        .distinct()
        .order_by("name")
        .values_list("name", flat=True)
    )


def years_in_use(events: EventPageQuerySet) -> list[int]:
    """Local (Europe/Ljubljana) years in which events start, newest first."""
    return [moment.year for moment in events.datetimes("start", "year", order="DESC", tzinfo=EVENT_TIME_ZONE)]
