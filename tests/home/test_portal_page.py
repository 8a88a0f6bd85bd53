"""Every page type of the portal is a PortalPage: the site search and the view-restriction shortcut apply to all."""

from wagtail.models import get_page_models

from home.models import PortalPage


def test_every_page_type_is_a_portal_page():
    ours = [model for model in get_page_models() if model._meta.app_label in ("home", "news", "events", "campaigns")]
    assert len(ours) >= 18
    assert [model.__name__ for model in ours if not issubclass(model, PortalPage)] == []


def test_the_base_page_has_no_table():
    assert PortalPage._meta.abstract
    assert PortalPage not in get_page_models()
