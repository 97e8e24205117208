"""The load test's scenario (c): PostgreSQL stopped under load, then started again."""

import contextlib
import time
from pathlib import Path

from common import HOME, POLICY, QUESTION, REGION_EU, RESULT, say
from server import BenchSite
from wrk import WRK_HEADER, Wrk, codes_text, failure_pct, wrk_row

from harness.http import get
from harness.postgres import Postgres

# Never requested before the database goes down.
UNCACHED = ["/regions/canada/", "/guide/?country=JP&age=18plus&device=android"]
# Asked for only once the database is down and the page cache is empty.
COLD_REGION = "/regions/hong-kong/"
COLD_RESULT = "/guide/?country=GB&age=18plus&device=android"
FRIENDLY_503 = "back in a moment"


def scenario_db_down(site: BenchSite, pg: Postgres, args) -> list[str]:
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

    def restart() -> float | None:
        """`pg_ctl start`; seconds until /healthz answers 200 (None: not within 30 s)."""
        pg.start()
        restarted_at = time.monotonic()
        note("`pg_ctl start`", pg.running)
        while time.monotonic() - restarted_at < 30:
            if get(site.port, "/healthz", proxy=False, timeout=5).status == 200:
                return time.monotonic() - restarted_at
            time.sleep(0.25)
        return None

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
        recovered_after = restart()
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
    cold_recovered_after = restart()
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
