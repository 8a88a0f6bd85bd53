"""Mixed anonymous traffic against one or more app servers while an editor publishes and translates pages.

    python -m bench.load --setup --duration 300 --concurrency 32      (or `make load`)

With --setup it builds its own PostgreSQL database (`portal_ops_load` on the server in --database-url, demo
content) and uses Redis db 4 of --redis-url's server; then it starts two gunicorn app servers with production
settings on 127.0.0.1 sharing that database and Redis, runs `bench.editor` as a separate process, and sends
traffic to both servers. Every page in the sitemap (all three languages), search, feeds, the health check, `/`
(302) and a missing page (404) are requested, from many client addresses (X-Forwarded-For); anything else
than the expected status, or no answer, is an error. Right after each publish, both servers must serve the new
Slovenian and Croatian titles or a later version (a "stale" check fails when either still shows an earlier
one). Prints a JSON summary: requests, errors, requests per second, latency percentiles, stale checks.
Only 127.0.0.1 is ever contacted, and every phase is bounded in time.
"""

from __future__ import annotations

import argparse
import html
import http.client
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bench.server import BASE_DIR, VENV_BIN, ProductionServer, manage, production_env
from bench.services import ThrowawayVarnish

TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)
# What fetch raises when a server gives no answer, or one cut short (a server killed in the middle of a body).
NO_ANSWER = (OSError, http.client.HTTPException)


def fetch(base: str, path: str, *, timeout: float = 30, headers: dict | None = None) -> tuple[int, bytes]:
    """GET base+path without following redirects; (status, body). Raises NO_ANSWER's errors."""
    parsed = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Accept-Language": "sl", **(headers or {})})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def discover_paths(base: str) -> dict[str, int]:
    """What mixed traffic requests, with the status each must answer: the sitemap's pages and some extras."""
    status, body = fetch(base, "/sitemap.xml")
    if status != 200:
        raise RuntimeError(f"/sitemap.xml answered {status}")
    paths = {urllib.parse.urlsplit(url).path: 200 for url in re.findall(r"<loc>(.*?)</loc>", body.decode())}
    feeds = {f"{path}rss/": 200 for path in paths if re.fullmatch(r"/(sl/novice|hr/novosti|en/news)/", path)}
    paths.update(feeds)
    paths.update(
        {
            "/": 302,
            "/healthz": 200,
            "/sl/search/?q=revscina": 200,
            "/hr/search/?q=siromastvo": 200,
            "/en/search/?q=poverty": 200,
            "/sl/te-strani-ni/": 404,
            "/robots.txt": 200,
        }
    )
    return paths


@dataclass
class Sample:
    started: float
    seconds: float
    server: str
    path: str
    status: int  # 0: no answer
    ok: bool


@dataclass
class Traffic:
    """`concurrency` threads requesting random paths from random servers until stopped."""

    servers: list[str]
    paths: dict[str, int]
    concurrency: int = 32
    timeout: float = 30
    samples: list[Sample] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _threads: list[threading.Thread] = field(default_factory=list)

    def _worker(self, seed: int) -> None:
        rng = random.Random(seed)  # noqa: S311 - choosing pages, not secrets
        choices = list(self.paths.items())
        while not self._stop.is_set():
            server = rng.choice(self.servers)
            path, expected = rng.choice(choices)
            # Many visitors, as the proxy reports them (198.18.0.0/15 is for benchmarks): per-address limits
            # such as the self-check's 60 per 10 minutes apply to each of them, not to the load generator.
            visitor = {"X-Forwarded-For": f"198.18.{rng.randrange(256)}.{rng.randrange(1, 255)}"}
            started = time.monotonic()
            try:
                status, _body = fetch(server, path, timeout=self.timeout, headers=visitor)
            except NO_ANSWER:
                status = 0
            self.samples.append(Sample(started, time.monotonic() - started, server, path, status, status == expected))

    def start(self) -> Traffic:
        self._stop.clear()
        self._threads = [threading.Thread(target=self._worker, args=(n,), daemon=True) for n in range(self.concurrency)]
        for thread in self._threads:
            thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=self.timeout + 5)

    def failures(self, since: float = 0.0, until: float = float("inf")) -> list[Sample]:
        """Failed requests that ended within [since, until) (time.monotonic())."""
        return [s for s in self.samples if not s.ok and since <= s.started + s.seconds < until]


