import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

django_application = get_wsgi_application()

# Stored public pages are answered before Django runs (portal/cache.py).
from portal.cache import PageCacheApplication  # noqa: E402

application = PageCacheApplication(django_application)
