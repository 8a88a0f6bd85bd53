"""Consent is enforced the moment a story is published: the record is aligned across languages and a
story without valid consent is taken off the site in every language at once."""

import logging

from django.db.models.signals import post_save
from wagtail.signals import page_published

from home import roles

from .models import PartnerSectionPage, SuccessStoryPage

logger = logging.getLogger(__name__)


def unpublish_without_consent(story: SuccessStoryPage) -> int:
    """Unpublish every live language version of `story` if its consent is not valid; returns how many."""
    if story.consent_is_valid:
        return 0
    count = 0
    for version in story.versions().live():
        if SuccessStoryPage.objects.filter(pk=version.pk, live=True).exists():  # aliases go with their source
            version.unpublish(log_action=True)
            count += 1
    return count


def story_published(sender, instance: SuccessStoryPage, **kwargs) -> None:
    instance.align_consent()
    if unpublish_without_consent(instance):
        logger.info("Success story %s published without valid consent: unpublished in every language", instance.pk)


def connect() -> None:
    page_published.connect(story_published, sender=SuccessStoryPage, dispatch_uid="news_story_consent")
    # A partner section (and each language copy of it) gets its partner's editors group and review workflow.
    post_save.connect(roles.partner_section_saved, sender=PartnerSectionPage, dispatch_uid="news_partner_section_roles")
