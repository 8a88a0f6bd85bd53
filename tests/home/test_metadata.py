"""Issue 6: titles, descriptions, Open Graph and schema.org data that search engines and link previews read."""

import json
import re

import pytest

from tests.factories import StandardPageFactory


def meta(html: str, attribute: str, name: str) -> list[str]:
    return re.findall(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">', html)


@pytest.mark.parametrize(
    ("url", "title"),
    [("/sl/o-projektu/", "O projektu – 2SoKroG"), ("/en/about/", "About the project – 2SoKroG")],
)
def test_title_and_open_graph_name_the_page(client, site_tree, url, title):
    html = client.get(url).content.decode()
    assert f"<title>{title}</title>" in html
    assert meta(html, "property", "og:title") == [title.split(" – ")[0]]
    assert meta(html, "property", "og:url") == [f"http://testserver{url}"]
    assert meta(html, "property", "og:type") == ["website"]


def test_open_graph_locales_follow_real_translations(client, site_tree):
    html = client.get("/hr/o-projektu/").content.decode()
    assert meta(html, "property", "og:locale") == ["hr_HR"]
    assert sorted(meta(html, "property", "og:locale:alternate")) == ["en_GB", "sl_SI"]
    alias = client.get("/hr/samo-slovensko/").content.decode()  # Slovenian content in the Croatian tree
    assert meta(alias, "property", "og:locale") == ["sl_SI"]
    assert meta(alias, "property", "og:locale:alternate") == []


def test_description_is_the_editors_or_falls_back_to_the_introduction(client, site_tree):
    home = site_tree.homes["sl"]
    StandardPageFactory(parent=home, slug="z-opisom", search_description="Opis za iskalnike.", intro="Uvod.")
    StandardPageFactory(parent=home, slug="brez-opisa", intro="<b>Daljši</b> uvod " + "besedilo " * 40)
    assert meta(client.get("/sl/z-opisom/").content.decode(), "name", "description") == ["Opis za iskalnike."]
    fallback = meta(client.get("/sl/brez-opisa/").content.decode(), "name", "description")[0]
    assert fallback.startswith("Daljši uvod besedilo")
    assert len(fallback) <= 160


def test_home_page_describes_website_and_organization_in_json_ld(client, site_tree):
    html = client.get("/en/").content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    types = {node["@type"]: node for node in data["@graph"]}
    assert types["WebSite"]["inLanguage"] == "en"
    assert types["WebSite"]["potentialAction"]["target"]["urlTemplate"] == (
        "http://testserver/en/search/?q={search_term_string}"
    )
    assert types["Organization"]["url"] == "http://testserver/en/"


def test_json_ld_cannot_break_out_of_its_script_element(client, site_tree):
    home = site_tree.homes["en"]
    home.intro = "</script><script>alert(1)</script> & more"
    home.save_revision().publish()
    html = client.get("/en/").content.decode()
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in script
    assert json.loads(script)["@graph"][1]["description"].startswith("</script><script>")
