"""Success stories: a person's route back to work or into the community, published only with their consent.

Consent belongs to the person, not to one language version: when an editor records it on any version it is
copied to every translation, and a story whose consent has lapsed or was withdrawn is unpublished in all
languages at once (and by `manage.py unpublish_expired_stories` for consents that simply run out). Until
that happens the page refuses to render, and every listing filters at query level with
`with_valid_consent()`.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BodyBlock
from home.languages import PUBLISHED_VERSION
from home.models import PortalImage, PortalPage, portal_search_fields
from portal.visibility import only_public

from ..listing import paginate, with_card_data
from ..metadata import article_metadata

CONSENT_FIELDS = ("consent_given_on", "consent_valid_until", "consent_withdrawn_on")


def valid_consent_q(today: datetime.date | None = None) -> Q:
    today = today or timezone.localdate()
    return (
        Q(consent_given_on__lte=today)
        & Q(consent_valid_until__gte=today)
        & (Q(consent_withdrawn_on__isnull=True) | Q(consent_withdrawn_on__gt=today))
    )


class SuccessStoryQuerySet(PageQuerySet):
    def with_valid_consent(self, today: datetime.date | None = None):
        return self.filter(valid_consent_q(today))

    def without_valid_consent(self, today: datetime.date | None = None):
        return self.exclude(valid_consent_q(today))


SuccessStoryManager = PageManager.from_queryset(SuccessStoryQuerySet)


class SuccessStoryIndexPage(PortalPage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.SuccessStoryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("success stories index")

    def stories(self):
        return only_public(
            SuccessStoryPage.objects.live()
            .with_valid_consent()
            .child_of(self)
            .filter(PUBLISHED_VERSION, locale_id=self.locale_id)
            .order_by("-date", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = paginate(request, with_card_data(self.stories(), "portrait"))
        context.update(page_obj=page_obj, items=page_obj.object_list)
        return context


class SuccessStoryPage(PortalPage):
    class Identification(models.TextChoices):
        FULL_NAME = "full", _("Full name")
        FIRST_NAME = "first", _("First name only")
        ANONYMOUS = "anonymous", _("Anonymous")

    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("summary"), help_text=_("One or two sentences shown in listings and feeds."))
    body = StreamField(BodyBlock(), verbose_name=_("story"))
    storyteller_name = models.CharField(
        _("storyteller's name"),
        max_length=120,
        blank=True,
        help_text=_("Kept for the consent record. Shown only as far as the identification level allows."),
    )
    storyteller_description = models.CharField(
        _("storyteller described as"),
        max_length=160,
        blank=True,
        help_text=_('How the story names an anonymous storyteller, e.g. "a participant from Međimurje".'),
    )
    identification = models.CharField(
        _("identification level"),
        max_length=10,
        choices=Identification.choices,
        default=Identification.ANONYMOUS,
    )
    consent_given_on = models.DateField(_("consent given on"))
    consent_valid_until = models.DateField(
        _("consent valid until"),
        help_text=_("The story disappears from the site on the day after this date."),
    )
    consent_withdrawn_on = models.DateField(
        _("consent withdrawn on"),
        null=True,
        blank=True,
        help_text=_("Record a withdrawal here and publish: the story disappears from the site at once."),
    )
    portrait = models.ForeignKey(
        PortalImage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("portrait"),
    )
    portrait_alt = models.CharField(
        _("portrait: alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the portrait shows, for people who cannot see it."),
    )

    objects = SuccessStoryManager()

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("storyteller_name"),
                FieldPanel("storyteller_description"),
                FieldPanel("identification"),
                FieldRowPanel(
                    [
                        FieldPanel("consent_given_on"),
                        FieldPanel("consent_valid_until"),
                        FieldPanel("consent_withdrawn_on"),
                    ]
                ),
            ],
            heading=_("Storyteller and consent"),
        ),
        MultiFieldPanel([FieldPanel("portrait"), FieldPanel("portrait_alt")], heading=_("Portrait")),
        FieldPanel("body"),
    ]
    search_fields = portal_search_fields(index.SearchField("intro"), index.SearchField("body"))
    # The consent record and the storyteller's name stay private: only what readers see is in the API.
    api_fields = [
        APIField("date"),
        APIField("intro"),
        APIField("body"),
        APIField("storyteller"),
        APIField("portrait"),
        APIField("portrait_alt"),
    ]
    parent_page_types = ["news.SuccessStoryIndexPage"]
    subpage_types: list[str] = []
    # A name is not translated; the consent record is the same in every language.
    override_translatable_fields = [SynchronizedField("storyteller_name", overridable=False)]

    class Meta:
        verbose_name = _("success story")
        verbose_name_plural = _("success stories")

    def clean(self):
        super().clean()
        errors = {}
        if self.consent_given_on and self.consent_valid_until and self.consent_valid_until < self.consent_given_on:
            errors["consent_valid_until"] = _("Consent cannot end before it was given.")
        if self.identification != self.Identification.ANONYMOUS and not self.storyteller_name:
            errors["storyteller_name"] = _("Enter the name, or make the story anonymous.")
        if self.portrait_id and not self.portrait_alt:
            errors["portrait_alt"] = _("Describe the portrait for people who cannot see it.")
        if errors:
            raise ValidationError(errors)

    @property
    def consent_is_valid(self) -> bool:
        today = timezone.localdate()
        if not self.consent_given_on or not self.consent_valid_until:
            return False
        withdrawn = self.consent_withdrawn_on is not None and self.consent_withdrawn_on <= today
        return self.consent_given_on <= today <= self.consent_valid_until and not withdrawn

    @property
    def storyteller(self) -> str:
        """The storyteller as readers may see them, by the identification level they agreed to."""
        if self.identification == self.Identification.FULL_NAME and self.storyteller_name:
            return self.storyteller_name
        if self.identification == self.Identification.FIRST_NAME and self.storyteller_name:
            return self.storyteller_name.split()[0]
        return self.storyteller_description

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.consent_is_valid else []

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not self.consent_is_valid:
            raise Http404("The storyteller's consent is not valid")
        return super().serve(request, *args, **kwargs)

    def serve_preview(self, request: HttpRequest, mode_name: str) -> HttpResponse:
        if not self.consent_is_valid:
            # Editors see why the public gets "not found", instead of a preview of something nobody can read.
            return TemplateResponse(request, "news/story_consent_notice.html", {"page": self})
        return super().serve_preview(request, mode_name)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The project tells the story; the storyteller's name never goes into machine-readable metadata.
        context["meta"] = article_metadata(self, request, image=self.portrait, image_alt=self.portrait_alt)
        return context

    def versions(self):
        """Every language version of this story (translations and aliases), itself included."""
        return SuccessStoryPage.objects.filter(translation_key=self.translation_key)

    def align_consent(self) -> None:
        """Make all language versions carry the same consent record (consent is the person's, not a text).

        The source-language version is the record; publishing it copies the record to the others, and
        publishing a translation (perhaps from an older revision) takes the record from the source.
        """
        source = self.versions().filter(locale__language_code=settings.LANGUAGE_CODE).first() or self
        values = {name: getattr(source, name) for name in CONSENT_FIELDS}
        self.versions().update(**values)
        for name, value in values.items():
            setattr(self, name, value)
