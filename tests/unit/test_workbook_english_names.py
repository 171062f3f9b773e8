"""The English workbook names its sheets, tables and columns in the report's words, not the statistics' shorthand
(LOOK17 S-9: "ANCOVA by method", "DiD of unit performance" while the Indonesian workbook said it in words)."""

from __future__ import annotations

import re

import pytest

from evalasn.report.formats import workbook_names

SHORTHAND = re.compile(r"\b(?:ANCOVA|DiD|OLS)\b")
TABLES = {"TABLE_SHEETS": workbook_names.TABLE_SHEETS, "OBJECT_NAMES": workbook_names.OBJECT_NAMES,
          "OWNER_NAMES": workbook_names.OWNER_NAMES, "SHEET_NAMES": workbook_names.SHEET_NAMES,
          "COLUMN_NAMES": workbook_names.COLUMN_NAMES}


@pytest.mark.parametrize("table", sorted(TABLES))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_statistics_shorthand_in_a_workbook_name(table, lang):
    names = {key: pair[lang == "en"] for key, pair in TABLES[table].items()}
    assert not {key: name for key, name in names.items() if SHORTHAND.search(name)}
