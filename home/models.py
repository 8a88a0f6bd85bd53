import re

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import Resolver404, reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Collection, Locale, Page, TranslatableMixin
from wagtail.search import index

from portal import compat

from .blocks import BodyBlock
from .routing import ViewRestrictionsMixin
from .search.report import SearchQueryDay  # noqa: F401 - the search report's model
from .search.text import FoldedSearchMixin

# Camera and file names ("IMG_2041.jpg", "DSC0042") say nothing to someone who cannot see the image.
FILE_NAME_LIKE = re.compile(r"\.(avif|gif|jpe?g|png|svg|webp|heic)\s*$|^\s*(img|dsc|dscn|pxl)[_-]?\d+", re.IGNORECASE)


class PortalImage(AbstractImage):
    """The image library's model; its own class so that fields can be added without a data move.

    Its description is the alternative text wherever an image is chosen outside a StreamField (lead images,
    logos); `is_decorative` says explicitly that an image adds nothing for people who cannot see it. Pages that
    show such images refuse to publish one that has neither (see `alt_text_problem`).
    """

    # Not `decorative`: Wagtail's ImageBlock sets an attribute of that name on image instances.
    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Tick only if the image adds no information: screen readers will then skip it."),
    )

    admin_form_fields = (*Image.admin_form_fields[:3], "is_decorative", *Image.admin_form_fields[3:])

    @property
    def alt_text(self) -> str:
        """What to put in `alt`: nothing for a decorative image, else the description."""
        return "" if self.is_decorative else (self.description or "").strip()

    def alt_text_problem(self) -> str:
        """Why this image cannot be published as is, for the editor; empty when it can."""
        if self.is_decorative:
            return ""
        if not (self.description or "").strip():
            return str(
                _(
                    "The image “%(title)s” has no alternative text. Describe it in the image library "
                    "(Description), or mark it as decorative there."
                )
                % {"title": self.title}
            )
        if FILE_NAME_LIKE.search(self.description):
            return str(
                _("The description of the image “%(title)s” looks like a file name. Say what the image shows.")
                % {"title": self.title}
            )
        return ""

    def clean(self):
        super().clean()
        if (self.description or "").strip() and FILE_NAME_LIKE.search(self.description):
            raise ValidationError({"description": _("This looks like a file name. Say what the image shows.")})


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class PortalPage(FoldedSearchMixin, ViewRestrictionsMixin, Page):
    """What every page type of the portal is built on (abstract: no table, no migration of its own).

    - `FoldedSearchMixin` (home/search_text.py): the page's text folded and lemmatized for the site search, as
      written for result snippets, and its date for ties. A page type is searched by its text only if its
      `search_fields` say so: build them with `portal_search_fields`.
    - `ViewRestrictionsMixin` (home/routing.py): no query for view restrictions while no page is private.

    A routable page type puts `RoutablePageMixin` first: `class EventPage(RoutablePageMixin, PortalPage)`.
    """

    class Meta:
        abstract = True


def portal_search_fields(*fields: index.BaseField) -> list[index.BaseField]:
    """`search_fields` of a page type searched by its text: Wagtail's (title…), `fields`, and the folded text."""
    return [*Page.search_fields, *fields, index.SearchField("folded_search_text")]


