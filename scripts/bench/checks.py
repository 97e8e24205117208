"""A scenario's timed checks (one request each, or a step taken) and their table."""

import time

from common import say

FRIENDLY_503 = "back in a moment"


class Checks:
    def __init__(self):
        self.rows: list[tuple[str, str, str, str, bool]] = []  # when, what, expected, got, ok
        self.started = time.monotonic()

    def at(self) -> str:
        return f"{time.monotonic() - self.started:5.1f} s"

    @property
    def ok(self) -> bool:
        return all(row[-1] for row in self.rows)

    def note(self, what: str, ok: bool = True, got: str = "") -> None:
        self.rows.append((self.at(), what, "", got or ("done" if ok else "FAILED"), ok))
        say(f"   {self.at()}  {what}{f': {got}' if got else ''}{'' if ok else '   <-- FAILED'}")

    def response(
        self,
        what: str,
        path: str,
        response,
        expected: tuple[int, ...],
        *,
        contains: str | None = None,
        lacks: str | None = None,
    ) -> bool:
        """Record one response: its status in `expected`, a 503 page the friendly one,
        the body with `contains` and without `lacks`."""
        page = path != "/healthz"
        got = f"{response.status or response.text[:80]}"
        ok = response.status in expected
        if response.status == 503 and page:
            friendly = FRIENDLY_503 in response.text.lower()
            retry = response.header("Retry-After")
            got += f", friendly page: {'yes' if friendly else 'NO'}, Retry-After: {retry or '—'}"
            ok = ok and friendly
        if contains is not None:
            found = contains in response.text
            got += f", edited text: {'present' if found else 'ABSENT'}"
            ok = ok and found
        if lacks is not None and lacks in response.text:
            got += ", old text: STILL THERE"
            ok = False
        got += f", {response.seconds * 1000:.0f} ms"
        wanted = " or ".join(f"{c}{' (friendly)' if c == 503 and page else ''}" for c in expected)
        self.rows.append((self.at(), f"{what} `{path}`", wanted, got, ok))
        say(
            f"   {self.at()}  {what} {path}: expected {wanted}, got {got}"
            f"{'' if ok else '   <-- UNEXPECTED'}"
        )
        return ok

    def table(self) -> list[str]:
        lines = ["| time | check | expected | got | ok |", "|---:|---|---|---|---|"]
        for when, what, expected, got, ok in self.rows:
            lines.append(f"| {when} | {what} | {expected} | {got} | {'yes' if ok else '**NO**'} |")
        return lines
