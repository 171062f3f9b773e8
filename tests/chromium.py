"""Headless Chromium as a measuring tool for the phone-layout tests: a page wrapped in a script that writes what it
measured into <pre id="out">, laid out at a CSS width, the JSON read back from the dumped DOM."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any


def measured(wrapper: str, width: int, folder: Path) -> Any:
    """Lay out the HTML ``wrapper`` (its script fills <pre id="out"> with JSON) in headless Chromium at ``width`` CSS
    px (the window is at least 500 px, Chromium's narrowest: the wrapper sets the width the page gets, e.g. an
    iframe); returns the JSON. ``folder`` holds the wrapper file and Chromium's profile."""
    page = folder / f"messen-{width}.html"
    page.write_text(wrapper, encoding="utf-8")
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--allow-file-access-from-files", f"--user-data-dir={folder / 'profil'}", "--virtual-time-budget=3000",
         f"--window-size={max(width, 500)},900", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120).stdout
    found = re.search(r'<pre id="out">(.*?)</pre>', dom, flags=re.S)
    assert found, "chromium measured nothing"
    return json.loads(found.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))
