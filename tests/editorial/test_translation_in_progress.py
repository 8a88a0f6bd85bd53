"""A translation is public only once it is published: from "Translate this page" until communications staff
publish it, the Croatian URL keeps behaving as an untranslated copy everywhere a reader or a crawler looks."""

import json

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.models import StandardPage
from tests.editorial.conftest import page_form

CROATIAN = {
    "Svetovalnica": "Savjetovalište",
    "svetovalnica": "savjetovaliste",
    "Brezplačni nasveti vsak torek.": "Besplatni savjeti svakog utorka.",
}


def locale(code):
    return Locale.objects.get(language_code=code)


def publish_in_admin(client, user, page, **changes):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = page_form(client, url)
    data.update(changes)
    data["action-publish"] = "action-publish"
    assert client.post(url, data).status_code == 302


@pytest.fixture
def started(client, editorial):
    """A new Slovenian page, and its Croatian translation started by communications staff."""
    home = editorial.tree.site.homes["sl"]
    client.force_login(editorial.staff)
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home.pk])
    data = page_form(client, url)
    data.update({"title": "Svetovalnica", "slug": "svetovalnica", "intro": "Brezplačni nasveti vsak torek."})
    data["action-publish"] = "action-publish"
    assert client.post(url, data).status_code == 302
    page = StandardPage.objects.get(locale=locale("sl"), slug="svetovalnica")
    submit = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert client.post(submit, {"locales": [locale("hr").pk]}).status_code == 302
    hr_page = page.get_translation(locale("hr")).specific
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locale("hr"))
    return page, hr_page, translation


def upload_translation(client, user, translation, strings: dict[str, str]) -> None:
    client.force_login(user)
    po = polib.pofile(client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode())
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, "")
    client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("hr.po", str(po).encode())},
    )


def public(path: str) -> str:
    response = Client().get(path)
    assert response.status_code == 200, (path, response.status_code)
    return response.content.decode()


def assert_untranslated_copy(source: StandardPage, copy: StandardPage) -> None:
    """What a reader and a crawler see of the Croatian URL and of the Slovenian page while it is not translated."""
    html = public(copy.url)
    assert '<html lang="hr">' in html
    assert "Ova stranica još nije prevedena" in html and "slovenski" in html  # the notice, in Croatian
    assert 'class="content" lang="sl"' in html  # the Slovenian text is marked as Slovenian
    assert "Brezplačni nasveti vsak torek." in html and "Besplatni savjeti" not in html
    assert f'<link rel="canonical" href="http://testserver{source.url}">' in html
    assert '<link rel="alternate" hreflang="hr"' not in html

    source_html = public(source.url)
    assert '<link rel="alternate" hreflang="hr"' not in source_html
    assert f'href="{copy.url}"' not in source_html  # the switcher offers the Croatian home page instead

    sitemap = public("/sitemap.xml")
    assert f"http://testserver{source.url}" in sitemap and f"http://testserver{copy.url}" not in sitemap
    api = json.loads(public("/api/v2/pages/?locale=hr&limit=20&type=home.StandardPage"))
    assert copy.pk not in [item["id"] for item in api["items"]]
    assert f'href="{copy.url}"' not in public("/hr/search/?q=Svetovalnica")


def test_the_copy_stays_untranslated_from_translate_until_publish(
    client, editorial, started, django_capture_on_commit_callbacks
):
    page, hr_page, translation = started
    assert_untranslated_copy(page, hr_page)

    # The translator translates everything (PO file); nobody has published it yet.
    upload_translation(client, editorial.translator, translation, CROATIAN)
    assert_untranslated_copy(page, StandardPage.objects.get(pk=hr_page.pk))
    # The translator may not publish; the copy stays untranslated.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[hr_page.pk]), {"action": "publish"})
    assert_untranslated_copy(page, StandardPage.objects.get(pk=hr_page.pk))

    # Communications staff publish: now it is the Croatian translation everywhere.
    client.force_login(editorial.staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[hr_page.pk]), {"action": "publish"})
    published = StandardPage.objects.get(pk=hr_page.pk)
    html = public(published.url)
    assert "Besplatni savjeti svakog utorka." in html and "nije prevedena" not in html
    assert 'class="content" lang=' not in html
    assert f'<link rel="canonical" href="http://testserver{published.url}">' in html
    source_html = public(page.url)
    assert f'<link rel="alternate" hreflang="hr" href="http://testserver{published.url}"' in source_html
    assert f'href="{published.url}"' in source_html
    assert f"http://testserver{published.url}" in public("/sitemap.xml")


