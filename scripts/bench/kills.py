"""The load test's scenarios (b) and (c): load through nginx while one gunicorn worker,
then a whole instance (master and workers), gets SIGKILL; and the same load without a
fault, to compare with."""

import os
import signal
import time

from common import say
from server import BenchSite
from topology import Topology, upstream_text
from wrk import WRK_HEADER, failure_pct, wrk_row

FAILURE_PCT_MAX = 0.1
INSTANCE_DOWN_S = 5  # how long the killed instance stays down before it is started again


def concurrencies(args) -> list[int]:
    return sorted({64, args.connections})


def scenario_baseline(topology: Topology, mix: list[str], args) -> tuple[list[str], dict]:
    """The section, and wrk's results per number of connections."""
    lines = [
        "## Load through nginx, no fault (to compare with)",
        "",
        f"`wrk -t2 -d{args.duration}s` over HTTPS to nginx, each connection cycling through "
        + ", ".join(f"`{p}`" for p in mix)
        + " (warm, from the page cache).",
        "",
        *WRK_HEADER,
    ]
    notes, results = [], {}
    for connections in concurrencies(args):
        say(f"== Load through nginx, {connections} connections, no fault")
        offset = topology.nginx.access_size()
        data = topology.wrk(connections, args.duration, mix).result()
        summary = topology.upstreams(topology.nginx.access_since(offset))
        results[connections] = data
        lines.append(wrk_row(f"{connections} connections", data))
        notes.append(f"- {connections} connections: {upstream_text(summary)}.")
        say(f"   {wrk_row('', data)}")
    return [*lines, "", *notes, ""], results


def _pick(connections: int, topology: Topology) -> BenchSite:
    # A at 64 connections, B at the other: both instances take a turn.
    return topology.a if connections == 64 else topology.b


def scenario_kill_worker(topology: Topology, mix: list[str], args) -> tuple[list[str], bool]:
    n = topology.a.workers_wanted
    lines = [
        f"## (b) SIGKILL one gunicorn worker under load (of {n} per instance)",
        "",
        f"For each concurrency, {args.duration} s of wrk through nginx over the same pages; "
        f"after {args.duration // 3} s one worker of one instance (A at 64 connections, B at "
        "the other) gets SIGKILL: the one holding the most connections from nginx at that "
        "moment (from `ss`). nginx sends each request the dead worker had taken on to the "
        "other instance (`proxy_next_upstream error`). Failed % = (socket errors + "
        "non-2xx/3xx) / (requests + connect/read/write errors), as wrk sees it through nginx.",
        "",
        *WRK_HEADER,
    ]
    notes, verdicts = [], []
    for connections in concurrencies(args):
        site = _pick(connections, topology)
        for instance in topology.instances:
            if not instance.wait_for_workers(n):
                raise RuntimeError(f"{instance.name}: expected {n} workers before the kill")
        say(f"== (b) {connections} connections, SIGKILL one worker of {site.name}")
        offset = topology.nginx.access_size()
        wrk = topology.wrk(connections, args.duration, mix)
        try:
            time.sleep(args.duration // 3)
            held = site.connections_by_worker()
            victim = max(site.workers(), key=lambda pid: held.get(pid, 0))
            os.kill(victim, signal.SIGKILL)
            killed_at = time.monotonic()
            replaced = None
            while time.monotonic() - killed_at < 30:
                now = site.workers()
                if victim not in now and len(now) == n:
                    replaced = time.monotonic() - killed_at
                    break
                time.sleep(0.05)
            data = wrk.result()
        finally:
            wrk.kill()
        summary = topology.upstreams(topology.nginx.access_since(offset))
        failed, attempts, pct = failure_pct(data)
        verdicts.append(pct <= FAILURE_PCT_MAX)
        lines.append(wrk_row(f"{connections} connections, a worker of {site.name} killed", data))
        notes.append(
            f"- {connections} connections: killed worker {victim} of {site.name}, which held "
            f"{held.get(victim, 0)} of the {sum(held.values())} connections from nginx; "
            + (f"replaced in {replaced:.2f} s" if replaced is not None else "NOT replaced")
            + f"; {upstream_text(summary)}. {failed} of {attempts} requests failed "
            f"({pct:.3f}%)."
        )
        say(f"   {notes[-1][2:]}")
    return [*lines, "", *notes, "", verdict_line(args, verdicts)], all(verdicts)


def scenario_kill_instance(topology: Topology, mix: list[str], args) -> tuple[list[str], bool]:
    third = args.duration // 3
    lines = [
        "## (c) SIGKILL a whole instance under load, then start it again",
        "",
        f"For each concurrency, {args.duration} s of wrk through nginx; after {third} s the "
        "master and every worker of one instance (A at 64 connections, B at the other) get "
        f"SIGKILL at once (its process group), as a crashed container would; {INSTANCE_DOWN_S} "
        "s later it is started again on the same port (gunicorn, the same command), while "
        "the load goes on.",
        "",
        *WRK_HEADER,
    ]
    notes, verdicts = [], []
    for connections in concurrencies(args):
        site = _pick(connections, topology)
        say(f"== (c) {connections} connections, SIGKILL instance {site.name}, then start it")
        offset = topology.nginx.access_size()
        wrk = topology.wrk(connections, args.duration, mix)
        try:
            time.sleep(third)
            old_master = site.master
            site.kill()
            time.sleep(INSTANCE_DOWN_S)
            restarted_at = time.monotonic()
            site.start()  # returns once /healthz answers 200
            healthy_after = time.monotonic() - restarted_at
            data = wrk.result()
        finally:
            wrk.kill()
        summary = topology.upstreams(topology.nginx.access_since(offset))
        failed, attempts, pct = failure_pct(data)
        verdicts.append(pct <= FAILURE_PCT_MAX)
        lines.append(wrk_row(f"{connections} connections, instance {site.name} killed", data))
        notes.append(
            f"- {connections} connections: instance {site.name} (master {old_master}) killed, "
            f"down {INSTANCE_DOWN_S} s, then started again: /healthz 200 after "
            f"{healthy_after:.1f} s (new master {site.master}); {upstream_text(summary)}. "
            f"{failed} of {attempts} requests failed ({pct:.3f}%)."
        )
        say(f"   {notes[-1][2:]}")
    return [*lines, "", *notes, "", verdict_line(args, verdicts)], all(verdicts)


def verdict_line(args, verdicts: list[bool]) -> str:
    parts = ", ".join(
        f"{c} connections: {'met' if ok else 'not met'}"
        for c, ok in zip(concurrencies(args), verdicts, strict=True)
    )
    overall = "met" if all(verdicts) else "not met"
    return f"Target ≤ {FAILURE_PCT_MAX}% failed, through nginx: **{overall}** ({parts}).\n"
