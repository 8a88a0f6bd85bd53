"""Editors get our content checker configuration with Wagtail's userbar; visitors get no userbar at all."""

import json
import re

import pytest
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

from tests.factories import StandardPageFactory

CONFIG = re.compile(r'<script id="checker-axe-configuration" type="application/json">(.*?)</script>', re.S)


@pytest.fixture
def page_with_vague_link(site_tree):
    return StandardPageFactory(
        parent=site_tree.homes["sl"],
        title="Delavnice",
        slug="delavnice",
        body=[("paragraph", RichText('<p>Delavnice v Ormožu. <a href="/sl/">Preberi več</a></p>'))],
    )


def test_editors_userbar_carries_our_rules_and_their_script(client, admin_user, page_with_vague_link):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"  # the checker's messages in the editor's admin language
    profile.save()
    client.force_login(admin_user)
    html = client.get("/sl/delavnice/").content.decode()
    config = json.loads(CONFIG.search(html).group(1))
    rules = {rule["id"]: rule for rule in config["spec"]["rules"]}
    assert rules["vague-link-text"]["any"] == ["portal-link-text"]
    checks = {check["id"]: check for check in config["spec"]["checks"]}
    assert {"več", "više", "read more", "preberi več"} <= set(checks["portal-link-text"]["options"]["vague"])
    assert {"vague-link-text", "heading-order", "empty-heading", "alt-text-quality", "image-alt"} <= set(
        config["options"]["runOnly"]
    )
    assert re.search(checks["check-image-alt-text"]["options"]["pattern"], "IMG_2041.jpg", re.I)
    assert config["messages"]["vague-link-text"]["error_name"] == "Link text does not say where the link goes"
    assert "/static/home/js/content-checks.js" in html


def test_visitors_get_no_userbar(client, page_with_vague_link):
    html = client.get("/sl/delavnice/").content.decode()
    assert "checker-axe-configuration" not in html and "content-checks.js" not in html
