"""Factories for the news app's pages (wagtail-factories) and images."""

import datetime

import factory
import wagtail_factories
from wagtail.images import get_image_model

from news.models import (
    NewsIndexPage,
    NewsletterIndexPage,
    NewsletterIssuePage,
    NewsletterSignupPage,
    NewsPage,
    PartnerSectionPage,
    SuccessStoryIndexPage,
    SuccessStoryPage,
)


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Photo {n}")
    description = factory.Sequence(lambda n: f"Participants at workshop {n}")

    class Meta:
        model = get_image_model()


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Novice"
    slug = "novice"
    intro = "Novice projekta."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Novica {n}")
    intro = factory.Sequence(lambda n: f"Uvod novice {n}.")
    date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))

    class Meta:
        model = NewsPage


class PartnerSectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partner {n}")

    class Meta:
        model = PartnerSectionPage


class SuccessStoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Zgodbe o uspehu"
    slug = "zgodbe-o-uspehu"

    class Meta:
        model = SuccessStoryIndexPage


class SuccessStoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Zgodba {n}")
    intro = "Pot nazaj na delo."
    date = datetime.date(2020, 9, 1)
    storyteller_description = "udeleženka programa"
    consent_given_on = factory.LazyFunction(lambda: datetime.date.today() - datetime.timedelta(days=30))
    consent_valid_until = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=365))

    class Meta:
        model = SuccessStoryPage


class NewsletterIndexPageFactory(wagtail_factories.PageFactory):
    title = "E-novice"
    slug = "e-novice"

    class Meta:
        model = NewsletterIndexPage


class NewsletterSignupPageFactory(wagtail_factories.PageFactory):
    title = "Prijava na e-novice"
    slug = "prijava"
    consent_text = "<p>Strinjam se s hrambo naslova.</p>"

    class Meta:
        model = NewsletterSignupPage


class NewsletterIssuePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Številka {n}")
    issue_label = "08/2020"
    date = datetime.date(2020, 8, 25)
    summary = "Povzetek številke."
    body = '<p>Besedilo številke z <a href="/sl/novice/">povezavo</a>.</p>'

    class Meta:
        model = NewsletterIssuePage
