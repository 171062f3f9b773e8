"""One bracket per aside in a plan cell (LOOK12 K-7): a note said beside a step that already ends in a bracket
follows a semicolon, never a second bracket."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from evalasn.report import facts
from evalasn.report.chapters import followup, followup_review, plan, province_rows, published_rows
from evalasn.report.words import phrases


@pytest.mark.parametrize(("text", "note", "expected"), [
    ("Jadwalkan pengembangan", "lanjutan", "Jadwalkan pengembangan (lanjutan)"),
    ("dan 2 unit lain (BAB VI)", "lanjutan", "dan 2 unit lain (BAB VI); lanjutan"),
    ("plafon Rp 1,8 juta (median)", "", "plafon Rp 1,8 juta (median)"),
    # LOOK14 P-7: "(lanjutan …: −2,6 (−3,7 s.d. −1,5): …, target ≥ 0,0 poin (setidaknya rata-rata provinsi) …)"
    ("Tinjau desain pelatihan", "lanjutan: −2,6 (−3,7 s.d. −1,5), target ≥ 0,0 poin belum tercapai",
     "Tinjau desain pelatihan; lanjutan: −2,6 (−3,7 s.d. −1,5), target ≥ 0,0 poin belum tercapai"),
], ids=["plain-step-gets-a-bracket", "step-in-a-bracket-gets-a-semicolon", "no-note-no-change",
        "note-with-brackets-gets-a-semicolon"])
def test_an_aside_after_a_bracket_follows_a_semicolon(text, note, expected):
    assert phrases.aside(text, note) == expected


def _row(code: str, action: str) -> plan.PlanRow:
    return plan.PlanRow(f"kesehatan-2024-{code}", code, "rec_ikm_units", action, "indikator", 16.0, "16", 0.0, "0",
                        False, "pj", 2, "Triwulan II 2025")


STEP = ("Tingkatkan IKM unit di bawah kategori B: Puskesmas Kecamatan Koja, Puskesmas Kecamatan Tebet dan 2 unit lain "
        "(BAB VI)")


@pytest.mark.parametrize(("lang", "step", "expected"), [
    ("id", STEP, STEP + "; lanjutan baris ini dari rencana 2024: 16 pada 2024, target 0 belum tercapai"),
    ("en", STEP, STEP + "; carried on from this row of the 2024 plan: 16 in 2024, target 0 not met"),
    ("id", "Tingkatkan IKM unit", "Tingkatkan IKM unit (lanjutan baris ini dari rencana 2024: 16 pada 2024, target 0 "
                                  "belum tercapai)"),
], ids=["id-step-ends-in-bracket", "en-step-ends-in-bracket", "id-plain-step"])
def test_a_carried_rows_history_is_no_second_bracket(monkeypatch, lang, step, expected):
    """Kesehatan's IKM-CD read '… dan 2 unit lain (BAB VI) (lanjutan baris ini dari rencana 2024: …)'."""
    reviewed = followup_review.Reviewed(_row("IKM-CD", "aksi"), followup_review.Measured(None, published_rows.SCORE),
                                        facts.Verdict("not_met"))
    monkeypatch.setattr(followup_review, "review", lambda ctx: [reviewed])
    monkeypatch.setattr(province_rows, "rows", lambda ctx, before=None: [_row("IKM-CD", step)])
    (row,) = followup.issued(SimpleNamespace(lang=lang))  # type: ignore[arg-type]
    assert row.action == expected
    assert ") (" not in row.action


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_plan_cell_of_the_sample_stacks_two_brackets(pipeline_root, lang):
    """Every scope of the modelled sample: the steps its plan issues (with their province basis, province row and
    carried history) hold no ') (' — Dispora's BIAYA-POIN, the province's BIAYA-POIN, DATA and IKM-CD, Kesehatan's
    IKM-CD and four dinas rows carried from the province plan did."""
    from evalasn.paths import project
    from evalasn.report.chapters import sections

    paths = project(pipeline_root)
    scopes = sorted(folder.name for folder in paths.reports.iterdir()
                    if folder.is_dir() and paths.hasil_years(folder.name))
    assert "provinsi" in scopes and len(scopes) > 2
    stacked = [(slug, row.code, row.action) for slug in scopes
               for row in followup.issued(sections.load_context(slug, lang, paths)) if ") (" in row.action]
    assert not stacked
