"""The site for a run: a throwaway PostgreSQL 15 cluster and gunicorn, as in production
(harness.site), from a snapshot of the working tree, with what the load test inspects
(workers, their connections, the log)."""

import contextlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from common import ROOT, say

from harness.postgres import Postgres
from harness.site import Site, manage, production_env

SNAPSHOT_IGNORE = (
    ".git",
    ".venv",
    ".bench",
    "node_modules",
    "staticfiles",
    "db.sqlite3*",
    "__pycache__",
    "*.pyc",
    ".pytest_cache",
    ".ruff_cache",
    "test-artifacts",
    "docs",
)


class BenchSite(Site):
    """migrate, collectstatic and gunicorn -c gunicorn.conf.py, with production settings.

    `extra_env` is added to the production environment (REDIS_URL, DJANGO_SITE_URL…);
    `sibling()` is a second instance of the same build (see there).
    """

    def __init__(
        self,
        database_url: str,
        log_dir: Path,
        *,
        name: str = "gunicorn",
        extra_env: dict[str, str] | None = None,
    ):
        self.tmp = Path(tempfile.mkdtemp(prefix="optout-guide-bench-site."))
        self.owns_tmp = True
        self.name = name
        self.workers_wanted = int(os.environ.get("GUNICORN_WORKERS") or 2)
        # Run from a copy of the working tree, as from an image: gunicorn recycles workers
        # (max_requests) and each new one imports the code on disk, which may be mid-edit.
        self.app = self.tmp / "app"
        shutil.copytree(ROOT, self.app, ignore=shutil.ignore_patterns(*SNAPSHOT_IGNORE))
        base = {
            name: value
            for name, value in os.environ.items()
            if name not in {"DJANGO_DEBUG", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
        }
        env = production_env(base, self.tmp, database_url)
        env["GUNICORN_WORKERS"] = str(self.workers_wanted)
        env.update(extra_env or {})
        log_dir.mkdir(parents=True, exist_ok=True)
        super().__init__(env, log=log_dir / f"{name}.log", cwd=self.app)

    def sibling(self, name: str) -> "BenchSite":
        """Another instance of the same build, as a second container of one image: the
        same snapshot, static files and environment (secret key, database, cache), its
        own port and log. Started without migrate/collectstatic; stopped before this one
        removes the snapshot (enter it after this one)."""
        twin = object.__new__(BenchSite)
        env = {key: value for key, value in self.env.items() if key != "PORT"}
        Site.__init__(twin, env, log=self.log.with_name(f"{name}.log"), cwd=self.app)
        twin.tmp, twin.app, twin.owns_tmp = self.tmp, self.app, False
        twin.name, twin.workers_wanted = name, self.workers_wanted
        return twin

    def prepare(self) -> None:
        say("   migrate")
        manage("migrate", "--noinput", env=self.env, cwd=self.app)
        say("   collectstatic")
        manage("collectstatic", "--noinput", env=self.env, cwd=self.app)
        if (self.app / "locale").is_dir():  # as the Dockerfile does
            say("   compilemessages")
            manage("compilemessages", env=self.env, cwd=self.app)

    def begin(self) -> None:
        if self.owns_tmp:
            self.prepare()
        self.start()

    def start(self) -> None:
        label = "gunicorn" if self.name == "gunicorn" else f"gunicorn {self.name}"
        say(f"   {label} on port {self.port} ({self.workers_wanted} workers)")
        super().start()

    def kill(self) -> None:
        """SIGKILL the master and every worker at once (its process group), as a crashed
        host or container would; `start()` brings it back on the same port."""
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def workers(self) -> list[int]:
        done = subprocess.run(
            ["pgrep", "-P", str(self.master)], capture_output=True, text=True, check=False
        )
        return sorted(int(pid) for pid in done.stdout.split())

    def connections_by_worker(self) -> dict[int, int]:
        """Established client connections on the site's port, per owning process."""
        done = subprocess.run(
            ["ss", "-tnpH", "state", "established", f"( sport = :{self.port} )"],
            capture_output=True,
            text=True,
            check=False,
        )
        held: dict[int, int] = {}
        for line in done.stdout.splitlines():
            for pid in set(re.findall(r"pid=(\d+)", line)):
                held[int(pid)] = held.get(int(pid), 0) + 1
        return held

    def wait_for_workers(self, count: int, timeout: float = 30) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.workers()) == count:
                return True
            time.sleep(0.1)
        return False

    def log_size(self) -> int:
        return self.log.stat().st_size if self.log.exists() else 0

    def log_since(self, offset: int) -> str:
        with self.log.open("rb") as log:
            log.seek(offset)
            return log.read().decode("utf-8", "replace")

    def boots_since(self, offset: int) -> int:
        return self.log_since(offset).count("Booting worker with pid")

    def cleanup(self) -> None:
        with contextlib.suppress(Exception):
            super().cleanup()
        if self.owns_tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)


def start_site(stack: contextlib.ExitStack, log_dir: Path) -> tuple[Postgres, BenchSite]:
    """A throwaway PostgreSQL cluster and the site on it, both cleaned up by `stack`."""
    say("== Starting a production-like server (PostgreSQL 15, gunicorn)")
    pg = stack.enter_context(Postgres(prefix="optout-guide-bench-pg.", keep_log_in=log_dir))
    site = stack.enter_context(BenchSite(pg.url, log_dir))
    return pg, site
