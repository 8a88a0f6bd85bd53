import copy
import json
import os
import pathlib
import shutil
import tempfile
from dataclasses import dataclass

import pytest
from django.db import connections, transaction
from pytest_django.plugin import blocking_manager_key
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage
from tests.factories import HomePageFactory, StandardPageFactory
from tests.migrated import postgres_template

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


# --- Trees built once and shared (the setUpTestData pattern) ---------------------------------------------------
#
# Building a trilingual tree through wagtail-localize costs seconds, so the tests of a module that ask for the same
# tree share one: it is built inside an outer transaction the first time a test asks for it, every test runs in a
# savepoint inside that transaction (pytest-django's `db`), so its changes roll back to the freshly built tree, and
# the outer transaction rolls back when the module ends or a test wants something else. A test sees a shared tree
# only if it asks for exactly that tree: tests that ask for none, for an unusual combination, or for a transactional
# database (live servers, real commits) get what they got before — an empty database or a tree of their own.
# Each test gets deep copies of the tree's model instances (as Django's TestData does), so what one test changes in
# memory never reaches the next.

TREE_FIXTURES = frozenset(
    {"site_tree", "campaign_tree", "news_tree", "events_site", "editorial", "public_site", "demo_content"}
)


def _build_site():
    return {"site_tree": build_site_tree()}


def _build_campaign():
    from tests.campaigns.factories import build_campaign_tree

    site = build_site_tree()
    return {"site_tree": site, "campaign_tree": build_campaign_tree(site)}


def _build_news():
    from tests.news.conftest import build_news_tree

    return {"news_tree": build_news_tree()}


def _build_events():
    from tests.events.conftest import build_events_site

    return {"events_site": build_events_site()}


def _build_editorial():
    from tests.editorial.conftest import build_editorial

    return {"editorial": build_editorial()}


def _build_public_site():
    from tests.security.conftest import build_public_site

    return {"public_site": build_public_site()}


def load_demo_content():
    """The real `load_demo_content`, on what the migrations create (a transactional test that ran before on this
    worker may have flushed it)."""
    import io

    from django.core.management import call_command

    restore_migrated_basics()
    call_command("load_demo_content", verbosity=0, stdout=io.StringIO())


def _build_demo():
    load_demo_content()
    return {"demo_content": True}


# The tree fixtures a test asks for -> what builds them together (as the per-test fixtures would have).
SHARED_TREES = {
    frozenset({"site_tree"}): _build_site,
    frozenset({"site_tree", "campaign_tree"}): _build_campaign,
    frozenset({"news_tree"}): _build_news,
    frozenset({"events_site"}): _build_events,
    frozenset({"editorial"}): _build_editorial,
    frozenset({"public_site"}): _build_public_site,
    frozenset({"demo_content"}): _build_demo,
}
# The whole demo takes tens of seconds to load: the tests that read it form one xdist group and share one load
# across their modules.
ACROSS_MODULES = {_build_demo}
TRANSACTIONAL_FIXTURES = {
    "transactional_db",
    "live_server",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
}


def wants_transactional_db(item) -> bool:
    marker = item.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    if marker and marker.args and marker.args[0]:
        return True
    return bool(TRANSACTIONAL_FIXTURES & set(getattr(item, "fixturenames", ())))


def reads_committed_demo(item) -> bool:
    return item is not None and "committed_demo_content" in getattr(item, "fixturenames", ())


def shared_tree_builder(item):
    if wants_transactional_db(item):
        return None
    return SHARED_TREES.get(frozenset(TREE_FIXTURES & set(getattr(item, "fixturenames", ()))))


