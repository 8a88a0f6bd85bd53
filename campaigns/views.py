"""How the self-check and the help directory answer requests (called from their pages' `serve`)."""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from urllib.parse import urlencode

from django.core.paginator import InvalidPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import selfcheck
from .models import HelpDirectoryPage, SelfCheckPage, ServicePoint

DIRECTORY_PAGE_SIZE = 12


def towns_by_country(language: str) -> list[tuple[str, list[str]]]:
    """[(country label, [town, …]), …] of the service points in `language`, in one query."""
    pairs = (
        ServicePoint.objects.filter(locale__language_code=language)
        .order_by("-country", "town")  # Slovenia, then Croatia, as in the partnership
        .values_list("country", "town")
        .distinct()
    )
    labels = dict(ServicePoint.Country.choices)
    return [
        (str(labels.get(country, country)), [town for _country, town in group])
        for country, group in groupby(pairs, key=lambda pair: pair[0])
    ]


def self_check_response(page: SelfCheckPage, request: HttpRequest, serve_form: Callable) -> HttpResponse:
    """GET shows the questions; POST shows the result (or what is missing) and forgets the answers.

    Nothing here writes to the database, sets a cookie or logs: the answers live only in this
    request and in the HTML sent back, which caches and browsers are told not to keep.
    """
    if request.method != "POST":
        response = serve_form(request)
        # The form carries a CSRF token for this visitor: shared caches must not hand it to others.
        patch_cache_control(response, private=True)
        return response

    questions = page.question_list()
    answers, unanswered = selfcheck.read_answers(questions, request.POST)
    context = page.get_context(request)
    context.update(rows=selfcheck.rows(questions, answers, unanswered), unanswered=unanswered)
    status = 400 if unanswered else 200
    if not unanswered:
        score = selfcheck.score(questions, answers)
        context.update(
            result=selfcheck.band_for(page.band_list(), score),
            score=score,
            highest_score=selfcheck.max_score(questions),
            directory=page.directory_page(),
            towns=towns_by_country(get_language()),
        )
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    patch_cache_control(response, no_store=True, private=True)
    return response


def help_directory_response(page: HelpDirectoryPage, request: HttpRequest) -> HttpResponse:
    """The service points of the visitor's language, filtered by GET parameters.

    An unknown filter value is named in a message and ignored (HTTP 400); the other filters still
    apply. A page number that is not a number or out of range is a 404.
    """
    language = get_language()
    towns = towns_by_country(language)
    known = {
        "country": set(ServicePoint.Country.values),
        "town": {town for _country, names in towns for town in names},
        "type": set(ServicePoint.Type.values),
    }
    messages = {
        "country": _("We do not know the country “%(value)s”, so all countries are shown."),
        "town": _("There are no service points in “%(value)s” yet, so all towns are shown."),
        "type": _("We do not know the type “%(value)s”, so all types are shown."),
    }
    chosen: dict[str, str] = {}
    problems: list[str] = []
    for name, values in known.items():
        value = request.GET.get(name, "").strip()
        if not value:
            continue
        if value in values:
            chosen[name] = value
        else:
            problems.append(messages[name] % {"value": value})

    points = ServicePoint.objects.filter(locale__language_code=language, **chosen).order_by("-country", "town", "name")
    paginator = Paginator(points, DIRECTORY_PAGE_SIZE)
    try:
        listing = paginator.page(request.GET.get("page", "1"))
    except InvalidPage as error:
        raise Http404(str(error)) from error

    context = page.get_context(request)
    context.update(
        listing=listing,
        chosen=chosen,
        problems=problems,
        towns=towns,
        countries=ServicePoint.Country.choices,
        types=ServicePoint.Type.choices,
        filter_query=urlencode(chosen),
    )
    return TemplateResponse(request, page.get_template(request), context, status=400 if problems else 200)
