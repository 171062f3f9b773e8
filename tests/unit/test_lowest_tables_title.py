"""LOOK36 K-10: "Work units with the lowest 20-JP compliance" and "Service units with the lowest IKM" listed every unit
of the agency (8 of 8): a table that lists every unit is titled "… by 20-JP compliance, lowest first" / "… by IKM,
lowest first"; "lowest" stays where some units are left out."""
from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import ikm_units, jp_rule
from evalasn.report.words.text import t


def _period(with_ikm: int, withheld: int = 0) -> Any:
    units = [{"periode": "2025-S2", "unit_kerja": f"Bidang {i}", "cukup_data": True} for i in range(with_ikm)]
    units += [{"periode": "2025-S2", "unit_kerja": f"Seksi {i}", "cukup_data": False} for i in range(withheld)]
    units += [{"periode": "2025-S1", "unit_kerja": f"Lama {i}", "cukup_data": True} for i in range(20)]
    return {"komunikasi": {"periode": "2025-S2"}, "level4_hasil": {"ikm_unit": units}}


@pytest.mark.parametrize(("with_ikm", "withheld", "every", "title"), [
    pytest.param(8, 0, True, "Service units by IKM, lowest first, 2025-S2", id="sda-8-units"),
    pytest.param(8, 3, True, "Service units by IKM, lowest first, 2025-S2", id="some-withheld"),
    pytest.param(ikm_units.IKM_TABLE_UNITS, 0, True, "Service units by IKM, lowest first, 2025-S2", id="just-all"),
    pytest.param(ikm_units.IKM_TABLE_UNITS + 1, 0, False, "Service units with the lowest IKM, 2025-S2",
                 id="one-left-out"),
])
def test_the_ikm_table_says_lowest_only_when_it_leaves_units_out(with_ikm, withheld, every, title):
    every_unit = ikm_units.ikm_table_all(_period(with_ikm, withheld))
    assert every_unit is every
    assert t("k_tab_units_all" if every_unit else "k_tab_units", "en", periode="2025-S2") == title


@pytest.mark.parametrize(("ranked", "every", "lang", "title"), [
    pytest.param(8, True, "en", "Work units by 20-JP compliance, lowest first (PNS; units with at least 10 people)",
                 id="sda-8-units-en"),
    pytest.param(8, True, "id", "Unit kerja menurut pemenuhan 20 JP, diurutkan dari yang terendah (PNS; unit dengan "
                 "sedikitnya 10 orang)", id="sda-8-units-id"),
    pytest.param(jp_rule.RANKED_KEPT, False, "en", "Work units with the lowest 20-JP compliance (PNS; units with at "
                 "least 10 people)", id="list-cut-en"),
])
def test_the_jp_table_says_lowest_only_when_it_may_leave_units_out(ranked, every, lang, title):
    every_unit = jp_rule.all_ranked([{}] * ranked)
    assert every_unit is every
    assert t("i_tab_units_all" if every_unit else "i_tab_units", lang, min_n=10, siapa="PNS") == title
