"""Caching of public pages: the page cache, its invalidation, Cache-Control and front-end cache purges.

One rule: an anonymous visitor may get a stored copy of a public page for as long as nothing it shows has
changed. "Anything it shows" is wider than the page itself: titles appear in menus, listings and the home
page, and a new translation changes the language switcher and hreflang links of every other language
version. So instead of tracking which pages show what, every language keeps a *generation* token in the
shared cache; a stored page is valid only while its language's generation is unchanged, and any publish,
unpublish, delete, move or translation sync (or a change to a snippet or setting the page frame shows)
replaces the generation of the languages affected. With REDIS_URL set the generation lives in Redis, so all
app servers see a change at once.

The same generation keys the page-frame fragments (menu, footer) in the templates (`page_cache_generation`),
and the same change purges the CDN when `WAGTAILFRONTENDCACHE` is configured (FRONTEND_CACHE_* variables).

A fragment stored under a generation never changes, so fragments live in each process's own memory (the
`fragments` cache): only the generation itself is read from the shared cache, once per request (a page view used
to make fifteen Redis round trips, seven of them for the same generation).

How a request is answered. In production the WSGI application itself answers a stored page
(`PageCacheApplication`, wrapped around Django in portal/wsgi.py): one `get_many` of the page and its language's
generation, and no Django request, middleware, database, session or template work, which is what makes a
cached page as fast as a static file. Everything else reaches Django, where `PageCacheMiddleware`, first in the
chain, stores what may be stored (and answers stored pages itself when Django is called directly, as the test
client does), keyed on the request's scheme, host, path and query exactly as sent.

What changes a generation: publish and re-publish (the page's language and its aliases'), unpublish, delete,
move, a new or renamed page (every language it exists in), and saves of the registered frame models
(`register_frame_model`). A draft save changes nothing. The generation changes at once and again after the
transaction commits, so a request that rendered old data in between cannot leave a stale page behind.

What is never stored: requests with a session cookie (editors, previews), responses that set a cookie (every
page with a CSRF token: sign-up, self-check, feedback), non-200 responses, search results, private/no-store
responses (those get `Cache-Control: private`), and queries a listing did not accept as sent. Stored pages get
`Cache-Control: public, max-age=60, s-maxage=300`; the TTL also bounds time-dependent listings (upcoming events).
Production without REDIS_URL keeps the page cache off (each worker's memory would hear only of its own
publishes); frame fragments then expire after PAGE_CACHE_TIMEOUT at the latest.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import uuid
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from http import HTTPStatus
from urllib.parse import parse_qsl

from django.apps import apps
from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import post_delete, post_save, pre_save
from django.http import HttpRequest, HttpResponse
from django.http.cookie import parse_cookie
from django.utils.cache import patch_cache_control
from wagtail.contrib.settings.models import BaseGenericSetting
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

logger = logging.getLogger(__name__)

LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)
_LANGUAGE_PREFIXES = {f"/{code}/": code for code in LANGUAGE_CODES}
GENERATION_KEY = "pagecache:generation:{}"
# Query parameters of listings (pagination and filters). Any other parameter (search terms, tracking
# tags, cache-busters) bypasses the cache, so nobody can fill it with endless variants of a URL; and a
# response is stored only when the page itself accepted every parameter with the value sent (accept_query).
CACHED_QUERY_PARAMETERS = frozenset({"page", "tag", "year", "type", "country", "town"})
ACCEPTED_QUERY = "portal.page_cache.accepted_query"  # where a view records what it accepted (WSGI environ)
# Page fields that a draft save changes; a save touching only these changes nothing the public sees.
DRAFT_ONLY_FIELDS = frozenset(
    {
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "locked",
        "locked_at",
        "locked_by",
        "expired",
        "go_live_at",
        "expire_at",
    }
)
# Wagtail's own models that the page frame or listings depend on (sites, languages, view restrictions,
# documents). The apps' snippets, settings and images are registered by each app (register_frame_model).
WAGTAIL_FRAME_MODELS = (
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.PageViewRestriction",
    "wagtaildocs.Document",
)
_frame_models: dict[str, type[Model]] = {}


# --- generations ------------------------------------------------------------------------------------

# The generations this request has already read (set by PageCacheMiddleware for the length of a request),
# so that a page with a dozen fragments asks the shared cache once.
_request_generations: ContextVar[dict[str, str] | None] = ContextVar("request_generations", default=None)


def page_cache_generation(language: str) -> str:
    """The current generation token of a language, created on first use."""
    known = _request_generations.get()
    if known is not None and language in known:
        return known[language]
    key = GENERATION_KEY.format(language)
    generation = cache.get(key)
    if generation is None:
        cache.add(key, uuid.uuid4().hex, None)
        generation = cache.get(key) or ""
    if known is not None:
        known[language] = generation
    return generation


def fragment_cache():
    """Where fragments keyed by a generation are kept: this process's memory (settings: CACHES["fragments"])."""
    return caches["fragments"]


