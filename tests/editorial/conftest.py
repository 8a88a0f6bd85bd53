"""Editors, partners and translators on a trilingual news tree with two partner sections."""

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache import cache
from wagtail.models import Page
from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

from home import roles
from home.models import Partner
from news.models import NewsletterIssuePage, NewsPage, PartnerSectionPage
from tests.conftest import translate_page
from tests.factories import PartnerFactory
from tests.news.conftest import NewsTree, build_news_tree
from tests.news.factories import NewsletterIssuePageFactory, NewsPageFactory, PartnerSectionPageFactory

PASSWORD = "a-long-test-password"  # noqa: S105


@dataclass
class Editorial:
    tree: NewsTree
    cpu: Partner
    rasr: Partner
    sections: dict[str, dict[str, PartnerSectionPage]]  # partner -> language -> news section
    news: dict[str, NewsPage]  # partner -> a live Slovenian news article in its section
    issue: NewsletterIssuePage  # a live CPU newsletter issue
    staff: User
    translator: User
    cpu_editor: User
    rasr_editor: User


def make_user(username: str, group: Group, language: str = "sl") -> User:
    user = User.objects.create_user(username, email=f"{username}@example.org", password=PASSWORD)
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def section_in_all_languages(parent: dict[str, Page], partner: Partner, slug: str) -> dict[str, PartnerSectionPage]:
    sections = {"sl": PartnerSectionPageFactory(parent=parent["sl"], partner=partner, slug=slug, title=slug.upper())}
    for language in ("hr", "en"):
        sections[language] = translate_page(sections["sl"], language, title=f"{slug.upper()} ({language})")
    return sections


def build_editorial() -> Editorial:
    tree = build_news_tree()
    cpu = tree.partner
    cpu.short_name = "CPU"
    cpu.save()
    rasr = PartnerFactory(name="Razvojna agencija Savinjske regije", short_name="RASR", town="Celje")
    sections = {
        "cpu": section_in_all_languages(tree.news, cpu, "cpu"),
        "rasr": section_in_all_languages(tree.news, rasr, "rasr"),
    }
    news = {
        name: NewsPageFactory(parent=section["sl"], title=f"Novica {name}", slug=f"novica-{name}")
        for name, section in sections.items()
    }
    newsletter_section = PartnerSectionPageFactory(parent=tree.newsletters["sl"], partner=cpu, slug="cpu-e-novice")
    issue = NewsletterIssuePageFactory(parent=newsletter_section, slug="stevilka-1")
    roles.sync_roles()
    return Editorial(
        tree=tree,
        cpu=cpu,
        rasr=rasr,
        sections=sections,
        news=news,
        issue=issue,
        staff=make_user("komunikacije", Group.objects.get(name=roles.COMMUNICATIONS_STAFF)),
        translator=make_user("prevajalka", Group.objects.get(name=roles.TRANSLATORS), language="hr"),
        cpu_editor=make_user("urednik-cpu", roles.ensure_partner_group(cpu)),
        rasr_editor=make_user("urednik-rasr", roles.ensure_partner_group(rasr)),
    )


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def edit_form(client, url: str):
    """The page editor's form data, as the browser would send it back unchanged."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return querydict_from_html(response.content.decode(), form_id="page-edit-form")


def page_form(client, url: str):
    """The page editor's form data, as the browser would send it back unchanged.

    StreamFields are serialised by the editor's JavaScript, so empty ones are filled in here."""
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    data = edit_form(client, url)
    for name in ("body", "related_pages"):
        if f"{name}-count" not in data:
            data.update(nested_form_data({name: streamfield([])}))
    return data
