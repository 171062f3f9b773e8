"""The documents written from code: the raw data contract and the meaning of hasil.json.

hasil.json is documented where it is declared, in the typed contract (evalasn.analysis.contract:
a Doc on every field that holds an object, one Doc per leaf name in contract/fields.py);
``render_hasil_markdown`` lays it out as docs/hasil-json.md and ``docs_schema`` as its JSON
Schema. ``write_all`` (``make docs``) writes those and docs/kontrak-data.md, docs/data-contract.md
(from evalasn.schema). tests/unit/test_docs.py checks that the types document every part of real
hasil.json files and that the committed documents equal what this module generates.
"""

from __future__ import annotations

from pathlib import Path

from evalasn import constants
from evalasn.analysis import results
from evalasn.analysis.contract import walk
from evalasn.analysis.contract.doc import CONF, UNITS, Doc
from evalasn.analysis.contract.fields import FIELDS
from evalasn.paths import CODE_ROOT

DOCS = CODE_ROOT / "docs"

# --- hasil-json.md --------------------------------------------------------------------------
def _minimums(id_: bool) -> list[tuple[str, str]]:
    """(name of a minimum in constants.py, what it applies to)."""
    if id_:
        return [
            ("MIN_N", "rata-rata, proporsi, perubahan berpasangan level 2, biaya per poin (peserta); unit "
                               "di `unit_terendah[]` (ASN)"),
            ("MIN_N_REGRESSION", "`per_10_poin_gain`, `gain_per_poin_resistensi`, model anggaran "
             f"(partisipasi; juga ≥ {constants.MIN_ACTIVITIES_REGRESSION} kegiatan dan biaya yang bervariasi)"),
            ("MIN_RESPONDENTS_UNIT", "IKM per periode dan per unit, rata-rata unsur (responden)"),
            ("MIN_UNITS_PER_ARM", "DiD: unit dilatih dan unit pembanding masing-masing (dan kedua "
                                                       "periode ada)"),
            ("MIN_ACTIVITIES_COST", "`biaya_per_poin[]`: kegiatan per metode (dan total "
                                                           "peningkatan > 0)"),
            ("MIN_GROUPS_POOLING", "pooling: dinas; di bawahnya `metode` = \"tanpa_pooling\" "
                                                         "dan `pooled` = `mentah`"),
            ("MIN_CLUSTERS", "kenaikan nilai: kegiatan untuk selang berkelompok per kegiatan; unsur SKM: unit layanan "
                             "(di bawahnya rata-rata tanpa selang, tidak ada temuan)"),
        ]
    return [
        ("MIN_N", "means, shares, level-2 paired change, cost per point (participants); units in "
                           "`unit_terendah[]` (ASN)"),
        ("MIN_N_REGRESSION", "`per_10_poin_gain`, `gain_per_poin_resistensi`, the budget model "
         f"(participations; also ≥ {constants.MIN_ACTIVITIES_REGRESSION} activities and a cost that varies)"),
        ("MIN_RESPONDENTS_UNIT", "IKM per period and per unit, element means (respondents)"),
        ("MIN_UNITS_PER_ARM", "DiD: trained and comparison units, each (and both periods "
                                                   "present)"),
        ("MIN_ACTIVITIES_COST", "`biaya_per_poin[]`: activities per method (and a total gain "
                                                       "> 0)"),
        ("MIN_GROUPS_POOLING", "pooling: dinas; below it `metode` = \"tanpa_pooling\" and "
                                                     "`pooled` = `mentah`"),
        ("MIN_CLUSTERS", "gain: activities for an interval clustered by activity; SKM element: service units "
                         "(below it a mean without an interval, no finding)"),
    ]


