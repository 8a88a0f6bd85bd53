import copy

from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.utils.version import get_main_version

from portal.visibility import FILTER_PUBLIC_PAGES_HOOK

from . import language_of_parts, roles
from .editorial import content_checks
from .languages import PUBLISHED_VERSION
from .models import AccessibilityFeedback, Partner, SiteTexts
from .search import report_admin as search_report_admin
from .translations import review as translation_review
from .translations import status as translation_status

# Before wagtail-localize's own hook, which turns the page editor into its translation editor.
hooks.register("before_edit_page", translation_review.refuse_incomplete_publish, order=-1)
hooks.register("register_admin_urls", translation_review.admin_urls)
hooks.register("construct_explorer_page_queryset", roles.partner_explorer_pages)


@hooks.register(FILTER_PUBLIC_PAGES_HOOK)
def only_published_translations(pages):
    """Untranslated copies (aliases, translations not published yet) are no translation for the public."""
    return pages.filter(PUBLISHED_VERSION)


@hooks.register("register_rich_text_features")
def register_language_of_parts(features):
    language_of_parts.register_features(features)


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "town", "country", "role"]
    list_filter = ["role", "country"]
    search_fields = ["name", "town"]


class SiteTextsViewSet(SnippetViewSet):
    model = SiteTexts
    icon = "clipboard-list"
    menu_label = _("Site texts")
    menu_order = 210
    add_to_admin_menu = True


class AccessibilityFeedbackViewSet(SnippetViewSet):
    """What visitors report through the accessibility statement. Communications staff are the only group with
    permissions on it (migration home/0005), so the menu item is hidden from everyone else."""

    model = AccessibilityFeedback
    icon = "help"
    menu_label = _("Accessibility feedback")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["__str__", "page_url", "language", "created_at", "handled"]
    list_filter = ["handled", "language"]
    search_fields = ["message", "page_url"]
    ordering = ["-created_at"]


register_snippet(PartnerViewSet)
register_snippet(SiteTextsViewSet)
register_snippet(AccessibilityFeedbackViewSet)


@hooks.register("construct_wagtail_userbar")
def portal_content_checks(request, items, page=None):
    content_checks.use_portal_content_checker(request, items, page)


@hooks.register("register_admin_urls")
def translation_status_urls():
    return [path("reports/translation-status/", translation_status.translation_status_view, name="translation_status")]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return translation_status.user_can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="wagtail-localize-language", order=900
    )


@hooks.register("register_admin_urls")
def search_report_urls():
    return [
        path("reports/search/", search_report_admin.search_report_view, name="search_report"),
        path("reports/search/promote/", search_report_admin.promote_query, name="search_report_promote"),
    ]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return search_report_admin.user_can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def search_report_menu_item():
    return SearchReportMenuItem(_("What people search for"), reverse("search_report"), icon_name="search", order=910)


# Two library menu labels are translated once per process, in the language of whichever admin request builds
# the menu first (wagtail-localize's "Translations" report calls gettext at registration; Wagtail formats its
# lazy "What's new in Wagtail %(version)s"), so one editor's language would stick for every editor after them.
# Each request gets copies labelled in its own language; the shared items are left untouched.
@hooks.register("construct_reports_menu")
def translations_report_in_the_editors_language(request, menu_items):
    report_url = reverse("wagtail_localize:translations_report")
    for index, item in enumerate(menu_items):
        if item.url == report_url:
            menu_items[index] = copy.copy(item)
            menu_items[index].label = gettext("Translations")


@hooks.register("construct_help_menu")
def whats_new_in_the_editors_language(request, menu_items):
    version = get_main_version(include_patch=False)
    for index, item in enumerate(menu_items):
        if item.name == f"whats-new-in-wagtail-{version}":
            menu_items[index] = copy.copy(item)
            menu_items[index].label = gettext("What's new in Wagtail %(version)s") % {"version": version}
