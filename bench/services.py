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


def terminate(process: subprocess.Popen | None, timeout: float = 15) -> None:
    """Stop a server process we started: politely, then for good if it does not go within `timeout` seconds."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


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


VARNISH_VCL_DIR = Path(__file__).resolve().parent.parent / "deploy" / "varnish"


def varnish_backends_vcl(backends: list[tuple[str, int]], purgers: list[str], host_header: str = "127.0.0.1") -> str:
    """The deployment's part of deploy/varnish/portal.vcl (see backends.vcl.example) for these app servers."""
    lines = []
    for number, (host, port) in enumerate(backends, 1):
        lines.append(
            f'backend app{number} {{ .host = "{host}"; .port = "{port}"; .host_header = "{host_header}"; '
            ".probe = portal_healthz; .connect_timeout = 1s; .first_byte_timeout = 30s; }"
        )
    adds = "".join(f"    portal.add_backend(app{number});\n" for number in range(1, len(backends) + 1))
    lines.append(f"sub vcl_init {{\n    new portal = directors.round_robin();\n{adds}}}")
    lines.append("acl purgers {\n" + "".join(f'    "{address}";\n' for address in purgers) + "}")
    return "\n".join(lines) + "\n"


# The runtime parameters docs/deployment.md §6 gives for production. vsl_mask keeps headers (Cookie,
# X-Forwarded-For), URLs and client addresses out of Varnish's in-memory log, so `varnishlog` cannot show anything
# personal; it also spares the workers writing ~30 log records per request. One thread pool suits a host with one
# or two cores (Varnish's default is two).
VARNISH_VSL_MASKED = (
    "ReqStart", "ReqMethod", "ReqURL", "ReqProtocol", "ReqHeader", "ReqUnset", "ReqAcct",
    "RespProtocol", "RespStatus", "RespReason", "RespHeader", "RespUnset",
    "BereqURL", "BereqHeader", "BerespHeader",
    "VCL_call", "VCL_return", "VCL_use", "Timestamp", "Link", "Hit", "Storage",
)  # fmt: skip
VARNISH_PARAMS = {"thread_pools": "1", "vsl_mask": ",".join(f"-{tag}" for tag in VARNISH_VSL_MASKED)}


class ThrowawayVarnish:
    """varnishd with the repository's VCL (deploy/varnish/portal.vcl) on 127.0.0.1:<port>, in memory, in a
    temporary directory of its own; the admin interface listens on 127.0.0.1:<port + 1>. `vcl` (a whole VCL's
    text) replaces the repository's: bench.proxy's Varnish serving a static file."""

    def __init__(self, port: int, backends: list[tuple[str, int]], *, purgers: list[str] | None = None,
                 memory: str = "64m", vcl: str | None = None):  # fmt: skip
        self.port = port
        self.admin_port = port + 1
        self.root = Path(tempfile.mkdtemp(prefix=f"portal-varnish-{port}-"))
        self.memory = memory
        if vcl is None:
            self.vcl = VARNISH_VCL_DIR / "portal.vcl"
            (self.root / "backends.vcl").write_text(varnish_backends_vcl(backends, purgers or ["127.0.0.1"]))
        else:
            self.vcl = self.root / "own.vcl"
            self.vcl.write_text(vcl)
        os.chmod(self.root, 0o755)  # noqa: S103 - varnishd reads its VCL as its own user
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30) -> ThrowawayVarnish:
        varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
        if not Path(varnishd).exists():
            raise RuntimeError("varnishd not found (apt-get install varnish)")
        command = [
            varnishd, "-F", "-n", str(self.root / "work"), "-a", f"127.0.0.1:{self.port}",
            "-T", f"127.0.0.1:{self.admin_port}", "-S", "none",
            "-p", f"vcl_path={self.root}:{VARNISH_VCL_DIR}", "-f", str(self.vcl),
            "-s", f"malloc,{self.memory}", "-p", "ban_lurker_sleep=0.01",
            *(arg for name, value in VARNISH_PARAMS.items() for arg in ("-p", f"{name}={value}")),
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command,
            stdout=open(self.root / "varnishd.log", "wb"),  # noqa: SIM115 - varnishd keeps it open
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for_port(self.port, timeout=timeout)
        except RuntimeError:
            self.stop()
            raise RuntimeError(f"varnishd did not start:\n{(self.root / 'varnishd.log').read_text()[-3000:]}") from None
        return self

    def admin(self, *command: str) -> str:
        """A varnishadm command (`backend.list`, `ban req.url ~ .`) and its answer."""
        return subprocess.run(
            ["varnishadm", "-T", f"127.0.0.1:{self.admin_port}", "-S", "none", *command],
            check=True, capture_output=True, text=True, timeout=10,
        ).stdout  # fmt: skip

    def wait_backends(self, healthy: bool, timeout: float = 15) -> None:
        """Wait until the health probe marks every backend healthy (or every one sick)."""
        deadline = time.monotonic() + timeout
        word = "healthy" if healthy else "sick"
        while time.monotonic() < deadline:
            rows = [line for line in self.admin("backend.list").splitlines()[1:] if line.strip()]
            if rows and all(word in line.lower() for line in rows):
                return
            time.sleep(0.2)
        raise RuntimeError(f"backends not all {word} within {timeout} s:\n{self.admin('backend.list')}")

    def stop(self) -> None:
        terminate(self.process)
        self.process = None

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> ThrowawayVarnish:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.destroy()
