"""Rename the review workflow and its step from English to "pregled" (see home/roles.py, PARTNER_REVIEW_*)."""

from django.db import migrations

OLD_WORKFLOW, OLD_TASK = "Partner review", "Review by communications staff"
NEW_NAME = "pregled"


def rename(apps, schema_editor, workflow_from=OLD_WORKFLOW, task_from=OLD_TASK, to=(NEW_NAME, NEW_NAME)):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=workflow_from).update(name=to[0])
    apps.get_model("wagtailcore", "Task").objects.filter(name=task_from).update(name=to[1])


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, workflow_from=NEW_NAME, task_from=NEW_NAME, to=(OLD_WORKFLOW, OLD_TASK))


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_search_query_day"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
