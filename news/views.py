"""Public views of the newsletter subscription: the sign-up form (served by its page), confirmation and
unsubscription (language-neutral URLs from e-mails; they answer in the subscriber's language)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from portal.ratelimit import allow, body_too_large

from . import subscription
from .forms import SignupForm
from .subscription import BadLink, ExpiredLink

MAX_BODY_BYTES = 10_000
SIGNUPS_PER_WINDOW = 5
WINDOW_SECONDS = 600


def signup(request: HttpRequest, page) -> HttpResponse:
    """The sign-up form of a NewsletterSignupPage: always the same "check your inbox" answer once the input is
    valid, whether or not the address was known (nothing reveals who subscribes)."""
    context = page.get_context(request)
    status = 200
    problem = ""
    if request.method == "POST":
        if body_too_large(request, MAX_BODY_BYTES):
            form = SignupForm(initial={"language": page.locale.language_code})
            problem = _("The form could not be read because too much data was sent. Please fill it in again.")
            status = 413
        else:
            form = SignupForm(request.POST)
            if form.is_bot():
                context["sent"] = True
            elif form.is_valid():
                if allow(request, "newsletter-signup", limit=SIGNUPS_PER_WINDOW, window_seconds=WINDOW_SECONDS):
                    _sign_up(request, page, form.cleaned_data)
                    context["sent"] = True
                else:
                    problem = _("There have been too many sign-ups from your network. Please try again in 10 minutes.")
                    status = 429
            else:
                status = 400
    elif request.method in ("GET", "HEAD"):
        form = SignupForm(initial={"language": page.locale.language_code})
    else:
        response = HttpResponse(status=405)
        response["Allow"] = "GET, HEAD, POST"
        return response
    context.update(form=form, problem=problem)
    return render(request, page.get_template(request), context, status=status)


def _sign_up(request: HttpRequest, page, data: dict) -> None:
    from .tasks import send_confirmation_email

    subscriber = subscription.sign_up(
        email=data["email"],
        language=data["language"],
        topics=data["topics"],
        consent_text_version=page.consent_text_version(),
    )
    if subscriber is not None:
        send_confirmation_email.enqueue(subscriber.pk)


def _message_page(request: HttpRequest, language: str | None, status: int, **context) -> HttpResponse:
    language = language if language in dict(settings.LANGUAGES) else translation.get_language()
    with translation.override(language):
        response = render(request, "news/subscription_message.html", context, status=status)
    response["Content-Language"] = language
    return response


def _bad_link(request: HttpRequest) -> HttpResponse:
    return _message_page(
        request,
        None,
        400,
        title=_("This link does not work"),
        message=_("The link is incomplete or has been changed. Copy the whole link from the e-mail and try again."),
    )


@csrf_exempt  # the signed link is the credential; no cookie is needed or set
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button, POST confirms: mail scanners that open links must not subscribe anybody."""
    if body_too_large(request, MAX_BODY_BYTES):
        return HttpResponse(status=413)
    try:
        if request.method == "POST":
            link = subscription.confirm(token)
            with translation.override(link.language):
                return _message_page(
                    request,
                    link.language,
                    200,
                    title=_("Your subscription is confirmed"),
                    message=_(
                        "Thank you. You will receive the 2SoKroG newsletter in your language. Every issue has a "
                        "link to unsubscribe."
                    ),
                )
        link = subscription.read_token(token, subscription.CONFIRM_SALT, subscription.CONFIRMATION_VALID_FOR)
    except BadLink:
        return _bad_link(request)
    except ExpiredLink as expired:
        with translation.override(expired.language or translation.get_language()):
            return _message_page(
                request,
                expired.language,
                410,
                title=_("This link has expired"),
                message=_("Confirmation links are valid for three days. Please sign up again."),
            )
    with translation.override(link.language):
        return _message_page(
            request,
            link.language,
            200,
            title=_("Confirm your subscription"),
            message=_("Press the button to start receiving the 2SoKroG newsletter."),
            button=_("Confirm subscription"),
        )


@csrf_exempt  # RFC 8058 one-click unsubscription comes from mail providers, without cookies
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button (mail scanners prefetch links); POST unsubscribes, from that button or as an
    RFC 8058 one-click request. Idempotent: unsubscribing twice says the same."""
    if body_too_large(request, MAX_BODY_BYTES):
        return HttpResponse(status=413)
    one_click = request.POST.get("List-Unsubscribe") == "One-Click" if request.method == "POST" else False
    try:
        link = (
            subscription.unsubscribe(token) if request.method == "POST" else subscription.check_unsubscribe_link(token)
        )
    except BadLink:
        if one_click:
            return HttpResponse("Invalid unsubscribe link\n", status=400, content_type="text/plain")
        return _bad_link(request)
    if one_click:
        return HttpResponse("Unsubscribed\n", content_type="text/plain")
    with translation.override(link.language):
        if request.method == "POST":
            return _message_page(
                request,
                link.language,
                200,
                title=_("You have unsubscribed"),
                message=_(
                    "We have deleted your e-mail address from the newsletter list. You will receive no more issues."
                ),
            )
        return _message_page(
            request,
            link.language,
            200,
            title=_("Unsubscribe from the newsletter"),
            message=_("Press the button to stop receiving the 2SoKroG newsletter and delete your e-mail address."),
            button=_("Unsubscribe"),
        )
