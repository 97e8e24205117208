"""`scripts/loadtest`: the production topology on loopback (topology.py) and its scenarios,
(a) an edit on A served by B (edit.py), (b) a worker and (c) a whole instance killed under
load (kills.py), (d) Redis (cache_outage.py) and (e) PostgreSQL (outage.py) stopped under
load; written to docs/resilience.md (or --output)."""

import contextlib
import gzip
import re
import subprocess
from pathlib import Path

from cache_outage import scenario_redis_down
from checks import Checks
from common import HOME, QUESTION, RESULT, machine, machine_lines, say
from edit import scenario_edit
from kills import scenario_baseline, scenario_kill_instance, scenario_kill_worker
from outage import scenario_db_down
from topology import Topology, start_topology

from harness.http import get
from harness.postgres import PG_BIN

HOW = [
    "## How it works",
    "",
    "`scripts/loadtest` (`scripts/bench/loadtest.py` and the modules it names) installs what "
    "it lacks, copies the working tree (as an image would hold it), runs `migrate`, "
    "`collectstatic` and `compilemessages` once, and starts a throwaway PostgreSQL 15 cluster, "
    "a Redis that writes nothing to disk, gunicorn A and B on free loopback ports, and nginx: "
    "`deploy/nginx.conf` with only its listen ports, upstream addresses, host name, "
    "certificate, pid and log paths replaced and temp paths added "
    "(`scripts/bench/nginx.py`; it stops if one of them is not found), run as www-data in "
    "the foreground. It also stops if `compose.yaml` no longer describes the same topology "
    "(`scripts/bench/topology.py`). Every load is bounded in time; everything is stopped and "
    "removed however the run ends. The last run's logs (nginx's config and access log, "
    "each gunicorn's, PostgreSQL's) stay in `.bench/logs/loadtest/`. Options: `--duration S` "
    "(each load run, 30), `--connections N` (the higher concurrency, 200), `--output FILE`; "
    "`GUNICORN_WORKERS` and `GUNICORN_THREADS` pass through to both instances.",
    "",
    "On this 2-CPU machine wrk, nginx (TLS included), both instances, PostgreSQL and Redis "
    "compete for the same cores, and other work may run at the same time: throughput and "
    "latency are noisy; failed requests and status codes are what the targets are about.",
    "",
]