def _intro(id_: bool) -> list[str]:
    decimals = results.FLOAT_DECIMALS
    if id_:
        return [
            "### Berkas", "",
            "Tahap model (`make model`, `src/evalasn/analysis/model.py`) menulis satu "
            "`reports/<kode dinas>/_build/hasil-<tahun>.json` per tahun evaluasi (tahun lain tidak ditimpa) "
            "untuk setiap dinas dan untuk `provinsi` (semua dinas bersama), hanya dari `data/processed/`. Laporan "
            "dan indeks dibuat dari berkas ini saja; setiap laporan menerbitkan salinan yang dipakainya sebagai "
            "`reports/<kode dinas>/hasil-<tahun>.json`, dipindahkan bersama PDF, DOCX dan XLSX-nya sebagai satu set. "
            "Berkas tidak memuat stempel waktu: data, kode dan parameter "
            f"yang sama menghasilkan byte yang sama. Angka dibulatkan {decimals} desimal; nilai tak hingga atau "
            f"NaN ditulis null. `versi_skema` = {results.SCHEMA_VERSION}; versi lain ditolak saat dibaca.", "",
            "Untuk satu dinas: ASN, partisipasi, SKM, kinerja unit dan anggaran adalah milik dinas itu (partisipasi "
            "menurut dinas peserta), kegiatan adalah yang diselenggarakan dinas itu. Kunci `perbandingan_dinas`, "
            "`level2_pembelajaran.per_dinas` dan `pooling.per_dinas` hanya ada di berkas provinsi; "
            "`pooling.dinas_ini` dan `pooling.jumlah_dinas` hanya di berkas dinas.", "",
            "### Konvensi estimasi", "",
            "Setiap angka hasil analisis adalah objek estimasi `{\"n\", \"estimasi\", \"ci_bawah\", \"ci_atas\", "
            "\"p\", \"cukup_data\"}`, kadang dengan kunci tambahan (`sd`, `jumlah`, `d_z`, ...). Arti dan satuan "
            f"`estimasi`, `ci_bawah` dan `ci_atas` tertulis pada objeknya di tabel objek; selangnya {CONF} (selang "
            "t untuk rata-rata, t berkelompok per kegiatan untuk peningkatan nilai level 2, Wilson untuk proporsi, "
            "galat baku cluster atau robust untuk koefisien regresi, bootstrap untuk biaya per poin, varians galat "
            "prediksi model campuran untuk estimasi pooled). `p` hanya ada bila ada uji terhadap "
            "nol.", "",
            "### Tidak cukup data", "",
            "Di bawah jumlah minimum (`src/evalasn/constants.py`) sebuah estimasi tetap menyimpan `n`, tetapi "
            "`cukup_data` bernilai false dan `estimasi`, `ci_bawah`, `ci_atas`, `p` (serta kunci tambahan "
            "numeriknya) bernilai null; laporan menulis \"tidak cukup data\" dan tidak pernah menampilkan angka "
            "dari derau.", "",
            "| batas | nilai | berlaku untuk |", "|---|---|---|",
        ]
    return [
        "### The file", "",
        "The model stage (`make model`, `src/evalasn/analysis/model.py`) writes one "
        "`reports/<kode dinas>/_build/hasil-<tahun>.json` per evaluated year (other years are not overwritten) for "
        "every dinas and for `provinsi` (all dinas together), from `data/processed/` only. Reports and the index are "
        "built from these files alone; each report publishes the copy it was built from as "
        "`reports/<kode dinas>/hasil-<tahun>.json`, moved in with its PDF, DOCX and XLSX as one set. "
        "A file has no timestamp: the same data, code and parameters give the same "
        f"bytes. Numbers are rounded to {decimals} decimals; infinite or NaN values are written as null. "
        f"`versi_skema` = {results.SCHEMA_VERSION}; other versions are refused when read.", "",
        "For one dinas: ASN, participations, SKM, unit indicators and budget are the dinas's own (participations "
        "by the participant's dinas), activities are those it organised. The keys `perbandingan_dinas`, "
        "`level2_pembelajaran.per_dinas` and `pooling.per_dinas` exist in the province file only; "
        "`pooling.dinas_ini` and `pooling.jumlah_dinas` in dinas files only.", "",
        "### The estimate convention", "",
        "Every analysed number is an estimate object `{\"n\", \"estimasi\", \"ci_bawah\", \"ci_atas\", \"p\", "
        "\"cukup_data\"}`, sometimes with extra keys (`sd`, `jumlah`, `d_z`, ...). The meaning and unit of "
        "`estimasi`, `ci_bawah` and `ci_atas` are given with the object in the objects table; the interval is "
        f"{CONF} (t interval for means, t clustered by activity for the level-2 gain, Wilson for shares, "
        "clustered or robust standard errors for regression coefficients, bootstrap for cost per point, the "
        "mixed model's prediction-error variance for pooled estimates). `p` is given only where there "
        "is a test against zero.", "",
        "### Too few data (\"tidak cukup data\")", "",
        "Below the minimum number (`src/evalasn/constants.py`) an estimate keeps `n`, but `cukup_data` is false and "
        "`estimasi`, `ci_bawah`, `ci_atas`, `p` (and its numeric extra keys) are null; reports write \"tidak cukup "
        "data\" and never show a number made of noise.", "",
        "| limit | value | applies to |", "|---|---|---|",
    ]


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _doc_text(doc: Doc | None, lang_index: int) -> str:
    return "" if doc is None else _cell((doc.id, doc.en)[lang_index])


