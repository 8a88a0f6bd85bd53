"""The translation workflow: new Slovenian pages appear for translation, translators work in the
wagtail-localize editor or with PO files, communications staff publish, and the status report follows it."""

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.models import StandardPage
from tests.editorial.conftest import page_form
from tests.factories import StandardPageFactory


def locale(code):
    return Locale.objects.get(language_code=code)


def report(client, user):
    client.force_login(user)
    response = client.get(reverse("translation_status"))
    assert response.status_code == 200
    return response.content.decode()


def section(html: str, language: str) -> str:
    """The report's part for one language."""
    start = html.index(f'id="status-{language}"')
    end = html.find("<section", start)
    return html[start : end if end > 0 else len(html)]


def create_page_in_admin(client, editorial) -> StandardPage:
    home = editorial.tree.site.homes["sl"]
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    client.force_login(editorial.staff)
    data = page_form(client, url)
    data.update({"title": "Svetovalnica", "slug": "svetovalnica", "intro": "Brezplačni nasveti vsak torek."})
    data["action-publish"] = "action-publish"
    response = client.post(url, data)
    assert response.status_code == 302
    return StandardPage.objects.get(locale=locale("sl"), slug="svetovalnica")


def test_a_new_slovenian_page_appears_for_translation_in_croatian_and_english(client, editorial):
    page = create_page_in_admin(client, editorial)
    for language in ("hr", "en"):
        alias = page.get_translation(locale(language))
        assert alias.alias_of_id == page.pk  # an untranslated copy, synchronised into the other tree
    html = report(client, editorial.translator)
    for language in ("hr", "en"):
        part = section(html, language)
        assert "Svetovalnica" in part
        assert reverse("wagtailadmin_pages:edit", args=[page.get_translation(locale(language)).pk]) in part
    assert "Nije prevedeno" in section(html, "hr")  # the translator reads the report in Croatian


def test_po_round_trip_translator_translates_staff_publishes(client, editorial, django_capture_on_commit_callbacks):
    page = create_page_in_admin(client, editorial)
    hr_page = page.get_translation(locale("hr"))

    # Communications staff hand the page to translators (the alias becomes a translation in progress).
    client.force_login(editorial.staff)
    submit = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert client.post(submit, {"locales": [locale("hr").pk]}).status_code == 302
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locale("hr"))
    assert "Delno prevedeno" in section(report(client, editorial.staff), "hr")

    # The translator downloads the PO file, translates it with their own tool and uploads it.
    client.force_login(editorial.translator)
    download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert download.status_code == 200
    assert download["Content-Type"].startswith("text/x-gettext-translation")
    po = polib.pofile(download.content.decode())
    croatian = {
        "Svetovalnica": "Savjetovalište",
        "svetovalnica": "savjetovaliste",
        "Brezplačni nasveti vsak torek.": "Besplatni savjeti svakog utorka.",
    }
    assert {entry.msgid for entry in po} >= {"Svetovalnica", "Brezplačni nasveti vsak torek."}
    for entry in po:
        entry.msgstr = croatian.get(entry.msgid, entry.msgid)
    edit_url = reverse("wagtailadmin_pages:edit", args=[hr_page.pk])
    upload = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("svetovalnica-hr.po", str(po).encode()), "next": edit_url},
    )
    assert upload.status_code == 302
    assert "Prevedeno, neobjavljeno" in section(report(client, editorial.staff), "hr")

    # Translators cannot publish; the text waits for communications staff.
    client.force_login(editorial.translator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, {"action": "publish"})
    assert StandardPage.objects.get(pk=hr_page.pk).intro != "Besplatni savjeti svakog utorka."

    client.force_login(editorial.staff)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit_url, {"action": "publish"}).status_code == 302
    published = StandardPage.objects.get(pk=hr_page.pk)
    assert published.title == "Savjetovalište"
    assert published.intro == "Besplatni savjeti svakog utorka."
    assert published.live and not published.alias_of_id
    response = client.get(published.url)
    assert "Besplatni savjeti svakog utorka." in response.content.decode()
    assert "Svetovalnica" not in section(report(client, editorial.staff), "hr")


def test_a_po_file_for_another_translation_is_refused(client, editorial):
    page = create_page_in_admin(client, editorial)
    client.force_login(editorial.staff)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale("hr").pk, locale("en").pk]},
    )
    hr, en = (
        Translation.objects.get(source__object_id=page.translation_key, target_locale=locale(code))
        for code in ("hr", "en")
    )
    client.force_login(editorial.translator)
    po = polib.pofile(client.get(reverse("wagtail_localize:download_pofile", args=[en.pk])).content.decode())
    for entry in po:
        entry.msgstr = "pogrešno"
    client.post(
        reverse("wagtail_localize:upload_pofile", args=[hr.pk]),
        {"file": SimpleUploadedFile("wrong.po", str(po).encode())},
    )
    assert not hr.source.stringsegment_set.filter(string__translations__data="pogrešno").exists()


def test_translation_is_out_of_date_after_the_slovenian_page_changes(client, editorial):
    about = editorial.tree.site.about["sl"]
    assert "O projektu" not in section(report(client, editorial.staff), "hr")
    client.force_login(editorial.staff)
    url = reverse("wagtailadmin_pages:edit", args=[about.pk])
    data = page_form(client, url)
    data["intro"] = "Nov uvod o projektu."
    data["action-publish"] = "action-publish"
    assert client.post(url, data).status_code == 302
    html = report(client, editorial.staff)
    for language in ("hr", "en"):
        assert "Zastarelo" in section(html, language)  # "Out of date"; staff read the admin in Slovenian
        assert "O projektu" in section(html, language)


def test_report_is_in_the_editors_language(client, editorial):
    html = report(client, editorial.staff)  # staff use the admin in Slovenian
    assert "Stanje prevodov" in html


@pytest.mark.parametrize("count", [5, 30])
def test_report_query_count_is_flat(client, editorial, count):
    home = editorial.tree.site.homes["sl"]
    for number in range(count):
        page = StandardPageFactory(parent=home, title=f"Stran {number}", slug=f"stran-{number}")
        page.copy_for_translation(locale("hr"), alias=True)
        if number % 2:
            page.copy_for_translation(locale("en")).save_revision().publish()
    client.force_login(editorial.staff)
    client.get(reverse("translation_status"))  # warm caches (site root paths, menu)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("translation_status"))
    assert response.status_code == 200
    assert f"Stran {count - 1}" in response.content.decode()
    QUERY_COUNTS[count] = len(queries)
    if len(QUERY_COUNTS) == 2:
        assert QUERY_COUNTS[5] == QUERY_COUNTS[30], QUERY_COUNTS
    assert len(queries) <= 30, [query["sql"][:120] for query in queries]


QUERY_COUNTS: dict[int, int] = {}
