"""The accessibility statement page and its feedback form: what visitors see and what happens to their message."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError

from home import roles
from home.accessibility import FEEDBACK_PER_WINDOW, MAX_BODY_BYTES
from home.models import AccessibilityFeedback, AccessibilityStatementPage, PortalSettings
from tests.conftest import translate_page
from tests.factories import AccessibilityStatementPageFactory


@pytest.fixture
def statement(site_tree):
    cache.clear()  # the rate limiter counts in the cache
    page = AccessibilityStatementPageFactory(parent=site_tree.homes["sl"])
    translations = {
        "sl": page,
        "hr": translate_page(page, "hr", title="Izjava o pristupačnosti", slug="izjava-o-pristupacnosti"),
        "en": translate_page(page, "en", title="Accessibility statement", slug="accessibility-statement"),
    }
    settings = PortalSettings.load()
    settings.accessibility_statement = page
    settings.contact_email = "dostopnost@example.org"
    settings.save()
    return translations


def test_statement_shows_the_parts_of_the_eu_model_in_the_visitors_language(client, statement):
    english = client.get("/en/accessibility-statement/")
    html = english.content.decode()
    assert english.status_code == 200
    for heading in (
        "Compliance status",
        "Non-accessible content",
        "Preparation of this statement",
        "Feedback and contact",
        "Enforcement procedure",
    ):
        assert f">{heading}</h2>" in html
    assert "partially compliant" in html
    assert '<time datetime="2026-11-20">20 November 2026</time>' in html  # English date format
    assert "Self-assessment" in html
    slovenian = client.get("/sl/izjava-o-dostopnosti/").content.decode()
    assert '<html lang="sl">' in slovenian
    assert '<time datetime="2026-11-20">20. november 2026</time>' in slovenian


def test_statement_is_linked_from_every_pages_footer_in_that_language(client, statement, site_tree):
    for path, link in (
        ("/sl/o-projektu/", "/sl/izjava-o-dostopnosti/"),
        ("/hr/o-projektu/", "/hr/izjava-o-pristupacnosti/"),
        ("/en/about/", "/en/accessibility-statement/"),
    ):
        footer = client.get(path).content.decode().split("<footer")[1]
        assert f'href="{link}"' in footer, path


def test_form_page_is_never_cached_and_carries_a_csrf_token(client, statement):
    response = client.get("/en/accessibility-statement/")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert 'name="csrfmiddlewaretoken"' in response.content.decode()


def test_feedback_is_stored_e_mailed_and_thanked_for_in_the_visitors_language(client, statement):
    response = client.post(
        "/hr/izjava-o-pristupacnosti/",
        {"message": "Gumb za pretraživanje nema oznaku.", "page_url": "/hr/novosti/", "email": "ana@example.org"},
    )
    assert response.status_code == 200
    assert "Hvala na poruci" in response.content.decode()
    feedback = AccessibilityFeedback.objects.get()
    assert (feedback.message, feedback.page_url, feedback.email, feedback.language) == (
        "Gumb za pretraživanje nema oznaku.",
        "/hr/novosti/",
        "ana@example.org",
        "hr",
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["dostopnost@example.org"]
    assert "Gumb za pretraživanje nema oznaku." in mail.outbox[0].body


def test_configured_recipients_replace_the_contact_address(client, statement, settings):
    settings.ACCESSIBILITY_FEEDBACK_EMAILS = ["a11y@example.org", "lead@example.org"]
    client.post("/en/accessibility-statement/", {"message": "Low contrast in the footer."})
    assert mail.outbox[0].to == ["a11y@example.org", "lead@example.org"]


def test_page_the_visitor_came_from_is_filled_in(client, statement):
    response = client.get("/en/accessibility-statement/", HTTP_REFERER="http://testserver/en/about/")
    assert 'value="http://testserver/en/about/"' in response.content.decode()
    other_site = client.get("/en/accessibility-statement/", HTTP_REFERER="https://elsewhere.example/x")
    assert "elsewhere.example" not in other_site.content.decode()


def test_missing_message_shows_the_form_again_with_what_was_typed_and_a_localized_error(client, statement):
    response = client.post(
        "/sl/izjava-o-dostopnosti/", {"message": "", "name": "Ana Novak", "email": "ni-naslov", "page_url": "/sl/"}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert 'role="alert"' in html
    assert "Opišite težavo" in html  # "Describe the problem you came across." in Slovenian
    assert 'value="Ana Novak"' in html and 'value="ni-naslov"' in html
    assert 'href="#id_message"' in html and 'aria-invalid="true"' in html
    assert AccessibilityFeedback.objects.count() == 0 and not mail.outbox


def test_honeypot_gets_thanks_but_nothing_is_stored(client, statement):
    response = client.post("/en/accessibility-statement/", {"message": "Buy now", "website": "http://spam.example"})
    assert response.status_code == 200 and "Thank you for your message" in response.content.decode()
    assert AccessibilityFeedback.objects.count() == 0 and not mail.outbox


def test_too_many_messages_from_one_network_are_refused_with_a_message_and_the_text_kept(client, statement):
    for number in range(FEEDBACK_PER_WINDOW):
        assert client.post("/en/accessibility-statement/", {"message": f"Problem {number}"}).status_code == 200
    response = client.post("/en/accessibility-statement/", {"message": "One more problem"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "too many messages from your network" in html
    assert "One more problem</textarea>" in html
    assert AccessibilityFeedback.objects.count() == FEEDBACK_PER_WINDOW


def test_oversized_body_is_refused_before_it_is_read(client, statement):
    response = client.post("/en/accessibility-statement/", {"message": "x" * (MAX_BODY_BYTES + 10)})
    assert response.status_code == 413
    assert "too much data" in response.content.decode()
    assert AccessibilityFeedback.objects.count() == 0


def test_other_methods_are_refused(client, statement):
    response = client.put("/en/accessibility-statement/")
    assert response.status_code == 405 and response["Allow"] == "GET, HEAD, POST"


def test_post_without_csrf_token_is_refused(statement):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/en/accessibility-statement/", {"message": "Hello"})
    assert response.status_code == 403
    assert AccessibilityFeedback.objects.count() == 0


def test_statement_needs_its_known_issues_unless_fully_compliant_and_review_after_preparation(site_tree):
    page = AccessibilityStatementPage(
        title="Izjava",
        slug="izjava",
        compliance_status="partial",
        non_accessible_content="",
        prepared_on=datetime.date(2026, 11, 20),
        reviewed_on=datetime.date(2026, 11, 1),
        enforcement_procedure="<p>Inšpektorat.</p>",
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) == {"non_accessible_content", "reviewed_on"}
    page.compliance_status, page.reviewed_on = "full", None
    page.clean()


def test_only_communications_staff_may_read_feedback(client, statement, django_user_model):
    feedback = AccessibilityFeedback.objects.create(message="Kontrast je prenizek.", language="sl")
    staff = django_user_model.objects.create_user("staff", password="x")
    staff.groups.add(Group.objects.get(name=roles.COMMUNICATIONS_STAFF))
    translator = django_user_model.objects.create_user("translator", password="x")
    translator.groups.add(Group.objects.get(name=roles.TRANSLATORS))
    url = "/admin/snippets/home/accessibilityfeedback/"
    client.force_login(staff)
    response = client.get(url)
    assert response.status_code == 200 and "Kontrast je prenizek." in response.content.decode()
    # Staff mark it handled; the visitor's message itself stays as it was sent.
    edit = f"{url}edit/{feedback.pk}/"
    assert client.get(edit).status_code == 200
    client.post(edit, {"handled": "on", "message": "changed"})
    feedback.refresh_from_db()
    assert feedback.handled and feedback.message == "Kontrast je prenizek."
    client.force_login(translator)
    assert client.get(url).status_code in (302, 403)


def test_statement_costs_a_fixed_number_of_queries_however_much_feedback_there_is(client, statement):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/en/accessibility-statement/").status_code == 200
        return len(captured)

    client.get("/en/accessibility-statement/")  # warm per-process caches (site root, locales)
    few = queries()
    AccessibilityFeedback.objects.bulk_create(
        AccessibilityFeedback(message=f"Problem {number}", language="en") for number in range(50)
    )
    assert queries() == few
    assert few <= 25
