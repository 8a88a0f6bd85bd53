"""Migrated databases for the tests, built once per state of the migrations (migrating takes ~20 s) and copied.

A state is a digest of every migration of the portal and of the pinned requirements (which pin the libraries'
migrations), for one settings module. The first process that needs a state migrates; any other waits for it.
The portal's own modules that migrations import (home.roles, for the editors' groups) are part of the state.
"""

from __future__ import annotations

import ast
import contextlib
import fcntl
import hashlib
import os
import shutil
import urllib.parse
from pathlib import Path

from bench.server import BASE_DIR, manage

TEMPLATE_PREFIX = "portal_test_template_"


def migration_state_files() -> list[Path]:
    """Every migration, and the portal's modules that they import (`from home.roles import …`, `from home import
    roles`): an imported name is a module of the checkout when its file is here."""
    migrations = sorted(BASE_DIR.glob("*/migrations/*.py"))
    imported = set()
    for path in migrations:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            else:
                continue
            for module in modules:
                base = BASE_DIR.joinpath(*module.split("."))
                imported |= {file for file in (base.with_suffix(".py"), base / "__init__.py") if file.is_file()}
    return [*migrations, *sorted(imported)]


def migrations_digest(settings_module: str) -> str:
    digest = hashlib.sha256(f"{settings_module};".encode())
    digest.update((BASE_DIR / "requirements.txt").read_bytes())
    for path in migration_state_files():
        digest.update(f"{path.relative_to(BASE_DIR)}:".encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def postgres_template(database_url: str, settings_module: str) -> str:
    """The name of a migrated database on `database_url`'s PostgreSQL server, for Django's TEST["TEMPLATE"]: each
    worker's test database is a copy of it, and its own `migrate` finds nothing left to do. An advisory lock
    makes the first worker build it while the others wait; older states' templates are dropped then."""
    import psycopg
    from psycopg import sql

    name = TEMPLATE_PREFIX + migrations_digest(settings_module)
    server = urllib.parse.urlsplit(database_url)
    with psycopg.connect(server._replace(path="/postgres").geturl(), autocommit=True) as connection:
        connection.execute("SELECT pg_advisory_lock(hashtext(%s))", [TEMPLATE_PREFIX])
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return name
        partial = sql.Identifier(f"{name}_partial")
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(partial))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(partial))
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": settings_module,
            "DATABASE_URL": server._replace(path=f"/{name}_partial").geturl(),
        }
        manage(env, "migrate", "--noinput", "-v0")
        connection.execute(sql.SQL("ALTER DATABASE {} RENAME TO {}").format(partial, sql.Identifier(name)))
        older = connection.execute(
            "SELECT datname FROM pg_database WHERE starts_with(datname, %s) AND datname <> %s", [TEMPLATE_PREFIX, name]
        ).fetchall()
        for (old,) in older:
            # In use: another checkout is copying it right now; a later build drops it.
            with contextlib.suppress(psycopg.errors.ObjectInUse):
                connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(old)))
    return name


def migrated_sqlite(env: dict[str, str], database: Path) -> None:
    """A freshly migrated SQLite database at `database`, for `env`'s settings: a copy of one kept in var/."""
    cached = BASE_DIR / "var" / "ops-sqlite" / f"{migrations_digest(env['DJANGO_SETTINGS_MODULE'])}.sqlite3"
    cached.parent.mkdir(parents=True, exist_ok=True)
    with open(cached.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not cached.is_file():
            partial = cached.with_suffix(".partial")
            partial.unlink(missing_ok=True)
            manage({**env, "DATABASE_URL": f"sqlite:///{partial}"}, "migrate", "--noinput", "-v0")
            partial.rename(cached)
    shutil.copyfile(cached, database)
