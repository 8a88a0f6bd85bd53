"""factory_boy / wagtail-factories factories for the portal's models."""

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import HomePage, Partner, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Domov"
    slug = "domov"
    intro = "Socialna aktivacija za zdravo, varno in dostopnejše čezmejno območje."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Stran {n}")
    intro = "Uvod."

    class Meta:
        model = StandardPage


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner {n}")
    role = Partner.Role.PROJECT
    country = Partner.Country.SI
    town = "Ptuj"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="sl"))

    class Meta:
        model = Partner
