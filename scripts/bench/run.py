"""Benchmark, Lighthouse and load/fault runs against a production-like optout-guide.

Run through the wrappers, which install what is missing first:

    scripts/benchmark [--no-lighthouse] [--no-fuzz] [--duration S] [--warmup S]
    scripts/loadtest  [--duration S]

Both start the site as in production on loopback only: a throwaway PostgreSQL 15
cluster, `migrate`, `collectstatic` into a temporary STATIC_ROOT, gunicorn with
gunicorn.conf.py (production settings, a random secret key, the file cache in a
temporary folder), and send `X-Forwarded-Proto: https` with every request, as
the TLS proxy in front of the site does. Everything they start (PostgreSQL,
gunicorn, wrk, Chromium through Lighthouse) is stopped, and every temporary
folder removed, however the run ends.

`benchmark` writes docs/benchmarks.md, `loadtest` writes docs/resilience.md.
Only the numbers measured in the run are written; nothing is carried over.
"""

import argparse
import contextlib
import datetime as dt
import http.client
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
WRK_LUA = ROOT / "scripts" / "bench" / "wrk.lua"
BENCH_DIR = ROOT / ".bench"
LIGHTHOUSE = BENCH_DIR / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
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
# gunicorn's and PostgreSQL's logs of the last run of each command are kept here.
LOG_DIR = BENCH_DIR / "logs"
HOST = "127.0.0.1"
PROXY_HEADER = ("X-Forwarded-Proto", "https")

HOME = "/"
QUESTION = "/guide/?country=DE"
RESULT = "/guide/?country=DE&age=18plus&device=android"
POLICY = "/policy/"
REGION_EU = "/regions/eu/"
# Never requested before the database goes down in the outage scenario.
UNCACHED = ["/regions/canada/", "/guide/?country=JP&age=18plus&device=android"]
# Asked for only once the database is down and the page cache is empty.
COLD_REGION = "/regions/hong-kong/"
COLD_RESULT = "/guide/?country=GB&age=18plus&device=android"
FRIENDLY_503 = "back in a moment"

# Targets (from the brief): the result page against the static file.
RESULT_RPS_RATIO_MIN = 0.9
RESULT_P99_RATIO_MAX = 1.25
KILL_FAILURE_PCT_MAX = 0.1

CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --no-first-run"
)


def say(message: str = "") -> None:
    print(message, flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _terminate(signum, frame):
    # Turn SIGTERM into an exception so that every `finally` cleans up.
    raise SystemExit(128 + signum)


# --- HTTP -----------------------------------------------------------------------


class Response:
    def __init__(self, status: int, headers, body: bytes, seconds: float):
        self.status = status
        self.headers = headers
        self.body = body
        self.seconds = seconds

    def header(self, name: str) -> str:
        return self.headers.get(name, "") if self.headers is not None else ""

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def get(port: int, path: str, *, proxy: bool = True, timeout: float = 10) -> Response:
    """One GET to the site. Connection failures come back as status 0."""
    headers = {"Host": f"{HOST}:{port}"}
    if proxy:
        headers[PROXY_HEADER[0]] = PROXY_HEADER[1]
    started = time.monotonic()
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read()
        return Response(response.status, response.msg, body, time.monotonic() - started)
    except (OSError, http.client.HTTPException) as error:
        return Response(0, None, str(error).encode(), time.monotonic() - started)
    finally:
        conn.close()


# --- PostgreSQL -------------------------------------------------------------------


class Postgres:
    """A throwaway PostgreSQL 15 cluster on a free loopback port (as scripts/test)."""

    def __init__(self):
        self.as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.tmp = Path(tempfile.mkdtemp(prefix="optout-guide-bench-pg.", dir="/tmp"))
        if self.as_pg:
            shutil.chown(self.tmp, "postgres", "postgres")
        self.data = self.tmp / "data"
        self.log = self.tmp / "postgres.log"
        self.port = free_port()
        self.url = f"postgres://postgres@{HOST}:{self.port}/postgres"

    def _run(self, *args: str, timeout: float = 90) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*self.as_pg, *args], capture_output=True, text=True, timeout=timeout, check=False
        )

    def init(self) -> None:
        done = self._run(
            str(PG_BIN / "initdb"),
            "-D",
            str(self.data),
            "--auth=trust",
            "-U",
            "postgres",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        if done.returncode:
            raise RuntimeError(f"initdb failed:\n{done.stdout}{done.stderr}")
        self._run("mkdir", str(self.tmp / "socket"))
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                "\n# Added by scripts/bench/run.py (a throwaway cluster)\n"
                f"listen_addresses = '{HOST}'\nport = {self.port}\n"
                f"unix_socket_directories = '{self.tmp / 'socket'}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
            )

    def start(self) -> None:
        done = self._run(
            str(PG_BIN / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-w",
            "-t",
            "60",
            "start",
        )
        if done.returncode:
            raise RuntimeError(f"PostgreSQL did not start:\n{self.log.read_text()}")

    def stop(self, mode: str = "fast") -> None:
        done = self._run(
            str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "-t", "30", "stop"
        )
        if done.returncode:
            raise RuntimeError(f"pg_ctl stop -m {mode} failed: {done.stdout}{done.stderr}")

    @property
    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def cleanup(self) -> None:
        if self.running:
            for mode in ("fast", "immediate"):
                with contextlib.suppress(Exception):
                    self.stop(mode)
                if not self.running:
                    break
            if self.running:
                with contextlib.suppress(Exception):
                    pid = int((self.data / "postmaster.pid").read_text().split()[0])
                    os.kill(pid, signal.SIGKILL)
        keep_log(self.log)
        shutil.rmtree(self.tmp, ignore_errors=True)


def keep_log(path: Path) -> None:
    with contextlib.suppress(OSError):
        LOG_DIR.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, LOG_DIR / path.name)


