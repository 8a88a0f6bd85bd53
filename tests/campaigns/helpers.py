"""Filling in the self-check the way a browser does: GET the form, then POST it with its CSRF token."""

import re

from django.test import Client

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def csrf_client() -> Client:
    return Client(enforce_csrf_checks=True)


def submit_self_check(client: Client, url: str, answers: dict[int, str]):
    form = client.get(url)
    assert form.status_code == 200
    token = CSRF_INPUT.search(form.content.decode()).group(1)
    return client.post(url, {"csrfmiddlewaretoken": token, **form_fields(answers)})


def form_fields(answers: dict[int, str]) -> dict[str, str]:
    return {f"answer-{number}": value for number, value in answers.items()}


def all_answers(yes: set[int], count: int = 4) -> dict[int, str]:
    return {number: "yes" if number in yes else "no" for number in range(1, count + 1)}
