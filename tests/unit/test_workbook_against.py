"""LOOK22 Y-3: the workbook's sheet of key figures against the province ranked the participants' mean gain (hasil.json
`perbandingan_provinsi.indikator[kunci=gain]`: Kesehatan 19 (5–21), the province's 9,41) under "Kenaikan nilai
(poin)", while Tabel 11 and the sheet "Angka Kunci" rank the mixed model's estimate (21 dari 21 (19–21), 9,21).
Every row of that sheet is the record the report prints: its name, rank, rank range and province figure."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import io
import re

import lxml.html
import pytest

from evalasn.paths import project
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.chapters import comparison, fact_targets, sections
from evalasn.report.formats import workbook, workbook_names
from evalasn.report.formats.workbook_names import header
from evalasn.report.words import fmt
from evalasn.report.words.text import t

pytestmark = pytest.mark.usefixtures("figures_not_drawn")

PATH = "perbandingan_provinsi.indikator[]"
SHEETS = {"id": "Angka kunci dibanding provinsi", "en": "Key figures vs the province"}


def _plain(text: str) -> str:
    """A cell's text as a reader sees it: no-break spaces and word joiners are layout, not content."""
    return re.sub(r"\s+", " ", html_lib.unescape(text).replace("\u00a0", " ").replace("\u2060", "")).strip()


def _printed(ctx) -> dict[str, list[str]]:
    """Tabel 11 (BAB VII) as the report prints it: its rows by the figure's name."""
    doc = lxml.html.fromstring(f"<div>{comparison.key_figure_table(ctx)}</div>")
    rows = [[_plain(cell.text_content()) for cell in row.xpath("./td|./th")] for row in doc.xpath("//tr[td]")]
    return {cells[0]: cells for cells in rows}


def _sheet(ctx, lang: str) -> tuple[list[str], list[tuple]]:
    from openpyxl import load_workbook

    built = workbook.build(dict(ctx.hasil), lang, dt.datetime(2026, 1, 5), key_facts=fact_targets.of(ctx))
    rows = list(load_workbook(io.BytesIO(built))[SHEETS[lang]].iter_rows(values_only=True))
    return [str(cell) for cell in rows[1]], [row for row in rows[2:] if row and row[0]]


def _rank(row: dict, lang: str) -> str:
    """The rank the sheet's cells give, in the words of Tabel 11's rank column."""
    if row["peringkat"] == t("rank_apart_cell", lang):
        return t("rank_apart", lang, n=row["dari"], a=row["peringkat_terbaik"], b=row["peringkat_terburuk"])
    return facts.rank_text({key: row[key] for key in ("peringkat", "peringkat_terbaik", "peringkat_terburuk", "dari")},
                           lang)


