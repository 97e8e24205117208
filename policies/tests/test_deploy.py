"""The production image, checked without a Docker engine.

No Docker engine runs where the suite runs, so the Dockerfile is checked in two
halves: its instructions are parsed and must come in the order that makes a
correct, cacheable, unprivileged image; then the same commands (the release
step's migrate, the build's collectstatic, the CMD's gunicorn and the
HEALTHCHECK's probe) run here on the host, in production mode (debug off, a
real secret key, hashed static files, gunicorn with gunicorn.conf.py).
"""

import http.client
import json
import os
import re
import secrets
import shlex
import signal
import socket
import string
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "Dockerfile"

GUNICORN_CMD = ["gunicorn", "-c", "gunicorn.conf.py", "optout_guide.wsgi:application"]
# gunicorn.conf.py's default; SIGTERM must stop the server within it.
GRACEFUL_TIMEOUT = 30
STARTUP_TIMEOUT = 20
COMMAND_TIMEOUT = 120
# Never logged: visitors' answers travel in the query string.
PRIVATE_QUERY = "deploy-check-answer=private-visitor-answer"

pytestmark = pytest.mark.deploy


# --- The Dockerfile, parsed ----------------------------------------------------


def parse_dockerfile(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuations joined and comments dropped."""
    instructions: list[tuple[str, str]] = []
    current = ""
    for line in text.splitlines():
        stripped = line.strip()
        # Comment and blank lines are dropped, also inside a continuation.
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            current += stripped[:-1].strip() + " "
            continue
        current += stripped
        keyword, _, arguments = current.partition(" ")
        instructions.append((keyword.upper(), arguments.strip()))
        current = ""
    assert not current, f"the Dockerfile ends inside a continued line: {current!r}"
    return instructions


def dockerfile() -> list[tuple[str, str]]:
    return parse_dockerfile(DOCKERFILE.read_text())


def index_of(instructions, keyword: str, predicate=lambda arguments: True) -> int:
    matches = [i for i, (k, a) in enumerate(instructions) if k == keyword and predicate(a)]
    assert matches, f"no {keyword} instruction of the expected kind in the Dockerfile"
    return matches[0]


def split_assignments(arguments: str) -> tuple[dict[str, str], list[str]]:
    """`A=1 B=2 cmd args` -> ({"A": "1", "B": "2"}, ["cmd", "args"])."""
    words = shlex.split(arguments)
    env = {}
    while words and re.match(r"^[A-Za-z_][A-Za-z0-9_]*=", words[0]):
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    return env, words


def exec_form(arguments: str) -> list[str]:
    assert arguments.startswith("["), f"expected the exec (JSON) form, got {arguments!r}"
    argv = json.loads(arguments)
    assert isinstance(argv, list) and all(isinstance(word, str) for word in argv)
    return argv


def image_env(instructions) -> dict[str, str]:
    env = {}
    for keyword, arguments in instructions:
        if keyword == "ENV":
            assignments, rest = split_assignments(arguments)
            assert not rest, f"ENV in the legacy `ENV name value` form: {arguments!r}"
            env.update(assignments)
    return env


def collectstatic_run(instructions) -> tuple[dict[str, str], list[str]]:
    i = index_of(instructions, "RUN", lambda a: "collectstatic" in a)
    return split_assignments(instructions[i][1])


def healthcheck_argv(instructions) -> list[str]:
    arguments = instructions[index_of(instructions, "HEALTHCHECK")][1]
    _options, _, command = arguments.partition("CMD ")
    return exec_form(command.strip())


def on_host(argv: list[str]) -> list[str]:
    """The image's `python …` / `gunicorn …` as this interpreter runs them."""
    if argv[0] == "python":
        return [sys.executable, *argv[1:]]
    if argv[0] == "gunicorn":
        return [sys.executable, "-m", "gunicorn", *argv[1:]]
    raise AssertionError(f"don't know how to run {argv[0]!r} on the host")


def test_dockerfile_builds_a_cacheable_unprivileged_gunicorn_image():
    text = DOCKERFILE.read_text()
    instructions = dockerfile()
    keywords = [keyword for keyword, _ in instructions]

    assert instructions[0] == ("FROM", "python:3.13-slim")
    env = image_env(instructions)
    assert env["PYTHONDONTWRITEBYTECODE"] == "1"
    assert env["PYTHONUNBUFFERED"] == "1"
    assert env["DJANGO_STATIC_ROOT"] == "/app/staticfiles"

    # Dependencies in their own layer, before the code, so a code change does
    # not reinstall them.
    copy_requirements = index_of(instructions, "COPY", lambda a: a.split()[0] == "requirements.txt")
    pip_install = index_of(
        instructions,
        "RUN",
        lambda a: "pip install" in a and "--no-cache-dir" in a and "-r requirements.txt" in a,
    )
    copy_code = index_of(instructions, "COPY", lambda a: a.split() == [".", "."])
    assert copy_requirements < pip_install < copy_code

    # Static files are collected from the code, with a throwaway key.
    collectstatic = index_of(instructions, "RUN", lambda a: "collectstatic" in a)
    assert copy_code < collectstatic
    build_env, argv = collectstatic_run(instructions)
    assert argv == ["python", "manage.py", "collectstatic", "--noinput"]
    assert build_env.get("DJANGO_SECRET_KEY"), "collectstatic needs a (throwaway) secret key"
    assert "ENV" not in [k for k, a in instructions if "DJANGO_SECRET_KEY" in a], (
        "no secret key may be baked into the image's environment"
    )

    # Everything after the build steps runs as an unprivileged user.
    users = [i for i, keyword in enumerate(keywords) if keyword == "USER"]
    assert users, "the image must not run as root"
    last_user = instructions[users[-1]][1]
    assert last_user.split(":")[0] not in {"root", "0"}
    cmd = len(keywords) - 1 - keywords[::-1].index("CMD")
    assert collectstatic < users[-1] < cmd

    assert exec_form(instructions[cmd][1]) == GUNICORN_CMD
    assert ("EXPOSE", "8000") in instructions

    health = healthcheck_argv(instructions)
    assert health[:2] == ["python", "-c"]
    assert "urllib" in health[2] and "/healthz" in health[2]

    # The release step is documented where the image is.
    assert "python manage.py migrate" in text


def test_dockerignore_keeps_local_state_out_of_the_image():
    ignored = {
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert {".git", ".venv", "db.sqlite3", "staticfiles", ".env"} <= ignored


# --- The same commands, run on the host ---------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("0.0.0.0", 0))
        return sock.getsockname()[1]


def random_secret_key() -> str:
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    return "".join(secrets.choice(alphabet) for _ in range(50))


def separate_redis_database(url: str) -> str:
    """The same Redis server, another database number than the suite's own.

    The pages this server caches (with hashed static addresses) must not meet
    the test suite's cached pages under a shared content revision.
    """
    parts = urlsplit(url)
    current = parts.path.strip("/") or "0"
    return urlunsplit(parts._replace(path="/1" if current != "1" else "/2"))


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    """The image's environment with production settings, against a fresh SQLite file."""
    tmp = tmp_path_factory.mktemp("deploy")
    inherited = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "GUNICORN_"))
        and name not in {"DATABASE_URL", "REDIS_URL", "PORT", "FORWARDED_ALLOW_IPS"}
    }
    env = {
        **inherited,
        **image_env(dockerfile()),
        "DJANGO_SECRET_KEY": random_secret_key(),
        "DJANGO_ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DJANGO_STATIC_ROOT": str(tmp / "staticfiles"),
        "DATABASE_URL": f"sqlite:///{tmp / 'db.sqlite3'}",
        # Without Redis, production caches pages (and the content revision, which
        # never expires) in files; the default /tmp/optout-guide-cache would
        # outlive this test and be shared with other servers on the machine.
        "DJANGO_CACHE_DIR": str(tmp / "cache"),
    }
    # scripts/test's PostgreSQL phase runs a Redis: serve from it too.
    if os.environ.get("REDIS_URL"):
        env["REDIS_URL"] = separate_redis_database(os.environ["REDIS_URL"])
    return env


