import pytest

from tests.campaigns.factories import build_campaign_tree


@pytest.fixture
def campaign_tree(site_tree):
    return build_campaign_tree(site_tree)
