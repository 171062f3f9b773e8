"""The raw data contract as Markdown (docs/kontrak-data.md, docs/data-contract.md), written by
`make docs` from the declarations in ``evalasn.schema``. No pipeline stage runs this module, so
editing it rebuilds only the documents (Makefile: CORE_SRC leaves docs*.py out)."""

from __future__ import annotations

from evalasn.schema import RAW
from evalasn.schema_aliases import IKM_LABELS


def render_contract_markdown(lang: str = "id") -> str:
    """The raw data contract as Markdown (docs/kontrak-data.md and docs/data-contract.md)."""
    id_ = lang == "id"
    lines = [
        "# Kontrak data mentah" if id_ else "# The raw data contract",
        "",
        "<!-- Dibuat dari src/evalasn/schema.py oleh `make docs`; jangan disunting langsung. -->" if id_ else
        "<!-- Generated from src/evalasn/schema.py by `make docs`; do not edit by hand. -->",
        "",
        ("Setiap tabel adalah `data/raw/<tabel>.csv` (UTF-8, pemisah koma, baris judul) atau sheet bernama "
         "`<tabel>` di file `.xlsx` dalam `data/raw/`. Tabel opsional yang tidak ada membuat bagian laporannya "
         "dilewati dengan catatan satu baris." if id_ else
         "Each table is `data/raw/<table>.csv` (UTF-8, comma-separated, header row) or a sheet named `<table>` "
         "in an `.xlsx` file in `data/raw/`. A missing optional table leaves its report section out with a "
         "one-line note."),
        "",
        ("Ekspor dengan nama file, sheet atau kolom lain (SIMPEG, SIMDIKLAT, LMS) dibaca lewat "
         "`data/raw/pemetaan.yml` ([docs/pemetaan.md](pemetaan.md); drafnya dibuat oleh `make pemetaan`). Kolom "
         "yang judulnya salah satu *nama lain* di bawah dikenali tanpa pemetaan (dicatat di log kualitas data); "
         "label ekspor di bawah setiap tabel dibaca sebagai nilai kontrak. `make templat` menulis templat .xlsx "
         "kosong dengan kolom-kolom ini." if id_ else
         "Exports with other file, sheet or column names (SIMPEG, SIMDIKLAT, LMS) are read through "
         "`data/raw/pemetaan.yml` ([docs/mapping.md](mapping.md); `make pemetaan` writes a draft). A column whose "
         "header is one of the *other names* below is recognised without a mapping (noted in the data-quality "
         "log); the export labels under each table are read as the contract values. `make templat` writes a "
         "blank .xlsx template with these columns."),
        "",
    ]
    for table in RAW.values():
        need = ("wajib" if table.required else "opsional") if id_ else ("required" if table.required else "optional")
        lines += [f"## `{table.name}` ({need})", "",
                  (f"Satu baris = {table.row_means}. Kunci unik: " if id_ else
                   f"One row = {table.row_means_en}. Unique key: ") + ", ".join(f"`{k}`" for k in table.key) + ".", ""]
        head = ("| kolom | wajib ada | arti | nilai yang diterima | nama lain di ekspor |" if id_ else
                "| column | must be present | meaning | accepted values | other names in exports |")
        lines += [head, "|---|---|---|---|---|"]
        for col in table.columns:
            present = ("ya" if col.required else "tidak") if id_ else ("yes" if col.required else "no")
            desc = col.description if id_ else col.description_en
            others = ", ".join(col.synonyms).replace("|", "/")
            lines.append(f"| `{col.name}` | {present} | {desc} | {col.expected(lang)} | {others} |")
        labelled = [col for col in table.columns if col.aliases]
        if labelled:
            lines += ["", ("Label ekspor yang dibaca sebagai nilai kontrak (huruf besar/kecil dan tanda baca "
                           "diabaikan):" if id_ else "Export labels read as contract values (case and punctuation "
                           "ignored):"), ""]
            for col in labelled:
                for value in dict.fromkeys(col.aliases.values()):
                    written = ", ".join(k for k, v in col.aliases.items() if v == value)
                    lines.append(f"- `{col.name}` = `{value}` ← {written}")
        surveyed = [col for col in table.columns if col.name in IKM_LABELS]
        if surveyed:
            lines += ["", ("Jawaban berupa label kuesioner PermenPAN-RB 14/2017 dibaca sebagai skor 1–4 tanpa pemetaan "
                           "(huruf besar/kecil, spasi, tanda baca dan 'dan'/'&' diabaikan); label lain dipetakan di "
                           "`nilai:` data/raw/pemetaan.yml:" if id_ else
                           "Answers written as the PermenPAN-RB 14/2017 questionnaire labels are read as scores 1–4 "
                           "without a mapping (case, spaces, punctuation and 'dan'/'&' ignored); other labels are "
                           "mapped under `nilai:` in data/raw/pemetaan.yml:"), ""]
            lines += [f"- `{col.name}`: " + ", ".join(f"{label} = {score}" for score, label in
                                                      enumerate(IKM_LABELS[col.name], 1)) for col in surveyed]
        example = ",".join(col.name for col in table.columns)
        values = ",".join(_csv_cell(col.example) for col in table.columns)
        lines += ["", "Contoh baris:" if id_ else "Example row:", "", "```csv", example, values, "```", ""]
    return "\n".join(lines)


def _csv_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return f'"{text}"' if "," in text else text
