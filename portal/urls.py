from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import routing as home_routing
from home import sitemap as home_sitemap
from home import views as home_views
from home.search import views as home_search

from . import security
from .api import api_router

ADMIN = settings.PORTAL_ADMIN_PREFIX.lstrip("/")  # "admin/"

urlpatterns = [
    path("", home_views.root_redirect, name="root"),
    path("healthz", home_views.healthz, name="healthz"),
    # Wagtail's own view, limited per address (portal/security.py).
    path(f"{ADMIN}password_reset/", security.password_reset, name="wagtailadmin_password_reset"),
    path(ADMIN, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", home_sitemap.sitemap, name="sitemap"),
    path("robots.txt", home_sitemap.robots_txt, name="robots_txt"),
    path("", include("news.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under /<lang>/; the page tree of that language answers.
urlpatterns += i18n_patterns(
    path("search/", home_search.search, name="search"),
    # Wagtail's page view, routed with the cached Site and home page (home/routing.py); Wagtail's own
    # _util/ URLs (password-protected pages, sign-in) are left to it.
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", home_routing.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
