"""The data-quality log of the cleaning stage, in the reader's language.

The cleaning stage writes its notes in Bahasa Indonesia (data/processed/log_kualitas.json). The
English report translates them here, one rule per kind of note the ingest layer writes (a note
is one sentence or several joined by '; '), with the counts in English number format
('3.999 baris dibaca' -> '3,999 rows read'). A note no rule knows is shown as written, so nothing
is lost; tests/unit/test_quality_notes.py runs the cleaning stage on messy input and checks that
every note it writes has an English rule.
"""

from __future__ import annotations

import re

from evalasn import schema
from evalasn.report.words import fmt

COUNT = r"(\d{1,3}(?:\.\d{3})+|\d+)"  # a count as the cleaning stage writes it: '3.999', '960'

LEAVERS = (rf"{COUNT} baris peserta \({COUNT} NIP\) tidak ada di ekspor pegawai akhir tahun \(pindah atau pensiun "
           r"selama tahun berjalan\?\): dihitung untuk angka kegiatan \(nilai, reaksi, biaya per poin\), tidak untuk "
           r"cakupan dan 20 JP")
LEAVERS_EN = ("{0} participant rows ({1} NIPs) missing from the year-end staff export (moved or retired during the "
              "year?): counted for the activity figures (scores, reaction, cost per point), not for coverage and 20 JP")

