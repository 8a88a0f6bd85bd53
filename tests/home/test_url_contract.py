"""The public URL contract, in all three languages (README.md, "Languages and URLs")."""

import re

import pytest
from django.test import Client

LANG_ATTR = re.compile(r'<html lang="([a-z-]+)"')
HREFLANG = re.compile(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">')
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)">')


def html_lang(response) -> str:
    return LANG_ATTR.search(response.content.decode()).group(1)


def hreflangs(response) -> dict[str, str]:
    return dict(HREFLANG.findall(response.content.decode()))


@pytest.mark.parametrize(
    ("headers", "cookie", "expected"),
    [
        ({}, None, "/sl/"),
        ({"HTTP_ACCEPT_LANGUAGE": "hr-HR,hr;q=0.9,en;q=0.5"}, None, "/hr/"),
        ({"HTTP_ACCEPT_LANGUAGE": "en-GB,en;q=0.8"}, None, "/en/"),
        ({"HTTP_ACCEPT_LANGUAGE": "de-DE,de;q=0.9"}, None, "/sl/"),
        ({"HTTP_ACCEPT_LANGUAGE": "de,en;q=0.5,hr;q=0.4"}, None, "/en/"),
        ({"HTTP_ACCEPT_LANGUAGE": "hr"}, "en", "/en/"),  # an earlier choice beats the browser
        ({}, "hr", "/hr/"),
    ],
)
def test_root_redirects_to_the_visitors_language(site_tree, headers, cookie, expected):
    client = Client(**headers)
    if cookie:
        client.cookies["django_language"] = cookie
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == expected
    vary = {v.strip().lower() for v in response["Vary"].split(",")}
    assert {"accept-language", "cookie"} <= vary


@pytest.mark.parametrize(
    ("url", "lang"),
    [
        ("/sl/", "sl"),
        ("/hr/", "hr"),
        ("/en/", "en"),
        ("/sl/o-projektu/", "sl"),
        ("/hr/o-projektu/", "hr"),
        ("/en/about/", "en"),
    ],
)
def test_every_page_lives_under_its_language_with_translated_slugs(client, site_tree, url, lang):
    response = client.get(url)
    assert response.status_code == 200
    assert html_lang(response) == lang
    assert "Set-Cookie" not in response.headers, "anonymous reading sets no cookies"


def test_hreflang_lists_real_translations_plus_x_default_and_is_reciprocal(client, site_tree):
    alternates = hreflangs(client.get("/en/about/"))
    assert set(alternates) == {"sl", "hr", "en", "x-default"}
    assert alternates["x-default"] == "http://testserver/"
    for code in ("sl", "hr", "en"):
        path = alternates[code].removeprefix("http://testserver")
        back = hreflangs(client.get(path))
        assert back["en"].endswith("/en/about/"), f"{path} does not point back to the English page"
        assert back == alternates


def test_canonical_of_a_translation_is_itself(client, site_tree):
    response = client.get("/hr/o-projektu/")
    assert CANONICAL.search(response.content.decode()).group(1) == "http://testserver/hr/o-projektu/"


def test_switcher_links_each_language_version_of_the_page(client, site_tree):
    html = client.get("/sl/o-projektu/").content.decode()
    assert 'href="/hr/o-projektu/" hreflang="hr" lang="hr"' in html
    assert 'href="/en/about/" hreflang="en" lang="en"' in html
    assert 'aria-current="true">Slovenščina<' in html


def test_page_without_translation_says_so_in_the_switcher_and_links_that_languages_home(client, site_tree):
    html = client.get("/sl/samo-slovensko/").content.decode()
    # English has no version at all; Croatian has only an alias: neither is offered as a translation.
    assert re.search(
        r'href="/en/" hreflang="en" lang="en"[^>]*>English<span class="language-switcher__note">'
        r"page not translated: go to the home page</span>",
        html,
    )
    assert re.search(
        r'href="/hr/" hreflang="hr" lang="hr"[^>]*>Hrvatski<span class="language-switcher__note">'
        r"stranica nije prevedena: idite na početnu stranicu</span>",
        html,
    )
    assert set(hreflangs(client.get("/sl/samo-slovensko/"))) == {"sl", "x-default"}


def test_untranslated_alias_is_not_presented_as_a_translation(client, site_tree):
    response = client.get("/hr/samo-slovensko/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html_lang(response) == "hr"  # the page frame is Croatian ...
    assert '<div class="content" lang="sl">' in html  # ... the content it shows is Slovenian, and says so
    assert "Ova stranica još nije prevedena" in html
    assert CANONICAL.search(html).group(1) == "http://testserver/sl/samo-slovensko/"
    assert "hr" not in hreflangs(response)


def test_main_menu_comes_from_the_current_languages_tree(client, site_tree):
    html_en = client.get("/en/").content.decode()
    assert 'href="/en/about/"' in html_en
    assert "/sl/o-projektu/" not in html_en.split('aria-label="Main menu"')[1].split("</nav>")[0]
    html_hr = client.get("/hr/").content.decode()
    # The Croatian tree's alias is reachable, marked as Slovenian content.
    assert 'href="/hr/samo-slovensko/" lang="sl"' in html_hr


@pytest.mark.parametrize(
    ("url", "lang", "text"),
    [
        ("/sl/ni-take-strani/", "sl", "Strani ni mogoče najti"),
        ("/hr/nema-stranice/", "hr", "Stranica nije pronađena"),
        ("/en/no-such-page/", "en", "Page not found"),
    ],
)
def test_missing_pages_get_a_localized_404(client, site_tree, url, lang, text):
    response = client.get(url)
    assert response.status_code == 404
    assert html_lang(response) == lang
    assert text in response.content.decode()


def test_unprefixed_address_redirects_into_a_language(client, site_tree):
    response = client.get("/o-projektu/", HTTP_ACCEPT_LANGUAGE="sl")
    assert response.status_code == 302
    assert response["Location"] == "/sl/o-projektu/"


def test_health_check_reports_each_dependency(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_not_found_page_is_not_indexed_and_has_no_canonical(client, site_tree):
    html = client.get("/en/no-such-page/").content.decode()
    assert 'rel="canonical"' not in html
    assert '<meta name="robots" content="noindex">' in html