def frame_cache_key(language: str, *parts: object) -> str:
    """A cache key for a fragment of the page frame (menu, footer…) that is valid for one generation."""
    return ":".join(["pagecache:frame", language, page_cache_generation(language), *map(str, parts)])


def cached_for_language(language: str, name: str, build: Callable[[], object]) -> object:
    """`build()`'s result, computed once per language and generation (and at most PAGE_CACHE_TIMEOUT ago)."""
    key = frame_cache_key(language, name)
    store = fragment_cache()
    value = store.get(key)
    if value is None:
        value = build()
        store.set(key, value, getattr(settings, "PAGE_CACHE_TIMEOUT", 300))
    return value


def _bump_now(languages: Iterable[str]) -> None:
    new = {code: uuid.uuid4().hex for code in languages}
    cache.set_many({GENERATION_KEY.format(code): generation for code, generation in new.items()}, None)
    known = _request_generations.get()
    if known is not None:
        known.update(new)


# The languages invalidated in this thread (and so on its database connection) that still wait for a commit.
_awaiting_commit = threading.local()


def _after_commit() -> None:
    """The post-commit invalidation: every language still waiting, at once (later callbacks find none)."""
    languages = getattr(_awaiting_commit, "languages", set())
    _awaiting_commit.languages = set()
    if languages:
        _bump_now(languages)
        purge_frontend_cache(languages)


def invalidate(languages: Iterable[str]) -> None:
    """Make every stored page (and frame fragment) of these languages stale, and purge the CDN.

    The generation changes at once, so this process and the editor see the change, and again after the
    transaction commits: a visitor's request that rendered the old content in between would otherwise
    have stored it under the new generation. A transaction that deletes a subtree purges the CDN once: each
    call queues a callback, and the first to run after the commit handles every waiting language. Languages
    of a rolled-back transaction wait for the next commit, which then purges them once more than needed.
    """
    languages = {code for code in languages if code in LANGUAGE_CODES}
    if not languages:
        return
    _bump_now(languages)
    if getattr(_awaiting_commit, "languages", None) is None:
        _awaiting_commit.languages = set()
    _awaiting_commit.languages |= languages
    transaction.on_commit(_after_commit, robust=True)


def invalidate_all() -> None:
    invalidate(LANGUAGE_CODES)


# --- the page cache middleware ---------------------------------------------------------------------


# What can change what a page shows: the scheme and host of its absolute links, and the URL. They are all
# part of a stored page's key. X-Forwarded-Host is not: Django ignores it (USE_X_FORWARDED_HOST is off), so
# keying on it would only let anyone store copies of the same page.
KEY_ENVIRON = ("wsgi.url_scheme", "HTTP_X_FORWARDED_PROTO", "SCRIPT_NAME", "PATH_INFO", "QUERY_STRING")
LOOKUP = "portal.page_cache"  # where a request's lookup is kept in its WSGI environ


def request_host(environ: dict) -> str:
    """The host as Django's `get_host()` reads it (Host, else the server's name and port), lower case."""
    host = environ.get("HTTP_HOST")
    if not host:
        host = environ.get("SERVER_NAME", "")
        port = str(environ.get("SERVER_PORT", ""))
        if port and port != ("443" if environ.get("wsgi.url_scheme") == "https" else "80"):
            host = f"{host}:{port}"
    return host.lower()


def cacheable_host(environ: dict) -> bool:
    """Whether the request's host is one of PAGE_CACHE_HOSTS exactly: `name` for the scheme's default port,
    `name:port` for another port, `name:*` for any port (tests' live servers). Anything else — another port,
    a name that only a wildcard of ALLOWED_HOSTS matches — is served but never stored."""
    host = request_host(environ)
    if not host:
        return False
    hosts = settings.PAGE_CACHE_HOSTS
    if host in hosts:
        return True
    name, colon, port = host.rpartition(":")
    if not colon or "]" in port:  # no port (IPv6 addresses end in "]")
        return f"{host}:*" in hosts
    return port.isdigit() and f"{name}:*" in hosts


