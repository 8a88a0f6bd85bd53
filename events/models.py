"""Events: an index per language, event pages, and series of events (the five training modules).

Times are stored as aware datetimes and shown in the project's time zone, Europe/Ljubljana, whatever the
server's zone. An event stays "upcoming" until its end has passed, so an event in progress is still listed
first ("happening now"). `ends_at` is that moment, denormalised on save so listings can split upcoming and
past events in the database: for an all-day event it is local midnight after its last day, which is 23, 24
or 25 hours after the last day's midnight depending on daylight-saving changes.

A series is a page (`EventSeriesPage`) whose children are its parts. That keeps translated slugs, the
language switcher, hreflang and the admin's tree exactly as for every other page, and the series overview
is simply the series page itself.
"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField

from home.blocks import BodyBlock
from home.editorial.widgets import PartnerChooser
from home.models import Partner, PortalPage, portal_search_fields
from portal.visibility import only_public

from .blocks import ProgrammeBlock, ReportDocumentsBlock, ReportPhotosBlock

EVENT_TIME_ZONE = ZoneInfo(settings.TIME_ZONE)


def local_now() -> datetime.datetime:
    """The current moment in Europe/Ljubljana (an aware datetime)."""
    return timezone.now().astimezone(EVENT_TIME_ZONE)


def local_midnight(day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=EVENT_TIME_ZONE)


class LanguageListField(models.JSONField):
    """A list of language codes, edited as checkboxes (the languages spoken at an event)."""

    LANGUAGE_CHOICES = [
        ("sl", _("Slovenian")),
        ("hr", _("Croatian")),
        ("en", _("English")),
        ("hu", _("Hungarian")),
        ("de", _("German")),
    ]

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.LANGUAGE_CHOICES,
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


class EventIndexPage(RoutablePageMixin, PortalPage):
    """The events of one language: upcoming first, then past events by year; plus its iCalendar feed."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = portal_search_fields(index.SearchField("intro"))
    api_fields = [APIField("intro")]
    search_result_label = _("Events")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage", "events.EventSeriesPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")

    def events(self) -> EventPageQuerySet:
        """Every live event of this language, including the parts of series (grandchildren)."""
        return only_public(EventPage.objects.live().descendant_of(self))

    @path("")
    def listing(self, request):
        from .views import event_listing

        return event_listing(request, self)

    # Wagtail serves only slash-terminated paths of word characters, so not "calendar.ics"; the response
    # names the file with Content-Disposition.
    @path("ical/", name="calendar_feed")
    def calendar_feed(self, request):
        from .views import calendar_feed

        return calendar_feed(request, self)

    def feed_url(self, request=None) -> str:
        return self.get_url(request) + self.reverse_subpage("calendar_feed")


class EventSeriesPage(PortalPage):
    """A series of events shown in order, such as the five cross-border training modules.

    The parts are the page's children; the page is the series overview.
    """

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = portal_search_fields(index.SearchField("intro"), index.SearchField("body"))
    api_fields = [APIField("intro"), APIField("body")]
    search_result_label = _("Event series")
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("event series")
        verbose_name_plural = _("event series")

    def parts(self) -> EventPageQuerySet:
        return only_public(EventPage.objects.live().child_of(self)).order_by("start", "pk")

    def get_context(self, request, *args, **kwargs):
        from .listing import localize_organisers

        context = super().get_context(request, *args, **kwargs)
        parts = list(self.parts().select_related("organiser"))
        localize_organisers(parts)
        context["parts"] = parts
        context["now"] = local_now()
        return context


class EventPageQuerySet(PageQuerySet):
    def upcoming(self, now: datetime.datetime) -> EventPageQuerySet:
        """Events whose end has not passed at `now` (those in progress included), soonest first."""
        return self.filter(ends_at__gt=now).order_by("start", "pk")

    def past(self, now: datetime.datetime) -> EventPageQuerySet:
        """Events that are over at `now`, the most recent first."""
        return self.filter(ends_at__lte=now).order_by("-start", "-pk")

    def for_cards(self) -> EventPageQuerySet:
        # An untranslated alias shows its source's language; its card says so with `lang`.
        return self.select_related("organiser", "locale", "alias_of__locale")


EventPageManager = PageManager.from_queryset(EventPageQuerySet)


class EventPageTag(TaggedItemBase):
    content_object = ParentalKey("events.EventPage", on_delete=models.CASCADE, related_name="tagged_items")


