"""The prevention campaign: campaign pages, their easy-read versions, the self-check and the help directory."""

from __future__ import annotations

import re
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import PortalPage, portal_search_fields

from . import selfcheck
from .blocks import CampaignBodyBlock, EasyReadBodyBlock, ResultBandBlock, SelfCheckQuestionBlock


class CampaignPage(PortalPage):
    key_message = models.TextField(
        _("key message"),
        help_text=_("The one thing readers should remember, in a sentence or two. Shown right under the title."),
    )
    body = StreamField(CampaignBodyBlock(), blank=True, verbose_name=_("body"))
    easy_read_page = models.ForeignKey(
        "campaigns.EasyReadPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="full_versions",
        verbose_name=_("easy-read version"),
        help_text=_("The same campaign in plain language. The easy-read page links back here by itself."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("key_message"),
        FieldPanel("easy_read_page"),
        FieldPanel("body"),
    ]
    search_fields = portal_search_fields(index.SearchField("key_message"), index.SearchField("body"))
    api_fields = [APIField("key_message"), APIField("body")]
    search_result_label = _("Campaign")

    class Meta:
        verbose_name = _("campaign page")
        verbose_name_plural = _("campaign pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The chosen easy-read version in this page's language, in one query (`.localized` would take three).
        context["easy_read"] = (
            EasyReadPage.objects.live()
            .filter(
                locale_id=self.locale_id,
                translation_key=Page.objects.filter(pk=self.easy_read_page_id).values("translation_key")[:1],
            )
            .first()
            or self.easy_read_page
            if self.easy_read_page_id
            else None
        )
        return context


class EasyReadPage(PortalPage):
    """A campaign told in plain language, short sentences and pictures."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(EasyReadBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = portal_search_fields(index.SearchField("intro"), index.SearchField("body"))
    api_fields = [APIField("intro"), APIField("body")]
    search_result_label = _("Easy to read")

    class Meta:
        verbose_name = _("easy-read page")
        verbose_name_plural = _("easy-read pages")

    def full_version(self) -> Page | None:
        """The campaign page that points here, in this page's language.

        Found by reverse lookup so that editors keep one link, not two. Matched by translation key,
        because an untranslated campaign (an alias) still points at the source language's page.
        """
        candidates = list(
            CampaignPage.objects.live().filter(easy_read_page__translation_key=self.translation_key).order_by("pk")
        )
        for candidate in candidates:
            if candidate.locale_id == self.locale_id:
                return candidate
        return candidates[0].localized if candidates else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["full_version"] = self.full_version()
        return context


class SelfCheckPage(PortalPage):
    """The self-check, “Am I at risk?”: yes/no questions, a score, and advice per score band. Stores nothing.

    The form posts to the page itself, so answers never appear in URLs, access logs or browser
    history; the result is rendered in the response and forgotten (see views.self_check_response).
    """

    intro = models.TextField(_("introduction"), blank=True)
    questions = StreamField(
        [("question", SelfCheckQuestionBlock())],
        min_num=1,
        verbose_name=_("questions"),
    )
    bands = StreamField(
        [("band", ResultBandBlock())],
        min_num=1,
        verbose_name=_("result bands"),
        help_text=_(
            "Each possible score, from 0 to the sum of all points, must belong to exactly one band. "
            "The last band's advice should point to the social work centre and the help directory."
        ),
    )
    help_directory = models.ForeignKey(
        "campaigns.HelpDirectoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("help directory"),
        help_text=_("Where the result sends visitors for help. Leave empty to use the directory of this language."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("questions"),
        FieldPanel("bands"),
        FieldPanel("help_directory"),
    ]
    search_fields = portal_search_fields(index.SearchField("intro"))
    api_fields = [APIField("intro")]
    search_result_label = _("Self-check")

    class Meta:
        verbose_name = _("self-check page")
        verbose_name_plural = _("self-check pages")

    def question_list(self) -> list[selfcheck.Question]:
        return [
            selfcheck.Question(
                number=number,
                text=block.value["question"],
                hint=block.value["hint"],
                weight=block.value["weight"] or 1,
            )
            for number, block in enumerate(self.questions, start=1)
        ]

    def band_list(self) -> list[selfcheck.Band]:
        return sorted(
            (
                selfcheck.Band(
                    min_score=block.value["min_score"],
                    max_score=block.value["max_score"],
                    title=block.value["title"],
                    advice=block.value["advice"],
                )
                for block in self.bands
            ),
            key=lambda band: band.min_score,
        )

    def clean(self):
        super().clean()
        highest = sum((block.value.get("weight") or 1) for block in self.questions)
        ranges = [
            (block.value["min_score"], block.value["max_score"])
            for block in self.bands
            if block.value.get("min_score") is not None and block.value.get("max_score") is not None
        ]
        coverage = selfcheck.check_coverage(ranges, highest)
        if coverage.ok:
            return
        problems = [
            _("The questions give scores from 0 to %(highest)d; every score needs exactly one result band.")
            % {"highest": highest}
        ]
        if coverage.uncovered:
            problems.append(
                _("No band covers these scores: %(scores)s.") % {"scores": selfcheck.format_ranges(coverage.uncovered)}
            )
        if coverage.overlapping:
            problems.append(
                _("More than one band covers these scores: %(scores)s.")
                % {"scores": selfcheck.format_ranges(coverage.overlapping)}
            )
        for low, high in coverage.unreachable:
            problems.append(_("The band from %(low)d to %(high)d can never be reached.") % {"low": low, "high": high})
        raise ValidationError({"bands": ValidationError(" ".join(str(problem) for problem in problems))})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["rows"] = selfcheck.rows(self.question_list())
        return context

    def directory_page(self) -> HelpDirectoryPage | None:
        if self.help_directory_id:
            chosen = self.help_directory.localized
            if chosen.live:
                return chosen
        return HelpDirectoryPage.objects.live().filter(locale_id=self.locale_id).order_by("path").first()

    def serve(self, request, *args, **kwargs):
        from .views import self_check_response

        return self_check_response(self, request, super().serve)


class HelpDirectoryPage(PortalPage):
    """Where to get help: the service points of the active language, filterable by country, town and type."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = portal_search_fields(index.SearchField("intro"))
    api_fields = [APIField("intro")]
    search_result_label = _("Help directory")

    class Meta:
        verbose_name = _("help directory page")
        verbose_name_plural = _("help directory pages")

    def serve(self, request, *args, **kwargs):
        from .views import help_directory_response

        return help_directory_response(self, request)


class ServicePoint(TranslatableMixin, models.Model):
    """A place where people can get help: a social work centre, employment office, NGO, social enterprise…"""

    class Type(models.TextChoices):
        SOCIAL_WORK_CENTRE = "social_work_centre", _("Social work centre")
        EMPLOYMENT_OFFICE = "employment_office", _("Employment office")
        NGO = "ngo", _("Non-governmental organisation")
        SOCIAL_ENTERPRISE = "social_enterprise", _("Social enterprise")
        DEVELOPMENT_AGENCY = "development_agency", _("Development agency")
        OTHER = "other", _("Other")

    class Country(models.TextChoices):
        SI = "SI", _("Slovenia")
        HR = "HR", _("Croatia")

    name = models.CharField(_("name"), max_length=255)
    type = models.CharField(_("type"), max_length=30, choices=Type.choices)
    address = models.CharField(_("street address"), max_length=255, blank=True, help_text=_("Street and number."))
    postcode = models.CharField(_("postcode"), max_length=12, blank=True)
    town = models.CharField(_("town"), max_length=100)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    phone = models.CharField(_("phone"), max_length=40, blank=True, help_text=_("With the country code, e.g. +386 …"))
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    accessibility_notes = models.TextField(
        _("accessibility notes"),
        blank=True,
        help_text=_("Step-free access, lift, accessible toilet, induction loop, sign language…"),
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    is_example = models.BooleanField(
        _("example entry"),
        default=False,
        help_text=_("Demo entries that are not real organisations are marked “Example entry” on the site."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("type"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("postcode"), FieldPanel("town"), FieldPanel("country")],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        FieldPanel("opening_hours"),
        FieldPanel("accessibility_notes"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Coordinates")),
        FieldPanel("is_example"),
    ]

    # Contact details and coordinates are the same in every language; translators only see the words.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("address"),
        TranslatableField("town"),
        TranslatableField("opening_hours"),
        TranslatableField("accessibility_notes"),
        SynchronizedField("type"),
        SynchronizedField("postcode"),
        SynchronizedField("country"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("is_example"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("service point")
        verbose_name_plural = _("service points")
        ordering = ["-country", "town", "name"]
        indexes = [models.Index(fields=["locale", "country", "town"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.town})"

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Enter both latitude and longitude, or neither."))

    @property
    def phone_href(self) -> str:
        """tel: link target: the number without spaces, dashes or brackets."""
        return "tel:" + re.sub(r"[^\d+]", "", self.phone)

    @property
    def map_url(self) -> str:
        """A plain link to OpenStreetMap: nothing is loaded from a third party until the visitor clicks."""
        if self.latitude is None or self.longitude is None:
            if not self.address:
                return ""
            # No coordinates: let OpenStreetMap find the address itself rather than guess a spot.
            query = ", ".join((self.address, f"{self.postcode} {self.town}".strip(), str(self.get_country_display())))
            return "https://www.openstreetmap.org/search?" + urlencode({"query": query})
        lat, lon = f"{self.latitude:.6f}".rstrip("0"), f"{self.longitude:.6f}".rstrip("0")
        return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
