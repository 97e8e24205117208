# Privacy publishers: the permission to publish, unpublish and delete a policy, and the
# group that holds it (policies/editors.py). Editors keep every other right over content.

from django.db import migrations

PUBLISHERS_GROUP = "Privacy publishers"


def create_publishers_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    # Django creates permissions after migrating: make this one now, as it would.
    policy_type, _ = ContentType.objects.get_or_create(app_label="policies", model="policy")
    publish, _ = Permission.objects.get_or_create(
        content_type=policy_type,
        codename="publish_policy",
        defaults={"name": "Can publish, unpublish and delete a policy"},
    )
    group, _ = Group.objects.get_or_create(name=PUBLISHERS_GROUP)
    group.permissions.add(publish)
    # Editors were given every content permission; publishing is no longer one of them.
    editors = Group.objects.filter(name="Privacy editors").first()
    if editors is not None:
        editors.permissions.remove(publish)


def remove_publishers_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=PUBLISHERS_GROUP).delete()


class Migration(migrations.Migration):

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("policies", "0018_translation_tracking"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="policy",
            options={
                "ordering": ["title"],
                "permissions": [("publish_policy", "Can publish, unpublish and delete a policy")],
                "verbose_name_plural": "policies",
            },
        ),
        migrations.RunPython(create_publishers_group, remove_publishers_group),
    ]
