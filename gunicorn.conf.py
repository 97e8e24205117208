"""Gunicorn settings for optout-guide in production.

Loaded explicitly (`gunicorn -c gunicorn.conf.py optout_guide.wsgi:application`,
as in the Dockerfile's CMD) so that what runs never depends on the working
directory. Every value can be tuned through the environment without a rebuild.
"""

import multiprocessing
import os


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


# Listen on every interface: in a container the published port reaches us
# through the container's own interface, not loopback. PORT is what most
# platforms (and the Dockerfile's HEALTHCHECK) agree on.
bind = f"0.0.0.0:{env_int('PORT', 8000)}"

# Processes: the usual 2 x CPU + 1, capped so that a large host (where
# cpu_count() sees every core, not the container's quota) does not start
# dozens of workers each holding database connections. Set GUNICORN_WORKERS
# to match the container's CPU limit.
workers = env_int("GUNICORN_WORKERS", min(2 * multiprocessing.cpu_count() + 1, 8))

# A few threads per worker, so one slow client or database query does not
# block a whole process; the views are short and thread-safe.
worker_class = "gthread"
threads = env_int("GUNICORN_THREADS", 2)

# A request that takes longer than this is stuck: the worker is killed and
# replaced. Pages here render in milliseconds.
timeout = env_int("GUNICORN_TIMEOUT", 30)

# On SIGTERM (docker stop, a deploy) workers finish the requests in flight for
# up to this long before they are killed. Give `docker stop` / the platform a
# stop timeout longer than this (docker's default is only 10 s).
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)

# Keep idle connections from the reverse proxy open a little longer than a
# typical page's follow-up requests (stylesheet, icon) take to arrive. nginx
# (deploy/nginx.conf, the upstream's keepalive_timeout 4s) closes its idle
# connections first, so it never sends a request into one gunicorn is closing:
# keep this above that.
keepalive = 5

# Workers are not recycled by default: at thousands of requests per second a
# count-based restart fires every second, and each new worker spends most of a
# second importing and warming up (measured; docs/benchmarks.md). Set
# GUNICORN_MAX_REQUESTS (e.g. 100000) to bound slow memory growth if needed.
max_requests = env_int("GUNICORN_MAX_REQUESTS", 0)
max_requests_jitter = env_int("GUNICORN_MAX_REQUESTS_JITTER", 1000)

# Logs go to the container's stdout/stderr, where the platform collects them.
accesslog = "-"
errorlog = "-"
# The access log records what was served, not who asked or what they answered:
# %(U)s is the path *without* the query string (the guide's answers travel in
# it, so "%(r)s" would log them), and there is no client address, referrer
# (same-site referrers carry those query strings too) or user agent, in line
# with "stores nothing about visitors". Time, request, status, bytes, duration.
access_log_format = '%(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
# …with control characters escaped, so that a path cannot forge a log line.
logger_class = "optout_guide.gunicorn_logging.SafeLogger"

# Trust X-Forwarded-Proto (so Django sees HTTPS) only from the reverse proxy's
# address. Set FORWARDED_ALLOW_IPS to the proxy's address or network; never to
# "*" unless nothing but the proxy can reach this port.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# The worker heartbeat file: /dev/shm is memory-backed, so the heartbeat never
# blocks on a slow container overlay filesystem.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# Gunicorn >= 25.1 opens a control socket at a fixed per-user path by default
# ($XDG_RUNTIME_DIR or ~/.gunicorn/gunicorn.ctl): two servers run by one user
# would take over each other's socket, and the container's user has no home.
# Nothing here uses gunicornc, so turn it off.
control_socket_disable = True