def _unit(doc: Doc | None, lang_index: int) -> str:
    return _cell(UNITS[doc.unit if doc else "-"][lang_index])


def _section(lang: str) -> list[str]:
    id_ = lang == "id"
    lang_index = 0 if id_ else 1
    places = walk.objects()
    lines = ["## Bahasa Indonesia" if id_ else "## English", "", *_intro(id_)]
    lines += [f"| `{name}` | {getattr(constants, name)} | {_cell(use)} |" for name, use in _minimums(id_)]
    free = ", ".join(f"`{p.path}`" for p in places if p.cls is None)
    lines += ["", "### Objek" if id_ else "### Objects", "",
              (f"Jalur bertitik; `[]` = setiap elemen daftar. Kunci objek {free} adalah data (bukan nama tetap) dan "
               "dijelaskan pada objeknya. Kolom tipe: TypedDict-nya di `src/evalasn/analysis/contract/`." if id_ else
               f"Dotted paths; `[]` = every element of a list. The keys of {free} are data (not fixed names) and are "
               "described with the object. The type column: its TypedDict in `src/evalasn/analysis/contract/`."), "",
              "| objek | arti | satuan | tipe |" if id_ else "| object | meaning | unit | type |", "|---|---|---|---|"]
    lines += [f"| `{place.path}` | {_doc_text(place.doc, lang_index)} | {_unit(place.doc, lang_index)} | "
              f"{f'`{place.cls.__name__}`' if place.cls else ''} |" for place in places]
    lines += ["", "### Nama field" if id_ else "### Field names", "",
              ("Setiap kunci daun, menurut namanya (arti yang sama di setiap objek)." if id_ else
               "Every leaf key, by name (the same meaning in every object)."), "",
              "| field | arti | satuan |" if id_ else "| field | meaning | unit |", "|---|---|---|"]
    lines += [f"| `{name}` | {_doc_text(FIELDS[name], lang_index)} | {_unit(FIELDS[name], lang_index)} |"
              for name in sorted(FIELDS)]
    return lines + [""]


def render_hasil_markdown(lang: str = "id,en") -> str:
    """docs/hasil-json.md: one section per language of ``lang`` ("id", "en" or "id,en")."""
    lines = [
        "# Isi hasil.json / What hasil.json contains", "",
        "<!-- Dibuat dari src/evalasn/analysis/contract/ oleh `make docs` (src/evalasn/docs.py); jangan disunting "
        "langsung. / Generated from src/evalasn/analysis/contract/ by `make docs` (src/evalasn/docs.py); do not edit "
        "by hand. -->", "",
    ]
    for code in lang.split(","):
        lines += ["---", "", *_section(code.strip())]
    return "\n".join(lines)


# --- writing ----------------------------------------------------------------------------------
def generated() -> dict[str, str]:
    """File name in docs/ -> the content the code generates now."""
    from evalasn import docs_contract, docs_schema

    return {
        "hasil-json.schema.json": docs_schema.render(),
        "kontrak-data.md": docs_contract.render_contract_markdown("id"),
        "data-contract.md": docs_contract.render_contract_markdown("en"),
        "hasil-json.md": render_hasil_markdown("id,en"),
    }


def write_all() -> list[Path]:
    """Write every generated document into docs/ (a file is rewritten only when it changed)."""
    DOCS.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in generated().items():
        path = DOCS / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
