"""docs/benchmarks.md, from one run of `scripts/benchmark`."""

from pathlib import Path

from common import ROOT, machine_lines, ms
from lighthouse import LIGHTHOUSE, lighthouse_lines

# Targets (from the brief): the result page against the static file.
RESULT_RPS_RATIO_MIN = 0.9
RESULT_P99_RATIO_MAX = 1.25


def ratios(results: dict[str, dict]) -> dict[str, tuple[float, float]]:
    static = results["static"]
    return {
        name: (data["rps"] / static["rps"], data["p99_us"] / static["p99_us"])
        for name, data in results.items()
    }


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
        lines += [
            "",
            "### Targets",
            "",
            "Every page, in English alone and in the eight-language rotation, against the "
            "static file in the same run. Where a target is not met, `docs/performance.md` "
            "explains the gap and the plan.",
            "",
        ]
        for name, (rps_ratio, p99_ratio) in table.items():
            if name == "static":
                continue
            rps_met = "met" if rps_ratio >= RESULT_RPS_RATIO_MIN else "not met"
            p99_met = "met" if p99_ratio <= RESULT_P99_RATIO_MAX else "not met"
            lines.append(
                f"- {name}: throughput ≥ {RESULT_RPS_RATIO_MIN}×: **{rps_met}** "
                f"({results[name]['rps']:.0f} vs {static['rps']:.0f} requests/s = "
                f"{rps_ratio:.2f}×); p99 ≤ {RESULT_P99_RATIO_MAX}×: **{p99_met}** "
                f"({ms(results[name]['p99_us'])} vs {ms(static['p99_us'])} = {p99_ratio:.2f}×)."
            )
        lines.append("")
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
