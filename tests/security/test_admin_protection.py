"""Admin protection: lockout after wrong passwords, two-step sign-in, password rules."""

from __future__ import annotations

import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group, User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import override_settings
from django_otp.oath import TOTP, totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from home import roles

PASSWORD = "a-long-test-password"  # noqa: S105
LOGIN = "/admin/login/"


@pytest.fixture
def editor(db) -> User:
    user = User.objects.create_user("urednica", email="urednica@example.org", password=PASSWORD)
    user.groups.add(Group.objects.get(name=roles.TRANSLATORS))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "sl"
    profile.save()
    return user


@pytest.fixture
def staff(db) -> User:
    user = User.objects.create_user("komunikacije", email="k@example.org", password=PASSWORD)
    user.groups.add(Group.objects.get(name=roles.COMMUNICATIONS_STAFF))
    return user


def sign_in(client, username: str, password: str, **headers):
    return client.post(LOGIN, {"username": username, "password": password}, **headers)


# --- Lockout --------------------------------------------------------------------------------------------------


@override_settings(AXES_FAILURE_LIMIT=3)
def test_three_wrong_passwords_lock_the_user_name_from_that_address_with_a_localized_page(client, editor):
    for _attempt in range(2):
        response = sign_in(client, "urednica", "wrong password", HTTP_ACCEPT_LANGUAGE="sl")
        assert response.status_code == 200  # the login form again, with Wagtail's error
    response = sign_in(client, "urednica", "wrong password", HTTP_ACCEPT_LANGUAGE="sl")
    assert response.status_code == 429
    # Even the right password is refused now: guessing further is pointless.
    response = sign_in(client, "urednica", PASSWORD, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    assert "Too many wrong passwords were entered for this user name" in response.content.decode()
    assert "15 minutes" in response.content.decode()
    assert "_auth_user_id" not in client.session


@override_settings(AXES_FAILURE_LIMIT=3)
def test_the_lockout_holds_for_that_user_name_and_address_only(client, editor):
    for _attempt in range(3):
        sign_in(client, "urednica", "wrong password", REMOTE_ADDR="203.0.113.7")
    assert sign_in(client, "urednica", PASSWORD, REMOTE_ADDR="203.0.113.7").status_code == 429
    # Someone guessing from one address cannot lock an editor out everywhere.
    response = sign_in(client, "urednica", PASSWORD, REMOTE_ADDR="198.51.100.2")
    assert response.status_code == 302


@override_settings(AXES_FAILURE_LIMIT=2)
def test_communications_staff_see_the_lockout_and_unlock_it(client, editor, staff):
    for _attempt in range(2):
        sign_in(client, "urednica", "wrong password")
    assert sign_in(client, "urednica", PASSWORD).status_code == 429

    client.force_login(staff)
    listing = client.get("/admin/lockouts/")
    assert listing.status_code == 200
    assert "urednica" in listing.content.decode()
    attempt = AccessAttempt.objects.get(username="urednica")
    response = client.post("/admin/lockouts/", {"attempt": str(attempt.pk)}, follow=True)
    assert "urednica can sign in again" in response.content.decode() or "lahko znova prijavi" in (
        response.content.decode()
    )
    assert not AccessAttempt.objects.filter(username="urednica").exists()

    client.logout()
    assert sign_in(client, "urednica", PASSWORD).status_code == 302


@override_settings(AXES_FAILURE_LIMIT=2)
def test_editors_who_are_not_staff_cannot_unlock_anybody(client, editor, staff):
    for _attempt in range(2):
        sign_in(client, "komunikacije", "wrong password")
    client.force_login(editor)
    assert client.get("/admin/lockouts/").status_code in (302, 403)
    attempt = AccessAttempt.objects.get(username="komunikacije")
    client.post("/admin/lockouts/", {"attempt": str(attempt.pk)})
    assert AccessAttempt.objects.filter(username="komunikacije").exists()


# --- Password rules ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("weak", ["kratko123", "password1234", "123456789012", "urednica2026!"])
def test_weak_passwords_are_refused(db, weak):
    user = User(username="urednica", email="urednica@example.org")
    with pytest.raises(ValidationError):
        validate_password(weak, user)


def test_a_long_unusual_password_is_accepted(db):
    validate_password("zelena-Reka-pod-Pohorjem-7", User(username="urednica"))


# --- Two-step sign-in -------------------------------------------------------------------------------------------


def current_code(device: TOTPDevice) -> str:
    """The code the editor's app shows now."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def next_code(device: TOTPDevice) -> str:
    """The code for the period after the last one used: a code once used is never accepted again (and django-otp
    accepts the next period's code, for phones whose clock runs ahead), so a second code in the same half
    minute has to be this one."""
    device.refresh_from_db()
    generator = TOTP(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    generator.time = device.t0 + (device.last_t + 1) * device.step
    return f"{generator.token():06d}"


def enrol(client, user: User) -> TOTPDevice:
    client.force_login(user)
    page = client.get("/admin/two-factor/")
    assert page.status_code == 200
    html = page.content.decode()
    assert re.search(r'<img src="data:image/svg\+xml[^"]+" alt="[^"]+"', html), "a QR code with a text alternative"
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    code = current_code(device)
    response = client.post("/admin/two-factor/", {"code": code})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    device.code_used_to_enrol = code
    return device


def test_an_editor_turns_on_two_step_sign_in_from_their_account_and_is_then_asked_for_a_code(client, editor):
    client.force_login(editor)
    account = client.get("/admin/account/")
    assert "/admin/two-factor/" in account.content.decode()
    device = enrol(client, editor)
    client.logout()

    response = sign_in(client, "urednica", PASSWORD)
    assert response.status_code == 302
    # The password alone opens nothing in the admin.
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 302
    assert dashboard.url.startswith("/admin/two-factor/verify/")
    assert client.get("/admin/account/").url.startswith("/admin/two-factor/verify/")

    wrong = client.post("/admin/two-factor/verify/", {"code": "000000", "next": "/admin/account/"})
    assert wrong.status_code == 400
    assert "This code is not right" in wrong.content.decode() or "ni pravilna" in wrong.content.decode()
    # A wrong code delays the next try (django-otp's throttling), so wait it out as a person would.
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()

    right = client.post("/admin/two-factor/verify/", {"code": next_code(device), "next": "/admin/account/"})
    assert right.status_code == 302
    assert right.url == "/admin/account/"
    assert client.get("/admin/").status_code == 200


def test_the_verify_step_never_redirects_to_another_site(client, editor):
    device = enrol(client, editor)
    client.logout()
    sign_in(client, "urednica", PASSWORD)
    response = client.post("/admin/two-factor/verify/", {"code": next_code(device), "next": "https://evil.example/"})
    assert response.status_code == 302
    assert response.url == "/admin/"


def test_a_wrong_code_does_not_turn_it_on(client, editor):
    client.force_login(editor)
    client.get("/admin/two-factor/")
    response = client.post("/admin/two-factor/", {"code": "123"})
    assert response.status_code == 400
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()


def test_an_editor_turns_it_off_with_a_code(client, editor):
    device = enrol(client, editor)
    replayed = client.post("/admin/two-factor/", {"code": device.code_used_to_enrol})
    assert replayed.status_code == 400, "a code that was used once is never accepted again"
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()
    response = client.post("/admin/two-factor/", {"code": next_code(device)})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    client.logout()
    sign_in(client, "urednica", PASSWORD)
    assert client.get("/admin/").status_code == 200


def test_editors_without_it_are_not_bothered_while_it_is_optional(client, editor):
    sign_in(client, "urednica", PASSWORD)
    assert client.get("/admin/").status_code == 200


@override_settings(PORTAL_REQUIRE_TWO_FACTOR=True)
def test_when_required_editors_without_it_are_sent_to_set_it_up_first(client, editor):
    sign_in(client, "urednica", PASSWORD)
    response = client.get("/admin/account/")
    assert response.status_code == 302
    assert response.url.startswith("/admin/two-factor/?next=")
    setup = client.get(response.url)
    assert setup.status_code == 200
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    done = client.post(response.url, {"code": current_code(device), "next": "/admin/account/"})
    assert done.url == "/admin/account/"
    assert client.get("/admin/account/").status_code == 200


def test_public_pages_never_ask_for_the_code(client, editor, site_tree):
    enrol(client, editor)
    client.logout()
    sign_in(client, "urednica", PASSWORD)
    assert client.get("/sl/").status_code == 200
