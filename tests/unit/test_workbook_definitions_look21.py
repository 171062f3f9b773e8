"""LOOK21 X-9: the workbook's definitions named columns that earlier fixes removed or renamed, and two phrases for
whom the 20 JP duty counts. The "Definisi" sheet must name what the sheets show: the cost-per-point table's own
headers, the declared intervention as its table shows it (no province-wide count, the settings in words, not a
file's path), no column of the report's verdict (no sheet has one) nor of the run's record; a header naming what it
counts ("Unit yang diperlukan", not "Bila selang memuat nol") and the minimum detectable difference without a causal
word; and who the 20 JP duty counts in the data's words everywhere ("PNS", or "PNS dan ASN yang statusnya tidak
tercatat"), as the key-figure sheet says it, while docs/hasil-json.md keeps the generic phrase."""

from __future__ import annotations

import io
import re
from pathlib import Path

import openpyxl
import pytest

from evalasn.analysis.contract import walk
from evalasn.report.formats import workbook, workbook_names
from evalasn.report.words import phrases
from evalasn.report.words.text import label
from tests.unit.test_workbook_reader import BUILT, ESTIMATE, _hasil

COSTED = "anggaran_vs_peningkatan.biaya_per_poin[]"
# who the 20 JP duty counts in words true of any data (contract.doc.COUNTED_PNS): docs/hasil-json.md's, no workbook's
GENERIC = ("PNS (dan ASN tanpa status)", "PNS (and ASN without a status)")
QUOTED = re.compile(r"“([^”]+)”")
NONE = {"teks": "", "dipilih": False, "n_kegiatan": 887, "penugasan": "observasional", "penjamin": ""}
DECLARED = {"teks": "layanan prima", "dipilih": True, "n_kegiatan": 64, "tema_cocok": ["layanan prima"],
            "penugasan": "acak", "penjamin": "Bidang Evaluasi"}
EFFECT = {**ESTIMATE, "estimasi": 1.2, "ci_bawah": -0.8, "ci_atas": 3.2, "efek_minimum_terdeteksi": 2.9,
          "unit_untuk_estimasi_ini": 64}


def _cost_row(method: str, gain_rata: float | None = None) -> dict:
    row = {"metode": method, "estimasi": 150000.0, "ci_bawah": 90000.0, "ci_atas": 240000.0, "n": 539,
           "cukup_data": True, "n_kegiatan": 26, "kegiatan_tanpa_biaya": 1, "rata_gain": 10.31,
           "biaya_per_peserta_rp": 1500000.0}
    return {**row, "gain_rata": gain_rata} if gain_rata is not None else row


def _book(lang: str, intervention: dict = NONE, unknown: int = 0):
    hasil = _hasil()
    hasil["pelaksanaan"]["jp_20"].update({
        "keseluruhan": {**ESTIMATE, "jumlah": 73}, "rata_jp": 31.2, "n_pns": 120, "n_status_tidak_diketahui": unknown,
        "rata_jp_asn": {**ESTIMATE, "estimasi": 31.2, "ci_bawah": 28.0, "ci_atas": 34.4, "sd": 12.0},
        "per_golongan": [{"golongan_ruang": "III", **ESTIMATE}, {"golongan_ruang": "IV", **ESTIMATE}]})
    hasil["pelaksanaan"]["jp_20"]["unit_terendah"][0].update({"persen_memenuhi": 41.7, "rata_jp": 12.5})
    hasil["level4_hasil"]["did_ikm"] = {
        "tersedia": True, "intervensi": intervention, "efek": EFFECT,
        "putusan": {"boleh_kausal": False, "kode_alasan": ["intervensi_tidak_dipilih", "selang_memuat_nol"]}}
    hasil["level4_hasil"]["ikm_per_periode"] = [
        {"periode": period, **ESTIMATE, "estimasi": 80.1, "kategori": "B", "label": "Baik",
         "unsur": {"u1": 3.2, "u2": 3.1}} for period in ("2025-S1", "2025-S2")]
    withheld = {**_cost_row("mentoring"), "estimasi": None, "cukup_data": False, "alasan": "kegiatan_kurang"}
    hasil["anggaran_vs_peningkatan"] = {"biaya_per_poin": [_cost_row("seminar", 10.4), _cost_row("pelatihan"),
                                                           withheld]}
    hasil["pelaksanaan"]["cakupan_unit_terendah"] = [{"dinas": "kesehatan", "unit_kerja": "Puskesmas 2", "n": 14},
                                                     {"dinas": "kesehatan", "unit_kerja": "Puskesmas 3", "n": 15}]
    return openpyxl.load_workbook(io.BytesIO(workbook.build(hasil, lang, BUILT)))


