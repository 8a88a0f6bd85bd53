"""Servers for the operations tests: a PostgreSQL cluster and a Redis of their own (so they may be stopped and
restarted), gunicorn app servers with production settings, all on 127.0.0.1 whatever the suite's DATABASE_URL.

One database is migrated and filled once per session (the news tree of tests/news/conftest.py plus an editor
account); each test gets its own copy of it (CREATE DATABASE … TEMPLATE) and an empty Redis.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis

from bench.server import BASE_DIR, VENV_BIN, manage, production_env
from bench.services import ThrowawayPostgres, ThrowawayRedis

PG_PORT = 5499
REDIS_PORT = 6390
SERVER_PORTS = (8210, 8211)
EDITOR = ("urednica", "correct horse battery staple")
TEMPLATE_DB = "portal_ops_template"

SEED = f"""
from django.contrib.auth import get_user_model
from tests.news.conftest import build_news_tree
build_news_tree()
get_user_model().objects.create_superuser({EDITOR[0]!r}, "urednica@example.org", {EDITOR[1]!r})
"""


def django_python(env: dict[str, str], code: str, timeout: float = 120) -> str:
    """Run Python with Django set up in `env` (as a deployed process would) and return what it prints."""
    script = "import django\ndjango.setup()\n" + code
    result = subprocess.run(
        [str(VENV_BIN / "python"), "-c", script],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise AssertionError(f"Python in the deployment failed:\n{result.stderr[-3000:]}")
    return result.stdout


def collected_static(env: dict[str, str]) -> tuple[str, subprocess.Popen | None]:
    """STATIC_ROOT for production settings (hashed and compressed files, ~40 s to build): kept in var/ between
    runs, under a digest of every source file, and built in the background while the database migrates."""
    from django.contrib.staticfiles.finders import get_finders

    digest = hashlib.sha256()
    for finder in get_finders():
        for path, storage in finder.list(["CVS", ".*", "*~"]):
            stat = os.stat(storage.path(path))
            digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    static_root = BASE_DIR / "var" / "ops-static" / digest.hexdigest()[:16]
    if (static_root / "staticfiles.json").is_file():
        return str(static_root), None
    partial = Path(f"{static_root}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.parent.mkdir(parents=True, exist_ok=True)
    command = [str(VENV_BIN / "python"), "manage.py", "collectstatic", "--noinput", "-v0"]
    process = subprocess.Popen(command, cwd=BASE_DIR, env={**env, "STATIC_ROOT": str(partial)})
    return str(static_root), process


@dataclass
class OpsServices:
    postgres: ThrowawayPostgres
    redis: ThrowawayRedis
    static_root: str


@pytest.fixture(scope="session")
def ops_services():
    postgres = ThrowawayPostgres(PG_PORT).init()
    redis_server = ThrowawayRedis(REDIS_PORT)
    try:
        postgres.start()
        redis_server.start()
        media_root = tempfile.mkdtemp(prefix="portal-ops-media-")
        env = production_env(database_url=postgres.create_database(TEMPLATE_DB), MEDIA_ROOT=media_root)
        static_root, collecting = collected_static(env)
        manage(env, "migrate", "--noinput", "-v0")
        django_python(env, SEED)
        if collecting is not None:
            assert collecting.wait(timeout=300) == 0, "collectstatic failed"
            Path(f"{static_root}.partial").rename(static_root)
        yield OpsServices(postgres, redis_server, static_root)
    finally:
        redis_server.destroy()
        postgres.destroy()


@pytest.fixture
def deployment(ops_services, tmp_path) -> Callable[..., dict[str, str]]:
    """make(name, **extra_env): a fresh copy of the seeded database and an empty Redis; the production
    environment for app servers, workers and the editor to share."""

    def make(name: str, **extra: str) -> dict[str, str]:
        database_url = ops_services.postgres.create_database(f"portal_ops_{name}", template=TEMPLATE_DB)
        redis_url = ops_services.redis.url(0)
        redis.Redis.from_url(redis_url).flushdb()
        media = Path(tmp_path) / "media"
        media.mkdir(exist_ok=True)
        return production_env(
            database_url=database_url,
            redis_url=redis_url,
            STATIC_ROOT=ops_services.static_root,
            MEDIA_ROOT=str(media),
            DB_CONN_MAX_AGE="60",
            **extra,
        )

    return make
