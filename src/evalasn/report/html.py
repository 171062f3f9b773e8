"""Small HTML builders for the report cells: every text from the data is escaped here.

The renderer numbers figure and table captions ("Gambar 3", "Tabel 2") and lists them in the
Daftar Gambar / Daftar Tabel; chapters are <h2 id=...> the Daftar Isi links to.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Iterable

escape = html.escape
FIGURE_DPI = 150  # sharp on A4 print and on laptop screens


def heading(level: int, text: str, anchor: str | None = None) -> str:
    ident = f' id="{escape(anchor)}"' if anchor else ""
    return f"<h{level}{ident}>{escape(text)}</h{level}>"


def para(text: str, cls: str | None = None) -> str:
    """A paragraph of plain text (escaped); use ``markup`` for trusted inline HTML."""
    klass = f' class="{cls}"' if cls else ""
    return f"<p{klass}>{escape(text)}</p>"


def markup(trusted_html: str, cls: str | None = None) -> str:
    """A paragraph whose inline HTML (<strong>, <em>) was built from escaped parts."""
    klass = f' class="{cls}"' if cls else ""
    return f"<p{klass}>{trusted_html}</p>"


def bullets(items: Iterable[str], ordered: bool = False, cls: str | None = None, trusted: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    klass = f' class="{cls}"' if cls else ""
    body = "".join(f"<li>{item if trusted else escape(item)}</li>" for item in items)
    return f"<{tag}{klass}>{body}</{tag}>"


def table(header: list[str], rows: list[list[str]], caption: str, numeric: set[int] | None = None,
          note: str | None = None) -> str:
    """A captioned table; cells are escaped; ``numeric`` column indexes are right-aligned."""
    numeric = numeric or set()
    head = "".join(f'<th{" class=num" if i in numeric else ""}>{escape(h)}</th>' for i, h in enumerate(header))
    body = "".join(
        "<tr>" + "".join(f"<td{_cell_class(i in numeric, str(c))}>{escape(str(c))}</td>"
                         for i, c in enumerate(row)) + "</tr>"
        for row in rows)
    foot = f'<p class="table-note">{escape(note)}</p>' if note else ""
    block = (f'<div class="table-block"><table>'
             f'<caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
             f"{foot}</div>")
    # a short table is kept whole on one page (report.css): split, it left one row alone on a page
    return f'<div class="keep">{block}</div>' if len(rows) <= KEEP_ROWS else block


KEEP_ROWS = 8  # tables of at most this many rows are not split across pages
LONG_CELL = 16  # characters: a longer cell of a number column is words ("tidak cukup data ...") or a range


def _cell_class(numeric: bool, text: str) -> str:
    """Number cells stay on one line (the column as narrow as its numbers); a long one with spaces
    may wrap at them, so it cannot push the table off the page."""
    if not numeric:
        return ""
    return ' class="num wrap"' if len(text) > LONG_CELL and " " in text else " class=num"


def figure(fig, caption: str, alt: str, note: str | None = None) -> str:
    """A matplotlib figure as an embedded PNG with a numbered caption and an optional note below
    it (the figure is closed)."""
    width_in = fig.get_size_inches()[0]
    key_numbers = getattr(fig, "evalasn_alt", "")  # set by report.figures: the figure's key numbers
    if key_numbers and key_numbers not in alt:
        alt = f"{alt}. {key_numbers}" if not alt.endswith(".") else f"{alt} {key_numbers}"
    data = base64.b64encode(png_rgb(fig)).decode("ascii")
    foot = f'<p class="figure-note">{escape(note)}</p>' if note else ""
    return (f'<figure><img src="data:image/png;base64,{data}" style="width:{width_in:.2f}in" '
            f'alt="{escape(alt)}"/><figcaption>{escape(caption)}</figcaption>{foot}</figure>')


def png_rgb(fig) -> bytes:
    """The figure as an opaque RGB PNG at FIGURE_DPI, without metadata (so builds are
    byte-identical); the figure is closed. RGB, not matplotlib's RGBA: the figures have an opaque
    background, the file is smaller, and WeasyPrint embeds it without splitting off an alpha mask."""
    import matplotlib.pyplot as plt
    from PIL import Image

    fig.set_dpi(FIGURE_DPI)
    fig.canvas.draw()
    size = fig.canvas.get_width_height(physical=True)
    image = Image.frombuffer("RGBA", size, fig.canvas.buffer_rgba(), "raw", "RGBA", 0, 1).convert("RGB")
    plt.close(fig)
    buffer = io.BytesIO()
    image.save(buffer, format="png", dpi=(FIGURE_DPI, FIGURE_DPI))
    return buffer.getvalue()


def note(text: str) -> str:
    """A one-line note, e.g. why a section is left out."""
    return f'<p class="note">{escape(text)}</p>'


def section(anchor: str, title: str, *parts: str, cls: str = "chapter") -> str:
    return f'<section class="{cls}" id="{escape(anchor)}-bab">{heading(2, title, anchor)}{"".join(parts)}</section>'
