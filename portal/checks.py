"""System checks: the settings and the database must agree on where the public portal lives."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Warning, register
from django.db import DatabaseError


@register()
def public_base_url_matches_site(app_configs=None, **kwargs):
    """Links in e-mails use PUBLIC_BASE_URL, page links made by Wagtail use the default Site's hostname and
    port: when they disagree, one of them points readers to the wrong place."""
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).only("hostname", "port").first()
    except DatabaseError:  # not migrated yet
        return []
    if site is None:
        return []
    public = urlsplit(settings.PUBLIC_BASE_URL)
    default_port = 443 if public.scheme == "https" else 80
    if (public.hostname or "", public.port or default_port) == (site.hostname, site.port):
        return []
    return [
        Warning(
            f"PUBLIC_BASE_URL is {settings.PUBLIC_BASE_URL}, but the default Site is {site.hostname}:{site.port}.",
            hint="Set the Site's hostname and port in the admin (Settings → Sites) to the public address, or fix"
            " PUBLIC_BASE_URL.",
            id="portal.W001",
        )
    ]