def accept_query(request: HttpRequest, *names: str) -> None:
    """A listing says which query parameters it understood, each with a value it accepts as sent (the
    canonical page number, a known filter). Only a response whose every parameter was accepted is stored:
    `/sl/o-projektu/?page=abc`, `?page=01` or an unknown tag are answered, but never fill the cache."""
    request.META.setdefault(ACCEPTED_QUERY, set()).update(names)


def query_accepted(request: HttpRequest) -> bool:
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return True
    keys = [key for key, _value in parse_qsl(query, keep_blank_values=True)]
    return len(keys) == len(set(keys)) and set(keys) <= request.META.get(ACCEPTED_QUERY, set())


def cacheable_language(environ: dict) -> str | None:
    """The language of a request that may be answered from (and stored in) the page cache, else None: an
    anonymous GET or HEAD of a public page (`/<lang>/…`) with no query, or only listing parameters."""
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return None
    language = _LANGUAGE_PREFIXES.get(environ.get("PATH_INFO", "")[:4])
    if language is None or settings.SESSION_COOKIE_NAME in parse_cookie(environ.get("HTTP_COOKIE", "")):
        return None
    if not cacheable_host(environ):
        return None
    query = environ.get("QUERY_STRING", "")
    if query and (
        len(query) > 200 or not {key for key, _ in parse_qsl(query, keep_blank_values=True)} <= CACHED_QUERY_PARAMETERS
    ):
        return None
    return language


def lookup(environ: dict) -> tuple[str, str | None, str | None, tuple | None] | None:
    """(language, entry key, generation, stored entry) for a cacheable request, in one round trip to the
    shared cache; the stored entry is None unless it belongs to the language's current generation, and the
    entry key is None while the page cache is switched off. None for a request that is not cacheable. Done
    once per request: the answer is kept in the environ for PageCacheMiddleware."""
    if LOOKUP not in environ:
        language = cacheable_language(environ)
        if language is None:
            environ[LOOKUP] = None
        elif not settings.PAGE_CACHE_ENABLED:
            environ[LOOKUP] = (language, None, None, None)
        else:
            material = "\0".join([request_host(environ), *(str(environ.get(name, "")) for name in KEY_ENVIRON)])
            entry_key = "pagecache:page:" + hashlib.blake2b(material.encode(), digest_size=16).hexdigest()
            generation_key = GENERATION_KEY.format(language)
            found = cache.get_many([generation_key, entry_key])
            generation, entry = found.get(generation_key), found.get(entry_key)
            if entry is not None and (generation is None or entry[0] != generation):
                entry = None
            environ[LOOKUP] = (language, entry_key, generation, entry)
    return environ[LOOKUP]


