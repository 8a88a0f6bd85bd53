"""Backups of the database and the uploaded media, and restoring them (`manage.py backup` / `restore`,
`make backup` / `make restore BACKUP=...`).

A backup is one folder, `<root>/<UTC timestamp>/`, holding
- `database.dump` (PostgreSQL: `pg_dump` custom format) or `database.sqlite3` (SQLite: the online backup API,
  a consistent copy even while the site is serving),
- `media.tar.gz`, the whole MEDIA_ROOT, when media are files on this machine; media in an S3 bucket are not
  copied (use the bucket's versioning or a bucket-to-bucket sync, see docs/deployment.md),
- `manifest.json`: when, which database engine, what is inside.

Restoring replaces the database's content and MEDIA_ROOT with the backup's, and empties the cache.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection

DATABASE_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}


class BackupError(Exception):
    """Something a person has to fix (wrong folder, missing tool, other database engine)."""


def _engine() -> str:
    vendor = connection.vendor
    if vendor not in DATABASE_FILES:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {vendor}.")
    return vendor


def _pg_command(tool: str) -> tuple[list[str], dict[str, str]]:
    """`pg_dump`/`pg_restore` with the connection settings of the default database (password via PGPASSWORD)."""
    db = settings.DATABASES["default"]
    command = [tool, "--no-owner", "--no-privileges", "--dbname", db["NAME"]]
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            command += [option, str(db[key])]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return command, env


def _check_pg_tool(tool: str) -> None:
    """pg_dump cannot dump a server newer than itself; say so plainly instead of failing half-way."""
    if shutil.which(tool) is None:
        raise BackupError(f"{tool} is missing: install the PostgreSQL client (apt-get install postgresql-client).")
    output = subprocess.run([tool, "--version"], capture_output=True, text=True, check=True).stdout  # noqa: S603
    tool_major = int(re.search(r"\)\s*(\d+)", output).group(1))  # "pg_dump (PostgreSQL) 15.20 (Debian …)"
    connection.ensure_connection()
    server_major = connection.pg_version // 10000
    if tool_major < server_major:
        raise BackupError(f"{tool} {tool_major} is older than the PostgreSQL {server_major} server: upgrade it.")


def _media_on_disk() -> bool:
    return isinstance(default_storage, FileSystemStorage)


def backup(root: Path) -> Path:
    """Write a new backup folder under `root` and return it."""
    engine = _engine()
    folder = Path(root) / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder.mkdir(parents=True, exist_ok=False)
    database_file = folder / DATABASE_FILES[engine]
    if engine == "postgresql":
        _check_pg_tool("pg_dump")
        command, env = _pg_command("pg_dump")
        # No shell, and every argument comes from settings: nothing a visitor controls.
        subprocess.run([*command, "--format", "custom", "--file", str(database_file)], env=env, check=True)  # noqa: S603
    else:
        source = sqlite3.connect(settings.DATABASES["default"]["NAME"])
        target = sqlite3.connect(database_file)
        with target:
            source.backup(target)
        source.close()
        target.close()
    manifest = {
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "database_engine": engine,
        "database_file": database_file.name,
        "media_file": None,
        "media_note": "",
    }
    if _media_on_disk():
        media_root = Path(settings.MEDIA_ROOT)
        with tarfile.open(folder / "media.tar.gz", "w:gz") as archive:
            if media_root.exists():
                archive.add(media_root, arcname=".")
        manifest["media_file"] = "media.tar.gz"
    else:
        manifest["media_note"] = "Media are in object storage: restore them from the bucket's versions or copy."
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return folder


def read_manifest(folder: Path) -> dict:
    path = Path(folder) / "manifest.json"
    if not path.is_file():
        raise BackupError(f"{folder} is not a backup folder (no manifest.json).")
    return json.loads(path.read_text())


def restore(folder: Path) -> dict:
    """Replace the database's content (and MEDIA_ROOT, when the backup has media) with the backup's."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    engine = _engine()
    if manifest["database_engine"] != engine:
        raise BackupError(f"The backup is of a {manifest['database_engine']} database; this site uses {engine}.")
    database_file = folder / manifest["database_file"]
    if engine == "postgresql":
        _check_pg_tool("pg_restore")
        connection.close()
        command, env = _pg_command("pg_restore")
        subprocess.run(  # noqa: S603
            [*command, "--clean", "--if-exists", "--single-transaction", "--exit-on-error", str(database_file)],
            env=env,
            check=True,
        )
    else:
        connection.close()
        source = sqlite3.connect(database_file)
        target = sqlite3.connect(settings.DATABASES["default"]["NAME"])
        with target:
            source.backup(target)
        source.close()
        target.close()
    if manifest.get("media_file"):
        _restore_media(folder / manifest["media_file"], Path(settings.MEDIA_ROOT))
    # Stored pages and fragments describe the content before the restore; no publish signal tells the cache.
    cache.clear()
    return manifest


def _restore_media(archive_path: Path, media_root: Path) -> None:
    """Unpack beside MEDIA_ROOT first, then swap, so a failed unpack leaves the current media untouched."""
    media_root.parent.mkdir(parents=True, exist_ok=True)
    unpacked = Path(tempfile.mkdtemp(prefix=".media-restore-", dir=media_root.parent))
    unpacked.chmod(0o755)  # mkdtemp's 0700 would hide the media from a web server running as another user
    with tarfile.open(archive_path, "r:gz") as archive:
        archive.extractall(unpacked, filter="data")
    if media_root.exists():
        old = media_root.with_name(media_root.name + ".before-restore")
        shutil.rmtree(old, ignore_errors=True)
        media_root.rename(old)
        unpacked.rename(media_root)
        shutil.rmtree(old, ignore_errors=True)
    else:
        unpacked.rename(media_root)