# --- The site -----------------------------------------------------------------------


class Site:
    """migrate, collectstatic and gunicorn -c gunicorn.conf.py, with production settings."""

    def __init__(self, database_url: str, extra_env: dict[str, str] | None = None):
        self.tmp = Path(tempfile.mkdtemp(prefix="optout-guide-bench-site."))
        self.port = free_port()
        self.workers_wanted = int(os.environ.get("GUNICORN_WORKERS") or 2)
        self.log = self.tmp / "gunicorn.log"
        # Run from a copy of the working tree, as from an image: gunicorn recycles workers
        # (max_requests) and each new one imports the code on disk, which may be mid-edit.
        self.app = self.tmp / "app"
        shutil.copytree(ROOT, self.app, ignore=shutil.ignore_patterns(*SNAPSHOT_IGNORE))
        env = {
            name: value
            for name, value in os.environ.items()
            if name not in {"DJANGO_DEBUG", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
        }
        env |= {
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_CACHE_DIR": str(self.tmp / "cache"),
            "DJANGO_STATIC_ROOT": str(self.tmp / "static"),
            "DATABASE_URL": database_url,
            "GUNICORN_WORKERS": str(self.workers_wanted),
            "PORT": str(self.port),
            "PYTHONUNBUFFERED": "1",
        }
        env |= extra_env or {}
        self.env = env
        self.process: subprocess.Popen | None = None

    def manage(self, *args: str) -> None:
        done = subprocess.run(
            [str(VENV_BIN / "python"), "manage.py", *args],
            cwd=self.app,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if done.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")

    def prepare(self) -> None:
        say("   migrate")
        self.manage("migrate", "--noinput")
        say("   collectstatic")
        self.manage("collectstatic", "--noinput")
        if (self.app / "locale").is_dir():  # as the Dockerfile does
            say("   compilemessages")
            self.manage("compilemessages")

    def start(self) -> None:
        say(f"   gunicorn on port {self.port} ({self.workers_wanted} workers)")
        log = self.log.open("ab")
        self.process = subprocess.Popen(
            [str(VENV_BIN / "gunicorn"), "-c", "gunicorn.conf.py", "optout_guide.wsgi:application"],
            cwd=self.app,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{self.log.read_text()}")
            if get(self.port, "/healthz", timeout=2).status == 200 and len(self.workers()) >= 1:
                return
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer /healthz within 60 s:\n{self.log.read_text()}")

    @property
    def master(self) -> int:
        assert self.process is not None
        return self.process.pid

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

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=40)
            except subprocess.TimeoutExpired:
                say("warning: gunicorn still running 40 s after SIGTERM; killing its group")
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        # Workers are in the master's process group (start_new_session): none may outlive it.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process = None

    def cleanup(self) -> None:
        with contextlib.suppress(Exception):
            self.stop()
        keep_log(self.log)
        shutil.rmtree(self.tmp, ignore_errors=True)


# --- wrk --------------------------------------------------------------------------------


class Wrk:
    """One wrk run (foreground or background), parsed from wrk.lua's WRK_JSON line."""

    def __init__(
        self,
        port: int,
        path: str,
        *,
        connections: int,
        duration: int,
        threads: int = 2,
        paths: list[str] | None = None,
        count_status: bool = False,
    ):
        self.duration = duration
        env = dict(os.environ, WRK_PATHS=" ".join(paths or []))
        env["WRK_STATUS"] = "1" if count_status else "0"
        command = [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration}s",
            "--latency",
            "-s",
            str(WRK_LUA),
            "-H",
            f"{PROXY_HEADER[0]}: {PROXY_HEADER[1]}",
            f"http://{HOST}:{port}{path}",
        ]
        self.command = command
        self.process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )

    def result(self) -> dict:
        try:
            output, _ = self.process.communicate(timeout=self.duration + 60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            output, _ = self.process.communicate()
            raise RuntimeError(f"wrk did not finish:\n{output}") from None
        line = next((ln for ln in output.splitlines() if ln.startswith("WRK_JSON ")), None)
        if line is None:
            raise RuntimeError(f"wrk printed no result:\n{output}")
        data = json.loads(line.removeprefix("WRK_JSON "))
        seconds = data["duration_us"] / 1e6
        data["seconds"] = seconds
        data["rps"] = data["requests"] / seconds if seconds else 0.0
        data["socket_errors"] = data["connect"] + data["read"] + data["write"] + data["timeout"]
        data["codes"] = {int(code): count for code, count in data["codes"].items()}
        return data

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    @classmethod
    def run(cls, *args, **kwargs) -> dict:
        wrk = cls(*args, **kwargs)
        try:
            return wrk.result()
        finally:
            wrk.kill()


# --- Facts about the run ----------------------------------------------------------------


def machine() -> dict[str, str]:
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
    meminfo = Path("/proc/meminfo").read_text()
    kib = int(re.search(r"^MemTotal:\s*(\d+)", meminfo, re.M).group(1))
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
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


def machine_lines(facts: dict[str, str], site: Site | None) -> list[str]:
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


# --- benchmark --------------------------------------------------------------------------


def find_stylesheet(port: int) -> str:
    home = get(port, HOME)
    if home.status != 200:
        raise RuntimeError(f"GET / answered {home.status}, expected 200")
    match = re.search(r"/static/css/site\.[0-9a-f]{8,}\.css", home.text)
    if match is None:
        raise RuntimeError("no hashed /static/css/site.<hash>.css in the home page")
    return match.group(0)


def check_targets(port: int, targets: list[tuple[str, str]]) -> list[str]:
    """Each target answers 200 to the proxy's request; note what each answered."""
    notes = []
    for name, path in targets:
        first, second = get(port, path), get(port, path)
        if second.status != 200:
            raise RuntimeError(f"GET {path} answered {second.status}, expected 200")
        cache = f"X-Cache {first.header('X-Cache') or '-'} then {second.header('X-Cache') or '-'}"
        notes.append(f"{name} `{path}`: {second.status}, {len(second.body)} bytes, {cache}")
        plain = get(port, path, proxy=False)
        notes.append(
            f"{name} without X-Forwarded-Proto: {plain.status} "
            f"{plain.header('Location') or ''}".rstrip()
        )
    return notes


def lighthouse_page(port: int, name: str, path: str, outdir: Path) -> dict:
    report = outdir / f"{name}.report.json"
    command = [
        str(LIGHTHOUSE),
        f"http://{HOST}:{port}{path}",
        "--output=json",
        f"--output-path={report}",
        "--quiet",
        "--only-categories=performance,accessibility,best-practices,seo",
        f"--chrome-flags={CHROME_FLAGS}",
        f"--extra-headers={json.dumps(dict([PROXY_HEADER]))}",
    ]
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    started = time.monotonic()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    if done.returncode or not report.exists():
        return {"name": name, "path": path, "error": (done.stdout + done.stderr)[-2000:]}
    data = json.loads(report.read_text())
    scores = {
        key: None if cat["score"] is None else round(cat["score"] * 100)
        for key, cat in data["categories"].items()
    }
    failing = []
    for key, cat in data["categories"].items():
        for ref in cat["auditRefs"]:
            audit = data["audits"][ref["id"]]
            mode = audit.get("scoreDisplayMode")
            score = audit.get("score")
            if mode == "error" or (
                mode in ("binary", "numeric", "metricSavings") and score is not None and score < 0.9
            ):
                failing.append(
                    {
                        "category": data["categories"][key]["title"],
                        "id": ref["id"],
                        "title": audit["title"],
                        "score": score,
                        "display": audit.get("displayValue", ""),
                        "error": audit.get("errorMessage", ""),
                        "items": _audit_items(audit),
                    }
                )
    return {
        "name": name,
        "path": path,
        "scores": scores,
        "failing": failing,
        "final_url": data.get("finalDisplayedUrl") or data.get("finalUrl"),
        "seconds": time.monotonic() - started,
        "lighthouse": data.get("lighthouseVersion"),
        "form_factor": data.get("configSettings", {}).get("formFactor"),
        "throttling": data.get("configSettings", {}).get("throttlingMethod"),
        "report": str(report.relative_to(ROOT)),
    }


def _audit_items(audit: dict, limit: int = 3) -> list[str]:
    """A few of a failing audit's items (elements, URLs, failed checks), for the report."""
    details = audit.get("details") or {}
    items = details.get("items") or []
    if isinstance(items, dict):  # a checklist: {key: {label, value}}
        return [i["label"] for i in items.values() if isinstance(i, dict) and not i.get("value")]
    return [str(shown)[:300] for shown in _items(items)[:limit] if shown]


def _items(items: list) -> list[str]:
    shown: list[str] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        if item.get("type") == "table":  # a table nested in a list
            shown.extend(_items(item.get("items") or []))
            continue
        value = item.get("value") if item.get("type") == "list-section" else None
        if isinstance(value, dict):
            if value.get("type") == "network-tree":
                shown.extend(_chains(value.get("chains") or {}))
            continue  # other sections are explanatory text, not findings
        found = item.get("node") or item.get("url") or item.get("source") or ""
        if isinstance(found, dict):
            found = (
                found.get("snippet")
                or found.get("selector")
                or found.get("url")
                or found.get("value")
                or found.get("nodeLabel")
                or ""
            )
        if not found:
            continue
        for key, unit in (("wastedMs", "ms"), ("reflowTime", "ms"), ("wastedBytes", "bytes")):
            if isinstance(item.get(key), int | float) and item[key]:
                found = f"{found} ({item[key]:.0f} {unit})"
                break
        shown.append(str(found))
    return shown


def _chains(chains: dict, prefix: str = "") -> list[str]:
    """Request chains of a network-tree as 'url (ms) → url (ms)'."""
    out = []
    for chain in chains.values():
        here = f"{prefix}{chain.get('url', '?')} ({chain.get('navStartToEndTime', '?')} ms)"
        children = chain.get("children") or {}
        out.extend(_chains(children, here + " → ") if children else [here])
    return out


def run_fuzz() -> dict:
    test = ROOT / "policies" / "tests" / "test_fuzz.py"
    if not test.exists():
        return {"skipped": "policies/tests/test_fuzz.py does not exist (yet)"}
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env |= {"DJANGO_ALLOW_ASYNC_UNSAFE": "true", "FUZZ_EXAMPLES": "10000"}
    command = [str(VENV_BIN / "pytest"), "-q", "policies/tests/test_fuzz.py"]
    started = time.monotonic()
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800, check=False
        )
    except subprocess.TimeoutExpired:
        return {"failed": True, "summary": "timed out after 30 minutes", "seconds": 1800}
    output = (done.stdout + done.stderr).strip().splitlines()
    return {
        "failed": done.returncode != 0,
        "returncode": done.returncode,
        "summary": output[-1] if output else "",
        "tail": "\n".join(output[-40:]) if done.returncode else "",
        "seconds": time.monotonic() - started,
    }


