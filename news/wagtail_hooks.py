from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import admin_views
from .listing import hide_stories_without_consent
from .models import NewsletterIssuePage, PartnerSectionPage
from .tasks import is_sendable


@hooks.register("register_admin_urls")
def newsletter_admin_urls():
    return [path("news/newsletter/<int:page_id>/send/", admin_views.send_issue, name="news_send_issue")]


@hooks.register("register_page_header_buttons")
def send_to_subscribers_button(page, user, view_name, next_url=None):
    if isinstance(page, NewsletterIssuePage) and admin_views.can_send(page, user) and is_sendable(page):
        yield Button(
            _("Send to subscribers"),
            reverse("news_send_issue", args=[page.pk]),
            icon_name="mail",
            priority=5,
        )


# Search, the sitemap and the API (portal.visibility) leave out stories whose consent has lapsed.
hooks.register("filter_public_pages", hide_stories_without_consent)


@hooks.register("partner_section_pages")
def partner_sections():
    """Sections whose partner gets an editors group (home.roles; home never imports news)."""
    return PartnerSectionPage.objects.all()


@hooks.register("search_kinds")
def news_search_kinds():
    """Kinds of page the search results can be filtered by (home.search.views; home never imports news)."""
    from .models import NewsPage, SuccessStoryPage

    return [
        ("news", _("News"), [NewsPage]),
        ("stories", _("Success stories"), [SuccessStoryPage]),
        ("newsletters", _("Newsletters"), [NewsletterIssuePage]),
    ]
