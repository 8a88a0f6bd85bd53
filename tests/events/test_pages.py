"""Event pages, series, the home page section, the admin's validation, and the demo content."""

import datetime
import re

import pytest
import wagtail_factories
from django.contrib.auth.models import User
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from events.models import EventIndexPage, EventPage, EventSeriesPage, local_now
from tests.events.factories import EventPageFactory, EventSeriesPageFactory, local


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = get_image_model()


def soon(days=7, hours=2):
    start = local_now() + datetime.timedelta(days=days)
    return {"start": start, "end": start + datetime.timedelta(hours=hours)}


def test_series_parts_are_shown_in_order_on_each_part_and_on_the_overview(client, events_site):
    series = EventSeriesPageFactory(parent=events_site.indexes["sl"], title="Usposabljanje", slug="usposabljanje")
    for number, day in [(3, 5), (1, 1), (2, 3), (5, 9), (4, 7)]:
        EventPageFactory(
            parent=series,
            title=f"Modul {number}",
            slug=f"modul-{number}",
            event_type=EventPage.EventType.TRAINING_MODULE,
            start=local(2019, 10, day, 9, 0),
        )
    overview = client.get("/sl/dogodki/usposabljanje/").content.decode()
    assert re.findall(r">(Modul \d)</a>", overview) == [f"Modul {n}" for n in range(1, 6)]

    html = client.get("/sl/dogodki/usposabljanje/modul-2/").content.decode()
    assert "2. del od 5" in html
    nav = html.split('class="event-series"')[1].split("</nav>")[0]
    assert '<span aria-current="page">Modul 2</span>' in nav
    assert re.findall(r'<a href="/sl/dogodki/usposabljanje/(modul-\d)/">', nav) == [
        "modul-1",
        "modul-3",
        "modul-4",
        "modul-5",
    ]
    # The listing includes the parts of series, and names the series.
    listing = client.get("/sl/dogodki/").content.decode()
    assert "Modul 4" in listing and 'href="/sl/dogodki/usposabljanje/"' in listing


