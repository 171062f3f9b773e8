"""The annex says in words what the analysis was set to (REVIEW2 19: its provenance table printed
'ambang_dilatih=0.5, periode_sebelum=(otomatis)' and named config/laporan.yml in a sentence as well)."""

from __future__ import annotations

import re
from html import unescape

import pytest

from evalasn.paths import project
from evalasn.report.chapters import sections
from evalasn.report.words import settings

AUTOMATIC = {"tahun": 2025, "ambang_dilatih": 0.5, "periode_sebelum": "", "periode_sesudah": "", "intervensi": "",
             "penugasan": "observasional", "penjamin": ""}
DID = {"periode_sebelum": "2024-S2", "periode_sesudah": "2025-S2"}


@pytest.mark.parametrize(("chosen", "did", "lang", "expected"), [
    pytest.param(AUTOMATIC, DID, "id",
                 "tahun evaluasi: 2025; ambang unit dilatih: 50% staf; periode sebelum pelatihan: dipilih otomatis "
                 "(2024-S2); periode sesudah pelatihan: dipilih otomatis (2025-S2); intervensi: tidak dinyatakan "
                 "(setiap pelatihan dihitung); penugasan unit: diamati, tidak diundi; bahasa: Indonesia",
                 id="automatic-id"),
    pytest.param(AUTOMATIC, None, "en",
                 "evaluated year: 2025; trained-unit threshold: 50% of staff; period before training: chosen "
                 "automatically (no usable SKM period); period after training: chosen automatically (no usable SKM "
                 "period); intervention: none declared (every activity counts); assignment of units: observed, not "
                 "drawn by lot; language: English", id="automatic-no-survey-en"),
    pytest.param({**AUTOMATIC, "ambang_dilatih": 0.25, "periode_sebelum": "2023-S2", "intervensi": "Diklat Prima",
                  "penugasan": "acak", "penjamin": "Bappeda"}, DID, "id",
                 "tahun evaluasi: 2025; ambang unit dilatih: 25% staf; periode sebelum pelatihan: 2023-S2 "
                 "(ditetapkan); periode sesudah pelatihan: dipilih otomatis (2025-S2); intervensi: Diklat Prima; "
                 "penugasan unit: diundi, dijamin oleh Bappeda; bahasa: Indonesia", id="set-by-hand-id"),
])
def test_the_settings_read_as_words(chosen, did, lang, expected):
    assert settings.described(chosen, did, lang) == expected


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_annex_names_no_parameter_key_and_each_settings_file_once(pipeline_root, lang):
    ctx = sections.load_context("kesehatan", lang, project(pipeline_root))
    text = re.sub(r"<[^>]+>", " ", sections.annex(ctx))
    assert not [key for key in AUTOMATIC if f"{key}=" in text or f"{key} =" in text]
    for name in ("laporan.yml", "target.yml"):
        assert text.count(name) <= 1, name


@pytest.mark.parametrize(("lang", "previous", "published", "said", "unsaid"), [
    ("id", {"tahun": 2024}, None, "status pelaksanaan rencana tindak lanjut 2024 tidak dilaporkan dinas; rencana 2024 "
                                  "dibuat ulang dari data", "dilewati"),
    ("en", {"tahun": 2024}, None, "the 2024 plan was reconstructed from the data", "left out"),
    ("id", {"tahun": 2024}, object(), "rencana 2024 diambil dari rencana yang terbit", "dilewati"),
    ("id", None, None, "tabel opsional tidak ada; bagian laporannya dilewati", "dibuat ulang"),
], ids=["regenerated-id", "regenerated-en", "published-id", "no-last-year-id"])
def test_an_absent_follow_up_table_says_what_the_report_did_without_it(lang, previous, published, said, unsaid):
    """R6-9: Tabel 18 said 'tindak_lanjut | tabel opsional tidak ada; bagian laporannya dilewati' while BAB X 10.1
    reviewed the whole 2024 plan: only the agencies' execution reports were missing."""
    from typing import Any, cast

    import pandas as pd

    from evalasn import schema
    from evalasn.report.context import Context

    ctx = Context(cast(Any, {}), lang, pd.DataFrame(), previous=cast(Any, previous), published=cast(Any, published))
    note = sections.quality_note(ctx, {"tabel": "tindak_lanjut", "sumber": None, "catatan": schema.ABSENT_TABLE_NOTE})
    assert said in note and unsaid not in note, note
    other = sections.quality_note(ctx, {"tabel": "skm", "sumber": None, "catatan": schema.ABSENT_TABLE_NOTE})
    assert other == ("tabel opsional tidak ada; bagian laporannya dilewati" if lang == "id"
                     else "optional table absent; its part of the report is left out")


@pytest.mark.parametrize(("lang", "said"), [
    ("id", ("3 kegiatan untuk rentang keyakinan kenaikan nilai",
            "3 unit layanan untuk rentang keyakinan unsur layanan dan IKM dinas dari beberapa unit",
            "di bawah 50 klaster dipakai rentang yang lebih lebar", "5 kegiatan dan 10 peserta untuk biaya per poin",
            "5 kegiatan untuk kenaikan satu tahun dalam tren")),
    ("en", ("3 activities for a gain's confidence interval",
            "3 service units for a service element's and for an agency IKM over several units",
            "below 50 clusters the wider of", "5 activities and 10 participants for a cost per point",
            "5 activities for one year's gain in the trend")),
], ids=["id", "en"])
def test_the_annex_lists_every_minimum_the_body_cites(pipeline_root, lang, said):
    """R7-18: the body withholds a gain's interval below MIN_CLUSTERS activities, an element's below MIN_CLUSTERS
    units (and, since R7-11, an agency IKM over 2 units) and a cost per point below MIN_ACTIVITIES_COST; the annex's
    list of minimums gave none of them."""
    from evalasn import constants

    assert (constants.MIN_CLUSTERS, constants.FEW_CLUSTERS, constants.MIN_ACTIVITIES_COST, constants.MIN_N,
            constants.MIN_ACTIVITIES_TREND_GAIN) == (3, 50, 5, 10, 5)  # the figures the sentences below read
    ctx = sections.load_context("kesehatan", lang, project(pipeline_root))
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", sections.annex(ctx))).split())
    assert all(part in text for part in said), text[:1500]
