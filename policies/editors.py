"""The privacy editors: who may change content, and the history they can revert to.

Privacy publishers are editors who may also put a policy on the site or take it
off (its "published" box) and delete one: a user in both groups.
"""

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

EDITORS_GROUP = "Privacy editors"
PUBLISHERS_GROUP = "Privacy publishers"
PUBLISH_CODENAME = "publish_policy"
PUBLISH_PERMISSION = f"policies.{PUBLISH_CODENAME}"


def can_publish(user) -> bool:
    return user.has_perm(PUBLISH_PERMISSION)


def sync_editors_group() -> Group:
    """Give the editors every right over content, but publishing, and none over users or groups.

    Run after each migrate, so that a content model added later is editable
    by the group without another migration.
    """
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="policies").exclude(
            codename=PUBLISH_CODENAME
        )
    )
    return group


def sync_publishers_group() -> Group:
    """The publishers' group holds the publish permission (migration 0016 made it)."""
    group, _ = Group.objects.get_or_create(name=PUBLISHERS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="policies", codename=PUBLISH_CODENAME)
    )
    return group


def after_migrate(app_config, using="default", verbosity=1, **kwargs):
    sync_editors_group()
    sync_publishers_group()
    # Without a first version, an editor's first change could not be undone:
    # record the content as loaded, once per object that has no history yet.
    call_command(
        "createinitialrevisions",
        app_config.label,
        comment="Content as first loaded",
        using=using,
        verbosity=0,
    )
    # Corrections shipped by data migrations since: one revision each, with its comment.
    from policies.corrections import record_corrections

    record_corrections(using=using)
