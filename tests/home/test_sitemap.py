"""Issue 6: /sitemap.xml lists real translations with hreflang alternates; /robots.txt points to it."""

import xml.etree.ElementTree as ET

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client) -> dict[str, dict[str, str]]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    return {
        url.findtext("sm:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)
        }
        for url in root.findall("sm:url", NS)
    }


def test_sitemap_lists_every_real_translation_with_alternates(client, site_tree):
    entries = sitemap_entries(client)
    base = "http://testserver"
    assert set(entries) == {
        f"{base}/sl/",
        f"{base}/hr/",
        f"{base}/en/",
        f"{base}/sl/o-projektu/",
        f"{base}/hr/o-projektu/",
        f"{base}/en/about/",
        f"{base}/sl/samo-slovensko/",
    }
    about = {"sl": f"{base}/sl/o-projektu/", "hr": f"{base}/hr/o-projektu/", "en": f"{base}/en/about/"}
    assert entries[f"{base}/hr/o-projektu/"] == about
    assert entries[f"{base}/en/about/"] == about
    assert entries[f"{base}/sl/samo-slovensko/"] == {}  # no translation: no alternates


def test_sitemap_leaves_out_aliases_drafts_and_restricted_pages(client, site_tree):
    from wagtail.models import PageViewRestriction

    site_tree.about["en"].unpublish()
    PageViewRestriction.objects.create(page=site_tree.about["hr"], restriction_type="login")
    entries = sitemap_entries(client)
    assert "http://testserver/hr/samo-slovensko/" not in entries  # the alias
    assert "http://testserver/en/about/" not in entries
    assert "http://testserver/hr/o-projektu/" not in entries
    assert entries["http://testserver/sl/o-projektu/"] == {}  # its translations are gone, so no alternates


def test_sitemap_uses_the_requests_host(client, site_tree):
    response = client.get("/sitemap.xml", HTTP_HOST="localhost")
    assert b"<loc>http://localhost/sl/</loc>" in response.content


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_sitemap_query_count_does_not_grow_with_pages(client, site_tree):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.conftest import translate_page
    from tests.factories import StandardPageFactory

    client.get("/sitemap.xml")  # warm the per-process caches (site root paths, locales)

    def count_after_adding(n):
        for number in range(n):
            page = StandardPageFactory(parent=site_tree.homes["sl"], slug=f"stran-{n}-{number}")
            translate_page(page, "en", slug=f"page-{n}-{number}")
        with CaptureQueriesContext(connection) as queries:
            client.get("/sitemap.xml")
        return len(queries)

    assert count_after_adding(2) == count_after_adding(10)
