"""The speed benchmark: every page type, cached and uncached, against the static-file ceiling.

    python -m bench.run            (or `make bench`; needs PostgreSQL and Redis on 127.0.0.1 and Debian's `wrk`)

1. Builds a fresh PostgreSQL database `portal_bench` (dropped first) with the demo content, empties Redis db 2,
   and collects the static files into a temporary STATIC_ROOT.
2. Starts the portal three times with production settings (bench/server.py: gunicorn, 2 workers, DEBUG off,
   Redis cache, persistent database connections): cold on port 8104 (no page cache, no fragment cache:
   PAGE_CACHE=0 FRAGMENT_CACHE=0), uncached on port 8102 (PAGE_CACHE=0: what a page-cache miss costs while the
   menu, footer and listing fragments of the current generation are in the worker's memory), cached on port
   8101. Before the cached server starts, the home page's HTML is written into its STATIC_ROOT, so that
   server's whitenoise serves the very same bytes as a static file: the ceiling.
3. Runs `wrk` for each page type at concurrency 8 and 32, and prints a table of p50/p95 latency and requests per
   second, the ceiling, the cached/static ratio, and the home page's weight (HTML + CSS + JS, brotli and gzip).

Images are not requested by `wrk` (HTML only), so production settings need not serve MEDIA here.
A full run takes about 9 minutes on a 2-core machine. Nothing but 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import brotli

from bench.server import BASE_DIR, VENV_BIN, ProductionServer, manage, production_env

DATABASE = "portal_bench"
POSTGRES = "postgres://postgres@127.0.0.1:5432"
REDIS_URL = "redis://127.0.0.1:6379/2"
CACHED_PORT, UNCACHED_PORT, COLD_PORT = 8101, 8102, 8104
CEILING_PATH = "bench/home.html"
WORK_DIR = BASE_DIR / "var" / "bench"
ROUNDS = 5

# wrk prints these after each run (latency in microseconds).
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT p50=%d p95=%d p99=%d rps=%.1f requests=%d non2xx=%d errors=%d\\n",
    latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.requests / seconds,
    summary.requests,
    summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""

# Printed by `--page-urls` inside the portal's environment: one public URL per page type.
PAGE_URLS_CODE = """
import json
import django
django.setup()
from django.conf import settings
from wagtail.models import Page
from portal.visibility import public_pages

found = {}
for page in public_pages().filter(locale__language_code="sl").order_by("depth", "path").specific():
    name = type(page).__name__
    url = page.get_url()
    if name not in found and url and not page.get_view_restrictions():
        found[name] = url
