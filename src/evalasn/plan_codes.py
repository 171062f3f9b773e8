"""The English spelling of follow-up plan row codes that English workbooks once printed.

A row code ("BIAYA-POIN", "STOP-PELATIHAN") is an identifier agencies write on the signed sheet they return, so
every report and workbook prints it the same in both languages (the English words are in the row's action and
indicator). English workbooks issued before that printed the codes' words in English ("COST-POINT",
"STOP-TRAINING"); a returned sheet may still give that spelling (ingest.plan_ids accepts both).
"""

from __future__ import annotations

import re

WORDS_EN = {"BIAYA-POIN": "COST-POINT", "IKM-UKUR": "IKM-MEASURE", "REALISASI": "SPENDING", "CAKUPAN": "COVERAGE",
            "PORSI": "SHARE", "RESISTENSI": "RESISTANCE", "KECIL": "LOW-GAIN", "PELATIHAN": "TRAINING"}
_WORDS = re.compile(r"(?<![A-Z0-9])(" + "|".join(sorted(map(re.escape, WORDS_EN), key=len, reverse=True))
                    + r")(?![A-Z0-9])")


def english(code: str) -> str:
    """'BIAYA-POIN' -> 'COST-POINT', 'STOP-PELATIHAN' -> 'STOP-TRAINING'; a code without such words unchanged."""
    return _WORDS.sub(lambda found: WORDS_EN[found.group(0)], code)
