"""The production topology on loopback, as compose.yaml describes it for Docker:

    wrk / a client --HTTPS--> nginx (deploy/nginx.conf) --> gunicorn A --+--> PostgreSQL 15
                                                        --> gunicorn B --+--> Redis

Both instances run the same build (one snapshot of the working tree, one
`migrate` and `collectstatic`), with the same secret key, database and Redis,
DJANGO_SITE_URL set to nginx's address and DJANGO_PROXY_COUNT=1. Keep this and
compose.yaml in step: the same services, images' versions aside, and the same
settings for each.
"""

import contextlib
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from common import ROOT, say
from nginx import Nginx
from server import BenchSite
from wrk import Wrk

from harness import HOST
from harness.postgres import Postgres
from harness.redis import Redis

# As compose.yaml's redis service: a cache, bounded, evicting the least recently used.
REDIS_CONFIG = {"maxmemory": "256mb", "maxmemory-policy": "allkeys-lru"}
# The app instances' settings that the load test gives them too (start_topology).
APP_ENV = {"DJANGO_PROXY_COUNT": "1", "GUNICORN_WORKERS": "2"}
COMPOSE = ROOT / "compose.yaml"
# What compose.yaml must say for the load test to run what it describes (no YAML
# parser in the dependencies: lines, as written there).
COMPOSE_LINES = [
    "  app-a:",
    "  app-b:",
    "    image: postgres:15",
    "      - ./deploy/nginx.conf:/etc/nginx/nginx.conf:ro",
    "    REDIS_URL: redis://redis:6379/0",
    "    DJANGO_SITE_URL: https://${SITE_HOST:-localhost}",
    *(f'    {name}: "{value}"' for name, value in APP_ENV.items()),
    *(f"      - --{name}\n      - {value}" for name, value in REDIS_CONFIG.items()),
    '      - --save\n      - ""\n      - --appendonly\n      - "no"',
]
UPSTREAM = re.compile(r'upstream="([^"]*)" upstream_status="([^"]*)"')


@dataclass
class Topology:
    pg: Postgres
    redis: Redis
    a: BenchSite
    b: BenchSite
    nginx: Nginx

    @property
    def instances(self) -> list[BenchSite]:
        return [self.a, self.b]

    def name_of(self, address: str) -> str:
        port = address.rpartition(":")[2]
        for site in self.instances:
            if port == str(site.port):
                return site.name
        return address

    def wrk(self, connections: int, duration: int, paths: list[str]) -> Wrk:
        """wrk through nginx (HTTPS), cycling each connection through `paths`."""
        return Wrk(
            self.nginx.port,
            paths[0],
            connections=connections,
            duration=duration,
            paths=paths,
            count_status=True,
            tls=True,
        )

    def redis_cli(self, *args: str, timeout: float = 2) -> str:
        """redis-cli's answer; "" if Redis does not answer within `timeout`."""
        try:
            done = subprocess.run(
                ["redis-cli", "-h", HOST, "-p", str(self.redis.port), *args],
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return ""
        return done.stdout.strip()

    def configure_redis(self) -> None:
        for name, value in REDIS_CONFIG.items():
            if self.redis_cli("config", "set", name, value) != "OK":
                raise RuntimeError(f"redis-cli config set {name} {value} failed")

    def upstreams(self, lines: list[str]) -> dict:
        """From nginx's access log: requests per instance that answered them, and the
        requests nginx sent to a second instance (with their final statuses)."""
        served: dict[str, int] = {}
        retried: dict[str, int] = {}
        for line in lines:
            match = UPSTREAM.search(line)
            if match is None:
                continue
            addresses = [a.strip() for a in match.group(1).split(",")]
            statuses = [s.strip() for s in match.group(2).split(",")]
            last = self.name_of(addresses[-1])
            served[last] = served.get(last, 0) + 1
            if len(addresses) > 1:
                key = f"{' → '.join(self.name_of(a) for a in addresses)}: {statuses[-1]}"
                retried[key] = retried.get(key, 0) + 1
        return {"served": served, "retried": retried, "retries": sum(retried.values())}


def upstream_text(summary: dict) -> str:
    served = ", ".join(f"{name} {count}" for name, count in sorted(summary["served"].items()))
    retried = "; ".join(f"{route} ×{count}" for route, count in sorted(summary["retried"].items()))
    return f"answered by {served or '—'}; sent on to the other instance: " + (
        f"{summary['retries']} ({retried})" if summary["retries"] else "none"
    )


def check_compose() -> None:
    text = COMPOSE.read_text()
    missing = [line for line in COMPOSE_LINES if line not in text]
    if missing:
        raise RuntimeError(
            "compose.yaml no longer describes what the load test runs; missing:\n"
            + "\n".join(missing)
            + "\nchange scripts/bench/topology.py with it (or compose.yaml back)"
        )


def start_topology(stack: contextlib.ExitStack, log_dir: Path) -> Topology:
    """PostgreSQL, Redis, gunicorn A and B, nginx; all cleaned up by `stack`."""
    check_compose()
    say("== Starting the topology: PostgreSQL 15, Redis, gunicorn A and B, nginx")
    pg = stack.enter_context(Postgres(prefix="optout-guide-bench-pg.", keep_log_in=log_dir))
    redis = stack.enter_context(Redis(prefix="optout-guide-bench-redis."))
    nginx = Nginx(log_dir)  # its ports only, so far
    env = {
        "REDIS_URL": redis.url,
        "DJANGO_SITE_URL": f"https://{HOST}:{nginx.port}",
        "DJANGO_PROXY_COUNT": APP_ENV["DJANGO_PROXY_COUNT"],
    }  # GUNICORN_WORKERS: BenchSite's, APP_ENV's unless set in the environment
    a = stack.enter_context(BenchSite(pg.url, log_dir, name="a", extra_env=env))
    b = stack.enter_context(a.sibling("b"))
    topology = Topology(pg, redis, a, b, nginx)
    topology.configure_redis()
    stack.callback(nginx.cleanup)  # the first to stop; also if configure() fails half-way
    nginx.configure([a.port, b.port])
    nginx.start()
    return topology
