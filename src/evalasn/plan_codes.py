"""The follow-up plan's row codes in English.

A row code ("BIAYA-POIN", "STOP-PELATIHAN") is made of Indonesian words; an English report and workbook show
them in English ("COST-POINT", "STOP-TRAINING"). The row's id (kesehatan-2025-BIAYA-POIN) stays the key in
both languages, and a returned sheet may give either spelling of the code (ingest.plan_ids).
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
