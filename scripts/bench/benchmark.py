"""`scripts/benchmark`: wrk against three pages and a static file, Lighthouse, the fuzz
test; written to docs/benchmarks.md (or --output) by report.py."""

import contextlib
import os
import re
import subprocess
import time
from pathlib import Path

from common import HOME, QUESTION, RESULT, ROOT, machine, ms, say
from lighthouse import run_lighthouse
from report import ratios, write_benchmarks
from server import start_site
from wrk import Wrk

from harness.http import get


def find_stylesheet(port: int) -> str:
    home = get(port, HOME)
    if home.status != 200:
        raise RuntimeError(f"GET / answered {home.status}, expected 200")
    match = re.search(r"/static/css/site\.[0-9a-f]{8,}\.css", home.text)
    if match is None:
        raise RuntimeError("no hashed /static/css/site.<hash>.css in the home page")
    return match.group(0)


def check_targets(port: int, targets: list[tuple[str, str]]) -> list[str]:
    """Each target answers 200 to the proxy's request; note what each answered."""
    notes = []
    for name, path in targets:
        first, second = get(port, path), get(port, path)
        if second.status != 200:
            raise RuntimeError(f"GET {path} answered {second.status}, expected 200")
        cache = f"X-Cache {first.header('X-Cache') or '-'} then {second.header('X-Cache') or '-'}"
        notes.append(f"{name} `{path}`: {second.status}, {len(second.body)} bytes, {cache}")
        plain = get(port, path, proxy=False)
        notes.append(
            f"{name} without X-Forwarded-Proto: {plain.status} "
            f"{plain.header('Location') or ''}".rstrip()
        )
    return notes


def run_fuzz() -> dict:
    test = ROOT / "policies" / "tests" / "test_fuzz.py"
    if not test.exists():
        return {"skipped": "policies/tests/test_fuzz.py does not exist (yet)"}
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env |= {"DJANGO_ALLOW_ASYNC_UNSAFE": "true", "FUZZ_EXAMPLES": "10000"}
    command = [str(ROOT / ".venv" / "bin" / "pytest"), "-q", "policies/tests/test_fuzz.py"]
    started = time.monotonic()
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800, check=False
        )
    except subprocess.TimeoutExpired:
        return {"failed": True, "summary": "timed out after 30 minutes", "seconds": 1800}
    output = (done.stdout + done.stderr).strip().splitlines()
    return {
        "failed": done.returncode != 0,
        "returncode": done.returncode,
        "summary": output[-1] if output else "",
        "tail": "\n".join(output[-40:]) if done.returncode else "",
        "seconds": time.monotonic() - started,
    }


def run(args, log_dir: Path) -> int:
    facts = machine()
    with contextlib.ExitStack() as stack:
        _pg, site = start_site(stack, log_dir)

        static = find_stylesheet(site.port)
        targets = [
            ("home", HOME),
            ("question", QUESTION),
            ("result", RESULT),
            ("static", static),
        ]
        # The same pages requested in all eight languages in turn, as when a
        # newsletter goes out in several languages (each connection cycles).
        rotations = {
            f"{name} ×8 languages": [in_language(code, path) for code in LANGUAGES]
            for name, path in targets[:3]
        }
        notes = check_targets(site.port, targets)
        for name, paths in rotations.items():
            for path in paths:
                if get(site.port, path).status != 200 or get(site.port, path).status != 200:
                    raise RuntimeError(f"GET {path} did not answer 200")
            notes.append(f"{name}: {len(paths)} addresses, each answered 200 (warmed)")
        for note in notes:
            say(f"   {note}")

        results: dict[str, dict] = {}
        if not args.no_wrk:
            say(
                f"== wrk -t2 -c{args.connections} -d{args.duration}s per target "
                f"(after {args.warmup} s of warm-up each)"
            )
            for name, path in targets:
                Wrk.run(site.port, path, connections=args.connections, duration=args.warmup)
                offset = site.log_size()
                data = Wrk.run(
                    site.port, path, connections=args.connections, duration=args.duration
                )
                data["worker_boots"] = site.boots_since(offset)
                data["path"] = path
                results[name] = data
                report_run(name, data)
            for name, paths in rotations.items():
                kwargs = {"connections": args.connections, "paths": paths}
                Wrk.run(site.port, paths[0], duration=args.warmup, **kwargs)
                offset = site.log_size()
                data = Wrk.run(site.port, paths[0], duration=args.duration, **kwargs)
                data["worker_boots"] = site.boots_since(offset)
                data["path"] = " ".join(paths[:2]) + " …"
                results[name] = data
                report_run(name, data)
            print_ratio_table(results)

        pages = [] if args.no_lighthouse else run_lighthouse(site, targets[:3])

    command = "scripts/benchmark" + (" " + " ".join(args.argv) if args.argv else "")
    write_benchmarks(facts, site, command, args, notes, results, pages, None)
    fuzz = None
    if not args.no_fuzz:
        say("== Fuzz: FUZZ_EXAMPLES=10000 pytest -q policies/tests/test_fuzz.py")
        fuzz = run_fuzz()
        say(f"   {fuzz.get('skipped') or fuzz.get('summary')}")
        write_benchmarks(facts, site, command, args, notes, results, pages, fuzz)
    say(f"== Wrote {args.output}")
    return 0


LANGUAGES = ["en", "fr", "de", "es", "it", "nl", "pl", "zh-hant"]


def in_language(code: str, path: str) -> str:
    return path if code == "en" else f"/{code}{path}"


def report_run(name: str, data: dict) -> None:
    say(
        f"   {name:9} {data['rps']:9.0f} req/s   p50 {ms(data['p50_us']):>9}   "
        f"p99 {ms(data['p99_us']):>9}   errors {data['socket_errors']}"
        f" + {data['status']} non-2xx/3xx   worker restarts {data['worker_boots']}"
    )


def print_ratio_table(results: dict[str, dict]) -> None:
    say("")
    say(f"   {'target':9} {'req/s':>9} {'× static':>9} {'p99':>10} {'× static':>9}")
    for name, (rps_ratio, p99_ratio) in ratios(results).items():
        data = results[name]
        say(
            f"   {name:9} {data['rps']:9.0f} {rps_ratio:9.2f} {ms(data['p99_us']):>10} "
            f"{p99_ratio:9.2f}"
        )
    say("")
