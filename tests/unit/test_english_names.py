"""Official names in the English build (issue 22.9): translated, with the Indonesian in brackets once."""

from __future__ import annotations

import pytest

from evalasn import schema
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
    ("ppkukm", "en", "Industry and Trade Agency"),  # LOOK20 W-18: was 'PPKUKM Agency'
    ("ppkukm", "id", compact_name("ppkukm")),
], ids=["short-en", "long-en-shortened", "id-official"])
def test_compact_names_for_narrow_cells(slug, lang, shown):
    assert names.compact(slug, compact_name(slug), lang) == shown
    assert len(names.compact(slug, compact_name(slug), lang)) <= max(names.SHORT_ENOUGH, len(compact_name(slug)) + 7)


@pytest.mark.parametrize("table, lang, shown", [
    ("pegawai", "en", "staff"), ("skm", "en", "satisfaction survey (SKM)"), ("pegawai", "id", "pegawai"),
    ("kinerja_unit", "id", "kinerja unit"), (None, "en", "–"), ("lain", "en", "lain"), ("lain_lain", "id", "lain_lain"),
], ids=["staff-en", "skm-en", "staff-id", "unit-performance-id", "none", "unknown-as-data", "unknown-as-data-id"])
def test_quality_log_table_names(table, lang, shown):
    assert names.table_name(table, lang) == shown


@pytest.mark.parametrize("table", sorted(schema.RAW))
def test_every_contract_table_has_an_english_name(table):
    """The English annex lists absent optional tables by name: 'tindak_lanjut | optional table absent' (REVIEW3 20)."""
    assert names.table_name(table, "en") != table


@pytest.mark.parametrize("table", sorted(schema.RAW))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_contract_table_is_named_in_words(table, lang):
    """LOOK15 Q-8: the Indonesian annex Tabel 20 printed "kinerja_unit" and "tindak_lanjut" (the keys)."""
    assert "_" not in names.table_name(table, lang)



@pytest.mark.parametrize("lang, expected", [
    # acronyms and blends (Citata, KPKP) are spelled out once, in the Daftar Singkatan (REVIEW6 R6-13)
    ("id", ""),
    # a short name of Indonesian words is English in an English table ('Health'): not an abbreviation, so it is
    # spelled out under the table, with the official name in brackets; an English short name that leaves words out
    # ('Food Security and Marine Affairs', 'Public Works and Spatial Planning') is an abbreviation, in the List of
    # Abbreviations instead (LOOK26 X-10), as the acronyms are
    ("en", "Health = Health Agency (Dinas Kesehatan)"),
], ids=["id-in-the-list-only", "en-with-official-in-brackets"])
def test_the_province_tables_short_names_are_spelled_out_once(lang, expected):
    from typing import Any, cast

    from evalasn.report.chapters import sections
    from evalasn.report.words import abbreviations

    slugs = ("citata", "kesehatan", "kpkp")
    hasil = cast(Any, {"perbandingan_dinas": [{"dinas": slug, "nama": official_name(slug)} for slug in slugs]})
    assert sections._abbreviations(hasil, lang) == expected
    # what the note leaves out the Daftar Singkatan lists, from the table's own names
    shown = " ".join(names.short_name_in(slug, lang) for slug in slugs)
    listed = dict(abbreviations.used(shown, lang))
    for slug in slugs:
        short = names.short_name_in(slug, lang)
        assert (short in listed) != (f"{short} = " in expected) or short == official_name(slug).removeprefix("Dinas ")


@pytest.mark.parametrize("slug, lang, shown", [
    ("kesehatan", "en", "Health"), ("kesehatan", "id", "Kesehatan"), ("bina-marga", "en", "Highways"),
    ("kpkp", "en", "Food Security and Marine Affairs"), ("kpkp", "id", "KPKP"), ("satpol-pp", "en", "Satpol PP"),
    ("sosial", "en", "Social Affairs"),
], ids=["health-en", "health-id", "highways-en", "acronym-in-english-words", "acronym-id", "satpol-kept", "social-en"])
def test_short_names_in_english_tables_and_sentences_are_english(slug, lang, shown):
    """The English province report said 'seminar in Kesehatan and Satpol PP' and listed 'Kesehatan' in its
    tables: a short name of Indonesian words is English in an English build, and so is an acronym (LOOK20 W-18:
    Table 11 listed 'KPKP' beside 'Health'); Satpol PP, the name English writing uses, stays (spelled out)."""
    assert names.short_name_in(slug, lang) == shown



@pytest.mark.parametrize("code", ["BIAYA-POIN", "STOP-PELATIHAN", "KECIL-E-LEARNING", "RESISTENSI", "JP20", "U8"])
def test_a_plan_row_code_is_the_same_in_both_languages_and_read_back(tmp_path, code):
    """Agencies write the row code on the signed sheet they return: the English build printed 'COST-POINT',
    'LOW-GAIN-SEMINAR' where the Indonesian one and next year's report print BIAYA-POIN, KECIL-SEMINAR (REVIEW2
    11). Both languages print the code of the row's stable id; the English words stay in action and indicator."""
    from types import SimpleNamespace

    from evalasn.ingest import plan_ids
    from evalasn.paths import project
    from evalasn.report.chapters import followup, plan, plan_records
    from tests.unit.test_plan_ids import _parsed

    row = plan.PlanRow(f"kesehatan-2024-{code}", code, "rec_jp", "action", "indicator", 1.0, "1", 2.0, "≥ 2", True,
                       "owner", 2, "Q2 2025")
    for lang in ("id", "en"):
        assert plan_records.sheet_rows([row], lang)[0][:2] == [row.id, code]
        assert followup.rows(SimpleNamespace(lang=lang), [row])[0][0] == code  # type: ignore[arg-type]
    parsed = _parsed([row.id])
    parsed["tindak_lanjut"].frame["kode"] = [plan_records.sheet_rows([row], "en")[0][1]]
    assert plan_ids.check(parsed, project(tmp_path)) == []
