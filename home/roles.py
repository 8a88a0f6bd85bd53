"""Who may do what in the admin: communications staff, translators and one editors group per partner.

The fixed groups and the review workflow ("pregled") are created by the data migration
`home/0004_roles_and_site_texts_per_language`, which calls `ensure_fixed_groups` with the historical models.
Everything that depends on content (the locale trees, the partners' sections, the snippet models of the
content apps) is reconciled at run time by `sync_roles`: `manage.py sync_partner_groups` runs it, the demo
content runs it, and saving a partner section runs `sync_partner_section` for that section.

Partners are data, so their groups cannot come from a migration. `home` never imports the content apps
(docs/architecture.md, decision 8): apps with partner sections register a `partner_section_pages` hook
returning a queryset of their section pages (pages with a `partner` foreign key).

Translators get `change` but not `publish` on the translated trees. wagtail-localize's editor saves each
translated string as it is typed and needs only edit permission for that (and for PO download/upload);
publishing the translated page needs publish permission, which stays with communications staff. A
translator can therefore never put text on the site, and a partner's page cannot reach the public in
another language before communications staff have approved it. Snippets (partners, footer texts, service
points) are translated by communications staff: Wagtail cannot limit snippet permissions to one language,
and a translator allowed to edit them could change the Slovenian originals, which go live at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from asgiref.local import Local
from django.apps import apps as django_apps
from django.conf import settings
from django.db import transaction

COMMUNICATIONS_STAFF = "Communications staff"
TRANSLATORS = "Translators"
PARTNER_GROUP_PREFIX = "Partner editors: "
PARTNER_COLLECTION_PREFIX = "Partner: "
# Wagtail shows a workflow's and a task's stored name as it is, in every admin language ("Submit to
# %(workflow_name)s", "Awaiting …"). "pregled" (review) is the same word in Slovenian and Croatian, the two
# languages of the editors, and fits the override catalogues' wording: "Pošlji v pregled", "Pošalji na pregled".
PARTNER_REVIEW_WORKFLOW = "pregled"
PARTNER_REVIEW_TASK = "pregled"

# Page permissions, by codename on wagtailcore.Page.
STAFF_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page")
TRANSLATOR_PAGE_PERMISSIONS = ("change_page",)
PARTNER_PAGE_PERMISSIONS = ("add_page", "change_page")

# Wagtail checks image permissions against its own Image model, also for a custom image model.
IMAGE_MODEL = ("wagtailimages", "image")
DOCUMENT_MODEL = ("wagtaildocs", "document")
STAFF_COLLECTION_ACTIONS = ("add", "change", "delete", "choose")
PARTNER_COLLECTION_ACTIONS = ("add", "change", "choose")
SNIPPET_ACTIONS = ("add", "change", "delete", "view")
# The snippets the migration knows about; the content apps' snippets are added by `sync_roles`.
HOME_SNIPPETS = (("home", "partner"), ("home", "sitetexts"))

PERMISSION_NAMES = {"choose": "Can choose {model}", "access_admin": "Can access Wagtail admin"}


def permission(apps, app_label: str, model: str, codename: str):
    """The Permission, created if the post_migrate signal has not made it yet (fresh database, migration)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    action = codename.split("_", 1)[0]
    name = PERMISSION_NAMES.get(action, f"Can {action} {model}").format(model=model)
    found, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return found


def page_permission(apps, codename: str):
    return permission(apps, "wagtailcore", "page", codename)


def model_permission(apps, model: tuple[str, str], action: str):
    return permission(apps, model[0], model[1], f"{action}_{model[1]}")


def grant_pages(apps, group, pages: Iterable, codenames: Iterable[str]) -> None:
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for codename in codenames:
        perm = page_permission(apps, codename)
        for page in pages:
            GroupPagePermission.objects.get_or_create(group=group, page_id=page.pk, permission=perm)


def grant_collection(apps, group, collection, actions: Iterable[str]) -> None:
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for model in (IMAGE_MODEL, DOCUMENT_MODEL):
        for action in actions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection_id=collection.pk, permission=model_permission(apps, model, action)
            )


