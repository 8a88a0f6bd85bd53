import importlib
import importlib.util

from django.apps import apps
from django.core.management.base import BaseCommand

from home import roles
from home.demo.loader import indexes_brought_up_to_date_at_the_end


class Command(BaseCommand):
    help = (
        "Load the portal's demo content in Slovenian, with Croatian and English translations made through "
        "wagtail-localize. Safe to run again: what exists already is kept."
    )

    def handle(self, *args, **options):
        # Each app contributes its own `demo/content.py` with a `load(log)`, in INSTALLED_APPS order (home
        # first), so that home never has to import the content apps.
        with roles.section_sync_deferred(), indexes_brought_up_to_date_at_the_end():
            for config in apps.get_app_configs():
                module_name = f"{config.name}.demo.content"
                # The package first: find_spec of a module in a missing package raises instead of answering None.
                if all(importlib.util.find_spec(name) for name in (f"{config.name}.demo", module_name)):
                    importlib.import_module(module_name).load(self.stdout.write)
        # The content apps made partner sections: give each partner's editors their section (once, here).
        report = roles.sync_roles()
        self.stdout.write(f"roles: {len(report.groups)} partner editor groups")
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
