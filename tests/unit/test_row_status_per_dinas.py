"""LOOK22 Y-6: a province plan row written for several dinas gives each dinas's own status in the review table's
Status cell where they differ (Bina Marga's one-activity seminar read "belum tercapai" beside Kesehatan's), by the
rule the note on unjudged rows uses (plan_parts.part_verdict); the row is still counted with the combined status."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.chapters import plan, plan_parts
from evalasn.report.chapters.followup_measure import judge
from evalasn.report.chapters.followup_review import Measured
from evalasn.report.chapters.published_rows import POINTS


def _row(dinas: tuple[str, ...]) -> plan.PlanRow:
    return plan.PlanRow("provinsi-2024-KECIL-SEMINAR", "KECIL-SEMINAR", "rec_little", "aksi", "indikator", None, "",
                        2.9, "t", True, "pj", 4, "Triwulan IV 2025", dinas=dinas)


def _gain(value: float, low: float, high: float) -> dict[str, Any]:
    return {"metode": "seminar", "n": 120, "estimasi": value, "ci_bawah": low, "ci_atas": high, "p": None,
            "cukup_data": True, "n_kegiatan": 8}


# one activity: no interval, the participants' mean kept (hasil.json `kegiatan_kurang_klaster`)
ONE_ACTIVITY = {"metode": "seminar", "n": 12, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None,
                "cukup_data": False, "n_kegiatan": 1, "alasan": "kegiatan_kurang_klaster", "rata_peserta": 2.8}


def _parts(*parts: tuple[str, dict[str, Any], float]) -> Measured:
    return Measured(None, POINTS, parts=tuple(plan_parts.StopPart(dinas, gain, 1e6, target=target)  # type: ignore[arg-type]
                                              for dinas, gain, target in parts))


@pytest.mark.parametrize(("lang", "now", "status", "cell"), [
    pytest.param("id", _parts(("bina-marga", ONE_ACTIVITY, 2.9), ("kesehatan", _gain(-1.0, -2.4, 0.4), 2.3)),
                 "not_met", "Bina Marga: belum dapat dinilai (hanya 1 kegiatan); Kesehatan: belum tercapai",
                 id="one-unjudged-one-missed"),
    pytest.param("en", _parts(("bina-marga", ONE_ACTIVITY, 2.9), ("kesehatan", _gain(-1.0, -2.4, 0.4), 2.3)),
                 "not_met", "Highways: cannot be judged (only 1 activity); Health: not met",
                 id="one-unjudged-one-missed-en"),
    pytest.param("id", _parts(("kesehatan", _gain(5.0, 4.0, 6.0), 2.3), ("bina-marga", ONE_ACTIVITY, 2.9)),
                 "cannot", "Kesehatan: tercapai; Bina Marga: belum dapat dinilai (hanya 1 kegiatan)",
                 id="one-met-one-unjudged"),
    pytest.param("id", _parts(("kesehatan", _gain(-1.6, -3.3, 0.1), 2.2), ("satpol-pp", _gain(-1.2, -3.2, 0.7), 2.1)),
                 "not_met", "belum tercapai", id="both-missed-said-once"),
    pytest.param("id", _parts(("kesehatan", _gain(2.5, 1.0, 4.0), 2.3), ("bina-marga", ONE_ACTIVITY, 2.9)),
                 "cannot", "belum dapat dinilai (Kesehatan: rentang memuat target; Bina Marga: hanya 1 kegiatan)",
                 id="both-unjudged-said-once-with-causes"),
])
def test_the_status_cell_names_each_dinas_where_they_differ(lang, now, status, cell):
    verdict = judge(_row(tuple(part.dinas for part in now.parts)), now, lang)
    assert verdict.status == status  # the row counted with the combined status
    assert verdict.cell(lang).replace("\xa0", " ") == cell
