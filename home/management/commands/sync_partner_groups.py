from django.core.management.base import BaseCommand

from home import roles


class Command(BaseCommand):
    help = (
        "Reconcile the editor groups with the content: Communications staff and Translators get their permissions "
        "on the current language trees and snippets; every partner with a section gets its editors group, image "
        "collection and review workflow. Safe to run at any time."
    )

    def handle(self, *args, **options):
        report = roles.sync_roles()
        self.stdout.write(f"{report.sections} partner sections; partner groups: {', '.join(report.groups) or '–'}")
