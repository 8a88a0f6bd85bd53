"""Groups, demo editors, the reconciling command, one set of site texts per language, admin in sl and hr."""

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale
from wagtail.test.utils.form_data import rich_text
from wagtail.users.models import UserProfile

from home import roles
from home.demo import content as demo_content
from home.models import PartnerEditorGroup, SiteTexts


def test_migration_created_the_fixed_groups_and_the_review_workflow(db):
    from wagtail.models import Workflow

    staff = Group.objects.get(name=roles.COMMUNICATIONS_STAFF)
    assert staff.permissions.filter(codename="submit_translation").exists()
    assert Group.objects.filter(name=roles.TRANSLATORS).exists()
    workflow = Workflow.objects.get(name=roles.PARTNER_REVIEW_WORKFLOW)
    task = workflow.tasks.get().specific
    assert list(task.groups.all()) == [staff]


def test_sync_command_is_idempotent_and_follows_a_renamed_partner(editorial):
    counts = (Group.objects.count(), GroupPagePermission.objects.count())
    call_command("sync_partner_groups", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == counts
    editorial.rasr.short_name = "RA Savinja"
    editorial.rasr.save()
    call_command("sync_partner_groups", stdout=open("/dev/null", "w"))  # noqa: SIM115
    link = PartnerEditorGroup.objects.select_related("group", "collection").get(
        partner_key=editorial.rasr.translation_key
    )
    assert link.group.name == "Partner editors: RA Savinja"
    assert link.collection.name == "Partner: RA Savinja"
    assert editorial.rasr_editor.groups.filter(pk=link.group.pk).exists()  # members stay


def test_a_section_handed_to_another_partner_leaves_the_old_group(client, editorial):
    section = editorial.sections["rasr"]["sl"]
    section.partner = editorial.cpu
    section.save_revision().publish()
    client.force_login(editorial.rasr_editor)
    edit = reverse("wagtailadmin_pages:edit", args=[editorial.news["rasr"].pk])
    assert client.get(edit).status_code == 302
    client.force_login(editorial.cpu_editor)
    assert client.get(edit).status_code == 200


def test_demo_editors_get_random_passwords_printed_once(site_tree):
    from tests.factories import PartnerFactory

    PartnerFactory(name="Razvojna agencija Savinjske regije", short_name="RASR")
    logged: list[str] = []
    demo_content.ensure_demo_editors(logged.append)
    assert len(logged) == 3
    passwords = {}
    for line in logged:
        username = line.split("'")[1]
        passwords[username] = line.rsplit("password: ", 1)[1].split(" ")[0]
    assert set(passwords) == {"komunikacije", "prevajalka", "urednik-rasr"}
    assert len(set(passwords.values())) == 3
    for username, password in passwords.items():
        user = User.objects.get(username=username)
        assert user.check_password(password)
        assert user.email == f"{username}@example.org"
    assert User.objects.get(username="urednik-rasr").groups.get().name == "Partner editors: RASR"
    assert UserProfile.get_for_user(User.objects.get(username="prevajalka")).preferred_language == "hr"

    again: list[str] = []
    demo_content.ensure_demo_editors(again.append)
    assert again == []  # nothing printed, nothing reset
    assert User.objects.get(username="komunikacije").check_password(passwords["komunikacije"])


def test_site_texts_exist_once_per_language(client, editorial):
    sl = Locale.objects.get(language_code="sl")
    SiteTexts.objects.create(locale=sl, funding_statement="Projekt sofinancira EU.")
    client.force_login(editorial.staff)
    url = reverse("wagtailsnippets_home_sitetexts:add") + "?locale=sl"
    response = client.post(url, {"funding_statement": "Še ena izjava.", "contact": rich_text("")})
    assert response.status_code == 200
    assert "Besedila spletišča v jeziku" in response.content.decode()
    assert "Še ena izjava." in response.content.decode()  # what was typed is kept
    assert SiteTexts.objects.filter(locale=sl).count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        SiteTexts.objects.create(locale=sl, funding_statement="Mimo obrazca.")


ADMIN_STRINGS = {
    # (menu label of a snippet, page type in "add a page", a help text on the news form, our report's title)
    "sl": ("Imenik pomoči", "Novica", "En ali dva stavka, prikazana na seznamih in v virih novic.", "Stanje prevodov"),
    "hr": ("Imenik pomoći", "Novost", "Jedna ili dvije rečenice", "Stanje prijevoda"),
}


@pytest.mark.parametrize("language", ["sl", "hr"])
def test_our_admin_strings_are_translated(client, editorial, language):
    import json

    menu_label, page_type, help_text, report_title = ADMIN_STRINGS[language]
    profile = UserProfile.get_for_user(editorial.staff)
    profile.preferred_language = language
    profile.save()
    client.force_login(editorial.staff)
    section = editorial.sections["cpu"]["sl"]
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert f'<html lang="{language}"' in dashboard
    assert json.dumps(menu_label)[1:-1] in dashboard  # the sidebar menu is JSON for the admin's JavaScript
    index = editorial.tree.news["sl"]
    choose_type = client.get(reverse("wagtailadmin_pages:add_subpage", args=[index.pk])).content.decode()
    assert page_type in choose_type
    form = client.get(reverse("wagtailadmin_pages:add", args=["news", "newspage", section.pk])).content.decode()
    assert help_text in form
    assert report_title in client.get(reverse("translation_status")).content.decode()
