"""Partner newsletters: the archive (by year), the issues and the sign-up page."""

from __future__ import annotations

import hashlib

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from home.editorial.widgets import PartnerChooser
from home.languages import PUBLISHED_VERSION
from home.models import Partner, PortalPage, portal_search_fields
from portal.cache import accept_query, cached_for_language
from portal.visibility import only_public

from ..listing import paginate
from .news import PartnerSectionPage
from .subscriptions import Topic


class TopicsField(models.JSONField):
    """A list of `Topic` values, edited as checkboxes."""

    def formfield(self, **kwargs):
        from django import forms

        return forms.MultipleChoiceField(
            choices=Topic.choices,
            required=False,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )


class NewsletterIndexPage(PortalPage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsletterIssuePage", "news.PartnerSectionPage", "news.NewsletterSignupPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("newsletter archive")

    def issues(self):
        return only_public(
            NewsletterIssuePage.objects.live()
            .descendant_of(self)
            .filter(PUBLISHED_VERSION, locale_id=self.locale_id)
            .select_related("partner", "attachment")
            .order_by("-date", "-pk")
        )

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        issues = self.issues()
        years = sorted({d.year for d in issues.dates("date", "year")}, reverse=True)
        requested = request.GET.get("year", "").strip()
        year = None
        unknown_year = ""
        if requested:
            if requested.isdigit() and int(requested) in years:
                year = int(requested)
                issues = issues.filter(date__year=year)
                if request.GET["year"] == str(year):
                    accept_query(request, "year")
            else:
                unknown_year = requested[:20]
        page_obj = paginate(request, issues)
        # Group the page's issues by year, for an archive that reads like one.
        groups: list[tuple[int, list]] = []
        for issue in page_obj.object_list:
            if not groups or groups[-1][0] != issue.date.year:
                groups.append((issue.date.year, []))
            groups[-1][1].append(issue)
        signup = NewsletterSignupPage.objects.live().child_of(self).first()
        context = self.get_context(request, *args, **kwargs)
        context.update(
            page_obj=page_obj,
            groups=groups,
            years=years,
            year=year,
            unknown_year=unknown_year,
            signup=signup,
        )
        return TemplateResponse(request, self.get_template(request), context, status=400 if unknown_year else 200)


class NewsletterIssuePage(PortalPage):
    issue_label = models.CharField(
        _("issue"), max_length=20, help_text=_('Number and year as printed on the newsletter, e.g. "08/2020".')
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    partner = models.ForeignKey(
        Partner,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("publishing partner"),
        help_text=_("Leave empty in a partner section: the section's partner is used."),
    )
    summary = models.TextField(_("summary"))
    body = RichTextField(_("body"), features=RICH_TEXT_FEATURES)
    attachment = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("PDF version"),
    )
    topics = TopicsField(
        _("topics"),
        default=list,
        blank=True,
        help_text=_("Subscribers who chose topics receive the issue only if it is on one of them."),
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("issue_label"), FieldPanel("date")]),
        FieldPanel("partner", widget=PartnerChooser),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("attachment"), FieldPanel("topics", heading=_("Topics"))], heading=_("Attachment and topics")
        ),
    ]
    search_fields = portal_search_fields(index.SearchField("summary"), index.SearchField("body"))
    api_fields = [
        APIField("issue_label"),
        APIField("date"),
        APIField("summary"),
        APIField("body"),
        APIField("attachment"),
    ]
    parent_page_types = ["news.NewsletterIndexPage", "news.PartnerSectionPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")

    @classmethod
    def can_create_at(cls, parent) -> bool:
        if not super().can_create_at(parent):
            return False
        if parent.specific_class is PartnerSectionPage:
            return parent.get_parent().specific_class is NewsletterIndexPage
        return True

    def section(self) -> PartnerSectionPage | None:
        parent = self.get_parent()
        return parent.specific if parent and parent.specific_class is PartnerSectionPage else None

    def save(self, *args, **kwargs):
        # The publishing partner follows from the section the issue was filed in, unless an editor chose one.
        if self.partner_id is None and self.path:
            section = self.section()
            if section is not None:
                self.partner_id = section.partner_id
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.attachment_id and self.attachment.file_extension.lower() != "pdf":
            raise ValidationError({"attachment": _("Attach the newsletter as a PDF file.")})

    @property
    def title_with_label(self) -> str:
        return f"{self.issue_label} – {self.title}" if self.issue_label not in self.title else self.title

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["archive"], context["signup"] = cached_for_language(
            get_language(), f"newsletter-archive-of-{self.pk}", self._archive_and_signup
        )
        return context

    def _archive_and_signup(self) -> tuple[NewsletterIndexPage | None, NewsletterSignupPage | None]:
        archive = NewsletterIndexPage.objects.ancestor_of(self).live().first()
        signup = NewsletterSignupPage.objects.live().child_of(archive).first() if archive else None
        return archive, signup


class NewsletterSignupPage(PortalPage):
    """The sign-up form, with the consent text editors write in each language."""

    intro = models.TextField(_("introduction"), blank=True)
    consent_text = RichTextField(
        _("consent text"),
        features=["bold", "link"],
        help_text=_(
            "What the subscriber agrees to. Each sign-up records which version of this text it was given with."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("consent_text")]
    parent_page_types = ["news.NewsletterIndexPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("newsletter sign-up page")

    def consent_text_version(self) -> str:
        """Which consent text a sign-up agreed to: language, live revision and a hash of the text itself."""
        digest = hashlib.sha256(strip_tags(self.consent_text).strip().encode()).hexdigest()[:16]
        return f"{self.locale.language_code}:{self.live_revision_id or 0}:{digest}"

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        from ..views import signup

        return signup(request, self)
