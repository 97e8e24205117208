"""How a page looks when shared: the one place that words a share preview.

The pages' own Open Graph tags and the admin's newsletter-link preview both
use `share_text`, so the preview an editor sees is what the linked page shares.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from policies.dates import long_date
from policies.models import Policy, Region


def share_text(
    policy: Policy, region: Region | None = None, today: datetime.date | None = None
) -> tuple[str, str]:
    """The title and description a link shows when shared: about a region, or the policy."""
    if region is None:
        return policy.title, policy.summary
    today = today or timezone.localdate()
    values = {"platform": policy.platform}
    if region.not_named or region.training_start is None:
        status = _("%(platform)s does not say which of its groups this place is in.") % values
        return f"{policy.title} ({region.name})", status
    values["date"] = long_date(region.training_start)
    if region.training_started(today):
        status = _("%(platform)s has used members’ data for AI training since %(date)s.") % values
    else:
        status = _("%(platform)s will use members’ data for AI training from %(date)s.") % values
    return f"{policy.title} ({region.name})", status