class SharedTrees:
    def __init__(self):
        self.builder = None
        self.module = None
        self.objects = None
        self.copies = None
        self.atomics = []
        self.committed_demo = False  # the shared demo load was committed (leave) for the test now running

    def enter_test(self, item, blocker) -> None:
        """Before a test's database fixture: make the shared tree it wants (or none) the current one."""
        builder = shared_tree_builder(item)
        if builder is not self.builder or (item.module is not self.module and builder not in ACROSS_MODULES):
            self.leave(blocker)
        self.copies = None
        if builder is None or self.builder is not None:
            return
        with blocker.unblock():
            for alias in connections:
                atomic = transaction.atomic(using=alias)
                atomic.__enter__()
                self.atomics.append((alias, atomic))
            try:
                self.objects = builder()
            except BaseException:
                self.leave(blocker)
                raise
        self.builder, self.module = builder, item.module

    def get(self, name: str):
        """Deep copies of the current shared tree's objects (made once per test, so they refer to each other)."""
        if self.builder is None or name not in self.objects:
            return None
        if self.copies is None:
            self.copies = copy.deepcopy(self.objects)
        return self.copies[name]

    def leave(self, blocker, *, commit: bool = False) -> None:
        """Roll the shared tree back, or with `commit` keep it in the database (for a transactional test, whose
        end empties the database)."""
        if not self.atomics:
            return
        with blocker.unblock():
            while self.atomics:
                alias, atomic = self.atomics.pop()
                if not commit:
                    transaction.set_rollback(True, using=alias)
                atomic.__exit__(None, None, None)
        self.committed_demo = commit
        self.builder = self.module = self.objects = self.copies = None


SHARED = SharedTrees()


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef, request):
    if fixturedef.argname == "_django_db_helper":
        SHARED.enter_test(request.node, request.getfixturevalue("django_db_blocker"))
    return (yield)


