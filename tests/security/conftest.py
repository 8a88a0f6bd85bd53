"""What the security tests share: a site with every kind of public URL and form (tests/conftest.py builds it once
per module, as `public_site`)."""

from __future__ import annotations

from dataclasses import dataclass

from tests.campaigns.factories import build_campaign_tree
from tests.events.factories import EventIndexPageFactory
from tests.factories import AccessibilityStatementPageFactory
from tests.news.conftest import build_news_tree


@dataclass
class PublicSite:
    get_urls: list[str]
    forms: dict[str, tuple[str, list[str]]]  # what -> (URL, field names)


def build_public_site() -> PublicSite:
    """News, the campaign, events and the accessibility statement: a URL of every kind, and the public forms."""
    news = build_news_tree()
    site = news.site
    campaign = build_campaign_tree(site)
    EventIndexPageFactory(parent=site.homes["sl"])
    statement = AccessibilityStatementPageFactory(parent=site.homes["sl"])
    get_urls = [
        "/",
        "/sl/",
        "/hr/",
        "/en/search/",
        "/sl/search/",
        news.news["sl"].url,
        news.signup["en"].url,
        campaign.directory["hr"].url,
        campaign.self_check["sl"].url,
        statement.url,
        "/api/v2/pages/",
        "/api/v2/images/",
        "/api/v2/documents/",
        "/sitemap.xml",
        "/robots.txt",
    ]
    forms = {
        "newsletter sign-up": (news.signup["sl"].url, ["email", "language", "topics", "consent", "website"]),
        "self-check": (campaign.self_check["en"].url, ["answer-1", "answer-2", "answer-3", "answer-4", "website"]),
        "accessibility feedback": (statement.url, ["message", "page_url", "name", "email", "website"]),
    }
    return PublicSite(get_urls=get_urls, forms=forms)
