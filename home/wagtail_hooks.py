from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import language_of_parts
from .models import Partner, SiteTexts


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


register_snippet(PartnerViewSet)
register_snippet(SiteTextsViewSet)
