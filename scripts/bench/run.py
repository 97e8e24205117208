"""Benchmark, Lighthouse and load/fault runs against a production-like optout-guide.

Run through the wrappers, which install what is missing first:

    scripts/benchmark [--no-lighthouse] [--no-fuzz] [--duration S] [--warmup S]
    scripts/loadtest  [--duration S] [--connections N]

Both run the site as in production on loopback only, from a snapshot of the working
tree: a throwaway PostgreSQL 15 cluster, `migrate`, `collectstatic` into a temporary
STATIC_ROOT, gunicorn with gunicorn.conf.py (production settings, a random secret
key). `benchmark` runs one gunicorn with the file cache and sends `X-Forwarded-Proto:
https` with every request, as the TLS proxy in front of the site does; `loadtest` runs
the production topology (topology.py): nginx with deploy/nginx.conf over HTTPS, two
gunicorn instances, one Redis. Everything they start (PostgreSQL, Redis, gunicorn,
nginx, wrk, Chromium through Lighthouse) is stopped, and every temporary folder
removed, however the run ends.

`benchmark` writes docs/benchmarks.md, `loadtest` writes docs/resilience.md.
Only the numbers measured in the run are written; nothing is carried over.
"""

import argparse
import os
import shutil
import sys
from pathlib import Path

# The harness package lives at the repository root; this folder (first on sys.path)
# holds the benchmark's own modules.
sys.path.insert(1, str(Path(__file__).resolve().parents[2]))

import benchmark  # noqa: E402
import loadtest  # noqa: E402
from common import LOGS, ROOT  # noqa: E402

from harness.service import exit_on_signals  # noqa: E402


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
    bench.add_argument(
        "--accept-encoding",
        default="",
        help="send this Accept-Encoding with every request, e.g. gzip (as browsers do)",
    )
    load = sub.add_parser(
        "loadtest", help="nginx + two instances: an edit, kills, Redis and database outages"
    )
    load.add_argument("--duration", type=int, default=30, help="seconds per load run")
    load.add_argument("--connections", type=int, default=200)
    load.add_argument("--output", default=str(ROOT / "docs" / "resilience.md"))
    args = parser.parse_args(argv)
    args.argv = argv[1:]
    if getattr(args, "accept_encoding", ""):
        os.environ["BENCH_ACCEPT_ENCODING"] = args.accept_encoding
    log_dir = LOGS / args.command
    shutil.rmtree(log_dir, ignore_errors=True)
    exit_on_signals()
    try:
        command = benchmark if args.command == "benchmark" else loadtest
        return command.run(args, log_dir)
    except RuntimeError as error:
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
