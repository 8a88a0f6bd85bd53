"""Language of parts (WCAG 3.1.2) in rich text: editors mark a passage as Slovenian, Croatian or English.

Wagtail has no such feature. Each language is a Draftail inline style (a toolbar button "SL", "HR", "EN"),
stored as `<span lang="hr">…</span>` and rendered as it is stored, so screen readers switch voice for a
Croatian quote on a Slovenian page. Inline styles need no custom admin JavaScript. Delete this module when
Wagtail gains a built-in language feature.
"""

from django.utils.translation import gettext_lazy as _

# Language code -> the toolbar description. The content languages of the portal.
PASSAGE_LANGUAGES = {
    "sl": _("Passage in Slovenian"),
    "hr": _("Passage in Croatian"),
    "en": _("Passage in English"),
}
FEATURE_NAMES = [f"lang-{code}" for code in PASSAGE_LANGUAGES]


def register_features(features) -> None:
    # Admin imports here: block definitions import this module while models are still loading.
    from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
    from wagtail.admin.rich_text.editors.draftail.features import InlineStyleFeature

    for code, description in PASSAGE_LANGUAGES.items():
        feature_name = f"lang-{code}"
        style = f"LANG_{code.upper()}"
        features.register_editor_plugin(
            "draftail",
            feature_name,
            InlineStyleFeature(
                {
                    "type": style,
                    "label": code.upper(),
                    "description": description,
                    "style": {"textDecoration": "underline dotted", "textDecorationColor": "#0b4f8a"},
                }
            ),
        )
        features.register_converter_rule(
            "contentstate",
            feature_name,
            {
                "from_database_format": {f'span[lang="{code}"]': InlineStyleElementHandler(style)},
                "to_database_format": {"style_map": {style: {"element": "span", "props": {"lang": code}}}},
            },
        )
