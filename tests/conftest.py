from dataclasses import dataclass

import pytest
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage
from tests.factories import HomePageFactory, StandardPageFactory

LANGUAGES = ("sl", "hr", "en")


@dataclass
class SiteTree:
    """A small trilingual tree: home and "about" translated into hr and en; one page that exists
    only in Slovenian, with an untranslated alias in the Croatian tree and nothing in English."""

    homes: dict[str, HomePage]
    about: dict[str, StandardPage]
    only_sl: StandardPage
    only_sl_alias_hr: StandardPage


def translate_page(page, language: str, **fields):
    translation = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    # Publishing saves a copy built from the revision; reload so callers see it live.
    return type(translation).objects.get(pk=translation.pk).specific


def restore_migrated_basics() -> None:
    """What the migrations create and a transactional test's flush removes: the locales (with hr and en
    synchronised from sl), the tree root, the root collection and the default site. Serialized rollback cannot
    bring them back: wagtail-localize's tree sync runs on the raw save of a LocaleSynchronization before its
    locales exist."""
    from wagtail.models import Collection
    from wagtail_localize.models import LocaleSynchronization

    source, _created = Locale.objects.get_or_create(language_code="sl")
    for code in LANGUAGES[1:]:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=source))
    if not Site.objects.filter(is_default_site=True).exists():
        Site.objects.create(hostname="localhost", port=80, root_page=root, is_default_site=True)


def build_site_tree() -> SiteTree:
    restore_migrated_basics()
    root = Page.get_first_root_node()
    welcome = root.get_children().exclude(content_type__model="homepage").first()
    home = HomePageFactory(parent=root, locale=Locale.objects.get(language_code="sl"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    if welcome is not None:
        welcome.delete()
    homes = {
        "sl": home,
        "hr": translate_page(home, "hr", title="Početna", slug="pocetna", intro="Socijalna aktivacija."),
        "en": translate_page(home, "en", title="Home", slug="home", intro="Social activation."),
    }
    about_sl = StandardPageFactory(parent=home, title="O projektu", slug="o-projektu", show_in_menus=True)
    about = {
        "sl": about_sl,
        "hr": translate_page(about_sl, "hr", title="O projektu", slug="o-projektu"),
        "en": translate_page(about_sl, "en", title="About the project", slug="about"),
    }
    only_sl = StandardPageFactory(parent=home, title="Samo v slovenščini", slug="samo-slovensko", show_in_menus=True)
    alias_hr = only_sl.copy_for_translation(Locale.objects.get(language_code="hr"), alias=True).specific
    return SiteTree(homes=homes, about=about, only_sl=only_sl, only_sl_alias_hr=alias_hr)


@pytest.fixture(autouse=True)
def _empty_page_cache():
    """Every test starts with an empty cache: database flushes between tests do not change the page cache's
    generations (portal/cache.py), so a page stored by one test could otherwise be served to the next."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def site_tree(db) -> SiteTree:
    return build_site_tree()
