"""StreamField blocks of event pages: the programme (agenda) and the post-event photos and documents.

Body text, documents and figures reuse the shared blocks of `home.blocks`.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import DocumentLinkBlock, FigureBlock


class AgendaItemBlock(blocks.StructBlock):
    """One item of the programme. Times are local (Europe/Ljubljana) times of the event's day."""

    starts = blocks.TimeBlock(required=False, label=_("Starts at"))
    ends = blocks.TimeBlock(required=False, label=_("Ends at"))
    title = blocks.CharBlock(label=_("Item"), max_length=255)
    speakers = blocks.CharBlock(required=False, label=_("Speakers or moderators"), max_length=500)
    description = blocks.TextBlock(required=False, label=_("Description"))

    class Meta:
        icon = "time"
        label = _("Programme item")

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        value = super().clean(value)
        if value.get("starts") and value.get("ends") and value["ends"] < value["starts"]:
            raise StructBlockValidationError(
                block_errors={"ends": ValidationError(_("The item cannot end before it starts."))}
            )
        return value


class DayHeadingBlock(blocks.StructBlock):
    """Separates the days of a programme that spans several days."""

    day = blocks.DateBlock(label=_("Day"))

    class Meta:
        icon = "date"
        label = _("Day")


class ProgrammeBlock(blocks.StreamBlock):
    day = DayHeadingBlock()
    item = AgendaItemBlock()

    class Meta:
        label = _("Programme")


class ReportDocumentsBlock(blocks.StreamBlock):
    document = DocumentLinkBlock()

    class Meta:
        label = _("Documents")


class ReportPhotosBlock(blocks.StreamBlock):
    # FigureBlock's ImageBlock requires alt text (or an explicit "decorative" choice) for every photo.
    photo = FigureBlock(label=_("Photo"))

    class Meta:
        label = _("Photos")
