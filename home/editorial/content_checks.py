"""The editors' content checker (Wagtail's userbar "Checks"), tuned to our content.

Wagtail runs a few axe-core rules on the page an editor is looking at. We add:
- `vague-link-text`: links that say only "več", "više", "read more", "click here"… (WCAG 2.4.4: a screen
  reader's list of links is useless when every entry says "read more"). Its check (`portal-link-text`) is
  JavaScript, registered by `home/static/home/js/content-checks.js` through the userbar's `registerCheck`,
  because a check needs an evaluate function and the configuration travels as JSON.
- `image-alt`, `image-redundant-alt` and a stricter `alt-text-quality` pattern (camera file names).
- `valid-lang`, for passages marked with the language-of-parts feature.
Wagtail's own rules stay: empty headings, skipped heading levels (`heading-order`), empty links and buttons.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

# Link texts that do not say where a link goes, in our three languages (compared without case and without
# trailing punctuation or arrows).
VAGUE_LINK_TEXTS = [
    "več",
    "preberi več",
    "preberite več",
    "tukaj",
    "klikni tukaj",
    "kliknite tukaj",
    "povezava",
    "više",
    "pročitaj više",
    "pročitajte više",
    "ovdje",
    "klikni ovdje",
    "kliknite ovdje",
    "poveznica",
    "more",
    "read more",
    "more info",
    "click here",
    "here",
    "link",
]
FILE_NAME_ALT = r"\.(avif|gif|jpg|jpeg|png|svg|webp|heic)$|_|^(img|dsc|dscn|pxl)[-]?\d+"


class PortalContentCheckerItem(ContentCheckerItem):
    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "vague-link-text",
        "image-alt",
        "image-redundant-alt",
        "valid-lang",
    ]
    axe_custom_rules = [
        *ContentCheckerItem.axe_custom_rules,
        {
            "id": "vague-link-text",
            "impact": "serious",
            "selector": "a[href]",
            "tags": ["best-practice"],
            "any": ["portal-link-text"],
            "enabled": True,
        },
    ]
    axe_custom_checks = [
        {"id": "check-image-alt-text", "options": {"pattern": FILE_NAME_ALT}},
        {"id": "check-empty-meta-description"},
        {"id": "portal-link-text", "options": {"vague": VAGUE_LINK_TEXTS}},
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "vague-link-text": {
            "error_name": _("Link text does not say where the link goes"),
            "help_text": _("Instead of “read more”, use words that make sense out of context, e.g. the title."),
        },
        "image-alt": {
            "error_name": _("Image has no alternative text"),
            "help_text": _("Describe the image, or mark it as decorative"),
        },
        "image-redundant-alt": {
            "error_name": _("Alternative text repeats the text next to the image"),
            "help_text": _("Describe what the image adds, or mark it as decorative"),
        },
        "valid-lang": {
            "error_name": _("Unknown language of a passage"),
            "help_text": _("Choose the passage's language from the editor's language buttons"),
        },
    }

    class Media:
        js = ["home/js/content-checks.js"]


def use_portal_content_checker(request, items, page=None) -> None:
    """construct_wagtail_userbar hook: swap Wagtail's checker for ours, keeping its place in the menu."""
    items[:] = [
        PortalContentCheckerItem(in_editor=item.in_editor)
        if isinstance(item, ContentCheckerItem) and not isinstance(item, PortalContentCheckerItem)
        else item
        for item in items
    ]