def start_site(stack: contextlib.ExitStack) -> tuple["Postgres", "Site"]:
    """A throwaway PostgreSQL cluster and the site on it, both cleaned up by `stack`."""
    say("== Starting a production-like server (PostgreSQL 15, gunicorn)")
    pg = Postgres()
    stack.callback(pg.cleanup)
    pg.init()
    pg.start()
    site = Site(pg.url)
    stack.callback(site.cleanup)
    site.prepare()
    site.start()
    return pg, site


def benchmark(args) -> int:
    facts = machine()
    with contextlib.ExitStack() as stack:
        pg, site = start_site(stack)

        static = find_stylesheet(site.port)
        targets = [
            ("home", HOME),
            ("question", QUESTION),
            ("result", RESULT),
            ("static", static),
        ]
        notes = check_targets(site.port, targets)
        for note in notes:
            say(f"   {note}")

        results: dict[str, dict] = {}
        if not args.no_wrk:
            say(
                f"== wrk -t2 -c{args.connections} -d{args.duration}s per target "
                f"(after {args.warmup} s of warm-up each)"
            )
            for name, path in targets:
                Wrk.run(site.port, path, connections=args.connections, duration=args.warmup)
                offset = site.log_size()
                data = Wrk.run(
                    site.port, path, connections=args.connections, duration=args.duration
                )
                data["worker_boots"] = site.boots_since(offset)
                data["path"] = path
                results[name] = data
                say(
                    f"   {name:9} {data['rps']:9.0f} req/s   p50 {ms(data['p50_us']):>9}   "
                    f"p99 {ms(data['p99_us']):>9}   errors {data['socket_errors']}"
                    f" + {data['status']} non-2xx/3xx   worker restarts {data['worker_boots']}"
                )
            print_ratio_table(results)

        pages = []
        if not args.no_lighthouse:
            outdir = BENCH_DIR / "lighthouse"
            outdir.mkdir(parents=True, exist_ok=True)
            say("== Lighthouse (mobile, simulated throttling)")
            if "DJANGO_SECURE_SSL_REDIRECT" in (ROOT / "optout_guide" / "settings.py").read_text():
                # Lighthouse sends --extra-headers with the page's requests but not with its
                # own fetch of /robots.txt, which would get the redirect to https (and the
                # SEO audit errors). Same server, same cache, without the redirect.
                say("   restarting gunicorn with DJANGO_SECURE_SSL_REDIRECT=0 for Lighthouse")
                site.stop()
                site.env["DJANGO_SECURE_SSL_REDIRECT"] = "0"
                site.start()
            for name, path in targets[:3]:
                page = lighthouse_page(site.port, name, path, outdir)
                pages.append(page)
                if "error" in page:
                    say(f"   {name}: Lighthouse failed:\n{page['error']}")
                else:
                    scores = ", ".join(f"{k} {v}" for k, v in page["scores"].items())
                    say(f"   {name}: {scores}; {len(page['failing'])} failing audits")

    command = "scripts/benchmark" + (" " + " ".join(args.argv) if args.argv else "")
    write_benchmarks(facts, site, command, args, notes, results, pages, None)
    fuzz = None
    if not args.no_fuzz:
        say("== Fuzz: FUZZ_EXAMPLES=10000 pytest -q policies/tests/test_fuzz.py")
        fuzz = run_fuzz()
        say(f"   {fuzz.get('skipped') or fuzz.get('summary')}")
        write_benchmarks(facts, site, command, args, notes, results, pages, fuzz)
    say(f"== Wrote {args.output}")
    return 0


