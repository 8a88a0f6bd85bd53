"""Newsletter sign-up (double opt-in), confirmation and unsubscription, including every kind of bad input."""

import re

import pytest
from django.core import mail, signing
from django.test import Client

from news import subscription
from news.models import Subscriber

CONFIRM_LINK = re.compile(r"http://testserver(/newsletter/confirm/[^/\s]+/)")
CSRF = re.compile(r'<input type="hidden" name="csrfmiddlewaretoken" value="[^"]+">')


def sign_up(client, url="/sl/e-novice/prijava/", **overrides):
    data = {"email": "ana@example.org", "language": "sl", "consent": "on", "website": ""}
    data.update(overrides)
    return client.post(url, {k: v for k, v in data.items() if v is not None})


def neutral(response) -> str:
    """The page without its per-request CSRF token, to compare answers byte for byte."""
    return CSRF.sub("", response.content.decode())


def confirm_path(message) -> str:
    return CONFIRM_LINK.search(message.body).group(1)


def test_sign_up_records_consent_and_mails_a_confirmation_link_in_the_chosen_language(client, news_tree):
    signup_page = news_tree.signup["sl"]
    signup_page.save_revision().publish()  # as an editor would: the consent text has a published revision
    signup_page.refresh_from_db()
    response = sign_up(client, email="Ana@Example.org", language="en", topics=["health", "enterprise"])
    assert response.status_code == 200
    assert "Preverite svoj e-poštni predal" in response.content.decode()  # the page answers in its own language
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "ana@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.language == "en" and subscriber.topics == ["enterprise", "health"]
    assert subscriber.consent_given_at is not None and subscriber.confirmed_at is None
    assert signup_page.live_revision_id
    assert subscriber.consent_text_version.startswith(f"sl:{signup_page.live_revision_id}:")
    [message] = mail.outbox
    assert message.to == ["ana@example.org"]
    assert message.subject == "Please confirm your subscription to the 2SoKroG newsletter"
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and '<html lang="en">' in html
    assert confirm_path(message) in html


def test_confirmation_link_shows_a_button_and_only_a_post_confirms(client, news_tree):
    sign_up(client, language="hr")
    path = confirm_path(mail.outbox[0])
    page = client.get(path)  # what a mail scanner does
    assert page.status_code == 200 and '<html lang="hr">' in page.content.decode()
    assert "Potvrdi pretplatu" in page.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    assert not page.cookies, "the link pages set no cookie"
    done = client.post(path)
    assert done.status_code == 200 and "Vaša je pretplata potvrđena" in done.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED and subscriber.confirmed_at is not None
    assert client.post(path).status_code == 200  # confirming twice is harmless


def test_signing_up_again_reveals_nothing_sends_nothing_new_and_makes_no_duplicate(client, news_tree):
    first = sign_up(client)
    again_pending = sign_up(client, email="ANA@example.org ")
    assert len(mail.outbox) == 1, "no second confirmation within ten minutes"
    client.post(confirm_path(mail.outbox[0]))
    again_confirmed = sign_up(client)
    brand_new = sign_up(client, email="bor@example.org")
    assert neutral(first) == neutral(again_pending) == neutral(again_confirmed) == neutral(brand_new)
    assert Subscriber.objects.filter(email="ana@example.org").count() == 1
    assert Subscriber.objects.get(email="ana@example.org").status == Subscriber.Status.CONFIRMED
    assert [m.to for m in mail.outbox] == [["ana@example.org"], ["bor@example.org"]]


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"email": "not-an-address"}, "Upišite adresu e-pošte u obliku ime@primjer.hr."),
        ({"email": ""}, "Upišite svoju adresu e-pošte."),
        ({"email": "a" * 250 + "@example.org"}, "Ova je adresa e-pošte preduga."),
        ({"consent": None}, "Za pretplatu se morate složiti s uvjetima."),
        ({"language": "de"}, "Odaberite jedan od ponuđenih jezika."),
        ({"topics": ["weather"]}, "Odaberite teme s popisa."),
    ],
)
def test_invalid_input_is_a_400_in_the_visitors_language_and_keeps_what_was_typed(
    client, news_tree, overrides, message
):
    response = sign_up(client, "/hr/e-bilten/prijava/", **overrides)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html and message in html
    if overrides.get("email") == "not-an-address":
        assert 'value="not-an-address"' in html and 'aria-invalid="true"' in html
        assert '<a href="#id_email">' in html
    assert not Subscriber.objects.exists() and not mail.outbox


