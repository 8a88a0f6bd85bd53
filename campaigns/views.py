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

from portal.cache import accept_query
from portal.ratelimit import allow, body_too_large

from . import selfcheck
from .models import HelpDirectoryPage, SelfCheckPage, ServicePoint

DIRECTORY_PAGE_SIZE = 12
# A person answers a few times at most; a script hammering the form is turned away (portal/ratelimit.py).
SELF_CHECK_MAX_BODY_BYTES = 20_000
SELF_CHECK_REQUESTS_PER_WINDOW = 60
SELF_CHECK_WINDOW_SECONDS = 600
# Hidden from people (see the template); a bot that fills in every field gives itself away.
HONEYPOT_FIELD = "website"


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
    refusal = _self_check_refusal(page, request)
    if refusal is not None:
        return refusal
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


def _self_check_refusal(page: SelfCheckPage, request: HttpRequest) -> HttpResponse | None:
    """The questions again with a message instead of a result, when the request is too big, too frequent or
    comes from a bot; None when it may be answered. Only answers are counted: opening the page is never
    refused, even for many visitors behind one shared address."""
    if body_too_large(request, SELF_CHECK_MAX_BODY_BYTES):
        problem, status = _("Too much data was sent, so the answers could not be read. Please answer again."), 413
    elif request.method == "POST" and not allow(
        request, "self-check", limit=SELF_CHECK_REQUESTS_PER_WINDOW, window_seconds=SELF_CHECK_WINDOW_SECONDS
    ):
        problem, status = _("Too many answers were sent from your network. Please try again in 10 minutes."), 429
    elif request.method == "POST" and request.POST.get(HONEYPOT_FIELD):
        problem, status = _("The answers could not be read. Please answer again."), 400
    else:
        return None
    context = page.get_context(request)
    context.update(rows=selfcheck.rows(page.question_list()), problem=problem)
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
    number = request.GET.get("page", "1")
    try:
        listing = paginator.page(number)
    except InvalidPage as error:
        raise Http404(str(error)) from error
    accept_query(request, *(name for name, value in chosen.items() if request.GET.get(name) == value))
    if number == str(listing.number):
        accept_query(request, "page")

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
