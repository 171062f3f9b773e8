"""LOOK37b M-17: "only 5 trained and 1 comparison units, at least 3 needed in each group" (ppapp, dpmptsp): a count of
one takes the singular noun, and each count its own noun ("5 trained units and 1 comparison unit"); the other English
sentences that count trained and comparison units agree too. Indonesian has no plural ("5 unit dilatih dan 1 unit
pembanding")."""

from __future__ import annotations

import pytest

from evalasn.report.words import reasons
from evalasn.report.words.text import t


@pytest.mark.parametrize(("lang", "trained", "comparison", "said"), [
    pytest.param("en", 5, 1, "only 5 trained units and 1 comparison unit, at least 3 needed in each group", id="en-1"),
    pytest.param("en", 1, 2, "only 1 trained unit and 2 comparison units, at least 3 needed in each group", id="en-2"),
    pytest.param("id", 5, 1, "hanya 5 unit dilatih dan 1 unit pembanding, perlu sedikitnya 3 di setiap kelompok",
                 id="id"),
])
def test_a_count_of_one_unit_is_singular(lang, trained, comparison, said):
    estimate = {"n": 40, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False,
                "unit_dilatih": trained, "unit_pembanding": comparison}
    assert reasons.reason(estimate, lang).startswith(said), reasons.reason(estimate, lang)


def test_the_other_counts_of_trained_and_comparison_units_agree():
    said = t("r_tab_kinerja_group_one", "en", sebelum="2024-Q4", sesudah="2025-Q4", jendela="2025", unit_d=5,
             unit_p=1)
    assert said.endswith("5 trained units and 1 comparison unit"), said
    said = t("rec_did_extension", "en", total="Rp 10 million", per_unit="Rp 2 million", unit_p=1)
    assert "× 1 comparison unit)" in said, said