def ratios(results: dict[str, dict]) -> dict[str, tuple[float, float]]:
    static = results["static"]
    return {
        name: (data["rps"] / static["rps"], data["p99_us"] / static["p99_us"])
        for name, data in results.items()
    }


def print_ratio_table(results: dict[str, dict]) -> None:
    say("")
    say(f"   {'target':9} {'req/s':>9} {'× static':>9} {'p99':>10} {'× static':>9}")
    for name, (rps_ratio, p99_ratio) in ratios(results).items():
        data = results[name]
        say(
            f"   {name:9} {data['rps']:9.0f} {rps_ratio:9.2f} {ms(data['p99_us']):>10} "
            f"{p99_ratio:9.2f}"
        )
    say("")


def write_benchmarks(facts, site, command, args, notes, results, pages, fuzz) -> None:
    lines = [
        "# Benchmarks",
        "",
        "Written by `scripts/benchmark` from one run on the machine below; run it again to",
        "refresh (every number here is from that run, nothing is carried over). Not part of",
        "CI. See the end of this file for how it works.",
        "",
        *machine_lines(facts, site),
        f"- Command: `{command}`",
        "",
    ]
    if results:
        static = results["static"]
        lines += [
            "## Throughput and latency",
            "",
            f"wrk, 2 threads, {args.connections} connections, {args.duration} s per target after "
            f"{args.warmup} s of warm-up, `X-Forwarded-Proto: https` on every request. Pages are "
            "served from the page cache (warm); the static file by whitenoise.",
            "",
            "| target | path | requests/s | p50 | p90 | p99 | max | errors (socket + non-2xx/3xx) "
            "| worker restarts |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for name, data in results.items():
            lines.append(
                f"| {name} | `{data['path']}` | {data['rps']:.0f} | {ms(data['p50_us'])} | "
                f"{ms(data['p90_us'])} | {ms(data['p99_us'])} | {ms(data['max_us'])} | "
                f"{data['socket_errors']} + {data['status']} | {data['worker_boots']} |"
            )
        lines += [
            "",
            "*Worker restarts*: workers gunicorn booted during the measured run (gunicorn.conf.py "
            "recycles workers only if GUNICORN_MAX_REQUESTS is set; the kill test replaces one).",
            "",
            "### Ratios to the static file (same run)",
            "",
            "| target | throughput × static | p99 × static |",
            "|---|---:|---:|",
        ]
        table = ratios(results)
        for name, (rps_ratio, p99_ratio) in table.items():
            lines.append(f"| {name} | {rps_ratio:.2f} | {p99_ratio:.2f} |")
        rps_ratio, p99_ratio = table["result"]
        lines += [
            "",
            "### Targets",
            "",
            "Where a target is not met, `docs/performance.md` explains the gap and the plan.",
            "",
            f"- Result page throughput ≥ {RESULT_RPS_RATIO_MIN}× the static file's: "
            f"**{'met' if rps_ratio >= RESULT_RPS_RATIO_MIN else 'not met'}** "
            f"({results['result']['rps']:.0f} vs {static['rps']:.0f} requests/s = "
            f"{rps_ratio:.2f}×).",
            f"- Result page p99 ≤ {RESULT_P99_RATIO_MAX}× the static file's: "
            f"**{'met' if p99_ratio <= RESULT_P99_RATIO_MAX else 'not met'}** "
            f"({ms(results['result']['p99_us'])} vs {ms(static['p99_us'])} = {p99_ratio:.2f}×).",
            "",
        ]
        if static["worker_boots"] or results["result"]["worker_boots"]:
            lines += [
                f"Caveat: gunicorn booted {static['worker_boots']} workers during the static "
                f"file's run and {results['result']['worker_boots']} during the result page's "
                "(`max_requests` recycling: the faster a target, the more restarts in its 15 s). "
                "Each restart stalls the requests queued on that worker, so these p99s measure "
                "recycling more than serving; compare with `GUNICORN_MAX_REQUESTS=0 "
                "scripts/benchmark --no-lighthouse --no-fuzz --output /tmp/b.md`.",
                "",
            ]
    lines += ["### What each target answered before the run", ""]
    lines += [f"- {note}" for note in notes]
    lines.append("")
    if pages:
        lines += lighthouse_lines(pages)
    lines += ["## Fuzz", ""]
    if fuzz is None:
        lines.append("Not run in this run (`--no-fuzz`, or still to come).")
    elif "skipped" in fuzz:
        lines.append(f"Skipped: {fuzz['skipped']}.")
    else:
        verdict = "failed" if fuzz["failed"] else "passed"
        lines.append(
            "`DJANGO_ALLOW_ASYNC_UNSAFE=true FUZZ_EXAMPLES=10000 .venv/bin/pytest -q "
            f"policies/tests/test_fuzz.py` (SQLite): **{verdict}** in {fuzz['seconds']:.0f} s — "
            f"`{fuzz['summary']}`"
        )
        if fuzz.get("tail"):
            lines += ["", "```", fuzz["tail"], "```"]
    lines += [
        "",
        "## How it works",
        "",
        "`scripts/benchmark` starts a throwaway PostgreSQL 15 cluster and the site as in "
        "production (`migrate`, `collectstatic` into a temporary STATIC_ROOT, `gunicorn -c "
        "gunicorn.conf.py` with a random `DJANGO_SECRET_KEY`, `DJANGO_ALLOWED_HOSTS=127.0.0.1,"
        "localhost`, the file cache in a temporary folder, `GUNICORN_WORKERS=2` unless set) "
        "on a free loopback port. It finds the hashed stylesheet's name in the home page, checks "
        "each target answers 200, then runs wrk against each (warm-up, then the measured run) "
        "with `scripts/bench/wrk.lua` reporting the totals and percentiles. Lighthouse "
        f"(`{LIGHTHOUSE.relative_to(ROOT)}`, installed by the script into the git-ignored "
        "`.bench/`) scores three pages with Debian's Chromium, sending `X-Forwarded-Proto: https` "
        "through `--extra-headers`; full reports are kept in `.bench/lighthouse/`. Finally the "
        "fuzz test runs if it exists. Options: `--no-lighthouse`, `--no-fuzz`, `--no-wrk`, "
        "`--output FILE` (instead of this file), "
        "`--duration S`, `--warmup S`, `--connections N`; `GUNICORN_WORKERS`, "
        "`GUNICORN_THREADS`, `GUNICORN_MAX_REQUESTS` pass through to gunicorn.conf.py.",
        "",
        "The server runs from a copy of the working tree taken at the start (as from an "
        "image): gunicorn recycles workers every ~1000 requests and each new worker imports "
        "the code on disk, so edits made during a run must not reach it. gunicorn's and "
        "PostgreSQL's logs of the last run are kept in `.bench/logs/benchmark/`.",
        "",
        "On this 2-CPU machine wrk competes with gunicorn for the same cores, so absolute "
        "numbers understate a real server; the ratios (same run, same contention) are what the "
        "targets are about.",
        "",
    ]
    Path(args.output).write_text("\n".join(lines))


def lighthouse_lines(pages: list[dict]) -> list[str]:
    ok = [p for p in pages if "error" not in p]
    lines = ["## Lighthouse", ""]
    if ok:
        first = ok[0]
        lines += [
            f"Lighthouse {first['lighthouse']} (pinned), {first['form_factor']} form factor, "
            f"`{first['throttling']}` throttling, Debian Chromium headless, against the same "
            "server and cache, restarted with `DJANGO_SECURE_SSL_REDIRECT=0` (Lighthouse's own "
            "fetch of `/robots.txt` does not carry `--extra-headers`, so it would get the "
            "redirect to https; pages still get `X-Forwarded-Proto: https`). Failing audits: "
            "score below 0.9 (Lighthouse's own pass mark), or errored.",
            "",
            "| page | path | Performance | Accessibility | Best Practices | SEO |",
            "|---|---|---:|---:|---:|---:|",
        ]
        for page in ok:
            s = page["scores"]
            lines.append(
                f"| {page['name']} | `{page['path']}` | {s.get('performance')} | "
                f"{s.get('accessibility')} | {s.get('best-practices')} | {s.get('seo')} |"
            )
        lines.append("")
    for page in pages:
        lines.append(f"### Failing audits: {page['name']} (`{page['path']}`)")
        lines.append("")
        if "error" in page:
            lines += ["Lighthouse failed:", "", "```", page["error"], "```", ""]
            continue
        if not page["failing"]:
            lines += ["None.", ""]
            continue
        for audit in page["failing"]:
            detail = f" — {audit['display']}" if audit["display"] else ""
            score = "error" if audit["score"] is None else f"score {audit['score']:.2f}"
            lines.append(
                f"- {audit['category']}: **{audit['title']}** (`{audit['id']}`, {score}){detail}"
            )
            if audit["error"]:
                lines.append(f"  - error: {audit['error']}")
            for item in audit["items"]:
                lines.append(f"  - `{item.replace('`', "'")[:300]}`")
        lines.append("")
    return lines


# --- loadtest ---------------------------------------------------------------------------


def failure_pct(data: dict) -> tuple[int, int, float]:
    failed = data["socket_errors"] + data["status"]
    attempts = data["requests"] + data["socket_errors"] - data["timeout"]
    attempts = max(attempts, data["requests"], 1)
    return failed, attempts, 100.0 * failed / attempts


def codes_text(codes: dict[int, int]) -> str:
    return ", ".join(f"{code}: {count}" for code, count in sorted(codes.items())) or "—"


def loadtest(args) -> int:
    facts = machine()
    mix = [HOME, QUESTION, RESULT]
    sections: dict[str, list[str]] = {}
    with contextlib.ExitStack() as stack:
        pg, site = start_site(stack)
        for path in mix:
            status = get(site.port, path).status
            if status != 200:
                raise RuntimeError(f"GET {path} answered {status}, expected 200")
        n = site.workers_wanted
        if not site.wait_for_workers(n):
            raise RuntimeError(f"expected {n} workers, found {site.workers()}")

        sections["a"] = scenario_load(site, mix, args)
        sections["b"] = scenario_kill(site, mix, args)
        sections["c"] = scenario_db_down(site, pg, args)

    command = "scripts/loadtest" + (" " + " ".join(args.argv) if args.argv else "")
    lines = [
        "# Resilience",
        "",
        "Written by `scripts/loadtest` from one run on the machine below; run it again to",
        "refresh (every number here is from that run). Not part of CI.",
        "",
        *machine_lines(facts, site),
        f"- Command: `{command}`",
        "",
        "Every request carries `X-Forwarded-Proto: https`, as from the TLS proxy. wrk counts "
        "as errors: socket errors (connect, read, write; timeouts after wrk's default 2 s) and "
        "responses other than 2xx/3xx.",
        "",
        *sections["a"],
        *sections["b"],
        *sections["c"],
    ]
    Path(args.output).write_text("\n".join(lines) + "\n")
    say(f"== Wrote {args.output}")
    return 0


def wrk_row(label: str, data: dict) -> str:
    failed, attempts, pct = failure_pct(data)
    return (
        f"| {label} | {data['requests']} | {data['rps']:.0f} | {data['status']} | "
        f"{data['connect']}/{data['read']}/{data['write']}/{data['timeout']} | "
        f"{pct:.3f}% | {ms(data['p50_us'])} | {ms(data['p99_us'])} | {codes_text(data['codes'])} |"
    )


WRK_HEADER = [
    "| run | requests | requests/s | non-2xx/3xx | socket errors (connect/read/write/timeout) "
    "| failed % | p50 | p99 | status codes |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
]


def scenario_load(site: Site, mix: list[str], args) -> list[str]:
    c = args.connections
    say(f"== (a) {c} connections for {args.duration} s across home, question and result")
    offset = site.log_size()
    data = Wrk.run(
        site.port, HOME, connections=c, duration=args.duration, paths=mix, count_status=True
    )
    boots = site.boots_since(offset)
    errors = data["socket_errors"] + data["status"]
    say(
        f"   {data['requests']} requests ({data['rps']:.0f}/s), {data['status']} non-2xx/3xx, "
        f"{data['socket_errors']} socket errors, p99 {ms(data['p99_us'])}; "
        f"{boots} worker restarts (max_requests)"
    )
    return [
        f"## (a) {c} concurrent connections for {args.duration} s",
        "",
        f"`wrk -t2 -c{c} -d{args.duration}s` cycling each connection through `{HOME}`, "
        f"`{QUESTION}` and `{RESULT}` (warm, from the page cache).",
        "",
        *WRK_HEADER,
        wrk_row(f"{c} connections", data),
        "",
        f"Target 0 errors: **{'met' if errors == 0 else 'not met'}** ({errors} errors). "
        f"gunicorn booted {boots} replacement workers during the run (`max_requests` recycling "
        "in gunicorn.conf.py).",
        "",
    ]


def scenario_kill(site: Site, mix: list[str], args) -> list[str]:
    n = site.workers_wanted
    lines = [
        f"## (b) SIGKILL one of the {n} gunicorn workers under load",
        "",
        f"For each concurrency: {args.duration} s of wrk over the same three pages; after "
        f"{args.duration // 3} s one worker (a child of the master, from `pgrep -P <master>`) "
        "gets SIGKILL: the one holding the most client connections at that moment (from `ss`), "
        "the worst case. Failed % = (socket errors + non-2xx/3xx) / (requests + "
        "connect/read/write errors). wrk keeps its connections open (keep-alive) with one request "
        "in flight on each, so every connection the killed worker held fails once (a read "
        "error) and reconnects to the other worker.",
        "",
        *WRK_HEADER,
    ]
    notes = []
    verdicts = []
    for connections in sorted({64, args.connections}):
        if not site.wait_for_workers(n):
            raise RuntimeError(f"expected {n} workers before the kill, found {site.workers()}")
        say(f"== (b) {connections} connections, SIGKILL one worker after {args.duration // 3} s")
        master = site.master
        offset = site.log_size()
        wrk = Wrk(
            site.port,
            HOME,
            connections=connections,
            duration=args.duration,
            paths=mix,
            count_status=True,
        )
        try:
            time.sleep(args.duration // 3)
            before = site.workers()
            if not before:  # both workers being recycled at this instant
                site.wait_for_workers(n, timeout=10)
                before = site.workers()
            held = site.connections_by_worker()
            # The worst case: the worker holding the most client connections.
            victim = max(before, key=lambda pid: held.get(pid, 0))
            os.kill(victim, signal.SIGKILL)
            killed_at = time.monotonic()
            replaced_after = None
            while time.monotonic() - killed_at < 30:
                now = site.workers()
                if victim not in now and len(now) == n:
                    replaced_after = time.monotonic() - killed_at
                    break
                time.sleep(0.05)
            data = wrk.result()
        finally:
            wrk.kill()
        after = site.workers()
        log = site.log_since(offset)
        noticed = f"(pid:{victim}) was sent SIGKILL" in log or f"Worker (pid:{victim})" in log
        boots = log.count("Booting worker with pid")
        failed, attempts, pct = failure_pct(data)
        verdicts.append(pct <= KILL_FAILURE_PCT_MAX)
        lines.append(wrk_row(f"{connections} connections, 1 worker killed", data))
        replaced = (
            f"replaced within {replaced_after:.2f} s"
            if replaced_after is not None
            else "NOT replaced within 30 s"
        )
        notes.append(
            f"- {connections} connections: killed worker {victim}, which held "
            f"{held.get(victim, 0)} of the {sum(held.values())} open client connections "
            f"(per worker: {held or 'unknown'}); "
            f"{replaced}; workers after the run: {after} ({len(after)} of {n}); master "
            f"{master} {'still running' if site.process.poll() is None else 'GONE'}; "
            f"gunicorn logged the kill: {'yes' if noticed else 'no'}; workers booted during "
            f"the run (kill + max_requests recycling): {boots}. "
            f"{failed} of {attempts} requests failed ({pct:.3f}%)."
        )
        say(f"   {notes[-1][2:]}")
    lines += [
        "",
        *notes,
        "",
        f"Target ≤ {KILL_FAILURE_PCT_MAX}% failed: **"
        + ("met" if all(verdicts) else "not met")
        + "** "
        + "("
        + ", ".join(
            f"{c} connections: {'met' if ok else 'not met'}"
            for c, ok in zip(sorted({64, args.connections}), verdicts, strict=True)
        )
        + ").",
        "",
    ]
    return lines


def scenario_db_down(site: Site, pg: Postgres, args) -> list[str]:
    warm = [HOME, QUESTION, RESULT, POLICY, REGION_EU]
    say("== (c) PostgreSQL stopped under load")
    checks: list[tuple[str, str, str, str, bool]] = []  # when, what, expected, got, ok
    started = time.monotonic()

    def at() -> str:
        return f"{time.monotonic() - started:5.1f} s"

    def note(what: str, ok: bool) -> None:
        checks.append((at(), what, "", "done" if ok else "FAILED", ok))
        say(f"   {at()}  {what}{'' if ok else '   <-- FAILED'}")

    def check(what: str, path: str, expected: tuple[int, ...], *, proxy=True) -> None:
        response = get(site.port, path, proxy=proxy)
        page = path != "/healthz"
        got = f"{response.status}"
        ok = response.status in expected
        if response.header("X-Cache"):
            got += f", X-Cache {response.header('X-Cache')}"
        if response.status == 503 and page:
            friendly = FRIENDLY_503 in response.text.lower()
            retry = response.header("Retry-After")
            got += f", friendly page: {'yes' if friendly else 'NO'}, Retry-After: {retry or '—'}"
            ok = ok and friendly
        got += f", {response.seconds * 1000:.0f} ms"
        wanted = " or ".join(f"{c}{' (friendly)' if c == 503 and page else ''}" for c in expected)
        checks.append((at(), f"{what} `{path}`", wanted, got, ok))
        say(
            f"   {at()}  {what} {path}: expected {wanted}, got {got}"
            f"{'' if ok else '   <-- UNEXPECTED'}"
        )

    for path in warm:
        get(site.port, path)
        check("warm-up", path, (200,))
    if get(site.port, "/healthz", proxy=False).status != 200:
        raise RuntimeError("database not healthy before the outage scenario")
    duration = max(args.duration, 30)
    connections = 32
    offset = site.log_size()
    wrk = Wrk(
        site.port, HOME, connections=connections, duration=duration, paths=warm, count_status=True
    )
    recovered_after = None
    try:
        time.sleep(3)
        pg.stop("fast")
        stopped_at = time.monotonic()
        note("`pg_ctl stop -m fast` (load running)", not pg.running)
        for round_ in (1, 2):
            for path in warm:
                check("warmed page", path, (200,))
            for path in UNCACHED:
                check("page never requested", path, (200, 503))
            check("health check (as a balancer: plain HTTP)", "/healthz", (503,), proxy=False)
            if round_ == 1:
                time.sleep(max(0.0, stopped_at + 6 - time.monotonic()))
        pg.start()
        restarted_at = time.monotonic()
        note("`pg_ctl start`", pg.running)
        while time.monotonic() - restarted_at < 30:
            if get(site.port, "/healthz", proxy=False, timeout=5).status == 200:
                recovered_after = time.monotonic() - restarted_at
                break
            time.sleep(0.25)
        check("health check", "/healthz", (200,), proxy=False)
        for path in UNCACHED:
            check("page", path, (200,))
        data = wrk.result()
    finally:
        wrk.kill()
    note(f"load on warmed pages ends ({data['requests']} requests)", True)

    # Cold: the database down *and* nothing cached (a lost cache, or content
    # just edited), so nothing can be rendered: the friendly 503 everywhere.
    cold = [HOME, COLD_REGION, COLD_RESULT]
    pg.stop("fast")
    note("`pg_ctl stop -m fast` (no load)", not pg.running)
    cache_dir = Path(site.env["DJANGO_CACHE_DIR"])
    for entry in cache_dir.glob("*"):
        with contextlib.suppress(OSError):
            entry.unlink()
    note(f"every file of the page cache deleted ({cache_dir.name}/)", True)
    for path in cold:
        check("cold page", path, (503,))
    check("health check", "/healthz", (503,), proxy=False)
    pg.start()
    restarted_at = time.monotonic()
    note("`pg_ctl start`", pg.running)
    cold_recovered_after = None
    while time.monotonic() - restarted_at < 30:
        if get(site.port, "/healthz", proxy=False, timeout=5).status == 200:
            cold_recovered_after = time.monotonic() - restarted_at
            break
        time.sleep(0.25)
    check("health check", "/healthz", (200,), proxy=False)
    for path in cold:
        check("cold page", path, (200,))

    master_alive = site.process is not None and site.process.poll() is None
    boots = site.boots_since(offset)
    failed, attempts, pct = failure_pct(data)
    all_ok = (
        all(ok for *_, ok in checks)
        and failed == 0
        and recovered_after is not None
        and cold_recovered_after is not None
        and master_alive
    )
    say(
        f"   load on warmed pages during the outage: {data['requests']} requests, "
        f"{failed} failed; codes {codes_text(data['codes'])}"
    )

    def back(seconds: float | None) -> str:
        if seconds is None:
            return "NOT within 30 s of `pg_ctl start`"
        return f"{seconds:.2f} s after `pg_ctl start`"

    lines = [
        "## (c) PostgreSQL stopped under load, then started again",
        "",
        f"Pages warmed first (each requested once): {', '.join(f'`{p}`' for p in warm)}. "
        f"Throughout the first part, `wrk -t2 -c{connections} -d{duration}s` cycles through "
        "those warmed pages. 3 s in, `pg_ctl stop -m fast`; the checks run twice (right away "
        "and ~6 s later), then `pg_ctl start`, and the same gunicorn (never restarted) is "
        f"checked again. Never requested before the outage: "
        f"{', '.join(f'`{p}`' for p in UNCACHED)}: either 200 (rendered without the "
        "database) or the friendly 503 is right; a 500 or a hang is not. In the second part "
        "(no load), PostgreSQL is stopped again and every file of the page cache deleted, so "
        "that nothing can be rendered: every page must answer the friendly 503.",
        "",
        "| time | check | expected | got | ok |",
        "|---:|---|---|---|---|",
    ]
    for when, what, expected, got, ok in checks:
        lines.append(f"| {when} | {what} | {expected} | {got} | {'yes' if ok else '**NO**'} |")
    lines += [
        "",
        *WRK_HEADER,
        wrk_row(f"{connections} connections on warmed pages, across the outage", data),
        "",
        f"- `/healthz` back to 200 {back(recovered_after)} (warm), {back(cold_recovered_after)}"
        f" (cold); gunicorn master {site.master} "
        + ("still the same process (never restarted)" if master_alive else "GONE")
        + f"; workers booted during the scenario (max_requests recycling): {boots}.",
        f"- Verdict: **{'as intended' if all_ok else 'NOT as intended (see rows marked NO)'}**.",
        "",
    ]
    return lines


# --- main ---------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/bench/run.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    bench = sub.add_parser("benchmark", help="wrk per page vs a static file, Lighthouse, fuzz")
    bench.add_argument("--duration", type=int, default=15, help="seconds per measured run")
    bench.add_argument("--warmup", type=int, default=5, help="seconds of warm-up per target")
    bench.add_argument("--connections", type=int, default=64)
    bench.add_argument("--no-lighthouse", action="store_true")
    bench.add_argument("--no-fuzz", action="store_true")
    bench.add_argument("--no-wrk", action="store_true")
    bench.add_argument("--output", default=str(ROOT / "docs" / "benchmarks.md"))
    load = sub.add_parser("loadtest", help="load, worker-kill and database-outage runs")
    load.add_argument("--duration", type=int, default=30, help="seconds per load run")
    load.add_argument("--connections", type=int, default=200)
    load.add_argument("--output", default=str(ROOT / "docs" / "resilience.md"))
    args = parser.parse_args(argv)
    args.argv = argv[1:]
    global LOG_DIR
    LOG_DIR = LOG_DIR / args.command
    shutil.rmtree(LOG_DIR, ignore_errors=True)
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGHUP, _terminate)
    try:
        return benchmark(args) if args.command == "benchmark" else loadtest(args)
    except RuntimeError as error:
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
