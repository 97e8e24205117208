"""Lighthouse scores and failing audits for a few pages, and their report section."""

import json
import os
import subprocess
import time
from pathlib import Path

from common import BENCH_DIR, ROOT, say

from harness import HOST
from harness.http import PROXY_HEADER

LIGHTHOUSE = BENCH_DIR / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --no-first-run"
)


def run_lighthouse(site, targets: list[tuple[str, str]]) -> list[dict]:
    """Lighthouse on each (name, path) of `targets`, against `site` (a BenchSite)."""
    pages = []
    outdir = BENCH_DIR / "lighthouse"
    outdir.mkdir(parents=True, exist_ok=True)
    say("== Lighthouse (mobile, simulated throttling)")
    if "DJANGO_SECURE_SSL_REDIRECT" in (ROOT / "optout_guide" / "settings.py").read_text():
        # Lighthouse sends --extra-headers with the page's requests but not with its
        # own fetch of /robots.txt, which would get the redirect to https (and the
        # SEO audit errors). Same server, same cache, without the redirect.
        say("   restarting gunicorn with DJANGO_SECURE_SSL_REDIRECT=0 for Lighthouse")
        site.stop()
        site.env["DJANGO_SECURE_SSL_REDIRECT"] = "0"
        site.start()
    for name, path in targets:
        page = lighthouse_page(site.port, name, path, outdir)
        pages.append(page)
        if "error" in page:
            say(f"   {name}: Lighthouse failed:\n{page['error']}")
        else:
            scores = ", ".join(f"{k} {v}" for k, v in page["scores"].items())
            say(f"   {name}: {scores}; {len(page['failing'])} failing audits")
    return pages


def lighthouse_page(port: int, name: str, path: str, outdir: Path) -> dict:
    report = outdir / f"{name}.report.json"
    command = [
        str(LIGHTHOUSE),
        f"http://{HOST}:{port}{path}",
        "--output=json",
        f"--output-path={report}",
        "--quiet",
        "--only-categories=performance,accessibility,best-practices,seo",
        f"--chrome-flags={CHROME_FLAGS}",
        f"--extra-headers={json.dumps(dict([PROXY_HEADER]))}",
    ]
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    started = time.monotonic()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    if done.returncode or not report.exists():
        return {"name": name, "path": path, "error": (done.stdout + done.stderr)[-2000:]}
    data = json.loads(report.read_text())
    scores = {
        key: None if cat["score"] is None else round(cat["score"] * 100)
        for key, cat in data["categories"].items()
    }
    failing = []
    for key, cat in data["categories"].items():
        for ref in cat["auditRefs"]:
            audit = data["audits"][ref["id"]]
            mode = audit.get("scoreDisplayMode")
            score = audit.get("score")
            if mode == "error" or (
                mode in ("binary", "numeric", "metricSavings") and score is not None and score < 0.9
            ):
                failing.append(
                    {
                        "category": data["categories"][key]["title"],
                        "id": ref["id"],
                        "title": audit["title"],
                        "score": score,
                        "display": audit.get("displayValue", ""),
                        "error": audit.get("errorMessage", ""),
                        "items": _audit_items(audit),
                    }
                )
    return {
        "name": name,
        "path": path,
        "scores": scores,
        "failing": failing,
        "final_url": data.get("finalDisplayedUrl") or data.get("finalUrl"),
        "seconds": time.monotonic() - started,
        "lighthouse": data.get("lighthouseVersion"),
        "form_factor": data.get("configSettings", {}).get("formFactor"),
        "throttling": data.get("configSettings", {}).get("throttlingMethod"),
        "report": str(report.relative_to(ROOT)),
    }


def _audit_items(audit: dict, limit: int = 3) -> list[str]:
    """A few of a failing audit's items (elements, URLs, failed checks), for the report."""
    details = audit.get("details") or {}
    items = details.get("items") or []
    if isinstance(items, dict):  # a checklist: {key: {label, value}}
        return [i["label"] for i in items.values() if isinstance(i, dict) and not i.get("value")]
    return [str(shown)[:300] for shown in _items(items)[:limit] if shown]


def _items(items: list) -> list[str]:
    shown: list[str] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        if item.get("type") == "table":  # a table nested in a list
            shown.extend(_items(item.get("items") or []))
            continue
        value = item.get("value") if item.get("type") == "list-section" else None
        if isinstance(value, dict):
            if value.get("type") == "network-tree":
                shown.extend(_chains(value.get("chains") or {}))
            continue  # other sections are explanatory text, not findings
        found = item.get("node") or item.get("url") or item.get("source") or ""
        if isinstance(found, dict):
            found = (
                found.get("snippet")
                or found.get("selector")
                or found.get("url")
                or found.get("value")
                or found.get("nodeLabel")
                or ""
            )
        if not found:
            continue
        for key, unit in (("wastedMs", "ms"), ("reflowTime", "ms"), ("wastedBytes", "bytes")):
            if isinstance(item.get(key), int | float) and item[key]:
                found = f"{found} ({item[key]:.0f} {unit})"
                break
        shown.append(str(found))
    return shown


def _chains(chains: dict, prefix: str = "") -> list[str]:
    """Request chains of a network-tree as 'url (ms) → url (ms)'."""
    out = []
    for chain in chains.values():
        here = f"{prefix}{chain.get('url', '?')} ({chain.get('navStartToEndTime', '?')} ms)"
        children = chain.get("children") or {}
        out.extend(_chains(children, here + " → ") if children else [here])
    return out


def lighthouse_lines(pages: list[dict]) -> list[str]:
    ok = [p for p in pages if "error" not in p]
    lines = ["## Lighthouse", ""]
    if ok:
        first = ok[0]
        lines += [
            f"Lighthouse {first['lighthouse']} (pinned), {first['form_factor']} form factor, "
            f"`{first['throttling']}` throttling, Debian Chromium headless, against the same "
            "server and cache, restarted with `DJANGO_SECURE_SSL_REDIRECT=0` (Lighthouse's own "
            "fetch of `/robots.txt` does not carry `--extra-headers`, so it would get the "
            "redirect to https; pages still get `X-Forwarded-Proto: https`). Failing audits: "
            "score below 0.9 (Lighthouse's own pass mark), or errored.",
            "",
            "| page | path | Performance | Accessibility | Best Practices | SEO |",
            "|---|---|---:|---:|---:|---:|",
        ]
        for page in ok:
            s = page["scores"]
            lines.append(
                f"| {page['name']} | `{page['path']}` | {s.get('performance')} | "
                f"{s.get('accessibility')} | {s.get('best-practices')} | {s.get('seo')} |"
            )
        lines.append("")
    for page in pages:
        lines.append(f"### Failing audits: {page['name']} (`{page['path']}`)")
        lines.append("")
        if "error" in page:
            lines += ["Lighthouse failed:", "", "```", page["error"], "```", ""]
            continue
        if not page["failing"]:
            lines += ["None.", ""]
            continue
        for audit in page["failing"]:
            detail = f" — {audit['display']}" if audit["display"] else ""
            score = "error" if audit["score"] is None else f"score {audit['score']:.2f}"
            lines.append(
                f"- {audit['category']}: **{audit['title']}** (`{audit['id']}`, {score}){detail}"
            )
            if audit["error"]:
                lines.append(f"  - error: {audit['error']}")
            for item in audit["items"]:
                lines.append(f"  - `{item.replace('`', "'")[:300]}`")
        lines.append("")
    return lines
