"""Demo content of the events app: the events index, the project's events, the training series and a few
upcoming example events, in Slovenian and translated into Croatian and English through wagtail-localize."""

from __future__ import annotations

import datetime

from events.models import EVENT_TIME_ZONE, EventIndexPage, EventPage, EventSeriesPage
from home.demo import loader as demo
from home.demo.loader import T, TranslationBook
from home.models import HomePage, Partner


def load(log: demo.Logger) -> None:
    from . import data

    home = HomePage.objects.filter(locale__language_code="sl", depth=2).first()
    if home is None:
        log("events: no home page, skipped")
        return
    book = TranslationBook()
    index = demo.add_source_page(
        home,
        EventIndexPage(
            title=book.add(data.INDEX["title"]),
            slug=book.add(data.INDEX["slug"]),
            intro=book.add(data.INDEX["intro"]),
            show_in_menus=True,
        ),
        book,
    )
    demo.translate(index, book)

    today = datetime.datetime.now(EVENT_TIME_ZONE).date()
    for spec in data.EVENTS:
        add_event(index, spec, book)
    series = demo.add_source_page(
        index,
        EventSeriesPage(
            title=book.add(data.SERIES["title"]),
            slug=book.add(data.SERIES["slug"]),
            intro=book.add(data.SERIES["intro"]),
            body=demo.body_blocks(book, data.SERIES["body"]),
        ),
        book,
    )
    demo.translate(series, book)
    for spec in data.MODULES:
        add_event(series, spec, book)
    add_event(index, data.FINAL_CONFERENCE, book)
    for spec in data.DEMO_UPCOMING:
        day = today + datetime.timedelta(days=spec["in_days"])
        add_event(index, {**spec, "day": day.isoformat()}, book)
    log(f"events: {EventPage.objects.count()} event pages in {EventIndexPage.objects.count()} languages")


def add_event(parent, spec: dict, book: TranslationBook) -> EventPage:
    day = datetime.date.fromisoformat(spec["day"])
    times = spec.get("times")
    if times:
        start = _at(day, times[0])
        end = _at(day, times[1])
    else:
        start = end = datetime.datetime.combine(day, datetime.time.min, tzinfo=EVENT_TIME_ZONE)
    mode = spec.get("mode", EventPage.AttendanceMode.IN_PERSON)
    organiser = None
    if spec.get("organiser"):
        organiser = Partner.objects.filter(locale__language_code="sl", name=spec["organiser"]).first()
    page = EventPage(
        title=book.add(spec["title"]),
        slug=book.add(spec["slug"]),
        intro=book.add(spec["intro"]),
        event_type=spec["type"],
        start=start,
        end=end,
        all_day=not times,
        attendance_mode=mode,
        venue=book.add(spec["venue"]) if spec.get("venue") else "",
        street_address=book.add_untranslated(spec.get("street", "")),
        postal_code=book.add_untranslated(spec.get("postal_code", "")),
        town=book.add_untranslated(spec.get("town", "")),
        country=spec.get("country", ""),
        organiser=organiser,
        audience=book.add(spec["audience"]) if spec.get("audience") else "",
        spoken_languages=spec.get("languages", []),
        registration_contact=book.add_untranslated(spec.get("registration_contact", "")),
        capacity=spec.get("capacity"),
        programme=_programme(spec.get("programme", []), book),
        report_participants=spec.get("participants"),
        report_summary=demo.rich_text(book, spec["report"]).source if spec.get("report") else "",
    )
    tags: list[T] = spec.get("tags", [])
    existing = demo.source_child(parent, page.slug)
    if existing is None:
        page.tags.add(*(tag.sl for tag in tags))
    page = demo.add_source_page(parent, page, book)
    demo.translate(page, book)
    _tag_translations(page, tags)
    return page


def _at(day: datetime.date, clock: str) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.fromisoformat(clock), tzinfo=EVENT_TIME_ZONE)


def _programme(items, book: TranslationBook) -> list:
    blocks = []
    for title, speakers in items:
        blocks.append(
            (
                "item",
                {
                    "starts": None,
                    "ends": None,
                    "title": book.add(title),
                    "speakers": book.add(speakers) if speakers else "",
                    "description": "",
                },
            )
        )
    return blocks


def _tag_translations(page: EventPage, tags: list[T]) -> None:
    """Tags are written per language: give each new translation its own tag names (once)."""
    source_names = {tag.sl for tag in tags}
    for language in demo.TARGET_LANGUAGES:
        translation = page.get_translation_or_none(demo.locale(language))
        if translation is None or translation.alias_of_id:
            continue
        names = {tag.name for tag in translation.tags.all()}
        wanted = {tag(language) for tag in tags}
        if names == wanted or names != source_names:
            continue
        translation.tags.set(list(wanted))
        translation.save_revision().publish()
