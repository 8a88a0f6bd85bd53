"""The read-only Wagtail API at /api/v2/, for partners who show our news and events on their own sites.

Pages: only what the public may see anywhere (home.visibility: live, public, real translations, and the
content apps' own rules such as lapsed consent). Fields: only those each model lists in `api_fields`, so
private data (consent records, subscribers) can never appear. Filter with `?type=news.NewsPage&locale=hr`.
Anonymous clients are rate limited per IP through the shared cache.
"""

from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import AnonRateThrottle
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from home.visibility import public_pages
from portal.ratelimit import client_ip


class ClientAddressThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, counting per visitor address as every other limit sees it (client_ip)."""

    def get_ident(self, request):
        return client_ip(request)


class ReadOnlyAPIMixin:
    renderer_classes = [JSONRenderer]
    throttle_classes = [ClientAddressThrottle]


class PublicPagesAPIViewSet(ReadOnlyAPIMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        return public_pages(super().get_base_queryset())


class PublicImagesAPIViewSet(ReadOnlyAPIMixin, ImagesAPIViewSet):
    pass


class PublicDocumentsAPIViewSet(ReadOnlyAPIMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
