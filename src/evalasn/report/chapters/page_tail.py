"""A chapter's last page is never nearly empty (issue 22.8; reader reviews 3-5): the blocks that close a chapter go
to its last page together, at least a quarter of a page of them, so that a page never holds only recommendations 4-5,
a section's one-row table or the summary's closing notice while the page before it is full.

A chapter's closing blocks are estimated in printed points (report.css print sizes; a table by the heights
report.chapters.html.table records on its colgroup: data-tinggi the whole, data-baris each body row, data-catatan its
notes) from the end until they reach TAIL_PT. The whole blocks among them are wrapped in ``div.tail`` (report.css: not
split, so they move on together when they do not fit); where the last block needed is a list or a long table, only its
last items or rows are held with them (``li.tail``, ``tr.tail``: no break between them; rows by their own heights), so
the page before keeps the rest. Nothing moves when the chapter ends on the page it fits: the rule only says where a page
may break. A tall block (a figure) that would take the group past TAIL_MOST_PT is not held: the blocks after it go on
together, and it stays where it falls (moving it would empty the page before).

A table gives its last two rows or none: one row alone under the table's repeated header is an orphan (LOOK32 D-7:
Satpol PP en Tabel 9's last row opened p.24 with 6.1 and Tabel 10 under it, p.23 40% blank). Two rows that would take
the group past TAIL_TABLE_MOST_PT are a tall block: the blocks after the table go on together, and the table ends where
it falls (report.css holding its last two rows).
"""

from __future__ import annotations

import base64
import math
import re
import struct

from evalasn.report.chapters.measure import text_width

BODY_PT = (29.7 - 2 * 2.2) / 2.54 * 72  # report.css @page: A4 less the top and bottom margins
# a quarter of the body as tools/page_fill.py counts it (to the last line's ink), and spare for the estimate (a line
# counted for a short last line, a wrap counted where the words fit)
TAIL_PT = 0.35 * BODY_PT
# a group that does not fit moves from a page more than half full (tools/page_fill.py's "mostly blank" line): at 70%
# a figure with the table after it moved and left the chapter's page before under 40% (REVIEW6 R6-19: gulkarmat,
# kpkp, pendidikan, prkp, sumber-daya-air); a taller group holds only the blocks after its tall block
TAIL_MOST_PT = 0.5 * BODY_PT
# ... a table's last two rows and notes with the blocks after it up to this: the blocks after it alone, under a
# quarter of a page, were the chapter's last page (pertamanan en BAB X after LOOK34 F-4: Tabel 15 ended at p.35's
# foot, its closing note alone on p.36, 7% full; held, 52% of a page went on and p.35 kept the rest of the table)
TAIL_TABLE_MOST_PT = 0.6 * BODY_PT
LINE_PT = 17 / 2.54 * 72  # the text width (17 cm)
LIST_INDENT_PT = 30.0  # the list's 40 px padding
WRAP_WASTE = 1.1  # a line holds whole words: about a tenth less than its width
# font size (pt), space around (pt), bold: report.css print (10 pt rem)
PARAGRAPHS = {"note": (9.0, 10.0), "table-note": (8.0, 10.0), "lead": (10.0, 10.0)}
HEADINGS = {"h3": 11.0 * 1.25 + 16.0 + 11.0, "h2": 14.5 * 1.25 + 22.0 + 14.5 + 3.0}
FINDINGS_GAP_PT = 5.5  # ol.findings li margin-bottom .55rem (other lists: none)

TAG = re.compile(r"<[^>]+>")
BLOCK = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>", re.S)
CLASS = re.compile(r'class="([^"]*)"')
TABLE_HEIGHT = re.compile(r'data-tinggi="([\d.]+)"')
TABLE_BLOCK = re.compile(r'<div class="(table-block|lead-\d|end-1|tight)')
ROW_HEIGHTS = re.compile(r'data-baris="([\d. ]*)" data-catatan="([\d.]+)"')
LIST_ITEM = re.compile(r"<li\b[^>]*>(.*?)</li>", re.S)
LINE_BREAK = re.compile(r"<br\s*/?>")
ROW = re.compile(r"<tr>")
IMAGE = re.compile(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]{32})[^"]*" style="width:([\d.]+)in"')
ENTITY = re.compile(r"&(amp|lt|gt|quot|#x27|#39);")
ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "#x27": "'", "#39": "'"}


def hold(parts: list[str]) -> list[str]:
    """``parts`` (a chapter's blocks after its heading) with its closing blocks held together (module docstring)."""
    total, first = 0.0, len(parts)
    for index in range(len(parts) - 1, -1, -1):
        height = block_height(parts[index])
        if height is None:  # a part that cannot be estimated: hold what comes after it
            break
        if total + height < TAIL_PT:
            total, first = total + height, index
            continue
        most = TAIL_TABLE_MOST_PT if _is_table(parts[index].strip()) else TAIL_MOST_PT
        partial = _last_items(parts[index], TAIL_PT - total, most - total)
        if partial is not None:  # a list or a long table: its last items or rows with the blocks after it
            return [*parts[:index], partial, *_wrap(parts[index + 1:], after_items=True)]
        if total + height <= TAIL_MOST_PT:
            first = index
        elif first == len(parts):
            return list(parts)  # a tall block (a figure) closes the chapter: moving it would empty the page before
        break  # a tall block stays where it falls; the blocks after it go on together
    else:
        return list(parts)  # the whole chapter is short: it is its last page
    return [*parts[:first], *_wrap(parts[first:], after_items=False)]


def _wrap(parts: list[str], after_items: bool) -> list[str]:
    if not parts:
        return []
    cls = "tail tail-after" if after_items else "tail"
    return [f'<div class="{cls}">{"".join(parts)}</div>']


