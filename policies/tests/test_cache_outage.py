"""A cache that stops answering costs speed, never the site (docs/resilience.md, (d)).

Measured before this was fixed: with Redis frozen (SIGSTOP, as a host that no
longer answers), every request waited redis-py's default 5 s socket timeout
twice, so every gunicorn thread was held and no page, not even /healthz, was
served until Redis came back.
"""

import os
import socket
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest

from policies import content

ROOT = Path(__file__).resolve().parents[2]
RESULT = "/guide/?country=DE&age=18plus&device=ios"


@pytest.fixture(autouse=True)
def _cache_tried_again():
    content._cache_down_until = 0.0
    yield
    content._cache_down_until = 0.0


class SilentCache:
    """Every call times out, as redis-py's calls do when Redis stops answering."""

    def __init__(self):
        self.calls = 0

    def __getattr__(self, name):
        def call(*args, **kwargs):
            self.calls += 1
            raise TimeoutError("Timeout reading from socket")

        return call


def test_after_a_failure_the_cache_is_left_alone_for_a_while(client, linkedin):
    silent = SilentCache()
    with mock.patch.object(content, "cache", silent):
        pages = [client.get(RESULT), client.get("/"), client.get("/policy/")]
        assert [page.status_code for page in pages] == [200, 200, 200]
        assert silent.calls == 1  # the rest rendered without waiting for the cache
        content._cache_down_until = 0.0  # CACHE_RETRY_AFTER seconds later
        assert client.get(RESULT).status_code == 200
        assert silent.calls == 2


def test_an_edit_right_after_a_cache_failure_still_moves_the_revision(client, linkedin):
    assert client.get("/").status_code == 200  # cached under the current revision
    with mock.patch.object(content, "cache", SilentCache()):
        client.get("/")  # fails: the cache is left alone for a while
    linkedin.title = "Edited right after a cache failure"
    linkedin.save()
    content._cache_down_until = 0.0  # the cache is asked again
    assert "Edited right after a cache failure" in client.get("/").content.decode()


def test_a_redis_that_accepts_but_never_answers_costs_under_a_second():
    # A listening socket that never accepts: the kernel completes the connection,
    # nothing ever replies (a frozen Redis, a host gone behind a network cut).
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        port = silent.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
        env |= {
            "DJANGO_SECRET_KEY": "x" * 50,
            "DJANGO_ALLOWED_HOSTS": "example.org",
            "REDIS_URL": f"redis://127.0.0.1:{port}/0",
        }
        code = (
            "import time, django; django.setup(); from django.core.cache import cache\n"
            "started = time.monotonic()\n"
            "try:\n    cache.get('key')\n"
            "except Exception as error:\n"
            "    print(type(error).__name__, time.monotonic() - started)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env={**env, "DJANGO_SETTINGS_MODULE": "optout_guide.settings"},
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr
    error, seconds = done.stdout.split()
    assert "Timeout" in error and float(seconds) < 1.5
