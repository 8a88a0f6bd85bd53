from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, read_manifest, restore


class Command(BaseCommand):
    help = "Replace the database's content and the uploaded media with a backup made by `manage.py backup`."

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path, help="a backup folder, e.g. var/backups/20260101T020000Z")
        parser.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, folder: Path, yes: bool, **options):
        try:
            manifest = read_manifest(folder)
            if not yes:
                self._confirm(folder, manifest)
            restore(folder)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored {folder} (made {manifest['created_at']})."))

    def _confirm(self, folder: Path, manifest: dict) -> None:
        # Restoring throws away everything changed since the backup: a typed answer, not a stray Enter.
        self.stdout.write(
            f"This replaces the current database and media with the backup {folder} made {manifest['created_at']}.\n"
            "Everything changed since then is lost."
        )
        try:
            answer = input("Type 'restore' to go on: ")
        except EOFError:
            answer = ""
        if answer.strip() != "restore":
            raise CommandError("Nothing restored (run with --yes to skip this question).")
