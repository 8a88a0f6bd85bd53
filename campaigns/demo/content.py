"""Demo content of the campaign: the campaign page with its easy-read version, the self-check, the help
directory and its service points, in Slovenian and translated into hr and en through wagtail-localize."""

from __future__ import annotations

from decimal import Decimal

from django.apps import apps
from wagtail.rich_text import RichText

from campaigns.models import CampaignPage, EasyReadPage, HelpDirectoryPage, SelfCheckPage, ServicePoint
from home.demo import loader as demo
from home.demo.loader import TranslationBook
from home.models import HomePage


def load(log: demo.Logger) -> None:
    from . import data

    home = HomePage.objects.filter(locale=demo.locale("sl"), depth=2).first()
    if home is None:
        log("campaigns: no home page, skipped")
        return
    book = TranslationBook()
    for spec in data.SERVICE_POINTS:
        demo.translate(ensure_service_point(book, spec), book)

    campaign = demo.source_child(home, data.CAMPAIGN["slug"].sl)
    created = campaign is None
    if created:
        campaign = demo.add_source_page(
            home,
            CampaignPage(
                title=book.add(data.CAMPAIGN["title"]),
                slug=book.add(data.CAMPAIGN["slug"]),
                key_message=book.add(data.CAMPAIGN["key_message"]),
                search_description=book.add(data.CAMPAIGN["search_description"]),
                show_in_menus=True,
            ),
            book,
        )
    directory = demo.add_source_page(campaign, directory_page(book, data.DIRECTORY), book)
    self_check = demo.add_source_page(campaign, self_check_page(book, data.SELF_CHECK, directory), book)
    easy_read = demo.add_source_page(campaign, easy_read_page(book, data.EASY_READ, self_check, directory), book)
    # The campaign's body links to its children, so it is filled in once they exist.
    body = campaign_body(book, data, self_check, directory)
    book.add(data.CAMPAIGN["title"])
    book.add(data.CAMPAIGN["slug"])
    book.add(data.CAMPAIGN["key_message"])
    book.add(data.CAMPAIGN["search_description"])
    if created:
        campaign.body = body
        campaign.easy_read_page = easy_read
        campaign.save_revision().publish()

    for page in (campaign, directory, self_check, easy_read):
        demo.translate(page, book)
    log(
        f"campaigns: {CampaignPage.objects.count()} campaign pages, {SelfCheckPage.objects.count()} self-checks, "
        f"{ServicePoint.objects.count()} service point entries"
    )


def ensure_service_point(book: TranslationBook, spec: dict) -> ServicePoint:
    sl = demo.locale("sl")
    name = book.add(spec["name"])
    town = book.add(spec["town"])
    address = book.add_untranslated(spec.get("address", ""))
    opening_hours = book.add(spec["opening_hours"]) if "opening_hours" in spec else ""
    accessibility = book.add(spec["accessibility_notes"]) if "accessibility_notes" in spec else ""
    point = ServicePoint.objects.filter(locale=sl, name=name).first()
    if point is None:
        latitude, longitude = spec.get("coordinates", (None, None))
        point = ServicePoint.objects.create(
            locale=sl,
            name=name,
            type=spec["type"],
            address=address,
            postcode=spec.get("postcode", ""),
            town=town,
            country=spec["country"],
            phone=spec.get("phone", ""),
            email=spec.get("email", ""),
            website=spec.get("website", ""),
            opening_hours=opening_hours,
            accessibility_notes=accessibility,
            latitude=Decimal(latitude) if latitude else None,
            longitude=Decimal(longitude) if longitude else None,
            is_example=spec.get("is_example", False),
        )
    return point


def paragraphs(book: TranslationBook, texts) -> RichText:
    return demo.rich_text(book, texts)


def call_to_action(book: TranslationBook, spec: dict, page) -> dict:
    return {"text": book.add(spec["text"]), "page": page, "url": "", "link_text": book.add(spec["link_text"])}


