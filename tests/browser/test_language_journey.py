import pytest

pytestmark = pytest.mark.browser


def test_croatian_visitor_lands_on_hr_and_switches_to_english(browser, browser_site):
    base_url, _tree = browser_site
    context = browser.new_context(extra_http_headers={"Accept-Language": "hr-HR,hr;q=0.9"})
    page = context.new_page()

    page.goto(base_url + "/")
    assert page.url == base_url + "/hr/"
    assert page.locator("html").get_attribute("lang") == "hr"

    page.get_by_role("navigation", name="Jezik").get_by_role("link", name="English").click()
    page.wait_for_url(base_url + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"

    # The switcher remembered the choice: "/" now sends this visitor to English, not Croatian.
    page.goto(base_url + "/")
    assert page.url == base_url + "/en/"
    context.close()
