"""The read-only Wagtail API at /api/v2/, for partners who show our news and events on their own sites.

Pages: only what the public may see anywhere (portal.visibility: live, public, and the apps' own rules —
real translations only, lapsed consent). Fields: only those each model lists in `api_fields`, so
private data (consent records, subscribers) can never appear. Filter with `?type=news.NewsPage&locale=hr`.
Anonymous clients are rate limited per IP through the shared cache.
"""

from rest_framework.renderers import JSONRenderer
from rest_framework.throttling import AnonRateThrottle
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from portal.ratelimit import client_ip
from portal.visibility import public_pages


class ClientAddressThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, counting per visitor address as every other limit sees it (client_ip)."""

    def get_ident(self, request):
        return client_ip(request)


class ReadOnlyAPIMixin:
    renderer_classes = [JSONRenderer]
    throttle_classes = [ClientAddressThrottle]

    def listing_view(self, request):
        # The search backend raises a plain ValueError for any other operator, which would be an HTML 500.
        if request.GET.get("search_operator", "or") not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        return super().listing_view(request)


class PublicPagesAPIViewSet(ReadOnlyAPIMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        # By primary key: the search backend can only filter on indexed fields, and public_pages() also
        # filters on others (aliases, the content apps' rules), which made every ?search= a 400.
        return Page.objects.filter(pk__in=public_pages(super().get_base_queryset()).values("pk"))


class PublicImagesAPIViewSet(ReadOnlyAPIMixin, ImagesAPIViewSet):
    pass


class PublicDocumentsAPIViewSet(ReadOnlyAPIMixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
