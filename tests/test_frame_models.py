"""Every model a public page shows is one the page cache watches.

A stored page stays valid until something it shows changes (portal/cache.py). Pages, their revisions and
what is saved with them (orderables, tags) are watched through the page signals; everything else — a
snippet in the footer, a setting, an image — only if its app registered it with `register_frame_model`. This
test renders one page of every page type in every language, and the (empty) search page, with the caches
emptied, maps every table the rendering read to its model, and fails on a model that nobody watches: a new
frame snippet cannot be forgotten. Responses that are never stored (search results, 404s) carry the same
frame, whose fragments these renders cover.
"""

import re

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from modelcluster.fields import ParentalKey
from wagtail.images.models import AbstractRendition
from wagtail.models import Page, Revision

from portal.cache import frame_models
from portal.visibility import public_pages

pytestmark = pytest.mark.django_db

TABLE = re.compile(r'\b(?:FROM|JOIN)\s+"([^"]+)"', re.IGNORECASE)


def saved_with_a_page(model) -> bool:
    """Pages, their revisions and what a page saves with itself (orderables, tag links): the page signals."""
    if issubclass(model, Page | Revision):
        return True
    return any(isinstance(field, ParentalKey) and issubclass(field.related_model, Page) for field in model._meta.fields)


def derived_from_registered(model, registered) -> bool:
    """An image's renditions are made from it and change with it."""
    return issubclass(model, AbstractRendition) and model._meta.get_field("image").related_model in registered


def tag_of_pages(model) -> bool:
    """Tags are created with the pages that carry them; a page's tag links are saved with the page."""
    from taggit.models import TagBase

    return issubclass(model, TagBase)


def unwatched(models, registered) -> set[str]:
    return {
        model._meta.label
        for model in models
        if model not in registered
        and model is not ContentType  # never changes while the site runs
        and not saved_with_a_page(model)
        and not derived_from_registered(model, registered)
        and not tag_of_pages(model)
    }


def models_read(url: str) -> set:
    by_table = {model._meta.db_table: model for model in apps.get_models(include_auto_created=True)}
    caches["default"].clear()
    caches["fragments"].clear()
    with override_settings(PAGE_CACHE_ENABLED=False), CaptureQueriesContext(connection) as queries:
        response = Client().get(url)
    assert response.status_code == 200, url
    tables = {table for query in queries.captured_queries for table in TABLE.findall(query["sql"])}
    return {by_table[table] for table in tables if table in by_table}


def sample_urls() -> list[str]:
    """The first public page of each page type, in each language, and the search page."""
    seen, urls = set(), []
    for page in public_pages(Page.objects.filter(depth__gt=1)).select_related("locale").order_by("path"):
        key = (page.content_type_id, page.locale.language_code)
        if key not in seen and page.url:
            seen.add(key)
            urls.append(page.url)
    for language in ("sl", "hr", "en"):
        urls.append(f"/{language}/search/")
    return urls


def test_every_model_the_public_pages_read_is_watched_by_the_page_cache(client, demo_content):
    registered = set(frame_models())
    found = {}
    for url in sample_urls():
        for label in unwatched(models_read(url), registered):
            found.setdefault(label, url)
    assert not found, (
        "Public pages show these models, but the page cache does not know when they change; register each "
        f"with portal.cache.register_frame_model in its app's AppConfig.ready(): {found}"
    )


def test_the_check_notices_an_unregistered_frame_model():
    from home.models import Partner

    registered = set(frame_models())
    assert Partner in registered
    assert unwatched({Partner}, registered - {Partner}) == {"home.Partner"}
