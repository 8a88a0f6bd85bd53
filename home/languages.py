"""Which language versions of a page exist, and where the language switcher should send a visitor.

The rule: only published translations count. An *untranslated copy* is a page that exists in a language's
tree but shows the source language's content:

- a wagtail-localize alias (made by the tree synchronisation), or
- a translation that has been started but never published. wagtail-localize turns the alias into a live
  page the moment a translator starts ("Translate this page"), long before anyone publishes the
  translation; home/translations/drafts.py keeps such a page's public content the source's meanwhile.

An untranslated copy is never offered as a translation (switcher, hreflang, sitemap, search, API, feeds,
newsletters), marks its content with the source language and points its canonical link at its source.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from portal.cache import cached_for_language

LANGUAGE_NAMES = dict(settings.LANGUAGES)
# Every other language's tree is synchronised from this one (home/migrations/0002_locales).
SOURCE_LANGUAGE = settings.LANGUAGE_CODE

# Page rows that are a language version in their own right: not an alias and, outside the source language, not
# a translation in progress. One in progress is live, has drafts (revisions) but has never been published
# itself: wagtail-localize converts the alias without publishing it (home/translations/drafts.py). A page that
# has no revision at all was not made in the admin (an import, a script) and is taken as it is.
PUBLISHED_VERSION = Q(alias_of__isnull=True) & (
    Q(locale__language_code=SOURCE_LANGUAGE) | Q(live_revision__isnull=False) | Q(latest_revision__isnull=True)
)


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    # False when the page has no real translation in this language and `url` is that
    # language's home page instead.
    translated: bool
    current: bool


def copy_language(page) -> str:
    """For an untranslated copy, the language of the content it shows; "" for a real language version.

    Listings that may show copies select `alias_of__locale` and `locale` with their pages."""
    if not isinstance(page, Page):
        return ""
    if page.alias_of_id is not None:
        return page.alias_of.locale.language_code
    if (
        page.live_revision_id is None
        and page.latest_revision_id is not None
        and page.live
        and page.locale.language_code != SOURCE_LANGUAGE
    ):
        return SOURCE_LANGUAGE
    return ""


def copy_source(page: Page) -> Page | None:
    """The page an untranslated copy shows the content of; None for a real language version."""
    if page.alias_of_id is not None:
        return page.alias_of
    if copy_language(page):
        return (
            Page.objects.filter(translation_key=page.translation_key, locale__language_code=SOURCE_LANGUAGE, live=True)
            .select_related("locale")
            .first()
        )
    return None


def real_translations(page: Page) -> list[Page]:
    """Published language versions of `page` (itself included when it qualifies), one query."""
    if not getattr(page, "translation_key", None):
        return []
    cache = getattr(page, "_real_translations_cache", None)
    if cache is None:

        def build() -> list[Page]:
            return list(
                Page.objects.filter(PUBLISHED_VERSION, translation_key=page.translation_key, live=True)
                .select_related("locale")
                .order_by("pk")
            )

        # A new, renamed or unpublished translation replaces the generation of every language it exists in.
        cache = cached_for_language(get_language(), f"translations-{page.translation_key}", build)
        page._real_translations_cache = cache
        for translation in cache:
            if translation.pk == page.pk:
                # The locale came with the query: spare the frame a lookup of its own.
                page.locale = translation.locale
    return cache


def language_home_pages(request: HttpRequest) -> dict[str, Page]:
    """Each language's live home page (specific), shared by the router, menu, breadcrumbs and switcher."""
    cached = getattr(request, "_language_home_pages", None)
    if cached is None:
        from home.routing import cached_site

        site = cached_site(request)
        cached = {}
        if site is not None:

            def build() -> dict[str, Page]:
                root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")
                homes = Page.objects.filter(translation_key__in=root_key, live=True).select_related("locale")
                locales = {home.pk: home.locale for home in homes}
                specific = Page.objects.filter(pk__in=locales).specific()
                for home in specific:
                    home.locale = locales[home.pk]
                return {home.locale.language_code: home for home in specific}

            # Shared across requests until a page of this language changes (portal/cache.py).
            cached = cached_for_language(get_language(), f"homes-{site.pk}", build)
        request._language_home_pages = cached
    return cached


def locale_home(request: HttpRequest) -> Page | None:
    """The home page of the active language, falling back to the source language's like `Page.localized`."""
    homes = language_home_pages(request)
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)


def language_homes(request: HttpRequest) -> dict[str, str]:
    """URL of each language's home page; `/<code>/` where a language has none yet."""
    homes = {code: page.get_url(request) for code, page in language_home_pages(request).items()}
    return {code: homes.get(code) or f"/{code}/" for code, _name in settings.LANGUAGES}


def page_alternates(page: Page, request: HttpRequest) -> dict[str, str]:
    """language code -> URL of each real translation of `page` (for hreflang and the sitemap)."""
    alternates = {}
    for translation in real_translations(page):
        url = absolute_url(translation, request)
        if url:
            alternates[translation.locale.language_code] = url
    return alternates


def absolute_url(page: Page, request: HttpRequest) -> str | None:
    """The page's URL on the host this request came in on (ALLOWED_HOSTS guards which hosts those are),
    so canonical and hreflang links agree with x-default and with where the visitor actually is."""
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else None


def canonical_url(page: Page, request: HttpRequest) -> str | None:
    """An untranslated copy's canonical is its source page; a real page is its own canonical."""
    return absolute_url(copy_source(page) or page, request)


def language_versions(request: HttpRequest, page: Page | None = None) -> list[LanguageVersion]:
    """One entry per site language for the switcher, in the order of settings.LANGUAGES."""
    current = get_language()
    homes = language_homes(request)
    if page is not None and getattr(page, "translation_key", None):
        translated = {}
        for translation in real_translations(page):
            url = translation.get_url(request)
            if url:
                translated[translation.locale.language_code] = url
    else:
        translated = _translated_view_urls(request)
    versions = []
    for code, name in settings.LANGUAGES:
        url = translated.get(code)
        versions.append(
            LanguageVersion(
                code=code,
                name=name,
                url=url or homes[code],
                translated=url is not None,
                current=code == current,
            )
        )
    return versions


def _translated_view_urls(request: HttpRequest) -> dict[str, str]:
    """For Django views under /<lang>/ (search, forms): the same view in each language."""
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name in (None, "wagtail_serve"):
        return {}
    path = request.get_full_path()
    return {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
