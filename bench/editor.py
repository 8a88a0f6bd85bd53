"""An editor at work, for the load test: publishes a new revision of a Slovenian page and its Croatian
translation (through wagtail-localize, as a translator does) in a loop, with a unique marker in each title.

Run as its own process with the app servers' environment (`python -m bench.editor`), so Wagtail's publish
signals fire here and any cache invalidation has to reach the app servers through the shared services. After
each publish it prints one JSON line: {"paths": {"sl": ..., "hr": ...}, "titles": {"sl": ..., "hr": ...}}; the
traffic side then checks that every app server already serves the new titles.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import uuid

import django


def pick_page(path: str):
    """The page at `path`, else the first live Slovenian StandardPage with a real Croatian translation."""
    from wagtail.models import Locale, Page

    from home.models import StandardPage

    hr = Locale.objects.get(language_code="hr")
    if path:
        for page in Page.objects.live().filter(locale__language_code="sl").specific():
            if page.get_url() == path:
                return page
        raise SystemExit(f"No live Slovenian page at {path}")
    for page in StandardPage.objects.live().filter(locale__language_code="sl").order_by("path"):
        translation = page.get_translation_or_none(hr)
        if translation is not None and translation.live and not translation.alias_of_id:
            return page
    raise SystemExit("No Slovenian StandardPage with a Croatian translation")


def publish_round(page, marker: str) -> dict:
    """New Slovenian title, then the Croatian translation synced from it and published."""
    from wagtail.models import Locale
    from wagtail_localize.models import Translation, TranslationSource

    base_title = page.title.split(" · ")[0]
    page.title = f"{base_title} · {marker}"
    page.save_revision().publish()
    hr = Locale.objects.get(language_code="hr")
    source, _created = TranslationSource.get_or_create_from_instance(page)
    source.update_from_db()
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=hr)
    po = translation.export_po()
    hr_title = f"{base_title} (hr) · {marker}"
    for entry in po:
        if entry.msgid == page.title:
            entry.msgstr = hr_title
        elif not entry.msgstr:
            entry.msgstr = entry.msgid
    translation.import_po(po, tool_name="bench.editor")
    translation.save_target(publish=False)
    target = page.get_translation(hr)
    target.get_latest_revision().publish()
    target = type(target).objects.get(pk=target.pk)
    return {"paths": {"sl": page.get_url(), "hr": target.get_url()}, "titles": {"sl": page.title, "hr": target.title}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--path", default="", help="URL path of the Slovenian page to edit (default: first one)")
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between publishes")
    parser.add_argument("--duration", type=float, default=30.0, help="stop after this many seconds")
    args = parser.parse_args()
    django.setup()
    page = pick_page(args.path)
    deadline = time.monotonic() + args.duration
    while time.monotonic() < deadline:
        started = time.monotonic()
        result = publish_round(page, uuid.uuid4().hex[:10])
        result["publish_seconds"] = round(time.monotonic() - started, 3)
        print(json.dumps(result), flush=True)
        page.refresh_from_db()
        time.sleep(max(0.0, min(args.interval, deadline - time.monotonic())))
    sys.exit(0)


if __name__ == "__main__":
    main()
