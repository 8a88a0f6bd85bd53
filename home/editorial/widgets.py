"""Admin widgets that speak the editors' languages properly.

Wagtail's snippet chooser builds its button texts from the model name ("Choose %(object)s"), which Slovenian
and Croatian cannot inflect: "Izberite partner" instead of "Izberite partnerja". The partner chooser says it
whole.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.widgets import AdminSnippetChooser


class PartnerChooser(AdminSnippetChooser):
    def __init__(self, **kwargs):
        from home.models import Partner

        super().__init__(model=Partner, **kwargs)
        self.choose_one_text = _("Choose a partner")
        self.choose_another_text = _("Choose another partner")
        self.link_to_chosen_text = _("Edit this partner")
