"""Demo content of the news app: news, success stories, partner newsletters and the sign-up page, in sl/hr/en."""

from __future__ import annotations

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.demo import loader as demo
from home.demo.loader import TranslationBook
from home.models import HomePage, Partner
from news.models import (
    NewsIndexPage,
    NewsletterIndexPage,
    NewsletterIssuePage,
    NewsletterSignupPage,
    NewsPage,
    PartnerSectionPage,
    SuccessStoryIndexPage,
    SuccessStoryPage,
)


def load(log: demo.Logger) -> None:
    from . import data

    home = HomePage.objects.filter(locale=demo.locale(demo.SOURCE_LANGUAGE), depth=2).first()
    if home is None:
        log("news: no home page, nothing loaded")
        return
    book = TranslationBook()

    news_index = demo.add_source_page(
        home, NewsIndexPage(show_in_menus=True, **_fields(book, data.NEWS_INDEX, "slug", "title", "intro")), book
    )
    demo.translate(news_index, book)
    for spec in data.NEWS:
        page = demo.source_child(news_index, book.add(spec["slug"]))
        if page is None:
            page = NewsPage(
                date=spec["date"],
                body=demo.body_blocks(book, [("paragraph", spec["body"])]),
                **_fields(book, spec, "slug", "title", "intro"),
            )
            for tag in spec["tags"]:
                page.tags.add(tag.sl)
            page = demo.add_source_page(news_index, page, book)
        else:
            demo.body_blocks(book, [("paragraph", spec["body"])])
            _fields(book, spec, "slug", "title", "intro")
        demo.translate(page, book)
        _tag_translations(page, spec["tags"])

    stories_index = demo.add_source_page(
        home,
        SuccessStoryIndexPage(show_in_menus=True, **_fields(book, data.STORY_INDEX, "slug", "title", "intro")),
        book,
    )
    demo.translate(stories_index, book)
    for spec in data.STORIES:
        story = demo.add_source_page(
            stories_index,
            SuccessStoryPage(
                date=spec["date"],
                body=demo.body_blocks(book, spec["body"]),
                storyteller_description=book.add(spec["storyteller"]),
                identification=SuccessStoryPage.Identification.ANONYMOUS,
                consent_given_on=data.CONSENT_GIVEN_ON,
                consent_valid_until=data.CONSENT_VALID_UNTIL,
                **_fields(book, spec, "slug", "title", "intro"),
            ),
            book,
        )
        demo.translate(story, book)

    archive = demo.add_source_page(
        home,
        NewsletterIndexPage(show_in_menus=True, **_fields(book, data.NEWSLETTER_INDEX, "slug", "title", "intro")),
        book,
    )
    demo.translate(archive, book)
    signup = demo.add_source_page(
        archive,
        NewsletterSignupPage(
            consent_text=demo.rich_text(book, data.SIGNUP["consent"]).source,
            **_fields(book, data.SIGNUP, "slug", "title", "intro"),
        ),
        book,
    )
    demo.translate(signup, book)
    sections = {key: partner_section(archive, spec, book) for key, spec in data.SECTIONS.items()}
    for spec in data.NEWS_SECTIONS.values():
        partner_section(news_index, spec, book)
    for spec in data.ISSUES:
        section = sections[spec["section"]]
        issue = demo.add_source_page(
            section,
            NewsletterIssuePage(
                issue_label=book.add_untranslated(spec["label"]),
                date=spec["date"],
                summary=book.add(spec["summary"]),
                body=demo.rich_text(book, spec["body"]).source,
                topics=spec["topics"],
                attachment=_newsletter_pdf(spec["label"]),
                **_fields(book, spec, "slug", "title"),
            ),
            book,
        )
        demo.translate(issue, book)

    log(
        f"news: {NewsPage.objects.count()} news pages, {SuccessStoryPage.objects.count()} success stories, "
        f"{NewsletterIssuePage.objects.count()} newsletter issues"
    )


def partner_section(parent, spec: dict, book: TranslationBook) -> PartnerSectionPage:
    """A partner's section under the news or the newsletter archive, in every language."""
    partner = Partner.objects.get(locale=demo.locale(demo.SOURCE_LANGUAGE), name=spec["partner"])
    names = ("slug", "title", "intro") if "intro" in spec else ("slug", "title")
    section = demo.add_source_page(parent, PartnerSectionPage(partner=partner, **_fields(book, spec, *names)), book)
    demo.translate(section, book)
    return section


def _fields(book: TranslationBook, spec: dict, *names: str) -> dict[str, str]:
    return {name: book.add(spec[name]) for name in names}


def _tag_translations(page: NewsPage, tags: list[demo.T]) -> None:
    """Editors tag each language version in its own language; the demo does the same."""
    for language in demo.TARGET_LANGUAGES:
        translation = page.get_translation_or_none(demo.locale(language))
        if translation is None:
            continue
        translation = translation.specific
        wanted = {tag(language) for tag in tags}
        if set(translation.tags.names()) != wanted:
            translation.tags.set(sorted(wanted))
            translation.save_revision().publish()


def _newsletter_pdf(label: str):
    """A one-page PDF standing in for the printed newsletter (the same file serves every language)."""
    Document = get_document_model()
    title = f"2SoKroG newsletter {label}"
    document = Document.objects.filter(title=title).first()
    if document is None:
        data = _tiny_pdf([title, "Interreg V-A Slovenia-Croatia", "Demo file"])
        name = "2sokrog-newsletter-" + label.replace("/", "-") + ".pdf"
        document = Document(title=title, file_size=len(data))
        document.file.save(name, ContentFile(data), save=False)
        document.save()
    return document


def _tiny_pdf(lines: list[str]) -> bytes:
    text = "BT /F1 16 Tf 72 760 Td " + " ".join(f"({line}) Tj 0 -24 Td" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out
