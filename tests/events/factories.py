"""Factories for the events app (wagtail-factories)."""

import datetime

import factory
import wagtail_factories

from events.models import EVENT_TIME_ZONE, EventIndexPage, EventPage, EventSeriesPage


def local(*args) -> datetime.datetime:
    """An aware datetime in Europe/Ljubljana: local(2025, 3, 30, 10, 0)."""
    return datetime.datetime(*args, tzinfo=EVENT_TIME_ZONE)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Dogodki"
    slug = "dogodki"
    intro = "Dogodki projekta."

    class Meta:
        model = EventIndexPage


class EventSeriesPageFactory(wagtail_factories.PageFactory):
    title = "Usposabljanje"
    slug = factory.Sequence(lambda n: f"serija-{n}")

    class Meta:
        model = EventSeriesPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Dogodek {n}")
    slug = factory.Sequence(lambda n: f"dogodek-{n}")
    intro = "Kratek opis dogodka."
    event_type = EventPage.EventType.SEMINAR
    start = factory.LazyFunction(lambda: local(2030, 5, 14, 9, 0))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=3))
    town = "Ptuj"
    country = "SI"

    class Meta:
        model = EventPage