class HomePage(PortalPage):
    intro = models.TextField(
        verbose_name=_("key message"),
        help_text=_("One or two sentences that say what the project does for the reader."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = portal_search_fields(index.SearchField("intro"), index.SearchField("body"))
    api_fields = [APIField("intro"), APIField("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["structured_data"] = self.structured_data(request)
        return context

    def route(self, request, path_components):
        """Every public URL is routed from a language's home page. Wagtail walks the path with two queries per
        level (the child by slug, then its specific row); this reads the whole chain of pages along the path
        in one query, then routes exactly as Wagtail would: a live routable page on the way answers its own
        sub-routes (ical/, rss/…) first, the last page must be live, anything else is Wagtail's own 404."""
        if not path_components:
            return super().route(request, path_components)
        levels = {self.url_path + "/".join(path_components[:n]) + "/": n for n in range(1, len(path_components) + 1)}
        chain = {
            levels[page.url_path]: page for page in Page.objects.filter(path__startswith=self.path, url_path__in=levels)
        }
        page, depth = self, 0
        while depth < len(path_components):
            page_class = page.specific_class
            if depth and page.live and issubclass(page_class, RoutablePageMixin):
                try:
                    page_class.get_resolver().resolve("/" + "/".join(path_components[depth:]) + "/")
                except Resolver404:
                    pass
                else:
                    return page.specific.route(request, path_components[depth:])
            child = chain.get(depth + 1)
            if child is None:  # nothing there: Wagtail's own answer (a 404, or a sub-route of a draft's parent)
                if depth == 0:
                    return super().route(request, path_components)
                return page.specific.route(request, path_components[depth:])
            compat.remember_parent(child, page)  # as Wagtail's router does: get_parent() costs nothing later
            page, depth = child, depth + 1
        specific = page.specific
        if depth > 1:
            compat.remember_parent(specific, compat.known_parent(page))
        return specific.route(request, [])

    def structured_data(self, request) -> dict:
        """schema.org WebSite (with the site search) and Organization, for search engines."""
        url = request.build_absolute_uri(self.get_url(request))
        search = request.build_absolute_uri(reverse("search"))
        organization = {
            "@type": "Organization",
            "@id": f"{url}#organization",
            "name": "2SoKroG",
            "alternateName": self.title,
            "url": url,
            "description": self.intro,
            "funder": {"@type": "Organization", "name": str(_("European Regional Development Fund"))},
        }
        contact_email = PortalSettings.load(request_or_site=request).contact_email
        if contact_email:
            organization["email"] = contact_email
        return {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebSite",
                    "@id": f"{url}#website",
                    "name": "2SoKroG",
                    "url": url,
                    "inLanguage": self.locale.language_code,
                    "publisher": {"@id": f"{url}#organization"},
                    "potentialAction": {
                        "@type": "SearchAction",
                        "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
                        "query-input": "required name=search_term_string",
                    },
                },
                organization,
            ],
        }

    class Meta:
        verbose_name = _("home page")


class StandardPage(PortalPage):
    """About, partners, results, contact, the accessibility statement, the privacy notice."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = portal_search_fields(index.SearchField("intro"), index.SearchField("body"))
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("standard page")


class Partner(TranslatableMixin, ClusterableModel):
    """A project or associated partner, shown in the footer and on the partners page."""

    class Role(models.TextChoices):
        LEAD = "lead", _("Lead partner")
        PROJECT = "project", _("Project partner")
        ASSOCIATED = "associated", _("Associated partner")

    class Country(models.TextChoices):
        SI = "SI", _("Slovenia")
        HR = "HR", _("Croatia")

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.PROJECT)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    town = models.CharField(_("town"), max_length=100)
    address = models.CharField(_("address"), max_length=255, blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        PortalImage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("role"),
        FieldPanel("country"),
        FieldPanel("town"),
        FieldPanel("address"),
        FieldPanel("website"),
        FieldPanel("logo"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class SiteTexts(TranslatableMixin, models.Model):
    """Footer texts that exist once per language: the funding statement and the contact block.

    Wagtail's site settings cannot be translated; a translatable snippet can, with the same
    wagtail-localize workflow as pages. When a language has none yet, the footer falls back to
    the built-in, translated funding statement.
    """

    funding_statement = models.TextField(
        _("funding statement"),
        help_text=_("The EU funding acknowledgement shown on every page, in this language."),
    )
    contact = RichTextField(_("contact"), features=["bold", "link"], blank=True)

    panels = [FieldPanel("funding_statement"), FieldPanel("contact")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site texts")
        verbose_name_plural = _("site texts")
        constraints = [models.UniqueConstraint(fields=["locale"], name="unique_site_texts_per_locale")]

    def clean(self):
        super().clean()
        # The footer shows one set of texts per language; a second one would silently never appear.
        others = SiteTexts.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(
                _("There are site texts in %(language)s already. Edit those instead of adding new ones.")
                % {"language": self.locale.get_display_name()}
            )

    def __str__(self) -> str:
        return str(_("Site texts (%(language)s)") % {"language": self.locale.get_display_name()})


class PartnerEditorGroup(models.Model):
    """Links a partner (in every language, by its translation key) to its editors' group and image collection.

    Created by `home.roles` when the partner has a section; the link survives renaming the partner.
    """

    partner_key = models.UUIDField(_("partner"), unique=True)
    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="partner_link", verbose_name=_("group"))
    collection = models.ForeignKey(
        Collection,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("collection"),
    )

    class Meta:
        verbose_name = _("partner editors group")
        verbose_name_plural = _("partner editors groups")

    def __str__(self) -> str:
        return self.group.name


@register_setting(icon="site")
class PortalSettings(BaseGenericSetting):
    """Language-independent settings: the programme logo and the project's public contact points."""

    programme_logo = models.ForeignKey(
        PortalImage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("programme logo"),
        help_text=_("The Interreg V-A Slovenia–Croatia logo. Without it, the programme name is shown as text."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    # The footer links to these pages in the visitor's language (their translations).
    accessibility_statement = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accessibility statement"),
    )
    privacy_notice = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy notice"),
    )
    contact_page = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("contact page"),
    )

    panels = [
        FieldPanel("programme_logo"),
        FieldPanel("contact_email"),
        FieldPanel("accessibility_statement"),
        FieldPanel("privacy_notice"),
        FieldPanel("contact_page"),
    ]

    def footer_pages(self) -> dict[str, Page]:
        """The linked pages in the active language, keyed by field name, in one query."""
        chosen = {
            name: getattr(self, f"{name}_id")
            for name in ("accessibility_statement", "privacy_notice", "contact_page")
            if getattr(self, f"{name}_id")
        }
        if not chosen:
            return {}
        keys = dict(Page.objects.filter(pk__in=chosen.values()).values_list("pk", "translation_key"))
        localized = {
            page.translation_key: page
            for page in Page.objects.filter(translation_key__in=keys.values(), locale=Locale.get_active(), live=True)
        }
        return {name: localized[keys[pk]] for name, pk in chosen.items() if keys.get(pk) in localized}

    class Meta:
        verbose_name = _("portal settings")


# The accessibility statement and its feedback live in their own module; imported here so Django finds the models.

from .accessibility import AccessibilityFeedback, AccessibilityStatementPage  # noqa: E402, F401
