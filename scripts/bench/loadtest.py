"""`scripts/loadtest`: (a) load, (b) a gunicorn worker killed under load, (c) PostgreSQL
stopped under load (outage.py); written to docs/resilience.md (or --output)."""

import contextlib
import os
import signal
import time
from pathlib import Path

from common import HOME, QUESTION, RESULT, machine, machine_lines, ms, say
from outage import scenario_db_down
from server import BenchSite, start_site
from wrk import WRK_HEADER, Wrk, failure_pct, wrk_row

from harness.http import get

KILL_FAILURE_PCT_MAX = 0.1


def run(args, log_dir: Path) -> int:
    facts = machine()
    mix = [HOME, QUESTION, RESULT]
    sections: dict[str, list[str]] = {}
    with contextlib.ExitStack() as stack:
        pg, site = start_site(stack, log_dir)
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


def scenario_load(site: BenchSite, mix: list[str], args) -> list[str]:
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


def scenario_kill(site: BenchSite, mix: list[str], args) -> list[str]:
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
