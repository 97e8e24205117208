"""Screenshots of each page kind on a 390 px phone, for docs/screenshots/ and the README.

Run against a served site (./scripts/setup serves one at http://127.0.0.1:8000):
    .venv/bin/python scripts/screenshots.py [BASE_URL]

The pages only two published platforms have (index.png, checklist-*.png), the admin's region
form and result-second-platform.png come from a browser test that builds the second platform:
    OPTOUT_SCREENSHOTS=docs/screenshots .venv/bin/python -m pytest \
        policies/tests/browser/test_second_platform.py
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PAGES = {
    "home": "/",
    "question-country": "/guide/",
    "question-device": "/guide/?country=DE&age=18plus",
    "result-computer": "/guide/?country=DE&age=18plus&device=desktop",
    "result-app": "/guide/?country=GB&age=18plus&device=ios",
    "result-phone-browser-de": "/de/guide/?country=DE&age=18plus&device=mobile-web",
    "result-under-18": "/guide/?country=FR&age=under18&device=android",
    "result-no-account": "/guide/?country=DE&device=none",
    "region": "/regions/eu/",
    "policy": "/policy/",
}
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]

with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    OUT.mkdir(parents=True, exist_ok=True)
    for name, path in PAGES.items():
        page.goto(BASE + path)
        page.screenshot(path=OUT / f"{name}.png")  # the first screen, as a visitor sees it
        print(OUT / f"{name}.png")
    browser.close()
