"""`manage.py backup` / `restore` (what `make backup` / `make restore` run): a round trip on SQLite and on
PostgreSQL. Content and an uploaded image are created, backed up, wiped (database and media), restored."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import redis

from bench.server import BASE_DIR, VENV_BIN, production_env
from tests.migrated import migrated_sqlite

from .conftest import TEMPLATE_DB, django_python

pytestmark = pytest.mark.ops

CREATE = """
import hashlib, json
from django.core.files.storage import default_storage
from tests.news.factories import ImageFactory
from tests.factories import StandardPageFactory
from home.models import HomePage
image = ImageFactory(title="Pred varnostno kopijo")
home = HomePage.objects.get(locale__language_code="sl")
page = StandardPageFactory(parent=home, title="Zapisnik sestanka", slug="zapisnik")
page.save_revision().publish()
with default_storage.open(image.file.name) as f:
    print(json.dumps({"image": image.file.name, "sha": hashlib.sha256(f.read()).hexdigest()}))
"""

CHECK = """
import hashlib, json
from django.core.files.storage import default_storage
from wagtail.models import Page
from home.models import PortalImage
image = PortalImage.objects.filter(title="Pred varnostno kopijo").first()
sha = None
if image is not None and default_storage.exists(image.file.name):
    with default_storage.open(image.file.name) as f:
        sha = hashlib.sha256(f.read()).hexdigest()
live = Page.objects.live().filter(slug="zapisnik").exists()
print(json.dumps({"page": live, "image": image.file.name if image else None, "sha": sha}))
"""


def run(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(VENV_BIN / "python"), "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def site(request, tmp_path):
    """(environment, wipe): a migrated site with content, and how to wipe its database."""
    media = tmp_path / "media"
    if request.param == "sqlite":
        database = tmp_path / "portal.sqlite3"
        env = production_env(database_url=f"sqlite:///{database}", MEDIA_ROOT=str(media))
        migrated_sqlite(env, database)
        django_python(env, "from tests.conftest import build_site_tree\nbuild_site_tree()")

        def wipe():
            database.unlink()

    else:
        services = request.getfixturevalue("ops_services")
        postgres = services.postgres
        url = postgres.create_database("portal_ops_backup", template=TEMPLATE_DB)
        env = production_env(database_url=url, redis_url=services.redis.url(1), MEDIA_ROOT=str(media))

        def wipe():
            postgres.create_database("portal_ops_backup")  # dropped and created empty

    return env, wipe


def test_backup_wipe_restore_brings_back_pages_and_uploaded_files(site, tmp_path):
    env, wipe = site
    created = json.loads(django_python(env, CREATE))
    made = run(env, "backup", "--root", str(tmp_path / "backups"))
    assert made.returncode == 0, made.stderr
    folder = Path(made.stdout.strip())
    assert folder.parent == tmp_path / "backups"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert (folder / manifest["database_file"]).stat().st_size > 0
    assert (folder / "media.tar.gz").is_file()

    wipe()
    shutil.rmtree(tmp_path / "media")

    refused = run(env, "restore", str(folder), stdin="no\n")
    assert refused.returncode != 0 and "Nothing restored" in refused.stderr
    if "REDIS_URL" in env:  # a page stored before the restore must not outlive it
        redis.Redis.from_url(env["REDIS_URL"]).set("portal:1:pagecache:page:before-restore", b"old")
    done = run(env, "restore", str(folder), stdin="restore\n")
    assert done.returncode == 0, done.stderr
    if "REDIS_URL" in env:
        assert redis.Redis.from_url(env["REDIS_URL"]).dbsize() == 0
    assert json.loads(django_python(env, CHECK)) == {"page": True, **created}
    assert run(env, "restore", str(tmp_path), "--yes").returncode != 0, "a folder that is not a backup is refused"