def ensure_fixed_groups(apps, snippet_models: Iterable[tuple[str, str]] = HOME_SNIPPETS) -> None:
    """Communications staff, Translators and the review workflow. Works with historical models."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")

    staff, _created = Group.objects.get_or_create(name=COMMUNICATIONS_STAFF)
    translators, _created = Group.objects.get_or_create(name=TRANSLATORS)
    admin_access = permission(apps, "wagtailadmin", "admin", "access_admin")
    submit_translation = permission(apps, "wagtail_localize", "translation", "submit_translation")
    for group in (staff, translators):
        group.permissions.add(admin_access, submit_translation)

    # Communications staff edit and publish everything: permissions on the tree root cover every locale.
    grant_pages(apps, staff, Page.objects.filter(depth=1), STAFF_PAGE_PERMISSIONS)
    for root_collection in Collection.objects.filter(depth=1):
        grant_collection(apps, staff, root_collection, STAFF_COLLECTION_ACTIONS)
    staff.permissions.add(*(model_permission(apps, m, a) for m in snippet_models for a in SNIPPET_ACTIONS))

    # Translators edit (never publish) the trees that are translations of another locale.
    target_locales = Locale.objects.filter(pk__in=LocaleSynchronization.objects.values("locale_id"))
    grant_pages(apps, translators, Page.objects.filter(depth=2, locale__in=target_locales), TRANSLATOR_PAGE_PERMISSIONS)
    # Translators may choose images and documents (e.g. a translated PDF) but not change the library.
    for root_collection in Collection.objects.filter(depth=1):
        grant_collection(apps, translators, root_collection, ("choose",))

    partner_review_workflow(apps, staff)


def partner_review_workflow(apps, staff=None):
    """The workflow partner sections use: one approval step by communications staff."""
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    workflow, created = Workflow.objects.get_or_create(name=PARTNER_REVIEW_WORKFLOW, defaults={"active": True})
    if not created:
        return workflow
    if staff is None:
        staff, _created = Group.objects.get_or_create(name=COMMUNICATIONS_STAFF)
    task_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    # Historical models do not fill in Task.content_type themselves (Wagtail's own migration 0048 does the same).
    task = GroupApprovalTask.objects.filter(name=PARTNER_REVIEW_TASK).first() or GroupApprovalTask.objects.create(
        name=PARTNER_REVIEW_TASK, content_type=task_type, active=True
    )
    task.groups.add(staff)
    WorkflowTask.objects.get_or_create(workflow=workflow, task_id=task.pk, defaults={"sort_order": 0})
    return workflow


# --- run time ---------------------------------------------------------------------------------------------


@dataclass
class SyncReport:
    groups: list[str] = field(default_factory=list)
    sections: int = 0


def our_snippet_models() -> list[tuple[str, str]]:
    """(app_label, model) of every snippet model that belongs to this project (not to a library)."""
    from wagtail.snippets.models import get_snippet_models

    project = str(settings.BASE_DIR)
    ours = []
    for model in get_snippet_models():
        config = django_apps.get_app_config(model._meta.app_label)
        if str(config.path).startswith(project) and ".venv" not in str(config.path):
            ours.append((model._meta.app_label, model._meta.model_name))
    return sorted(ours)


def section_querysets() -> list:
    from wagtail import hooks

    return [hook() for hook in hooks.get_hooks("partner_section_pages")]


def partner_group_name(partner) -> str:
    label = partner.short_name or partner.name
    return (PARTNER_GROUP_PREFIX + label)[:150]


@transaction.atomic
def ensure_partner_group(partner):
    """The editors group and image collection of `partner` (any language version), created or renamed."""
    from django.contrib.auth.models import Group
    from wagtail.models import Collection

    from .models import Partner, PartnerEditorGroup

    # Name the group after the Slovenian (source) version where there is one.
    sources = Partner.objects.filter(translation_key=partner.translation_key)
    partner = sources.filter(locale__language_code=settings.LANGUAGE_CODE).first() or partner
    name = partner_group_name(partner)
    link = (
        PartnerEditorGroup.objects.select_related("group", "collection")
        .filter(partner_key=partner.translation_key)
        .first()
    )
    if link is None:
        group, _created = Group.objects.get_or_create(name=name)
        link = PartnerEditorGroup.objects.create(partner_key=partner.translation_key, group=group)
    elif link.group.name != name and not Group.objects.filter(name=name).exists():
        link.group.name = name
        link.group.save(update_fields=["name"])
    group = link.group
    group.permissions.add(permission(django_apps, "wagtailadmin", "admin", "access_admin"))

    root = Collection.get_first_root_node()
    if root is not None:
        collection_name = (PARTNER_COLLECTION_PREFIX + (partner.short_name or partner.name))[:255]
        if link.collection is None:
            link.collection = root.get_children().filter(name=collection_name).first() or root.add_child(
                name=collection_name
            )
            link.save(update_fields=["collection"])
        elif link.collection.name != collection_name:
            link.collection.name = collection_name
            link.collection.save(update_fields=["name"])
        grant_collection(django_apps, group, link.collection, PARTNER_COLLECTION_ACTIONS)
        # Partners may use the project's shared images and documents, but change only their own.
        grant_collection(django_apps, group, root, ("choose",))
    return group


@transaction.atomic
def sync_partner_section(section) -> None:
    """Give the section's partner group add/change on the section in every language, under partner review."""
    from wagtail.models import GroupPagePermission, Page, WorkflowPage

    versions = list(Page.objects.filter(translation_key=section.translation_key))
    section = type(section).objects.select_related("partner").get(pk=section.pk)
    group = ensure_partner_group(section.partner)
    grant_pages(django_apps, group, versions, PARTNER_PAGE_PERMISSIONS)
    # A section handed to another partner is no longer the old partner's.
    GroupPagePermission.objects.filter(page__in=versions, group__partner_link__isnull=False).exclude(
        group=group
    ).delete()
    workflow = partner_review_workflow(django_apps)
    for version in versions:
        WorkflowPage.objects.update_or_create(page=version, defaults={"workflow": workflow})


