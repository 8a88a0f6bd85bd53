"""Compile locale/*/LC_MESSAGES/*.po and locale/overrides/*/LC_MESSAGES/*.po to .mo with polib: no GNU gettext
needed. The overrides are sl/hr strings for Wagtail's and its add-ons' admin (docs/architecture.md, decision 23).

The .mo files are committed, so a fresh checkout runs translated without any compile step; a test
checks that they match their .po files.
"""

from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
CATALOGUES = ("*/LC_MESSAGES/*.po", "overrides/*/LC_MESSAGES/*.po")


def catalogues() -> list[Path]:
    return sorted(path for pattern in CATALOGUES for path in LOCALE_DIR.glob(pattern))


def compile_all() -> list[Path]:
    written = []
    for po_path in catalogues():
        mo_path = po_path.with_suffix(".mo")
        polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
        written.append(mo_path)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path.relative_to(LOCALE_DIR.parent)}")