# (pattern of a whole note or of one '; '-separated part, English template); {0}, {1}... are the
# groups, counts re-formatted.
RULES: list[tuple[str, str]] = [
    (rf"{COUNT} baris dibaca, {COUNT} baris diproses", "{0} rows read, {1} rows processed"),
    (r"tabel opsional tidak ada; bagian laporannya dilewati",
     "optional table absent; its part of the report is left out"),
    (rf"{COUNT} baris punya nilai_post tanpa nilai_pre: dipakai untuk level 1 dan 3, tidak untuk peningkatan nilai",
     "{0} rows have nilai_post without nilai_pre: used for levels 1 and 3, not for score gains"),
    (rf"{COUNT} kegiatan tanpa peserta: biaya per peserta tidak dihitung",
     "{0} activities without participants: no cost per participant computed"),
    (rf"PERINGATAN: {COUNT} kegiatan beranggaran tanpa baris peserta \((.+?)\): anggarannya dihitung di Tabel 4 dan "
     r"dalam biaya metodenya, tetapi tidak ada peserta yang dinilai; periksa apakah daftar pesertanya tidak ikut "
     r"diekspor",
     "WARNING: {0} activities with a budget but no participant row ({1}): their budget counts in Table 4 and in "
     "their method's cost, but nobody in them was scored; check whether their participant list was left out of the "
     "export"),
    (rf"{COUNT} sel kosong \(boleh kosong\); dibiarkan kosong", "{0} empty cells (allowed); left empty"),
    (r"kolom opsional '(.+?)' tidak ada; dianggap kosong", "optional column '{0}' absent; taken as empty"),
    (r"kolom di luar kontrak diabaikan \(tidak diproses dan tidak dilaporkan\): (.*)",
     "columns outside the data contract ignored (neither processed nor reported): {0}"),
    (rf"{COUNT} angka berformat Indonesia \(titik ribuan, koma desimal\) dibaca sebagai angka",
     "{0} numbers in Indonesian format (thousands point, decimal comma) read as numbers"),
    (rf"{COUNT} tanggal berformat DD/MM/YYYY", "{0} dates in DD/MM/YYYY form"),
    (rf"{COUNT} tanggal berupa nomor seri Excel", "{0} dates as Excel serial numbers"),
    (rf"{COUNT} NIP ditulis dengan spasi, titik atau tanda hubung; dirapikan",
     "{0} NIPs written with spaces, points or hyphens; tidied"),
    (rf"{COUNT} nama dinas ditulis dengan ejaan lain; diganti dengan slug registri",
     "{0} agency names spelled another way; replaced by the registry slug"),
    (rf"{COUNT} nilai ditulis dengan huruf atau ejaan lain; diseragamkan",
     "{0} values written in other letter case or spelling; made uniform"),
    (rf"{COUNT} periode ditulis dalam bentuk lain; diseragamkan", "{0} periods written in another form; made uniform"),
    (r'file berkode UTF-16 \("Teks Unicode" dari Excel\); dibaca sebagai UTF-16',
     'file encoded as UTF-16 (Excel\'s "Unicode Text"); read as UTF-16'),
    (r"tanda BOM UTF-8 di awal file diabaikan", "UTF-8 byte-order mark at the start of the file ignored"),
    (r"file bukan UTF-8", "file not in UTF-8"),
    (rf"dibaca sebagai Windows-1252 \(Latin-1\): {COUNT} baris berisi huruf beraksen atau simbol, periksa ejaannya",
     "read as Windows-1252 (Latin-1): {0} rows hold accented letters or symbols, check their spelling"),
    (rf"{COUNT} baris berisi byte yang tidak terbaca, diganti dengan '(.)'",
     "{0} rows hold unreadable bytes, replaced by '{1}'"),
    (r"pemisah kolom koma ',' \(bukan koma\)", "column separator comma ','"),
    (r"pemisah kolom titik koma ';' \(bukan koma\)", "column separator semicolon ';' (not a comma)"),
    (r"pemisah kolom tab \(bukan koma\)", "column separator tab (not a comma)"),
    (r"angka dibaca dengan koma desimal format Indonesia", "numbers read with the Indonesian decimal comma"),
    (rf"{COUNT} blok sel gabungan \(merged cells\) diisi dengan nilainya di setiap sel",
     "{0} blocks of merged cells filled with their value in every cell"),
    (rf"baris judul ditemukan di baris {COUNT}", "header row found at row {0}"),
    (r"baris di atasnya diabaikan", "the rows above it ignored"),
    (rf"{COUNT} judul kolom ditulis dengan huruf besar, spasi atau tanda hubung", "{0} column headers written with "
                                                                            "capitals, spaces or hyphens"),
    (r"diseragamkan: (.*)", "made uniform: {0}"),
    (rf"{COUNT} kolom tanpa judul dan tanpa isi diabaikan", "{0} columns without header or content ignored"),
    (rf"{COUNT} baris kosong diabaikan", "{0} empty rows ignored"),
    (r"(.+?): bukan tabel kontrak data \(nama yang dikenal: (.*)\)", "{0}: not a table of the data contract (known "
                                                                     "names: {1})"),
    (r"(.+?): tidak ada sheet bernama tabel kontrak data \((.*)\)", "{0}: no sheet named after a table of the data "
                                                                    "contract ({1})"),
    (r"file diabaikan", "file ignored"),
    # --- exports read through data/raw/pemetaan.yml, other column names, export labels (issue 11) ---
    (rf"{COUNT} nilai ditulis dengan label ekspor", "{0} values written as export labels"),
    (rf"{COUNT} nilai ditulis dengan huruf atau ejaan lain", "{0} values written in other letter case or spelling"),
    (r"dibaca sebagai nilai kontrak: (.*)", "read as contract values: {0}"),
    (r"diseragamkan", "made uniform"),
    (rf"{COUNT} sel berisi penanda kosong \((.*)\)", "{0} cells hold an empty-cell marker ({1})"),
    (r"dibaca sebagai kosong", "read as empty"),
    (rf"{COUNT} tanggal dengan nama bulan \(mis\. 6 Januari 2025, 06-Jan-2025\)",
     "{0} dates with month names (e.g. 6 Januari 2025, 06-Jan-2025)"),
    (rf"{COUNT} kolom dikenali dari nama lainnya: (.*)", "{0} columns recognised by another name: {1}"),
    (r"kolom '(.+?)' \(nama lain untuk '(.+?)'\) diabaikan: kolom '(.+?)' sudah ada",
     "column '{0}' (another name for '{1}') ignored: column '{2}' is present"),
    (rf"{COUNT} kolom dibaca menurut pemetaan: (.*)", "{0} columns read as the mapping says: {1}"),
    (r"kolom diabaikan menurut pemetaan: (.*)", "columns ignored as the mapping says: {0}"),
    (rf"kolom '(.+?)' tidak ada di file; diisi '(.+?)' untuk semua {COUNT} baris menurut pemetaan",
     "column '{0}' absent from the file; filled with '{1}' in all {2} rows as the mapping says"),
    (rf"{COUNT} nilai diganti menurut pemetaan", "{0} values replaced as the mapping says"),
    (r"(.+?): sheet (.+) bukan tabel kontrak", "{0}: sheet {1} is no contract table"),
    (r"diabaikan", "ignored"),
    (r"(.+?): tidak ada sheet bernama tabel kontrak data \((.*)\) atau yang dipetakan di pemetaan\.yml",
     "{0}: no sheet named after a table of the data contract ({1}) or mapped in pemetaan.yml"),
    (r"(.+?): diabaikan menurut pemetaan", "{0}: ignored as the mapping says"),
    (rf"{COUNT} baris contoh dari templat \(make templat\) diabaikan", "{0} example rows of the template (make "
                                                                      "templat) ignored"),
    # --- warnings: a report section that a missing or empty column removes (issue 20) ---
    (rf"PERINGATAN: kolom (.+?): kolom ada tetapi kosong di semua {COUNT} baris: bagian laporan '(.+?)' tidak dapat "
     "dibuat", "WARNING: column {0}: present but empty in all {1} rows: report section '{2}' cannot be built"),
    (rf"PERINGATAN: kolom (.+?): kolom ada tetapi kosong di semua {COUNT} baris: kolom ini tidak menambah apa pun "
     "pada laporan", "WARNING: column {0}: present but empty in all {1} rows: it adds nothing to the report"),
    *((rf"PERINGATAN: tabel (.+?): tidak ada baris untuk {COUNT} dinas yang ada di tabel pegawai: (.+?); sehingga "
       rf"{re.escape(cost_id)}; {re.escape(schema.ABSENT_ASK[0])}",
       f"WARNING: table {{0}}: no rows for agencies of the staff table ({{1}}): {{2}}; so {cost_en}; "
       f"{schema.ABSENT_ASK[1]}")
      for cost_id, cost_en in schema.ABSENT_COSTS.values()),
    # a dinas with staff and nothing of the newest year (ingest.silent_year; the log keeps its first sentence); the
    # year is caught with its colon, so it is not printed as a count ('2,025')
    (rf"PERINGATAN: kolom (.+?): {COUNT} dinas ada di tabel pegawai tetapi tidak punya kegiatan, SKM atau anggaran "
     r"(\d{4}:) (.+)", "WARNING: column {0}: agencies of the staff table ({1}) with no activity, SKM answer or budget "
                       "row of {2} {3}"),
    (r"PERINGATAN: kolom (.+?): kolom opsional tidak ada: bagian laporan '(.+?)' tidak dibuat",
     "WARNING: column {0}: optional column absent: report section '{1}' not built"),
    (r"PERINGATAN: belum ada jawaban \(hanya baris judul\)", "WARNING: no answers yet (header row only)"),
    (r"PERINGATAN: belum ada baris data \(hanya baris judul\)", "WARNING: no data rows yet (header row only)"),
    # --- many files per table, staff who left during the year (issue 20) ---
    (rf"{COUNT} baris dibaca dari file ini", "{0} rows read from this file"),
    (rf"{COUNT} baris sama persis dengan baris di (.+?) \(kunci dan isi sama, mis\. ekspor yang tumpang tindih\); "
     r"dihitung sekali", "{0} rows identical to rows in {1} (same key and content, e.g. overlapping exports); "
                         "counted once"),
    (r"ekspor pegawai tahun \d{4}; daftar pegawai akhir tahun diambil dari (.+?) \(tahun \d{4}\); ekspor ini hanya "
     r"dipakai untuk mengenali peserta yang sudah pindah atau pensiun",
     "staff export of an earlier year; the year-end staff list is taken from {0}; this export only serves to "
     "recognise participants who moved or retired"),
    (LEAVERS + rf"; {COUNT} NIP di antaranya tidak ada di ekspor pegawai mana pun \(dinas lain, tahun lain\): "
     r"tercantum di daftar masalah", LEAVERS_EN + "; {2} of these NIPs are in no staff export (no other agency, "
                                                 "no other year): listed in the problem file"),
    (LEAVERS, LEAVERS_EN),
    # --- numbers, survey forms and national-system downloads as exports write them (issue 20) ---
    (rf"{COUNT} angka ditulis dengan tanda rupiah \(mis\. '(.*)'\)", "{0} numbers written with rupiah signs "
                                                                       "(e.g. '{1}')"),
    (r"tanda dibuang", "signs dropped"),
    (rf"{COUNT} angka ditulis dengan satuannya \(mis\. '(.*)'\)", "{0} numbers written with their unit (e.g. '{1}')"),
    (r"satuan dibuang", "unit dropped"),
    (rf"{COUNT} angka berformat Inggris \(koma ribuan, titik desimal, mis\. '(.*)'\) dibaca sebagai angka",
     "{0} numbers in English format (thousands comma, decimal point, e.g. '{1}') read as numbers"),
    (r"kolom data pribadi yang tidak diperlukan kontrak dibuang saat dibaca \(tidak diproses, tidak dilaporkan\): "
     r"(.*)", "personal-data columns the contract does not need dropped on reading (neither processed nor reported): "
              "{0}"),
    (r"kolom '(.+?)' diabaikan: kedudukan hukum \(mis\. Aktif, CLTN\), bukan status kepegawaian; status dibaca "
     r"dari jenis pegawai \(PNS/PPPK\)", "column '{0}' ignored: legal standing (e.g. Aktif, CLTN), not the employee "
                                         "type; status is read from the employee type (PNS/PPPK)"),
    (r"kolom '(.+?)' diabaikan: instansi \(mis\. Pemerintah Provinsi DKI Jakarta\), bukan dinas; dinas dari kolom "
     r"dinas atau konstan", "column '{0}' ignored: the employer (e.g. Pemerintah Provinsi DKI Jakarta), not the "
                           "agency; the agency comes from the dinas column or a constant"),
    (r"kolom '(.+?)' diabaikan: nama jabatan \(mis\. Pranata Komputer\), bukan jenis jabatan",
     "column '{0}' ignored: the position's name (e.g. Pranata Komputer), not the position type"),
    (rf"kolom 'responden_id' tidak ada; dibuat dari nama file dan nomor baris untuk {COUNT} responden "
     r"\(mis\. '(.*)'\)", "column 'responden_id' absent; made from the file name and row number for {0} "
                          "respondents (e.g. '{1}')"),
    *((rf"{COUNT} tanggal dikelompokkan per {unit} \(mis\. '(.*)' → (.+)\)",
       f"{{0}} dates binned per {english} (e.g. '{{1}}' → {{2}})")
      for unit, english in (("semester", "half-year"), ("triwulan", "quarter"), ("bulan", "month"),
                            ("tahun", "year"))),
    (rf"{COUNT} jawaban berupa label kuesioner PermenPAN-RB 14/2017 dibaca sebagai skor 1–4 \(mis\. '(.*)' → "
     r"([1-4])\)", "{0} answers written as the questionnaire labels of PermenPAN-RB 14/2017 read as scores 1–4 "
                   "(e.g. '{1}' → {2})"),
    (rf"{COUNT} golongan PPPK \(mis\. '(.*)', golongan I–XVII Perpres 98/2020\) dibaca sebagai kosong: kontrak "
     r"memuat golongan ruang PNS", "{0} PPPK grades (e.g. '{1}', grades I–XVII of Perpres 98/2020) read as blank: the "
                                   "contract holds PNS ranks"),
    (rf"{COUNT} tanggal ditulis bulan/hari/tahun \(format Amerika: tidak ada angka pertama di atas 12, ada angka "
     r"kedua di atas 12\)", "{0} dates written month/day/year (American format: no first number above 12, some "
                            "second number above 12)"),
    (r"dibaca bulan lebih dulu", "read month first"),
    (r"label unsur lain \((.*)\)", "labels of another element ({0})"),
    (r"periksa pemetaan kolomnya", "check the mapping of this column"),
]
COMPILED = [(re.compile(pattern), template) for pattern, template in RULES]
# the report sections a warning names, in English (declared beside their columns in the schema)
SECTIONS_EN = {c.section[0]: c.section[1] for t in schema.RAW.values() for c in t.columns if c.section}
COLUMN = re.compile(r"kolom '(.+?)': (.*)", re.S)
CONVERTED = re.compile(r"(.*) dikonversi", re.S)


