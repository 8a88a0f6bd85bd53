"""Editors: the self-check refuses bands that leave a score out; service points are translatable snippets."""

import html
import json

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from campaigns.models import SelfCheckPage, ServicePoint


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def self_check_form(page: SelfCheckPage, bands: list[tuple[int, int]]) -> dict:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": page.intro,
            "questions": streamfield(
                [
                    ("question", {"question": f"Vprašanje {n}?", "hint": "", "weight": w})
                    for n, w in enumerate((1, 2, 1, 3))
                ]
            ),
            "bands": streamfield(
                [
                    (
                        "band",
                        {
                            "min_score": low,
                            "max_score": high,
                            "title": f"Razpon {low}",
                            "advice": rich_text("<p>Nasvet.</p>"),
                        },
                    )
                    for low, high in bands
                ]
            ),
            "help_directory": "",
            "comments": inline_formset([]),
        }
    )


def test_admin_refuses_bands_with_a_gap_and_says_which_scores(editor, campaign_tree):
    page = campaign_tree.self_check["sl"]
    url = f"/admin/pages/{page.pk}/edit/"
    response = editor.post(url, self_check_form(page, [(0, 1), (3, 7)]))
    assert response.status_code == 200  # the form again
    # The message is handed to the stream field's widget, which shows it above the bands.
    errors = html.unescape(response.content.decode())
    assert json.dumps("Teh seštevkov ne pokriva noben razpon: 2.")[1:-1] in errors
    page.refresh_from_db()
    assert [block.value["min_score"] for block in page.bands] == [0, 2, 5], "nothing was saved"


def test_admin_saves_bands_that_cover_every_score_once(editor, campaign_tree):
    page = campaign_tree.self_check["sl"]
    response = editor.post(f"/admin/pages/{page.pk}/edit/", self_check_form(page, [(0, 3), (4, 7)]))
    assert response.status_code == 302
    page.refresh_from_db()
    assert [
        (block.value["min_score"], block.value["max_score"]) for block in page.latest_revision.as_object().bands
    ] == [
        (0, 3),
        (4, 7),
    ]


def test_service_points_are_snippets_that_can_be_translated(editor, campaign_tree):
    listing = editor.get("/admin/snippets/campaigns/servicepoint/")
    assert listing.status_code == 200
    point = ServicePoint.objects.filter(locale__language_code="sl").first()
    edit = editor.get(f"/admin/snippets/campaigns/servicepoint/edit/{point.pk}/")
    assert edit.status_code == 200
    translate = editor.get(f"/admin/localize/submit/snippet/campaigns/servicepoint/{point.pk}/")
    assert translate.status_code == 200
