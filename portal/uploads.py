"""Uploaded documents must be what their names say.

Wagtail checks a document's extension (WAGTAILDOCS_EXTENSIONS) and size, not its bytes; images it checks
itself (Willow must recognise the format, and SVG is not allowed). A web page, SVG drawing or script renamed
to `.pdf` or `.txt` would pass, so the editor's form also looks at the first bytes. Served documents are
harmless anyway (attachment, nosniff and a `sandbox` CSP, see portal/security.py); this check tells the
editor at once instead of publishing a file that would not open.
"""

from __future__ import annotations

import re

from django import forms
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

SNIFF_BYTES = 64 * 1024

ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
# Office documents (OOXML, OpenDocument) are zip archives.
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "docx": ZIP_SIGNATURES,
    "xlsx": ZIP_SIGNATURES,
    "pptx": ZIP_SIGNATURES,
    "odt": ZIP_SIGNATURES,
    "ods": ZIP_SIGNATURES,
    "odp": ZIP_SIGNATURES,
    "zip": ZIP_SIGNATURES,
}
TEXT_EXTENSIONS = {"txt", "csv"}
# Markup a browser would render as a page or drawing; plain text and CSV never need it.
ACTIVE_MARKUP = re.compile(
    rb"<\s*(script|html|body|head|svg|iframe|object|embed|meta|!doctype|\?xml|xsl)[\s>/:]", re.IGNORECASE
)


def content_problem(extension: str, head: bytes) -> bool:
    """True when the first bytes of a file do not fit its extension, or carry markup that could run."""
    extension = extension.lower()
    if extension == "pdf":
        return b"%PDF-" not in head[:1024]
    if extension in SIGNATURES:
        return not head.startswith(SIGNATURES[extension])
    if extension in TEXT_EXTENSIONS:
        return b"\x00" in head or ACTIVE_MARKUP.search(head) is not None
    return False


class DocumentContentForm(BaseDocumentForm):
    """Wagtail's document form (single and multiple upload, WAGTAILDOCS_DOCUMENT_FORM_BASE) plus the
    content check."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or upload == self.original_file or not hasattr(upload, "read"):
            return upload
        name = getattr(upload, "name", "") or ""
        extension = name.rsplit(".", 1)[-1] if "." in name else ""
        position = upload.tell() if hasattr(upload, "tell") else 0
        upload.seek(0)
        head = upload.read(SNIFF_BYTES)
        upload.seek(position)
        if content_problem(extension, head):
            raise forms.ValidationError(
                _(
                    "The content of “%(name)s” is not a valid %(format)s file. Save the document again in "
                    "that format and upload it; web pages, SVG drawings and scripts cannot be uploaded as documents."
                )
                % {"name": name, "format": extension.upper()},
                code="content_mismatch",
            )
        return upload


def fill_document_hash(sender, instance, raw=False, **kwargs) -> None:
    """A document saved without its file hash (created in code, imported, restored) gets one at once: Wagtail
    serves `file_hash` as the download's ETag, and an empty one (`ETag: ""`) would make every version of every
    such file look the same to browsers and caches."""
    if raw or instance.file_hash or not instance.file:
        return
    try:
        instance.get_file_hash()  # computes, then saves only that field
    except (OSError, ValueError):  # the file is not readable (yet): Wagtail computes it on the next save
        return


def connect_signals() -> None:
    from django.db.models.signals import post_save
    from wagtail.documents import get_document_model

    post_save.connect(fill_document_hash, sender=get_document_model(), dispatch_uid="portal_document_hash")