def _shows(status: int, body: bytes, title: str, older: set[str]) -> bool:
    """The page answers and shows `title` or a later version, not one published before it (the editor may
    already have published again by the time the check runs)."""
    match = TITLE.search(body.decode(errors="replace"))
    if status != 200 or match is None:
        return False
    shown = html.unescape(match.group(1))
    return title in shown or not any(old in shown for old in older)


def stale_titles(servers: list[str], event: dict, older: dict[str, set[str]] | None = None) -> list[str]:
    """Which server/language pairs still serve a version from before the editor's publish (`older` holds the
    titles published earlier, per language)."""
    older = older or {}
    stale = []
    for server in servers:
        for language, path in event["paths"].items():
            title, before = event["titles"][language], older.get(language, set())
            try:
                status, body = fetch(server, path)
            except NO_ANSWER as error:
                stale.append(f"{server}{path}: no answer ({error})")
                continue
            if not _shows(status, body, title, before):
                # Still stale two seconds later means a stored copy outlived the publish, not a race.
                time.sleep(2)
                try:
                    later = "fresh" if _shows(*fetch(server, path), title, before) else "still stale"
                except NO_ANSWER as error:
                    later = f"no answer ({error})"
                match = TITLE.search(body.decode(errors="replace"))
                found = match.group(1).strip() if match else "no <title>"
                stale.append(f"{server}{path}: {status} {found!r}, expected {title!r}; 2 s later {later}")
    return stale


@dataclass
class Editor:
    """`bench.editor` in its own process; each publish is checked on every server as soon as it is reported."""

    env: dict[str, str]
    servers: list[str]
    duration: float
    interval: float = 2.0
    publishes: list[dict] = field(default_factory=list)
    checks: int = 0
    stale: list[str] = field(default_factory=list)
    process: subprocess.Popen | None = None
    _thread: threading.Thread | None = None

    def start(self) -> Editor:
        command = [str(VENV_BIN / "python"), "-m", "bench.editor", "--duration", str(self.duration), "--interval",
                   str(self.interval)]  # fmt: skip
        self.process = subprocess.Popen(command, cwd=BASE_DIR, env=self.env, stdout=subprocess.PIPE, text=True)
        self._thread = threading.Thread(target=self._follow, daemon=True)
        self._thread.start()
        return self

    def _follow(self) -> None:
        for line in self.process.stdout:
            event = json.loads(line)
            self.publishes.append(event)
            self.checks += len(self.servers) * len(event["paths"])
            older = {language: {e["titles"][language] for e in self.publishes[:-1]} for language in event["titles"]}
            self.stale.extend(stale_titles(self.servers, event, older))

    def wait(self) -> int:
        try:
            code = self.process.wait(timeout=self.duration + 120)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait()
        self._thread.join(timeout=60)
        return code


def percentile(values: list[float], fraction: float) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=1000, method="inclusive")[round(fraction * 1000) - 1]


def summary(traffic: Traffic, editor: Editor | None, seconds: float) -> dict:
    latencies = [s.seconds for s in traffic.samples]
    failures = traffic.failures()
    result = {
        "servers": len(traffic.servers),
        "concurrency": traffic.concurrency,
        "duration_s": round(seconds, 1),
        "distinct_paths": len(traffic.paths),
        "requests": len(traffic.samples),
        "errors": len(failures),
        "error_examples": [f"{s.status} {s.server}{s.path}" for s in failures[:10]],
        "statuses": dict(Counter(s.status for s in traffic.samples)),
        "requests_per_s": round(len(traffic.samples) / seconds, 1) if seconds else 0,
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "max_ms": round(max(latencies, default=0) * 1000, 1),
    }
    if editor is not None:
        publish_times = [event["publish_seconds"] for event in editor.publishes]
        result.update(
            publishes=len(editor.publishes),
            publish_p50_ms=round(percentile(publish_times, 0.5) * 1000, 1) if publish_times else None,
            stale_checks=editor.checks,
            stale=len(editor.stale),
            stale_examples=editor.stale[:5],
        )
    return result


