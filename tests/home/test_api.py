"""Issue 6: the read-only Wagtail API at /api/v2/."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()
    yield
    cache.clear()


def test_pages_filter_by_type_and_locale(client, site_tree):
    response = client.get("/api/v2/pages/", {"type": "home.StandardPage", "locale": "en", "fields": "intro"})
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["title"] for item in items] == ["About the project"]
    assert items[0]["meta"]["locale"] == "en"
    assert "intro" in items[0]


def test_only_public_real_translations_appear(client, site_tree):
    site_tree.about["en"].unpublish()
    titles = {item["title"] for item in client.get("/api/v2/pages/", {"limit": 20}).json()["items"]}
    assert "About the project" not in titles
    hr = client.get("/api/v2/pages/", {"locale": "hr", "limit": 20}).json()["items"]
    assert site_tree.only_sl_alias_hr.pk not in {item["id"] for item in hr}
    assert client.get(f"/api/v2/pages/{site_tree.only_sl_alias_hr.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{site_tree.about['en'].pk}/").status_code == 404


def test_api_is_read_only(client, site_tree):
    assert client.post("/api/v2/pages/", {"title": "x"}).status_code == 405
    assert client.delete(f"/api/v2/pages/{site_tree.about['sl'].pk}/").status_code == 405


def test_unknown_fields_and_types_are_a_clear_400(client, site_tree):
    response = client.get("/api/v2/pages/", {"type": "nope.Nothing"})
    assert response.status_code == 400
    assert "type doesn't exist" in response.json()["message"]
    assert client.get("/api/v2/pages/", {"fields": "owner"}).status_code == 400


def test_images_and_documents_endpoints_answer(client, site_tree):
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


def test_anonymous_clients_are_rate_limited(client, site_tree, monkeypatch):
    from rest_framework.throttling import AnonRateThrottle

    # DRF reads API_RATE once, when the throttle class is defined; use a small rate for this test.
    monkeypatch.setattr(AnonRateThrottle, "THROTTLE_RATES", {"anon": "3/minute"})
    responses = [client.get("/api/v2/pages/") for _ in range(4)]
    assert [response.status_code for response in responses] == [200, 200, 200, 429]
    assert int(responses[-1]["Retry-After"]) > 0
