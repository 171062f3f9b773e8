"""LOOK36 K-8: "1 of 14 activities of 2025 have a budget of Rp 0 or blank", "Start with Agency Secretariat (30
respondents), Service Division …" and "8 of 8 service units in 2025-S2 have fewer respondents …"."""
from __future__ import annotations

from typing import Any, cast

import pytest

from evalasn.report.chapters import ikm_units
from evalasn.report.words import uncertainty
from evalasn.report.words.text import t
from evalasn.report.words.units import the_unit


@pytest.mark.parametrize(("k", "lang", "said"), [
    pytest.param(1, "en", "Cost not recorded: 1 of the 14 activities of 2025 has a budget of Rp 0 or blank",
                 id="one-en"),
    pytest.param(3, "en", "Cost not recorded: 3 of the 14 activities of 2025 have a budget of Rp 0 or blank",
                 id="three-en"),
    pytest.param(1, "id", "Biaya tidak tercatat: 1 dari 14 kegiatan tahun 2025 beranggaran Rp 0", id="one-id"),
])
def test_the_unrecorded_cost_agrees_with_its_count(k, lang, said):
    assert t("lim_cost_unrecorded", lang, k=k, n=14, tahun=2025, daftar="x").startswith(said)


@pytest.mark.parametrize(("name", "lang", "shown"), [
    pytest.param("Sekretariat Dinas", "en", "the Agency Secretariat (Sekretariat Dinas)", id="secretariat"),
    pytest.param("Bidang Pelayanan", "en", "the Service Division (Bidang Pelayanan)", id="division"),
    pytest.param("Suku Dinas Sumber Daya Air Jakarta Timur", "en", "the East Jakarta Water Resources Sub-agency "
                 "(Suku Dinas Sumber Daya Air Jakarta Timur)", id="sub-agency"),
    pytest.param("Puskesmas Senen", "en", "Senen Health Centre (Puskesmas Senen)", id="named-by-place"),
    pytest.param("Gedung Graha", "en", "\u201cGedung Graha\u201d", id="quoted-data"),
    pytest.param("Sekretariat Dinas", "id", "Sekretariat Dinas", id="indonesian"),
])
def test_a_unit_in_a_sentence_takes_the_article(name, lang, shown):
    assert the_unit(name, lang) == shown


def test_the_weak_units_list_has_the_article():
    rows = [ikm_units.BelowB("Sekretariat Dinas", cast(Any, {"n": 30}), True),
            ikm_units.BelowB("Bidang Pelayanan", cast(Any, {"n": 34}), True)]
    said = ", ".join(ikm_units.counted_name(row, "en") for row in rows)
    assert said == ("the Agency Secretariat (Sekretariat Dinas; 30 respondents), the Service Division (Bidang "
                    "Pelayanan; 34 respondents)")


@pytest.mark.parametrize(("short", "lang", "start"), [
    pytest.param(8, "en", "All 8 service units in 2025-S2 have fewer respondents", id="all-en"),
    pytest.param(8, "id", "Semua 8 unit layanan periode 2025-S2 memiliki responden kurang", id="all-id"),
    pytest.param(3, "en", "3 of 8 service units in 2025-S2 have fewer respondents", id="some-en"),
])
def test_every_unit_below_the_sample_is_all_of_them(short, lang, start):
    note = uncertainty.sample_note(cast(Any, {"jumlah_unit": 8, "unit_sampel_kurang": short, "periode": "2025-S2",
                                              "responden_minimum": 278, "pengguna_diasumsikan": 1000}), lang)
    assert note is not None and note.startswith(start), note
