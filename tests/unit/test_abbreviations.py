"""Daftar Singkatan (issue 22.10): only the abbreviations the report's text uses, with the expansion of its
language, alphabetically, agency acronyms with their official names; and the page after the lists."""

from __future__ import annotations

import re

import pytest

from evalasn.report.formats.render import number_and_list
from evalasn.report.words.abbreviations import used


@pytest.mark.parametrize("text, lang, expected", [
    ("Kewajiban 20 JP bagi ASN; IKM naik.", "id",
     [("ASN", "Aparatur Sipil Negara"), ("IKM", "Indeks Kepuasan Masyarakat"), ("JP", "jam pelajaran (45 menit)")]),
    ("The 20 JP duty of every ASN.", "en",
     [("ASN", "State Civil Apparatus (civil servants)"), ("JP", "lesson hours (45 minutes each)")]),
    ("JPX, ASNs and e-IKM are other words.", "id", []),
    ("Satpol PP dan DPMPTSP.", "id",
     [("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
      ("Satpol PP", "Satuan Polisi Pamong Praja")]),
    ("Citata, Gulkarmat dan Dinas Kesehatan.", "id",
     [("Citata", "Dinas Cipta Karya, Tata Ruang dan Pertanahan"),
      ("Gulkarmat", "Dinas Penanggulangan Kebakaran dan Penyelamatan")]),
    ("DPMPTSP", "en", [("DPMPTSP", "Investment and One-Stop Integrated Services Agency (Dinas Penanaman Modal dan "
                                   "Pelayanan Terpadu Satu Pintu)")]),
    ("Puskesmas Kecamatan Tebet; Suku Dinas Perhubungan Jakarta Timur; Bidang Pelayanan (Satpol PP); UPT "
     "Pendidikan 3; SUDIN KPKP JAKARTA UTARA; Sub Bagian Umum.", "en",
     [("Bidang", "Division: a division of an agency's head office"),
      ("Kecamatan", "Sub-district: a district of one of Jakarta's administrative cities"),
      ("KPKP", "Food Security, Marine Affairs and Agriculture Agency (Dinas Ketahanan Pangan, Kelautan dan Pertanian)"),
      ("Puskesmas", "community health centre (Pusat Kesehatan Masyarakat)"),
      ("Satpol PP", "Civil Service Police Unit (Satuan Polisi Pamong Praja)"),
      ("Sub Bagian", "Subdivision: a subdivision of a secretariat or office"),
      ("Sudin", "Sub-agency: an agency's office in one of Jakarta's administrative cities"),
      ("Suku Dinas", "Sub-agency: an agency's office in one of Jakarta's administrative cities"),
      ("UPT", "Technical Implementing Unit: an agency's unit that runs one service or facility")]),
    ("Puskesmas Kecamatan Tebet; Suku Dinas Perhubungan Jakarta Timur; Bidang Pelayanan.", "id",
     [("Puskesmas", "Pusat Kesehatan Masyarakat")]),
], ids=["used-only-id", "english-expansion", "not-inside-a-word", "agency-acronym-not-PP",
        "agency-blends-not-plain-names", "agency-in-english", "unit-terms-explained-in-english",
        "unit-kinds-are-words-in-indonesian"])
def test_used_lists_only_the_abbreviations_the_text_uses(text, lang, expected):
    assert used(text, lang) == expected


# LOOK22 Y-7: KECIL- rows carry both "without a meaningful gain" (interval reaching above zero) and "a very small
# gain", not only the latter
KECIL_GLOSS = ("small: a method without a meaningful gain (its interval reaching above zero) or with a very small "
               "gain, to be redesigned (plan row code, kept in Indonesian)")


@pytest.mark.parametrize("text, lang, expected", [
    ("Rows CAKUPAN, BIAYA-POIN, KECIL-SEMINAR and KENAIKAN-SATPOL-PP; STOP-E-LEARNING.", "en",
     [("BIAYA", "cost (plan row code, kept in Indonesian)"),
      ("CAKUPAN", "coverage (plan row code, kept in Indonesian)"),
      ("KECIL", KECIL_GLOSS),
      ("KENAIKAN", "gain in test scores (plan row code, kept in Indonesian)"),
      ("KENAIKAN-SATPOL-PP", "the KENAIKAN row for the Civil Service Police Unit, Satuan Polisi Pamong Praja (plan "
                             "row code, kept in Indonesian)"),
      ("POIN", "point (plan row code, kept in Indonesian)")]),
    ("Baris CAKUPAN, BIAYA-POIN dan KECIL-SEMINAR.", "id", []),  # Indonesian: the codes are the reader's words
    # LOOK18 T-8: its code glossed as every other dinas's (KENAIKAN-SATPOL-PP), its acronym kept
    ("KENAIKAN-KPKP", "en", [("KENAIKAN", "gain in test scores (plan row code, kept in Indonesian)"),
                             ("KENAIKAN-KPKP", "the KENAIKAN row for the Food Security, Marine Affairs and Agriculture "
                                               "Agency, Dinas Ketahanan Pangan, Kelautan dan Pertanian (plan row "
                                               "code, kept in Indonesian)"),
                             ("KPKP", "Food Security, Marine Affairs and Agriculture Agency (Dinas Ketahanan Pangan, "
                                      "Kelautan dan Pertanian)")]),
    ("KECIL-PROV-SEMINAR", "en", [("KECIL", KECIL_GLOSS),
                                      ("PROV", "the whole province (plan row code, kept in Indonesian)")]),
], ids=["english-row-codes-glossed", "indonesian-not", "an-agency-acronym-keeps-its-entry",
        "a-province-wide-code-glossed"])
def test_english_row_codes_are_glossed_once(text, lang, expected):
    """LOOK9 #26: the English plan tables' codes (CAKUPAN, BIAYA-POIN, KECIL-SEMINAR, KENAIKAN-KESEHATAN) stayed
    Indonesian with no gloss; each Indonesian word of a code the text prints is in the list of abbreviations."""
    assert used(text, lang) == expected


def test_the_list_page_is_filled_from_the_whole_body():
    body = ('<nav class="abbreviations" id="daftar-singkatan" data-title="Daftar Singkatan"></nav>'
            '<h2 id="bab-1">BAB I Pendahuluan</h2><p>Survei SKM dan PNS.</p>')
    page = number_and_list(body, "id")
    assert '<h2 class="list-title">Daftar Singkatan</h2>' in page
    assert re.findall(r"<tr><td>(.*?)</td>", page) == ["PNS", "SKM"]


def test_a_name_in_the_style_sheet_or_a_script_is_not_listed():
    """REVIEW6 R6-34: kesehatan's Daftar Singkatan listed KPKP, named only in a comment of the report's CSS."""
    body = ('<style>/* KPKP 9.2: a chapter closing with a list */ p { orphans: 3; }</style>'
            '<nav class="abbreviations" id="daftar-singkatan" data-title="Daftar Singkatan"></nav>'
            '<h2 id="bab-1">BAB I Pendahuluan</h2><p>Survei SKM.</p><script>var DPMPTSP = 1;</script>')
    page = number_and_list(body, "id")
    assert re.findall(r"<tr><td>(.*?)</td>", page) == ["SKM"]


def test_an_agency_named_in_a_code_is_not_a_second_abbreviation():
    """LOOK16 R-9: provinsi en listed 'Satpol PP' and 'SATPOL-PP', both 'Civil Service Police Unit', and 'KESEHATAN',
    'KOMINFOTIK' as abbreviations (parts of KENAIKAN-KESEHATAN …): one entry per name, the code parts glossed in the
    code's entry."""
    pairs = dict(used("Satpol PP and Kominfotik: rows KENAIKAN-SATPOL-PP, KENAIKAN-KESEHATAN, KENAIKAN-KOMINFOTIK.",
                      "en"))
    assert not {"SATPOL-PP", "KESEHATAN", "KOMINFOTIK"} & set(pairs), pairs
    assert pairs["Satpol PP"] == "Civil Service Police Unit (Satuan Polisi Pamong Praja)"
    assert [name for name in pairs.values() if name.startswith("Civil Service Police Unit")] == [pairs["Satpol PP"]]
    assert pairs["KENAIKAN-KESEHATAN"] == "the KENAIKAN row for the Health Agency, Dinas Kesehatan (plan row code, " \
                                         "kept in Indonesian)"
    assert pairs["KENAIKAN-SATPOL-PP"].startswith("the KENAIKAN row for the Civil Service Police Unit, ")
    assert pairs["KENAIKAN-KOMINFOTIK"].startswith("the KENAIKAN row for the Communication, Informatics and ")
