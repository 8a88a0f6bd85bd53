"""The accessibility statement (after the model in Commission Implementing Decision (EU) 2018/1523) and the
feedback form on it: visitors report accessibility problems, communications staff read them in the admin and
by e-mail.

The statement is a page type with structured fields, so that the parts the Decision asks for (compliance
status, non-accessible content, preparation date and method, feedback, enforcement procedure) are always
there and always in the same order, in every language.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.models import PortalPage
from portal.forms import HoneypotForm
from portal.ratelimit import allow, body_too_large

from .blocks import BodyBlock

logger = logging.getLogger(__name__)

STATEMENT_TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]
MAX_BODY_BYTES = 20_000
FEEDBACK_PER_WINDOW = 5
WINDOW_SECONDS = 600


class ImageAltTextPageForm(WagtailAdminPageForm):
    """Page form for page types with images chosen outside a StreamField (listed in the model's
    `images_needing_alt_text`): each must have alternative text or be marked decorative in the image library.
    StreamField images use Wagtail's ImageBlock, which asks the same question itself."""

    def clean(self):
        cleaned_data = super().clean()
        for name in getattr(self._meta.model, "images_needing_alt_text", ()):
            image = cleaned_data.get(name)
            problem = image.alt_text_problem() if image is not None else ""
            if problem:
                self.add_error(name, problem)
        return cleaned_data


