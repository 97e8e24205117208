"""The production image, checked without a Docker engine.

No Docker engine runs where the suite runs, so the Dockerfile is checked in two
halves: its instructions are parsed and must come in the order that makes a
correct, cacheable, unprivileged image; then the same commands (the release
step's migrate, the build's collectstatic, the CMD's gunicorn and the
HEALTHCHECK's probe) run here on the host, in production mode (debug off, a
real secret key, hashed static files, gunicorn with gunicorn.conf.py).
"""

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from harness.http import get
from harness.site import Site, production_env

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
    # A random secret key, loopback hosts, STATIC_ROOT and (without Redis) the
    # page cache in `tmp`, not the default /tmp/optout-guide-cache that would
    # outlive this test and be shared with other servers on the machine.
    env = production_env(
        {**inherited, **image_env(dockerfile())}, tmp, f"sqlite:///{tmp / 'db.sqlite3'}"
    )
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


def test_gunicorn_serves_the_site_with_collected_static_files(built, tmp_path):
    instructions = dockerfile()
    cmd = exec_form(instructions[index_of(instructions, "CMD")][1])
    log = tmp_path / "gunicorn.log"
    site = Site(
        {**built, "GUNICORN_WORKERS": "2"},
        log=log,
        command=on_host(cmd),
        startup_timeout=STARTUP_TIMEOUT,
    )

    with site:  # returns once /healthz answers 200
        # The image's own HEALTHCHECK command agrees.
        probe = run(on_host(healthcheck_argv(instructions)), site.env)
        assert probe.returncode == 0, output(probe)

        # As the TLS proxy in front forwards a visitor's request.
        page = get(site.port, f"/?{PRIVATE_QUERY}", host="localhost")
        assert page.status == 200, page.text[:2000]
        stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', page.text)
        assert stylesheet, "the page does not link the collected, hashed stylesheet"

        css = get(site.port, stylesheet.group(1), host="localhost")
        assert css.status == 200
        assert css.header("Content-Type").startswith("text/css")
        assert css.body.strip()

        returncode = site.stop(timeout=GRACEFUL_TIMEOUT)
        assert returncode is not None, f"gunicorn still running {GRACEFUL_TIMEOUT}s after SIGTERM"
        assert returncode == 0, log.read_text()

    logged = log.read_text()
    assert re.search(r'"GET / HTTP/1\.1" 200 ', logged), logged
    assert "private-visitor-answer" not in logged, "a visitor's query string was logged"
