"""Demo content of the home app: home page, about/partners/contact/legal pages, partners, footer texts."""

import datetime
import secrets
from urllib.parse import urlsplit

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Site
from wagtail.users.models import UserProfile

from home import roles
from home.demo import loader as demo
from home.demo.loader import TranslationBook
from home.models import AccessibilityStatementPage, HomePage, Partner, PortalSettings, SiteTexts, StandardPage


def load(log: demo.Logger) -> None:
    from . import data

    book = TranslationBook()
    home = ensure_home(book, data.HOME, log)
    pages = {}
    for spec in data.PAGES:
        page = demo.add_source_page(
            home,
            StandardPage(
                title=book.add(spec["title"]),
                slug=book.add(spec["slug"]),
                intro=book.add(spec["intro"]),
                search_description=book.add(spec["search_description"]),
                show_in_menus=spec.get("show_in_menus", False),
                body=demo.body_blocks(book, spec["body"]),
            ),
            book,
        )
        pages[spec["key"]] = page
    pages["accessibility"] = ensure_accessibility_statement(home, book, data.ACCESSIBILITY_STATEMENT)
    # Partners first: the partners page lists them.
    for spec in data.PARTNERS:
        demo.translate(ensure_partner(book, spec), book)
    texts = SiteTexts.objects.filter(locale=demo.locale("sl")).first() or SiteTexts.objects.create(
        locale=demo.locale("sl"),
        funding_statement=book.add(data.SITE_TEXTS["funding_statement"]),
        contact=demo.rich_text(book, demo.lines(data.SITE_TEXTS["contact"])).source,
    )
    demo.translate(texts, book)
    demo.translate(home, book)
    for page in pages.values():
        demo.translate(page, book)

    settings = PortalSettings.load()
    changed = False
    for field, key in (
        ("accessibility_statement", "accessibility"),
        ("privacy_notice", "privacy"),
        ("contact_page", "contact"),
    ):
        if getattr(settings, f"{field}_id") is None and key in pages:
            setattr(settings, field, pages[key])
            changed = True
    if changed:
        settings.save()
    roles.sync_roles()
    ensure_demo_editors(log)
    log(
        f"home: {HomePage.objects.count()} home pages, {StandardPage.objects.count()} standard pages, "
        f"{Partner.objects.count()} partner entries"
    )


def ensure_home(book: TranslationBook, spec: dict, log: demo.Logger) -> HomePage:
    """The Slovenian home page at the root of the default site, replacing Wagtail's welcome page."""
    sl = demo.locale("sl")
    home = HomePage.objects.filter(locale=sl, depth=2).first()
    title, intro = book.add(spec["title"]), book.add(spec["intro"])
    body = demo.body_blocks(book, spec["body"])
    book.add(demo.T("domov", "pocetna", "home"))
    if home is not None:
        point_site_at_public_address()
        return home
    root = Page.get_first_root_node()
    home = HomePage(title=title, slug="domov", intro=intro, body=body, locale=sl)
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    old_root = site.root_page if site else None
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="2SoKroG")
    else:
        site.root_page = home
        site.site_name = "2SoKroG"
        site.save()
    if old_root is not None and old_root.specific_class is Page:
        old_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" placeholder
    point_site_at_public_address()
    log("home: created the home page")
    return home


def point_site_at_public_address() -> None:
    """The default Site's hostname and port are PUBLIC_BASE_URL's, so page links and e-mail links agree
    (the system check portal.W001 warns when they do not)."""
    public = urlsplit(django_settings.PUBLIC_BASE_URL)
    port = public.port or (443 if public.scheme == "https" else 80)
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and (site.hostname, site.port) != (public.hostname, port):
        site.hostname, site.port = public.hostname, port
        site.save()  # signals: Wagtail's site root paths and the page cache follow


def structured_rich_text(book: TranslationBook, items: list[tuple[str, demo.T]]) -> str:
    """Paragraphs ("p") and list items ("li", consecutive ones form one list) as rich-text HTML."""
    html, in_list = [], False
    for kind, text in items:
        if kind == "li" and not in_list:
            html.append("<ul>")
        elif kind != "li" and in_list:
            html.append("</ul>")
        in_list = kind == "li"
        html.append(f"<{kind}>{book.add(text)}</{kind}>")
    if in_list:
        html.append("</ul>")
    return "".join(html)


def ensure_accessibility_statement(home, book: TranslationBook, spec: dict):
    return demo.add_source_page(
        home,
        AccessibilityStatementPage(
            title=book.add(spec["title"]),
            slug=book.add(spec["slug"]),
            intro=book.add(spec["intro"]),
            search_description=book.add(spec["search_description"]),
            compliance_status=spec["compliance_status"],
            non_accessible_content=structured_rich_text(book, spec["non_accessible_content"]),
            prepared_on=datetime.date.fromisoformat(spec["prepared_on"]),
            reviewed_on=datetime.date.fromisoformat(spec["reviewed_on"]),
            method=spec["method"],
            method_details=book.add(spec["method_details"]),
            feedback_intro=book.add(spec["feedback_intro"]),
            enforcement_procedure=structured_rich_text(book, spec["enforcement_procedure"]),
        ),
        book,
    )


def ensure_partner(book: TranslationBook, spec: dict) -> Partner:
    sl = demo.locale("sl")
    name = book.add(spec["name"])
    partner = Partner.objects.filter(locale=sl, name=name).first()
    if partner is None:
        partner = Partner.objects.create(
            locale=sl,
            name=name,
            short_name=book.add_untranslated(spec.get("short_name", "")),
            role=spec["role"],
            country=spec["country"],
            town=book.add(spec["town"]),
            address=book.add_untranslated(spec.get("address", "")),
            website=spec.get("website", ""),
            sort_order=spec.get("sort_order", 0),
        )
    else:
        # Register the strings of an existing partner too, for translating it into a new language.
        book.add(spec["town"])
        book.add_untranslated(spec.get("short_name", ""))
        book.add_untranslated(spec.get("address", ""))
    return partner


# One account per role, so that a newcomer can try each: (username, group, admin language).
DEMO_PARTNER = "RASR"  # its newsletter section is in the news demo content
DEMO_EDITORS = (
    ("komunikacije", roles.COMMUNICATIONS_STAFF, "sl"),
    ("prevajalka", roles.TRANSLATORS, "hr"),
    ("urednik-rasr", None, "sl"),  # the editors group of DEMO_PARTNER
)


def ensure_demo_editors(log: demo.Logger) -> None:
    """Create the demo editors with random passwords, printed only when an account is created."""
    User = get_user_model()
    partner = Partner.objects.filter(locale=demo.locale(demo.SOURCE_LANGUAGE), short_name=DEMO_PARTNER).first()
    for username, group_name, language in DEMO_EDITORS:
        if group_name is not None:
            group = Group.objects.get(name=group_name)
        elif partner is not None:
            group = roles.ensure_partner_group(partner)
        else:
            continue
        user = User.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(username, email=f"{username}@example.org", password=password)
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
            log(f"home: demo editor '{username}' ({group.name}) with password: {password} (shown only this once)")
        user.groups.add(group)
