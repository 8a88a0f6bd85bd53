"""The migrated databases the tests copy are rebuilt whenever what the migrations create could change."""

from tests.migrated import BASE_DIR, migration_state_files


def test_the_migrated_state_covers_every_migration_and_the_code_they_run():
    files = migration_state_files()
    assert BASE_DIR / "home/migrations/0001_initial.py" in files
    assert BASE_DIR / "news/migrations/0001_initial.py" in files
    # home/migrations/0004 creates the editors' groups with home.roles; 0005 imports it as `from home import roles`.
    assert BASE_DIR / "home/roles.py" in files
    assert BASE_DIR / "events/models.py" in files or BASE_DIR / "events/models/__init__.py" in files
    assert len(files) == len(set(files))
