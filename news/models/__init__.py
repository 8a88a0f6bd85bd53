"""The news app's models, one module per feature (see each module's docstring)."""

from .news import NewsIndexPage, NewsPage, NewsPageTag, PartnerSectionPage
from .newsletters import NewsletterIndexPage, NewsletterIssuePage, NewsletterSignupPage
from .stories import SuccessStoryIndexPage, SuccessStoryPage
from .subscriptions import NewsletterDelivery, Subscriber, Topic

__all__ = [
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "PartnerSectionPage",
    "NewsletterIndexPage",
    "NewsletterIssuePage",
    "NewsletterSignupPage",
    "SuccessStoryIndexPage",
    "SuccessStoryPage",
    "NewsletterDelivery",
    "Subscriber",
    "Topic",
]
