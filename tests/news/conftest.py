"""A trilingual news tree on top of the foundation's site tree (tests.conftest.build_site_tree)."""

from dataclasses import dataclass

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from home.models import Partner
from news.models import NewsIndexPage, NewsletterIndexPage, NewsletterSignupPage, SuccessStoryIndexPage
from tests.conftest import SiteTree, build_site_tree, translate_page
from tests.factories import PartnerFactory

from .factories import (
    NewsIndexPageFactory,
    NewsletterIndexPageFactory,
    NewsletterSignupPageFactory,
    SuccessStoryIndexPageFactory,
)

SLUGS = {
    "news": {"sl": "novice", "hr": "novosti", "en": "news"},
    "stories": {"sl": "zgodbe-o-uspehu", "hr": "price-o-uspjehu", "en": "success-stories"},
    "newsletters": {"sl": "e-novice", "hr": "e-bilten", "en": "newsletters"},
    "signup": {"sl": "prijava", "hr": "prijava", "en": "subscribe"},
}
TITLES = {
    "news": {"hr": "Novosti", "en": "News"},
    "stories": {"hr": "Priče o uspjehu", "en": "Success stories"},
    "newsletters": {"hr": "E-bilten", "en": "Newsletters"},
    "signup": {"hr": "Prijava na e-bilten", "en": "Subscribe to the newsletter"},
}


@dataclass
class NewsTree:
    site: SiteTree
    news: dict[str, NewsIndexPage]
    stories: dict[str, SuccessStoryIndexPage]
    newsletters: dict[str, NewsletterIndexPage]
    signup: dict[str, NewsletterSignupPage]
    partner: Partner


def in_all_languages(source, key: str, **fields) -> dict:
    pages = {"sl": source}
    for language in ("hr", "en"):
        pages[language] = translate_page(
            source, language, slug=SLUGS[key][language], title=TITLES[key][language], **fields
        )
    return pages


def build_news_tree() -> NewsTree:
    site = build_site_tree()
    home = site.homes["sl"]
    news = in_all_languages(NewsIndexPageFactory(parent=home), "news")
    stories = in_all_languages(SuccessStoryIndexPageFactory(parent=home), "stories")
    newsletters = in_all_languages(NewsletterIndexPageFactory(parent=home), "newsletters")
    signup = {"sl": NewsletterSignupPageFactory(parent=newsletters["sl"])}
    for language, consent in (("hr", "<p>Slažem se.</p>"), ("en", "<p>I agree to you keeping my address.</p>")):
        signup[language] = translate_page(
            signup["sl"],
            language,
            slug=SLUGS["signup"][language],
            title=TITLES["signup"][language],
            consent_text=consent,
        )
    partner = PartnerFactory(name="Center ponovne uporabe", town="Ormož")
    for language in ("hr", "en"):
        partner.copy_for_translation(Locale.objects.get(language_code=language)).save()
    return NewsTree(site=site, news=news, stories=stories, newsletters=newsletters, signup=signup, partner=partner)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # The sign-up rate limit counts in the cache; every test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()
