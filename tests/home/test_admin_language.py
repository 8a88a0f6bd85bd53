"""The editors' admin screens in Slovenian and Croatian: no English interface string on any of them.

Each screen of the editors' journeys (dashboard and menus, explorer, page editor and its error, lock and
schedule states, image chooser, workflow actions, the wagtail-localize translation editor, reports, the
permission-denied message, moderation e-mails) is rendered once per module for an editor whose admin language
is Slovenian and one whose admin language is Croatian, with a browser's `Accept-Language: en` (as Chromium
sends it). The visible text and the user-facing attributes are compared with every English msgid of the
catalogues the admin uses (Wagtail, wagtail-localize, django-otp, django-axes, ours): a text that *is* one of
them, or matches one with its placeholders filled in, is an untranslated interface string.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.core import mail
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from tests.editorial.conftest import build_editorial, page_form

pytestmark = pytest.mark.django_db  # also tells pytest-django to create the test database for the module fixture

LANGUAGES = ("sl", "hr")
BROWSER = {"HTTP_ACCEPT_LANGUAGE": "en-US,en;q=0.9"}  # what Chromium sends: the admin must not follow it

# Catalogues whose English msgids an editor could see. Each package ships an `en` catalogue with all its msgids.
PACKAGES = ("wagtail", "wagtail_localize", "django_otp", "axes", "taggit")
# Words that are the same in English and in Slovenian or Croatian, and names.
SAME_IN_ALL_LANGUAGES = {"Wagtail", "OK", "Status", "Video", "Admin", "Slug", "E-mail", "Email", "Tag", "Redirect"}
# English that no catalogue can fix: hard-coded in Wagtail 8.0 templates or derived from a block's name.
# Each is named here so the test still fails on anything new; remove an entry when upstream fixes it.
NOT_IN_ANY_CATALOGUE = {
    "Actions",  # wagtailadmin/shared/headers/_actions.html: <nav aria-label="Actions"> (hard-coded)
    "Search",  # wagtailadmin/shared/header.html and home.html: screen-reader-only <input value="Search">
    "Image",  # wagtail.images.blocks.ImageBlock's child block "image" has no label; it is the name, capitalised
    "None",  # wagtailadmin/shared/breadcrumbs.html prints the Python value None into a class list
    "account",  # the sidebar's account menu item name (an identifier in the sidebar's JSON)
}
SHORTEST = 3  # "Go", "Or", "ID": too short to tell an English word from a code


def english_msgids() -> tuple[set[str], list[re.Pattern]]:
    """Every English msgid of the admin's catalogues: plain ones, and patterns for those with placeholders."""
    import importlib

    plain: set[str] = set()
    patterns: list[re.Pattern] = []
    placeholder = re.compile(r"%\([a-z_]+\)[sdr]|%[sd]|\{[a-z_]*\}")
    for package in PACKAGES:
        root = Path(importlib.import_module(package).__file__).parent
        for po_path in root.glob("**/locale/en/LC_MESSAGES/*.po"):
            for entry in polib.pofile(str(po_path)):
                for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                    text = " ".join(msgid.split())
                    if len(re.sub(placeholder, "", text).strip(" .:…")) < SHORTEST or text in SAME_IN_ALL_LANGUAGES:
                        continue
                    if not re.search(r"[A-Za-z]{3}", re.sub(placeholder, "", text)):
                        continue
                    if placeholder.search(text):
                        parts = placeholder.split(text)
                        if sum(len(p.strip()) for p in parts) < 8:  # "%(count)s files": too little fixed text
                            continue
                        patterns.append(re.compile("(?:.+)".join(re.escape(p) for p in parts)))
                    else:
                        plain.add(text)
    return plain, patterns


