"""Editors can use the Wagtail admin in Slovenian and Croatian."""

import pytest
from django.contrib.auth.models import Group, User
from wagtail.users.models import UserProfile


@pytest.fixture
def editor(db):
    user = User.objects.create_user("urednica", password="a-long-test-password")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.mark.parametrize(("language", "dashboard"), [("sl", "Nadzorna plošča"), ("hr", "Kontrolna ploča")])
def test_admin_loads_for_an_editor_in_their_language(client, site_tree, editor, language, dashboard):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert dashboard in html


def test_editor_can_open_the_page_editor_for_a_translation(client, site_tree, editor):
    client.force_login(editor)
    response = client.get(f"/admin/pages/{site_tree.about['hr'].pk}/edit/")
    assert response.status_code == 200
