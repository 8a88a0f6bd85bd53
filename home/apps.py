from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and shared pages")

    def ready(self) -> None:
        from portal import cache, uploads

        from . import checks, translation_drafts, translation_fallback  # noqa: F401 (checks registers itself)

        translation_fallback.install()
        cache.connect_signals()
        translation_drafts.connect_signals()
        uploads.connect_signals()
