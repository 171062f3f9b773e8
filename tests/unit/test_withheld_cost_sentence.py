"""LOOK25 W-8: a method's cost per point withheld as a finding (reasons.FINDINGS) is a sentence of its own in BAB IV,
"Biaya per poin seminar belum dapat dihitung: …", after the overall cost per point it is a part of; it was a bare
"seminar: rata-rata kenaikan nilai peserta belum pasti di atas nol …" between Gambar 6 and that sentence (LH).
Tabel 7 gives only the short cause, so the sentence keeps the gain, its interval and the activities' cost."""

from __future__ import annotations

import copy
import html
import re
from dataclasses import replace
from typing import Any

import pytest

from evalasn.report.chapters import results
from evalasn.report.words import fmt, reasons

pytestmark = pytest.mark.usefixtures("figures_not_drawn")

UNSURE = {"alasan": "gain_belum_jelas", "rata_gain": 1.157, "gain_rata": 1.157, "gain_bawah": -0.508,
          "gain_atas": 2.822, "gain_n_kegiatan": 6, "porsi_replikasi_tidak_positif": 0.3}
NOT_POSITIVE = {"alasan": "gain_tidak_positif", "rata_gain": -1.4, "gain_bawah": -2.9, "gain_atas": -0.2}
LEADS = {("gain_belum_jelas", "id"): "Biaya per poin {metode} belum dapat dihitung: ",
         ("gain_belum_jelas", "en"): "The cost per point of {metode} cannot yet be computed: ",
         ("gain_tidak_positif", "id"): "Biaya per poin {metode} tidak dapat dihitung: ",
         ("gain_tidak_positif", "en"): "The cost per point of {metode} cannot be computed: "}
OVERALL = {"id": "Biaya per poin kenaikan nilai untuk semua metode", "en": "Cost per point of gain over all methods"}


def _paragraphs(section: str) -> list[str]:
    return [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p(?: [^>]*)?>(.*?)</p>", section, re.S)]


@pytest.mark.parametrize("withheld", [UNSURE, NOT_POSITIVE], ids=["gain-not-yet-certain", "gain-not-positive"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_withheld_cost_per_point_is_a_sentence_after_the_overall_one(contexts, withheld, lang):
    ctx = contexts[("kesehatan", lang)]
    hasil: Any = copy.deepcopy(ctx.hasil)
    costs = hasil["anggaran_vs_peningkatan"]["biaya_per_poin"]
    cost = next(row for row in costs if row.get("n_kegiatan"))
    cost.update(withheld, cukup_data=False)
    metode = ctx.label(cost["metode"])
    said = dict(cost, anggaran_rp=next(row["anggaran_rp"] for row in hasil["pelaksanaan"]["kegiatan_per_metode"]
                                       if row["metode"] == cost["metode"]))
    section = results.budget(replace(ctx, hasil=hasil))
    paragraphs = _paragraphs(section.split("<table", 1)[0])
    lead = LEADS[(withheld["alasan"], lang)].format(metode=metode)
    sentence = lead + reasons.reason(said, lang) + "."
    assert sentence in paragraphs, paragraphs
    # after the overall cost per point, and no paragraph opens with the method's bare name
    overall = next(index for index, text in enumerate(paragraphs) if text.startswith(OVERALL[lang]))
    assert paragraphs.index(sentence) > overall
    assert not [text for text in paragraphs if text.startswith(f"{metode}: ")], paragraphs
    # nothing lost: the gain and the activities' cost the short Tabel 7 cell leaves out
    assert fmt.rupiah(said["anggaran_rp"], lang) in sentence
    assert fmt.figure(withheld["rata_gain"], "poin_tes", lang) in sentence
