from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database and the uploaded media into a new folder <root>/<UTC timestamp>/ (portal/backup.py)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--root", type=Path, default=settings.BASE_DIR / "var" / "backups", help="default: var/backups"
        )

    def handle(self, *args, root: Path, **options):
        try:
            folder = backup(root)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(folder))
