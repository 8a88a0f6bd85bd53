"""The campaign's demo content: trilingual, translated through wagtail-localize, idempotent, kind and sourced."""

from wagtail.models import Page

from campaigns import selfcheck
from campaigns.models import CampaignPage, EasyReadPage, HelpDirectoryPage, SelfCheckPage, ServicePoint
from tests.campaigns.helpers import all_answers, csrf_client, submit_self_check
from tests.conftest import load_demo_content

PATHS = {
    "sl": "/sl/preprecimo-revscino/",
    "hr": "/hr/sprijecimo-siromastvo/",
    "en": "/en/prevent-poverty/",
}
CHILDREN = {
    "sl": ("samoocena/", "kje-po-pomoc/", "lahko-branje/"),
    "hr": ("samoprocjena/", "gdje-po-pomoc/", "lako-citanje/"),
    "en": ("self-check/", "find-help/", "easy-read/"),
}
SOCIAL_WORK_CENTRE = {"sl": "center za socialno delo", "hr": "centru za socijalnu skrb", "en": "social work centre"}


def load_demo():
    load_demo_content()


def load_campaign_demo_only():
    """home + campaigns (without news and events), for the cheaper idempotency check."""
    from campaigns.demo import content as campaign_demo
    from home.demo import content as home_demo

    for module in (home_demo, campaign_demo):
        module.load(lambda message: None)


def test_demo_content_is_complete_trilingual_and_kind(client, demo_content):
    # One load of the whole demo (news and events first, as `make run` does), then every check.
    check_real_translations_that_answer_in_every_language(client)
    for language in ("sl", "hr", "en"):
        check_self_check(language)
    check_directory(client)
    check_campaign(client)


def check_real_translations_that_answer_in_every_language(client):
    for model in (CampaignPage, EasyReadPage, SelfCheckPage, HelpDirectoryPage):
        source = model.objects.get(locale__language_code="sl")
        versions = {page.locale.language_code: page for page in source.get_translations(inclusive=True)}
        assert set(versions) == {"sl", "hr", "en"}
        assert all(page.live and page.alias_of_id is None for page in versions.values()), model
    for language, path in PATHS.items():
        for url in (path, *(path + child for child in CHILDREN[language])):
            response = client.get(url)
            assert response.status_code == 200, url
            assert f'<html lang="{language}">' in response.content.decode()


def check_self_check(language):
    """8–10 questions, bands for every score, and the top band sends people to the social work centre."""
    page = SelfCheckPage.objects.get(locale__language_code=language)
    questions = page.question_list()
    assert 8 <= len(questions) <= 10
    page.clean()  # bands cover every score exactly once
    top = page.band_list()[-1]
    assert top.max_score == selfcheck.max_score(questions)
    assert SOCIAL_WORK_CENTRE[language] in str(top.advice).lower()
    response = submit_self_check(csrf_client(), page.url, all_answers(set(range(1, 11)), count=len(questions)))
    html = response.content.decode()
    assert response.status_code == 200
    assert top.title in html
    directory = HelpDirectoryPage.objects.get(locale__language_code=language)
    assert f'<form class="area-form" method="get" action="{directory.url}"' in html


def check_directory(client):
    """The project area, the partners' published addresses, and examples marked as such."""
    towns = set(ServicePoint.objects.filter(locale__language_code="en").values_list("town", flat=True))
    assert {"Ptuj", "Ormož", "Celje", "Laško", "Čakovec", "Varaždin"} <= towns
    reuse_centre = ServicePoint.objects.get(locale__language_code="hr", address="Vrazova 9")
    assert (reuse_centre.town, reuse_centre.phone, reuse_centre.email) == (
        "Ormož",
        "+386 31 689 920",
        "ormoz@cpu-reuse.com",
    )
    examples = ServicePoint.objects.filter(locale__language_code="sl", is_example=True)
    assert examples.exists() and all(point.name.startswith("Primer") for point in examples)
    html = client.get(PATHS["en"] + "find-help/?town=Varaždin").content.decode()
    assert "Example entry" in html and "Croatian Employment Service – Regional Office Varaždin" in html


def check_campaign(client):
    """Figures with their source, the FAQ, and the events that carry the campaign's tag."""
    html = client.get(PATHS["en"]).content.decode()
    assert "EUR 574,947.20" in html and "Source: 2SoKroG project data" in html
    assert html.count('<details class="faq__item">') >= 4
    # The events demo tags its social activation events the same way (events/demo/data.py).
    assert '<div class="campaign-related">' in html and "event-cards" in html


def test_running_it_twice_changes_nothing(demo_content):
    # On the whole demo (loaded once for the tests that read it), the campaign's loader once more, then again.
    load_campaign_demo_only()
    before = (Page.objects.count(), ServicePoint.objects.count(), CampaignPage.objects.first().latest_revision_id)
    load_campaign_demo_only()
    assert (
        Page.objects.count(),
        ServicePoint.objects.count(),
        CampaignPage.objects.first().latest_revision_id,
    ) == before
