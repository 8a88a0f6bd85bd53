"""Template tags of the page frame, available in every template without {% load %}."""

from django import template
from django.utils.html import format_html, strip_tags
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import get_language, gettext, gettext_lazy
from wagtail.models import Page

from home import languages
from home.models import Partner, SiteTexts
from portal.cache import cached_for_language, page_cache_generation
from portal.json_ld import json_ld_script
from portal.visibility import only_public

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context, page=None):
    return languages.language_versions(context["request"], page)


@register.simple_tag(takes_context=True)
def hreflang_alternates(context, page=None):
    """Real translations of the page as (hreflang, absolute URL) pairs; empty for non-page views."""
    request = context["request"]
    if page is None or not getattr(page, "translation_key", None):
        return []
    return sorted(languages.page_alternates(page, request).items())


@register.simple_tag(takes_context=True)
def canonical_url(context, page=None):
    request = context["request"]
    if page is not None and getattr(page, "translation_key", None):
        url = languages.canonical_url(page, request)
    else:
        url = request.build_absolute_uri(request.path)
    # Each page of a paginated listing is its own canonical (page 2 is not a copy of page 1).
    number = listing_page_number(request)
    return f"{url}?page={number}" if number > 1 and url.endswith(request.path) else url


# Query parameters that are no filter: the page number and the search words (the search titles itself).
NOT_FILTERS = {"page", "q"}


def listing_page_number(request) -> int:
    value = request.GET.get("page", "")
    return int(value) if value.isdigit() and 1 < int(value) < 100_000 else 1


def listing_filters(request) -> list[str]:
    """The values a listing is filtered by (`?tag=konferenca&year=2019` -> ['konferenca', '2019'])."""
    values = []
    for name in request.GET:
        if name in NOT_FILTERS:
            continue
        values.extend(Truncator(value.strip()).chars(40) for value in request.GET.getlist(name) if value.strip())
    return values[:3]


@register.simple_tag(takes_context=True)
def listing_title_state(context) -> str:
    """What tells a filtered or later page of a listing apart in its title: ': konferenca – stran 2'."""
    request = context.get("request")
    if request is None:
        return ""
    filters, number = listing_filters(request), listing_page_number(request)
    state = f": {', '.join(filters)}" if filters else ""
    if number > 1:
        state += " – " + gettext("page %(number)s") % {"number": number}
    return state


@register.simple_tag(takes_context=True)
def listing_is_filtered(context) -> bool:
    """Filtered variants of a listing are not for search engines (noindex, follow); its pages are."""
    request = context.get("request")
    return bool(request is not None and listing_filters(request))


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The home page of the active language (navigation root), once per request."""
    return languages.locale_home(context["request"])


@register.simple_tag(takes_context=True)
def main_menu(context):
    home = locale_home(context)
    if home is None:
        return []
    request = context["request"]
    if not hasattr(request, "_main_menu"):
        request._main_menu = cached_for_language(
            get_language(),
            f"menu-{home.pk}",
            lambda: list(
                only_public(home.get_children().live().in_menu()).select_related("locale", "alias_of__locale")
            ),
        )
    return request._main_menu


@register.simple_tag
def frame_generation() -> str:
    """Part of the `{% cache %}` key of frame fragments: they are rebuilt when their language changes."""
    return page_cache_generation(get_language())


@register.simple_tag
def site_texts():
    return SiteTexts.objects.filter(locale__language_code=get_language()).first()


@register.simple_tag
def footer_partners():
    return list(
        Partner.objects.filter(locale__language_code=get_language())
        .exclude(role=Partner.Role.ASSOCIATED)
        .order_by("sort_order", "name")
    )


# A language named inside a sentence of the interface language ("… in its original language, Slovenian").
LANGUAGE_NAMES_IN_TEXT = {
    "sl": gettext_lazy("Slovenian"),
    "hr": gettext_lazy("Croatian"),
    "en": gettext_lazy("English"),
}


@register.filter
def language_in_text(code: str) -> str:
    return str(LANGUAGE_NAMES_IN_TEXT.get(code, code))


OPEN_GRAPH_LOCALES = {"sl": "sl_SI", "hr": "hr_HR", "en": "en_GB"}


@register.filter
def og_locale(code: str) -> str:
    return OPEN_GRAPH_LOCALES.get(code, code)


@register.simple_tag
def page_language(page) -> str:
    """Language of the content actually shown: an untranslated copy shows its source page's language."""
    if copy := languages.copy_language(page):
        return copy
    if isinstance(page, Page):
        languages.real_translations(page)  # fetches the page's locale with the translations the frame needs
        return page.locale.language_code
    return get_language()


@register.simple_tag
def copy_language(page) -> str:
    """The source language of an untranslated copy (an alias or a translation not published yet), else ""."""
    return languages.copy_language(page)


@register.filter
def copy_lang_attr(page) -> str:
    """` lang="sl"` on a link to an untranslated copy, whose title is in the source language."""
    code = languages.copy_language(page)
    return format_html(' lang="{}"', code) if code else ""


@register.simple_tag
def menu_state(page, item) -> str:
    """aria-current for a menu link: "page" on the page itself, "true" inside its section."""
    if not isinstance(page, Page):
        return ""
    if page.pk == item.pk:
        return "page"
    return "true" if page.path.startswith(item.path) else ""


@register.filter
def json_ld(data: dict) -> SafeString:
    """A schema.org object as a `<script type="application/ld+json">` element (see portal/json_ld.py)."""
    return json_ld_script(data)


# Where page types keep their one-paragraph summary, in order of preference.
SUMMARY_FIELDS = ("search_description", "intro", "summary", "key_message")


@register.simple_tag
def meta_description(page=None) -> str:
    """The editor's search description, else the page's own summary, cut to a snippet's length."""
    text = next((getattr(page, name, "") for name in SUMMARY_FIELDS if getattr(page, name, "")), "")
    if not isinstance(text, str):
        text = str(text)
    if not text.strip() and isinstance(page, Page):
        # A page without a summary (a listing, a partner section) is described by what it says, else by its
        # title and the project, so that no public page lacks a description.
        text = page.search_plain_text() if hasattr(page, "search_plain_text") else ""
        if not text.strip():
            text = gettext(
                "%(title)s: the 2SoKroG project for social activation across the Slovenian–Croatian border."
            ) % {"title": page.title}
    return Truncator(" ".join(strip_tags(text).split())).chars(160)


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page) -> list[Page]:
    """The page's ancestors from its language's home page down, shared until a page of the language changes."""
    home = locale_home(context)
    if not isinstance(page, Page) or home is None or page.depth <= home.depth:
        return []
    return cached_for_language(
        get_language(),
        f"breadcrumbs-{page.pk}",
        lambda: list(page.get_ancestors().filter(depth__gte=home.depth)),
    )


@register.simple_tag(takes_context=True)
def localized_pageurl(context, page: Page) -> str:
    """The URL of `page` in the active language (its translation, else the page itself). Shared per language
    until a page changes: `page.localized` alone costs two queries per link."""
    request = context.get("request")
    return cached_for_language(
        get_language(), f"localized-url-{page.pk}", lambda: page.localized.get_url(request) or ""
    )
