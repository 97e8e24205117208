"""The load test's scenario (d): Redis stopped under load, shut down and then frozen with
SIGSTOP (as a host that stops answering), then back."""

import contextlib
import os
import re
import signal
import time

from checks import Checks
from common import HOME, POLICY, QUESTION, REGION_EU, RESULT, say
from topology import Topology, upstream_text
from wrk import WRK_HEADER, codes_text, failure_pct, wrk_row

from harness.http import get

WARM = [HOME, QUESTION, RESULT, POLICY, REGION_EU]
NEVER_REQUESTED = {
    "shut down": ["/regions/canada/", "/guide/?country=JP&age=18plus&device=android"],
    "frozen": ["/regions/switzerland/", "/guide/?country=FR&age=18plus&device=ios"],
}
OUTAGE_S = 10  # at least; the checks under load take longer
RUN_S = 45  # each outage's wrk run: 3 s before, the outage and its checks, the return
CONNECTIONS = 64
CHECK_TIMEOUT = 30  # nginx gives the app 35 s
STATUS = re.compile(r'" (\d{3}) ')


def _round(checks: Checks, topology: Topology, when: str, never: list[str]) -> None:
    nginx = topology.nginx
    for path in [HOME, RESULT, *never]:
        response = nginx.get(path, timeout=CHECK_TIMEOUT)
        checks.response(f"{when}: through nginx", path, response, (200,))
    for site in topology.instances:
        response = get(site.port, QUESTION, timeout=CHECK_TIMEOUT)
        checks.response(f"{when}: {site.name} directly", QUESTION, response, (200,))
        health = get(site.port, "/healthz", proxy=False, timeout=CHECK_TIMEOUT)
        checks.response(f"{when}: {site.name}'s health check", "/healthz", health, (200,))


def _answers(topology: Topology) -> bool:
    return topology.redis_cli("ping") == "PONG"


def _commands(topology: Topology) -> int:
    match = re.search(r"total_commands_processed:(\d+)", topology.redis_cli("info", "stats"))
    return int(match.group(1)) if match else -1


def _cache_used_again(topology: Topology, timeout: float = 20) -> float | None:
    """Seconds until the instances send Redis commands again (None: not within `timeout`)."""
    started = time.monotonic()
    first = _commands(topology)
    while time.monotonic() - started < timeout:
        if first >= 0 and _commands(topology) - first > 20:
            return time.monotonic() - started
        time.sleep(0.2)
    return None


def _outage(topology: Topology, checks: Checks, kind: str, stop, resume) -> dict:
    nginx = topology.nginx
    offset = nginx.access_size()
    wrk = topology.wrk(CONNECTIONS, RUN_S, WARM)
    resumed = False
    try:
        time.sleep(3)
        start = nginx.access_size()
        stop()
        down_at = time.monotonic()
        checks.note(f"Redis {kind} (load running)", not _answers(topology))
        _round(checks, topology, f"Redis {kind}", NEVER_REQUESTED[kind])
        time.sleep(max(0.0, down_at + OUTAGE_S - time.monotonic()))
        end, seconds = nginx.access_size(), time.monotonic() - down_at
        resume()
        resumed = True
        checks.note(f"Redis back after {seconds:.1f} s", _answers(topology))
        back = _cache_used_again(topology)
        checks.note(
            "the instances use Redis again",
            back is not None,
            f"{back:.1f} s later" if back is not None else "NOT within 20 s",
        )
        _round(checks, topology, "Redis back", [])
        data = wrk.result()
    finally:
        wrk.kill()
        if not resumed:
            with contextlib.suppress(Exception):
                resume()
    during: dict[int, int] = {}
    for line in nginx.access_since(start, end):
        if match := STATUS.search(line):
            during[int(match.group(1))] = during.get(int(match.group(1)), 0) + 1
    return {
        "kind": kind,
        "data": data,
        "summary": topology.upstreams(nginx.access_since(offset)),
        "during": during,
        "seconds": seconds,
    }


def scenario_redis_down(topology: Topology, baseline_rps: float) -> tuple[list[str], bool]:
    """`baseline_rps`: requests/s through nginx at CONNECTIONS without a fault."""
    redis = topology.redis
    say("== (d) Redis stopped under load")
    checks = Checks()
    for path in WARM:
        topology.nginx.get(path)

    def start_again():
        redis.start()
        topology.configure_redis()

    runs = [
        _outage(topology, checks, "shut down", redis.stop, start_again),
        _outage(
            topology,
            checks,
            "frozen",
            lambda: os.kill(redis.process.pid, signal.SIGSTOP),
            lambda: os.kill(redis.process.pid, signal.SIGCONT),
        ),
    ]
    server_errors = sum(
        count
        for run in runs
        for codes in (run["data"]["codes"], run["during"])
        for code, count in codes.items()
        if code >= 500
    )
    ok = checks.ok and server_errors == 0
    lines = [
        "## (d) Redis stopped under load, then back",
        "",
        "Redis holds the page cache and the content revision for both instances. Pages "
        f"warmed first; then, for each kind of outage, `wrk -t2 -c{CONNECTIONS}` through nginx "
        f"over the warmed pages for {RUN_S} s: 3 s in, Redis goes away for "
        f"{OUTAGE_S} s (longer if the checks take longer) while the checks below run "
        "(through nginx, and on each instance directly), then comes back. *Shut down*: "
        "redis-server stopped (SIGTERM: connections refused), then started again, empty, on "
        "the same port. *Frozen*: redis-server stopped with SIGSTOP, as a host that stops "
        "answering (connections accepted by the kernel, no reply), then SIGCONT. Every page "
        f"must be served (200 within {CHECK_TIMEOUT} s: rendered from the database, slower); "
        "no 5xx, neither to wrk nor in nginx's log.",
        "",
        *checks.table(),
        "",
        *WRK_HEADER,
        *(wrk_row(f"{CONNECTIONS} connections, Redis {run['kind']}", run["data"]) for run in runs),
        "",
    ]
    for run in runs:
        during = run["during"]
        answered = sum(during.values())
        failed, attempts, pct = failure_pct(run["data"])
        lines.append(
            f"- Redis {run['kind']}: while it was away ({run['seconds']:.1f} s), nginx answered "
            f"{answered} requests ({answered / run['seconds']:.0f}/s), codes {codes_text(during)};"
            f" over the whole run {failed} of {attempts} failed ({pct:.3f}%, wrk's timeouts: "
            f"answers slower than 2 s); {upstream_text(run['summary'])}."
        )
        say(f"   {lines[-1][2:]}")
    if any(499 in run["during"] for run in runs):
        lines.append(
            "- 499 in nginx's log: requests that wrk gave up as its run ended (it closes its "
            "connections with requests in flight), not errors of the site."
        )
    lines += [
        "",
        f"Target (pages served, no 5xx): **{'met' if ok else 'NOT met'}** ({server_errors} 5xx).",
        "",
        "Without Redis there is no content revision, so neither page cache (Redis, nor each "
        "process's hot pages) can be used and each process reads the content snapshot from "
        "PostgreSQL again for every page: the site keeps answering, at a fraction of its "
        f"throughput (about {baseline_rps:.0f} requests/s through nginx at {CONNECTIONS} "
        "connections without a fault, in this run), so at this load requests wait seconds, "
        "`/healthz` included.",
        "",
    ]
    return lines, ok
