"""Factories and a small trilingual campaign tree for the campaigns app's tests."""

from __future__ import annotations

from dataclasses import dataclass, field

import factory
import wagtail_factories
from wagtail.models import Locale
from wagtail.rich_text import RichText

from campaigns.models import CampaignPage, EasyReadPage, HelpDirectoryPage, SelfCheckPage, ServicePoint
from tests.conftest import SiteTree, translate_page

LANGUAGES = ("sl", "hr", "en")


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


class ServicePointFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Točka pomoči {n}")
    type = ServicePoint.Type.SOCIAL_WORK_CENTRE
    town = "Ptuj"
    country = ServicePoint.Country.SI
    locale = factory.LazyFunction(lambda: locale("sl"))

    class Meta:
        model = ServicePoint


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = "Preprečimo revščino"
    slug = "preprecimo-revscino"
    key_message = "Težave se začnejo tiho. Pomoč je blizu."

    class Meta:
        model = CampaignPage


class EasyReadPageFactory(wagtail_factories.PageFactory):
    title = "Lahko branje"
    slug = "lahko-branje"
    intro = "Kratki stavki."

    class Meta:
        model = EasyReadPage


class HelpDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Kje po pomoč"
    slug = "kje-po-pomoc"
    intro = "Naslovi, kamor se lahko obrnete."

    class Meta:
        model = HelpDirectoryPage


# Points for "yes" per question: scores run from 0 to 7.
WEIGHTS = (1, 2, 1, 3)
# (from, to, title) of each band, by language.
BANDS = {
    "sl": [(0, 1, "Malo znakov"), (2, 4, "Čas za pogovor"), (5, 7, "Poiščite podporo")],
    "hr": [(0, 1, "Malo znakova"), (2, 4, "Vrijeme za razgovor"), (5, 7, "Potražite podršku")],
    "en": [(0, 1, "Few signs"), (2, 4, "Time to talk"), (5, 7, "Reach out for support")],
}
QUESTION_WORDS = {"sl": "Vprašanje", "hr": "Pitanje", "en": "Question"}


def questions_data(language: str, weights=WEIGHTS) -> list:
    return [
        ("question", {"question": f"{QUESTION_WORDS[language]} št. {n}?", "hint": "", "weight": weight})
        for n, weight in enumerate(weights, start=1)
    ]


def bands_data(language: str, bands=None) -> list:
    bands = bands if bands is not None else BANDS[language]
    return [
        (
            "band",
            {
                "min_score": low,
                "max_score": high,
                "title": title,
                "advice": RichText(f"<p>Nasvet: {title}. Center za socialno delo vam pomaga.</p>"),
            },
        )
        for low, high, title in bands
    ]


class SelfCheckPageFactory(wagtail_factories.PageFactory):
    title = "Samoocena"
    slug = "samoocena"
    intro = "Odgovorite z da ali ne."
    questions = factory.LazyFunction(lambda: questions_data("sl"))
    bands = factory.LazyFunction(lambda: bands_data("sl"))

    class Meta:
        model = SelfCheckPage


SLUGS = {
    "campaign": {"sl": "preprecimo-revscino", "hr": "sprijecimo-siromastvo", "en": "prevent-poverty"},
    "self_check": {"sl": "samoocena", "hr": "samoprocjena", "en": "self-check"},
    "directory": {"sl": "kje-po-pomoc", "hr": "gdje-po-pomoc", "en": "find-help"},
    "easy_read": {"sl": "lahko-branje", "hr": "lako-citanje", "en": "easy-read"},
}
TITLES = {
    "campaign": {"sl": "Preprečimo revščino", "hr": "Spriječimo siromaštvo", "en": "Prevent poverty"},
    "self_check": {"sl": "Samoocena", "hr": "Samoprocjena", "en": "Self-check"},
    "directory": {"sl": "Kje po pomoč", "hr": "Gdje po pomoć", "en": "Find help"},
    "easy_read": {"sl": "Lahko branje", "hr": "Lako čitanje", "en": "Easy read"},
}
KEY_MESSAGES = {
    "sl": "Težave se začnejo tiho. Pomoč je blizu.",
    "hr": "Problemi počinju tiho. Pomoć je blizu.",
    "en": "Trouble starts quietly. Help is close by.",
}


@dataclass
class CampaignTree:
    campaign: dict[str, CampaignPage] = field(default_factory=dict)
    easy_read: dict[str, EasyReadPage] = field(default_factory=dict)
    self_check: dict[str, SelfCheckPage] = field(default_factory=dict)
    directory: dict[str, HelpDirectoryPage] = field(default_factory=dict)

    def url(self, kind: str, language: str) -> str:
        return getattr(self, kind)[language].url


def build_campaign_tree(site: SiteTree, body=None) -> CampaignTree:
    """The campaign with its easy-read version, self-check and help directory, translated into hr and en
    (slugs and texts), plus a handful of service points in each language."""
    tree = CampaignTree()
    campaign = CampaignPageFactory(parent=site.homes["sl"], show_in_menus=True, body=body or [])
    tree.campaign["sl"] = campaign
    tree.directory["sl"] = HelpDirectoryPageFactory(parent=campaign)
    tree.self_check["sl"] = SelfCheckPageFactory(parent=campaign, help_directory=tree.directory["sl"])
    tree.easy_read["sl"] = EasyReadPageFactory(parent=campaign)
    campaign.easy_read_page = tree.easy_read["sl"]
    campaign.save_revision().publish()
    for language in ("hr", "en"):
        tree.campaign[language] = translate_page(
            campaign,
            language,
            title=TITLES["campaign"][language],
            slug=SLUGS["campaign"][language],
            key_message=KEY_MESSAGES[language],
        )
        for kind in ("directory", "self_check", "easy_read"):
            extra = {}
            if kind == "self_check":
                extra = {"questions": questions_data(language), "bands": bands_data(language)}
            tree_pages = getattr(tree, kind)
            tree_pages[language] = translate_page(
                tree_pages["sl"], language, title=TITLES[kind][language], slug=SLUGS[kind][language], **extra
            )
    for language in LANGUAGES:
        add_service_points(language)
    return tree


def add_service_points(language: str) -> list[ServicePoint]:
    """Five entries in three towns, one of each kind that matters to the filters."""
    here = locale(language)
    specs = [
        {"name": f"CSD Ptuj ({language})", "town": "Ptuj", "country": "SI", "phone": "+386 2 123 45 67"},
        {
            "name": f"Zavod Ormož ({language})",
            "town": "Ormož",
            "country": "SI",
            "type": ServicePoint.Type.EMPLOYMENT_OFFICE,
            "email": "info@example.org",
        },
        {
            "name": f"Društvo Ptuj ({language})",
            "town": "Ptuj",
            "country": "SI",
            "type": ServicePoint.Type.NGO,
            "is_example": True,
            "latitude": "46.419900",
            "longitude": "15.870200",
        },
        {"name": f"CZSS Čakovec ({language})", "town": "Čakovec", "country": "HR", "website": "http://www.czss-ck.hr/"},
        {
            "name": f"Humana Nova ({language})",
            "town": "Čakovec",
            "country": "HR",
            "type": ServicePoint.Type.SOCIAL_ENTERPRISE,
            "address": "Ulica 1",
            "postcode": "40000",
        },
    ]
    return [ServicePointFactory(locale=here, **spec) for spec in specs]
