# shellcheck shell=bash
# Prerequisites of scripts/benchmark and scripts/loadtest. Source it after
# scripts/lib.sh; don't run it.
#
#   bench_prerequisites [lighthouse|loadtest]
#       .venv with the dev requirements, wrk, PostgreSQL 15; with "lighthouse"
#       also Debian's chromium and the pinned Lighthouse under .bench/
#       (git-ignored); with "loadtest" also Debian's nginx, redis-server and
#       openssl (for a throwaway certificate). Where systemd runs, installing
#       the nginx package also starts the system's own nginx on port 80; the
#       load test never uses it (it runs its own, on free loopback ports).

PG_BIN=/usr/lib/postgresql/15/bin
CHROMIUM=/usr/bin/chromium
NGINX=/usr/sbin/nginx
LIGHTHOUSE_VERSION=12.8.2 # 13.x needs Node >= 22.19; Debian 12 has Node 20
BENCH_DIR="$ROOT/.bench"

bench_prerequisites() {
    ensure_venv
    pip_install requirements-dev.txt
    command -v wrk >/dev/null 2>&1 || apt_install wrk
    command -v pgrep >/dev/null 2>&1 || apt_install procps
    command -v ss >/dev/null 2>&1 || apt_install iproute2
    command -v msgfmt >/dev/null 2>&1 || apt_install gettext # compilemessages
    if [[ ! -x "$PG_BIN/initdb" || ! -x "$PG_BIN/pg_ctl" || ! -x "$PG_BIN/postgres" ]]; then
        apt_install postgresql-15
    fi
    if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        die "running as root but there is no 'postgres' user to own the throwaway cluster"
    fi
    if [[ "${1:-}" == loadtest ]]; then
        [[ -x "$NGINX" ]] || apt_install nginx
        command -v redis-server >/dev/null 2>&1 || apt_install redis-server
        command -v openssl >/dev/null 2>&1 || apt_install openssl
        return 0
    fi
    [[ "${1:-}" == lighthouse ]] || return 0
    [[ -x "$CHROMIUM" ]] || apt_install chromium
    command -v npm >/dev/null 2>&1 || apt_install nodejs npm
    local installed=
    if [[ -x "$BENCH_DIR/node_modules/.bin/lighthouse" ]]; then
        installed="$("$BENCH_DIR/node_modules/.bin/lighthouse" --version 2>/dev/null || true)"
    fi
    if [[ "$installed" != "$LIGHTHOUSE_VERSION" ]]; then
        say "Installing lighthouse@$LIGHTHOUSE_VERSION into .bench/"
        mkdir -p "$BENCH_DIR"
        npm install --prefix "$BENCH_DIR" --save-exact --no-audit --no-fund --loglevel=error \
            "lighthouse@$LIGHTHOUSE_VERSION" || die "npm install lighthouse@$LIGHTHOUSE_VERSION failed"
    fi
}
