"""News: the news index (with its RSS and Atom feeds), news articles and per-partner sections."""

from __future__ import annotations

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField

from home.accessibility import ImageAltTextPageForm
from home.blocks import BodyBlock
from home.editorial.widgets import PartnerChooser
from home.languages import PUBLISHED_VERSION
from home.models import Partner, PortalImage, PortalPage, portal_search_fields
from portal.cache import accept_query, cached_for_language
from portal.visibility import only_public

from ..blocks import RelatedPagesBlock
from ..listing import localized_pages, paginate, with_card_data
from ..metadata import article_metadata


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsIndexPage(RoutablePageMixin, PortalPage):
    """The news of one language: every NewsPage below it, newest first, filterable by tag; RSS and Atom."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage", "news.PartnerSectionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def news(self):
        """Live news of this language anywhere below the index, newest first."""
        # Untranslated copies (aliases) would show another language's text: they are left out.
        return only_public(
            NewsPage.objects.live()
            .descendant_of(self)
            .filter(PUBLISHED_VERSION, locale_id=self.locale_id)
            .order_by("-date", "-pk")
        )

    def tags_in_use(self) -> list[Tag]:
        """Tags of this language's live news (editors write tags in each language), kept per generation."""
        return cached_for_language(
            self.locale.language_code,
            f"news-tags-{self.pk}",
            lambda: list(
                Tag.objects.filter(news_newspagetag_items__content_object__in=self.news().values("pk"))
                .distinct()
                .order_by("name")
            ),
        )

    @path("")
    def listing(self, request: HttpRequest) -> HttpResponse:
        tags = self.tags_in_use()
        news = self.news()
        requested = request.GET.get("tag", "").strip()
        active_tag = None
        unknown_tag = ""
        if requested:
            active_tag = next((tag for tag in tags if tag.slug == requested), None)
            if active_tag is None:
                unknown_tag = requested[:100]
            else:
                news = news.filter(tagged_items__tag=active_tag)
                if requested == request.GET["tag"]:
                    accept_query(request, "tag")
        page_obj = paginate(request, with_card_data(news).prefetch_related("tagged_items__tag"))
        response = self.render(
            request,
            context_overrides={
                "page_obj": page_obj,
                "items": page_obj.object_list,
                "tags": tags,
                "active_tag": active_tag,
                "unknown_tag": unknown_tag,
            },
        )
        if unknown_tag:
            response.status_code = 400
        return response

    @path("rss/", name="rss")
    def rss_feed(self, request: HttpRequest) -> HttpResponse:
        from ..feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request: HttpRequest) -> HttpResponse:
        from ..feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class PartnerSectionPage(PortalPage):
    """One partner's corner of the news or the newsletter archive.

    A partner's editor group gets page permissions on its own section, so partners publish their
    news and newsletters themselves while the communication team reviews them.
    """

    partner = models.ForeignKey(
        Partner,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("partner"),
    )
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("partner", widget=PartnerChooser), FieldPanel("intro")]
    parent_page_types = ["news.NewsIndexPage", "news.NewsletterIndexPage"]
    subpage_types = ["news.NewsPage", "news.NewsletterIssuePage"]

    class Meta:
        verbose_name = _("partner section")

    def items(self):
        from .newsletters import NewsletterIssuePage

        base = self.get_parent()
        if base.specific_class is NewsIndexPage:
            model, kind = NewsPage, "news"
        else:
            model, kind = NewsletterIssuePage, "newsletters"
        return only_public(model.objects.live().child_of(self).filter(PUBLISHED_VERSION)).order_by("-date", "-pk"), kind

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items, kind = self.items()
        items = items.select_related("partner", "attachment") if kind == "newsletters" else with_card_data(items)
        page_obj = paginate(request, items)
        context.update(page_obj=page_obj, items=page_obj.object_list, kind=kind)
        return context


class NewsPage(PortalPage):
    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("introduction"), help_text=_("One or two sentences shown in listings and feeds."))
    lead_image = models.ForeignKey(
        PortalImage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead image"),
        help_text=_("Its description in the image library is used as the alternative text."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))
    related_pages = StreamField(RelatedPagesBlock(), blank=True, verbose_name=_("related pages"))

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("tags")], heading=_("Date and tags")),
        FieldPanel("intro"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        FieldPanel("related_pages"),
    ]
    search_fields = portal_search_fields(
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    )
    api_fields = [
        APIField("date"),
        APIField("intro"),
        APIField("lead_image"),
        APIField("body"),
        APIField("tags"),
    ]
    parent_page_types = ["news.NewsIndexPage", "news.PartnerSectionPage"]
    subpage_types: list[str] = []
    base_form_class = ImageAltTextPageForm
    images_needing_alt_text = ("lead_image",)
    # Tags are written by editors in each language, so a translation keeps its own.
    override_translatable_fields = [BaseTranslatableField("tagged_items")]

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    @classmethod
    def can_create_at(cls, parent) -> bool:
        # A partner section under the newsletter archive holds newsletters, not news.
        if not super().can_create_at(parent):
            return False
        if parent.specific_class is PartnerSectionPage:
            return parent.get_parent().specific_class is NewsIndexPage
        return True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent()
        partner = None
        index = parent
        if parent.specific_class is PartnerSectionPage:
            partner = PartnerSectionPage.objects.select_related("partner").get(pk=parent.pk).partner
            index = parent.get_parent()
        context["partner"] = partner
        context["index"] = index
        context["related"] = localized_pages(block.value for block in self.related_pages)
        context["tag_list"] = list(self.tags.all())
        image = self.lead_image
        context["meta"] = article_metadata(
            self,
            request,
            image=image,
            image_alt=image.default_alt_text if image else "",
            author=partner.name if partner else "",
        )
        return context