class AccessibilityStatementPage(PortalPage):
    """The accessibility statement of the website, one per language (a translation of the Slovenian one)."""

    class ComplianceStatus(models.TextChoices):
        FULL = "full", _("Fully compliant")
        PARTIAL = "partial", _("Partially compliant")
        NONE = "none", _("Not compliant")

    class Method(models.TextChoices):
        SELF = "self", _("Self-assessment")
        THIRD_PARTY = "third-party", _("Assessment by a third party")

    intro = models.TextField(_("introduction"), blank=True)
    compliance_status = models.CharField(
        _("compliance status"),
        max_length=10,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
        help_text=_("Measured against WCAG 2.1 level AA (EN 301 549)."),
    )
    non_accessible_content = RichTextField(
        _("non-accessible content"),
        features=STATEMENT_TEXT_FEATURES,
        blank=True,
        help_text=_("Known problems, why they exist and what to use instead. Required unless fully compliant."),
    )
    prepared_on = models.DateField(_("statement prepared on"))
    reviewed_on = models.DateField(_("statement last reviewed on"), null=True, blank=True)
    method = models.CharField(_("assessment method"), max_length=12, choices=Method.choices, default=Method.SELF)
    method_details = models.TextField(
        _("how the assessment was made"), blank=True, help_text=_("Tools and tests used, in one or two sentences.")
    )
    feedback_intro = models.TextField(
        _("feedback: introduction"),
        blank=True,
        help_text=_("Shown above the feedback form: what visitors can report and when they get an answer."),
    )
    enforcement_procedure = RichTextField(
        _("enforcement procedure"),
        features=STATEMENT_TEXT_FEATURES,
        help_text=_("Where visitors can turn if they are not satisfied with our answer, in Slovenia and Croatia."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("further information"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("compliance_status"), FieldPanel("non_accessible_content")],
            heading=_("Compliance status"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("reviewed_on")]),
                FieldPanel("method"),
                FieldPanel("method_details"),
            ],
            heading=_("Preparation of this statement"),
        ),
        FieldPanel("feedback_intro"),
        FieldPanel("enforcement_procedure"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("non_accessible_content"),
        index.SearchField("enforcement_procedure"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        errors = {}
        if self.compliance_status != self.ComplianceStatus.FULL and not (self.non_accessible_content or "").strip():
            errors["non_accessible_content"] = _(
                "List the content that is not accessible, or set the status to fully compliant."
            )
        if self.prepared_on and self.reviewed_on and self.reviewed_on < self.prepared_on:
            errors["reviewed_on"] = _("A review cannot come before the statement was prepared.")
        if errors:
            raise ValidationError(errors)

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return feedback_view(request, self)


class AccessibilityFeedback(models.Model):
    """A problem a visitor reported through the form on the accessibility statement."""

    created_at = models.DateTimeField(_("received"), default=timezone.now, editable=False)
    message = models.TextField(_("message"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    page_url = models.CharField(_("page with the problem"), max_length=500, blank=True)
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES, editable=False)
    handled = models.BooleanField(_("handled"), default=False, help_text=_("Tick once the visitor has an answer."))

    panels = [FieldPanel("message", read_only=True), FieldPanel("page_url", read_only=True), FieldPanel("handled")]

    class Meta:
        verbose_name = _("accessibility feedback")
        verbose_name_plural = _("accessibility feedback")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        excerpt = " ".join(self.message.split())
        return excerpt[:60] + ("…" if len(excerpt) > 60 else "")


class FeedbackForm(HoneypotForm):
    message = forms.CharField(
        label=_("Describe the problem"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": _("Describe the problem you came across."),
            "max_length": _("Please keep the message under %(limit_value)d characters."),
        },
    )
    page_url = forms.CharField(
        label=_("Page with the problem (optional)"),
        max_length=500,
        required=False,
        help_text=_("The address of the page, or its title."),
        error_messages={"max_length": _("This address is too long.")},
    )
    name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=200,
        required=False,
        error_messages={"max_length": _("This name is too long.")},
    )
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        max_length=254,
        required=False,
        help_text=_("Only if you would like an answer."),
        error_messages={
            "invalid": _("Enter the e-mail address in the form name@example.com."),
            "max_length": _("This e-mail address is too long."),
        },
    )


def referring_page(request: HttpRequest, statement: Page) -> str:
    """The page the visitor came from, when it is one of ours: the likely place of the problem."""
    referer = request.META.get("HTTP_REFERER", "")
    parts = urlsplit(referer)
    if not referer or parts.netloc != request.get_host() or parts.path == statement.url:
        return ""
    return referer[:500]


def feedback_recipients() -> list[str]:
    """ACCESSIBILITY_FEEDBACK_EMAILS, else the portal's public contact address."""
    configured = list(getattr(settings, "ACCESSIBILITY_FEEDBACK_EMAILS", []))
    if configured:
        return configured
    from .models import PortalSettings

    contact = PortalSettings.load().contact_email
    return [contact] if contact else []


def notify(feedback: AccessibilityFeedback) -> None:
    """E-mail the feedback to the people who answer it. It is stored already, so a mail failure loses nothing."""
    recipients = feedback_recipients()
    if not recipients:
        return
    admin_url = settings.PUBLIC_BASE_URL + reverse(
        f"wagtailsnippets_{feedback._meta.app_label}_{feedback._meta.model_name}:edit", args=[feedback.pk]
    )
    body = "\n".join(
        [
            f"Page: {feedback.page_url or '-'}",
            f"Name: {feedback.name or '-'}",
            f"E-mail: {feedback.email or '-'}",
            f"Language: {feedback.language}",
            "",
            feedback.message,
            "",
            f"Answer it from the admin: {admin_url}",
        ]
    )
    try:
        send_mail("2SoKroG: accessibility feedback", body, None, recipients)
    except Exception:  # SMTP outage: the message is in the admin, the visitor still gets their answer.
        logger.exception("Could not e-mail accessibility feedback %s", feedback.pk)


def feedback_view(request: HttpRequest, page: AccessibilityStatementPage) -> HttpResponse:
    """The statement with its feedback form. Never cached: the form carries a CSRF token."""
    context = page.get_context(request)
    status = 200
    problem = ""
    if request.method == "POST":
        if body_too_large(request, MAX_BODY_BYTES):
            form = FeedbackForm()
            problem = gettext("The form could not be read because too much data was sent. Please shorten the message.")
            status = 413
        else:
            form = FeedbackForm(request.POST)
            if form.is_bot():
                context["sent"] = True
            elif form.is_valid():
                if allow(request, "accessibility-feedback", limit=FEEDBACK_PER_WINDOW, window_seconds=WINDOW_SECONDS):
                    data = form.cleaned_data
                    feedback = AccessibilityFeedback.objects.create(
                        message=data["message"],
                        name=data["name"],
                        email=data["email"],
                        page_url=data["page_url"],
                        language=page.locale.language_code,
                    )
                    notify(feedback)
                    context["sent"] = True
                else:
                    problem = gettext(
                        "There have been too many messages from your network. Please try again in 10 minutes."
                    )
                    status = 429
            else:
                status = 400
    elif request.method in ("GET", "HEAD"):
        form = FeedbackForm(initial={"page_url": referring_page(request, page)})
    else:
        response = HttpResponse(status=405)
        response["Allow"] = "GET, HEAD, POST"
        return response
    context.update(form=form, problem=problem)
    response = render(request, page.get_template(request), context, status=status)
    add_never_cache_headers(response)
    return response