def _version(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    return (done.stdout + done.stderr).strip().splitlines()[0]


def scenario_front(topology: Topology) -> list[str]:
    """What nginx must do besides passing requests on."""
    nginx = topology.nginx
    say("== The front door")
    checks = Checks()
    for path in [HOME, QUESTION, RESULT]:
        checks.response("page, through nginx (HTTPS)", path, nginx.get(path), (200,))
    plain = get(nginx.http_port, "/guide/?country=DE", proxy=False)
    location = plain.header("Location")
    checks.note(
        "plain HTTP to nginx: a redirect to HTTPS",
        plain.status == 301 and location.startswith("https://"),
        f"{plain.status} to {location}",
    )
    home = nginx.get(HOME)
    zipped = nginx.get(HOME, headers={"Accept-Encoding": "gzip"})
    once = zipped.header("Content-Encoding") == "gzip"
    with contextlib.suppress(OSError, EOFError):
        once = once and gzip.decompress(zipped.body) == home.body
    checks.note(
        "`Accept-Encoding: gzip`: compressed once, by the app",
        once,
        f"Content-Encoding {zipped.header('Content-Encoding') or '—'}, "
        f"{len(zipped.body)} of {len(home.body)} bytes",
    )
    match = re.search(r"/static/css/site\.[0-9a-f]{8,}\.css", home.text)
    static = nginx.get(match.group(0)) if match else None
    checks.note(
        "the hashed stylesheet, from whitenoise through nginx",
        static is not None and static.status == 200,
        f"{static.status}, Cache-Control {static.header('Cache-Control')}" if static else "none",
    )
    foreign = nginx.get(HOME, host="evil.example")
    checks.note("a Host the site does not serve", foreign.status == 400, str(foreign.status))
    return [
        "## The front door",
        "",
        "Before the scenarios: what nginx does besides passing requests on.",
        "",
        *checks.table(),
        "",
    ]


def run(args, log_dir: Path) -> int:
    facts = machine()
    mix = [HOME, QUESTION, RESULT]
    sections: list[list[str]] = []
    verdicts: dict[str, bool] = {}
    with contextlib.ExitStack() as stack:
        topology = start_topology(stack, log_dir)
        versions = {
            "nginx": _version("/usr/sbin/nginx", "-v").removeprefix("nginx version: "),
            "redis": " ".join(_version("redis-server", "--version").split()[:3]),
            "postgres": _version(str(PG_BIN / "postgres"), "--version"),
        }
        for site in topology.instances:
            if not site.wait_for_workers(site.workers_wanted):
                raise RuntimeError(f"{site.name}: expected {site.workers_wanted} workers")
        sections.append(scenario_front(topology))
        lines, verdicts["(a) an edit on A served by B on the next request"] = scenario_edit(
            topology
        )
        sections.append(lines)
        lines, baseline = scenario_baseline(topology, mix, args)
        sections.append(lines)
        lines, verdicts["(b) a worker killed: ≤ 0.1% failed"] = scenario_kill_worker(
            topology, mix, args
        )
        sections.append(lines)
        lines, verdicts["(c) an instance killed: ≤ 0.1% failed"] = scenario_kill_instance(
            topology, mix, args
        )
        sections.append(lines)
        lines, verdicts["(d) Redis stopped: pages served, no 5xx"] = scenario_redis_down(
            topology, baseline[64]["rps"] if 64 in baseline else 0.0
        )
        sections.append(lines)
        lines, verdicts["(e) PostgreSQL stopped: cached pages, friendly 503, recovery"] = (
            scenario_db_down(topology, args)
        )
        sections.append(lines)
        workers = topology.a.workers_wanted
        threads = topology.a.env.get("GUNICORN_THREADS") or 2

    command = "scripts/loadtest" + (" " + " ".join(args.argv) if args.argv else "")
    lines = [
        "# Resilience",
        "",
        "Written by `scripts/loadtest` from one run on the machine below; run it again to",
        "refresh (every number here is from that run). Not part of CI.",
        "",
        *machine_lines(facts, None),
        f"- Topology, all on loopback: {versions['nginx']} with `deploy/nginx.conf` (HTTPS, "
        "a self-signed certificate) in front of two gunicorn instances, A and B (`gunicorn -c "
        f"gunicorn.conf.py`, {workers} workers × {threads} threads each, production settings, "
        "one build, the same secret key), sharing one PostgreSQL "
        f"({versions['postgres']}, a throwaway cluster) and one Redis ({versions['redis']}, "
        "no persistence, 256 MB, LRU). `compose.yaml` describes the same for Docker. wrk, "
        "nginx, both instances and both servers share the same 2 CPUs.",
        f"- Command: `{command}`",
        "",
        "wrk counts as errors: socket errors (connect, read, write; timeouts: a request "
        "still unanswered after wrk's 2 s, counted at each 2 s check) and responses other than "
        "2xx/3xx. Failed % = (socket errors + non-2xx/3xx) / (requests + connect/read/write "
        "errors). Which instance answered, and which requests nginx sent on to the other one, "
        "come from nginx's access log (`upstream=`, `upstream_status=`).",
        "",
        "## Targets",
        "",
        "| target | result |",
        "|---|---|",
        *[f"| {name} | {'**met**' if ok else '**not met**'} |" for name, ok in verdicts.items()],
        "",
        "Before this topology, against one gunicorn directly (no nginx), a killed worker cost "
        "0.67% of requests at 64 connections and 3.3% at 200.",
        "",
    ]
    for section in sections:
        lines += section
    lines += HOW
    Path(args.output).write_text("\n".join(lines).rstrip("\n") + "\n")
    say(f"== Wrote {args.output}")
    return 0
