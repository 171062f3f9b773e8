"""Screenshots of a report or index HTML at a true phone or laptop width, for looking at it as its reader would.

`chromium --headless --window-size=390,2400 --screenshot` lays a page out at least 500 px wide and scales the
picture down to 390 (window.innerWidth is 500): everything looks a fifth smaller than on a phone. This lays the
page out in an iframe of the width asked for (its own viewport, so the phone CSS and every size are a phone's)
and crops the picture to it.

Usage: python tools/html_shot.py reports/index.html [--width 390 --width 1366] [--height 2400]
           [--anchor gambar-3] [--scroll-left 400] [--out /tmp/indeks]
writes <out>-<width>.png for each width (default /tmp/<page name>-<width>.png).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

HEADLESS_MIN_WIDTH = 500  # a headless window narrower than this is laid out at this width and scaled down

WRAPPER = """<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="{src}"
style="display:block;border:0;width:{width}px;height:{height}px"></iframe>
<script>document.getElementById('f').addEventListener('load', function () {{
  var doc = this.contentDocument;
  doc.querySelectorAll('.table-block, figure').forEach(function (box) {{ box.scrollLeft = {scroll}; }});
}});</script></body></html>"""


def shoot(page: Path, width: int, height: int, out: Path, anchor: str = "", scroll_left: int = 0) -> Path:
    """One PNG of ``page`` laid out at ``width`` CSS px, ``height`` px from its top (or from ``anchor``);
    every table and figure box scrolled ``scroll_left`` px sideways."""
    src = page.resolve().as_uri() + (f"#{anchor}" if anchor else "")
    with tempfile.TemporaryDirectory() as folder:
        wrapper = Path(folder) / "wrapper.html"
        wrapper.write_text(WRAPPER.format(src=src, width=width, height=height, scroll=scroll_left), encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--allow-file-access-from-files", f"--user-data-dir={Path(folder) / 'profil'}",
                        "--virtual-time-budget=3000", f"--window-size={max(width, HEADLESS_MIN_WIDTH)},{height}",
                        f"--screenshot={out}", wrapper.as_uri()],
                       check=True, capture_output=True, timeout=180)
    with Image.open(out) as shot:
        shot.crop((0, 0, width, height)).save(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("--width", type=int, action="append", help="CSS px; repeat for several (390 and 1366)")
    parser.add_argument("--height", type=int, default=2400)
    parser.add_argument("--anchor", default="", help="an id in the page to start at (gambar-3, tahun-demi-tahun)")
    parser.add_argument("--scroll-left", type=int, default=0, help="px every table and figure is scrolled sideways")
    parser.add_argument("--out", type=Path, default=None, help="file name stem; -<width>.png is added")
    args = parser.parse_args(argv)
    if shutil.which("chromium") is None:
        print("chromium is not installed (make system-deps)", file=sys.stderr)
        return 1
    stem = args.out or Path(tempfile.gettempdir()) / args.page.stem
    for width in args.width or [390, 1366]:
        print(shoot(args.page, width, args.height, Path(f"{stem}-{width}.png"), args.anchor, args.scroll_left))
    return 0


if __name__ == "__main__":
    sys.exit(main())
