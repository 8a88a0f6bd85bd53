"""Template tags of the page frame, available in every template without {% load %}."""

from django import template
from django.conf import settings
from django.utils.html import strip_tags
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.models import Page

from home import languages
from home.models import Partner, SiteTexts
from home.visibility import only_public
from portal.cache import cached_for_language, page_cache_generation
from portal.json_ld import json_ld_script

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
        return languages.canonical_url(page, request)
    return request.build_absolute_uri(request.path)


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
            lambda: list(only_public(home.get_children().live().in_menu()).select_related("alias_of__locale")),
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


@register.filter
def language_name(code: str) -> str:
    return dict(settings.LANGUAGES).get(code, code)


OPEN_GRAPH_LOCALES = {"sl": "sl_SI", "hr": "hr_HR", "en": "en_GB"}


@register.filter
def og_locale(code: str) -> str:
    return OPEN_GRAPH_LOCALES.get(code, code)


@register.simple_tag
def page_language(page) -> str:
    """Language of the content actually shown: an alias shows its source page's language."""
    if isinstance(page, Page) and page.alias_of_id is not None:
        return page.alias_of.locale.language_code
    if isinstance(page, Page):
        languages.real_translations(page)  # fetches the page's locale with the translations the frame needs
        return page.locale.language_code
    return get_language()


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