def _definitions(book) -> dict[str, list[str]]:
    """Each name of the definitions sheet (a table's or a column's) with its meanings."""
    defined: dict[str, list[str]] = {}
    for row in list(book.worksheets[-1].iter_rows(values_only=True))[1:]:
        defined.setdefault(row[0], []).append(row[1])
    return defined


def _headers(book, title: str) -> list[str]:
    """The header row under the table named ``title``, on whichever sheet holds it (not the contents sheet)."""
    for sheet in book.worksheets[1:-1]:
        rows = list(sheet.iter_rows(values_only=True))
        for index, row in enumerate(rows[:-1]):
            if row and row[0] == title:
                return [str(cell) for cell in rows[index + 1] if cell is not None]
    raise AssertionError(f"no table {title!r}")


def _cells(book) -> list[str]:
    return [cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row
            if isinstance(cell, str)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_cost_per_point_definition_names_the_headers_its_sheet_shows(lang):
    """“n”, “Jumlah kegiatan” and “Rata-rata kenaikan nilai” were named beside headers reading "Peserta bernilai di
    kegiatan dengan biaya tercatat", "Kegiatan dengan biaya tercatat" and "Rata-rata kenaikan nilai di …"."""
    book = _book(lang)
    which = 0 if lang == "id" else 1
    title = workbook_names.object_name(COSTED, lang)
    headers = _headers(book, title)
    [meaning] = _definitions(book)[title]
    costed = [workbook_names.PATH_COLUMN_NAMES[COSTED, key][which] for key in ("n", "n_kegiatan", "rata_gain")]
    assert all(f"“{name}”" in meaning and name in headers for name in costed), (meaning, headers)
    generic = [workbook_names.COLUMN_NAMES[key][which] for key in ("n", "n_kegiatan", "rata_gain")]
    assert not [name for name in generic if f"“{name}”" in meaning], meaning
    # the column shown in that table alone names its sibling as that table heads it
    [gain_rata] = _definitions(book)[workbook_names.column_name("gain_rata", "", lang)]
    assert f"“{costed[2]}”" in gain_rata and f"“{generic[2]}”" not in gain_rata, gain_rata


@pytest.mark.parametrize("intervention", [NONE, DECLARED], ids=["none", "declared"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_declared_intervention_is_defined_as_its_table_shows_it(lang, intervention):
    """The definition listed “Jumlah kegiatan” (matching activities, every agency and year), a column no sheet shows,
    and gave the settings as a path, "config/intervensi.yml atau parameter model"."""
    book = _book(lang, intervention)
    defined = _definitions(book)
    title = workbook_names.object_name(workbook.DECLARED, lang)
    [meaning] = defined[title]
    texts = [meaning, *defined[workbook_names.column_name("teks", "", lang)]]
    if intervention["dipilih"]:
        texts += defined[workbook_names.column_name("penjamin", "", lang)]
    assert not [text for text in texts if re.search(r"config/|\.yml|parameter model|model parameter", text)], texts
    settings = "pengaturan evaluasi" if lang == "id" else "the evaluation's settings"
    assert all(settings in text for text in texts), texts
    count = workbook_names.column_name("n_kegiatan", "", lang)
    assert f"“{count}”" not in meaning and count not in _headers(book, title)
    if intervention["dipilih"]:  # every column it names is one its table shows
        headers = _headers(book, title)
        assert set(QUOTED.findall(meaning)) <= set(headers), (meaning, headers)
    else:  # the text's cell says none was declared, and so does its definition
        assert f"“{workbook.NONE_DECLARED[0 if lang == 'id' else 1]}”" in texts[1], texts[1]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_definition_names_a_column_of_the_verdict_or_the_run_record(lang):
    """“syarat laporan untuk kata sebab-akibat” (the verdict, `putusan`) and “Alasan belum disebut efek” (its codes)
    were named as columns, and the run's record (`provenans.data`, “Catatan tahap pembersihan”) in the agency
    column's meaning: no sheet shows any of them."""
    book = _book(lang)
    cells = _cells(book)
    unshown = {workbook_names.object_name("level4_hasil.did_ikm.putusan", lang),
               workbook_names.column_name("kode_alasan", "", lang),
               workbook_names.object_name("provenans.data", lang)}
    assert not unshown & set(cells[:-1]) - {None}  # no sheet shows them ...
    definitions = [text for texts in _definitions(book).values() for text in texts]
    quoted = {name for text in definitions for name in QUOTED.findall(text)}
    assert not unshown & quoted, unshown & quoted  # ... and no definition names them as a column
    effect = _definitions(book)[workbook_names.object_name("level4_hasil.did_ikm.efek", lang)][0]
    rule = workbook_names.OBJECT_NAMES["putusan"][0 if lang == "id" else 1]
    assert rule in effect, effect  # the rule in words
    comparison = _definitions(book)[workbook_names.object_name("level4_hasil.did_ikm", lang)][0]
    assert not re.search(r"putusan|verdict|sebab-akibat\)|causal word\)", comparison), comparison
    reason = _definitions(book)[workbook_names.column_name("alasan", "", lang)][0]
    assert not re.search(r"belum boleh disebut efek|may not yet be called an effect", reason), reason  # its codes
    assert re.search(r"; di biaya per poin: |; in cost per point: ", reason), reason  # the clause after them kept
    agency = _definitions(book)[workbook_names.column_name("dinas", "", lang)][0]
    assert agency in ("Slug dinas.", "Agency slug."), agency


@pytest.mark.parametrize("lang", ["id", "en"])
def test_units_needed_is_headed_by_what_it_counts_and_the_minimum_difference_has_no_causal_word(lang):
    book = _book(lang)
    headers = _headers(book, workbook_names.object_name("level4_hasil.did_ikm.efek", lang))
    needed = ("Unit yang diperlukan (bila rentang keyakinan 95% memuat nol)",  # the report's term (LOOK23 Z-5)
              "Units needed (when the 95% CI includes zero)")
    assert needed[0 if lang == "id" else 1] in headers, headers
    assert not [header for header in headers if header.startswith(("Bila selang", "When the interval"))], headers
    defined = _definitions(book)
    minimum = workbook_names.column_name("efek_minimum_terdeteksi", "", lang)
    texts = [*defined[minimum], *defined[needed[0 if lang == "id" else 1]]]
    assert not [text for text in texts if re.search(r"\b(?:efek|effect)", text, re.I)], texts
    assert f"“{minimum}”" in texts[1], texts[1]  # the units needed name the difference as its header does


@pytest.mark.parametrize("unknown", [0, 7], ids=["pns-only", "with-unknown-status"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_20_jp_duty_counts_whom_the_data_hold_in_every_name_and_definition(lang, unknown):
    """The key-figure sheet says "PNS" (or "PNS dan ASN yang statusnya tidak tercatat" where the data have such staff);
    the definitions and the mean-JP table's name said "PNS (dan ASN tanpa status)" in every workbook."""
    book = _book(lang, unknown=unknown)
    cells = _cells(book)
    generic = GENERIC[0 if lang == "id" else 1]
    assert not [cell for cell in cells if generic in cell]
    counted = phrases.counted_pns_words(bool(unknown), lang)
    title = ("Rata-rata JP per " if lang == "id" else "Mean JP per ") + counted
    assert cells.count(title) >= 3, title  # the table's name on its sheet, on the contents sheet and defined
    defined = _definitions(book)
    for path in ("pelaksanaan.jp_20.keseluruhan", "pelaksanaan.jp_20.rata_jp_asn", "pelaksanaan.jp_20.per_golongan[]",
                 "pelaksanaan.jp_20.unit_terendah[]"):
        meanings = defined[workbook_names.object_name(path, lang).replace(generic, counted)]
        assert [text for text in meanings if f"{counted} " in text or f"{counted}." in text], meanings
    if not unknown:
        assert not [cell for cell in cells if re.search(r"tanpa status\)|without a status\)|statusnya tidak", cell)]
    # docs/hasil-json.md keeps the phrase true of any data
    docs = (Path(__file__).parents[2] / "docs" / "hasil-json.md").read_text(encoding="utf-8")
    assert f"rata-rata JP per {GENERIC[0]}" in docs and f"mean JP per {GENERIC[1]}" in docs


@pytest.mark.parametrize("lang", ["id", "en"])
def test_objects_inside_a_lists_rows_are_named_as_their_headers_begin(lang):
    """The converted IKM per period named its element means “Rata-rata tiap unsur u1–u9 pada periode itu”: the sheet
    heads them "Rata-rata unsur: U1 Persyaratan"."""
    book = _book(lang)
    title = workbook_names.object_name("level4_hasil.ikm_per_periode[]", lang)
    headers = _headers(book, title)
    [meaning] = _definitions(book)[title]
    shown = set(headers) | {header.split(": ", 1)[0] for header in headers}
    assert set(QUOTED.findall(meaning)) <= shown, (meaning, headers)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_definitions_name_last_years_plan_rows_and_this_agencys_gap_as_the_workbook_shows_them(lang):
    """“ID baris rencana tindak lanjut” was no header (the plan sheets say "ID baris (tetap)"); an agency's gap from
    the province mean was "Seperti “BLUP efek dinas”", a column of the province's workbook only."""
    doc = walk.object_docs()["rencana_tahun_lalu"]
    said = workbook_names.definition_text(doc.id if lang == "id" else doc.en, lang, near="rencana_tahun_lalu")
    assert f"“{label('rtl_id', lang)}”" in said, said
    own, province = (walk.object_docs()[path] for path in ("pooling.dinas_ini.selisih_rata",
                                                         "pooling.per_dinas[].selisih_rata"))
    assert own == province and "per_dinas" not in own.id + own.en
