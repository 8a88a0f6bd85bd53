"""WCAG 2.1 AA in Chromium, on what visitors get: every page type of the demo portal in sl, hr and en.

- axe-core (WCAG 2.0/2.1 A and AA rules) finds nothing on any page type, nor on the forms' error and
  confirmation states;
- at 320 CSS pixels (WCAG 1.4.10) and at 200% zoom (1.4.4) nothing scrolls sideways and the header's
  controls stay on screen;
- by keyboard: the skip link is the first stop and moves to the content, every stop shows its focus,
  the menu and the language switcher work, and Tab leaves the page again (no trap).

The demo content takes tens of seconds to load, and a live-server test's database is emptied after each test,
so the page-type sweep is one test that reports every failure at once, on the load the other demo tests share.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import axe_violations
from tests.browser.screenshots import sample_urls

pytestmark = pytest.mark.browser

LANGUAGES = ("sl", "hr", "en")
# What a 1280 × 900 window shows at 200% zoom, in CSS pixels.
ZOOM_200 = {"width": 640, "height": 450}


def subscription_pages() -> dict[str, str]:
    """The pages that newsletter e-mails link to, in each subscriber's language."""
    from news import subscription

    pages = {}
    for language in LANGUAGES:
        subscriber = subscription.sign_up(
            email=f"a11y-{language}@example.org", language=language, topics=[], consent_text_version="test"
        )
        pages[f"{language}-confirm"] = subscription.confirm_url(subscriber, "")
        pages[f"{language}-unsubscribe"] = subscription.unsubscribe_url(subscriber, "")
    pages["bad-link"] = "/newsletter/confirm/not-a-token/"
    return pages


def form_states(page, base_url: str, urls: dict[str, str], language: str):
    """Drive each form into its error and success states; yields the state's name after each."""
    statement = urls[f"{language}-accessibilitystatementpage"]
    page.goto(base_url + statement)
    page.locator(".feedback-form button[type=submit]").click()
    # The form goes to #feedback, which is the list of mistakes or the thanks: the browser focuses it.
    page.wait_for_selector(".error-summary")
    page.wait_for_function("() => document.activeElement.classList.contains('error-summary')", timeout=5000)
    yield f"{language}-feedback-errors"
    page.locator("#id_message").fill("Kontrast / contrast")
    page.locator(".feedback-form button[type=submit]").click()
    page.wait_for_selector(".notice--success")
    page.wait_for_function("() => document.activeElement.classList.contains('notice--success')", timeout=5000)
    yield f"{language}-feedback-sent"

    page.goto(base_url + urls[f"{language}-newslettersignuppage"])
    page.locator("#id_email").fill("not-an-address")
    page.locator(".signup-form button[type=submit]").click()
    page.wait_for_selector(".error-summary")
    yield f"{language}-signup-errors"

    page.goto(base_url + urls[f"{language}-selfcheckpage"])
    page.locator("#answer-1-yes").check()
    page.locator(".self-check__form button[type=submit]").click()
    page.wait_for_selector("#error-summary")
    yield f"{language}-self-check-errors"
    for number in range(2, 20):
        answer = page.locator(f"#answer-{number}-no")
        if not answer.count():
            break
        answer.check()
    page.locator(".self-check__form button[type=submit]").click()
    page.wait_for_selector("#result-heading")
    yield f"{language}-self-check-result"


HORIZONTAL_OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
OFFSCREEN_CONTROLS = """() => Array.from(document.querySelectorAll(
    '.site-header a, .site-header button, .site-header input, main a, main button, main input, main select'))
  .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
  .filter(e => { const r = e.getBoundingClientRect(); return r.left < -1 || r.right > window.innerWidth + 1; })
  .map(e => e.outerHTML.slice(0, 80))"""


