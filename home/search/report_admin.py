"""The admin's search report: what people looked for per language, and what found nothing (home.search.report)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.contrib.search_promotions.models import Query

from . import report as search_report

PERIODS = (30, 90)


def user_can_see_report(user) -> bool:
    """Communications staff (given the permission by migration 0006) and administrators."""
    return user.is_active and user.has_perm("home.view_searchqueryday")


def search_report_view(request):
    if not user_can_see_report(request.user):
        raise PermissionDenied
    search_report.flush()  # this process's latest counts; other processes write theirs within a minute
    languages = [code for code, _name in settings.LANGUAGES]
    language = request.GET.get("language") if request.GET.get("language") in languages else languages[0]
    days = int(request.GET["days"]) if request.GET.get("days") in {str(p) for p in PERIODS} else PERIODS[0]
    return TemplateResponse(
        request,
        "home/admin/search_report.html",
        {
            "languages": settings.LANGUAGES,
            "language": language,
            "periods": PERIODS,
            "days": days,
            "top": search_report.top_queries(language, days),
            "empty": search_report.top_queries(language, days, without_results=True),
            "can_promote": request.user.has_perm("wagtailsearchpromotions.add_searchpromotion"),
            "page_title": _("What people search for"),
            "header_title": _("What people search for"),
            "header_icon": "search",
        },
    )


@require_POST
def promote_query(request):
    """One click from a row of the report to the promoted results of that query."""
    if not request.user.has_perm("wagtailsearchpromotions.add_searchpromotion"):
        raise PermissionDenied
    text = search_report.normalise(request.POST.get("query", ""))
    if not text:
        return redirect("search_report")
    # Query.get creates the row the promotions hang on: here an editor asks for it, unlike in the search.
    query = Query.get(text)
    return redirect("wagtailsearchpromotions:edit", query.pk)