def run(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=COMMAND_TIMEOUT
    )


def output(result) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"


@pytest.fixture(scope="module")
def built(production):
    """The release step and the build step, as the Dockerfile runs them."""
    migrate = run(on_host(["python", "manage.py", "migrate", "--noinput"]), production)
    assert migrate.returncode == 0, output(migrate)

    build_env, argv = collectstatic_run(dockerfile())
    collectstatic = run(on_host(argv), {**production, **build_env})
    assert collectstatic.returncode == 0, output(collectstatic)
    manifest = Path(production["DJANGO_STATIC_ROOT"]) / "staticfiles.json"
    assert manifest.is_file(), f"no whitenoise manifest at {manifest}"
    return production


def test_deploy_check_passes_in_production_mode(built):
    result = run(
        on_host(["python", "manage.py", "check", "--deploy", "--fail-level", "WARNING"]), built
    )
    assert result.returncode == 0, output(result)


def get(port: int, path: str, host: str, **headers) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", path, headers={"Host": host, **headers})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def wait_until_healthy(server: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    last = "no answer"
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"gunicorn exited with {server.returncode}:\n{log.read_text()}")
        try:
            status, _, body = get(port, "/healthz", f"127.0.0.1:{port}")
            if status == 200:
                return
            last = f"{status} {body[:200]!r}"
        except OSError as error:
            last = repr(error)
        time.sleep(0.2)
    pytest.fail(f"/healthz not 200 after {STARTUP_TIMEOUT}s (last: {last}):\n{log.read_text()}")


def test_gunicorn_serves_the_site_with_collected_static_files(built, tmp_path):
    port = free_port()
    env = {**built, "PORT": str(port), "GUNICORN_WORKERS": "2"}
    instructions = dockerfile()
    cmd = exec_form(instructions[index_of(instructions, "CMD")][1])
    log = tmp_path / "gunicorn.log"

    with log.open("w") as log_file:
        server = subprocess.Popen(
            on_host(cmd), cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT
        )
    try:
        wait_until_healthy(server, port, log)

        # The image's own HEALTHCHECK command agrees.
        probe = run(on_host(healthcheck_argv(instructions)), env)
        assert probe.returncode == 0, output(probe)

        # As the TLS proxy in front forwards a visitor's request.
        https = {"X-Forwarded-Proto": "https"}
        status, _, body = get(port, f"/?{PRIVATE_QUERY}", "localhost", **https)
        html = body.decode()
        assert status == 200, html[:2000]
        stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html)
        assert stylesheet, "the page does not link the collected, hashed stylesheet"

        status, headers, css = get(port, stylesheet.group(1), "localhost", **https)
        assert status == 200
        assert headers.get("Content-Type", "").startswith("text/css")
        assert css.strip()

        server.send_signal(signal.SIGTERM)
        try:
            returncode = server.wait(timeout=GRACEFUL_TIMEOUT)
        except subprocess.TimeoutExpired:
            pytest.fail(f"gunicorn still running {GRACEFUL_TIMEOUT}s after SIGTERM")
        assert returncode == 0, log.read_text()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()

    logged = log.read_text()
    assert re.search(r'"GET / HTTP/1\.1" 200 ', logged), logged
    assert "private-visitor-answer" not in logged, "a visitor's query string was logged"
