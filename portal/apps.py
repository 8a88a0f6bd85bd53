from django.apps import AppConfig


class PortalConfig(AppConfig):
    """The shared infrastructure (page cache, uploads, security, backups). It imports no app: apps tell it
    what it needs to know (frame models, public-page rules, who may unlock sign-ins) from their own ready()
    and wagtail_hooks."""

    name = "portal"

    def ready(self) -> None:
        from . import cache, checks, uploads  # noqa: F401 (checks registers itself)

        cache.connect_signals()
        uploads.connect_signals()