def directory_page(book: TranslationBook, spec: dict) -> HelpDirectoryPage:
    return HelpDirectoryPage(
        title=book.add(spec["title"]),
        slug=book.add(spec["slug"]),
        intro=book.add(spec["intro"]),
        search_description=book.add(spec["search_description"]),
    )


def self_check_page(book: TranslationBook, spec: dict, directory: HelpDirectoryPage) -> SelfCheckPage:
    questions = [
        ("question", {"question": book.add(text), "hint": book.add(hint) if hint else "", "weight": weight})
        for text, hint, weight in spec["questions"]
    ]
    bands = [
        (
            "band",
            {
                "min_score": low,
                "max_score": high,
                "title": book.add(title),
                "advice": paragraphs(book, advice),
            },
        )
        for low, high, title, advice in spec["bands"]
    ]
    return SelfCheckPage(
        title=book.add(spec["title"]),
        slug=book.add(spec["slug"]),
        intro=book.add(spec["intro"]),
        search_description=book.add(spec["search_description"]),
        questions=questions,
        bands=bands,
        help_directory=directory,
    )


def easy_read_page(book: TranslationBook, spec: dict, self_check, directory) -> EasyReadPage:
    body: list[tuple[str, object]] = []
    for heading, sentences in spec["sections"]:
        body.append(("heading", {"text": book.add(heading), "level": "h2"}))
        body.append(("paragraph", paragraphs(book, sentences)))
    body.append(("call_to_action", call_to_action(book, spec["self_check_cta"], self_check)))
    body.append(("call_to_action", call_to_action(book, spec["directory_cta"], directory)))
    return EasyReadPage(
        title=book.add(spec["title"]), slug=book.add(spec["slug"]), intro=book.add(spec["intro"]), body=body
    )


def campaign_body(book: TranslationBook, data, self_check, directory) -> list[tuple[str, object]]:
    spec = data.CAMPAIGN
    signs = spec["warning_signs"]
    facts = spec["key_facts"]
    body: list[tuple[str, object]] = [
        ("paragraph", paragraphs(book, spec["intro"])),
        (
            "warning_signs",
            {
                "heading": book.add(signs["heading"]),
                "intro": book.add(signs["intro"]),
                "signs": [book.add(sign) for sign in signs["signs"]],
            },
        ),
        ("call_to_action", call_to_action(book, spec["self_check_cta"], self_check)),
        (
            "key_facts",
            {
                "heading": book.add(facts["heading"]),
                "facts": [
                    {
                        "figure": book.add(figure),
                        "label": book.add(label),
                        "source": book.add(source),
                        "source_url": url,
                    }
                    for figure, label, source, url in facts["facts"]
                ],
            },
        ),
    ]
    stories = published_success_stories()
    if stories:
        body.append(("success_stories", {"heading": book.add(spec["stories_heading"]), "stories": stories}))
    # Events about social activation, news about the info days (where the risk of poverty was discussed).
    for tag, news, events in ((data.EVENTS_TAG, False, True), (data.NEWS_TAG, True, False)):
        body.append(("related", {"tag": book.add(tag), "show_news": news, "show_events": events}))
    body.append(("call_to_action", call_to_action(book, spec["directory_cta"], directory)))
    faq = spec["faq"]
    body.append(
        (
            "faq",
            {
                "heading": book.add(faq["heading"]),
                "items": [
                    {"question": book.add(question), "answer": paragraphs(book, [answer])}
                    for question, answer in faq["items"]
                ],
            },
        )
    )
    return body


def published_success_stories() -> list:
    """The news app's Slovenian demo stories (news loads its demo content first); none if it has none."""
    try:
        story_model = apps.get_model("news", "SuccessStoryPage")
    except LookupError:
        return []
    return list(story_model.objects.live().filter(locale=demo.locale("sl")).order_by("path")[:3])
