"""StreamField blocks of the prevention campaign and the self-check, one class per kind of content."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from home.blocks import RICH_TEXT_FEATURES, CallToActionBlock, DocumentLinkBlock, FigureBlock, HeadingBlock

# Answers to FAQ and self-check advice stay short and simple: no headings inside them.
SHORT_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class KeyFactBlock(blocks.StructBlock):
    figure = blocks.CharBlock(
        label=_("Figure"),
        max_length=40,
        help_text=_("The number as readers should see it, e.g. “24 months” or “EUR 574,947”."),
    )
    label = blocks.CharBlock(label=_("What the figure means"), max_length=200)
    source = blocks.CharBlock(
        label=_("Source"),
        max_length=200,
        help_text=_("Where the figure comes from. Every figure needs a source."),
    )
    source_url = blocks.URLBlock(required=False, label=_("Link to the source"))

    class Meta:
        icon = "order"
        label = _("Key fact")


class KeyFactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    facts = blocks.ListBlock(KeyFactBlock(), min_num=1, label=_("Facts"))

    class Meta:
        icon = "order"
        template = "campaigns/blocks/key_facts.html"
        label = _("Key facts and figures")


class WarningSignsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    intro = blocks.TextBlock(required=False, label=_("Introduction"))
    signs = blocks.ListBlock(blocks.CharBlock(label=_("Sign"), max_length=300), min_num=1, label=_("Warning signs"))

    class Meta:
        icon = "warning"
        template = "campaigns/blocks/warning_signs.html"
        label = _("Warning signs")


class SuccessStoriesBlock(blocks.StructBlock):
    """Stories are rendered by the news app, which alone knows whether a story's consent is still valid."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    stories = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="news.SuccessStoryPage", label=_("Story")),
        min_num=1,
        label=_("Success stories"),
    )

    class Meta:
        icon = "user"
        template = "campaigns/blocks/success_stories.html"
        label = _("Success stories")


class MaterialsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    documents = blocks.ListBlock(DocumentLinkBlock(), min_num=1, label=_("Leaflets, posters and other materials"))

    class Meta:
        icon = "download"
        template = "campaigns/blocks/materials.html"
        label = _("Downloadable materials")


class RelatedByTagBlock(blocks.StructBlock):
    """News and events that editors tagged with the same word, in the reader's language.

    No heading of its own: the news and events apps' card lists bring theirs, and show nothing
    (not even a heading) when nothing carries the tag.
    """

    tag = blocks.CharBlock(
        label=_("Tag"),
        max_length=100,
        help_text=_("Tags are written per language: use the tag as it appears on news and events in this language."),
    )
    show_news = blocks.BooleanBlock(required=False, default=True, label=_("Show news"))
    show_events = blocks.BooleanBlock(required=False, default=True, label=_("Show events"))

    class Meta:
        icon = "tag"
        template = "campaigns/blocks/related_by_tag.html"
        label = _("Related news and events")


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES, label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Question and answer")


class FAQBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    items = blocks.ListBlock(QuestionAnswerBlock(), min_num=1, label=_("Questions"))

    class Meta:
        icon = "help"
        template = "campaigns/blocks/faq.html"
        label = _("Frequently asked questions")


class CampaignBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"), icon="pilcrow")
    image = FigureBlock()
    key_facts = KeyFactsBlock()
    warning_signs = WarningSignsBlock()
    success_stories = SuccessStoriesBlock()
    call_to_action = CallToActionBlock()
    materials = MaterialsBlock()
    related = RelatedByTagBlock()
    faq = FAQBlock()

    class Meta:
        label = _("Body")


class EasyReadBodyBlock(blocks.StreamBlock):
    """Few kinds on purpose: easy-read texts are short paragraphs, pictures and clear next steps."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=["bold", "ul", "link"], label=_("Text"), icon="pilcrow")
    image = FigureBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        label = _("Body")


class SelfCheckQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300, help_text=_("Ask a yes/no question."))
    hint = blocks.CharBlock(
        required=False, label=_("Hint"), max_length=300, help_text=_("Optional explanation shown under the question.")
    )
    weight = blocks.IntegerBlock(
        default=1,
        min_value=1,
        max_value=10,
        label=_("Points for “yes”"),
        help_text=_("How much a “yes” adds to the score. Usually 1."),
    )

    class Meta:
        icon = "help"
        label = _("Question")


class ResultBandBlock(blocks.StructBlock):
    min_score = blocks.IntegerBlock(min_value=0, label=_("From score"))
    max_score = blocks.IntegerBlock(min_value=0, label=_("To score"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    advice = blocks.RichTextBlock(features=SHORT_TEXT_FEATURES, label=_("Advice"))

    class Meta:
        icon = "list-ul"
        label = _("Result band")

    def clean(self, value):
        value = super().clean(value)
        if value["max_score"] < value["min_score"]:
            raise StructBlockValidationError(
                block_errors={"max_score": ValidationError(_("“To score” cannot be lower than “From score”."))}
            )
        return value