def run(servers: list[str], editor_env: dict[str, str] | None, *, duration: float, concurrency: int,
        interval: float = 2.0) -> dict:  # fmt: skip
    """Traffic for `duration` seconds, with the editor publishing meanwhile when editor_env is given."""
    paths = discover_paths(servers[0])
    traffic = Traffic(servers, paths, concurrency=concurrency)
    editor = Editor(editor_env, servers, duration, interval) if editor_env else None
    started = time.monotonic()
    traffic.start()
    if editor:
        editor.start()
    time.sleep(duration)
    traffic.stop()
    seconds = time.monotonic() - started
    if editor and editor.wait() != 0:
        raise RuntimeError("bench.editor failed")
    return summary(traffic, editor, seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=300)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between the editor's publishes")
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/portal_ops_load")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/4")
    parser.add_argument("--ports", default="8201,8202", help="one gunicorn app server per port")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per app server")
    parser.add_argument("--setup", action="store_true", help="recreate the database and load the demo content")
    parser.add_argument("--output", type=Path, help="also write the JSON summary here")
    parser.add_argument("--proxy", type=int, default=0, metavar="PORT",
                        help="put Varnish (deploy/varnish/portal.vcl) on this port in front of the app servers "
                             "and send all traffic and stale checks through it")  # fmt: skip
    args = parser.parse_args()

    static_root = tempfile.mkdtemp(prefix="portal-load-static-")
    ports = [int(port) for port in args.ports.split(",")]
    proxy_env = {}
    if args.proxy:
        # Visitors' addresses arrive as a TLS terminator would send them (X-Forwarded-For), then Varnish appends
        # its own client's: two hops. Publishes purge the proxy.
        proxy_env = {
            "TRUSTED_PROXY_HOPS": "2",
            "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{args.proxy}",
            "PAGE_CACHE_HOSTS": ",".join(f"127.0.0.1:{port}" for port in (args.proxy, *ports)),
        }
    env = production_env(database_url=args.database_url, redis_url=args.redis_url, STATIC_ROOT=static_root,
                         DB_CONN_MAX_AGE="60", **proxy_env)  # fmt: skip
    if args.setup:
        database = urllib.parse.urlsplit(args.database_url)
        admin_url = args.database_url.rsplit("/", 1)[0] + "/postgres"
        for statement in (f'DROP DATABASE IF EXISTS "{database.path[1:]}" WITH (FORCE)',
                          f'CREATE DATABASE "{database.path[1:]}"'):  # fmt: skip
            subprocess.run(["psql", admin_url, "-q", "-c", statement], check=True)
        setup_env = {key: value for key, value in env.items() if key != "FRONTEND_CACHE_PURGE_URL"}  # no proxy yet
        manage(setup_env, "migrate", "--noinput", "-v0")
        manage(setup_env, "load_demo_content")
    manage(env, "collectstatic", "--noinput", "-v0")
    subprocess.run(["redis-cli", "-u", args.redis_url, "flushdb"], check=True, stdout=subprocess.DEVNULL)
    log_dir = Path(tempfile.mkdtemp(prefix="portal-load-logs-"))
    servers = [ProductionServer(port, env, workers=args.workers, log_path=log_dir / f"{port}.log") for port in ports]
    varnish = ThrowawayVarnish(args.proxy, [("127.0.0.1", port) for port in ports]) if args.proxy else None
    try:
        for server in servers:
            server.start()
        targets = [s.url for s in servers]
        if varnish is not None:
            varnish.start()
            varnish.wait_backends(healthy=True)
            targets = [varnish.url]
        result = run(targets, env, duration=args.duration, concurrency=args.concurrency,
                     interval=args.interval)  # fmt: skip
        result["proxy"] = bool(varnish)
    finally:
        if varnish is not None:
            varnish.destroy()
        for server in servers:
            server.stop()
    result["logs"] = str(log_dir)
    text = json.dumps(result, indent=2)
    print(text)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text + "\n")
    sys.exit(0 if result["errors"] == 0 and result["stale"] == 0 else 1)


if __name__ == "__main__":
    os.chdir(BASE_DIR)
    main()
