"""A throwaway redis-server on a free loopback port that writes nothing to disk."""

import contextlib
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from harness import HOST
from harness.ports import free_port
from harness.service import Service


class Redis(Service):
    """`with Redis() as redis:` a running server at `redis.url` (database 0)."""

    def __init__(self, *, prefix: str = "optout-guide-redis."):
        for command in ("redis-server", "redis-cli"):
            if shutil.which(command) is None:
                raise RuntimeError(f"{command} is not installed (Debian: redis-server)")
        self.tmp = Path(tempfile.mkdtemp(prefix=prefix))
        self.log = self.tmp / "redis.log"
        self.port = free_port()
        self.url = f"redis://{HOST}:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def ping(self) -> bool:
        done = subprocess.run(
            ["redis-cli", "-h", HOST, "-p", str(self.port), "ping"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        )
        return done.stdout.strip() == "PONG"

    def start(self, timeout: float = 10) -> None:
        # Loopback only; no RDB snapshots and no append-only file.
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", HOST, "--save", ""]
            + ["--appendonly", "no", "--daemonize", "no"]
            + ["--dir", str(self.tmp), "--logfile", str(self.log)],
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.process.poll() is None:
            if self.ping():
                return
            time.sleep(0.1)
        log = self.log.read_text() if self.log.exists() else ""
        raise RuntimeError(f"could not start Redis on port {self.port}:\n{log}")

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                print("warning: Redis did not stop on SIGTERM; killing it", file=sys.stderr)
                self.process.kill()
                self.process.wait()
        self.process = None

    def cleanup(self) -> None:
        with contextlib.suppress(Exception):
            self.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def begin(self) -> None:
        self.start()
