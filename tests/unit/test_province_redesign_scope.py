"""LOOK25 W-2: a province-wide redesign row (KECIL-PROV-SEMINAR) covers a dinas that held the method without a row of
its own only where the dinas's own gain does not already rule the row out. The province plan gave BPSDM the redesign
of Pendidikan's seminars (or moving their budget to pelatihan), while its own note said Pendidikan's seminar gain was
not very small and Pendidikan's report showed its seminars cheaper per point than its pelatihan; and neither
Pendidikan's nor Sosial's report named the row BPSDM held there. Now the row leaves such a dinas out, saying why, and
each dinas whose part the office holds names the row in its own 10.2 note, so both reports list the same rows."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from evalasn.report.chapters import followup, plan
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import label, t
from tests.unit.test_province_redesign_executors import OF_DINAS, OFFICE, UNIT, _row

# OF_DINAS: kesehatan its own KECIL-SEMINAR row; pendidikan not very small; satpol-pp very small but cheap per point;
# gulkarmat too few activities to be judged alone; citata no seminar
OUTSIDE = {"pendidikan": True, "satpol-pp": True, "gulkarmat": False, "kesehatan": False}


def _config() -> Any:
    return SimpleNamespace(koordinator={"pengembangan": OFFICE}, penanggung_jawab={"pengembangan": UNIT})


def _province(lang: str) -> Any:
    return SimpleNamespace(lang=lang, province=True, config=_config(), dinas_results=OF_DINAS, hasil={"tahun": 2025},
                           memo={"plan": [_row()]}, t=lambda key, **values: t(key, lang, **values),
                           label=lambda key: label(key, lang))


def _dinas(slug: str, lang: str) -> Any:
    """A dinas report's context with the province of _province as the plan it carries rows of."""
    return SimpleNamespace(lang=lang, province=False, province_ctx=_province(lang), config=_config(),
                           hasil={**OF_DINAS[slug], "cakupan": {"slug": slug}},
                           t=lambda key, **values: t(key, lang, **values), label=lambda key: label(key, lang))


def _own_rows(slug: str) -> list[plan.PlanRow]:
    """The dinas's issued plan as far as the note reads it: Kesehatan's own KECIL-SEMINAR row, none elsewhere."""
    if slug != "kesehatan":
        return []
    own = _row()
    return [plan.PlanRow("kesehatan-2025-KECIL-SEMINAR", "KECIL-SEMINAR", "rec_little", own.action, own.indicator,
                         own.today, own.today_text, own.target, own.target_text, True, "Sekretariat", 1,
                         "31 Maret 2026", own.measure, province_rows=(own.id,))]


@pytest.mark.parametrize(("slug", "outside"), [pytest.param(slug, outside, id=f"{slug}-{'out' if outside else 'in'}")
                                               for slug, outside in OUTSIDE.items()])
def test_a_dinas_whose_own_gain_rules_the_row_out_is_outside_it(slug, outside):
    assert followup.outside_redesign(OF_DINAS[slug], "seminar") is outside


@pytest.mark.parametrize(("lang", "left_out", "held"), [
    pytest.param("id", " Baris KECIL-PROV-SEMINAR tidak mencakup 2 dinas yang juga mengadakan seminar, karena kenaikan "
                 "nilai seminar di dinas itu sendiri tidak memenuhi aturan baris ini — Pendidikan: kenaikan nilai "
                 "peserta seminar di dinas itu sendiri tidak sangat kecil; Satpol PP: kenaikan nilai peserta seminar "
                 "di dinas itu sangat kecil, tetapi biaya per poinnya tidak di atas biaya per poin dinas itu.",
                 "dipegang " + OFFICE["id"] + " — Gulkarmat: ", id="id"),
    pytest.param("en", " Row KECIL-PROV-SEMINAR leaves out 2 agencies that also held seminars, as their own seminar "
                 "gain does not meet the row's rule — Education: the seminar gain in the agency itself is not very "
                 "small; ", "held there by " + OFFICE["en"] + " — Fire and Rescue: ", id="en"),
])
def test_the_province_note_leaves_out_of_the_office_part_the_dinas_the_rule_does_not_reach(lang, left_out, held):
    said = followup.held_elsewhere(_province(lang), _row(), {}, [])
    office, found, _ = said.partition(left_out)
    assert found, said
    assert held in office, said
    for slug in ("pendidikan", "satpol-pp"):
        assert short_name_in(slug, lang) not in office, said  # not held by the office


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("slug", ["gulkarmat", "pendidikan", "satpol-pp", "kesehatan", "citata"])
def test_the_dinas_report_names_the_province_row_the_office_holds_there_as_the_province_report_does(slug, lang):
    """Both reports list the same rows: a dinas is in the province note's office part exactly when its own 10.2 note
    names the province row as held there by the office."""
    province_said = followup.held_elsewhere(_province(lang), _row(), {}, [])
    office_part = province_said.split(" Baris KECIL-PROV-SEMINAR tidak mencakup")[0].split(
        " Row KECIL-PROV-SEMINAR leaves out")[0]
    in_province = short_name_in(slug, lang) in office_part
    note = followup.province_note(_dinas(slug, lang), _own_rows(slug)) or ""
    assert (OFFICE[lang] in note) is in_province, (note, province_said)  # Kesehatan: its own row carries it
    assert in_province is (slug == "gulkarmat"), province_said


@pytest.mark.parametrize(("lang", "expected"), [
    pytest.param("id", "Kegiatan seminar di dinas ini termasuk baris provinsi KECIL-PROV-SEMINAR, dipegang "
                 + OFFICE["id"] + ": kegiatan seminar di dinas ini kurang dari 3, terlalu sedikit untuk menilai "
                 "kenaikannya sendiri, jadi rencana ini tidak punya baris seminar sendiri; baris provinsi itu dinilai "
                 "pada kenaikan nilai seminar seluruh provinsi.", id="id"),
    pytest.param("en", "This agency's seminar activities are part of province row KECIL-PROV-SEMINAR, held by "
                 + OFFICE["en"] + ": fewer than 3 seminar activities here, too few to judge the gain here alone, so "
                 "this plan has no seminar row of its own; the province row is judged on the whole province's seminar "
                 "gain.", id="en"),
])
def test_the_dinas_note_says_the_office_holds_its_part_and_why(lang, expected):
    assert followup.province_note(_dinas("gulkarmat", lang), []) == expected
