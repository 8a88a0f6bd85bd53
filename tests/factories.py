"""factory_boy / wagtail-factories factories for the portal's models."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import AccessibilityStatementPage, HomePage, Partner, StandardPage


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


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Izjava o dostopnosti"
    slug = "izjava-o-dostopnosti"
    compliance_status = AccessibilityStatementPage.ComplianceStatus.PARTIAL
    non_accessible_content = "<ul><li>Nekateri dokumenti PDF niso dostopni.</li></ul>"
    prepared_on = datetime.date(2026, 11, 20)
    method = AccessibilityStatementPage.Method.SELF
    enforcement_procedure = "<p>Inšpektorat za informacijsko družbo; Povjerenik za informiranje.</p>"

    class Meta:
        model = AccessibilityStatementPage


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner {n}")
    role = Partner.Role.PROJECT
    country = Partner.Country.SI
    town = "Ptuj"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="sl"))

    class Meta:
        model = Partner
