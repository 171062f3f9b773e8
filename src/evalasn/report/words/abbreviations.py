"""The abbreviations a report may use, declared once with both languages' expansions; the Daftar
Singkatan lists those its text uses (report.formats.render), and the agencies' short names a table uses."""

from __future__ import annotations

import re

from evalasn.registry import AGENCIES, official_name, short_name
from evalasn.report.words import units
from evalasn.report.words.names import needs_key, scope_name, short_name_in, with_official

ABBREVIATIONS: dict[str, dict[str, str]] = {
    "ANCOVA": {"id": "analisis kovarians", "en": "analysis of covariance"},
    "ASN": {"id": "Aparatur Sipil Negara", "en": "State Civil Apparatus (civil servants)"},
    "BKD": {"id": "Badan Kepegawaian Daerah", "en": "Regional Civil Service Agency"},
    # the province plan's coordinating offices (config/laporan.yml koordinator_provinsi; LOOK37 L-19)
    "BPKD": {"id": "Badan Pengelolaan Keuangan Daerah", "en": "Regional Finance Agency"},
    "BPSDM": {"id": "Badan Pengembangan Sumber Daya Manusia", "en": "Human Resources Development Agency"},
    "CRM": {"id": "Cepat Respon Masyarakat (kanal pengaduan Pemerintah Provinsi DKI Jakarta)",
            "en": "Cepat Respon Masyarakat (the Jakarta Provincial Government's public complaints channel)"},
    "DKI": {"id": "Daerah Khusus Ibukota", "en": "Special Capital Region"},
    "DPRD": {"id": "Dewan Perwakilan Rakyat Daerah", "en": "Regional House of Representatives"},
    "FDR": {"id": "false discovery rate (proporsi temuan palsu)", "en": "false discovery rate"},
    "IKM": {"id": "Indeks Kepuasan Masyarakat", "en": "Public Satisfaction Index"},
    "IKU": {"id": "Indikator Kinerja Utama", "en": "key performance indicator"},
    "JP": {"id": "jam pelajaran (45 menit)", "en": "lesson hours (45 minutes each)"},
    "LAN": {"id": "Lembaga Administrasi Negara", "en": "National Institute of Public Administration"},
    "NIP": {"id": "Nomor Induk Pegawai", "en": "civil servant identification number"},
    "PermenPAN-RB": {"id": "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
                     "en": "Regulation of the Minister of State Apparatus Empowerment and Bureaucratic Reform"},
    "Pergub": {"id": "Peraturan Gubernur", "en": "Governor Regulation"},
    "Puskesmas": {"id": "Pusat Kesehatan Masyarakat", "en": "community health centre (Pusat Kesehatan Masyarakat)"},
    "PNS": {"id": "Pegawai Negeri Sipil", "en": "permanent civil servant"},
    "PP": {"id": "Peraturan Pemerintah", "en": "Government Regulation"},
    "PPPK": {"id": "Pegawai Pemerintah dengan Perjanjian Kerja", "en": "government employee on contract"},
    "Renstra": {"id": "Rencana Strategis", "en": "strategic plan"},
    "Setda": {"id": "Sekretariat Daerah", "en": "Regional Secretariat"},
    "SIMDIKLAT": {"id": "Sistem Informasi Manajemen Pendidikan dan Pelatihan",
                  "en": "education and training management information system (Sistem Informasi Manajemen "
                        "Pendidikan dan Pelatihan)"},
    "SKM": {"id": "Survei Kepuasan Masyarakat", "en": "Public Satisfaction Survey"},
    "UU": {"id": "Undang-Undang", "en": "Law"},
}

# the Indonesian words of the follow-up plan's row codes (report.chapters.plan: CAKUPAN, BIAYA-POIN, KECIL-SEMINAR,
# KENAIKAN-KESEHATAN ...), glossed once for the English reader (LOOK9 #26): the codes stay Indonesian so that a row
# keeps its code across years and languages
ROW_CODE_WORDS: dict[str, str] = {
    "BIAYA": "cost", "CAKUPAN": "coverage", "CD": "categories C and D", "JP20": "the 20 lesson-hour (JP) duty",
    "KECIL": "small: a method without a meaningful gain (its interval reaching above zero) or with a very "
             "small gain, to be redesigned", "KENAIKAN": "gain in test scores", "PELATIHAN": "classroom training",
    "POIN": "point", "PORSI": "share", "PROV": "the whole province", "DINAS": "agency",
    "REALISASI": "budget realisation", "RESISTENSI": "resistance to change",
    "UKUR": "measure",
}
# the parts of the codes that are no Indonesian word: glossed as a code alone (LOOK35b H-7: "CD ... kept in Indonesian")
NOT_INDONESIAN = frozenset({"CD"})
# a code, and a family of codes the text names by its first part ("PORSI-…": LOOK35b H-7, PORSI was not glossed)
ROW_CODE = re.compile(r"(?<![\w-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?:-…)?(?![\w-])")


