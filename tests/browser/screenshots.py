"""Phone and desktop screenshots of one page of every page type in every language, for review.

A developer's tool (it needs Playwright, a dev dependency), so it lives with the browser tests, not in the
runtime apps. `make screenshots` serves the demo portal on a spare port and runs
`python -m tests.browser.screenshots --base-url …` against it.
"""

import argparse
import os
from pathlib import Path

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}


def sample_urls(languages) -> dict[str, str]:
    """name -> path: the first live page of each page type per language, plus search and the 404 page.
    Also used by the HTML validity test (tests/browser/test_valid_html.py)."""
    from wagtail.models import Page

    from portal.visibility import public_pages

    urls: dict[str, str] = {}
    pages = public_pages(Page.objects.filter(depth__gt=1)).select_related("locale", "content_type").order_by("path")
    for page in pages:
        language = page.locale.language_code
        name = f"{language}-{page.content_type.model}"
        if language in languages and name not in urls and page.url:
            urls[name] = page.url
    # The search results page in each of its states: results with snippets and the kind filter,
    # a corrected typo, nothing here but results in the other languages, an unknown kind (400), nothing at all.
    typo = {"sl": "konfernca", "hr": "konferncija", "en": "povrty"}
    foreign = {"sl": "siromaštvo", "hr": "revščina", "en": "revščina"}
    for language in languages:
        urls[f"{language}-search"] = f"/{language}/search/?q=ptuj"
        urls[f"{language}-search-kind"] = f"/{language}/search/?q=ptuj&kind=news"
        urls[f"{language}-search-typo"] = f"/{language}/search/?q={typo.get(language, 'povrty')}"
        urls[f"{language}-search-other-languages"] = f"/{language}/search/?q={foreign.get(language, 'revščina')}"
        urls[f"{language}-search-unknown-kind"] = f"/{language}/search/?q=ptuj&kind=x"
        urls[f"{language}-search-nothing"] = f"/{language}/search/?q=zzzqqq"
        urls[f"{language}-404"] = f"/{language}/no-such-page/"
    return urls


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--output", default="screenshots")
    parser.add_argument("--language", action="append", help="Only these languages (repeatable).")
    arguments = parser.parse_args(argv)
    take_screenshots(arguments.base_url, arguments.output, arguments.language)


def take_screenshots(base_url: str, output: str, language: list[str] | None) -> None:
    from django.conf import settings
    from playwright.sync_api import sync_playwright

    languages = language or [code for code, _name in settings.LANGUAGES]
    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    urls = sample_urls(languages)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for device, (width, height) in WIDTHS.items():
            context = browser.new_context(viewport={"width": width, "height": height})
            tab = context.new_page()
            for name, path in sorted(urls.items()):
                tab.goto(base_url.rstrip("/") + path, wait_until="networkidle")
                target = folder / f"{name}-{device}.png"
                tab.screenshot(path=str(target), full_page=True)
            context.close()
        browser.close()
    print(f"{len(urls) * len(WIDTHS)} screenshots in {folder}/")


if __name__ == "__main__":
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    django.setup()
    main()
