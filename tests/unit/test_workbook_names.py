"""The workbook's sheet names say what each sheet holds, whole (REVIEW3 18: "Sampai 10 unit kerja" and
"Sampai 10 unit kerja 2", eight names cut around '…'), and its Definitions give the unit the sheets are written in
(a share is written in percent: "proporsi 0–1" stood beside 66.6)."""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import openpyxl
import pytest

from evalasn.analysis.contract.doc import UNITS
from evalasn.paths import project
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.formats import workbook, workbook_names
from evalasn.report.words.text import label


@pytest.fixture(scope="module")
def books(pipeline_root) -> dict[tuple[str, str], openpyxl.Workbook]:
    paths = project(pipeline_root)
    built = {}
    for slug in ("kesehatan", PROVINCE_SLUG):
        hasil = json.loads(paths.hasil(slug, 2025).read_text(encoding="utf-8"))
        for lang in ("id", "en"):
            data = workbook.build(hasil, lang, dt.datetime(2026, 1, 5))
            built[slug, lang] = openpyxl.load_workbook(io.BytesIO(data))
    return built


@pytest.mark.parametrize("slug", ["kesehatan", PROVINCE_SLUG])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_sheet_has_a_whole_name_of_its_own(books, slug, lang):
    names = books[slug, lang].sheetnames
    assert [name for name in names if "…" in name] == []
    numbered = [name for name in names if re.search(r" \d+$", name) and re.sub(r" \d+$", "", name) in names]
    assert numbered == []
    lowest = ("Cakupan terendah (unit)", "20 JP terendah (unit)") if lang == "id" else \
        ("Lowest coverage (units)", "Lowest 20 JP share (units)")
    assert set(lowest) <= set(names)


@pytest.mark.parametrize("slug", ["kesehatan", PROVINCE_SLUG])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_definitions_give_the_unit_the_values_are_written_in(books, slug, lang):
    sheet = books[slug, lang][label("definisi", lang)[:31]]
    units = {row[2] for row in sheet.iter_rows(min_row=2, values_only=True)}
    share, percent = (UNITS[key][0 if lang == "id" else 1] for key in ("proporsi", "persen"))
    assert share not in units and percent in units


@pytest.mark.parametrize(("path", "lang", "title"), [
    pytest.param("level4_hasil.did_ikm.uji_tren_awal", "id", "Uji bersama bahwa estimasi pre nol", id="pretrend-id"),
    pytest.param("level4_hasil.did_ikm.uji_tren_awal", "en", "Joint test that the pre estimates are zero",
                 id="pretrend-en"),
    pytest.param("perbandingan_provinsi.perhatian", "en",
                 "What the province's attention list says about this agency", id="attention-en"),
    pytest.param("level4_hasil.did_kinerja[]", "en",  # LOOK13 M-5: "with arah and membaik"
                 "Difference-in-differences per unit performance indicator, with “Better direction” and “Improved”",
                 id="indicator-did-en"),
    pytest.param("perbandingan_dinas[].jp_20", "en",
                 "The agency's “Share of PNS with ≥ 20 JP in the evaluated year” estimate", id="dinas-jp20-en"),
    # LOOK13 M-3: its n, activities and mean gain are of the costed activities, not Tabel 8's columns: said; LOOK20
    # W-8: and the report's table's base beside it
    pytest.param("anggaran_vs_peningkatan.biaya_per_poin[]", "id",
                 "Biaya per poin kenaikan nilai, per metode, atas kegiatan dengan biaya tercatat (tabel biaya per poin "
                 "di laporan memberi kegiatan, peserta dan kenaikan nilai atas semua kegiatan bernilai)",
                 id="cost-base-id"),
    pytest.param("anggaran_vs_peningkatan.biaya_per_poin[]", "en",
                 "Cost per point of score gain, by method, over the activities with a recorded cost (the report's "
                 "cost-per-point table gives activities, participants and score gain over every scored activity)",
                 id="cost-base-en"),
])
def test_a_sheet_title_is_a_whole_phrase(path, lang, title):
    """REVIEW7 R7-4: A1 read "Uji bersama bahwa estimasi pre" / "Joint test that the pre estimates" (the meaning cut
    at its first parenthesis, before the verb)."""

    assert workbook_names.object_name(path, lang) == title


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_sheet_title_stops_inside_an_aside(lang):
    from evalasn.analysis.contract import walk

    for path in walk.object_docs():
        title = workbook_names.object_name(path, lang)
        assert title.count("(") == title.count(")") and not title.endswith((":", "(", ",")), (path, title)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_sheet_title_shows_a_key_of_hasil_json(lang):
    """LOOK13 M-5: a title is read by staff, so the keys its meaning names are in words (as on the definitions
    sheet), never `arah`, pelaksanaan.cakupan_asn or dinas_dikecualikan."""
    from evalasn.analysis.contract import walk

    for path in walk.object_docs():
        title = workbook_names.object_name(path, lang)
        assert "`" not in title and not re.search(r"\b[a-z]+(?:_[a-z0-9]+)+\b|\b[a-z]\w*\.[a-z]\w*", title), \
            (path, title)


