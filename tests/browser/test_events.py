"""Events in Chromium: axe-core WCAG 2.1 AA on the listing and an event page in three languages, 320px reflow."""

import datetime

import pytest

from events.models import EventPage, local_now
from tests.browser.conftest import axe_violations
from tests.conftest import translate_page
from tests.events.conftest import build_events_site
from tests.events.factories import EventPageFactory, local
from tests.factories import PartnerFactory

pytestmark = pytest.mark.browser

LONG_TITLE = "Čezmejnousposabljanjezajavneuslužbencecentrovzasocialnodelo" * 3 + " in še kaj"
LONG = {"sl": "/sl/dogodki/dolg/", "hr": "/hr/dogadanja/dolg/", "en": "/en/events/long/"}
INDEX = {"sl": "/sl/dogodki/", "hr": "/hr/dogadanja/", "en": "/en/events/"}


@pytest.fixture
def events_live(transactional_db, live_server):
    site = build_events_site()
    index = site.indexes["sl"]
    start = local_now() + datetime.timedelta(days=10)
    conference = EventPageFactory(
        parent=index,
        title="Konferenca",
        slug="konferenca",
        event_type=EventPage.EventType.CONFERENCE,
        attendance_mode=EventPage.AttendanceMode.HYBRID,
        start=start,
        end=start + datetime.timedelta(hours=6),
        organiser=PartnerFactory(name="ZRS Bistra Ptuj"),
        registration_url="https://example.org/prijava",
        spoken_languages=["sl", "hr"],
        programme=[
            ("item", {"starts": datetime.time(9), "ends": None, "title": "Uvod", "speakers": "", "description": ""})
        ],
    )
    translate_page(conference, "hr", title="Konferencija", slug="konferencija")
    translate_page(conference, "en", title="Conference", slug="conference")
    past = EventPageFactory(parent=index, title=LONG_TITLE[:255], slug="dolg", start=local(2019, 6, 13, 9, 0))
    translate_page(past, "hr", title=LONG_TITLE[:255], slug="dolg")
    translate_page(past, "en", title=LONG_TITLE[:255], slug="long")
    return live_server.url


def test_listing_and_event_page_are_accessible_in_three_languages_and_reflow_at_320px(browser, events_live):
    page = browser.new_page()
    for language in ("sl", "hr", "en"):
        # The listing and the event page are in test_accessibility.py; here the states only this test builds:
        # a filter with no results and an event with an overlong title.
        for path in (
            INDEX[language] + "?type=concert",
            LONG[language],
        ):
            page.goto(events_live + path)
            assert page.locator("html").get_attribute("lang") == language
            assert page.locator("h1").count() == 1
            assert axe_violations(page) == "", path
    page.close()

    # One test rather than two: a transactional test's flush removes the locales that migrations
    # create, which the next live-server test would need.
    context = browser.new_context(viewport={"width": 320, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    for path in ("/sl/dogodki/", "/sl/dogodki/dolg/"):
        page.goto(events_live + path)
        # Measured on the events content itself: the site header is not this app's to fix.
        widest = page.evaluate(
            "Math.max(...Array.from(document.querySelectorAll('main *')).map(e => e.getBoundingClientRect().right))"
        )
        assert widest <= 320, path
        assert LONG_TITLE[:30] in page.locator("main").inner_text()
    page.goto(events_live + "/en/events/")
    page.get_by_label("Type").select_option("conference")
    page.get_by_role("button", name="Show events").click()
    assert "type=conference" in page.url
    assert page.locator(".event-card__title").all_inner_texts() == ["Conference"]
    context.close()
