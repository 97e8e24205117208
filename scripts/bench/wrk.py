"""wrk runs (with wrk.lua's totals and percentiles) and their rows in the reports."""

import json
import os
import subprocess

from common import ROOT, ms

from harness import HOST
from harness.http import PROXY_HEADER

WRK_LUA = ROOT / "scripts" / "bench" / "wrk.lua"


class Wrk:
    """One wrk run (foreground or background), parsed from wrk.lua's WRK_JSON line."""

    def __init__(
        self,
        port: int,
        path: str,
        *,
        connections: int,
        duration: int,
        threads: int = 2,
        paths: list[str] | None = None,
        count_status: bool = False,
        tls: bool = False,
    ):
        """`tls`: HTTPS, as to nginx (which sets X-Forwarded-Proto itself); else plain
        HTTP with `X-Forwarded-Proto: https`, as the TLS proxy would forward it."""
        self.duration = duration
        env = dict(os.environ, WRK_PATHS=" ".join(paths or []))
        env["WRK_STATUS"] = "1" if count_status else "0"
        command = [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration}s",
            "--latency",
            "-s",
            str(WRK_LUA),
            *([] if tls else ["-H", f"{PROXY_HEADER[0]}: {PROXY_HEADER[1]}"]),
            # As browsers ask (scripts/benchmark --accept-encoding gzip): pages from the
            # page cache and static files from whitenoise both come compressed.
            *(
                ["-H", f"Accept-Encoding: {os.environ['BENCH_ACCEPT_ENCODING']}"]
                if os.environ.get("BENCH_ACCEPT_ENCODING")
                else []
            ),
            f"{'https' if tls else 'http'}://{HOST}:{port}{path}",
        ]
        self.command = command
        self.process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )

    def result(self) -> dict:
        try:
            output, _ = self.process.communicate(timeout=self.duration + 60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            output, _ = self.process.communicate()
            raise RuntimeError(f"wrk did not finish:\n{output}") from None
        line = next((ln for ln in output.splitlines() if ln.startswith("WRK_JSON ")), None)
        if line is None:
            raise RuntimeError(f"wrk printed no result:\n{output}")
        data = json.loads(line.removeprefix("WRK_JSON "))
        seconds = data["duration_us"] / 1e6
        data["seconds"] = seconds
        data["rps"] = data["requests"] / seconds if seconds else 0.0
        data["socket_errors"] = data["connect"] + data["read"] + data["write"] + data["timeout"]
        data["codes"] = {int(code): count for code, count in data["codes"].items()}
        return data

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    @classmethod
    def run(cls, *args, **kwargs) -> dict:
        wrk = cls(*args, **kwargs)
        try:
            return wrk.result()
        finally:
            wrk.kill()


def failure_pct(data: dict) -> tuple[int, int, float]:
    failed = data["socket_errors"] + data["status"]
    attempts = data["requests"] + data["socket_errors"] - data["timeout"]
    attempts = max(attempts, data["requests"], 1)
    return failed, attempts, 100.0 * failed / attempts


def codes_text(codes: dict[int, int]) -> str:
    return ", ".join(f"{code}: {count}" for code, count in sorted(codes.items())) or "—"


def wrk_row(label: str, data: dict) -> str:
    failed, attempts, pct = failure_pct(data)
    return (
        f"| {label} | {data['requests']} | {data['rps']:.0f} | {data['status']} | "
        f"{data['connect']}/{data['read']}/{data['write']}/{data['timeout']} | "
        f"{pct:.3f}% | {ms(data['p50_us'])} | {ms(data['p99_us'])} | {codes_text(data['codes'])} |"
    )


WRK_HEADER = [
    "| run | requests | requests/s | non-2xx/3xx | socket errors (connect/read/write/timeout) "
    "| failed % | p50 | p99 | status codes |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|",
]
