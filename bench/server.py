"""The portal as production runs it — gunicorn, `portal.settings.production`, DEBUG off — on 127.0.0.1.

Used by the benchmarks in this folder and by the load, fault and scale-out tests (tests/ops/). Only
loopback addresses are ever served or requested.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.services import terminate

BASE_DIR = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent


def production_env(*, database_url: str, redis_url: str = "", **extra: str) -> dict[str, str]:
    """Environment for production settings on this machine: plain HTTP on loopback, no TLS redirect."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "PYTEST_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        PUBLIC_BASE_URL="http://127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        DATABASE_URL=database_url,
        PYTHONUNBUFFERED="1",
        # These servers stand for app servers behind one proxy: the load generator and the tests play it,
        # sending each visitor's address in X-Forwarded-For.
        TRUSTED_PROXY_HOPS="1",
        # Each server listens on a port of its own; pages are stored for every one of them.
        PAGE_CACHE_HOSTS="127.0.0.1:*,localhost:*",
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    env.update(extra)
    return env


def manage(env: dict[str, str], *args: str) -> None:
    """Run a management command with the given environment (migrate, collectstatic, demo content…)."""
    subprocess.run([str(VENV_BIN / "python"), "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


class ProductionServer:
    """A gunicorn process serving the portal on 127.0.0.1:<port>; use as a context manager."""

    def __init__(
        self,
        port: int,
        env: dict[str, str],
        *,
        workers: int = 2,
        log_path: Path | None = None,
        app: str = "portal.wsgi",
    ):
        self.app = app
        self.port = port
        self.env = env
        self.workers = workers
        self.log_path = log_path
        self.process: subprocess.Popen | None = None
        self._log = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> ProductionServer:
        command = [
            str(VENV_BIN / "gunicorn"),
            self.app,
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            "--access-logfile",
            "-" if self.log_path else "/dev/null",
            "--graceful-timeout",
            "5",
        ]
        self._log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(command, cwd=BASE_DIR, env=self.env, stdout=self._log, stderr=self._log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn on port {self.port} exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn on port {self.port} did not answer /healthz within {timeout} s")

    def stop(self) -> None:
        terminate(self.process)
        if self._log not in (None, subprocess.DEVNULL):
            self._log.close()
        self.process = None

    def __enter__(self) -> ProductionServer:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()