def test_every_page_type_in_every_language_passes_axe_and_reflows(browser, live_server, committed_demo_content):
    base_url = live_server.url
    urls = sample_urls(list(LANGUAGES))
    expected_types = {
        "homepage",
        "standardpage",
        "newsindexpage",
        "newspage",
        "successstorypage",
        "newsletterindexpage",
        "newsletterissuepage",
        "newslettersignuppage",
        "eventindexpage",
        "eventpage",
        "campaignpage",
        "selfcheckpage",
        "helpdirectorypage",
        "accessibilitystatementpage",
        "search",
        "404",
    }
    for language in LANGUAGES:
        missing = {kind for kind in expected_types if f"{language}-{kind}" not in urls}
        assert not missing, f"the demo content has no {sorted(missing)} in {language}"
    urls.update(subscription_pages())

    failures: list[str] = []
    checked = 0
    tab = browser.new_page()
    for name, path in sorted(urls.items()):
        response = tab.goto(base_url + path)
        if response.status >= 500:
            failures.append(f"{name}: HTTP {response.status}")
            continue
        language = name.split("-")[0]
        if language in LANGUAGES and tab.locator("html").get_attribute("lang") != language:
            failures.append(f"{name}: <html lang> is {tab.locator('html').get_attribute('lang')!r}")
        if tab.locator("h1").count() != 1:
            failures.append(f"{name}: {tab.locator('h1').count()} h1 elements")
        report = axe_violations(tab)
        if report:
            failures.append(f"{name} ({path}):\n{report}")
        checked += 1
    for language in LANGUAGES:
        for state in form_states(tab, base_url, urls, language):
            assert tab.locator("html").get_attribute("lang") == language, state
            report = axe_violations(tab)
            if report:
                failures.append(f"{state}:\n{report}")
            checked += 1
    tab.close()

    for viewport, label in (({"width": 320, "height": 640}, "320px"), (ZOOM_200, "200% zoom")):
        context = browser.new_context(viewport=viewport, device_scale_factor=2 if label == "200% zoom" else 1)
        tab = context.new_page()
        for name, path in sorted(urls.items()):
            tab.goto(base_url + path)
            overflow = tab.evaluate(HORIZONTAL_OVERFLOW)
            if overflow > 0:
                failures.append(f"{name} at {label}: scrolls sideways by {overflow}px")
            offscreen = tab.evaluate(OFFSCREEN_CONTROLS)
            if offscreen:
                failures.append(f"{name} at {label}: controls off screen: {offscreen[:3]}")
        context.close()

    assert checked >= 3 * len(expected_types) + 3 * 5
    assert not failures, "\n\n".join(failures)


# --- keyboard, on the small trilingual tree ----------------------------------------------------------------------

FOCUS_STATE = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const style = getComputedStyle(e);
  const r = e.getBoundingClientRect();
  return {
    tag: e.tagName, text: (e.textContent || e.value || '').trim().slice(0, 40), href: e.getAttribute('href'),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    ring: style.boxShadow !== 'none',
    visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.left < window.innerWidth,
  };
}"""


def test_skip_link_is_the_first_stop_and_leads_to_the_content(browser, browser_site):
    base_url, _tree = browser_site
    tab = browser.new_page()
    tab.goto(base_url + "/en/about/")
    tab.keyboard.press("Tab")
    first = tab.evaluate(FOCUS_STATE)
    assert first["href"] == "#main" and first["text"] == "Skip to main content"
    assert first["visible"], "the skip link appears when it has the focus"
    tab.keyboard.press("Enter")
    assert tab.evaluate("() => document.activeElement.id") == "main"
    # The next Tab continues inside the content, not back in the header.
    tab.keyboard.press("Tab")
    assert tab.evaluate("() => document.activeElement.closest('main') !== null")
    tab.close()


def test_every_stop_shows_its_focus_and_tab_leaves_the_page(browser, browser_site):
    base_url, _tree = browser_site
    tab = browser.new_page()
    for path in ("/sl/", "/en/about/"):
        tab.goto(base_url + path)
        focusable = tab.evaluate(
            """() => Array.from(document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]'))
                 .filter(e => e.tabIndex >= 0 && e.getClientRects().length && !e.closest('[aria-hidden=true]'))
                 .length"""
        )
        stops = []
        for _ in range(focusable + 5):
            tab.keyboard.press("Tab")
            state = tab.evaluate(FOCUS_STATE)
            if state is None:  # focus went past the last element, back to the browser: no trap
                break
            assert state["outline"] and state["ring"], f"{path}: no visible focus on {state}"
            assert state["visible"], f"{path}: focused element off screen: {state}"
            stops.append(state)
        else:
            raise AssertionError(f"{path}: Tab never leaves the page after {len(stops)} stops")
        assert len(stops) == focusable, f"{path}: {len(stops)} of {focusable} elements reachable by Tab"
    tab.close()


def tab_to(tab, predicate: str, limit: int = 60) -> None:
    for _ in range(limit):
        tab.keyboard.press("Tab")
        if tab.evaluate(f"() => {{ const e = document.activeElement; return {predicate}; }}"):
            return
    raise AssertionError(f"nothing matching {predicate} can be reached with Tab")


def test_menu_and_language_switcher_work_with_the_keyboard(browser, browser_site):
    base_url, _tree = browser_site
    tab = browser.new_page()
    tab.goto(base_url + "/en/")
    tab_to(tab, "e.closest('.main-nav') && e.textContent.trim() === 'About the project'")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert tab.url == base_url + "/en/about/"
    assert tab.locator(".main-nav a[aria-current=page]").inner_text() == "About the project"

    tab_to(tab, "e.closest('.language-switcher') && e.getAttribute('hreflang') === 'hr'")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert tab.url == base_url + "/hr/o-projektu/"
    assert tab.locator("html").get_attribute("lang") == "hr"
    tab.close()