def note(text: str, lang: str) -> str:
    """One quality-log note in ``lang`` (Indonesian notes keep their words; counts get the thousands
    point the cleaning stage does not always write: '6390 sel kosong' -> '6.390 sel kosong')."""
    if lang == "id":
        return _counts_id(text)
    translated = translate(text)
    return translated if translated is not None else text


def _counts_id(text: str) -> str:
    """The note with every count a rule knows in Indonesian format; anything else as written."""
    column = COLUMN.fullmatch(text)
    if column:
        return f"kolom '{column.group(1)}': {_counts_id(column.group(2))}"
    converted = CONVERTED.fullmatch(text)
    if converted:
        return f"{_counts_id(converted.group(1))} dikonversi"
    whole = _counts_rule(text)
    return whole if whole != text else "; ".join(_counts_rule(part) for part in text.split("; "))


def _counts_rule(text: str) -> str:
    for pattern, _ in COMPILED:
        match = pattern.fullmatch(text)
        if match:
            out, last = [], 0
            for index, group in enumerate(match.groups(), 1):
                if group is not None and re.fullmatch(COUNT, group):
                    out += [text[last:match.start(index)], fmt.integer(int(group.replace(".", "")), "id")]
                    last = match.end(index)
            return "".join(out) + text[last:]
    return text


def translate(text: str) -> str | None:
    """The English of a note, or None when some part of it has no rule."""
    column = COLUMN.fullmatch(text)
    if column:
        rest = translate(column.group(2))
        return None if rest is None else f"column '{column.group(1)}': {rest}"
    converted = CONVERTED.fullmatch(text)
    if converted:
        rest = translate(converted.group(1))
        return None if rest is None else f"{rest} converted"
    whole = _rule(text)
    if whole is not None:
        return whole
    parts = [_rule(part) for part in text.split("; ")]
    return None if any(p is None for p in parts) or len(parts) < 2 else "; ".join(p for p in parts if p)


def _rule(text: str) -> str | None:
    for pattern, template in COMPILED:
        match = pattern.fullmatch(text)
        if match:
            return template.format(*(SECTIONS_EN.get(g) or _count(g) for g in match.groups()))
    return None


def _count(group: str) -> str:
    """'3.999' -> '3,999'; anything that is not a count stays as it is."""
    if re.fullmatch(COUNT, group):
        return fmt.integer(int(group.replace(".", "")), "en")
    return group
