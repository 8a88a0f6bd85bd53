"""The translation-status report: per translated language, which pages still need a translator.

A page needs work in a language when its version there is missing, is still an untranslated copy (an alias,
see docs/architecture.md decision 3), is out of date (the Slovenian page was published again after its text
was last handed to translators), has strings nobody has translated, or has translated text that nobody has
published yet (translators save, communications staff publish; see home/roles.py).

The whole report costs a fixed number of queries, however many pages there are.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Count, F, Max
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization, StringSegment, TranslationSource

MISSING = "missing"
UNTRANSLATED = "untranslated"
OUTDATED = "outdated"
INCOMPLETE = "incomplete"
UNPUBLISHED = "unpublished"

STATUS_LABELS = {
    MISSING: _("Missing"),
    UNTRANSLATED: _("Not translated"),
    OUTDATED: _("Out of date"),
    INCOMPLETE: _("Partly translated"),
    UNPUBLISHED: _("Translated, not published"),
}
STATUS_HELP = {
    MISSING: _("This language has no version of the page."),
    UNTRANSLATED: _("Readers see the Slovenian text. Translate the page."),
    OUTDATED: _('The Slovenian page changed after it was translated. Use "Sync translated pages", then translate.'),
    INCOMPLETE: _("Some texts are not translated yet."),
    UNPUBLISHED: _("The translation has text that is not published yet."),
}


@dataclass
class PageStatus:
    source: Page
    target_id: int | None
    target_title: str
    status: str
    missing_strings: int = 0
    source_published_at: datetime | None = None
    synced_at: datetime | None = None

    @property
    def label(self) -> str:
        return str(STATUS_LABELS[self.status])

    @property
    def help(self) -> str:
        return str(STATUS_HELP[self.status])


@dataclass
class LocaleReport:
    locale: Locale
    pages: list[PageStatus]
    up_to_date: int


def translation_status() -> list[LocaleReport]:
    syncs = list(LocaleSynchronization.objects.select_related("locale", "sync_from"))
    reports = []
    for source_locale, targets in _group_by_source(syncs).items():
        reports += _status_for(source_locale, targets)
    order = {code: index for index, (code, _name) in enumerate(_language_order())}
    return sorted(reports, key=lambda report: order.get(report.locale.language_code, 99))


def _language_order():
    from django.conf import settings

    return settings.LANGUAGES


def _group_by_source(syncs) -> dict[Locale, list[Locale]]:
    grouped: dict[Locale, list[Locale]] = defaultdict(list)
    for sync in syncs:
        grouped[sync.sync_from].append(sync.locale)
    return grouped


def _status_for(source_locale: Locale, targets: list[Locale]) -> list[LocaleReport]:
    sources = list(
        Page.objects.filter(locale=source_locale, depth__gt=1, live=True)
        .only("pk", "title", "translation_key", "last_published_at", "path", "depth")
        .order_by("path")
    )
    keys = [page.translation_key for page in sources]
    target_ids = [locale.pk for locale in targets]
    versions = {
        (row["translation_key"], row["locale_id"]): row
        for row in Page.objects.filter(translation_key__in=keys, locale_id__in=target_ids).values(
            "pk", "translation_key", "locale_id", "alias_of_id", "title", "last_published_at"
        )
    }
    translation_sources = {
        row["object_id"]: row
        for row in TranslationSource.objects.filter(object_id__in=keys, locale=source_locale).values(
            "pk", "object_id", "last_updated_at"
        )
    }
    source_ids = [row["pk"] for row in translation_sources.values()]
    totals = dict(
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(count=Count("pk"))
        .values_list("source_id", "count")
    )
    translated = {
        (row["source_id"], row["locale_id"]): row
        for row in StringSegment.objects.filter(
            source_id__in=source_ids,
            string__translations__locale_id__in=target_ids,
            string__translations__context_id=F("context_id"),
            string__translations__has_error=False,
        )
        .values("source_id", locale_id=F("string__translations__locale_id"))
        .annotate(count=Count("pk"), last_translated_at=Max("string__translations__updated_at"))
    }
    # Sources the translators were given strings for: only those can be partly translated.
    translated_into = set(
        TranslationSource.objects.filter(pk__in=source_ids, translations__enabled=True).values_list(
            "pk", "translations__target_locale_id"
        )
    )

    reports = []
    for locale in targets:
        rows = []
        up_to_date = 0
        for page in sources:
            row = _page_status(page, locale, versions, translation_sources, totals, translated, translated_into)
            if row is None:
                up_to_date += 1
            else:
                rows.append(row)
        reports.append(LocaleReport(locale=locale, pages=rows, up_to_date=up_to_date))
    return reports


def _page_status(page, locale, versions, translation_sources, totals, translated, translated_into):
    version = versions.get((page.translation_key, locale.pk))
    if version is None:
        return PageStatus(page, None, "", MISSING, source_published_at=page.last_published_at)
    status = PageStatus(page, version["pk"], version["title"], UNTRANSLATED, source_published_at=page.last_published_at)
    if version["alias_of_id"]:
        return status
    source = translation_sources.get(page.translation_key)
    # When the page was translated without wagtail-localize's strings, its own publication date stands in.
    synced_at = source["last_updated_at"] if source else version["last_published_at"]
    status.synced_at = synced_at
    if page.last_published_at and synced_at and page.last_published_at > synced_at:
        status.status = OUTDATED
        return status
    if source is None or (source["pk"], locale.pk) not in translated_into:
        return None
    done = translated.get((source["pk"], locale.pk), {})
    missing = totals.get(source["pk"], 0) - done.get("count", 0)
    if missing > 0:
        status.status = INCOMPLETE
        status.missing_strings = missing
        return status
    last_translated_at = done.get("last_translated_at")
    published_at = version["last_published_at"]
    if last_translated_at and (published_at is None or last_translated_at > published_at):
        status.status = UNPUBLISHED
        return status
    return None


def user_can_see_report(user) -> bool:
    """Communications staff and translators: the people who hand out and do translations."""
    return user.is_active and user.has_perm("wagtail_localize.submit_translation")


def translation_status_view(request):
    if not user_can_see_report(request.user):
        raise PermissionDenied
    reports = translation_status()
    return TemplateResponse(
        request,
        "home/admin/translation_status.html",
        {
            "reports": reports,
            "page_title": _("Translation status"),
            "header_title": _("Translation status"),
            "header_icon": "wagtail-localize-language",
        },
    )