def keeps_shared_tree(item, nextitem) -> bool:
    """After `item`, the shared tree stays for `nextitem` in the same module, or in another if it may cross."""
    if nextitem is None:
        return False
    if nextitem.module is item.module:
        return True
    return SHARED.builder in ACROSS_MODULES and shared_tree_builder(nextitem) is SHARED.builder


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    try:
        return (yield)
    finally:
        blocker = item.config.stash[blocking_manager_key]
        if SHARED.atomics and not keeps_shared_tree(item, nextitem):
            SHARED.leave(blocker, commit=SHARED.builder is _build_demo and reads_committed_demo(nextitem))
        if wants_transactional_db(item):
            # The test's database was emptied when it ended (TransactionTestCase's flush): put back what the
            # migrations create, for the tests this worker runs next.
            SHARED.committed_demo = False
            if nextitem is not None:
                with blocker.unblock():
                    restore_migrated_basics()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    """On PostgreSQL, each worker's test database is a copy of one migrated template (tests/migrated.py)."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.postgresql":
        template = postgres_template(os.environ["DATABASE_URL"], os.environ["DJANGO_SETTINGS_MODULE"])
        database.setdefault("TEST", {})["TEMPLATE"] = template


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    yield
    SHARED.leave(django_db_blocker)  # before the test database goes


def _module_order(items) -> dict:
    order = {}
    for item in items:
        order.setdefault(item.module, len(order))
    return order


def pytest_itemcollected(item):
    # pytest-xdist (`--dist loadgroup`; before xdist reads the groups in pytest_collection_modifyitems): a module's
    # tests stay on one worker, so its shared tree is built once; the tests that read the whole demo form one group
    # (one load, which the group's last test, a live-server one, reads committed); a module's transactional tests
    # form a group of their own (a transactional test empties the database when it ends, and what the migrations
    # create is put back after it); the operations tests share fixed ports and servers. The groups' order:
    # pytest_collection_modifyitems.
    if item.get_closest_marker("xdist_group"):
        return
    builder = shared_tree_builder(item)
    if item.get_closest_marker("ops"):
        group = "ops"
    elif builder in ACROSS_MODULES:
        group = builder.__name__
    elif reads_committed_demo(item):
        group = _build_demo.__name__  # last in that group (a transactional test): it reads the group's load
    elif wants_transactional_db(item):
        group = f"{item.module.__name__}:transactional"
    else:
        group = item.module.__name__
    item.add_marker(pytest.mark.xdist_group(group))


# pytest-xdist's own loadgroup reads the groups from node ids that pytest 9 no longer lets it rewrite, so the
# workers write each test's group to a file (below) and the controller schedules by it: each group is one unit of work.
GROUPS_DIR = "PORTAL_XDIST_GROUPS"


def pytest_configure(config):
    if not os.environ.get("PYTEST_XDIST_WORKER") and getattr(config.option, "numprocesses", None):
        os.environ[GROUPS_DIR] = tempfile.mkdtemp(prefix="portal-xdist-groups-")  # the workers inherit it


def pytest_unconfigure(config):
    if not os.environ.get("PYTEST_XDIST_WORKER") and os.environ.get(GROUPS_DIR):
        shutil.rmtree(os.environ.pop(GROUPS_DIR), ignore_errors=True)


def group_of(item) -> str:
    return item.get_closest_marker("xdist_group").args[0]


def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    config.option.loadscopereorder = False  # the collection's order of groups (pytest_collection_modifyitems)

    class GroupScheduling(LoadScopeScheduling):
        groups: dict[str, str] = {}

        def _split_scope(self, nodeid: str) -> str:
            if not self.groups:
                directory = pathlib.Path(os.environ[GROUPS_DIR])
                for path in sorted(directory.glob("*.json")):
                    self.groups.update(json.loads(path.read_text()))
            return self.groups.get(nodeid, nodeid)

    return GroupScheduling(config, log)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    # After pytest-django's ordering (database tests, then transactional ones, then the rest): within each module's
    # run of database tests, those that share a tree come together (after those that want none).
    def django_order(item) -> int:
        if wants_transactional_db(item):
            return 1
        if item.get_closest_marker("django_db") or "db" in getattr(item, "fixturenames", ()):
            return 0
        return 2

    modules = _module_order(items)
    keys = {}
    for item in items:
        builder = shared_tree_builder(item)
        keys[item] = (django_order(item), modules[item.module], "" if builder is None else builder.__name__)
    items.sort(key=keys.__getitem__)
    # Then whole groups, in the order xdist hands them out (it keeps the collection's): those without a transactional
    # test first, then the demo's (its last test is one), then those of transactional tests only; the biggest first
    # within each. A transactional test empties the database and restore_migrated_basics puts back only part of
    # what the migrations create (not Wagtail's and the roles' user groups, nor the workflows), so on no worker does
    # a group whose tests need that run after one.
    members: dict[str, list] = {}
    for item in items:
        members.setdefault(group_of(item), []).append(item)

    def group_order(group: str) -> tuple[int, int]:
        transactional = [wants_transactional_db(item) for item in members[group]]
        kind = 2 if all(transactional) else 1 if any(transactional) else 0
        return kind, -len(members[group])

    items[:] = [item for group in sorted(members, key=group_order) for item in members[group]]
    worker, directory = os.environ.get("PYTEST_XDIST_WORKER"), os.environ.get(GROUPS_DIR)
    if worker and directory:
        groups = {item.nodeid: group_of(item) for item in items}
        path = pathlib.Path(directory) / f"{worker}.json"
        path.with_suffix(".tmp").write_text(json.dumps(groups))
        path.with_suffix(".tmp").rename(path)


@pytest.fixture
def site_tree(db) -> SiteTree:
    return SHARED.get("site_tree") or build_site_tree()


@pytest.fixture
def campaign_tree(site_tree):
    from tests.campaigns.factories import build_campaign_tree

    return SHARED.get("campaign_tree") or build_campaign_tree(site_tree)


@pytest.fixture
def news_tree(db):
    from tests.news.conftest import build_news_tree

    return SHARED.get("news_tree") or build_news_tree()


@pytest.fixture
def events_site(db):
    from tests.events.conftest import build_events_site

    return SHARED.get("events_site") or build_events_site()


@pytest.fixture
def editorial(db):
    from tests.editorial.conftest import build_editorial

    return SHARED.get("editorial") or build_editorial()


@pytest.fixture
def public_site(db):
    from tests.security.conftest import build_public_site

    return SHARED.get("public_site") or build_public_site()


@pytest.fixture
def demo_content(db):
    """The whole demo content, as `manage.py load_demo_content` leaves it in an empty database."""
    if not SHARED.get("demo_content"):
        load_demo_content()


@pytest.fixture
def committed_demo_content(transactional_db):
    """The whole demo content, committed, for a live server's own database connection. Such a test runs last of
    the tests that read the demo (their xdist group), which commit their shared load for it instead of rolling it
    back; run on its own, it loads the demo."""
    if not SHARED.committed_demo:
        load_demo_content()
