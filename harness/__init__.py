"""Throwaway services for the tests and the benchmarks, all on loopback.

One copy of "start a production-like site", shared by scripts/test (through
`python -m harness pytest`), scripts/benchmark and scripts/loadtest (through
scripts/bench/run.py) and policies/tests/test_deploy.py:

    ports.free_port()          a TCP port free right now
    http.get(port, path)       one GET, as the TLS proxy forwards it (or not)
    postgres.Postgres()        a PostgreSQL 15 cluster in a temporary folder
    redis.Redis()              a redis-server that writes nothing to disk
    site.Site(env)             gunicorn with gunicorn.conf.py, ready once /healthz is 200

Each is a context manager that starts the thing on entry and stops it and
deletes its files on exit, however the block ends.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