class VisibleText(HTMLParser):
    """Text nodes and user-facing attributes, JSON props included (Wagtail and wagtail-localize feed their
    JavaScript components from them)."""

    ATTRIBUTES = {"title", "aria-label", "placeholder", "alt", "data-w-tooltip-content-value"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._skip = 0
        self._json = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
            self._json = tag == "script" and attrs.get("type") == "application/json"
        for name, value in attrs.items():
            if value is None:
                continue
            if name in self.ATTRIBUTES or (tag == "input" and name == "value" and attrs.get("type") == "submit"):
                self.texts.append(value)
            elif name.startswith("data-") and value[:1] in "{[":
                self.add_json(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
            self._json = False

    def handle_data(self, data):
        if self._skip:
            if self._json:
                self.add_json(data)
            return
        self.texts.append(data)

    def add_json(self, value: str) -> None:
        try:
            data = json.loads(value)
        except ValueError:
            return
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                stack.extend(v for k, v in item.items() if k not in IGNORED_JSON_KEYS)
            elif isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, str) and (" " in item or item[:1].isupper()):  # not an identifier
                if "<" in item and ">" in item:  # server-rendered HTML inside the JSON
                    nested = VisibleText()
                    nested.feed(item)
                    self.texts.extend(nested.texts)
                else:
                    self.texts.append(item)


# Keys of JSON props that hold content or identifiers, not interface text.
IGNORED_JSON_KEYS = {"url", "href", "editUrl", "code", "name", "icon", "type", "id", "value", "source", "slug"}


def english_in(html: str, msgids, ignore: set[str]) -> set[str]:
    plain, patterns = msgids
    parser = VisibleText()
    parser.feed(html)
    found = set()
    for raw in parser.texts:
        text = " ".join(raw.split())
        if not text or text in ignore or text in NOT_IN_ANY_CATALOGUE:
            continue
        if text in plain or text.rstrip(":…") in plain or len(text) < 300 and any(p.fullmatch(text) for p in patterns):
            found.add(text)
    return found


@dataclass
class Rendered:
    screens: dict[str, str] = field(default_factory=dict)  # screen name -> HTML (or JSON) as served
    mails: dict[str, str] = field(default_factory=dict)  # moderation e-mail -> subject and body
    catalogues: dict[str, dict] = field(default_factory=dict)  # jsi18n URL name -> {msgid: translation}
    ignore: set[str] = field(default_factory=set)  # content: titles, names


def as_editor(client: Client, user, language: str) -> Client:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    return client


def get(rendered: Rendered, client: Client, name: str, url: str, status: int = 200) -> str:
    response = client.get(url, follow=True, **BROWSER)
    assert response.status_code == status, (name, url, response.status_code)
    html = response.content.decode()
    rendered.screens[name] = html
    return html


def journey(editorial, language: str) -> Rendered:
    """Everything the three demo roles see, in one admin language."""
    from news.models import NewsPage

    rendered = Rendered()
    staff, translator, partner = editorial.staff, editorial.translator, editorial.rasr_editor
    client = Client()
    home = editorial.tree.site.homes["sl"]
    section = editorial.sections["rasr"]["sl"]
    article = editorial.news["rasr"]

    # Partner editor: dashboard, own section, a new article with errors, then submitted for review.
    as_editor(client, partner, language)
    get(rendered, client, "partner dashboard", reverse("wagtailadmin_home"))
    get(rendered, client, "partner explorer", reverse("wagtailadmin_explore", args=[section.pk]))
    add_url = reverse("wagtailadmin_pages:add", args=["news", "newspage", section.pk])
    get(rendered, client, "page create", add_url)
    data = page_form(client, add_url)
    response = client.post(add_url, data, **BROWSER)
    assert response.status_code == 200
    rendered.screens["page create with validation errors"] = response.content.decode()
    data.update({"title": "Delavnica v Celju", "slug": "delavnica", "intro": "Vabimo vas.", "date": "2026-05-04"})
    data["action-submit"] = "action-submit"
    mail.outbox.clear()
    response = client.post(add_url, data, follow=True, **BROWSER)
    assert response.status_code == 200
    rendered.screens["partner after submitting"] = response.content.decode()
    submitted = NewsPage.objects.get(locale__language_code="sl", slug="delavnica")
    for number, message in enumerate(mail.outbox):
        rendered.mails[f"submitted #{number}"] = f"{message.subject}\n{message.body}"
    get(rendered, client, "permission denied", reverse("wagtailadmin_pages:edit", args=[editorial.news["cpu"].pk]))
    get(rendered, client, "image chooser", reverse("wagtailimages_chooser:choose"))

    # Communications staff: menus, explorer, reports, the editor (locked, scheduled), review actions.
    as_editor(client, staff, language)
    get(rendered, client, "staff dashboard", reverse("wagtailadmin_home"))
    get(rendered, client, "explorer", reverse("wagtailadmin_explore", args=[home.pk]))
    get(rendered, client, "explorer root", reverse("wagtailadmin_explore_root"))
    get(rendered, client, "page search", reverse("wagtailadmin_pages:search") + "?q=novica")
    get(rendered, client, "aging pages", reverse("wagtailadmin_reports:aging_pages"))
    get(rendered, client, "page types usage", reverse("wagtailadmin_reports:page_types_usage"))
    get(rendered, client, "translation status", reverse("translation_status"))
    edit_url = reverse("wagtailadmin_pages:edit", args=[article.pk])
    get(rendered, client, "page edit", edit_url)
    get(rendered, client, "review: page edit", reverse("wagtailadmin_pages:edit", args=[submitted.pk]))
    task_state = submitted.current_workflow_state.current_task_state
    for action in ("approve", "reject"):
        url = reverse("wagtailadmin_pages:workflow_action", args=[submitted.pk, action, task_state.pk])
        get(rendered, client, f"review: {action} with comment", url)
    mail.outbox.clear()
    url = reverse("wagtailadmin_pages:workflow_action", args=[submitted.pk, "reject", task_state.pk])
    response = client.post(url, {"comment": "Dodajte fotografijo."}, follow=True, **BROWSER)
    rendered.screens["review: after requesting changes"] = response.content.decode()
    for number, message in enumerate(mail.outbox):
        rendered.mails[f"changes requested #{number}"] = f"{message.subject}\n{message.body}"

    Page.objects.filter(pk=article.pk).update(locked=True, locked_by=partner, locked_at=timezone.now())
    get(rendered, client, "locked page edit", edit_url)
    response = client.post(edit_url, page_form(client, edit_url), follow=True, **BROWSER)
    rendered.screens["locked page save"] = response.content.decode()
    Page.objects.filter(pk=article.pk).update(locked=False, locked_by=None, locked_at=None)
    data = page_form(client, edit_url)
    data["go_live_at"] = (timezone.now() + timezone.timedelta(days=3)).strftime("%Y-%m-%d %H:%M")
    response = client.post(edit_url, data, follow=True, **BROWSER)
    rendered.screens["scheduled page edit"] = response.content.decode()

    # Translator: the untranslated copy, "Translate this page", the translation editor.
    as_editor(client, translator, language)
    source, alias = editorial.tree.site.only_sl, editorial.tree.site.only_sl_alias_hr
    get(rendered, client, "translator dashboard", reverse("wagtailadmin_home"))
    get(rendered, client, "untranslated copy", reverse("wagtailadmin_pages:edit", args=[alias.pk]))
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[source.pk])
    get(rendered, client, "translate this page", submit_url)
    response = client.post(submit_url, {"locales": [alias.locale_id]}, follow=True, **BROWSER)
    assert response.status_code == 200
    rendered.screens["translation editor"] = response.content.decode()
    get(rendered, client, "translation editor (reloaded)", reverse("wagtailadmin_pages:edit", args=[alias.pk]))

    for name in ("wagtailadmin_javascript_catalog", "wagtail_localize:javascript_catalog"):
        response = client.get(reverse(name), **BROWSER)
        source = response.content.decode()
        match = re.search(r"const newcatalog = (\{.*?\});\n", source, re.S)
        rendered.catalogues[name] = json.loads(match.group(1)) if match else {}

    rendered.ignore = {
        *Page.objects.values_list("title", flat=True),
        *(locale.get_display_name() for locale in Locale.objects.all()),
        *(user.get_username() for user in (staff, translator, partner)),
    }
    return rendered


