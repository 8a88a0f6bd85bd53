"""Uploads: only real documents and images get in, and nothing served from /documents/ can
run script on the site's origin."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.models import Collection

from home.models import PortalImage

HTML = b"<!DOCTYPE html><html><body><script>fetch('/admin/')</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><script>alert(1)</script></svg>'


def real_pdf() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def real_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return buffer.getvalue()


def real_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#0b4f8a").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def editor_client(client, db):
    user = User.objects.create_superuser("urednik", "urednik@example.org", "a-long-test-password")
    client.force_login(user)
    return client


def upload_document(client, name: str, content: bytes):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("porocilo.pdf", HTML),
        ("porocilo.pdf", SVG),
        ("seznam.txt", HTML),
        ("seznam.csv", b"ime;kraj\n<svg onload=alert(1)>;Celje\n"),
        ("predstavitev.docx", HTML),
        ("arhiv.zip", b"MZ\x90\x00 not a zip"),
    ],
)
def test_an_active_file_disguised_as_a_document_is_refused_with_a_clear_message(editor_client, name, content):
    response = upload_document(editor_client, name, content)
    assert response.status_code == 200  # the form again
    html = response.content.decode()
    assert f"The content of “{name}” is not a valid {name.rsplit('.', 1)[1].upper()} file" in html
    assert "web pages, SVG drawings and scripts cannot be uploaded" in html
    assert not get_document_model().objects.exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("porocilo.pdf", real_pdf()),
        ("predstavitev.docx", real_docx()),
        ("seznam.csv", "ime;kraj\nCenter za socialno delo;Celje\nudruga < 10 članova;Varaždin\n".encode()),
        ("seznam.txt", "Seznam točk pomoči, cp1250".encode("cp1250")),
    ],
)
def test_real_documents_are_accepted(editor_client, name, content):
    response = upload_document(editor_client, name, content)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert get_document_model().objects.filter(title=name).exists()


def test_a_disallowed_document_type_is_refused(editor_client):
    response = upload_document(editor_client, "stran.html", HTML)
    assert response.status_code == 200
    assert "File extension “html” is not allowed" in response.content.decode()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_a_document_over_the_size_limit_is_refused(editor_client):
    response = upload_document(editor_client, "velik.pdf", real_pdf() + b"0" * 2048)
    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()


def upload_image(client, name: str, content: bytes):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": Collection.get_first_root_node().pk},
        HTTP_ACCEPT_LANGUAGE="en",
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.svg", SVG, "Not a supported image format"),
        ("slika.png", HTML, "Not a valid .png image"),
        ("slika.png", SVG, "Not a valid .png image"),
    ],
)
def test_svg_and_markup_disguised_as_images_are_refused(editor_client, name, content, message):
    response = upload_image(editor_client, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not PortalImage.objects.exists()


def test_a_real_image_is_accepted(editor_client):
    response = upload_image(editor_client, "slika.png", real_png())
    assert response.status_code == 302
    assert PortalImage.objects.count() == 1


def stored_document(name: str, content: bytes):
    """A document as it may already sit in storage (uploaded before these checks, or put there another way)."""
    document = get_document_model()(title=name, collection=Collection.get_first_root_node())
    document.file.save(name, io.BytesIO(content), save=False)
    document.save()
    return document


@pytest.mark.django_db
def test_documents_are_downloads_that_cannot_run_script_on_our_origin(client):
    document = stored_document("stran.txt", HTML)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    policy = response["Content-Security-Policy"]
    assert "sandbox" in policy
    assert "default-src 'none'" in policy


@pytest.mark.django_db
def test_pdfs_open_in_the_browser_but_as_pdf_only(client):
    document = stored_document("porocilo.pdf", real_pdf())
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response["Content-Security-Policy"]
