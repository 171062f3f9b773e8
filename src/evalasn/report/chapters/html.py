"""Small HTML builders for the report cells: every text from the data is escaped here.

The renderer numbers figure and table captions ("Gambar 3", "Tabel 2") and lists them in the
Daftar Gambar / Daftar Tabel; chapters are <h2 id=...> the Daftar Isi links to.
"""

from __future__ import annotations

import base64
import html
import io
import re
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
          note: str | None = None, keep: bool | None = None) -> str:
    """A captioned table; cells are escaped; ``numeric`` column indexes are right-aligned; ``keep`` whole on one
    page (default: at most KEEP_ROWS rows; False for a table of few but tall rows, which kept whole would leave the
    page before it nearly empty)."""
    numeric = numeric or set()
    head = "".join(f'<th{" class=num" if i in numeric else ""}>{escape(h)}</th>' for i, h in enumerate(header))
    body = "".join(
        "<tr>" + "".join(f"<td{_cell_class(i in numeric, str(c))}>{escape(str(c))}</td>"
                         for i, c in enumerate(row)) + "</tr>"
        for row in rows)
    foot = f'<p class="table-note">{escape(note)}</p>' if note else ""
    cols = "".join(f'<col style="--w:{share:.1f}%">' for share in column_shares(header, rows, numeric))
    block = (f'<div class="table-block"><table>'
             f'<caption>{escape(caption)}</caption><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>'
             f"<tbody>{body}</tbody></table>{foot}</div>")
    # a short table is kept whole on one page (report.css): split, it left one row alone on a page
    return f'<div class="keep">{block}</div>' if (len(rows) <= KEEP_ROWS if keep is None else keep) else block


# Print tables are laid out with these column widths (report.css: table-layout: fixed), as the
# browser's automatic layout would share them: each column at least its longest word (a number
# cell: its whole text), the rest of the line shared by how much more the longer cells need.
# WeasyPrint's automatic layout measures every cell several times: fixed widths make the PDF
# about 10% cheaper (0.3 s a report), and the screen keeps the automatic layout.
PRINT_TABLE_CHARS = 90  # digits of the print table font (DejaVu Sans 8.5 pt, 5.4 pt each) across the 17 cm text width
CELL_PADDING_CHARS = 2


def column_shares(header: list[str], rows: list[list[str]], numeric: set[int]) -> list[float]:
    """Percent of the table width for each column."""
    count = max([len(header), *(len(row) for row in rows)])
    least, most = [1] * count, [1] * count
    for row in [header, *rows]:
        for col, cell in enumerate(row):
            text = str(cell)
            whole = col in numeric and row is not header and _cell_class(True, text) == " class=num"
            word = len(text) if whole else max((len(part) for part in _BREAKS.split(text)), default=1)
            least[col] = max(least[col], word + CELL_PADDING_CHARS)
            most[col] = max(most[col], len(text) + CELL_PADDING_CHARS)
    if sum(most) <= PRINT_TABLE_CHARS:
        widths = [float(width) for width in most]
    else:
        spare = max(PRINT_TABLE_CHARS - sum(least), 0)
        growth = [high - low for low, high in zip(least, most, strict=True)]
        widths = [low + spare * grow / (sum(growth) or 1) for low, grow in zip(least, growth, strict=True)]
    return [100 * width / sum(widths) for width in widths]


# where a cell's text may wrap: spaces and slashes, not the no-break space that holds "17 dari 21 (7–21)"
# together; a range "(7–21)" or "e-learning" counts as one word, so its column is made wide enough for it
# (breaking "17 dari 21 (7–" / "21)" reads badly, and WeasyPrint breaks at the dash of a narrower column)
_BREAKS = re.compile(r"[ \t\n\r/]+")


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
    key_numbers = getattr(fig, "evalasn_alt", "")  # set by report.charts.figures: the figure's key numbers
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
