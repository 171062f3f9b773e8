"""Official names in the English build (issue 22.9): translated, with the Indonesian in brackets once."""

from __future__ import annotations

import pytest

from evalasn.registry import AGENCIES, PROVINCE_SLUG, compact_name, official_name
from evalasn.report.words import names


def test_every_registered_agency_and_the_province_has_an_english_name():
    assert set(names.ENGLISH_NAMES) == {*AGENCIES, PROVINCE_SLUG}


@pytest.mark.parametrize("slug, lang, shown", [
    ("kesehatan", "en", "Health Agency"),
    ("kesehatan", "id", "Dinas Kesehatan"),
    (PROVINCE_SLUG, "en", "Jakarta Provincial Government"),
    ("dinas-baru", "en", "Dinas Baru"),
], ids=["agency-en", "agency-id", "province-en", "unregistered-keeps-official"])
def test_scope_name_is_in_the_report_language(slug, lang, shown):
    official = official_name(slug) if slug in names.ENGLISH_NAMES else "Dinas Baru"
    assert names.scope_name(slug, official, lang) == shown


@pytest.mark.parametrize("slug, shown, full", [
    (PROVINCE_SLUG, "Jakarta Provincial Government", "Jakarta Provincial Government (Pemerintah Provinsi DKI Jakarta)"),
    ("kesehatan", "Health Agency", "Health Agency (Dinas Kesehatan)"),
    ("kesehatan", "Dinas Kesehatan", "Dinas Kesehatan"),
], ids=["province-en", "agency-en", "indonesian-build-unchanged"])
def test_the_cover_gives_the_official_name_in_brackets(slug, shown, full):
    assert names.with_official(slug, shown) == full


@pytest.mark.parametrize("slug, lang, shown", [
    ("kesehatan", "en", "Health Agency"),
    ("ppkukm", "en", compact_name("ppkukm").removeprefix("Dinas ") + " Agency"),
    ("ppkukm", "id", compact_name("ppkukm")),
], ids=["short-en", "long-en-shortened", "id-official"])
def test_compact_names_for_narrow_cells(slug, lang, shown):
    assert names.compact(slug, compact_name(slug), lang) == shown
    assert len(names.compact(slug, compact_name(slug), lang)) <= max(names.SHORT_ENOUGH, len(compact_name(slug)) + 7)


@pytest.mark.parametrize("table, lang, shown", [
    ("pegawai", "en", "staff"), ("skm", "en", "satisfaction survey (SKM)"), ("pegawai", "id", "pegawai"),
    (None, "en", "–"), ("lain", "en", "lain"),
], ids=["staff-en", "skm-en", "staff-id", "none", "unknown-as-data"])
def test_quality_log_table_names(table, lang, shown):
    assert names.table_name(table, lang) == shown



@pytest.mark.parametrize("lang, expected", [
    ("id", "Citata = Cipta Karya, Tata Ruang dan Pertanahan"),
    # in English every short name is spelled out, with the official name in brackets where the short name is not
    # already it; a short name of Indonesian words is English in an English table ('Health'), so its official
    # name is given here once
    ("en", "Citata = Public Works, Spatial Planning and Land Agency (Dinas Cipta Karya, Tata Ruang dan Pertanahan); "
           "Health = Health Agency (Dinas Kesehatan)"),
], ids=["id-official", "en-with-official-in-brackets"])
def test_the_province_tables_short_names_are_spelled_out_in_the_reports_language(lang, expected):
    from typing import Any, cast

    from evalasn.report.chapters import sections

    hasil = cast(Any, {"perbandingan_dinas": [{"dinas": "citata", "nama": official_name("citata")},
                                              {"dinas": "kesehatan", "nama": official_name("kesehatan")}]})
    assert sections._abbreviations(hasil, lang) == expected


@pytest.mark.parametrize("slug, lang, shown", [
    ("kesehatan", "en", "Health"), ("kesehatan", "id", "Kesehatan"), ("bina-marga", "en", "Highways"),
    ("kpkp", "en", "KPKP"), ("satpol-pp", "en", "Satpol PP"), ("sosial", "en", "Social Affairs"),
], ids=["health-en", "health-id", "highways-en", "acronym-kept", "satpol-kept", "social-en"])
def test_short_names_in_english_tables_and_sentences_are_english(slug, lang, shown):
    """The English province report said 'seminar in Kesehatan and Satpol PP' and listed 'Kesehatan' in its
    tables: a short name of Indonesian words is English in an English build; acronyms stay (spelled out)."""
    assert names.short_name_in(slug, lang) == shown



@pytest.mark.parametrize("code, lang, shown", [
    ("BIAYA-POIN", "en", "COST-POINT"), ("STOP-PELATIHAN", "en", "STOP-TRAINING"),
    ("KECIL-E-LEARNING", "en", "LOW-GAIN-E-LEARNING"), ("PORSI-MENTORING", "en", "SHARE-MENTORING"),
    ("RESISTENSI", "en", "RESISTANCE"), ("JP20", "en", "JP20"), ("U8", "en", "U8"),
    ("BIAYA-POIN", "id", "BIAYA-POIN"),
], ids=["cost", "stop-training", "low-gain", "share", "resistance", "jp20-unchanged", "element-unchanged",
        "indonesian-unchanged"])
def test_plan_row_codes_are_english_in_the_english_build(code, lang, shown):
    """English tables showed 'BIAYA-POIN', 'PORSI-MENTORING': the code's words in the report's language."""
    assert names.row_code(code, lang) == shown
