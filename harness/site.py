"""The site as in production: gunicorn with the project's gunicorn.conf.py.

The caller gives the environment (production settings: no DJANGO_DEBUG, a secret
key, allowed hosts, a database; `production_env` makes one); Site adds PORT, a
free port. `with Site(env, log=…) as site:` starts gunicorn and returns once
/healthz answers 200 (or raises with the log's tail); on exit gunicorn gets
SIGTERM, then its whole process group SIGKILL if it is still running.
"""

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

from harness import ROOT
from harness.http import get
from harness.ports import free_port
from harness.service import Service

# The Dockerfile's CMD.
GUNICORN = ["gunicorn", "-c", "gunicorn.conf.py", "optout_guide.wsgi:application"]


def production_env(base: Mapping[str, str], tmp: Path, database_url: str) -> dict[str, str]:
    """`base` plus what production settings need: a random secret key, loopback hosts,
    the page cache and STATIC_ROOT in `tmp`, `database_url`."""
    return {
        **base,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Not the default /tmp/optout-guide-cache, which other servers share.
        "DJANGO_CACHE_DIR": str(tmp / "cache"),
        "DJANGO_STATIC_ROOT": str(tmp / "static"),
        "DATABASE_URL": database_url,
        "PYTHONUNBUFFERED": "1",
    }


def manage(*args: str, env: Mapping[str, str], cwd: Path = ROOT, timeout: float = 600) -> str:
    """`python manage.py ARGS` with `env`; its output, or RuntimeError with it."""
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


class Site(Service):
    def __init__(
        self,
        env: Mapping[str, str],
        *,
        log: Path,
        cwd: Path = ROOT,
        command: list[str] | None = None,
        startup_timeout: float = 60,
    ):
        # gunicorn.conf.py binds every interface, so the port must be free on all of them.
        self.port = free_port("0.0.0.0")
        self.env = {**env, "PORT": str(self.port)}
        self.log = log
        self.cwd = cwd
        self.command = command or [sys.executable, "-m", *GUNICORN]
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        """Start gunicorn (its output appended to the log) and wait for /healthz = 200."""
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                self.command,
                cwd=self.cwd,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + self.startup_timeout
        last = "no answer"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"gunicorn exited with {self.process.returncode}:\n{self.log_tail()}"
                )
            health = get(self.port, "/healthz", proxy=False, timeout=2)
            if health.status == 200:
                return
            last = f"{health.status} {health.body[:200]!r}"
            time.sleep(0.2)
        raise RuntimeError(
            f"gunicorn did not answer /healthz with 200 within {self.startup_timeout:.0f} s "
            f"(last: {last}); the end of {self.log}:\n{self.log_tail()}"
        )

    def begin(self) -> None:
        self.start()

    @property
    def master(self) -> int:
        assert self.process is not None
        return self.process.pid

    def stop(self, timeout: float = 40) -> int | None:
        """SIGTERM (a graceful stop) and wait up to `timeout` s: gunicorn's exit code, or
        None if it had to be killed. No worker outlives it."""
        if self.process is None:
            return None
        returncode = self.process.poll()
        if returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.process.pid, signal.SIGTERM)
            try:
                returncode = self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                print(
                    f"warning: gunicorn still running {timeout:.0f} s after SIGTERM; killing it",
                    file=sys.stderr,
                )
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        # Workers are in the master's process group (start_new_session).
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process = None
        return returncode

    def cleanup(self) -> None:
        self.stop()

    def log_tail(self, lines: int = 60) -> str:
        if not self.log.exists():
            return "(no log)"
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
