"""What the benchmark and the load test share: paths, the pages they request, the
facts about the machine that head each report."""

import datetime as dt
import os
import platform
import re
import subprocess
from pathlib import Path

from harness import ROOT

BENCH_DIR = ROOT / ".bench"
# gunicorn's and PostgreSQL's logs of the last run of each command are kept here.
LOGS = BENCH_DIR / "logs"

HOME = "/"
QUESTION = "/guide/?country=DE"
RESULT = "/guide/?country=DE&age=18plus&device=android"
POLICY = "/policy/"
REGION_EU = "/regions/eu/"


def say(message: str = "") -> None:
    print(message, flush=True)


def _git(*args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False
    )
    return done.stdout.strip()


def machine() -> dict[str, str]:
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
    meminfo = Path("/proc/meminfo").read_text()
    kib = int(re.search(r"^MemTotal:\s*(\d+)", meminfo, re.M).group(1))
    commit = _git("rev-parse", "--short", "HEAD")
    dirty = _git("status", "--porcelain", "--untracked-files=no")
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False)
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": str(os.cpu_count()),
        "memory": f"{kib / 1024 / 1024:.1f} GiB",
        "cpu": model.group(1).strip() if model else "unknown",
        "kernel": platform.release(),
        "python": platform.python_version(),
        "commit": f"{commit}{' + uncommitted changes' if dirty else ''}",
        "wrk": (wrk_version.stdout + wrk_version.stderr).split("Copyright")[0].strip(),
    }


def machine_lines(facts: dict[str, str], site) -> list[str]:
    """The report's opening lines; with the server's, if `site` (a BenchSite) is given."""
    lines = [
        f"- Date: {facts['date']}",
        f"- Machine: {facts['nproc']} CPUs ({facts['cpu']}), {facts['memory']} memory, "
        f"Linux {facts['kernel']}",
        f"- Code: commit {facts['commit']}; Python {facts['python']}; {facts['wrk']}",
    ]
    if site is not None:
        lines.append(
            f"- Server: gunicorn -c gunicorn.conf.py, {site.workers_wanted} workers × "
            f"{site.env.get('GUNICORN_THREADS') or 2} threads (gthread), production settings, "
            "PostgreSQL 15 (throwaway local cluster), file cache, whitenoise for static files; "
            "wrk and the server share the same CPUs"
        )
    return lines


def ms(microseconds: float) -> str:
    return f"{microseconds / 1000:.1f} ms"
