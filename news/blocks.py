"""Blocks of the news app. Page bodies reuse the shared `home.blocks.BodyBlock`."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class RelatedPagesBlock(blocks.StreamBlock):
    """Pages an editor links under "Related"; shown in the reader's language."""

    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        label = _("Related pages")
        max_num = 6
