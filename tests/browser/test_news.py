"""News in a real browser: the newsletter sign-up works by keyboard alone, with its error and confirmation
states free of axe-core violations. Every news page type in every language is swept by test_accessibility.py."""

import datetime

import pytest
from django.core import mail

from news.models import Subscriber
from tests.browser.conftest import axe_violations
from tests.conftest import translate_page
from tests.news.conftest import build_news_tree
from tests.news.factories import (
    ImageFactory,
    NewsletterIssuePageFactory,
    NewsPageFactory,
    PartnerSectionPageFactory,
    SuccessStoryPageFactory,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def news_site(transactional_db, live_server):
    tree = build_news_tree()
    news = NewsPageFactory(
        parent=tree.news["sl"],
        title="Seminar v Celju",
        slug="seminar",
        lead_image=ImageFactory(),
        date=datetime.date(2019, 6, 13),
    )
    news.tags.add("seminar")
    news.save_revision().publish()
    story = SuccessStoryPageFactory(
        parent=tree.stories["sl"], title="Nov začetek", slug="zgodba", portrait=ImageFactory(), portrait_alt="Portret"
    )
    section = PartnerSectionPageFactory(parent=tree.newsletters["sl"], title="CPU", slug="cpu", partner=tree.partner)
    issue = NewsletterIssuePageFactory(parent=section, title="Preizkušanje modela", slug="08-2020")
    for language, slugs in (("hr", ("seminar", "prica", "cpu")), ("en", ("seminar", "story", "cpu"))):
        translate_page(news, language, slug=slugs[0])
        translate_page(story, language, slug=slugs[1])
        translate_page(section, language, slug=slugs[2])
        translate_page(issue, language, slug="08-2020")
    return live_server.url


def test_sign_up_form_works_by_keyboard_with_errors_announced_and_linked(browser, news_site):
    page = browser.new_page()
    page.goto(news_site + "/en/newsletters/subscribe/")
    page.locator("#id_email").focus()

    # Submitting without consent: the error summary names the problem and links to the field.
    page.keyboard.type("ana@example.org")
    page.locator("#id_consent").focus()
    page.locator(".signup-form button[type=submit]").focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    summary = page.locator(".error-summary")
    assert summary.get_attribute("role") == "alert"
    assert "Agree to the conditions to subscribe." in summary.inner_text()
    assert page.locator("#id_email").input_value() == "ana@example.org", "what was typed is kept"
    assert axe_violations(page) == ""

    # Now by keyboard only: Tab from the e-mail field through the choices to the button.
    page.locator("#id_email").focus()
    page.keyboard.press("Tab")  # the checked language radio (English)
    assert page.evaluate("document.activeElement.id") == "id_language_2"
    page.keyboard.press("ArrowUp")  # choose Hrvatski
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_topics_0"
    page.keyboard.press("Space")
    for _ in range(4):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "id_consent"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") == "BUTTON", "the honeypot is skipped"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", name="Check your inbox").is_visible()
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language, subscriber.topics) == ("ana@example.org", "hr", ["activation"])
    assert mail.outbox and mail.outbox[0].to == ["ana@example.org"]
    assert axe_violations(page) == ""
    page.close()