@pytest.fixture(scope="module")
def journeys(django_db_setup, django_db_blocker) -> dict[str, Rendered]:
    """Both admin languages' journeys on one set of data, built once for the module and rolled back."""
    results = {}
    with django_db_blocker.unblock(), transaction.atomic():
        editorial = build_editorial()
        for language in LANGUAGES:
            with transaction.atomic():
                results[language] = journey(editorial, language)
                transaction.set_rollback(True)
        transaction.set_rollback(True)
    return results


@pytest.fixture(scope="module")
def msgids():
    return english_msgids()


@pytest.mark.parametrize("language", LANGUAGES)
def test_admin_screens_show_no_english(journeys, msgids, language):
    rendered = journeys[language]
    leaks = {
        name: sorted(found)
        for name, html in rendered.screens.items()
        if (found := english_in(html, msgids, rendered.ignore))
    }
    assert not leaks, json.dumps(leaks, indent=1, ensure_ascii=False)


@pytest.mark.parametrize("language", LANGUAGES)
def test_moderation_emails_are_in_the_recipients_language(journeys, msgids, language):
    rendered = journeys[language]
    assert {"submitted #0", "changes requested #0"} <= set(rendered.mails)
    leaks = {
        name: sorted(found)
        for name, text in rendered.mails.items()
        if (found := english_in("<br>".join(line for line in text.splitlines()), msgids, rendered.ignore))
    }
    assert not leaks, json.dumps(leaks, indent=1, ensure_ascii=False)


