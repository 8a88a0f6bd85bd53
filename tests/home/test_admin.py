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


def test_editors_can_filter_admin_page_search_by_locale(client, site_tree):
    from wagtail.models import Page

    admin = User.objects.create_superuser("admin", password="a-long-test-password")
    client.force_login(admin)
    explorer = f"/admin/pages/{Page.get_first_root_node().pk}/"

    def edit_link(language):
        return f"/admin/pages/{site_tree.about[language].pk}/edit/"

    both = client.get(explorer, {"q": "projektu"}).content.decode()
    assert edit_link("sl") in both and edit_link("hr") in both
    assert 'name="locale"' in both  # the filter is offered next to the search
    croatian = client.get(explorer, {"q": "projektu", "locale": "hr"}).content.decode()
    assert edit_link("hr") in croatian
    assert edit_link("sl") not in croatian


def test_croatian_admin_never_falls_back_to_slovenian(client, site_tree, editor):
    from django.utils import translation

    # A Wagtail admin string that Wagtail's Slovenian catalogue has and neither its Croatian one nor our
    # overrides (locale/overrides/hr/) supply.
    msgid = "Use server time zone"
    with translation.override("sl"):
        assert translation.gettext(msgid) == "Uporabite časovni pas strežnika"
    with translation.override("hr"):
        assert translation.gettext(msgid) == msgid
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "hr"
    profile.save()
    client.force_login(editor)
    html = client.get("/admin/snippets/home/partner/?locale=hr").content.decode()
    assert "območje" not in html  # "Jezik in območje" was the Slovenian label Croatian editors used to see