class EventPage(RoutablePageMixin, PortalPage):
    class EventType(models.TextChoices):
        CONFERENCE = "conference", _("Conference")
        TRAINING_MODULE = "training", _("Training module")
        INFO_DAY = "info-day", _("Info day")
        SEMINAR = "seminar", _("Seminar")
        PEER_REVIEW = "peer-review", _("Peer review")
        FAIR = "fair", _("Fair")
        PRESS_CONFERENCE = "press", _("Press conference")
        MEETING = "meeting", _("Partner meeting")
        ONLINE = "online", _("Online event")

    class AttendanceMode(models.TextChoices):
        IN_PERSON = "in-person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("In person and online")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Takes place as planned")
        POSTPONED = "postponed", _("Postponed")
        RESCHEDULED = "rescheduled", _("Rescheduled")
        MOVED_ONLINE = "moved-online", _("Moved online")
        CANCELLED = "cancelled", _("Cancelled")

    event_type = models.CharField(_("type of event"), max_length=20, choices=EventType.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.SCHEDULED)
    intro = models.TextField(
        _("summary"), help_text=_("One or two sentences for listings, search results and calendars.")
    )
    start = models.DateTimeField(_("starts"), help_text=_("Date and time in Slovenian and Croatian time."))
    end = models.DateTimeField(_("ends"), help_text=_("For an all-day event, the date of the last day."))
    all_day = models.BooleanField(
        _("all-day event"), default=False, help_text=_("Only the dates count; times are not shown.")
    )
    # The moment the event is over (see the module docstring); kept up to date by save().
    ends_at = models.DateTimeField(editable=False, db_index=True)

    attendance_mode = models.CharField(
        _("attendance"), max_length=20, choices=AttendanceMode.choices, default=AttendanceMode.IN_PERSON
    )
    online_url = models.URLField(
        _("link to join online"), blank=True, help_text=_("For online and hybrid events, if it can be public.")
    )
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    street_address = models.CharField(_("street address"), max_length=255, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    town = models.CharField(_("town"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=Partner.Country.choices, blank=True)

    organiser = models.ForeignKey(
        Partner,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("organiser"),
    )
    audience = models.CharField(
        _("who it is for"), max_length=500, blank=True, help_text=_("For example: staff of social work centres.")
    )
    spoken_languages = LanguageListField(_("languages spoken"), default=list, blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_contact = models.CharField(
        _("registration contact"), max_length=255, blank=True, help_text=_("A name with an e-mail address or phone.")
    )
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)

    description = StreamField(BodyBlock(), blank=True, verbose_name=_("description"))
    programme = StreamField(ProgrammeBlock(), blank=True, verbose_name=_("programme"))

    report_participants = models.PositiveIntegerField(_("number of participants"), null=True, blank=True)
    report_summary = RichTextField(
        _("report"), blank=True, features=["bold", "italic", "ul", "ol", "link", "document-link"]
    )
    report_documents = StreamField(ReportDocumentsBlock(), blank=True, verbose_name=_("documents"))
    report_photos = StreamField(ReportPhotosBlock(), blank=True, verbose_name=_("photos"))

    tags = ClusterTaggableManager(through=EventPageTag, blank=True, verbose_name=_("tags"))

    objects = EventPageManager()

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("event_type"), FieldPanel("status")]),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("attendance_mode"),
                FieldPanel("online_url"),
                FieldPanel("venue"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("town")]),
                FieldPanel("country"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser", widget=PartnerChooser),
                FieldPanel("audience"),
                FieldPanel("spoken_languages"),
                FieldPanel("registration_url"),
                FieldPanel("registration_contact"),
                FieldPanel("capacity"),
            ],
            heading=_("Organiser and registration"),
        ),
        FieldPanel("description"),
        FieldPanel("programme"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [
                FieldPanel("report_participants"),
                FieldPanel("report_summary"),
                FieldPanel("report_documents"),
                FieldPanel("report_photos"),
            ],
            heading=_("After the event: report"),
            classname="collapsed",
        ),
    ]
    search_fields = portal_search_fields(
        index.SearchField("intro"),
        index.SearchField("description"),
        index.SearchField("town"),
        index.SearchField("venue"),
        index.FilterField("start"),
        index.FilterField("ends_at"),
        index.FilterField("event_type"),
    )
    api_fields = [
        APIField("intro"),
        APIField("event_type"),
        APIField("status"),
        APIField("start"),
        APIField("end"),
        APIField("all_day"),
        APIField("attendance_mode"),
        APIField("online_url"),
        APIField("venue"),
        APIField("street_address"),
        APIField("postal_code"),
        APIField("town"),
        APIField("country"),
        APIField("audience"),
        APIField("spoken_languages"),
        APIField("registration_url"),
        APIField("capacity"),
        APIField("description"),
        APIField("programme"),
        APIField("tags"),
    ]
    search_result_label = _("Event")
    parent_page_types = ["events.EventIndexPage", "events.EventSeriesPage"]
    subpage_types: list[str] = []

    # Tags are written per language by editors (the home page and campaigns filter by tag name in the
    # visitor's language), so wagtail-localize must neither translate nor overwrite them from the source.
    # The language list is data, not text.
    override_translatable_fields = [
        BaseTranslatableField("tagged_items"),
        SynchronizedField("spoken_languages"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["start"], name="events_start_idx")]

    # -- time ---------------------------------------------------------------------------------------

    @property
    def local_start(self) -> datetime.datetime:
        return self.start.astimezone(EVENT_TIME_ZONE)

    @property
    def local_end(self) -> datetime.datetime:
        return self.end.astimezone(EVENT_TIME_ZONE)

    @property
    def first_day(self) -> datetime.date:
        return self.local_start.date()

    @property
    def last_day(self) -> datetime.date:
        return self.local_end.date()

    def compute_ends_at(self) -> datetime.datetime:
        if self.all_day:
            return local_midnight(self.last_day + datetime.timedelta(days=1))
        return self.end

    def is_happening(self, now: datetime.datetime) -> bool:
        starts = local_midnight(self.first_day) if self.all_day else self.start
        return starts <= now < self.ends_at

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end:
            ends_too_early = self.last_day < self.first_day if self.all_day else self.end < self.start
            if ends_too_early:
                errors["end"] = _("The event cannot end before it starts: check the end date and time.")
        if self.attendance_mode != self.AttendanceMode.ONLINE and not self.town:
            errors["town"] = _("Enter the town where the event takes place (or choose “Online”).")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.start and self.end:
            self.ends_at = self.compute_ends_at()
        return super().save(*args, **kwargs)

    # -- places and people --------------------------------------------------------------------------

    @property
    def is_in_person(self) -> bool:
        return self.attendance_mode in (self.AttendanceMode.IN_PERSON, self.AttendanceMode.HYBRID)

    @property
    def is_online(self) -> bool:
        return self.attendance_mode in (self.AttendanceMode.ONLINE, self.AttendanceMode.HYBRID)

    @property
    def place_line(self) -> str:
        """Venue and town in one line, for cards and calendars."""
        parts = [self.venue, self.street_address, " ".join(p for p in (self.postal_code, self.town) if p)]
        if self.country:
            parts.append(str(self.get_country_display()))
        return ", ".join(p for p in parts if p)

    def spoken_language_names(self) -> list[str]:
        names = dict(LanguageListField.LANGUAGE_CHOICES)
        return [str(names.get(code, code)) for code in self.spoken_languages or []]

    @cached_property
    def organiser_in_language(self) -> Partner | None:
        """The organiser in the visitor's language; listings fill this in bulk (listing.localize_organisers)."""
        if self.organiser is None:
            return None
        return self.organiser.localized

    @property
    def has_report(self) -> bool:
        return bool(self.report_participants or self.report_summary or self.report_documents or self.report_photos)

    # -- series -------------------------------------------------------------------------------------

    @cached_property
    def series(self) -> EventSeriesPage | None:
        """The series this event is part of (its parent); None for a standalone event. No query when the page
        was routed (the router keeps each page's parent), one otherwise."""
        parent = self.get_parent()
        if parent is None or not issubclass(parent.specific_class, EventSeriesPage):
            return None
        return parent.specific_deferred

    @cached_property
    def series_parts(self) -> list[EventPage]:
        return list(self.series.parts()) if self.series else []

    @property
    def series_position(self) -> int | None:
        for position, part in enumerate(self.series_parts, start=1):
            if part.pk == self.pk:
                return position
        return None

    # -- views --------------------------------------------------------------------------------------

    @path("ical/", name="calendar_file")
    def calendar_file(self, request):
        from .views import event_calendar_file

        return event_calendar_file(request, self)

    def calendar_url(self, request=None) -> str:
        return self.get_url(request) + self.reverse_subpage("calendar_file")

    def get_context(self, request, *args, **kwargs):
        from .listing import localize_organisers

        context = super().get_context(request, *args, **kwargs)
        localize_organisers([self])
        context["now"] = local_now()
        return context
