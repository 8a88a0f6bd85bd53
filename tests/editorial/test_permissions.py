"""Which admin pages each editor group may open: a permission matrix exercised through the admin views."""

from django.urls import reverse
from wagtail.models import Collection

from home.models import PortalImage
from tests.editorial.conftest import page_form


def edit(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def add_news(section):
    return reverse("wagtailadmin_pages:add", args=["news", "newspage", section.pk])


OK, NO = "ok", "denied"


def outcome(client, user, url) -> str:
    """ "ok" for the page itself; "denied" for Wagtail's answer to a forbidden admin URL: a redirect to the
    dashboard with a message (most views), or 403."""
    client.force_login(user)
    response = client.get(url)
    if response.status_code == 200:
        return OK
    if response.status_code == 403 or (response.status_code == 302 and response.url == reverse("wagtailadmin_home")):
        return NO
    return str(response.status_code)


# (what, URL builder) -> expected outcome for staff, translator, CPU's editor, RASR's editor.
MATRIX = [
    ("edit CPU's news", lambda e: edit(e.news["cpu"]), (OK, NO, OK, NO)),
    ("edit RASR's news", lambda e: edit(e.news["rasr"]), (OK, NO, NO, OK)),
    ("add news in CPU's section", lambda e: add_news(e.sections["cpu"]["sl"]), (OK, NO, OK, NO)),
    ("add news in the news index", lambda e: add_news(e.tree.news["sl"]), (OK, NO, NO, NO)),
    ("edit CPU's Croatian section", lambda e: edit(e.sections["cpu"]["hr"]), (OK, OK, OK, NO)),
    ("edit a Slovenian source page", lambda e: edit(e.tree.site.about["sl"]), (OK, NO, NO, NO)),
    ("edit its Croatian translation", lambda e: edit(e.tree.site.about["hr"]), (OK, OK, NO, NO)),
    ("edit its English translation", lambda e: edit(e.tree.site.about["en"]), (OK, OK, NO, NO)),
    ("send CPU's newsletter", lambda e: reverse("news_send_issue", args=[e.issue.pk]), (OK, NO, NO, NO)),
    ("translation-status report", lambda e: reverse("translation_status"), (OK, OK, NO, NO)),
    ("partners snippet", lambda e: reverse("wagtailsnippets_home_partner:list"), (OK, NO, NO, NO)),
    ("help directory snippet", lambda e: reverse("wagtailsnippets_campaigns_servicepoint:list"), (OK, NO, NO, NO)),
    ("sign-in lockouts (unlocking accounts)", lambda e: reverse("signin_lockouts"), (OK, NO, NO, NO)),
    ("their own two-step sign-in", lambda e: reverse("two_factor_setup"), (OK, OK, OK, OK)),
    (
        "translate a page",
        lambda e: reverse("wagtail_localize:submit_page_translation", args=[e.tree.site.only_sl.pk]),
        (OK, OK, NO, NO),
    ),
]


def test_permission_matrix(client, editorial):
    users = (editorial.staff, editorial.translator, editorial.cpu_editor, editorial.rasr_editor)
    wrong = []
    for what, url, expected in MATRIX:
        got = tuple(outcome(client, user, url(editorial)) for user in users)
        if got != expected:
            wrong.append(f"{what}: expected {expected}, got {got}")
    assert not wrong, "(staff, translator, CPU editor, RASR editor)\n" + "\n".join(wrong)


def test_partner_editor_sees_only_their_own_section_in_the_explorer(client, editorial):
    client.force_login(editorial.cpu_editor)
    html = client.get(reverse("wagtailadmin_explore", args=[editorial.tree.news["sl"].pk])).content.decode()
    assert edit(editorial.sections["cpu"]["sl"]) in html
    assert edit(editorial.sections["rasr"]["sl"]) not in html
    own = client.get(reverse("wagtailadmin_explore", args=[editorial.sections["cpu"]["sl"].pk])).content.decode()
    assert edit(editorial.news["cpu"]) in own


def test_partner_editor_cannot_publish_directly(client, editorial):
    page = editorial.news["cpu"]
    client.force_login(editorial.cpu_editor)
    data = page_form(client, edit(page))
    data["title"] = "Spremenjen naslov"
    data["action-publish"] = "action-publish"
    client.post(edit(page), data)
    page.refresh_from_db()
    assert page.title == "Novica cpu"  # the live title is unchanged
    assert page.has_unpublished_changes  # the edit was kept as a draft, nothing was lost
    html = client.get(edit(page)).content.decode()
    assert 'name="action-submit"' in html  # "Submit to pregled" instead
    assert 'name="action-publish"' not in html


def test_partner_editor_uploads_to_their_collection_and_chooses_shared_images(client, editorial):
    from home.models import PartnerEditorGroup
    from tests.news.factories import ImageFactory

    shared = ImageFactory(title="Skupna fotografija", collection=Collection.get_first_root_node())
    client.force_login(editorial.cpu_editor)
    chooser = client.get(reverse("wagtailimages_chooser:choose"))
    assert chooser.status_code == 200
    assert "Skupna fotografija" in chooser.json()["html"]
    client.post(reverse("wagtailimages:add"), {"title": "Delavnica", "file": png_upload()})
    uploaded = PortalImage.objects.get(title="Delavnica")
    own = PartnerEditorGroup.objects.get(partner_key=editorial.cpu.translation_key).collection
    assert own.name == "Partner: CPU"
    assert uploaded.collection == own
    # They may change their own images, not the shared ones.
    assert outcome(client, editorial.cpu_editor, reverse("wagtailimages:edit", args=[uploaded.pk])) == OK
    assert outcome(client, editorial.cpu_editor, reverse("wagtailimages:edit", args=[shared.pk])) == NO
    assert outcome(client, editorial.rasr_editor, reverse("wagtailimages:edit", args=[uploaded.pk])) == NO


def png_upload():
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return SimpleUploadedFile("delavnica.png", buffer.getvalue(), content_type="image/png")
