"""/sitemap.xml with hreflang alternates, and /robots.txt pointing to it.

Only real translations are listed (see portal.visibility); each entry names its sibling translations as
`xhtml:link` alternates, as search engines expect for translated sites. URLs use the host of the request,
like canonical and hreflang links in pages.
"""

from collections import defaultdict

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page

from portal.visibility import public_pages


@require_GET
def sitemap(request: HttpRequest) -> HttpResponse:
    pages = public_pages(Page.objects.filter(depth__gt=1)).select_related("locale").order_by("path")
    entries = []
    by_translation = defaultdict(list)
    for page in pages:
        url = page.get_url(request)
        if not url:
            continue
        entry = {
            "location": request.build_absolute_uri(url),
            "lastmod": page.last_published_at,
            "language": page.locale.language_code,
            "alternates": by_translation[page.translation_key],
        }
        # Every entry of one translation group shares the same list, filled as the group is read.
        by_translation[page.translation_key].append(entry)
        entries.append(entry)
    response = TemplateResponse(
        request, "home/sitemap.xml", {"entries": entries}, content_type="application/xml; charset=utf-8"
    )
    # A shared cache may keep it: every publish purges /sitemap.xml with the pages (portal.cache).
    patch_cache_control(
        response, public=True, max_age=settings.PAGE_CACHE_BROWSER_MAX_AGE, s_maxage=settings.PAGE_CACHE_TIMEOUT
    )
    return response


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        f"Disallow: {settings.PORTAL_ADMIN_PREFIX}",
        "Disallow: /*/search/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