def _agencies(pipeline_root) -> list[str]:
    paths = project(pipeline_root)
    return sorted(p.name for p in paths.reports.iterdir()
                  if p.is_dir() and paths.hasil_years(p.name) and p.name != PROVINCE_SLUG)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_key_figure_against_the_province_is_the_record_the_report_prints(pipeline_root, lang):
    paths = project(pipeline_root)
    agencies = _agencies(pipeline_root)
    assert agencies
    adjusted = 0
    for slug in agencies:
        ctx = sections.load_context(slug, lang, paths)
        records = {fact.name(lang): fact for fact in fact_targets.of(ctx)}
        printed = _printed(ctx)
        heads, rows = _sheet(ctx, lang)
        column = {key: heads.index(header(key, PATH, lang))
                  for key in ("peringkat", "peringkat_terbaik", "peringkat_terburuk", "dari", "provinsi.estimasi",
                              "provinsi.ci_bawah", "provinsi.ci_atas")}
        plain_province = header("provinsi", PATH, lang)
        assert [row[0] for row in rows] == [fact.name(lang) for fact in records.values()], slug  # every figure, named
        for row in rows:
            name, fact = row[0], records[row[0]]
            cells = {key: row[index] for key, index in column.items()}
            where = f"{slug}: {name}"
            # the rank, its range and its denominator: Tabel 11's rank column and the sheet "Angka Kunci"
            assert _plain(_rank(cells, lang)) == printed[name][3] == _plain(facts.rank_text(fact.rank, lang)), where
            # the province figure beside it: the one Tabel 11 prints (an adjusted gain's: the same model's mean)
            province = cells["provinsi.estimasi"]
            if province is None and plain_province in heads:
                province = row[heads.index(plain_province)]
            expected = facts.as_target_unit(fact.key, fact.province)
            assert (province == pytest.approx(expected[0])) if expected else province is None, where
            if province is not None:
                shown = _plain(fmt.figure(province, facts.kind(fact.key), lang, sign=False))
                assert printed[name][2].startswith(shown), (where, shown, printed[name][2])
            if fact.adjusted and expected:  # with the interval Tabel 11 prints beside it
                adjusted += 1
                low, high = cells["provinsi.ci_bawah"], cells["provinsi.ci_atas"]
                assert (low, high) == (pytest.approx(expected[1]), pytest.approx(expected[2])), where
                _, low_shown, high_shown = fmt.figures((province, low, high), facts.kind(fact.key), lang, sign=False)
                assert _plain(fmt.span(low_shown, high_shown, lang)) in printed[name][2], where
    assert adjusted, "no adjusted gain in the sample: the case of LOOK22 Y-3 is not checked"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_province_workbook_has_no_comparison_with_itself(pipeline_root, lang):
    from openpyxl import load_workbook

    ctx = sections.load_context(PROVINCE_SLUG, lang, project(pipeline_root))
    built = workbook.build(dict(ctx.hasil), lang, dt.datetime(2026, 1, 5), key_facts=fact_targets.of(ctx))
    assert SHEETS[lang] not in load_workbook(io.BytesIO(built)).sheetnames


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_comparison_says_which_gain_it_ranks(pipeline_root, lang):
    """hasil.json's gain row ranks as the report does (LOOK26 X-11: it ranked the participants' mean); its
    documentation names the rank and the province mean it holds and the key of the province participants' mean; the
    workbook's definitions say its sheet holds the report's (LOOK22 Y-3)."""
    from openpyxl import load_workbook

    from evalasn.analysis.contract import walk

    doc = walk.object_docs()[PATH]
    documented = doc.id if lang == "id" else doc.en
    for key in ("pooling.dinas_ini.peringkat", "pooling.rata_provinsi", "provinsi_rata_peserta"):
        assert f"`{key}`" in documented, key
    ctx = sections.load_context("kesehatan", lang, project(pipeline_root))
    built = load_workbook(io.BytesIO(workbook.build(dict(ctx.hasil), lang, dt.datetime(2026, 1, 5),
                                                    key_facts=fact_targets.of(ctx))))
    defined = {row[0]: row[1] for row in built[workbook.label("definisi", lang)[:31]].iter_rows(values_only=True)}
    table = defined[workbook_names.object_name(PATH, lang)]
    assert ("disesuaikan" if lang == "id" else "adjusted gain") in table and documented not in table, table
    for key in ("peringkat_terbaik", "peringkat_terburuk"):  # the adjusted gain's rank range is the model's
        assert ("model campuran" if lang == "id" else "mixed model") in defined[header(key, PATH, lang)], key


@pytest.mark.parametrize(("measure", "lang", "name"), [
    pytest.param("gain", "id", "Kenaikan nilai, rata-rata peserta (poin)", id="participants-mean-id"),
    pytest.param("gain", "en", "Gain, participants' mean (points)", id="participants-mean-en"),
    pytest.param("gain_model", "id", "Kenaikan nilai, disesuaikan (model campuran; poin)", id="adjusted-id"),
    pytest.param("gain_model", "en", "Gain, adjusted (mixed model; points)", id="adjusted-en"),
    pytest.param("ikm", "id", "IKM konversi", id="other-figure")])
def test_a_comparison_row_names_the_gain_it_holds(measure, lang, name):
    """hasil.json's own row (a workbook built without the report's records) ranks the participants' mean: named so,
    never the plain 'Kenaikan nilai (poin)' the adjusted gain's rank could be read under."""
    from evalasn.report.formats.workbook_words import worded

    assert worded("kunci", measure, {}, lang) == name
