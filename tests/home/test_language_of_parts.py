"""WCAG 3.1.2: editors mark a passage's language in rich text; it reaches the page as <span lang>."""

import json

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.rich_text import RichText

from home.blocks import RICH_TEXT_FEATURES
from tests.factories import StandardPageFactory


def editor_content(text: str, style: str, offset: int, length: int) -> str:
    """What Draftail posts when an editor selects part of a paragraph and presses a language button."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [{"offset": offset, "length": length, "style": style}],
                    "entityRanges": [],
                    "data": {},
                }
            ],
            "entityMap": {},
        }
    )


def test_a_marked_passage_is_stored_as_a_span_with_lang_and_survives_re_editing():
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    text = "Udeleženka je rekla: Ovo mi je promijenilo život."
    html = converter.to_database_format(editor_content(text, "LANG_HR", 21, 28))
    assert (
        html == '<p data-block-key="a1b2c">Udeleženka je rekla: <span lang="hr">Ovo mi je promijenilo život.</span></p>'
    )
    reopened = json.loads(converter.from_database_format(html))
    assert reopened["blocks"][0]["inlineStyleRanges"] == [{"offset": 21, "length": 28, "style": "LANG_HR"}]


def test_every_site_language_has_a_toolbar_button():
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    for code in ("sl", "hr", "en"):
        html = converter.to_database_format(editor_content("abc", f"LANG_{code.upper()}", 0, 3))
        assert f'<span lang="{code}">abc</span>' in html


def test_the_page_shows_the_passage_with_its_language(client, site_tree):
    body = [
        ("paragraph", RichText('<p>Rekla je: <span lang="hr">Hvala vam na svemu.</span></p>')),
        ("quote", {"quote": "Thank you for everything.", "attribution": "A participant", "language": "en"}),
    ]
    StandardPageFactory(parent=site_tree.homes["sl"], slug="izjave", body=body)
    html = client.get("/sl/izjave/").content.decode()
    assert '<span lang="hr">Hvala vam na svemu.</span>' in html
    assert '<blockquote lang="en">' in html
