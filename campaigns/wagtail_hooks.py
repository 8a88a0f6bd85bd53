from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CampaignPage, EasyReadPage, HelpDirectoryPage, SelfCheckPage, ServicePoint


class ServicePointViewSet(SnippetViewSet):
    model = ServicePoint
    icon = "site"
    menu_label = _("Help directory")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "type", "town", "country", "is_example"]
    list_filter = ["type", "country", "is_example"]
    search_fields = ["name", "town", "address"]


register_snippet(ServicePointViewSet)


@hooks.register("search_kinds")
def campaign_search_kinds():
    """Campaign and help pages as a kind the search results can be filtered by (home.search.views)."""
    return [("campaign", _("Campaign and help"), [CampaignPage, EasyReadPage, SelfCheckPage, HelpDirectoryPage])]
