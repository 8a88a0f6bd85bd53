"""Lighthouse (mobile) on the home page, a news article and the event list, served as production serves them.

    python -m bench.lighthouse      (or `make lighthouse`; after `make bench`, whose database and media it uses)

Starts gunicorn with production settings on 127.0.0.1:8103 against the `portal_bench` database, with the
uploaded images served by `bench/media_wsgi.py` (production serves them from object storage or the proxy),
warms each page (renditions are created on the first view), then runs the npm `lighthouse` CLI in Debian's
Chromium and prints the four category scores per page. Exit status 1 when a score is below its target
(performance 95, accessibility, best practices and SEO 100).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.request

from bench.run import DATABASE, POSTGRES, REDIS_URL, WORK_DIR
from bench.server import BASE_DIR, ProductionServer, production_env

PORT = 8103
LIGHTHOUSE = BASE_DIR / ".venv" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}

PAGE_URLS_CODE = """
import json
import django
django.setup()
from events.models import EventIndexPage
from news.models import NewsPage
from portal.visibility import public_pages

article = public_pages(NewsPage.objects.filter(locale__language_code="sl")).order_by("-date").first()
events = public_pages(EventIndexPage.objects.filter(locale__language_code="sl")).first()
print(json.dumps({"home": "/sl/", "news article": article.get_url(), "event list": events.get_url()}))
"""


def run_lighthouse(url: str, report_path) -> None:
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report_path}",
        "--only-categories=performance,accessibility,best-practices,seo",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ]
    env = {**os.environ, "CHROME_PATH": "/usr/bin/chromium"}
    # Chromium now and then fails to record the trace (Lighthouse's NO_NAVSTART); a second run succeeds.
    if subprocess.run(command, env=env).returncode != 0:
        subprocess.run(command, env=env, check=True)


def main() -> int:
    env = production_env(
        database_url=f"{POSTGRES}/{DATABASE}",
        redis_url=REDIS_URL,
        STATIC_ROOT=str(WORK_DIR / "static"),
        MEDIA_ROOT=str(WORK_DIR / "media"),
        DB_CONN_MAX_AGE="60",
        LOG_LEVEL="WARNING",
    )
    output = subprocess.run(
        [sys.executable, "-c", PAGE_URLS_CODE], cwd=BASE_DIR, env=env, check=True, capture_output=True
    ).stdout
    pages = json.loads(output.decode().strip().splitlines()[-1])
    failures = []
    with ProductionServer(PORT, env, app="bench.media_wsgi", log_path=WORK_DIR / "lighthouse.log") as server:
        for name, path in pages.items():
            for _ in range(2):
                urllib.request.urlopen(server.url + path, timeout=60).read()
            report_path = WORK_DIR / f"lighthouse-{name.replace(' ', '-')}.json"
            run_lighthouse(server.url + path, report_path)
            report = json.loads(report_path.read_text())
            scores = {key: round(category["score"] * 100) for key, category in report["categories"].items()}
            print(f"{name:<14} {path:<45} " + "  ".join(f"{key} {value}" for key, value in scores.items()))
            for key, value in scores.items():
                if value < TARGETS[key]:
                    failures.append((name, key, value))
                    for ref in report["categories"][key]["auditRefs"]:
                        audit = report["audits"][ref["id"]]
                        if audit.get("score") is not None and audit["score"] < 1 and ref.get("weight", 0) > 0:
                            print(f"    {key}: {audit['id']} {audit['score']} {audit.get('displayValue', '')}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
