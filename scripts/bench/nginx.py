"""nginx in front of the app instances, configured by deploy/nginx.conf itself.

The load test's config is the shipped file with only what differs on loopback
replaced (each replacement must find its text exactly as often as expected, or
the run stops: the file and this list are kept in step): listen ports, upstream
addresses, host name, certificate and pid paths, and temp paths added for an
unprivileged nginx. A self-signed certificate for 127.0.0.1 stands in for the
real one. nginx runs in the foreground (`daemon off`), as www-data when this
runs as root, with its own prefix, logs and temp folders.
"""

import contextlib
import os
import pwd
import shutil
import signal
import ssl
import subprocess
import tempfile
import time
from pathlib import Path

from common import ROOT, say

from harness import HOST
from harness.http import get
from harness.ports import free_port
from harness.service import Service

DEPLOY_CONF = ROOT / "deploy" / "nginx.conf"
NGINX = "/usr/sbin/nginx"
TEMP_PATHS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")


def loadtest_config(text: str, *, tls_port: int, http_port: int, upstreams, tmp: Path) -> str:
    """deploy/nginx.conf with the loopback ports and paths of this run."""
    host = HOST
    a, b = upstreams
    replacements = [
        ("listen 443 ssl default_server;", f"listen {host}:{tls_port} ssl default_server;", 1),
        ("listen 80 default_server;", f"listen {host}:{http_port} default_server;", 1),
        ("server app-a:8000 ", f"server {host}:{a} ", 1),
        ("server app-b:8000 ", f"server {host}:{b} ", 1),
        ("server_name guide.example.org;", f"server_name {host};", 2),
        ("return 301 https://guide.example.org$", f"return 301 https://{host}:{tls_port}$", 1),
        ("/etc/nginx/certs/fullchain.pem", str(tmp / "cert.pem"), 1),
        ("/etc/nginx/certs/privkey.pem", str(tmp / "key.pem"), 1),
        ("pid /run/nginx.pid;", f"pid {tmp / 'nginx.pid'};", 1),
        ("access_log /dev/stdout site;", f"access_log {tmp / 'access.log'} site;", 1),
    ]
    temp = "".join(f"    {name}_temp_path {tmp / 'temp' / name};\n" for name in TEMP_PATHS)
    replacements.append(("http {\n", f"http {{\n    # Added by the load test.\n{temp}", 1))
    for old, new, count in replacements:
        found = text.count(old)
        if found != count:
            raise RuntimeError(
                f"{DEPLOY_CONF.relative_to(ROOT)}: expected {old!r} {count} time(s), found "
                f"{found}: keep scripts/bench/nginx.py in step with it"
            )
        text = text.replace(old, new)
    return text


def _unprivileged() -> dict:
    """Popen's arguments that drop root (to www-data, else nobody); none if not root."""
    if os.geteuid() != 0:
        return {}
    for name in ("www-data", "nobody"):
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(name)
            return {"user": entry.pw_uid, "group": entry.pw_gid, "extra_groups": []}
    raise RuntimeError("running as root, but there is no www-data or nobody user for nginx")


class Nginx(Service):
    """`Nginx(log_dir)`, then `configure([port_a, port_b])`, then `with nginx:` (or
    `start()`/`cleanup()`): HTTPS on nginx.port, plain HTTP on nginx.http_port."""

    def __init__(self, log_dir: Path, *, tls_port: int | None = None):
        if not Path(NGINX).exists():
            raise RuntimeError(f"nginx is not installed ({NGINX}; Debian: nginx)")
        # The ports now (the app instances' DJANGO_SITE_URL names nginx's), the files in
        # configure().
        self.port = tls_port or free_port()
        self.http_port = free_port()
        self.log_dir = log_dir
        self.log = log_dir / "nginx.log"  # stdout and stderr: the error log
        self.process: subprocess.Popen | None = None
        self.user = _unprivileged()
        self.upstreams: list[int] = []
        self.tls: ssl.SSLContext | None = None
        self.tmp: Path | None = None

    def configure(self, upstreams: list[int]) -> None:
        """Write the config for these upstream ports (and the certificate) into a new
        temporary folder, which cleanup() removes."""
        self.upstreams = list(upstreams)
        self.tmp = Path(tempfile.mkdtemp(prefix="optout-guide-nginx."))
        self.access_log = self.tmp / "access.log"
        self.conf = self.tmp / "nginx.conf"
        self._certificate()
        for name in TEMP_PATHS:
            (self.tmp / "temp" / name).mkdir(parents=True, exist_ok=True)
        self.conf.write_text(
            loadtest_config(
                DEPLOY_CONF.read_text(),
                tls_port=self.port,
                http_port=self.http_port,
                upstreams=self.upstreams,
                tmp=self.tmp,
            )
        )
        if self.user:
            for path in [self.tmp, *self.tmp.rglob("*")]:
                os.chown(path, self.user["user"], self.user["group"])

    def _certificate(self) -> None:
        command = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
        command += ["-subj", f"/CN={HOST}", "-addext", f"subjectAltName=IP:{HOST},DNS:localhost"]
        command += ["-keyout", str(self.tmp / "key.pem"), "-out", str(self.tmp / "cert.pem")]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode:
            raise RuntimeError(f"openssl could not make a certificate:\n{done.stderr}")
        self.tls = ssl.create_default_context(cafile=str(self.tmp / "cert.pem"))

    def _command(self, *extra: str) -> list[str]:
        return [NGINX, "-p", f"{self.tmp}/", "-c", str(self.conf), "-e", "stderr", *extra]

    def start(self) -> None:
        checked = subprocess.run(
            self._command("-t", "-q"), capture_output=True, text=True, check=False, **self.user
        )
        if checked.returncode:
            raise RuntimeError(f"nginx -t refused the config:\n{checked.stderr}")
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                self._command("-g", "daemon off;"),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                **self.user,
            )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx exited with {self.process.returncode}:\n{self.errors()}")
            if self.get("/healthz", timeout=2).status != 0:
                say(f"   nginx on port {self.port} (HTTPS; plain HTTP on {self.http_port})")
                return
            time.sleep(0.1)
        raise RuntimeError(f"nginx did not answer on port {self.port}:\n{self.errors()}")

    def get(self, path: str, **kwargs):
        """One HTTPS GET through nginx (no X-Forwarded-Proto: nginx sets it)."""
        return get(self.port, path, proxy=False, tls=self.tls, **kwargs)

    def errors(self) -> str:
        return self.log.read_text(errors="replace")[-4000:] if self.log.exists() else ""

    def access_size(self) -> int:
        return self.access_log.stat().st_size if self.access_log.exists() else 0

    def access_since(self, offset: int, end: int | None = None) -> list[str]:
        """The access log's lines from byte `offset` (to byte `end`)."""
        with self.access_log.open("rb") as log:
            log.seek(offset)
            data = log.read() if end is None else log.read(max(0, end - offset))
        return data.decode("utf-8", "replace").splitlines()

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # graceful: finish requests in flight
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process = None

    def begin(self) -> None:
        if self.tmp is None:
            raise RuntimeError("Nginx.configure(upstreams) must come before entering it")
        self.start()

    def cleanup(self) -> None:
        with contextlib.suppress(Exception):
            self.stop()
        if self.tmp is None:
            return
        for name, kept in (("nginx.conf", "nginx.conf"), ("access.log", "nginx-access.log")):
            with contextlib.suppress(OSError):
                shutil.copyfile(self.tmp / name, self.log_dir / kept)
        shutil.rmtree(self.tmp, ignore_errors=True)
