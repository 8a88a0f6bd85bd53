from dataclasses import dataclass

from events.models import EventIndexPage
from tests.conftest import SiteTree, build_site_tree, translate_page
from tests.events.factories import EventIndexPageFactory

INDEX_SLUGS = {"sl": "dogodki", "hr": "dogadanja", "en": "events"}
INDEX_TITLES = {"sl": "Dogodki", "hr": "Događanja", "en": "Events"}


@dataclass
class EventsSite:
    tree: SiteTree
    indexes: dict[str, EventIndexPage]


def build_events_site() -> EventsSite:
    tree = build_site_tree()
    index_sl = EventIndexPageFactory(parent=tree.homes["sl"], show_in_menus=True)
    indexes = {"sl": index_sl}
    for language in ("hr", "en"):
        indexes[language] = translate_page(index_sl, language, title=INDEX_TITLES[language], slug=INDEX_SLUGS[language])
    return EventsSite(tree=tree, indexes=indexes)
