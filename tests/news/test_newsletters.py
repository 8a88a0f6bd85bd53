"""Newsletter archive (by year), issues with their publishing partner and PDF, and the demo content."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model

from news.models import NewsletterIssuePage, NewsPage, SuccessStoryPage

from .factories import NewsletterIssuePageFactory, PartnerSectionPageFactory


def pdf(name="bilten.pdf", size=2048):
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(b"%PDF-1.4\n" + b"x" * (size - 9)), save=False)
    document.file_size = size
    document.save()
    return document


def test_archive_groups_issues_by_year_and_filters_by_year(client, news_tree):
    archive = news_tree.newsletters["sl"]
    NewsletterIssuePageFactory(parent=archive, issue_label="10/2019", title="Jesen", date=datetime.date(2019, 10, 31))
    NewsletterIssuePageFactory(parent=archive, issue_label="08/2020", title="Poletje", date=datetime.date(2020, 8, 25))
    html = client.get("/sl/e-novice/").content.decode()
    assert html.index('id="year-2020"') < html.index("08/2020 – Poletje") < html.index('id="year-2019"')
    assert html.index('id="year-2019"') < html.index("10/2019 – Jesen")
    only_2019 = client.get("/sl/e-novice/?year=2019")
    assert only_2019.status_code == 200
    assert "10/2019 – Jesen" in only_2019.content.decode() and "Poletje" not in only_2019.content.decode()
    unknown = client.get("/sl/e-novice/?year=1999")
    assert unknown.status_code == 400
    assert "Iz leta »1999« ni e-novic" in unknown.content.decode() and "Poletje" in unknown.content.decode()


def test_an_issue_filed_in_a_partner_section_is_published_by_that_partner_and_shows_its_pdf(client, news_tree):
    section = PartnerSectionPageFactory(parent=news_tree.newsletters["sl"], slug="cpu", partner=news_tree.partner)
    issue = NewsletterIssuePageFactory(parent=section, slug="08-2020", attachment=pdf(size=3 * 1024))
    assert issue.partner == news_tree.partner
    html = client.get("/sl/e-novice/cpu/08-2020/").content.decode()
    assert "Izdal: Center ponovne uporabe" in html
    assert "Prenesite e-novice 08/2020" in html and "(PDF, 3,0\xa0KB)" in html
    assert issue.title in client.get("/sl/e-novice/").content.decode()  # the archive lists the sections' issues
    assert issue.title in client.get("/sl/e-novice/cpu/").content.decode()


def test_only_a_pdf_can_be_attached(news_tree):
    issue = NewsletterIssuePageFactory(parent=news_tree.newsletters["sl"], attachment=pdf())
    issue.attachment = pdf("bilten.docx")
    with pytest.raises(ValidationError) as error:
        issue.full_clean()
    assert "attachment" in error.value.message_dict


def test_news_and_newsletters_can_only_be_filed_in_sections_of_their_own_kind(news_tree):
    news_section = PartnerSectionPageFactory(parent=news_tree.news["sl"], partner=news_tree.partner)
    newsletter_section = PartnerSectionPageFactory(parent=news_tree.newsletters["sl"], partner=news_tree.partner)
    assert NewsPage.can_create_at(news_section) and not NewsPage.can_create_at(newsletter_section)
    assert NewsletterIssuePage.can_create_at(newsletter_section) and not NewsletterIssuePage.can_create_at(news_section)


def test_archive_query_count_is_the_same_for_5_and_50_issues(client, news_tree):
    section = PartnerSectionPageFactory(parent=news_tree.newsletters["sl"], slug="cpu", partner=news_tree.partner)

    def add(count):
        for n in range(count):
            NewsletterIssuePageFactory(parent=section, date=datetime.date(2015 + n % 6, 1, 1), attachment=pdf())

    def queries():
        client.get("/sl/e-novice/")  # warm the site-root cache, as for any later visitor
        with override_settings(PAGE_CACHE_ENABLED=False), CaptureQueriesContext(connection) as captured:
            assert client.get("/sl/e-novice/").status_code == 200
        return len(captured)

    add(5)
    few = queries()
    add(45)
    assert queries() == few


def test_demo_content_has_news_stories_and_five_issues_from_different_partners_in_three_languages(client, demo_content):
    for path in (
        "/sl/novice/",
        "/hr/novosti/",
        "/en/news/",
        "/sl/zgodbe-o-uspehu/",
        "/hr/price-o-uspjehu/",
        "/en/success-stories/",
        "/sl/e-novice/",
        "/hr/e-bilten/",
        "/en/newsletters/",
        "/sl/e-novice/prijava/",
        "/hr/e-bilten/prijava/",
        "/en/newsletters/subscribe/",
    ):
        assert client.get(path).status_code == 200, path
    english = client.get("/en/news/").content.decode()
    for topic in ("Info day", "seminar", "peer review", "Press conference", "Final cross-border conference"):
        assert topic.lower() in english.lower(), topic
    for language in ("sl", "hr", "en"):
        issues = NewsletterIssuePage.objects.live().filter(locale__language_code=language, alias_of__isnull=True)
        assert sorted(issue.issue_label for issue in issues) == ["01/2020", "02/2020", "05/2020", "08/2020", "10/2019"]
        assert len({issue.partner_id for issue in issues}) == 5
        assert all(issue.partner.locale.language_code == language for issue in issues)
        stories = SuccessStoryPage.objects.live().filter(locale__language_code=language, alias_of__isnull=True)
        assert stories.count() == 2
        assert all(story.identification == SuccessStoryPage.Identification.ANONYMOUS for story in stories)
    hr = client.get("/hr/price-o-uspjehu/").content.decode()
    assert "Humana Nova" in hr and "Korenika" in hr