def test_a_partly_translated_page_cannot_be_published(client, editorial, started, django_capture_on_commit_callbacks):
    page, hr_page, translation = started
    upload_translation(client, editorial.translator, translation, {"Svetovalnica": "Savjetovalište"})
    client.force_login(editorial.staff)
    url = reverse("wagtailadmin_pages:edit", args=[hr_page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "publish"}, follow=True)
    # Staff read the admin in Slovenian: 2 of 3 texts are missing ("dve besedili" is the Slovenian dual).
    assert "Tega prevoda še ni mogoče objaviti" in response.content.decode()
    copy = StandardPage.objects.get(pk=hr_page.pk)
    assert copy.live_revision_id is None
    assert_untranslated_copy(page, copy)


def test_the_public_copy_follows_the_slovenian_page_until_translated(client, editorial, started):
    page, hr_page, _translation = started
    publish_in_admin(client, editorial.staff, page, intro="Brezplačni nasveti vsak torek in četrtek.")
    html = public(StandardPage.objects.get(pk=hr_page.pk).url)
    assert "Brezplačni nasveti vsak torek in četrtek." in html and 'class="content" lang="sl"' in html


def test_a_published_translation_keeps_its_text_while_the_source_is_synced(
    client, editorial, started, django_capture_on_commit_callbacks
):
    page, hr_page, translation = started
    upload_translation(client, editorial.translator, translation, CROATIAN)
    client.force_login(editorial.staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[hr_page.pk]), {"action": "publish"})
    published = StandardPage.objects.get(pk=hr_page.pk)

    # The Slovenian page changes and is synced to the translators; "publish immediately" is not offered.
    publish_in_admin(client, editorial.staff, page, intro="Brezplačni nasveti vsak torek in četrtek.")
    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    form = client.get(sync_url).content.decode()
    assert 'name="publish_translations"' not in form
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(sync_url, {"publish_translations": "on"}).status_code == 302
    html = public(published.url)
    assert "Besplatni savjeti svakog utorka." in html and "četrtek" not in html
    assert "nije prevedena" not in html
    assert f'<link rel="alternate" hreflang="hr" href="http://testserver{published.url}"' in public(page.url)


def test_sync_is_served_by_the_portal_view_without_publish_immediately():
    """If Wagtail or wagtail-localize change the order of admin URLs, the override would silently stop."""
    from django.urls import resolve

    from home.translations.review import SyncWithoutPublishing

    match = resolve(reverse("wagtail_localize:update_translations", args=[1]))
    assert getattr(match.func, "view_class", None) is SyncWithoutPublishing


def test_a_translator_submits_for_review_and_staff_approve(
    client, editorial, started, django_capture_on_commit_callbacks
):
    page, hr_page, translation = started
    edit_url = reverse("wagtailadmin_pages:edit", args=[hr_page.pk])
    submit_url = reverse("portal_submit_translation", args=[translation.pk])

    # Staff may publish: wagtail-localize's own action bar. The translator (Croatian admin) gets a safe one.
    client.force_login(editorial.staff)
    assert "portal-translation-actions" not in client.get(edit_url).content.decode()
    client.force_login(editorial.translator)
    editor = client.get(edit_url).content.decode()
    bar = editor[editor.index("portal-translation-actions") :]
    assert bar.index("Pošalji na pregled") < bar.index(
        "Pretvori natrag u neprevedenu kopiju"
    )  # submit first, convert last

    # A partial translation is not handed over.
    upload_translation(client, editorial.translator, translation, {"Svetovalnica": "Savjetovalište"})
    response = client.post(submit_url, follow=True)
    assert "Ovaj prijevod još se ne može objaviti" in response.content.decode()
    assert not StandardPage.objects.get(pk=hr_page.pk).workflow_in_progress

    upload_translation(client, editorial.translator, translation, CROATIAN)
    response = client.post(submit_url, follow=True)
    assert "Prijevod je poslan na pregled" in response.content.decode()
    copy = StandardPage.objects.get(pk=hr_page.pk)
    assert copy.workflow_in_progress
    assert_untranslated_copy(page, copy)  # waiting for review is not published

    client.force_login(editorial.staff)
    task_state = copy.current_workflow_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=[copy.pk, "approve", task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve, {"comment": ""})
    assert response.status_code in (200, 302), response.status_code
    published = StandardPage.objects.get(pk=hr_page.pk)
    assert published.live_revision_id is not None and not published.workflow_in_progress
    html = public(published.url)
    assert "Besplatni savjeti svakog utorka." in html and "nije prevedena" not in html
