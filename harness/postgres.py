"""A throwaway PostgreSQL 15 cluster on a free loopback port.

initdb refuses to run as root: as root, the cluster belongs to the `postgres`
user (every PostgreSQL command runs through `runuser -u postgres --`). The
cluster lives in a temporary folder with durability off (fsync,
synchronous_commit, full_page_writes) and is stopped and deleted on exit.
"""

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import HOST
from harness.ports import free_port
from harness.service import Service

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def _locale() -> str:
    """C.UTF-8 gives Unicode-aware upper()/lower() (so __iexact etc. behave) with
    plain code-point ordering; C if this system lacks it."""
    done = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=False)
    names = {name.lower().replace("-", "") for name in done.stdout.split()}
    return "C.UTF-8" if "c.utf8" in names else "C"


class Postgres(Service):
    """`with Postgres() as pg:` a running cluster at `pg.url`; `stop()`/`start()` inside."""

    def __init__(self, *, prefix: str = "optout-guide-pg.", keep_log_in: Path | None = None):
        missing = [
            name for name in ("initdb", "pg_ctl", "postgres") if not (PG_BIN / name).exists()
        ]
        if missing:
            raise RuntimeError(
                f"PostgreSQL 15 is not installed: no {', '.join(missing)} in {PG_BIN}"
            )
        self.as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.keep_log_in = keep_log_in
        self.tmp = self._make_tmp(prefix)
        self.data = self.tmp / "data"
        self.log = self.tmp / "postgres.log"
        self.port = free_port()
        self.url = f"postgres://postgres@{HOST}:{self.port}/postgres"

    def _make_tmp(self, prefix: str) -> Path:
        tmp = Path(tempfile.mkdtemp(prefix=prefix))
        if self.as_pg:
            shutil.chown(tmp, "postgres", "postgres")
            if self._run("test", "-w", str(tmp)).returncode:
                # e.g. TMPDIR inside /root: fall back to /tmp, which postgres can reach.
                shutil.rmtree(tmp, ignore_errors=True)
                tmp = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
                shutil.chown(tmp, "postgres", "postgres")
        return tmp

    def _run(self, *args: str, timeout: float = 90) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*self.as_pg, *args], capture_output=True, text=True, timeout=timeout, check=False
        )

    def _pg_ctl(self, *args: str) -> subprocess.CompletedProcess:
        return self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), *args)

    def init(self) -> None:
        done = self._run(
            str(PG_BIN / "initdb"),
            "-D",
            str(self.data),
            "--auth=trust",
            "-U",
            "postgres",
            "--encoding=UTF8",
            f"--locale={_locale()}",
            "--no-sync",
        )
        if done.returncode:
            raise RuntimeError(f"initdb failed:\n{done.stdout}{done.stderr}")
        self._run("mkdir", str(self.tmp / "socket"))
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                "\n# Added by harness/postgres.py (a throwaway cluster)\n"
                f"listen_addresses = '{HOST}'\nport = {self.port}\n"
                f"unix_socket_directories = '{self.tmp / 'socket'}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
            )

    def start(self) -> None:
        done = self._pg_ctl("-l", str(self.log), "-w", "-t", "60", "start")
        if done.returncode:
            log = self.log.read_text() if self.log.exists() else done.stdout + done.stderr
            raise RuntimeError(f"PostgreSQL 15 did not start on port {self.port}:\n{log}")

    def stop(self, mode: str = "fast") -> None:
        done = self._pg_ctl("-m", mode, "-w", "-t", "30", "stop")
        if done.returncode:
            raise RuntimeError(f"pg_ctl stop -m {mode} failed: {done.stdout}{done.stderr}")

    @property
    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def cleanup(self) -> None:
        """Stop the cluster (fast, then immediate, then SIGKILL) and delete its folder."""
        if self.running:
            for mode in ("fast", "immediate"):
                with contextlib.suppress(Exception):
                    self.stop(mode)
                if not self.running:
                    break
            if self.running:
                print("warning: pg_ctl could not stop PostgreSQL; killing it", file=sys.stderr)
                with contextlib.suppress(Exception):
                    pid = int((self.data / "postmaster.pid").read_text().split()[0])
                    os.kill(pid, signal.SIGKILL)
        if self.keep_log_in is not None:
            with contextlib.suppress(OSError):
                self.keep_log_in.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(self.log, self.keep_log_in / self.log.name)
        shutil.rmtree(self.tmp, ignore_errors=True)

    def begin(self) -> None:
        self.init()
        self.start()
