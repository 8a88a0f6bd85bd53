"""The editors' real workflow in Chromium, with the public site checked from outside after every step.

A partner editor (Slovenian admin) writes a news item with an image and a newsletter issue and submits them;
communications staff (Slovenian admin) approve them; a translator (Croatian admin) translates the news item
into Croatian and English with PO files and submits each; staff publish; the Slovenian text changes and is
synced. Between "translate" and "publish" the translated URLs stay untranslated copies everywhere.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request

import polib
import pytest
from playwright.sync_api import expect
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from home import roles
from news.models import NewsletterIssuePage, NewsPage
from tests.browser.conftest import signed_in_context

pytestmark = pytest.mark.browser

NOTICE = {"hr": "Ova stranica još nije prevedena", "en": "This page has not been translated yet"}
TRANSLATIONS = {
    "hr": {
        "Mentorji v Celju": "Mentori u Celju",
        "mentorji-v-celju": "mentori-u-celju",
        "Mentorji so se v Celju učili, kako podpreti udeležence.": "Mentori su u Celju učili kako podržati sudionike.",
    },
    "en": {
        "Mentorji v Celju": "Mentors in Celje",
        "mentorji-v-celju": "mentors-in-celje",
        "Mentorji so se v Celju učili, kako podpreti udeležence.": "Mentors in Celje learnt to support participants.",
    },
}


def fetch(url: str) -> tuple[int, str]:
    """An anonymous reader's request over real HTTP."""
    try:
        with urllib.request.urlopen(url) as response:  # noqa: S310 (the test's own live server)
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def public(base: str, path: str) -> str:
    status, html = fetch(base + path)
    assert status == 200, (path, status)
    return html


def alternates(html: str) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"', html))


def api_ids(base: str, language: str) -> set[int]:
    items = json.loads(public(base, f"/api/v2/pages/?locale={language}&type=news.NewsPage&limit=20"))["items"]
    return {item["id"] for item in items}


def feed(base: str, index: Page) -> str:
    return public(base, index.url + "rss/")


def assert_is_copy(base: str, copy: Page, source: Page, language: str, news_index: Page) -> None:
    """The URL of a language version that is not (yet) a published translation."""
    html = public(base, copy.url)
    assert f'<html lang="{language}">' in html
    assert NOTICE[language] in html
    assert 'class="content" lang="sl"' in html
    assert f'<link rel="canonical" href="{base}{source.url}">' in html
    source_html = public(base, source.url)
    assert language not in alternates(source_html)
    assert f'href="{copy.url}"' not in source_html  # the switcher sends to that language's home page instead
    assert f"{base}{copy.url}" not in public(base, "/sitemap.xml")
    assert copy.pk not in api_ids(base, language)
    assert copy.url not in feed(base, news_index)
    assert f'href="{copy.url}"' not in public(base, f"/{language}/search/?q=Celje")


def assert_is_translation(base: str, page: Page, source: Page, language: str, text: str, news_index: Page) -> None:
    html = public(base, page.url)
    assert f'<html lang="{language}">' in html and text in html
    assert NOTICE[language] not in html and 'class="content" lang=' not in html
    assert f'<link rel="canonical" href="{base}{page.url}">' in html
    source_html = public(base, source.url)
    assert alternates(source_html)[language] == f"{base}{page.url}"
    assert f'href="{page.url}"' in source_html
    assert f"{base}{page.url}" in public(base, "/sitemap.xml")
    assert page.pk in api_ids(base, language)
    assert page.url in feed(base, news_index)


def open_action_menu(tab) -> None:
    tab.locator("footer .w-dropdown__toggle").first.click()


def submit_for_review(tab) -> None:
    """The page editor's "Submit to pregled", and no validation error afterwards."""
    open_action_menu(tab)
    with tab.expect_navigation():
        tab.locator("button[name=action-submit]").click()
    errors = tab.locator(".error-message, .messages .error").all_inner_texts()
    where = "[...document.querySelectorAll('.error-message')].map(e => e.closest('[data-contentpath]'))"
    fields = tab.evaluate(where + ".map(field => field?.dataset.contentpath)")
    assert not errors, (errors, fields)


def translate_with_po(tab, base: str, copy: Page, language: str) -> None:
    """The translator starts the translation from the untranslated copy, then translates offline with a PO file."""
    tab.goto(f"{base}/admin/pages/{copy.pk}/edit/")
    tab.locator("a[href*='/localize/submit/page/']").click()
    with tab.expect_navigation():
        tab.locator("#main form button[type=submit], #main form input[type=submit]").last.click()
    with tab.expect_download() as download:
        tab.locator("a[href*='/pofile/download/']").first.click()
    po = polib.pofile(download.value.path().read_text())
    for entry in po:
        entry.msgstr = TRANSLATIONS[language][entry.msgid]
    path = download.value.path().with_suffix(".translated.po")
    path.write_text(str(po))
    with tab.expect_navigation():
        tab.locator("input[type=file]").first.set_input_files(str(path))


@pytest.fixture
def journey(transactional_db, live_server, settings):
    # Wagtail 8 saves a new page by itself half a second after each change; a test that clicks faster than a
    # person would race it. The journey is about review and translation, so it saves only when told to.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    from tests.editorial.conftest import build_editorial, section_in_all_languages

    editorial = build_editorial()
    letters = section_in_all_languages(editorial.tree.newsletters, editorial.rasr, "rasr-e-novice")
    roles.sync_roles()
    return live_server.url, editorial, letters


