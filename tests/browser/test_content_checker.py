"""An editor looking at a page sees the content checker flag a "read more" link (Wagtail userbar, Chromium)."""

import pytest
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

from tests.browser.conftest import signed_in_context
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.browser


def test_checker_flags_vague_link_text_for_an_editor(browser, browser_site, django_user_model):
    base_url, tree = browser_site
    StandardPageFactory(
        parent=tree.homes["sl"],
        title="Delavnice",
        slug="delavnice",
        body=[
            (
                "paragraph",
                RichText('<p>Delavnice v Ormožu. <a href="/sl/">Preberi več …</a> <a href="/sl/">O projektu</a></p>'),
            )
        ],
    )
    editor = django_user_model.objects.create_superuser("urednica", "urednica@example.org", "x")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    context = signed_in_context(browser, base_url, editor)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(base_url + "/sl/delavnice/")
    tab.locator("wagtail-userbar #wagtail-userbar-trigger").click()
    tab.locator("wagtail-userbar #checker-trigger").click()
    dialog = tab.locator("wagtail-userbar #checker-results")
    dialog.get_by_text("Link text does not say where the link goes").wait_for()
    # One finding: the descriptive link passes.
    assert dialog.get_by_text("Link text does not say where the link goes").count() == 1
    assert not errors, errors
    context.close()
