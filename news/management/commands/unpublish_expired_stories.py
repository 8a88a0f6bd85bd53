import logging

from django.core.management.base import BaseCommand

from news.models import SuccessStoryPage

logger = logging.getLogger("news.consent")


class Command(BaseCommand):
    help = (
        "Unpublish every success story whose storyteller's consent has expired or was withdrawn, in every "
        "language. Run it daily (e.g. from cron just after midnight). Safe to run again: it only touches live "
        "stories without valid consent."
    )

    def handle(self, *args, **options):
        stories = SuccessStoryPage.objects.live().without_valid_consent().order_by("pk")
        count = 0
        for story in stories:
            # Unpublishing a source page also unpublishes its aliases: skip versions already gone.
            if not SuccessStoryPage.objects.filter(pk=story.pk, live=True).exists():
                continue
            story.unpublish(log_action=True)
            count += 1
            message = (
                f"Unpublished success story {story.pk} ({story.locale.language_code}, {story.url_path}): consent "
                f"valid until {story.consent_valid_until}, withdrawn on {story.consent_withdrawn_on or '-'}"
            )
            logger.info(message)
            self.stdout.write(message)
        self.stdout.write(self.style.SUCCESS(f"{count} success stories unpublished."))