def test_partner_writes_staff_approve_translator_translates_staff_publish(browser, journey, tmp_path):
    base, editorial, letters = journey
    section = editorial.sections["rasr"]
    news_index = {language: editorial.tree.news[language] for language in ("sl", "hr", "en")}
    image = tmp_path / "delavnica.png"
    from PIL import Image

    Image.new("RGB", (800, 500), (40, 120, 160)).save(image)

    # 1. RASR's editor (Slovenian admin) uploads an image, writes a news item with it and submits it.
    partner = signed_in_context(browser, base, editorial.rasr_editor).new_page()
    partner.goto(base + "/admin/images/add/")
    partner.fill("#id_title", "Delavnica v Celju")
    partner.set_input_files("#id_file", str(image))
    partner.fill("#id_description", "Mentorji ob mizi med delavnico v Celju")
    with partner.expect_navigation():
        partner.locator("#main form button[type=submit]").last.click()
    partner.goto(f"{base}/admin/pages/add/news/newspage/{section['sl'].pk}/")
    partner.fill("#id_title", "Mentorji v Celju")
    partner.fill("#id_intro", "Mentorji so se v Celju učili, kako podpreti udeležence.")
    partner.get_by_role("button", name="Izberi sliko").click()
    partner.locator(".modal a", has_text="Delavnica v Celju").click()
    submit_for_review(partner)
    assert "oddana v potrditev" in partner.content()
    news = NewsPage.objects.get(locale__language_code="sl", title="Mentorji v Celju")
    assert news.lead_image is not None and not news.live
    assert fetch(base + news.get_url())[0] == 404  # nothing is public before the review

    # ... and a newsletter issue in the newsletter section.
    partner.goto(f"{base}/admin/pages/add/news/newsletterissuepage/{letters['sl'].pk}/")
    partner.fill("#id_title", "Mentorji in zdravje")
    partner.fill("#id_issue_label", "12/2026")
    partner.fill("#id_summary", "Mentorji o zdravju in varnosti pri delu.")
    body = partner.locator(".Draftail-Editor [contenteditable=true]").first
    body.wait_for()
    body.click()
    partner.keyboard.type("Mentorji so se pogovarjali o zdravju.")
    # Draftail hands its content to the form field a moment after the last keystroke.
    expect(partner.locator("input[name=body]")).to_have_value(re.compile("pogovarjali"))
    submit_for_review(partner)
    issue = NewsletterIssuePage.objects.get(locale__language_code="sl", title="Mentorji in zdravje")

    # 2. Communications staff (Slovenian admin) approve both.
    staff = signed_in_context(browser, base, editorial.staff).new_page()
    for page in (news, issue):
        staff.goto(f"{base}/admin/pages/{page.pk}/edit/")
        open_action_menu(staff)
        with staff.expect_navigation():
            staff.locator("button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])").click()
    news, issue = NewsPage.objects.get(pk=news.pk), NewsletterIssuePage.objects.get(pk=issue.pk)
    assert news.live and issue.live
    html = public(base, news.url)
    assert '<html lang="sl">' in html and "Mentorji ob mizi med delavnico v Celju" in html  # the image's alt text
    assert news.url in feed(base, news_index["sl"]) and news.pk in api_ids(base, "sl")
    hr_locale, en_locale = Locale.objects.get(language_code="hr"), Locale.objects.get(language_code="en")
    copies = {"hr": news.get_translation(hr_locale), "en": news.get_translation(en_locale)}
    for language, copy in copies.items():
        assert copy.alias_of_id == news.pk
        assert_is_copy(base, copy, news, language, news_index[language])
    issue_copy = issue.get_translation(hr_locale)
    assert NOTICE["hr"] in public(base, issue_copy.url)

    # 3. The translator (Croatian admin) translates into Croatian and English and submits each for review.
    translator = signed_in_context(browser, base, editorial.translator).new_page()
    for language, copy in copies.items():
        translate_with_po(translator, base, copy, language)
        # Translated, not published: still an untranslated copy for every reader and crawler.
        assert_is_copy(base, Page.objects.get(pk=copy.pk), news, language, news_index[language])
        translator.get_by_role("button", name="Pošalji na pregled").click()
        translator.wait_for_load_state()
        assert "Prijevod je poslan na pregled" in translator.content()
        assert_is_copy(base, Page.objects.get(pk=copy.pk), news, language, news_index[language])

    # 4. Staff publish the translations from the translation editor.
    for copy in copies.values():
        staff.goto(f"{base}/admin/pages/{copy.pk}/edit/")
        with staff.expect_navigation():
            staff.locator("footer button[value=publish]").click()
    for language, copy in copies.items():
        translated = Page.objects.get(pk=copy.pk)
        text = TRANSLATIONS[language]["Mentorji so se v Celju učili, kako podpreti udeležence."]
        assert_is_translation(base, translated, news, language, text, news_index[language])

    # 5. The Slovenian text changes and is synced to the translations: the published ones stay as they were.
    staff.goto(f"{base}/admin/pages/{news.pk}/edit/")
    staff.fill("#id_intro", "Mentorji so se v Celju in Laškem učili, kako podpreti udeležence.")
    open_action_menu(staff)
    with staff.expect_navigation():
        staff.locator("button[name=action-publish]").click()
    source = TranslationSource.objects.get(object_id=news.translation_key, locale=news.locale)
    staff.goto(f"{base}/admin/localize/update/{source.pk}/")
    assert staff.locator("input[name=publish_translations]").count() == 0
    with staff.expect_navigation():
        staff.locator("#main form [type=submit]").last.click()
    for language, copy in copies.items():
        translated = Page.objects.get(pk=copy.pk)
        text = TRANSLATIONS[language]["Mentorji so se v Celju učili, kako podpreti udeležence."]
        assert_is_translation(base, translated, news, language, text, news_index[language])
        assert "Laškem" not in public(base, translated.url)
