"""Every kind of public page is valid HTML, as the Nu Html Checker (W3C validator) reads it.

scripts/test installs the checker (vnu-jar from the npm registry) and Java,
and sets VNU_JAR. One checker run reads every page, in every language.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

PATHS = [
    "/",
    "/policy/",
    "/policy/?region=nowhere",
    "/regions/eu/",
    "/regions/rest-of-world/",
    "/guide/",
    "/guide/?country=DE",
    "/guide/?country=DE&age=",
    "/guide/?country=DE&age=18plus",
    "/guide/?country=DE&age=18plus&device=desktop",
    "/guide/?country=US&age=18plus&device=mobile-web",
    "/guide/?country=GB&age=under18&device=ios",
    "/guide/?country=DE&device=none",
    "/guide/?device=none",
    "/no-such-page/",
]


def vnu() -> list[str]:
    jar = os.environ.get("VNU_JAR", "")
    if not (jar and Path(jar).is_file() and shutil.which("java")):
        pytest.fail("The Nu Html Checker is missing: run ./scripts/test, which installs it.")
    return ["java", "-Xss8m", "-jar", jar]


def checker_errors(files: dict[str, str]) -> list[str]:
    """One checker run over every file (path -> the address it was read from)."""
    checked = subprocess.run(
        [*vnu(), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(checked.stderr or checked.stdout)["messages"]
    return [
        f"{files[m['url'].removeprefix('file:')]} line {m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error"
    ]


def test_every_page_kind_in_every_language_is_valid_html(client, linkedin, tmp_path):
    files = {}
    for code, _name in settings.LANGUAGES:
        prefix = "" if code == "en" else f"/{code}"
        for n, path in enumerate(PATHS):
            response = client.get(prefix + path)
            file = tmp_path / f"{code}-{n}.html"
            file.write_bytes(response.content)
            files[str(file)] = prefix + path
    errors = checker_errors(files)
    assert len(files) == len(PATHS) * len(settings.LANGUAGES)
    assert not errors, "\n".join(errors[:40])


# With a second platform published: the index, the checklist's steps, its result.
SEVERAL = [
    "/",
    "/checklist/",
    "/checklist/?answering=platform",
    "/checklist/?platform=linkedin-ai-training&platform=meta",
    "/checklist/?platform=linkedin-ai-training&platform=meta&country=DE&answering=checklist",
    "/checklist/?platform=linkedin-ai-training&platform=meta&country=DE&age=18plus"
    "&device-linkedin-ai-training=desktop&device-meta=ios",
    "/meta/guide/?country=DE&age=18plus&device=ios",
]


def test_the_pages_of_several_platforms_are_valid_html(client, linkedin, tmp_path):
    from policies.tests.test_policies import make_meta

    make_meta()
    files = {}
    for code in ("en", "de", "zh-hant"):
        prefix = "" if code == "en" else f"/{code}"
        for n, path in enumerate(SEVERAL):
            file = tmp_path / f"{code}-{n}.html"
            file.write_bytes(client.get(prefix + path).content)
            files[str(file)] = prefix + path
    errors = checker_errors(files)
    assert not errors, "\n".join(errors[:40])
