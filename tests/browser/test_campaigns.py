"""The campaign in Chromium: keyboard-only self-check, accessibility in three languages, print, no third parties."""

import pytest
from wagtail.rich_text import RichText

from tests.browser.conftest import axe_violations
from tests.campaigns.factories import build_campaign_tree

pytestmark = pytest.mark.browser

BODY = [
    (
        "key_facts",
        {
            "heading": "Projekt v številkah",
            "facts": [
                {"figure": "24 mesecev", "label": "trajanje projekta", "source": "Podatki projekta", "source_url": ""},
                {
                    "figure": "več kot 180",
                    "label": "udeležencev konference",
                    "source": "CZSS Čakovec",
                    "source_url": "http://www.czss-ck.hr/",
                },
            ],
        },
    ),
    ("warning_signs", {"heading": "Znaki", "intro": "En znak še ni nevarnost.", "signs": ["Zamujate s položnicami."]}),
    ("call_to_action", {"text": "Preverite se.", "page": None, "url": "https://example.org/", "link_text": "Začni"}),
    (
        "faq",
        {
            "heading": "Pogosta vprašanja",
            "items": [
                {"question": "Ali samoocena shrani odgovore?", "answer": RichText("<p>Ne, nikoli.</p>")},
                {"question": "Kam se obrnem?", "answer": RichText("<p>Na center za socialno delo.</p>")},
            ],
        },
    ),
]


@pytest.fixture
def campaign_site(browser_site):
    base_url, site = browser_site
    return base_url, build_campaign_tree(site, body=BODY)


def focused(page) -> str:
    return page.evaluate("() => document.activeElement.id || document.activeElement.tagName")


def tab_to(page, element_id: str, limit: int = 80) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page) == element_id:
            return
    raise AssertionError(f"#{element_id} cannot be reached with the Tab key")


def test_self_check_can_be_completed_with_the_keyboard_alone(browser, campaign_site):
    base_url, tree = campaign_site
    page = browser.new_page()
    page.goto(base_url + tree.url("self_check", "en"))

    # Answer 1 "yes" and 3 "no", skip 2 and 4, and send the form.
    tab_to(page, "answer-1-yes")
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # question 2 is left unanswered
    page.keyboard.press("Tab")
    assert focused(page) == "answer-3-yes"
    page.keyboard.press("ArrowRight")  # moves to and selects "No"
    assert focused(page) == "answer-3-no"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.type") == "submit"
    page.keyboard.press("Enter")

    # The error summary takes the focus, links to what is missing, and what was answered is kept.
    page.wait_for_selector("#error-summary")
    assert focused(page) == "error-summary"
    assert page.locator("#answer-1-yes").is_checked() and page.locator("#answer-3-no").is_checked()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # "Question 2: …"
    page.wait_for_function("() => location.hash === '#answer-2-yes'")
    assert focused(page) == "answer-2-yes"
    page.keyboard.press("Space")
    tab_to(page, "answer-4-yes")
    page.keyboard.press("ArrowRight")
    for _ in range(3):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.type") == "submit":
            break
    page.keyboard.press("Enter")

    # 1 + 2 points of 7: the middle band. Then on to the help directory of the chosen town, by keyboard.
    page.wait_for_selector("#result-heading")
    assert "Time to talk" in page.locator("#result-heading").inner_text()
    assert "3 of 7 points" in page.content()
    tab_to(page, "area-town")
    page.keyboard.press("ArrowDown")  # first town
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/find-help/?town=*")
    assert page.locator("h1").inner_text() == "Find help"
    page.close()


def test_campaign_pages_have_no_accessibility_violations_in_three_languages(browser, campaign_site):
    base_url, tree = campaign_site
    page = browser.new_page()
    for language in ("sl", "hr", "en"):
        # Every page type is swept by test_accessibility.py; here this tree's own content (key facts, FAQ,
        # warning signs) and the directory's unknown-town answer.
        urls = [
            tree.url("campaign", language),
            tree.url("directory", language) + "?town=Atlantis&type=ngo",  # unknown town: 400 with a message
        ]
        for url in urls:
            page.goto(base_url + url)
            assert page.locator("html").get_attribute("lang") == language
            assert axe_violations(page) == "", f"{url}\n{axe_violations(page)}"
        # The self-check with a missing answer, then its result.
        page.goto(base_url + tree.url("self_check", language))
        page.locator("#answer-1-yes").check()
        page.locator(".self-check__form button[type=submit]").click()
        page.wait_for_selector("#error-summary")
        assert axe_violations(page) == "", f"{language} self-check errors"
        for number in range(2, 5):
            page.locator(f"#answer-{number}-no").check()
        page.locator(".self-check__form button[type=submit]").click()
        page.wait_for_selector("#result-heading")
        assert axe_violations(page) == "", f"{language} self-check result"
    page.close()


def test_campaign_and_directory_print_cleanly(browser, campaign_site):
    base_url, tree = campaign_site
    page = browser.new_page()
    page.goto(base_url + tree.url("campaign", "en"))
    assert page.locator("details[open]").count() == 0
    page.emulate_media(media="print")
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")  # what the browser fires on printing
    assert page.locator("details[open]").count() == 2
    assert page.get_by_text("Na center za socialno delo.").is_visible()
    assert page.locator(".main-nav").is_hidden() and page.locator(".language-switcher").is_hidden()
    assert page.locator(".site-footer__funding").is_visible(), "the funding statement stays on paper"
    assert page.locator(".eu-mark").is_visible()
    after = page.evaluate(
        """() => getComputedStyle(document.querySelector('.key-fact__source a'), '::after').content"""
    )
    assert "http://www.czss-ck.hr/" in after
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert page.locator("details[open]").count() == 0

    page.goto(base_url + tree.url("directory", "en"))
    assert page.locator(".directory-filter").is_hidden()
    assert page.locator(".service-point").first.is_visible()
    page.close()


def test_pages_load_nothing_from_other_sites(browser, campaign_site):
    base_url, tree = campaign_site
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for kind in ("campaign", "self_check", "directory", "easy_read"):
        page.goto(base_url + tree.url(kind, "sl"))
    assert requested and all(url.startswith(base_url) for url in requested), [
        url for url in requested if not url.startswith(base_url)
    ]
    # The map is only a link: OpenStreetMap is contacted when the visitor follows it, not before.
    assert page.locator('a[href^="https://www.openstreetmap.org/?mlat="]').count() == 0  # sl page 1 has no coords
    page.close()