def test_event_page_shows_the_facts_programme_and_report_with_lazy_photos(client, events_site):
    image = ImageFactory(title="Udeleženci")
    document = get_document_model().objects.create(title="Program konference", file="documents/program.pdf")
    event = EventPageFactory(
        parent=events_site.indexes["sl"],
        slug="konferenca",
        title="Zaključna konferenca",
        all_day=False,
        start=local(2020, 9, 17, 9, 0),
        end=local(2020, 9, 17, 15, 30),
        venue="Dominikanski samostan",
        registration_url="https://example.org/prijava",
        spoken_languages=["sl", "hr"],
        programme=[
            ("day", {"day": datetime.date(2020, 9, 17)}),
            (
                "item",
                {
                    "starts": datetime.time(9, 0),
                    "ends": datetime.time(10, 30),
                    "title": "Prvi panel",
                    "speakers": "Martina Trbanc",
                    "description": "",
                },
            ),
        ],
        report_participants=180,
        report_summary="<p>Konferenco je spremljalo več kot 180 udeležencev.</p>",
        report_documents=[("document", {"document": document, "title": ""})],
        report_photos=[
            (
                "photo",
                {"image": {"image": image, "alt_text": "Panel na odru", "decorative": False}, "caption": "Prvi panel"},
            )
        ],
    )
    response = client.get("/sl/dogodki/konferenca/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<time datetime="2020-09-17T09:00+02:00">09.00</time>' in html
    assert "slovenščina, hrvaščina" in html  # languages spoken, in the page's language
    assert "Prvi panel" in html and "Martina Trbanc" in html
    assert "180 udeležencev" in html and "Program konference" in html
    photo = re.search(r'<img[^>]*alt="Panel na odru"[^>]*>', html).group(0)
    assert 'loading="lazy"' in photo and re.search(r'width="\d+"', photo) and re.search(r'height="\d+"', photo)
    # Registration is offered only until the event is over.
    assert "https://example.org/prijava" not in html
    event.start, event.end = soon()["start"], soon()["end"]
    event.save_revision().publish()
    assert "https://example.org/prijava" in client.get("/sl/dogodki/konferenca/").content.decode()


def render_cards(language: str, tag: str = "") -> str:
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        return Template("{% load events_tags %}{% event_cards limit=2 tag=tag %}").render(
            Context({"request": request, "tag": tag})
        )


def test_home_section_shows_next_events_or_else_the_latest_past_ones(client, events_site):
    index = events_site.indexes["sl"]
    assert render_cards("sl").strip() == ""  # no events at all: nothing, not even a heading

    EventPageFactory(parent=index, title="Lani", start=local(2020, 1, 10, 9, 0))
    EventPageFactory(parent=index, title="Predlani", start=local(2019, 1, 10, 9, 0))
    EventPageFactory(parent=index, title="Najstarejši", start=local(2018, 1, 10, 9, 0))
    past_only = render_cards("sl")
    assert "Nedavni dogodki" in past_only
    assert re.findall(r'event-card__title"><a[^>]*>([^<]+)<', past_only) == ["Lani", "Predlani"]

    later = EventPageFactory(parent=index, title="Čez teden", **soon(7))
    later.tags.add("usposabljanje")
    later.save_revision().publish()
    EventPageFactory(parent=index, title="Jutri", **soon(1))
    upcoming = render_cards("sl")
    assert re.findall(r'event-card__title"><a[^>]*>([^<]+)<', upcoming) == ["Jutri", "Čez teden"]
    assert 'href="/sl/dogodki/"' in upcoming
    assert re.findall(r'event-card__title"><a[^>]*>([^<]+)<', render_cards("sl", "usposabljanje")) == ["Čez teden"]
    assert render_cards("en").strip() == ""  # English has no events of its own

    home = client.get("/sl/").content.decode()
    assert "Jutri" in home


def test_tags_are_kept_per_language_when_a_translation_is_updated(events_site):
    from wagtail_localize.models import Translation, TranslationSource

    event = EventPageFactory(parent=events_site.indexes["sl"], slug="s-tagi")
    event.tags.add("socialna aktivacija")
    event.save_revision().publish()
    source, _ = TranslationSource.get_or_create_from_instance(event)
    job = Translation.objects.create(source=source, target_locale=events_site.indexes["hr"].locale)
    job.save_target(publish=True)
    event_hr = event.get_translation(events_site.indexes["hr"].locale)
    event_hr.tags.set(["socijalna aktivacija"])
    event_hr.save_revision().publish()

    source.update_from_db()
    job.save_target(publish=True)
    assert list(EventPage.objects.get(pk=event_hr.pk).tags.names()) == ["socijalna aktivacija"]


@pytest.fixture
def admin_client(client, events_site):
    client.force_login(User.objects.create_superuser("admin", password="a-long-test-password"))
    return client


def test_admin_refuses_an_event_that_ends_before_it_starts_and_keeps_the_input(admin_client, events_site):
    index = events_site.indexes["sl"]
    data = nested_form_data(
        {
            "title": "Seminar s </napako>",
            "slug": "seminar-napaka",
            "event_type": "seminar",
            "status": "scheduled",
            "intro": "Kratek opis.",
            "start": "2030-05-14 10:00",
            "end": "2030-05-14 09:00",
            "attendance_mode": "in-person",
            "town": "Ptuj",
            "country": "SI",
            "description": streamfield([]),
            "programme": streamfield([]),
            "report_summary": rich_text(""),
            "report_documents": streamfield([]),
            "report_photos": streamfield([]),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0, "MAX_NUM_FORMS": 1000},
        }
    )
    response = admin_client.post(f"/admin/pages/add/events/eventpage/{index.pk}/", data)
    assert response.status_code == 200
    form = response.context["form"]
    assert list(form.errors) == ["end"]
    assert form.data["title"] == "Seminar s </napako>"
    assert not EventPage.objects.filter(slug="seminar-napaka").exists()

    data["end"] = "2030-05-14 12:00"
    response = admin_client.post(f"/admin/pages/add/events/eventpage/{index.pk}/", data)
    assert response.status_code == 302
    assert EventPage.objects.get(slug="seminar-napaka", locale=index.locale).ends_at == local(2030, 5, 14, 12, 0)


def test_demo_content_builds_the_events_in_three_languages_idempotently(client, demo_content):
    from events.demo import content as events_demo

    before = (Page.objects.count(), EventPage.objects.filter(live=True).count())
    events_demo.load(lambda message: None)
    assert (Page.objects.count(), EventPage.objects.filter(live=True).count()) == before

    for language, path in [("sl", "/sl/dogodki/"), ("hr", "/hr/dogadanja/"), ("en", "/en/events/")]:
        index = EventIndexPage.objects.get(locale__language_code=language)
        assert index.url == path
        events = EventPage.objects.filter(locale__language_code=language)
        assert events.count() == 18
        assert not events.filter(alias_of__isnull=False).exists(), "every event is a real translation"
        upcoming = list(events.upcoming(local_now()))
        marker = {"sl": "(primer)", "hr": "(primjer)", "en": "(demo)"}[language]
        assert len(upcoming) == 3 and all(marker in event.title for event in upcoming)
        assert client.get(path).status_code == 200

    final = EventPage.objects.get(locale__language_code="en", slug="final-conference")
    assert (final.first_day, final.attendance_mode, final.report_participants) == (
        datetime.date(2020, 9, 17),
        "hybrid",
        180,
    )
    assert final.organiser_in_language is not None
    series = EventSeriesPage.objects.get(locale__language_code="hr")
    assert [part.first_day.isoformat() for part in series.parts()] == [
        "2019-10-17",
        "2019-11-06",
        "2019-12-05",
        "2020-01-28",
        "2020-02-19",
    ]
    assert list(EventPage.objects.get(locale__language_code="hr", slug="zavrsna-konferencija").tags.names())
    assert (
        "socijalna aktivacija"
        in EventPage.objects.get(locale__language_code="hr", slug="zavrsna-konferencija").tags.names()
    )
