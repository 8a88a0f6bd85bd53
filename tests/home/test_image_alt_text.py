"""Images chosen outside a StreamField need alternative text or an explicit "decorative" choice."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from home.models import PortalImage
from tests.news.factories import ImageFactory, NewsPageFactory


@pytest.fixture
def admin_client(client, admin_user):
    """The admin in English, whatever the site's default language."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    return client


@pytest.fixture
def article(news_tree):
    tree = news_tree
    return NewsPageFactory(parent=tree.news["sl"], title="Seminar v Celju", slug="seminar", lead_image=None)


def save_in_admin(client, page, image) -> str:
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": "2026-11-20",
            "tags": "",
            "intro": "Seminar za strokovne delavce.",
            "lead_image": image.pk,
            "body": streamfield([]),
            "related_pages": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    return response


def test_lead_image_without_description_is_refused_with_a_clear_message(admin_client, article):
    image = ImageFactory(title="Udeleženci", description="")
    response = save_in_admin(admin_client, article, image)
    assert response.status_code == 200  # the form again, not a redirect
    assert "has no alternative text" in response.content.decode()
    article.refresh_from_db()
    assert article.get_latest_revision() is None, "nothing was saved"


def test_file_name_as_description_is_refused(admin_client, article):
    image = ImageFactory(title="Udeleženci", description="IMG_2041.jpg")
    response = save_in_admin(admin_client, article, image)
    assert "looks like a file name" in response.content.decode()
    with pytest.raises(ValidationError):
        image.clean()


@pytest.mark.parametrize(
    ("description", "decorative", "alt"), [("Udeleženci seminarja", False, "Udeleženci seminarja"), ("", True, "")]
)
def test_described_or_decorative_lead_image_is_saved_and_rendered_with_that_alt(
    admin_client, article, description, decorative, alt
):
    image = ImageFactory(title="Udeleženci", description=description, is_decorative=decorative)
    response = save_in_admin(admin_client, article, image)
    assert response.status_code == 302  # saved: back to the page explorer
    article.refresh_from_db()
    revision = article.get_latest_revision()
    assert revision.as_object().lead_image_id == image.pk
    revision.publish()
    admin_client.logout()
    html = admin_client.get("/sl/novice/seminar/").content.decode()
    figure = html.split('<figure class="article__image">')[1].split("</figure>")[0]
    assert f'alt="{alt}"' in figure


def test_decorative_is_asked_in_the_image_library_form(db):
    assert "is_decorative" in PortalImage.admin_form_fields
    assert PortalImage(title="x", is_decorative=True, description="Opis").alt_text == ""
