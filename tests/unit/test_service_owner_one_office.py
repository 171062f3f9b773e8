"""LOOK37 L-8, M-9: plan rows on service (U1, U3, U4 and the units with an IKM below B) were owned by "Unit pelayanan
Dinas Bina Marga" / "… Agency service units", several unnamed offices, none accountable. The shipped
config/laporan.yml now gives them the dinas secretariat, one office, the units named in the action text; BAB VI's
table (Tabel 9) and BAB X (Tabel 15) take the owner from the same place (plan_owners.element_owner)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from evalasn.paths import CODE_ROOT, project
from evalasn.report.chapters import plan_owners, recommendation
from evalasn.report.config import load_report_config
from evalasn.report.words.text import t


def _ctx(lang: str):
    return SimpleNamespace(lang=lang, province=False, hasil={"cakupan": {"slug": "bina-marga"}}, dinas_results={},
                           t=lambda key, **values: t(key, lang, **values),
                           config=load_report_config(project(CODE_ROOT)))


@pytest.mark.parametrize(("lang", "owner"), [
    ("id", "Sekretariat Dinas Bina Marga (koordinasi unit pelayanan)"),
    ("en", "Highways Agency secretariat (coordinating the service units)"),
])
def test_service_rows_are_owned_by_the_secretariat(lang, owner):
    ctx = _ctx(lang)
    element = plan_owners.element_owner(ctx, "u3")
    rec = recommendation.Recommendation("rec_ikm_units", "", "", "layanan", 7)
    units_row = plan_owners.owner(ctx, rec)
    assert element == units_row  # Tabel 9 and Tabel 15 name the same office
    assert element == owner
