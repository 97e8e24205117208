"""python -m harness pytest [PYTEST ARGS…]

Runs `python -m pytest PYTEST ARGS…` on a throwaway PostgreSQL 15 cluster and a
throwaway Redis (DATABASE_URL and REDIS_URL set), stops and deletes both
afterwards, and exits with pytest's exit code (1 if either could not start).
"""

import os
import subprocess
import sys

from harness.postgres import Postgres
from harness.redis import Redis
from harness.service import exit_on_signals


def pytest(args: list[str]) -> int:
    with Postgres() as pg, Redis() as redis:
        print(f"harness: DATABASE_URL={pg.url} REDIS_URL={redis.url}", flush=True)
        env = {**os.environ, "DATABASE_URL": pg.url, "REDIS_URL": redis.url}
        return subprocess.run([sys.executable, "-m", "pytest", *args], env=env).returncode


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "pytest":
        print(__doc__.strip(), file=sys.stderr)
        return 2
    exit_on_signals()
    try:
        return pytest(argv[1:])
    except RuntimeError as error:
        print(f"python -m harness: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