class PageCacheApplication:
    """The WSGI application in front of Django (portal/wsgi.py): a stored page is answered here, before
    Django builds a request, runs its middleware or sends its signals — one round trip to the shared cache and
    nothing else, which is what keeps a cached page as fast as a static file. Everything else goes to Django,
    where PageCacheMiddleware stores what may be stored."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        found = lookup(environ)
        if found is None or found[3] is None:
            return self.application(environ, start_response)
        _generation, status, headers, content = found[3]
        start_response(f"{status} {HTTPStatus(status).phrase}", [*headers.items(), ("X-Cache", "HIT")])
        return [] if environ["REQUEST_METHOD"] == "HEAD" else [content]


class PageCacheMiddleware:
    """Stores anonymous GET responses for public pages (`/<lang>/…`) in the shared cache, and answers from it.

    First in the chain. In production PageCacheApplication answers stored pages before Django runs at all;
    this middleware answers them when Django is called directly (the test client, `runserver`), using the same
    lookup. Responses are stored with every header the rest of the chain added (security headers, CSP), and
    only when they are the same for every visitor: status 200, no cookie set (which also rules out pages with a
    CSRF token: using one sets the CSRF cookie), not private or no-store, and the request carried no session
    cookie (editors, previews). Stored pages get `Cache-Control: public` with `s-maxage` for a CDN that is
    purged on publish; pages that must not be shared get `private`.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response
        self.timeout = getattr(settings, "PAGE_CACHE_TIMEOUT", 300)
        self.browser_max_age = getattr(settings, "PAGE_CACHE_BROWSER_MAX_AGE", 60)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _request_generations.set({})
        try:
            return self.respond(request)
        finally:
            _request_generations.reset(token)

    def respond(self, request: HttpRequest) -> HttpResponse:
        if _LANGUAGE_PREFIXES.get(request.path_info[:4]) is None:
            return self.get_response(request)
        found = lookup(request.META)
        if found is None:
            response = self.get_response(request)
            if response.status_code == 200 and "Cache-Control" not in response:
                # Someone signed in, a form was sent, or a search: never for a shared cache.
                patch_cache_control(response, private=True)
            return response
        language, entry_key, generation, entry = found
        if entry_key is None:  # the page cache is switched off
            response = self.get_response(request)
            self.mark(request, response)
            return response

        if generation is not None:
            _request_generations.get()[language] = generation
        if entry is not None:
            _generation, status, headers, content = entry
            response = HttpResponse(content, status=status, headers=headers)
            response.headers["X-Cache"] = "HIT"
            return response

        response = self.get_response(request)
        if self.mark(request, response) and request.method == "GET":
            if generation is None:
                generation = page_cache_generation(language)
            headers = dict(response.headers.items())
            cache.set(entry_key, (generation, response.status_code, headers, response.content), self.timeout)
            response.headers["X-Cache"] = "MISS"
        return response

    def mark(self, request: HttpRequest, response: HttpResponse) -> bool:
        """Set Cache-Control for a public-page response; True when the response may be shared."""
        if not self.shareable(request, response):
            if response.status_code == 200 and "Cache-Control" not in response:
                patch_cache_control(response, private=True)
            return False
        patch_cache_control(response, public=True, max_age=self.browser_max_age, s_maxage=self.timeout)
        return True

    @staticmethod
    def shareable(request: HttpRequest, response: HttpResponse) -> bool:
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if not query_accepted(request):
            return False
        # A page that uses a CSRF token makes Django (re)set the CSRF cookie, so `response.cookies` catches
        # it. `Vary: Cookie` alone only says the session was looked at (is someone signed in?); requests
        # carrying a session cookie never reach this point, and the header stays for CDNs.
        if "Set-Cookie" in response or "*" in response.get("Vary", ""):
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(word in cache_control for word in ("private", "no-store", "no-cache")):
            return False
        user = getattr(request, "user", None)
        return not (user is not None and user.is_authenticated)


# --- invalidation by signals --------------------------------------------------------------------------


def _translation_languages(page: Page) -> set[str]:
    """Languages in which this page exists (translations and aliases), itself included."""
    return set(
        Page.objects.filter(translation_key=page.translation_key).values_list("locale__language_code", flat=True)
    ) | {page.locale.language_code}


def _alias_languages(page: Page) -> set[str]:
    return set(Page.objects.filter(alias_of_id=page.pk).values_list("locale__language_code", flat=True))


def _remember_public_state(sender, instance, raw=False, **kwargs) -> None:
    """Before a page is saved: note its URL and liveness, which other languages' switchers show."""
    if raw or not isinstance(instance, Page):
        return
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    instance._page_cache_before = (
        Page.objects.filter(pk=instance.pk).values_list("url_path", "live", "alias_of_id", "live_revision_id").first()
        if instance.pk
        else None
    )


def _page_saved(sender, instance, raw=False, **kwargs) -> None:
    if raw or not isinstance(instance, Page) or not hasattr(instance, "_page_cache_before"):
        return
    before = instance.__dict__.pop("_page_cache_before")
    if not instance.live and (before is None or not before[1]):
        return  # a draft stays a draft: nobody sees it
    after = (instance.url_path, instance.live, instance.alias_of_id, instance.live_revision_id)
    if before is None or before[:3] != after[:3] or (before[3] is None) != (after[3] is None):
        # New, published, unpublished, renamed, or a translation published for the first time (or turned back
        # into an alias): every language version's switcher and hreflang change (home/languages.py).
        invalidate(_translation_languages(instance))
    else:
        invalidate({instance.locale.language_code} | _alias_languages(instance))


def _page_published(sender, instance, **kwargs) -> None:
    invalidate({instance.locale.language_code} | _alias_languages(instance))


def _page_unpublished(sender, instance, **kwargs) -> None:
    invalidate(_translation_languages(instance))


