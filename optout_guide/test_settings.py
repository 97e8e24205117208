"""The test suite's settings: production settings, told that they run under tests.

Tests run with debug off on purpose. Being told (rather than guessing from what
is imported) keeps the differences in one place: no secret key needed, an
in-process cache unless REDIS_URL is given, static files from the source
folders, no HTTPS redirect. pyproject.toml points pytest-django here.
"""

import os

os.environ["DJANGO_TESTING"] = "1"

from optout_guide.settings import *  # noqa: E402, F403

# Django's test client speaks to "testserver".
SITE_URL = "http://testserver"
