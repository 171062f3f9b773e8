"""The readers' checks of tests/integration/language.py on small inline texts: they find what they must
and leave quoted data and official names alone."""

from __future__ import annotations

import pytest

from tests.integration.language import body_pages, indonesian_words, jargon


@pytest.mark.parametrize("text, data, words", [
    ("Table 4. Layanan tepat waktu (%) by unit", (), ["layanan", "tepat", "waktu"]),
    ("PROVINCIAL GOVERNMENT OF DKI JAKARTA. Pemerintah Provinsi DKI Jakarta", (), []),
    ("Each PNS owes 20 jam pelajaran a year", (), ["jam pelajaran"]),
    ("Gain 10.8 points (95% CI: 9.0 to 12.6) dan stable", (), ["dan"]),
    ("Intervention measured: activities matching “layanan prima” (12 activities)", (), []),
    ("Theme layanan prima 19 376", ("layanan prima",), []),
    ("Health Agency (Dinas Kesehatan) ranks 5 of 21; KPKP and Pertamanan dan Hutan Kota", (), []),
    ("The Dinas Perhubungan report", (), []),
    ("Only the Dinas report", (), ["Dinas"]),
    ("Files: pegawai.csv 425,145 bytes; Parameters tahun=2025, bahasa=en", (), []),
    ("Table Note pegawai 3,999 rows read", (), ["pegawai"]),
    ("(carried on from provinsi-2024-JP20: 34.9% in 2024)", (), []),
    ("carried on from the Provinsi plan", (), ["Provinsi"]),
    ("Row STOP-PELATIHAN: stop classroom training", (), []),
    ("Stop the pelatihan", (), ["pelatihan"]),
], ids=["indicator-label", "official-name-bracketed", "lesson-hours-id", "conjunction", "quoted-data",
        "typed-theme", "agency-names", "official-name-alone", "stray-word", "annex-identifiers",
        "table-name-as-prose", "plan-row-id", "word-not-id", "plan-row-code",
        "word-not-code"])
def test_indonesian_words_are_found_outside_names_and_data(text, data, words):
    found = [hit.split(" in ")[0].strip("'") for hit in indonesian_words(text, data)]
    assert sorted(found) == sorted(words), found


def test_jargon_is_looked_for_only_before_the_annex_heading():
    pages = ["Contents\nAnnex ........ 12", "Results: q < 0,001 and g_av = 0.4; parameter INTERVENSI empty",
             "Costs: wild bootstrap (Webb weights), quadratic term in ln cost", "Annex\nq < 0.001, g_av, Webb"]
    assert len(body_pages(pages)) == 3
    hits = jargon(pages)
    assert [h.split(" on page ")[1][0] for h in hits] == ["2"] * 5 + ["3"] * 4, hits
    assert jargon(["Body in plain words: the gain is 10.8 points (95% CI: 9.0 to 12.6).", "Lampiran\ng_av"]) == []
