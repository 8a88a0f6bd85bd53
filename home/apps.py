from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and shared pages")

    def ready(self) -> None:
        from portal import cache, lockouts

        from . import roles, translation_fallback
        from .models import Partner, PortalImage, PortalSettings, SiteTexts
        from .translations import drafts

        translation_fallback.install()
        drafts.connect_signals()
        # The page frame shows them (footer, partner logos, funding statement, images).
        for model in (Partner, SiteTexts, PortalSettings, PortalImage):
            cache.register_frame_model(model)
        lockouts.register_unlocking_group(roles.COMMUNICATIONS_STAFF)