def test_an_empty_list_is_no_column_of_an_empty_row():
    """REVIEW7 R7-6: the English sheet "Budget and Gain" held the header "Tanpa kenaikan" | "Tanpa estimasi" and one
    empty row: the empty lists of `anggaran_vs_peningkatan` printed as blank cells under Indonesian names."""
    from evalasn.report.formats import workbook

    blocks = workbook._blocks("anggaran_vs_peningkatan", {"tanpa_kenaikan": [], "tanpa_estimasi": [],
                                                           "biaya_per_poin": [{"metode": "seminar", "n": 3}]}, "en")
    assert [path for path, _ in blocks] == ["anggaran_vs_peningkatan.biaya_per_poin[]"]
    kept = workbook._blocks("data", {"dinas_tanpa_data": ["kpkp"], "kosong": []}, "en")
    assert kept == [("data", [{"dinas_tanpa_data": "kpkp"}])]


@pytest.mark.parametrize(("lang", "sheet", "source"), [
    pytest.param("id", "Rencana tahun lalu yang dinilai", "dibuat ulang dari data tahun lalu, bukan rencana yang "
                 "ditandatangani", id="id"),
    pytest.param("en", "Last year's plan judged", "reconstructed from last year's data, not the signed plan", id="en"),
])
def test_last_years_judged_plan_has_a_sheet_named_for_it_and_its_source_in_words(lang, sheet, source):
    """The published province workbook named this sheet 'Hanya berkas yang terbit…' (its meaning's qualifier, cut),
    headed it with that qualifier and showed the code 'dibuat_ulang'."""
    hasil = {"versi_skema": 1, "cakupan": {"slug": "kesehatan", "nama": "Dinas Kesehatan", "jenis": "dinas"},
             "tahun": 2025, "sintetis": True,
             "rencana_tahun_lalu": {"tahun": 2024, "sumber": "dibuat_ulang", "berkas": None,
                                    "id_dinilai": ["kesehatan-2024-JP20", "kesehatan-2024-U8"]}}
    book = openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, dt.datetime(2026, 1, 5))))
    rows = list(book[sheet].iter_rows(values_only=True))
    assert rows[0][0] == sheet
    assert source in rows[2] and "kesehatan-2024-JP20, kesehatan-2024-U8" in rows[2]
    assert not [name for name in rows[1] if name and "_" in name], rows[1]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_definition_names_the_did_estimates_by_key_or_as_impact(lang):
    """LOOK14 P-8: the Definitions sheet read 'pada estimasi dampak (did_*)', 'in the impact “Why it is not yet called
    an effect”': a key pattern, and the causal word for the estimates the reports call observed differences."""
    from evalasn.analysis.contract import walk
    from evalasn.analysis.contract.fields import FIELDS

    texts = {key: workbook_names.definition_text(doc.id if lang == "id" else doc.en, lang)
             for key, doc in FIELDS.items()}
    texts |= {path: workbook_names.definition_text(doc.id if lang == "id" else doc.en, lang, near=path)
              for path, doc in walk.object_docs().items()}
    wrong = {key: text for key, text in texts.items()
             if re.search(r"did_\*|estimasi dampak|\bdampak:|impact estimates|in the impact|\bimpact:", text)}
    assert wrong == {}
