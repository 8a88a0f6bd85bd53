from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .models import EventPage, EventSeriesPage


@hooks.register("search_kinds")
def event_search_kinds():
    """Events as a kind the search results can be filtered by (home.search.views; home never imports events)."""
    return [("events", _("Events"), [EventPage, EventSeriesPage])]