def block_height(part: str) -> float | None:
    """The printed height of ``part`` (one or more blocks) in points; None when it holds a block of unknown height."""
    total = 0.0
    position = 0
    while True:
        found = BLOCK.search(part, position)
        if not found:
            return total
        tag, attrs = found.group(1), found.group(2)
        end = _closing(part, tag, found.end())
        inner = part[found.end():end]
        classes = _classes(attrs)
        if tag == "p":
            font, space = PARAGRAPHS.get(next(iter(classes & set(PARAGRAPHS)), ""), (10.0, 10.0))
            total += _lines(_text(inner), font, LINE_PT, "strong" in inner or "lead" in classes) * font * 1.5 + space
        elif tag in HEADINGS:
            total += HEADINGS[tag]
        elif tag in ("ol", "ul"):
            total += sum(_item_height(item, "findings" in classes) for item in LIST_ITEM.findall(inner)) + 10.0
        elif tag == "div":  # a table block (html.table: its printed height on its colgroup) in its wrappers
            heights = TABLE_HEIGHT.findall(inner)
            if not heights:
                return None
            total += sum(float(height) for height in heights)
        elif tag == "figure":
            image = IMAGE.search(inner)
            if image is None:
                return None
            width, rows = _png_size(image.group(1))
            total += float(image.group(2)) * 72 * rows / max(width, 1) + 40.0  # the caption and the figure's margins
        else:
            return None
        position = end


def _classes(attrs: str) -> set[str]:
    found = CLASS.search(attrs)
    return set(found.group(1).split()) if found else set()


def _closing(part: str, tag: str, start: int) -> int:
    """The end of the element opened before ``start`` (its closing tag counted with nested ones of its kind)."""
    opening, closing = re.compile(rf"<{tag}\b"), f"</{tag}>"
    depth, position = 1, start
    while depth:
        end = part.find(closing, position)
        if end < 0:
            return len(part)
        depth += len(opening.findall(part, position, end)) - 1
        position = end + len(closing)
    return position


def _text(inner: str) -> str:
    return ENTITY.sub(lambda match: ENTITIES[match.group(1)], TAG.sub("", inner))


def _lines(text: str, font: float, width: float, bold: bool = False) -> int:
    return max(1, math.ceil(text_width(" ".join(text.split()), bold) * font / width * WRAP_WASTE))


def _item_height(item: str, findings: bool = False) -> float:
    gap = FINDINGS_GAP_PT if findings else 0.0
    lines = sum(_lines(_text(piece), 10.0, LINE_PT - LIST_INDENT_PT, "<strong>" in piece)
                for piece in LINE_BREAK.split(item))
    return lines * 15.0 + gap


def _png_size(head: str) -> tuple[int, int]:
    """Width and height of a PNG from the first 24 bytes of its base64 text (the IHDR chunk)."""
    data = base64.b64decode(head)
    return struct.unpack(">II", data[16:24])


def _is_table(part: str) -> bool:
    """Whether ``part`` is one table that may split (html.table's block, not kept whole)."""
    return bool(TABLE_BLOCK.match(part.strip())) and "<tbody>" in part


def _last_items(part: str, need: float, most: float = math.inf) -> str | None:
    """``part`` with its last list items, or its last table rows, that make up ``need`` points marked ``tail``;
    None when it is not one list or one long table (a table kept whole moves whole anyway), or when the items needed
    are more than ``most`` points (a tall block: module docstring).

    A table's rows are counted by their own printed heights (html.table records them with its notes'): counted by
    their mean, two tall last rows were held with a third and moved together, leaving half of the page before them
    blank (LOOK16 R-6, LOOK17 S-8: BAB X's plan). Its notes go with its last row, and at least two rows go: a row alone
    at the top of a page, under the table's repeated header, is an orphan (LOOK32 D-7), as report.css holds a table's
    last two rows together."""
    stripped = part.strip()
    if re.match(r"<(ol|ul)\b", stripped) and stripped.endswith(("</ol>", "</ul>")):
        items = list(LIST_ITEM.finditer(stripped))
        findings = "findings" in _classes(stripped[:stripped.index(">")])
        heights = [_item_height(item.group(1), findings) for item in items]
        least, carried = 2, 0  # one item is no group
    elif _is_table(stripped):
        printed = ROW_HEIGHTS.search(stripped)
        items = list(ROW.finditer(stripped, stripped.index("<tbody>")))
        if printed is None or not items:
            return None
        heights = [float(height) for height in printed.group(1).split()]
        if len(heights) != len(items):
            return None
        need -= float(printed.group(2))  # its notes follow its last row
        most -= float(printed.group(2))
        least, carried = 2, 2  # two rows with the notes, never one alone under the repeated header (LOOK32 D-7)
    else:
        return None
    count, total = 0, 0.0
    while count < len(items) - 1 and (total < need or count < carried):
        count += 1
        total += heights[-count]
    if count < least or total < need or total > most:  # all but one are not enough, or too tall: not held so
        return None
    marked, last = [], 0
    for item in items[-count:]:
        tag_end = stripped.index(">", item.start())
        marked += [stripped[last:item.start()], _with_tail(stripped[item.start():tag_end])]
        last = tag_end
    return "".join(marked) + stripped[last:]


def _with_tail(opening: str) -> str:
    """An item's or row's opening tag with the class ``tail`` added to its own (a long list item: html.bullets)."""
    if "class=" not in opening:
        return opening + ' class="tail"'
    return re.sub(r'class=(?:"([^"]*)"|(\S+))', lambda found: f'class="{found.group(1) or found.group(2)} tail"',
                  opening, count=1)