found["search"] = "/sl/search/?q=projekt"
print(json.dumps(found))
"""


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, check=True, **kwargs)


def fresh_database(env: dict[str, str]) -> None:
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{DATABASE}"')
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content")


def flush_redis() -> None:
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def page_urls(env: dict[str, str]) -> dict[str, str]:
    output = subprocess.run(
        [str(VENV_BIN / "python"), "-c", PAGE_URLS_CODE], cwd=BASE_DIR, env=env, check=True, capture_output=True
    ).stdout
    return json.loads(output.decode().strip().splitlines()[-1])


def fetch(url: str, **headers: str) -> tuple[bytes, dict[str, str]]:
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read(), dict(response.headers)


def wrk(url: str, connections: int, seconds: int, script: Path, headers: tuple[str, ...] = ()) -> dict[str, float]:
    """`wrk` on two threads with WRK_SCRIPT; `headers` as `Name: value` strings (bench.proxy asks for gzip)."""
    header_args = [arg for header in headers for arg in ("-H", header)]
    output = run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", *header_args, "-s", str(script), url],
        capture_output=True,
        text=True,
    ).stdout
    pattern = r"RESULT p50=(\d+) p95=(\d+) p99=(\d+) rps=([\d.]+) requests=(\d+) non2xx=(\d+) errors=(\d+)"
    match = re.search(pattern, output)
    if not match:
        raise RuntimeError(f"wrk printed no result for {url}:\n{output}")
    p50, p95, p99, rps, requests, non2xx, errors = match.groups()
    return {
        "p50_ms": int(p50) / 1000,
        "p95_ms": int(p95) / 1000,
        "p99_ms": int(p99) / 1000,
        "rps": float(rps),
        "requests": int(requests),
        "failed": int(non2xx) + int(errors),
    }


def measure(base: str, path: str, seconds: int, script: Path) -> dict[str, dict[str, float]]:
    for _ in range(3):  # warm: renditions, frame fragments, the page cache itself
        fetch(base + path)
    return {f"c{c}": wrk(base + path, c, seconds, script) for c in (8, 32)}


def home_weight(base: str) -> dict[str, int]:
    """Bytes a browser downloads for the home page's HTML, CSS and JS: brotli (gzip) as served.

    gunicorn sends HTML uncompressed (a CDN or reverse proxy compresses it), so the HTML is compressed here
    the way such a proxy would; CSS and JS come compressed from whitenoise."""
    html, _headers = fetch(base + "/sl/")
    assets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html.decode()) + re.findall(
        r'<script src="([^"]+)"', html.decode()
    )
    weight = {"html_raw": len(html), "html_br": len(brotli.compress(html)), "html_gzip": len(gzip.compress(html))}
    weight["assets_br"] = weight["assets_gzip"] = weight["assets_raw"] = 0
    for asset in assets:
        url = asset if asset.startswith("http") else base + asset
        if not url.startswith(base):
            raise RuntimeError(f"third-party asset on the home page: {url}")
        weight["assets_raw"] += len(fetch(url)[0])
        weight["assets_br"] += len(fetch(url, **{"Accept-Encoding": "br"})[0])
        weight["assets_gzip"] += len(fetch(url, **{"Accept-Encoding": "gzip"})[0])
    weight["files"] = len(assets) + 1
    weight["total_br"] = weight["html_br"] + weight["assets_br"]
    weight["total_gzip"] = weight["html_gzip"] + weight["assets_gzip"]
    return weight


def static_headers(base: str) -> dict[str, str]:
    html, _headers = fetch(base + "/sl/")
    css = re.search(r'<link rel="stylesheet" href="([^"]+)"', html.decode()).group(1)
    _body, headers = fetch(base + css, **{"Accept-Encoding": "br, gzip"})
    return {
        "url": css,
        "cache_control": headers.get("Cache-Control", ""),
        "content_encoding": headers.get("Content-Encoding", ""),
    }


def median_result(results: list[dict[str, dict[str, float]]]) -> dict[str, dict[str, float]]:
    """Per concurrency level, the round with the median requests per second."""
    merged = {}
    for level in ("c8", "c32"):
        ordered = sorted((r[level] for r in results), key=lambda r: r["rps"])
        merged[level] = ordered[len(ordered) // 2]
    return merged


def row(name: str, results: dict[str, dict[str, float]]) -> str:
    cells = [f"{name:<26}"]
    for level in ("c8", "c32"):
        r = results[level]
        cells.append(f"{r['p50_ms']:>7.1f} {r['p95_ms']:>7.1f} {r['rps']:>8.1f}")
    failed = results["c8"]["failed"] + results["c32"]["failed"]
    return " | ".join(cells) + (f"  ({failed} failed)" if failed else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=3, help="wrk duration per measurement (default 3)")
    parser.add_argument("--skip-setup", action="store_true", help="reuse the portal_bench database")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    options = parser.parse_args()
    started = time.monotonic()

    # Kept between runs (git ignores var/): the demo images in media/ belong to the portal_bench database,
    # and `bench.lighthouse` serves them.
    work = WORK_DIR
    if not options.skip_setup:
        shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    static_root = work / "static"
    common = {
        "STATIC_ROOT": str(static_root),
        "MEDIA_ROOT": str(work / "media"),
        "DB_CONN_MAX_AGE": "60",
        "LOG_LEVEL": "WARNING",
        # wrk searches from one address far more often than the limit allows a person: measure the search.
        "SEARCH_RATE": "100000000",
    }
    env = production_env(database_url=f"{POSTGRES}/{DATABASE}", redis_url=REDIS_URL, **common)
    if not options.skip_setup:
        fresh_database(env)
    flush_redis()
    manage(env, "collectstatic", "--noinput", "-v0")
    urls = page_urls(env)
    script = work / "report.lua"
    script.write_text(WRK_SCRIPT)
    print(json.dumps(urls, indent=1))
    print(f"Page types: {len(urls)}; setup took {time.monotonic() - started:.0f} s", flush=True)

    results: dict[str, dict] = {"cold": {}, "uncached": {}, "cached": {}}
    # Cold: no page cache and no fragments either; every request renders everything from the database.
    cold_env = {**env, "PAGE_CACHE": "0", "FRAGMENT_CACHE": "0"}
    with ProductionServer(COLD_PORT, cold_env, log_path=work / "cold.log") as server:
        for name, path in urls.items():
            results["cold"][name] = measure(server.url, path, options.seconds, script)
            print(row(name, results["cold"][name]), flush=True)

    uncached_env = {**env, "PAGE_CACHE": "0"}
    with ProductionServer(UNCACHED_PORT, uncached_env, log_path=work / "uncached.log") as server:
        home_html, _headers = fetch(server.url + "/sl/")
        for name, path in urls.items():
            results["uncached"][name] = measure(server.url, path, options.seconds, script)
            print(row(name, results["uncached"][name]), flush=True)

    # The ceiling: the cached home page's bytes as a static file of the same server (whitenoise indexes
    # STATIC_ROOT when it starts, so the file is written first).
    ceiling = static_root / CEILING_PATH
    ceiling.parent.mkdir(parents=True, exist_ok=True)
    ceiling.write_bytes(home_html)
    flush_redis()
    with ProductionServer(CACHED_PORT, env, log_path=work / "cached.log") as server:
        served, _headers = fetch(server.url + "/static/" + CEILING_PATH)
        assert served == home_html
        for name, path in urls.items():
            results["cached"][name] = measure(server.url, path, options.seconds, script)
        # Side by side: the cached home page and its static copy in alternating rounds, so that whatever
        # else the machine is doing weighs on both alike; the ratio is the median of the rounds. A first
        # round, not counted, brings both to a steady state.
        rounds = []
        for _ in range(ROUNDS + 1):
            rounds.append(
                {
                    "static": measure(server.url, "/static/" + CEILING_PATH, options.seconds, script),
                    "cached": measure(server.url, urls["HomePage"], options.seconds, script),
                }
            )
        rounds = rounds[1:]
        results["side_by_side"] = rounds
        results["static_ceiling"] = median_result([r["static"] for r in rounds])
        results["cached_home_side_by_side"] = median_result([r["cached"] for r in rounds])
        results["weight"] = home_weight(server.url)
        results["static_headers"] = static_headers(server.url)
        _body, headers = fetch(server.url + "/sl/")
        results["home_cache_headers"] = {k: headers.get(k, "") for k in ("Cache-Control", "X-Cache")}

    header = f"{'page type':<26} | {'c8: p50 ms  p95 ms    req/s':<24} | {'c32: p50 ms  p95 ms    req/s':<24}"
    titles = {
        "cold": "COLD: no page cache, no fragment cache (every request renders everything)",
        "uncached": "UNCACHED: page cache off; menu, footer and listing fragments from this process's memory",
        "cached": "CACHED: page cache on",
    }
    for kind in ("cold", "uncached", "cached"):
        print(f"\n{titles[kind]} (gunicorn, 2 workers, production settings, PostgreSQL + Redis)")
        print(header)
        for name in urls:
            print(row(name, results[kind][name]))
    print("\nSTATIC CEILING: the home page's HTML as a whitenoise static file, same server")
    print(header)
    print(row("static home.html", results["static_ceiling"]))
    print(row("cached home (same rounds)", results["cached_home_side_by_side"]))
    ratios = {
        level: statistics.median(r["cached"][level]["rps"] / r["static"][level]["rps"] for r in rounds)
        for level in ("c8", "c32")
    }
    results["cached_to_static"] = ratios
    print(
        f"\nCached home / static ceiling, median of {ROUNDS} alternating rounds: c8 {ratios['c8']:.0%}, "
        f"c32 {ratios['c32']:.0%} (target ≥ 90%); rounds: "
        + ", ".join(f"{r['cached']['c8']['rps'] / r['static']['c8']['rps']:.0%}" for r in rounds)
        + " (c8)"
    )
    weight = results["weight"]
    print(
        f"Home page weight: HTML {weight['html_raw']} B raw, {weight['html_br']} B brotli; CSS+JS "
        f"{weight['assets_raw']} B raw, {weight['assets_br']} B brotli ({weight['assets_gzip']} B gzip); "
        f"total {weight['total_br'] / 1024:.1f} KB brotli, {weight['total_gzip'] / 1024:.1f} KB gzip "
        f"in {weight['files']} files (target ≤ 60 KB)"
    )
    print(f"Static file headers ({results['static_headers']['url']}): {results['static_headers']}")
    print(f"Home page headers: {results['home_cache_headers']}")
    print(f"Benchmark took {time.monotonic() - started:.0f} s")
    if options.json:
        options.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
