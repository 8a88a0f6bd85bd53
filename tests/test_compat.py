"""portal/compat.py: the library behaviour each of its functions relies on, and no private API elsewhere.

Each test of a compat function fails, with a message naming what changed, when a library upgrade changes the
behaviour relied on; the function (and docs/architecture.md) then needs another way. The last tests read our
source and fail on a new use of a library's private name outside portal/compat.py.
"""

import ast
import inspect
from pathlib import Path

import pytest
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.models import Page
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from portal import compat

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = ("portal", "home", "news", "events", "campaigns", "bench")
OUR_PACKAGES = set(SOURCE_DIRS)

# Underscore attributes that are ours, kept on library objects (requests, pages, users) for one request or
# one page's life. Each is set and read only by the module named.
OUR_ATTRIBUTES = {
    "_main_menu": "portal/templatetags/portal_tags.py: the request's main menu",
    "_page_cache_before": "portal/cache.py: a page's public state before a save",
    "_real_translations_cache": "home/languages.py: a page's published translations",
    "_language_home_pages": "home/languages.py: the request's home page per language",
    "_partner_sections": "home/roles.py: the partner sections a user may edit",
    "_event_index_by_language": "events/templatetags/events_tags.py: the request's event index per language",
    "_folded_search_text": "home/search/text.py: a page's folded search text, kept in its __dict__",
}
# Names starting with an underscore that are public API.
PUBLIC_UNDERSCORE = {"_meta"}


@pytest.fixture
def anonymous_request():
    from django.contrib.auth.models import AnonymousUser

    request = RequestFactory().get("/sl/")
    request.user = AnonymousUser()
    request.session = {}
    return request


def test_wagtail_serve_uses_the_route_handed_to_it(site_tree, anonymous_request, django_assert_num_queries):
    page = site_tree.about["sl"]
    route = RouteResult(page)
    compat.hand_route_to_wagtail_serve(anonymous_request, route)
    with django_assert_num_queries(0):
        handed = Page.route_for_request(anonymous_request, "no/such/path/")
    assert handed is route, (
        "Page.route_for_request no longer returns the route kept on request._wagtail_route_for_request: "
        "home.routing.serve must route through Wagtail another way (portal.compat.hand_route_to_wagtail_serve)"
    )
    response = wagtail_serve(anonymous_request, "no/such/path/")
    assert response.status_code == 200, "wagtail.views.serve no longer serves the route handed to it"
    assert response.context_data["page"].pk == page.pk


def test_wagtail_serve_answers_404_for_a_route_handed_as_none(site_tree, anonymous_request):
    compat.hand_route_to_wagtail_serve(anonymous_request, None)
    with pytest.raises(Http404):
        wagtail_serve(anonymous_request, "o-projektu/")


def test_a_remembered_parent_costs_no_query(site_tree, django_assert_num_queries):
    parent = site_tree.homes["sl"]
    page = Page.objects.get(pk=site_tree.about["sl"].pk)
    compat.remember_parent(page, parent)
    with django_assert_num_queries(0):
        found = page.get_parent()
    assert found is parent, "treebeard's get_parent() no longer returns the node kept as _cached_parent_obj"
    assert compat.known_parent(page) is parent


def test_gettext_does_not_fall_back_to_the_default_language():
    for name in ("_translations", "_default"):
        assert hasattr(trans_real, name), f"django.utils.translation.trans_real.{name} is gone"
    assert hasattr(trans_real.DjangoTranslation, "_add_fallback"), "DjangoTranslation._add_fallback is gone"
    slovenian = trans_real.translation("sl")._catalog
    croatian = trans_real.translation("hr")._catalog
    missing = next(
        (msgid for msgid in slovenian.keys() if isinstance(msgid, str) and msgid and msgid not in croatian),  # noqa: SIM118 (a TranslationCatalog is no dict)
        None,
    )
    assert missing is not None, "every Slovenian string is translated into Croatian: the test needs another msgid"
    with translation.override("hr"):
        shown = translation.gettext(missing)
    assert shown == missing, (
        f"Croatian shows {shown!r} for {missing!r}: Django falls back to LANGUAGE_CODE's catalogue again "
        "(portal.compat.stop_gettext_fallback_to_default_language no longer works)"
    )


def test_sync_alias_copies_the_source_content(site_tree):
    from wagtail_localize.views import convert

    parameters = list(inspect.signature(convert.sync_alias).parameters)
    assert parameters[:2] == ["source_page", "alias_page"], f"sync_alias's parameters are now {parameters}"
    source, page = site_tree.about["sl"], site_tree.about["en"]
    compat.sync_alias(source, page)
    page.refresh_from_db()
    assert (page.title, page.slug, page.live) == (source.title, "about", True), (
        "wagtail-localize's sync_alias no longer copies the source's content and keeps the page's own slug"
    )


def test_update_translations_view_offers_publish_translations():
    view = compat.update_translations_view()
    assert view.__name__ == "UpdateTranslationsView"
    assert callable(getattr(view, "get_form", None)), "UpdateTranslationsView has no get_form any more"
    assert "publish_translations" in inspect.getsource(view.form_valid), (
        "UpdateTranslationsView.form_valid no longer reads publish_translations: home.translations.review's "
        "SyncWithoutPublishing must take away publishing another way"
    )


# --- no private API outside portal/compat.py -------------------------------------------------------------


def our_source_files():
    for folder in SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" not in path.parts and path != ROOT / "portal" / "compat.py":
                yield path


def is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__") and name != "_"


def private_uses(path: Path, root: Path = ROOT) -> list[str]:
    """`x._name` (x not self or cls), getattr/hasattr/setattr(x, "_name"), and `from library import _name`,
    except our own attributes (OUR_ATTRIBUTES) and public underscore API (PUBLIC_UNDERSCORE)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    found = []

    def report(node, name):
        if is_private(name) and name not in OUR_ATTRIBUTES and name not in PUBLIC_UNDERSCORE:
            found.append(f"{path.relative_to(root)}:{node.lineno}: {name}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            if not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")):
                report(node, node.attr)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("getattr", "hasattr", "setattr", "delattr") and len(node.args) >= 2:
                name = node.args[1]
                if isinstance(name, ast.Constant) and isinstance(name.value, str):
                    report(node, name.value)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module.split(".")[0] not in OUR_PACKAGES:
            for alias in node.names:
                report(node, alias.name)
            for part in node.module.split("."):
                report(node, part)
    return found


def test_no_private_api_outside_compat():
    found = [use for path in our_source_files() for use in private_uses(path)]
    assert not found, (
        "private names of a library used outside portal/compat.py (use a public API, or add a function to "
        "portal/compat.py with a test here; our own underscore attributes go in OUR_ATTRIBUTES):\n" + "\n".join(found)
    )


def test_the_lint_finds_private_uses(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from django.utils.translation import _trans\n"
        "request._wagtail_site = None\n"
        "getattr(page, '_cached_parent_obj', None)\n"
        "self._mine = 1\n"
        "request._main_menu = []\n"
        "Model._meta.fields\n"
    )
    uses = private_uses(sample, root=tmp_path)
    assert sorted(use.split(": ")[1] for use in uses) == ["_cached_parent_obj", "_trans", "_wagtail_site"], uses


def test_our_attributes_are_still_used():
    """The allow-list stays short: a name nobody uses any more leaves it."""
    source = "\n".join(path.read_text() for path in our_source_files())
    unused = [name for name in OUR_ATTRIBUTES if name not in source]
    assert not unused, f"remove from OUR_ATTRIBUTES: {unused}"