# Strings of Wagtail's admin JavaScript and of wagtail-localize's translation editor (a React app that
# translates with the JavaScript catalogue it loads from its own jsi18n view).
JS_STRINGS = {
    "wagtailadmin_javascript_catalog": (
        "Changes have been autosaved.",
        "Autosave in progress…",
        "A network error occurred.",
        "Close",
        "Loading…",
    ),
    "wagtail_localize:javascript_catalog": (
        "Download PO file and input translations offline",
        "Upload translated PO file to submit translations",
        "segments translated",
        "Convert to alias page",
        "Stop Synced translation",
        "Publish in ",
        "Not translated",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("catalogue", sorted(JS_STRINGS))
def test_javascript_catalogues_translate_the_editor_strings(journeys, language, catalogue):
    translations = journeys[language].catalogues[catalogue]
    missing = [msgid for msgid in JS_STRINGS[catalogue] if translations.get(msgid) in (None, "", msgid)]
    assert not missing, missing


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_untranslated_copy_has_an_admin_title(journeys, language):
    html = journeys[language].screens["untranslated copy"]
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert " ".join(title.split()) == "Neprevedena kopija: Samo v slovenščini - Wagtail"


def test_slovenian_wording_editors_would_not_trip_on():
    from django.utils import translation

    with translation.override("sl"):
        assert translation.gettext("Heading 2") == "Naslov 2"
        assert translation.gettext("Update") == "Posodobi"
        assert translation.gettext("%(label)s and Publish") % {"label": "Potrdi"} == "Potrdi in objavi"
        assert translation.gettext("Approve with comment") + " in objavi" == "Odobri s komentarjem in objavi"
        locked = translation.gettext("{model_name} '{title}' is locked and has been scheduled to go live at {datetime}")
        assert "zaklenjena in načrtovana" in locked
        assert translation.gettext("Topics") == "Teme"


# Labels that Wagtail and wagtail-localize translate once per process: both languages' journeys run in one
# process here, one after the other, so the second would show the first's words without a per-request label.
MENU_LABELS = {
    "sl": ("Prevodi", "Kaj je novega v Wagtail"),
    "hr": ("Prijevodi", "Što je novo u Wagtailu"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_library_menu_labels_are_in_each_editors_own_language(journeys, language):
    dashboard = journeys[language].screens["staff dashboard"]
    for label in MENU_LABELS[language]:
        assert json.dumps(label)[1:-1] in dashboard or label in dashboard, label