def sync_roles() -> SyncReport:
    """Reconcile every group with the current content. Idempotent."""
    report = SyncReport()
    ensure_fixed_groups(django_apps, snippet_models=our_snippet_models())
    seen = set()
    for sections in section_querysets():
        for section in sections.filter(depth__gt=1).order_by("path"):
            if section.translation_key in seen:
                continue
            seen.add(section.translation_key)
            sync_partner_section(section)
            report.sections += 1
    from .models import PartnerEditorGroup

    report.groups = sorted(PartnerEditorGroup.objects.values_list("group__name", flat=True))
    return report


_sync_deferred = Local()


@contextmanager
def section_sync_deferred() -> Iterator[None]:
    """For a bulk load that runs `sync_roles` when it is done: saving a section meanwhile changes no group (a demo
    section is saved a dozen times on its way to three languages)."""
    _sync_deferred.value = True
    try:
        yield
    finally:
        del _sync_deferred.value


def partner_section_saved(sender, instance, raw: bool = False, **kwargs) -> None:
    """post_save receiver for partner section page models (connected by the app that owns them)."""
    if raw or not instance.pk or not instance.partner_id or getattr(_sync_deferred, "value", False):
        return
    sync_partner_section(instance)


# --- the page explorer of partner editors -----------------------------------------------------------------


def partner_sections_of(user) -> list | None:
    """The sections (every language version) a partner editor works in; None for anyone else."""
    from django.contrib.auth.models import Group
    from wagtail.models import Page

    if not user.is_authenticated or user.is_superuser:
        return None
    cached = getattr(user, "_partner_sections", False)
    if cached is not False:
        return cached
    groups = user.groups.all()
    sections = None
    if not groups.filter(name__in=(COMMUNICATIONS_STAFF, TRANSLATORS)).exists():
        partner_groups = Group.objects.filter(pk__in=groups.values("pk"), partner_link__isnull=False)
        sections = list(Page.objects.filter(group_permissions__group__in=partner_groups).distinct()) or None
    user._partner_sections = sections
    return sections


def partner_explorer_pages(parent_page, pages, request):
    """`construct_explorer_page_queryset` hook: a partner editor's explorer shows the way to their own sections
    in the source language's tree and what is inside them; anywhere else they get Wagtail's "no access"."""
    from django.core.exceptions import PermissionDenied

    sections = partner_sections_of(request.user)
    if sections is None:
        return pages
    if parent_page.is_root():
        return pages.filter(locale__language_code=settings.LANGUAGE_CODE)
    inside_or_above = any(
        parent_page.path.startswith(section.path) or section.path.startswith(parent_page.path) for section in sections
    )
    if not inside_or_above:
        raise PermissionDenied
    return pages
