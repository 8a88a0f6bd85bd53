"""Throw-away PostgreSQL and Redis servers on 127.0.0.1 for the fault and scale-out tests.

They live in a temporary directory and listen on their own ports, so stopping or restarting them disturbs
nothing else running on the machine (a shared PostgreSQL or Redis is never touched).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def _postgres_bin() -> Path:
    """The newest installed PostgreSQL server binaries (Debian keeps them out of PATH)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    if not found:
        raise RuntimeError("PostgreSQL server binaries not found (apt-get install postgresql)")
    return Path(found[-1]).parent


def wait_for_port(port: int, *, timeout: float = 30, up: bool = True) -> None:
    """Wait until 127.0.0.1:<port> accepts connections (or, with up=False, refuses them)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                if up:
                    return
        except OSError:
            if not up:
                return
        time.sleep(0.1)
    raise RuntimeError(f"127.0.0.1:{port} did not come {'up' if up else 'down'} within {timeout} s")


class ThrowawayPostgres:
    """A PostgreSQL cluster of its own (initdb in a temp dir), trust authentication for `postgres`."""

    def __init__(self, port: int):
        self.port = port
        self.bin = _postgres_bin()
        self.root = Path(tempfile.mkdtemp(prefix=f"portal-pg-{port}-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        # initdb and postgres refuse to run as root: run them as the postgres system user then.
        self._as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self._as_user:
            shutil.chown(self.root, "postgres")

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *command: str) -> None:
        subprocess.run([*self._as_user, *command], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def init(self) -> ThrowawayPostgres:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8")
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write(
                f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{self.root}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\n"
            )
        return self

    def start(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "start")

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def restart(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-m", "fast", "-w", "restart")

    def sql(self, statement: str, database: str = "postgres") -> None:
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", database, "-v",
             "ON_ERROR_STOP=1", "-q", "-c", statement],
            check=True,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip

    def create_database(self, name: str, *, template: str = "template1") -> str:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):  # not running
            self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


class ThrowawayRedis:
    """A redis-server of its own, in memory only (no persistence), that tests may stop and start."""

    def __init__(self, port: int):
        self.port = port
        self.root = Path(tempfile.mkdtemp(prefix=f"portal-redis-{port}-"))
        self.process: subprocess.Popen | None = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self) -> None:
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
                   "no", "--dir", str(self.root)]  # fmt: skip
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None
        wait_for_port(self.port, up=False)

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
