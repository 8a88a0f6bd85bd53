"""Every page type, in every language, is valid HTML according to the Nu Html Checker (vnu.jar).

`make test` installs the checker (npm package `vnu-jar`, pinned in the Makefile) next to the virtualenv; it
needs Java. The pages are the demo content, so what is checked is what visitors get.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser.screenshots import sample_urls

VNU_JAR = Path(os.environ.get("VNU_JAR", Path(__file__).resolve().parents[2] / ".venv/vnu/vnu.jar"))


def form_states() -> dict[str, tuple[str, dict, int]]:
    """Pages as they look after a visitor submits a form with mistakes, or a self-check with answers."""
    from campaigns.models import SelfCheckPage
    from home.models import AccessibilityStatementPage
    from news.models import NewsletterSignupPage

    states = {}
    for self_check in SelfCheckPage.objects.live().filter(alias_of__isnull=True):
        language = self_check.locale.language_code
        questions = len(self_check.questions)
        states[f"{language}-self-check-missing-answers"] = (self_check.url, {}, 400)
        answers = {f"answer-{number}": "yes" for number in range(1, questions + 1)}
        states[f"{language}-self-check-result"] = (self_check.url, answers, 200)
    for statement in AccessibilityStatementPage.objects.live().filter(alias_of__isnull=True):
        language = statement.locale.language_code
        states[f"{language}-accessibility-feedback-errors"] = (statement.url, {"email": "not-an-address"}, 400)
        states[f"{language}-accessibility-feedback-sent"] = (statement.url, {"message": "Kontrast"}, 200)
    for signup in NewsletterSignupPage.objects.live().filter(alias_of__isnull=True):
        states[f"{signup.locale.language_code}-signup-errors"] = (signup.url, {"email": "not-an-address"}, 400)
    return states


@pytest.mark.browser
def test_every_page_type_is_valid_html_in_every_language(client, demo_content, tmp_path):
    if not VNU_JAR.exists():
        pytest.fail(f"The Nu Html Checker is missing at {VNU_JAR}: run `make test`, which installs it")
    if shutil.which("java") is None:
        pytest.fail("Java is needed to run the Nu Html Checker")
    pages = {}
    for name, path in sample_urls(["sl", "hr", "en"]).items():
        response = client.get(path)
        assert response.status_code in (200, 400, 404), path  # 400: the search with an unknown kind
        pages[name] = response.content
    for name, (path, data, status) in form_states().items():
        response = client.post(path, data)
        assert response.status_code == status, (name, response.status_code)
        pages[name] = response.content
    assert len(pages) > 40
    for name, html in pages.items():
        (tmp_path / f"{name}.html").write_bytes(html)
    result = subprocess.run(  # noqa: S603 (fixed arguments)
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *sorted(map(str, tmp_path.iterdir()))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    report = [f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert not report, "\n".join(report)
