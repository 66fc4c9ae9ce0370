"""How many A4 pages each handout prints to, in both editions.

    .venv/bin/python bench/print_pages.py [--edition learner|facilitator|both]

Builds the handouts into a temporary folder, prints every page to PDF with Debian's
Chromium (as "Print > Save as PDF" does, A4, the page's own print rules) and prints
one line per handout: its pages in each edition. A learner worksheet carries its
answers once, in the appendix at the end; the facilitator edition has them in place.
Needs Chromium (apt-get install chromium-headless-shell, or chromium); nothing is fetched from the web.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(BytesIO(pdf)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edition", choices=("learner", "facilitator", "both"), default="both")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from playwright.sync_api import sync_playwright

    from peerkit.handouts import build
    from tests.browser_support import INSTALL, LAUNCH_ARGS, chromium_path

    browser_path = chromium_path()
    if browser_path is None:
        sys.exit(f"Chromium is not installed ({INSTALL}).")
    editions = ("learner", "facilitator") if args.edition == "both" else (args.edition,)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        build(out, editions)
        counts: dict[str, dict[str, int]] = {}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=browser_path, args=LAUNCH_ARGS)
            context = browser.new_context(offline=True)
            page = context.new_page()
            for edition in editions:
                for path in sorted((out / edition).glob("*.html")):
                    page.goto(path.as_uri())
                    pdf = page.pdf(format="A4", prefer_css_page_size=True)
                    counts.setdefault(path.stem, {})[edition] = page_count(pdf)
            browser.close()
    print(f"{'handout':<40}" + "".join(f"{e:>12}" for e in editions))
    for name, by_edition in counts.items():
        print(f"{name:<40}" + "".join(f"{by_edition.get(e, '-'):>12}" for e in editions))
    for edition in editions:
        total = sum(c.get(edition, 0) for c in counts.values())
        print(f"total {edition} pages: {total}")


if __name__ == "__main__":
    main()
