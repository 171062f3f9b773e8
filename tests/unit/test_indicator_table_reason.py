"""BAB III's indicator table (Tabel 7) says a reason shared by every row once, in its note, and each row only its own
(P5, session 8: "tidak ada program …" was printed in every row); a reason with different figures per row stays in
each row."""

from __future__ import annotations

from typing import Any

import pytest

from evalasn.report.words import impact

EFFECT = {"unit_dilatih": 134, "unit_pembanding": 63}


def _row(*codes: str, causal: bool = False, effect: dict | None = None) -> Any:
    return {"efek": effect or EFFECT, "putusan": {"boleh_kausal": causal, "kode_alasan": list(codes)}}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_reason_every_row_shares_is_said_once(lang):
    rows = [_row("intervensi_tidak_dipilih"), _row("intervensi_tidak_dipilih", "selang_memuat_nol")]
    shared = impact.shared_reasons(rows, lang)
    assert shared == ("intervensi_tidak_dipilih",)
    said = impact.reasons(rows[0], lang)
    cells = [impact.verdict_cell(row, lang, shared) for row in rows]
    assert cells[0] == impact.t("not_yet_short", lang)
    assert cells[1] == impact.t("not_yet", lang, alasan=impact.reasons(rows[1], lang, skip=shared))  # its own only
    assert all(said not in cell for cell in cells)


@pytest.mark.parametrize(("rows", "shared"), [
    pytest.param([_row("intervensi_tidak_dipilih"), _row("tanpa_pembanding")], (), id="different-reasons"),
    pytest.param([_row("intervensi_tidak_dipilih")], (), id="one-row-keeps-its-reason"),
    pytest.param([_row("intervensi_tidak_dipilih"), _row(causal=True)], (), id="one-row-concluded"),
    pytest.param([_row("unit_kurang"), _row("unit_kurang", effect={"unit_dilatih": 2, "unit_pembanding": 1})], (),
                 id="same-code-other-figures-stays-in-each-row"),
    pytest.param([_row("tanpa_pembanding", "intervensi_tidak_dipilih")] * 2,
                 ("tanpa_pembanding", "intervensi_tidak_dipilih"), id="same-reasons"),
])
def test_only_what_every_row_says_alike_leaves_the_rows(rows, shared):
    assert impact.shared_reasons(rows, "id") == shared
    for row in rows:
        cell = impact.verdict_cell(row, "id", shared)
        if not row["putusan"]["boleh_kausal"]:
            assert (impact.reasons(row, "id") in cell) != bool(shared), cell
