"""Reading a rendered report as its reader would: Indonesian left in the English build, and software or
statistics shorthand in the body (everything before the annex heading)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from evalasn.registry import AGENCIES, PROVINCE_SLUG, SHORT_NAMES, official_name
from evalasn.report.chapters import plan_indicators
from evalasn.report.words import abbreviations, units

# words no English sentence or label uses, but nearly every Indonesian one does
INDONESIAN_WORDS = (
    "yang", "dengan", "untuk", "tidak", "dan", "atau", "dari", "pada", "oleh", "adalah", "belum", "sudah", "sebelum",
    "sesudah", "bila", "karena", "dalam", "tahun", "kenaikan", "nilai", "pelatihan", "layanan", "tepat", "waktu",
    "menit", "pegawai", "peserta", "kegiatan", "orang", "baris", "kosong", "sumbu", "mentah", "juta", "miliar",
    "Pemerintah", "Provinsi", "Dinas", "Badan", "Tabel", "Gambar", "Daftar", "Halaman", "Lampiran", "Kesimpulan",
    "Triwulan", "Rekomendasi", "Singkatan", "Penutup", "jam pelajaran", "s.d.", "IK 95%", "tercapai",
)
# software names and statistics shorthand a policymaker should not meet before the annex
JARGON = (
    r"\bINTERVENSI\b", r"\bparameter\b", r"\bg_av\b", r"\bd_z\b", r"\bWebb\b", r"bootstrap liar", r"wild bootstrap",
    r"kuadratik", r"quadratic", r"\bln (?:biaya|cost)\b", r"\bq\s*[<=]\s*0[,.]\d", r"Satterthwaite",
    r"hasil\.json", r"\b[a-z]+_[a-z_]+\b",
    # how an interval was computed (REVIEW5 D10): the annex's method notes name it, the chapters say it in words
    r"koreksi sampel kecil", r"small-sample correction", r"derajat bebas", r"degrees of freedom", r"\bCR[12]\b",
    r"suku model", r"model's terms", r"\bbootstrap-t\b", r"Bell-McCaffrey", r"kuadrat logaritma",
    r"squared logarithm", r"[Uu]ji kelengkungan", r"[Cc]urvature test",
)
ANNEX_HEADINGS = ("Lampiran", "Annex")
# the follow-up plan's row codes (report.chapters.plan_indicators.MEASURED), longest first, as whole capital words
_CODES = sorted({measure.code for measure in plan_indicators.MEASURED.values() if measure.code}, key=len, reverse=True)
PLAN_CODES = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, _CODES))})(?![\w-])")
# the words of those codes, which the list of abbreviations glosses one by one ('DINAS agency (plan row code, kept in
# Indonesian)': LOOK35b H-7), in capitals
CODE_WORDS = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, abbreviations.ROW_CODE_WORDS))})(?![\w-])")


def names_and_data(extra: Iterable[str] = ()) -> list[str]:
    """Official Indonesian names and the agencies' short names (names, not words to translate), the kinds of unit
    unit names begin with (kept in the English build and explained in its list of abbreviations, REVIEW6b 15), plus
    values the users typed (themes, activity and unit names): longest first, so they are removed whole."""
    kinds = [word for kind in units.UNIT_TYPES + units.PLACES for word in kind.words]
    names = [official_name(PROVINCE_SLUG), *AGENCIES.values(), *(n.removeprefix("Dinas ") for n in AGENCIES.values()),
             *SHORT_NAMES.values(), *kinds, *extra]
    return sorted({n for n in names if n and n.strip()}, key=len, reverse=True)


def without_data(text: str, data: Iterable[str] = ()) -> str:
    """``text`` without quoted spans, file names, name=value parameters, plan row ids and the names and
    data values given (case-insensitive)."""
    text = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text)
    # file names and the notebook's parameters (name=value) of the technical annex: identifiers, not prose
    text = re.sub(r"[\w.-]+\.(?:csv|xlsx|xls|parquet|json|yml)\b|\b\w+=\S+", " ", text)
    # stable row ids of the follow-up plan ('provinsi-2024-JP20', 'kesehatan-2025-BIAYA-POIN'): identifiers
    text = re.sub(r"\b[a-z][a-z-]*-\d{4}-[A-Z0-9][\w-]*", " ", text)
    # their codes, the same in both languages ('STOP-PELATIHAN', 'KECIL-SEMINAR'): identifiers agencies write back
    text = re.sub(r"(?<![\w-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+(?![\w-])", " ", text)
    # and a family of codes named by its prefix ('KENAIKAN-…', 'PORSI-…': 10.2's list of target rules, e6d55d9)
    text = re.sub(r"(?<![\w-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-…", " ", text)
    # and the one-word codes ('KENAIKAN', 'CAKUPAN'), written in capitals as the plan prints them
    text = CODE_WORDS.sub(" ", PLAN_CODES.sub(" ", text))
    for value in names_and_data(data):
        pattern = r"\s+".join(re.escape(word) for word in value.split())
        text = re.sub(rf"(?<!\w){pattern}(?!\w)", " ", text, flags=re.IGNORECASE)
    return text


def indonesian_words(text: str, data: Iterable[str] = ()) -> list[str]:
    """The tell-tale Indonesian words of an English text, each with a little context, outside quoted data,
    official names and typed values."""
    clean = " ".join(without_data(text, data).split())
    found = []
    for word in INDONESIAN_WORDS:
        for hit in re.finditer(rf"(?<![\w.]){re.escape(word)}(?!\w)", clean, flags=re.IGNORECASE):
            found.append(f"{word!r} in …{clean[max(hit.start() - 40, 0):hit.end() + 40]}…")
            break
    return found


def body_pages(pages: list[str]) -> list[str]:
    """The pages before the annex heading (a line holding only 'Lampiran' or 'Annex'); all pages when
    there is none."""
    for number, page in enumerate(pages):
        if any(line.strip() in ANNEX_HEADINGS for line in page.splitlines()):
            return pages[:number]
    return pages


def jargon(pages: list[str], data: Iterable[str] = ()) -> list[str]:
    """Software and statistics shorthand on the body pages, each as 'token on page N: …context…'."""
    found = []
    for number, page in enumerate(body_pages(pages), 1):
        clean = " ".join(without_data(page, data).split())
        for pattern in JARGON:
            hit = re.search(pattern, clean)
            if hit:
                found.append(f"{hit.group(0)!r} on page {number}: …{clean[max(hit.start() - 40, 0):hit.end() + 40]}…")
    return found


def typed_values(processed) -> list[str]:
    """What users typed that a report may show as data: themes, activity names and work-unit names of
    the processed tables (a ProjectPaths)."""
    import pandas as pd

    values: set[str] = set()
    for table, columns in (("kegiatan", ["tema", "nama_kegiatan"]), ("pegawai", ["unit_kerja"]),
                           ("skm", ["unit_kerja"]), ("kinerja_unit", ["unit_kerja"])):
        frame = pd.read_parquet(processed.table(table), columns=columns)
        for column in columns:
            values.update(str(v) for v in frame[column].dropna().unique())
    return sorted(values)


def html_text(html: str) -> str:
    """The visible text of a report page, one line per cell, paragraph or heading (a PDF wraps a table
    cell into pieces between other cells, so a typed value is only whole in the HTML)."""
    from html.parser import HTMLParser

    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []
            self.hidden = 0

        def handle_starttag(self, tag, attrs):
            if tag in ("style", "script"):
                self.hidden += 1
            self.parts.append("\n")

        def handle_endtag(self, tag):
            if tag in ("style", "script"):
                self.hidden -= 1
            self.parts.append("\n")

        def handle_data(self, data):
            if not self.hidden:
                self.parts.append(data)

    parser = Text()
    parser.feed(html)
    return "\n".join(" ".join(line.split()) for line in "".join(parser.parts).splitlines() if line.strip())
