"""Redis stopped and PostgreSQL restarted under traffic: the site keeps answering and recovers on its own.

Both services are the test's own (tests/ops/conftest.py), so stopping them disturbs nothing else. Figures are
printed (pytest -s) for the operations note.
"""

import json
import time

import pytest
import redis

from bench.load import Traffic, discover_paths, fetch
from bench.server import ProductionServer

from .client import sign_up
from .conftest import SERVER_PORTS

pytestmark = pytest.mark.ops


def test_with_redis_stopped_the_site_answers_uncached_and_uses_redis_again_when_it_is_back(
    deployment, ops_services, tmp_path
):
    env = deployment("redis_fault")
    with ProductionServer(SERVER_PORTS[0], env, log_path=tmp_path / "gunicorn.log") as server:
        traffic = Traffic([server.url], discover_paths(server.url), concurrency=8).start()
        try:
            time.sleep(3)
            ops_services.redis.stop()
            stopped = time.monotonic()
            time.sleep(2)
            # Forms that count in Redis (rate limit) still work without it.
            signup_during_outage = sign_up(server.url, "outage@example.org", "203.0.113.20")
            time.sleep(4)
            ops_services.redis.start()
            started = time.monotonic()
            time.sleep(4)
            signup_after = sign_up(server.url, "after@example.org", "203.0.113.21")
        finally:
            traffic.stop()
    keys_after = redis.Redis.from_url(ops_services.redis.url(0)).dbsize()
    during = [s for s in traffic.samples if stopped <= s.started + s.seconds < started]
    figures = {
        "requests": len(traffic.samples),
        "requests_while_redis_down": len(during),
        "failed": len(traffic.failures()),
        "failed_while_redis_down": len(traffic.failures(stopped, started)),
        "p95_ms_while_redis_down": round(sorted(s.seconds for s in during)[int(len(during) * 0.95)] * 1000, 1),
        "redis_keys_after_recovery": keys_after,
    }
    print("redis outage:", json.dumps(figures))
    assert len(during) >= 20
    assert traffic.failures() == []
    assert signup_during_outage.status == 200 and signup_after.status == 200
    assert keys_after > 0, "the servers store in Redis again without being restarted"


def test_a_postgresql_restart_under_traffic_recovers_without_restarting_gunicorn(deployment, ops_services, tmp_path):
    env = deployment("pg_fault")
    with ProductionServer(SERVER_PORTS[0], env, log_path=tmp_path / "gunicorn.log") as server:
        traffic = Traffic([server.url], discover_paths(server.url), concurrency=8).start()
        try:
            time.sleep(3)
            restart_began = time.monotonic()
            ops_services.postgres.restart()
            restart_ended = time.monotonic()
            time.sleep(6)
            recovered_from = time.monotonic() - 3  # the last 3 seconds must be clean
            time.sleep(3)
        finally:
            traffic.stop()
        healthz_after = fetch(server.url, "/healthz")[0]
        still_running = server.process.poll() is None

        # With the database down, the health check says so (load balancers take the server out)…
        ops_services.postgres.stop()
        try:
            healthz_down, body_down = fetch(server.url, "/healthz")
            page_status_down = fetch(server.url, "/sl/o-projektu/")[0]
        finally:
            ops_services.postgres.start()
        # …and reports healthy again on its own once the database is back.
        deadline = time.monotonic() + 20
        while fetch(server.url, "/healthz")[0] != 200 and time.monotonic() < deadline:
            time.sleep(0.2)
        healthz_back = fetch(server.url, "/healthz")[0]

    failed_during = traffic.failures(restart_began, recovered_from)
    figures = {
        "requests": len(traffic.samples),
        "restart_seconds": round(restart_ended - restart_began, 2),
        "failed_around_restart": len(failed_during),
        "failed_statuses": sorted({s.status for s in failed_during}),
        "failed_after_recovery": len(traffic.failures(recovered_from)),
        "healthz_while_down": healthz_down,
        "page_status_while_down": page_status_down,
    }
    print("postgresql restart:", json.dumps(figures))
    assert still_running, "gunicorn was not restarted"
    assert healthz_after == 200
    assert traffic.failures(recovered_from) == [], "the site recovered on its own"
    assert traffic.failures(0, restart_began) == []
    assert len(traffic.samples) > 50
    assert healthz_down == 503 and b'"database": "unavailable"' in body_down
    assert page_status_down in (200, 503)  # a stored copy, or the localized "not available" page: never a 500
    assert healthz_back == 200
