"""The Content-Security-Policy in a real browser: public pages (and their scripts) raise no violation and
still work; the Wagtail admin works under its own policy, including sign-in and the preview panel."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import User

from tests.browser.conftest import signed_in_context
from tests.campaigns.factories import build_campaign_tree
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.browser

# Playwright's init scripts are injected by the browser itself, so the policy does not block this listener.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}`;
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${where}`);
});
"""


def watched_page(context):
    page = context.new_page()
    page.add_init_script(RECORD_VIOLATIONS)
    page.console_messages_csp = []
    page.on(
        "console",
        lambda message: (
            page.console_messages_csp.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return page


def violations(page) -> list[str]:
    return page.evaluate("window.__cspViolations") + page.console_messages_csp


def test_public_pages_and_their_scripts_work_without_a_single_csp_violation(browser, browser_site):
    base_url, tree = browser_site
    campaign = build_campaign_tree(tree)
    news = NewsPageFactory(
        parent=tree.homes["sl"], title="Seminar v Celju", slug="seminar", date=datetime.date(2019, 6, 13)
    )
    context = browser.new_context()
    page = watched_page(context)
    seen: dict[str, list[str]] = {}
    for url in ("/sl/", "/hr/", campaign.campaign["en"].url, news.url, "/sl/search/?q=projekt"):
        response = page.goto(base_url + url)
        assert response.status == 200, url
        assert "script-src 'self'" in response.headers["content-security-policy"]
        seen[url] = violations(page)
    # JSON-LD data blocks are not scripts the policy has to allow.
    page.goto(base_url + news.url)
    assert page.locator('script[type="application/ld+json"]').count() >= 1
    seen["news JSON-LD"] = violations(page)

    # campaigns.js: a self-check sent with questions unanswered moves focus to the list of them.
    page.goto(base_url + campaign.self_check["sl"].url)
    page.locator('button[type="submit"]', has_text="").last.click()
    page.wait_for_load_state()
    assert page.evaluate("document.activeElement.id") == "error-summary"
    seen["self-check"] = violations(page)

    # portal.js: choosing a language in the switcher remembers it.
    page.goto(base_url + "/sl/")
    page.locator("a[data-set-language='en']").first.click()
    page.wait_for_load_state()
    assert any(cookie["name"] == "django_language" and cookie["value"] == "en" for cookie in context.cookies())
    seen["language switcher"] = violations(page)

    context.close()
    assert not any(seen.values()), seen


def test_the_admin_signs_in_edits_and_previews_under_its_own_policy(browser, browser_site, transactional_db):
    base_url, tree = browser_site
    User.objects.create_superuser("urednica", "urednica@example.org", "a-long-test-password")
    context = browser.new_context(locale="en-GB")
    page = watched_page(context)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", "urednica")
    page.fill("#id_password", "a-long-test-password")
    page.locator("button[type=submit]").click()
    page.wait_for_url(base_url + "/admin/")
    assert "admin" in page.url

    about = tree.about["sl"]
    response = page.goto(f"{base_url}/admin/pages/{about.pk}/edit/")
    assert response.status == 200
    assert "frame-ancestors 'self'" in response.headers["content-security-policy"]
    page.locator("#id_title").fill("O projektu 2SoKroG")
    # The preview panel shows the page in a same-origin frame.
    page.locator('[data-side-panel-toggle="preview"]').click()
    # Wagtail loads each update into a fresh (hidden) frame and swaps it in, so wait for the text, not visibility.
    preview_title = page.frame_locator("iframe#w-preview-iframe").locator("h1", has_text="O projektu 2SoKroG")
    preview_title.wait_for(state="attached", timeout=20_000)
    admin_violations = violations(page)

    # Saving the edit still works.
    page.locator("button.action-save").first.click()
    page.wait_for_load_state()
    assert page.locator(".messages .success").count() == 1
    admin_violations += violations(page)
    # Leave the editor and let its last editing-session request finish before the test database is flushed.
    page.goto("about:blank")
    page.wait_for_timeout(1000)
    context.close()
    assert not errors, errors
    assert not admin_violations, admin_violations


def test_the_two_step_sign_in_qr_code_shows_under_the_admin_policy(browser, browser_site):
    base_url, _tree = browser_site
    editor = User.objects.create_user("urednik", "urednik@example.org", "a-long-test-password", is_superuser=True)
    context = signed_in_context(browser, base_url, editor)
    page = watched_page(context)
    response = page.goto(base_url + "/admin/two-factor/")
    assert response.status == 200
    qr_code = page.get_by_role("img", name="QR code for your authenticator app")
    qr_code.wait_for()
    assert page.evaluate("img => img.complete && img.naturalWidth > 0", qr_code.element_handle())
    found = violations(page)
    context.close()
    assert not found, found
