"""Translated interface: complete catalogues, plural rules, compiled files, localized dates."""

import datetime
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import formats, translation

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
PLURAL_FORMS = {
    "sl": "nplurals=4; plural=(n%100==1 ? 0 : n%100==2 ? 1 : n%100==3 || n%100==4 ? 2 : 3);",
    "hr": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
}


def catalogue(language: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", ["sl", "hr"])
def test_catalogue_is_complete_with_no_fuzzy_entries_and_the_right_plural_forms(language):
    po = catalogue(language)
    assert po.metadata["Plural-Forms"] == PLURAL_FORMS[language]
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    for entry in po:
        if entry.msgid_plural:
            forms = PLURAL_FORMS[language].split(";")[0].split("=")[1]
            assert len([f for f in entry.msgstr_plural.values() if f]) == int(forms), entry.msgid


def test_catalogues_hold_every_string_the_code_uses(tmp_path, monkeypatch):
    """Extract the strings afresh (as `make messages` does) and compare with the committed catalogues.

    makemessages writes into the `locale` folder beside the files it reads, so it runs on a copy of the code:
    run in the repository, it would rewrite the committed catalogues."""
    if shutil.which("xgettext") is None:
        pytest.fail("GNU gettext (xgettext) is needed to extract strings: apt-get install gettext")
    skip = shutil.ignore_patterns("__pycache__", "static", "migrations")
    for folder in ("portal", "home", "news", "events", "campaigns"):
        shutil.copytree(Path(settings.BASE_DIR) / folder, tmp_path / folder, ignore=skip)
    shutil.copytree(LOCALE_DIR, tmp_path / "locale")
    monkeypatch.chdir(tmp_path)
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command(
            "makemessages",
            locale=["sl", "hr"],
            no_location=True,
            no_obsolete=True,
            ignore_patterns=[".venv/*", "var/*", "tests/*"],
            verbosity=0,
        )
    for language in ("sl", "hr"):
        fresh = polib.pofile(str(tmp_path / "locale" / language / "LC_MESSAGES" / "django.po"))
        extracted = {(e.msgctxt, e.msgid) for e in fresh if not e.obsolete}
        committed = {(e.msgctxt, e.msgid) for e in catalogue(language) if not e.obsolete}
        assert extracted - committed == set(), f"strings missing from locale/{language}: run `make messages`"
        assert committed - extracted == set(), f"stale strings in locale/{language}: run `make messages`"


@pytest.mark.parametrize("language", ["sl", "hr"])
def test_compiled_catalogues_match_their_sources(language, tmp_path):
    source = catalogue(language)
    compiled = polib.mofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.mo"))
    expected = {e.msgid: (e.msgstr, e.msgstr_plural) for e in source.translated_entries()}
    actual = {e.msgid: (e.msgstr, e.msgstr_plural) for e in compiled if e.msgid}
    assert actual == expected, "run `make compile` after editing a .po file"


@pytest.mark.parametrize(
    ("language", "n", "form_index", "text"),
    [
        ("sl", 1, 0, "1 organizacija"),
        ("sl", 2, 1, "2 organizaciji"),
        ("sl", 3, 2, "3 organizacije"),
        ("sl", 5, 3, "5 organizacij"),
        ("sl", 101, 0, "101 organizacija"),
        ("sl", 102, 1, "102 organizaciji"),
        ("hr", 1, 0, "1 organizacija"),
        ("hr", 2, 1, "2 organizacije"),
        ("hr", 5, 2, "5 organizacija"),
        ("hr", 11, 2, "11 organizacija"),
        ("hr", 21, 0, "21 organizacija"),
        ("en", 1, 0, "1 organisation"),
        ("en", 5, 1, "5 organisations"),
    ],
)
def test_plural_forms(language, n, form_index, text):
    with translation.override(language):
        catalog = translation.trans_real.translation(language)
        assert catalog.plural(n) == form_index
        assert translation.ngettext("%(counter)s organisation", "%(counter)s organisations", n) % {"counter": n} == text


@pytest.mark.parametrize(
    ("language", "short", "long", "first_day"),
    [
        ("sl", "17. 9. 2020", "17. september 2020", 1),
        ("hr", "17. 09. 2020.", "17. rujna 2020.", 1),
        ("en", "17/09/2020", "17 September 2020", 1),
    ],
)
def test_dates_follow_each_languages_conventions(language, short, long, first_day):
    day = datetime.date(2020, 9, 17)
    with translation.override(language):
        assert formats.date_format(day, "SHORT_DATE_FORMAT") == short
        assert formats.date_format(day) == long
        assert formats.get_format("FIRST_DAY_OF_WEEK") == first_day


def test_time_zone_is_ljubljana():
    assert settings.TIME_ZONE == "Europe/Ljubljana"


def test_partner_count_on_a_page_uses_the_plural_rules(client, site_tree):
    from tests.factories import PartnerFactory

    for _ in range(5):
        PartnerFactory()
    page = site_tree.about["sl"]
    page.body = [("partners", {"role": "project"})]
    page.save_revision().publish()
    assert "5 organizacij<" in client.get("/sl/o-projektu/").content.decode()
