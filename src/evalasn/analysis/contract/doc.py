"""The documentation attached to the hasil.json types: ``Doc`` (meaning in Bahasa Indonesia, in
English, unit key of ``UNITS``), the units, and ``catalogue``, the one place a leaf name gets its
meaning.

An object of hasil.json is documented where a field holds it: ``Annotated[SomeType, Doc(...)]``
(its path, "a.b[].c", follows from where the field sits). A leaf (a number, text, flag or list of
them) is documented once by its name in the catalogue (contract/fields.py), the same meaning in
every object: a field declared with a leaf type carries no Doc of its own, so one name cannot be
given two meanings (a repeated name in the catalogue is a SyntaxError, a Doc on a catalogued leaf is
refused by contract/walk.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from evalasn import constants

CONF = f"{constants.CONFIDENCE:.0%}"
CATEGORIES = ", ".join(f"{letter} ≥ {lower:.2f}" for lower, letter, _, _ in constants.IKM_CATEGORIES[:-1])
# the categories' names, best first, in each language (constants.IKM_CATEGORIES; LOOK35b H-5)
CATEGORY_LABELS = {"id": ", ".join(label for _, _, label, _ in constants.IKM_CATEGORIES),
                   "en": ", ".join(english for _, _, _, english in constants.IKM_CATEGORIES)}
# who the 20 JP duty counts, in words true of any data (docs/hasil-json.md): the PNS, with the ASN whose status is not
# recorded (`n_status_tidak_diketahui`). A report's workbook says its data's words instead, as its key-figure sheet and
# the report do: "PNS" alone where the data have no such staff (report.formats.workbook_names.scope_words)
COUNTED_PNS = ("PNS (dan ASN tanpa status)", "PNS (and ASN without a status)")


@dataclass(frozen=True)
class Doc:
    """What a field means (Bahasa Indonesia, English) and the unit of its values (a key of UNITS)."""

    id: str
    en: str
    unit: str = "-"

    def __post_init__(self) -> None:
        if not (self.id.strip() and self.en.strip()):
            raise ValueError(f"Doc without a meaning in both languages: {self!r}")
        if self.unit not in UNITS:
            raise ValueError(f"Doc unit {self.unit!r} is not in contract.doc.UNITS")


def catalogue(**fields: Doc) -> dict[str, Doc]:
    """Leaf name -> its one meaning; keyword arguments, so a name given twice does not compile."""
    return fields


# unit key -> (label in Bahasa Indonesia, label in English)
UNITS: dict[str, tuple[str, str]] = {
    "-": ("—", "—"),
    "jumlah": ("cacah", "count"),
    "proporsi": ("proporsi 0–1", "share 0–1"),
    "persen": ("persen 0–100", "percent 0–100"),
    "poin_tes": ("poin skala tes 0–100", "points on the 0–100 test scale"),
    "skor_1_5": ("skor skala 1–5", "score on the 1–5 scale"),
    "skor_1_4": ("skor unsur SKM skala 1–4", "SKM element score on the 1–4 scale"),
    "ikm": ("poin IKM konversi 25–100", "converted IKM points 25–100"),
    "satuan_indikator": ("satuan indikator itu sendiri (seperti `kinerja_unit.nilai`)",
                         "the indicator's own unit (as in `kinerja_unit.nilai`)"),
    "rp": ("Rupiah", "Rupiah"),
    "rp_per_peserta": ("Rupiah per peserta", "Rupiah per participant"),
    "rp_per_poin": ("Rupiah per poin peningkatan nilai tes", "Rupiah per test point of gain"),
    "jp": ("JP (1 JP = 45 menit)", "JP (1 JP = 45 minutes)"),
    "poin_per_dobel": ("poin tes per penggandaan biaya per peserta",
                       "test points per doubling of cost per participant"),
    "poin_per_ln": ("poin tes per 1 satuan ln(biaya per peserta)", "test points per unit of ln(cost per participant)"),
    "poin_per_ln2": ("poin tes per satuan ln(biaya per peserta)²", "test points per unit of ln(cost per participant)²"),
    "perilaku_per_10": ("poin skor perilaku (1–5) per 10 poin peningkatan nilai tes",
                        "behaviour-score points (1–5) per 10 test points of gain"),
    "poin_per_resistensi": ("poin tes per 1 poin skor resistensi (1–5)",
                            "test points per point of resistance score (1–5)"),
    "lihat_objek": ("satuan objeknya (lihat tabel objek)", "the unit of its object (see the objects table)"),
    "probabilitas": ("probabilitas 0–1", "probability 0–1"),
    "sd_selisih": ("kelipatan simpangan baku selisih", "multiples of the SD of the differences"),
    "korelasi": ("koefisien −1 s.d. 1", "coefficient −1 to 1"),
    "koefisien": ("poin post-test per poin pre-test", "post-test points per pre-test point"),
    "sd_rata": ("kelipatan rata-rata simpangan baku pre dan post", "multiples of the mean of the pre and post SDs"),
    "varians_poin": ("poin tes²", "test points squared"),
    "boolean": ("true/false", "true/false"),
    "boolean_null": ("true/false/null", "true/false/null"),
    "teks": ("teks", "text"),
    "daftar_teks": ("daftar teks", "list of text"),
    "kode_periode": ("kode periode (YYYY, YYYY-S1, YYYY-Q1, YYYY-MM)", "period code (YYYY, YYYY-S1, YYYY-Q1, YYYY-MM)"),
    "tahun": ("tahun (YYYY)", "year (YYYY)"),
    "daftar_tahun": ("daftar tahun", "list of years"),
    "daftar_tanggal": ("dua tanggal YYYY-MM-DD", "two dates YYYY-MM-DD"),
    "peringkat": ("peringkat (1 = tertinggi)", "rank (1 = highest)"),
    "byte": ("byte", "bytes"),
    "hex": ("heksadesimal", "hexadecimal"),
    "bilangan_bulat": ("bilangan bulat", "integer"),
}
