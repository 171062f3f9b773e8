"""How wide a text is in the reports' table fonts, in em of the font size.

Column widths are set from what each cell needs (report.chapters.table_layout.column_shares for the PDF,
report.formats.word_ooxml.column_widths for Word): a count of characters made "Triwulan" look wider than
"Rp 405.194" and capitals narrower than they are, so columns were squeezed below their longest word
("Triwula|n", "RESISTEN|SI"). The advance widths below (2048 units to the em) are DejaVu Sans 2.37's, the
PDF's font (report.css), and Liberation Sans 2's, metrically the same as Arial, Word's table font
(word_reference.FONT), for printable ASCII and the other characters the reports print; any other character
counts as wide as a digit.
"""

from __future__ import annotations

import functools
import itertools

UNITS_PER_EM = 2048
CHARS = "".join(chr(code) for code in range(32, 127)) + "–—−≥≤±·…’‘“”×éèáàöüÉ\u00a0\u2060\u2011"
DEJAVU = (
    651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, 1303, 1303, 1303, 1303,
    1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430, 1577, 1294, 1178,
    1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251,
    1403, 799, 690, 799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995,
    1298, 1253, 1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716, 1024, 2048,
    1716, 1716, 1716, 1716, 651, 2048, 651, 651, 1061, 1061, 1716, 1260, 1260, 1255, 1255, 1253, 1298, 1294, 651, 0,
    739
)
DEJAVU_BOLD = (
    713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748, 1425, 1425, 1425, 1425,
    1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188, 2048, 1585, 1561, 1503, 1700, 1399, 1399,
    1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741, 1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483,
    1485, 936, 748, 936, 1716, 1024, 1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134,
    1458, 1407, 1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716, 1024, 2048,
    1716, 1716, 1716, 1716, 778, 2048, 778, 778, 1346, 1346, 1716, 1389, 1389, 1382, 1382, 1407, 1458, 1399, 713, 0,
    850
)
ARIAL = (
    569, 569, 727, 1139, 1139, 1821, 1366, 391, 682, 682, 797, 1196, 569, 682, 569, 569, 1139, 1139, 1139, 1139,
    1139, 1139, 1139, 1139, 1139, 1139, 569, 569, 1196, 1196, 1196, 1139, 2079, 1366, 1366, 1479, 1479, 1366, 1251,
    1593, 1479, 569, 1024, 1366, 1139, 1706, 1479, 1593, 1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366, 1366,
    1251, 569, 569, 569, 961, 1139, 682, 1139, 1139, 1024, 1139, 1139, 569, 1139, 1139, 455, 455, 1024, 455, 1706,
    1139, 1139, 1139, 1139, 682, 1024, 569, 1139, 1024, 1479, 1024, 1024, 1024, 684, 532, 684, 1196, 1139, 2048,
    1196, 1124, 1124, 1124, 569, 2048, 455, 455, 682, 682, 1196, 1139, 1139, 1139, 1139, 1139, 1139, 1366, 569, 0,
    682
)
ARIAL_BOLD = (
    569, 682, 971, 1139, 1139, 1821, 1479, 487, 682, 682, 797, 1196, 569, 682, 569, 569, 1139, 1139, 1139, 1139,
    1139, 1139, 1139, 1139, 1139, 1139, 682, 682, 1196, 1196, 1196, 1251, 1997, 1479, 1479, 1479, 1479, 1366, 1251,
    1593, 1479, 569, 1139, 1479, 1251, 1706, 1479, 1593, 1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366, 1366,
    1251, 682, 569, 682, 1196, 1139, 682, 1139, 1251, 1139, 1251, 1139, 682, 1251, 1251, 569, 569, 1139, 569, 1821,
    1251, 1251, 1251, 1251, 797, 1139, 682, 1251, 1139, 1593, 1139, 1139, 1024, 797, 573, 797, 1196, 1139, 2048,
    1196, 1124, 1124, 1124, 569, 2048, 569, 569, 1024, 1024, 1196, 1139, 1139, 1139, 1139, 1251, 1251, 1366, 569, 0,
    682
)
_WIDTHS = {(family, bold): dict(zip(CHARS, table, strict=True)) for family, bold, table in (
    ("dejavu", False, DEJAVU), ("dejavu", True, DEJAVU_BOLD), ("arial", False, ARIAL), ("arial", True, ARIAL_BOLD))}


@functools.lru_cache(maxsize=8192)  # a table measures the same words and cells again (fits, then widths)
def text_width(text: str, bold: bool = False, family: str = "dejavu") -> float:
    """Width of ``text`` on one line, in em of its font size (``family``: "dejavu" for the PDF, "arial" for
    Word)."""
    widths = _WIDTHS[family, bold]
    return sum(map(widths.get, text, itertools.repeat(widths["0"], len(text)))) / UNITS_PER_EM