def test_a_post_that_is_not_a_form_is_a_400_not_a_500(client, news_tree):
    response = client.post("/en/newsletters/subscribe/", data=b'{"email": 1}', content_type="application/json")
    assert response.status_code == 400
    assert "Enter your e-mail address." in response.content.decode()


def test_an_oversized_post_is_refused_with_413_and_a_message(client, news_tree):
    response = sign_up(client, "/en/newsletters/subscribe/", website="", email="a@example.org", padding="x" * 20_000)
    assert response.status_code == 413
    assert "too much data" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_the_honeypot_gets_the_neutral_answer_but_nothing_is_stored_or_sent(client, news_tree):
    response = sign_up(client, website="http://spam.example")
    assert response.status_code == 200 and "Preverite svoj e-poštni predal" in response.content.decode()
    assert not Subscriber.objects.exists() and not mail.outbox


def test_sign_ups_are_rate_limited_per_client_address(news_tree):
    client = Client(REMOTE_ADDR="203.0.113.7")
    for n in range(5):
        assert sign_up(client, email=f"person{n}@example.org").status_code == 200
    limited = sign_up(client, "/en/newsletters/subscribe/", email="person6@example.org")
    assert limited.status_code == 429
    assert "too many sign-ups" in limited.content.decode()
    assert 'value="person6@example.org"' in limited.content.decode()
    assert Subscriber.objects.count() == 5
    assert sign_up(Client(REMOTE_ADDR="203.0.113.8"), email="other@example.org").status_code == 200


def test_tampered_links_are_a_400_in_the_visitors_language(client, news_tree):
    sign_up(client)
    path = confirm_path(mail.outbox[0])
    tampered = path[:-3] + ("A" if path[-3] != "A" else "B") + path[-2:]
    response = client.get(tampered, HTTP_ACCEPT_LANGUAGE="hr")
    assert response.status_code == 400 and "Ova poveznica ne radi" in response.content.decode()
    assert client.post(tampered).status_code == 400
    assert client.post("/newsletter/unsubscribe/nonsense/").status_code == 400
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_an_expired_confirmation_link_is_a_410_in_the_subscribers_language(client, news_tree, monkeypatch):
    sign_up(client, language="en")
    subscriber = Subscriber.objects.get()
    real_time = signing.time.time
    monkeypatch.setattr(signing.time, "time", lambda: real_time() - 4 * 24 * 3600)
    old_token = subscription.make_token(subscriber, subscription.CONFIRM_SALT)
    monkeypatch.setattr(signing.time, "time", real_time)
    response = client.post(f"/newsletter/confirm/{old_token}/")
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_unsubscribe_link_shows_a_button_and_the_post_deletes_the_address_idempotently(client, news_tree):
    sign_up(client, language="en")
    subscriber = Subscriber.objects.get()
    path = subscription.unsubscribe_url(subscriber, "")
    page = client.get(path)
    assert page.status_code == 200 and "Press the button to stop receiving" in page.content.decode()
    assert Subscriber.objects.exists(), "opening the link (as mail scanners do) unsubscribes nobody"
    done = client.post(path)
    assert done.status_code == 200 and "We have deleted your e-mail address" in done.content.decode()
    assert not Subscriber.objects.exists()
    assert client.post(path).content == done.content  # again: the same answer, nothing to reveal
    one_click = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert one_click.status_code == 200


def test_after_unsubscribing_the_old_confirmation_link_no_longer_works(client, news_tree):
    sign_up(client, language="en")
    path = confirm_path(mail.outbox[0])
    client.post(subscription.unsubscribe_url(Subscriber.objects.get(), ""))
    response = client.post(path)
    assert response.status_code == 410 and not Subscriber.objects.exists()
