"""Anonymous pages through the caching proxy (Varnish with deploy/varnish/portal.vcl), side by side with the very
same home-page bytes served as a static file, by nginx and by Varnish: the ceilings no cached page can beat.

    python -m bench.proxy [--skip-setup] [--seconds 3]     (or `make bench-proxy`; needs what `make bench` needs,
                                                             plus Debian's varnish and nginx-light)

Builds (or with --skip-setup reuses) the `portal_bench` database of bench.run, starts two gunicorn app servers
(production settings, Redis, purges to the proxy) on 8105/8106, Varnish on 8290 in front of them, nginx on 8294
serving the home page's HTML from a file, and a second Varnish on 8292 (same parameters, a VCL that only caches)
in front of that nginx; then `wrk` at 8 and 32 connections on every page type through the proxy and, in
alternating rounds, the proxy's home page against the two static files. The second Varnish shows what Varnish
itself costs on this machine (one thread per connection, against nginx's two event loops), apart from what the
portal's VCL and headers cost. Target: ≥ 80% of the static rate at 8 and 32 connections, p99 under 5 ms at 32.
Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.run import (
    DATABASE,
    POSTGRES,
    REDIS_URL,
    WORK_DIR,
    WRK_SCRIPT,
    fetch,
    flush_redis,
    fresh_database,
    page_urls,
    wrk,
)
from bench.server import ProductionServer, manage, production_env
from bench.services import ThrowawayVarnish, wait_for_port

APP_PORTS = (8105, 8106)
VARNISH_PORT = 8290
NGINX_PORT = 8294
STATIC_VARNISH_PORT = 8292
ROUNDS = 5
BASELINES = {"static": "nginx", "varnish_static": "Varnish"}  # the round's key -> who serves the file

NGINX_CONF = """
worker_processes 2;
pid {root}/nginx.pid;
error_log {root}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {root}/body; proxy_temp_path {root}/proxy; fastcgi_temp_path {root}/fastcgi;
    uwsgi_temp_path {root}/uwsgi; scgi_temp_path {root}/scgi;
    server {{
        listen 127.0.0.1:{port};
        root {root}/www;
        location = /home.html {{ default_type "text/html; charset=utf-8"; gzip_static on; }}
    }}
}}
"""


# Varnish in front of nginx's file, caching it as it comes (gzip: Varnish asks nginx for home.html.gz).
STATIC_VARNISH_VCL = """vcl 4.1;
backend nginx {{ .host = "127.0.0.1"; .port = "{port}"; }}
sub vcl_backend_response {{ set beresp.ttl = 1h; }}
"""


def measure(url: str, seconds: int, script: Path) -> dict:
    for _ in range(3):
        fetch(url)
    # As browsers ask: both sides answer gzip (Varnish stores it compressed, nginx has home.html.gz).
    return {f"c{c}": wrk(url, c, seconds, script, headers=("Accept-Encoding: gzip",)) for c in (8, 32)}


def row(name: str, result: dict) -> str:
    cells = [f"{name:<26}"]
    for level in ("c8", "c32"):
        r = result[level]
        cells.append(f"{r['p50_ms']:>7.2f} {r['p99_ms']:>7.2f} {r['rps']:>9.1f}")
    failed = result["c8"]["failed"] + result["c32"]["failed"]
    return " | ".join(cells) + (f"  ({failed} failed)" if failed else "")


class Nginx:
    def __init__(self, port: int, html: bytes):
        self.root = Path(tempfile.mkdtemp(prefix="portal-nginx-"))
        (self.root / "www").mkdir()
        (self.root / "www" / "home.html").write_bytes(html)
        # Compressed beforehand, as whitenoise does for static files: what browsers (Accept-Encoding: gzip) get.
        (self.root / "www" / "home.html.gz").write_bytes(gzip.compress(html, 6))
        # nginx's workers run as their own user and must read the file.
        for path in (self.root, self.root / "www", *(self.root / "www").iterdir()):
            path.chmod(0o755)  # noqa: S103
        (self.root / "nginx.conf").write_text(NGINX_CONF.format(root=self.root, port=port))
        self.port = port
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Nginx:
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        command = [nginx, "-c", str(self.root / "nginx.conf"), "-g", "daemon off;"]
        self.process = subprocess.Popen(command)
        wait_for_port(self.port)
        return self

    def __exit__(self, *exc_info) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        shutil.rmtree(self.root, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=3)
    parser.add_argument("--skip-setup", action="store_true", help="reuse the portal_bench database")
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    started = time.monotonic()
    work = WORK_DIR
    work.mkdir(parents=True, exist_ok=True)
    env = production_env(
        database_url=f"{POSTGRES}/{DATABASE}",
        redis_url=REDIS_URL,
        STATIC_ROOT=str(work / "static"),
        MEDIA_ROOT=str(work / "media"),
        DB_CONN_MAX_AGE="60",
        LOG_LEVEL="WARNING",
        SEARCH_RATE="100000000",
        TRUSTED_PROXY_HOPS="1",
        FRONTEND_CACHE_PURGE_URL=f"http://127.0.0.1:{VARNISH_PORT}",
        PAGE_CACHE_HOSTS=",".join(f"127.0.0.1:{port}" for port in (VARNISH_PORT, *APP_PORTS)),
    )
    if not options.skip_setup:
        # No proxy runs yet: loading the demo content must not try to purge it.
        fresh_database({key: value for key, value in env.items() if key != "FRONTEND_CACHE_PURGE_URL"})
    flush_redis()
    manage(env, "collectstatic", "--noinput", "-v0")
    urls = page_urls(env)
    urls.pop("search", None)  # never cached: it measures the app, not the proxy
    script = work / "wrk-report.lua"
    script.write_text(WRK_SCRIPT)
    results: dict = {"proxy": {}}
    servers = [ProductionServer(port, env, log_path=work / f"proxy-app-{port}.log") for port in APP_PORTS]
    varnish = ThrowawayVarnish(VARNISH_PORT, [("127.0.0.1", port) for port in APP_PORTS], memory="256m")
    try:
        for server in servers:
            server.start()
        varnish.start()
        varnish.wait_backends(healthy=True)
        home_html, headers = fetch(varnish.url + urls["HomePage"])
        static_varnish = ThrowawayVarnish(STATIC_VARNISH_PORT, [], vcl=STATIC_VARNISH_VCL.format(port=NGINX_PORT))
        with Nginx(NGINX_PORT, home_html), static_varnish:
            static_url = f"http://127.0.0.1:{NGINX_PORT}/home.html"
            varnish_static_url = static_varnish.url + "/home.html"
            assert fetch(static_url)[0] == home_html == fetch(varnish_static_url)[0]
            for name, path in urls.items():
                results["proxy"][name] = measure(varnish.url + path, options.seconds, script)
                print(row(name, results["proxy"][name]), flush=True)
            rounds = []
            for _ in range(ROUNDS + 1):
                rounds.append({"static": measure(static_url, options.seconds, script),
                               "varnish_static": measure(varnish_static_url, options.seconds, script),
                               "proxy": measure(varnish.url + urls["HomePage"], options.seconds, script)})  # fmt: skip
            rounds = rounds[1:]
        _body, headers = fetch(varnish.url + urls["HomePage"])
        results["home_headers"] = {k: headers.get(k, "") for k in ("X-Cache", "Age", "Cache-Control")}
    finally:
        varnish.destroy()
        for server in servers:
            server.stop()
    results["rounds"] = rounds
    ratios = {
        baseline: {
            level: statistics.median(r["proxy"][level]["rps"] / r[baseline][level]["rps"] for r in rounds)
            for level in ("c8", "c32")
        }
        for baseline in BASELINES
    }
    results["proxy_to_static"] = ratios
    header = f"{'page type':<26} | {'c8: p50 ms  p99 ms     req/s':<26} | {'c32: p50 ms  p99 ms     req/s':<26}"
    print("\nTHROUGH VARNISH (2 app servers × 2 gunicorn workers behind it; anonymous, warmed)")
    print(header)
    for name in urls:
        print(row(name, results["proxy"][name]))
    print(f"\nSIDE BY SIDE, {ROUNDS} alternating rounds (the last shown)")
    print(header)
    for baseline, label in BASELINES.items():
        print(row(f"{label}: home.html file", rounds[-1][baseline]))
    print(row("varnish: home page", rounds[-1]["proxy"]))
    for baseline, label in BASELINES.items():
        for level in ("c8", "c32"):
            each = ", ".join(f"{r['proxy'][level]['rps'] / r[baseline][level]['rps']:.0%}" for r in rounds)
            print(f"Home page / {label}'s file at {level}, round by round: {each}")
    p99 = statistics.median(r["proxy"]["c32"]["p99_ms"] for r in rounds)
    print()
    for baseline, label in BASELINES.items():
        print(f"Home page through Varnish / {label} serving it as a file, median of rounds: "
              f"c8 {ratios[baseline]['c8']:.0%}, c32 {ratios[baseline]['c32']:.0%} (target ≥ 80%)")  # fmt: skip
    print(f"p99 at c32 through Varnish {p99:.2f} ms (target < 5 ms)")
    print(f"Home page headers through the proxy: {results['home_headers']}")
    print(f"Took {time.monotonic() - started:.0f} s")
    if options.json:
        options.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
