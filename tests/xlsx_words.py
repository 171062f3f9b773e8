"""What a workbook cell must not hold for its reader (LOOK15 Q-13, Q-2): a hasil.json code ('kegiatan_kurang_klaster',
'dinas_dikecualikan'), JSON's true/false/null where the cells say ya/tidak, an empty bracket, and in the Indonesian
workbook a decimal point ('3.0644', '0.7 × efek'). Shared by the unit test on every documented meaning and the
integration test on the sample's workbooks."""

from __future__ import annotations

import re

from evalasn import schema

# a snake_case code standing alone (not inside a file name, a path or a word with a hyphen)
CODE = re.compile(r"(?<![\w/.\-'])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/\-'])")
# the names of the data contract's columns are what staff type in the files ('kegiatan_id', 'nilai_pre'): words
TYPED = frozenset(column.name for table in schema.RAW.values() for column in table.columns)
# JSON's literals; the English adjective stays ("the false-discovery rate", "median(SE / true SE)")
LITERAL = re.compile(r"\b(true|false|null)\b(?!-| SE\b| discovery)", re.I)
NUMBER_WITH_POINT = re.compile(r"(?<![\w.,])\d+(?:\.\d+)+(?![\w])")
# a dose (a slope over the share of staff trained) called an effect: a causal word needs a declared intervention
# (LOOK20 W-6: "Efek per 10 poin persen staf yang dilatih"; the switch's own columns: test_workbook_reader)
CAUSAL = re.compile(r"\b(?:efek|effect) per\b", re.I)
THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")  # '1.000', 'Rp 238.866': the Indonesian thousands separator


def problems(text: str, lang: str) -> list[str]:
    """What ``text`` (one cell) shows its reader that it should not, each quoted; [] when nothing."""
    found = [f"code {code!r}" for code in CODE.findall(text) if code not in TYPED]
    found += [f"literal {match.group(0)!r}" for match in LITERAL.finditer(text)]
    found += ["empty bracket"] if re.search(r"\(\s*\)", text) else []
    found += [f"causal word {match.group(0)!r}" for match in CAUSAL.finditer(text)]
    if lang == "id":
        found += [f"decimal point {number!r}" for number in NUMBER_WITH_POINT.findall(text)
                  if not THOUSANDS.fullmatch(number)]
    return found
