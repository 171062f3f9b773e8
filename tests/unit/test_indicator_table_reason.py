"""BAB III's indicator table (Tabel 7) says a reason shared by every row once, under the table, not in each row
(P5, session 8: "tidak ada program pelatihan …" was printed in every row); a reason of one row stays in its row."""

from __future__ import annotations

import pytest

from evalasn.report.words import impact

EFFECT = {"unit_dilatih": 134, "unit_pembanding": 63}


def _row(*codes: str, causal: bool = False) -> dict:
    return {"efek": EFFECT, "putusan": {"boleh_kausal": causal, "kode_alasan": list(codes)}}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_reason_every_row_shares_is_said_once(lang):
    rows = [_row("intervensi_tidak_dipilih"), _row("intervensi_tidak_dipilih")]
    said = impact.shared_reason(rows, lang)
    assert said == impact.reasons(rows[0], lang) and said
    cells = [impact.verdict_cell(row, lang, said) for row in rows]
    assert cells == [impact.t("not_yet_short", lang)] * 2
    assert all(said not in cell for cell in cells)


@pytest.mark.parametrize(("rows", "shared"), [
    pytest.param([_row("intervensi_tidak_dipilih"), _row("tanpa_pembanding")], False, id="different-reasons"),
    pytest.param([_row("intervensi_tidak_dipilih")], False, id="one-row-keeps-its-reason"),
    pytest.param([_row("intervensi_tidak_dipilih"), _row(causal=True)], False, id="one-row-concluded"),
    pytest.param([_row("tanpa_pembanding"), _row("tanpa_pembanding")], True, id="same-reason"),
])
def test_only_a_reason_of_every_row_leaves_the_rows(rows, shared):
    said = impact.shared_reason(rows, "id")
    assert bool(said) == shared
    for row in rows:
        cell = impact.verdict_cell(row, "id", said)
        if not row["putusan"]["boleh_kausal"]:
            assert (impact.reasons(row, "id") in cell) != shared, cell