def _page_moved(sender, instance, **kwargs) -> None:
    # The moved page and everything below it change URL in its language; translations follow the move
    # through the tree synchronisation, which moves them with their own signals.
    invalidate(_translation_languages(instance))


def _page_deleted(sender, instance, **kwargs) -> None:
    if isinstance(instance, Page):
        # The deleted page's translations lose a language version from their switchers.
        invalidate_all()


def _frame_model_changed(sender, instance, raw=False, created=False, **kwargs) -> None:
    if raw:
        return
    if created and issubclass(sender, BaseGenericSetting):
        return  # Wagtail creates the settings row with its defaults on first use: nothing shown changes
    locale = getattr(instance, "locale", None) if hasattr(instance, "locale_id") else None
    if locale is not None and sender._meta.label != "wagtailcore.Locale":
        invalidate({locale.language_code})
    else:
        invalidate_all()


def _attach_cached_locale(page: Page, request: HttpRequest, *args, **kwargs) -> None:
    """Wagtail's `before_serve_page` hook: give the page its Locale from the shared cache, not a query.

    Nearly every template asks for `page.locale`; the locales change about never (and bump every
    generation when they do)."""
    from wagtail.models import Locale

    locales = cached_for_language(
        page_language_code(request), "locales", lambda: {loc.pk: loc for loc in Locale.objects.all()}
    )
    if page.locale_id in locales and not Page.locale.is_cached(page):
        page.locale = locales[page.locale_id]


def page_language_code(request: HttpRequest) -> str:
    from django.utils.translation import get_language

    return getattr(request, "LANGUAGE_CODE", None) or get_language()


def connect_signals() -> None:
    from wagtail import hooks

    hooks.register("before_serve_page", _attach_cached_locale)
    pre_save.connect(_remember_public_state, dispatch_uid="page_cache_pre_save")
    post_save.connect(_page_saved, dispatch_uid="page_cache_post_save")
    post_delete.connect(_page_deleted, dispatch_uid="page_cache_post_delete")
    page_published.connect(_page_published, dispatch_uid="page_cache_published")
    page_unpublished.connect(_page_unpublished, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="page_cache_moved")
    for label in WAGTAIL_FRAME_MODELS:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        register_frame_model(model)


def register_frame_model(model: type[Model]) -> None:
    """A snippet, setting or image model that the page frame or listings show (menus, footer, partner
    logos, service points): saving or deleting one of its rows makes the stored pages stale — of the row's
    own language for a translatable model, of every language otherwise. Each app registers its own in its
    AppConfig.ready(), so this module never names an app's models; tests/test_frame_models.py fails when a
    model the frame queries is missing."""
    label = model._meta.label
    _frame_models[label] = model
    post_save.connect(_frame_model_changed, sender=model, dispatch_uid=f"page_cache_save_{label}")
    post_delete.connect(_frame_model_changed, sender=model, dispatch_uid=f"page_cache_delete_{label}")


def frame_models() -> tuple[type[Model], ...]:
    """The registered frame models (see register_frame_model)."""
    return tuple(_frame_models.values())


# --- the CDN -----------------------------------------------------------------------------------------


def purge_frontend_cache(languages: Iterable[str]) -> None:
    """Purge every public page of these languages, and the sitemap, from the configured front-end caches.

    Wagtail's own handler purges only the published page; listings, the home page and the other
    languages' switchers show it too. Paginated and filtered listing URLs, feeds and calendars cannot all be
    listed: the repository's Varnish (deploy/varnish/portal.vcl) treats `PURGE <path>` as that path and
    everything below it, any query string included; elsewhere (Cloudflare) they expire with `s-maxage`.
    """
    languages = set(languages)
    if not languages or not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Site

    from .visibility import public_pages

    try:
        batch = PurgeBatch()
        batch.add_pages(public_pages().filter(locale__language_code__in=languages).specific(defer=True))
        batch.add_urls(f"{site.root_url}/sitemap.xml" for site in Site.objects.all())
        # Now, from this process (`.call`): `PurgeBatch.purge()` would only queue a background task, and a
        # reader must not see the old page for as long as the queue takes (tests/ops/test_proxy.py: < 1 s).
        purge_urls_from_cache_task.call(sorted(batch.urls))
    except Exception:
        # A CDN outage must not fail the editor's publish; the pages expire with s-maxage.
        logger.exception("Front-end cache purge failed for %s", sorted(languages))