def row_code_words(text: str) -> dict[str, str]:
    """The Indonesian words of the row codes ``text`` prints, each with its English meaning, marked as a row code
    kept in Indonesian. Every code naming a dinas (KENAIKAN-KPKP, KENAIKAN-SATPOL-PP, KENAIKAN-KESEHATAN) is glossed
    in its own entry (LOOK18 T-8: KENAIKAN-KPKP alone was left to be composed from KENAIKAN and KPKP); its agency
    part is listed only when it is the agency's acronym (KPKP), never beside the name it shortens (LOOK16 R-9:
    'Satpol PP' and 'SATPOL-PP' both; 'KESEHATAN' as an abbreviation)."""
    codes = {code.removesuffix("-…") for code in ROW_CODE.findall(text)}
    parts = {part for code in codes for part in code.split("-")}
    why = "plan row code, kept in Indonesian"
    found = {word: f"{meaning} ({'plan row code' if word in NOT_INDONESIAN else why})"
             for word, meaning in ROW_CODE_WORDS.items() if word in parts}
    for slug in AGENCIES:
        coded = slug.upper()
        for code in sorted(c for c in codes if c.endswith(f"-{coded}")):
            if coded == short_name(slug):  # an acronym: the agency's own entry too
                found.setdefault(coded, with_official(slug, scope_name(slug, official_name(slug), "en")))
            found[code] = (f"the {code.removesuffix(f'-{coded}')} row for the "
                           f"{scope_name(slug, official_name(slug), 'en')}, {official_name(slug)} ({why})")
    return found


def used(text: str, lang: str) -> list[tuple[str, str]]:
    """(abbreviation, expansion) of each declared abbreviation and shortened agency name (DPMPTSP, Satpol PP,
    Citata) that ``text`` uses as a word, alphabetically."""
    whole = text
    for name in (short_name(slug) for slug in AGENCIES):
        text = text.replace(name, " ") if " " in name else text  # "Satpol PP" is a name, not a regulation (PP)
    found = {abbr: words[lang] for abbr, words in ABBREVIATIONS.items() if _uses(text, abbr)}
    if lang == "en":  # the Indonesian kinds of unit the names keep (report.words.units), in English once
        found |= {word: f"{kind.english}: {kind.meaning}" for word, kind in units.terms_used(text)
                  if word not in found}
    for slug in AGENCIES:
        short = short_name(slug)
        # every shortened agency name the text uses: acronyms (DPMPTSP) and the usual blends (Citata, Satpol PP,
        # Gulkarmat) alike, which a reader outside the province cannot expand (REVIEW4 14); not a name that is
        # only the official one without "Dinas" (Kesehatan)
        if short == official_name(slug).removeprefix("Dinas ") or short in found:
            continue
        if _uses(whole, short):
            # in English its English name, with the official one the reader can check it against (issue 22.9)
            found[short] = with_official(slug, scope_name(slug, official_name(slug), lang))
    if lang == "en":  # an English short name that leaves words out, as the running head and the notes use it
        for slug in AGENCIES:
            short = short_name_in(slug, "en")
            if not needs_key(slug) or short in found or not _uses(whole, short):
                continue
            # spelled as the text uses it: an agency named only as "<short> Agency" (an agency report's own name in
            # its running text, head and owner cells: names.running_text_name) is listed so, not as "<short>"
            # (LOOK37b M-8: the list defined "Communication and Informatics", the report said "… Agency")
            alone = re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])(?! Agency\b)", whole) is not None
            found[short if alone else f"{short} Agency"] = with_official(slug, scope_name(slug, official_name(slug),
                                                                                           "en"))
    if lang == "en":  # after the agencies' short names: KPKP keeps its own entry
        found |= {word: meaning for word, meaning in row_code_words(whole).items() if word not in found}
    return sorted(found.items(), key=lambda pair: pair[0].casefold())


def _uses(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None
