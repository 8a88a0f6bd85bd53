"""StreamField blocks shared by every page type (news, events and campaigns reuse them)."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from .language_of_parts import FEATURE_NAMES as PASSAGE_LANGUAGE_FEATURES
from .language_of_parts import PASSAGE_LANGUAGES

RICH_TEXT_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    *PASSAGE_LANGUAGE_FEATURES,
]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("Level"),
        help_text=_("Use levels in order: a level 3 heading belongs under a level 2 heading."),
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading.html"
        label = _("Heading")


class FigureBlock(blocks.StructBlock):
    # Wagtail's ImageBlock asks for alt text or an explicit "decorative" choice.
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"), max_length=300)

    class Meta:
        icon = "image"
        template = "home/blocks/figure.html"
        label = _("Image")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        label=_("Link text"),
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "home/blocks/document_link.html"
        label = _("Document link")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Or an external address"))
    link_text = blocks.CharBlock(label=_("Button text"), max_length=80)

    class Meta:
        icon = "link"
        template = "home/blocks/call_to_action.html"
        label = _("Call to action")

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks import StructBlockValidationError

        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or enter an address."))}
            )
        return value


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Who said it"), max_length=200)
    language = blocks.ChoiceBlock(
        choices=list(PASSAGE_LANGUAGES.items()),
        required=False,
        label=_("Language of the quote"),
        help_text=_("Only when the quote is in another language than the page, e.g. a Croatian quote here."),
    )

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote.html"
        label = _("Quote")


class PartnerListBlock(blocks.StructBlock):
    """The project's partners of one role, in the page's language, from the Partner snippets."""

    role = blocks.ChoiceBlock(
        choices=[
            ("lead", _("Lead partner")),
            ("project", _("Project partners")),
            ("associated", _("Associated partners")),
        ],
        label=_("Which partners"),
    )

    class Meta:
        icon = "group"
        template = "home/blocks/partner_list.html"
        label = _("Partner list")

    def get_context(self, value, parent_context=None):
        from .models import Partner

        context = super().get_context(value, parent_context)
        context["partners"] = Partner.objects.filter(locale__language_code=get_language(), role=value["role"]).order_by(
            "sort_order", "name"
        )
        return context


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"), icon="pilcrow")
    image = FigureBlock()
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()
    quote = QuoteBlock()
    partners = PartnerListBlock()

    class Meta:
        label = _("Body")
