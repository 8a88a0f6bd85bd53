from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    name = "campaigns"
    verbose_name = _("Prevention campaign")

    def ready(self) -> None:
        from portal import cache

        from .models import ServicePoint

        cache.register_frame_model(ServicePoint)  # the help directory and the campaign pages list them
