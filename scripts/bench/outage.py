"""The load test's scenario (e): PostgreSQL stopped under load, then started again,
with both instances behind nginx (never restarted)."""

import time

from checks import Checks
from common import HOME, POLICY, QUESTION, REGION_EU, RESULT, say
from topology import Topology, upstream_text
from wrk import WRK_HEADER, codes_text, failure_pct, wrk_row

from harness.http import get

WARM = [HOME, QUESTION, RESULT, POLICY, REGION_EU]
# Never requested before the database goes down.
UNCACHED = ["/regions/canada/", "/guide/?country=JP&age=18plus&device=android"]
# Asked for only once the database is down and the page cache is empty.
COLD = [HOME, "/regions/hong-kong/", "/guide/?country=GB&age=18plus&device=android"]
CONNECTIONS = 32


def _health(checks: Checks, topology: Topology, expected: int) -> None:
    for site in topology.instances:
        response = get(site.port, "/healthz", proxy=False)  # as a balancer: plain HTTP
        checks.response(f"{site.name}'s health check", "/healthz", response, (expected,))


def _restart(checks: Checks, topology: Topology) -> float | None:
    """`pg_ctl start`; seconds until both instances' /healthz answer 200 (None: not in 30 s)."""
    topology.pg.start()
    started = time.monotonic()
    checks.note("`pg_ctl start`", topology.pg.running)
    while time.monotonic() - started < 30:
        statuses = [
            get(s.port, "/healthz", proxy=False, timeout=5).status for s in topology.instances
        ]
        if statuses == [200, 200]:
            return time.monotonic() - started
        time.sleep(0.25)
    return None


def scenario_db_down(topology: Topology, args) -> tuple[list[str], bool]:
    pg, nginx = topology.pg, topology.nginx
    say("== (e) PostgreSQL stopped under load")
    checks = Checks()
    for path in WARM:
        nginx.get(path)
        checks.response("warm-up, through nginx", path, nginx.get(path), (200,))
    masters = {site.name: site.master for site in topology.instances}
    duration = max(args.duration, 30)
    offset = nginx.access_size()
    wrk = topology.wrk(CONNECTIONS, duration, WARM)
    try:
        time.sleep(3)
        pg.stop("fast")
        stopped_at = time.monotonic()
        checks.note("`pg_ctl stop -m fast` (load running)", not pg.running)
        for round_ in (1, 2):
            for path in WARM:
                checks.response("warmed page", path, nginx.get(path), (200,))
            for path in UNCACHED:
                checks.response("page never requested", path, nginx.get(path), (200, 503))
            _health(checks, topology, 503)
            if round_ == 1:
                time.sleep(max(0.0, stopped_at + 6 - time.monotonic()))
        recovered = _restart(checks, topology)
        _health(checks, topology, 200)
        for path in UNCACHED:
            checks.response("page", path, nginx.get(path), (200,))
        data = wrk.result()
    finally:
        wrk.kill()
    summary = topology.upstreams(nginx.access_since(offset))
    checks.note(f"load on warmed pages ends ({data['requests']} requests)")

    # Cold: the database down *and* nothing cached (a lost cache, or content just
    # edited), so nothing can be rendered: the friendly 503 everywhere.
    pg.stop("fast")
    checks.note("`pg_ctl stop -m fast` (no load)", not pg.running)
    flushed = topology.redis_cli("flushall")
    checks.note("the page cache emptied (`redis-cli flushall`)", flushed == "OK", flushed)
    for path in COLD:
        checks.response("cold page, through nginx", path, nginx.get(path), (503,))
    for site in topology.instances:
        checks.response(
            f"cold page, {site.name} directly", COLD[1], get(site.port, COLD[1]), (503,)
        )
    _health(checks, topology, 503)
    cold_recovered = _restart(checks, topology)
    _health(checks, topology, 200)
    for path in COLD:
        checks.response("cold page, through nginx", path, nginx.get(path), (200,))

    same = all(
        site.process is not None
        and site.process.poll() is None
        and site.master == masters[site.name]
        for site in topology.instances
    )
    failed, attempts, pct = failure_pct(data)
    ok = checks.ok and failed == 0 and recovered is not None and cold_recovered is not None and same
    say(
        f"   load on warmed pages: {data['requests']} requests, {failed} failed; "
        f"codes {codes_text(data['codes'])}"
    )

    def back(seconds: float | None) -> str:
        return "NOT within 30 s" if seconds is None else f"{seconds:.2f} s after `pg_ctl start`"

    lines = [
        "## (e) PostgreSQL stopped under load, then started again",
        "",
        "Pages warmed first through nginx: "
        + ", ".join(f"`{p}`" for p in WARM)
        + f". Throughout the first part, `wrk -t2 -c{CONNECTIONS} -d{duration}s` through "
        "nginx cycles through them. 3 s in, `pg_ctl stop -m fast`; the checks run twice "
        "(right away and ~6 s later), then `pg_ctl start`, and the same two instances (never "
        "restarted) are checked again. Never requested before the outage: "
        + ", ".join(f"`{p}`" for p in UNCACHED)
        + ": either 200 (rendered from the content snapshot each process keeps) or the "
        "friendly 503 is right; a 500 or a hang is not. nginx does not pass a 503 on to the "
        "other instance (they share the database). Health checks go to each instance directly, "
        "as a balancer's would. In the second part (no load), PostgreSQL is stopped again and "
        "Redis emptied, so that nothing can be rendered: every page must answer the friendly "
        "503, on both instances.",
        "",
        *checks.table(),
        "",
        *WRK_HEADER,
        wrk_row(f"{CONNECTIONS} connections on warmed pages, across the outage", data),
        "",
        f"- Through nginx: {upstream_text(summary)}.",
        f"- Both instances' `/healthz` back to 200 {back(recovered)} (warm), "
        f"{back(cold_recovered)} (cold); gunicorn masters "
        + ", ".join(f"{name} {pid}" for name, pid in masters.items())
        + (" still the same processes (never restarted)" if same else ": NOT the same processes")
        + ".",
        "",
        f"Target (cached pages served, the rest a friendly 503, /healthz 503, recovery without "
        f"a restart): **{'met' if ok else 'NOT met'}**.",
        "",
    ]
    return lines, ok
