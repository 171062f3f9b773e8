"""Issue 24: last year's follow-up plan, regenerated from last year's results with the same code, judged
with this year's data (report.chapters.followup_review)."""

from __future__ import annotations

import json
import shutil

import pytest

from evalasn.analysis import model, results
from evalasn.paths import project
from evalasn.report.chapters import followup_review, plan, sections


@pytest.fixture(scope="module")
def two_years(tmp_path_factory, pipeline_root):
    """The small sample modelled for its latest year (2025) and, as a 2024 build would, for 2024."""
    root = tmp_path_factory.mktemp("dua-tahun")
    shutil.copytree(pipeline_root, root, dirs_exist_ok=True)
    model.run(project(root), model.ModelParams(tahun=2024))
    return project(root)


def _without_provenance(path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("provenans")
    return data


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_last_year_is_what_a_build_of_last_year_computes(two_years, slug):
    """The 2025 model stage's results for 2024 are the 2024 build's (same data, same code), so the plan
    the chapter judges is the plan the 2024 report printed: same ids, targets and indicators."""
    previous = _without_provenance(two_years.hasil_previous(slug, 2025))
    assert previous == _without_provenance(two_years.hasil(slug, 2024))
    assert previous["komunikasi"]["periode"] == "2024-S2"  # the survey up to that year, not 2025's
    now = sections.load_context(slug, "id", two_years, tahun=2025)
    then = sections.load_context(slug, "id", two_years, tahun=2024)
    reviewed = followup_review.review(now)
    printed = plan.rows(then)
    assert printed and [r.row for r in reviewed] == printed
    assert all(r.row.id.startswith(f"{slug}-2024-") for r in reviewed)


def test_each_row_is_measured_this_year_by_its_definition_and_judged(two_years):
    ctx = sections.load_context("kesehatan", "id", two_years, tahun=2025)
    reviewed = {r.row.code: r for r in followup_review.review(ctx)}
    jp = reviewed["JP20"]
    share: dict = dict(ctx.hasil["pelaksanaan"]["jp_20"]["keseluruhan"])
    assert jp.now.values == pytest.approx((share["estimasi"] * 100, share["ci_bawah"] * 100, share["ci_atas"] * 100))
    assert jp.verdict.status == "not_met"  # a 100% target not reached by everyone
    realised = results.realisation_in_year(ctx.hasil)
    assert realised is not None and reviewed["REALISASI"].now.values == (realised["persen_realisasi"],) * 3
    html = sections.follow_up(ctx)
    assert html.index("Evaluasi Tindak Lanjut 2024") < html.index("BAB X Rencana Tindak Lanjut")
    for code, row in reviewed.items():
        assert f">{code}<" in html and followup_review.show(row.now, "id") in html
    assert "dibuat ulang dari data 2024" in html  # no signed plan: the note says the rows are regenerated
    counts = followup_review.counts(list(reviewed.values()))
    sentence = f"{counts['met']} dari {len(reviewed)} target tindak lanjut 2024 tercapai"
    assert sentence in sections.summary(ctx) and sentence in html


def test_without_last_year_the_chapter_says_so(two_years):
    """2024's own report: the data hold 2023, but the sample's 2023 has a plan too; with last year's results
    removed from the context the chapter is a short note and the summary has no follow-up sentence."""
    ctx = sections.load_context("kesehatan", "en", two_years, tahun=2024)
    assert ctx.previous is not None and ctx.previous["tahun"] == 2023
    ctx.previous = None
    html = followup_review.chapter(ctx)
    assert "Review of the 2023 Follow-up" in html and "no 2023" in html
    assert followup_review.summary_sentence(ctx) is None


def _signed_sheet(paths, slug: str, fill: dict[str, tuple[str, str | None]]):
    """The 2024 report workbook's follow-up sheet, filled as an agency would (pelaksanaan, tanggal) and saved on
    its own (the other sheets removed) into data/raw/."""
    import datetime as dt
    import io

    from openpyxl import load_workbook

    from evalasn.report.formats import workbook
    from evalasn.report.words.text import label

    hasil = results.read(paths.hasil(slug, 2024))
    data = workbook.build(dict(hasil), "id", dt.datetime(2025, 1, 1), plan.for_workbook(hasil, "id", paths))
    book = load_workbook(io.BytesIO(data))
    title = label("rencana_tindak_lanjut", "id")[:31]
    for sheet in list(book.worksheets):
        if sheet.title != title:
            book.remove(sheet)
    sheet = book[title]
    header = [cell.value for cell in sheet[1]]
    column = {name: header.index(label(f"rtl_{name}", "id", pilihan=" / ".join(plan.EXECUTION["id"]), tahun=2024,
                                       tahun_berikut=2025)) + 1 for name in ("id", "pelaksanaan", "tanggal")}
    for row in range(2, sheet.max_row + 1):
        row_id = sheet.cell(row, column["id"]).value
        if row_id in fill:
            sheet.cell(row, column["pelaksanaan"]).value, sheet.cell(row, column["tanggal"]).value = fill[row_id]
    book.save(paths.raw / f"rencana_tindak_lanjut_{slug}_2024.xlsx")


def test_a_signed_plan_returned_by_the_agency_gives_the_execution_column(two_years, tmp_path):
    from evalasn.ingest import clean

    root = tmp_path / "ditandatangani"
    shutil.copytree(two_years.root, root)
    paths = project(root)
    _signed_sheet(paths, "kesehatan", {"kesehatan-2024-JP20": ("selesai", "2025-06-30"),
                                       "kesehatan-2024-DATA": ("belum", None)})
    clean.run(paths)
    ctx = sections.load_context("kesehatan", "id", paths, tahun=2025)
    filled = ctx.signed.dropna(subset=["pelaksanaan"])
    assert sorted(filled["id"]) == ["kesehatan-2024-DATA", "kesehatan-2024-JP20"]
    assert len(ctx.signed) == len(followup_review.last_plan(ctx))  # the whole sheet is read, blanks as blanks
    html = followup_review.chapter(ctx)
    reviewed = {r.row.code: r for r in followup_review.review(ctx)}
    for code, done in (("JP20", "selesai (30 Juni 2025)"), ("DATA", "belum")):
        shown = followup_review.show(reviewed[code].now, "id")
        status = reviewed[code].verdict.text("id")
        assert f"<td>{code}</td>" in html.replace('<td class="num">', "<td>") or f">{code}<" in html
        row = html[html.index(f">{code}<"):]
        row = row[:row.index("</tr>")]
        assert shown in row and status in row and done in row
    assert "dibuat ulang" in html and "laporan dinas" in html and "tidak dilaporkan" in html
    assert followup_review.chapter(ctx) == html  # the same content gives the same chapter
    # the province: every dinas by its share of targets met and of rows reported done
    province = sections.load_context("provinsi", "id", paths, tahun=2025)
    agencies = {a.slug: a for a in followup_review.by_agency(province)}
    assert set(agencies) == set(province.hasil["data"]["dinas_dengan_data"])
    mine = agencies["kesehatan"]
    assert (mine.rows, mine.done, mine.reported) == (len(reviewed), 1, True)
    assert mine.met == followup_review.counts(list(reviewed.values()))["met"]
    assert not agencies["sosial"].reported and agencies["sosial"].done_share is None
    table = followup_review.province_table(province)
    assert "Tindak lanjut 2024 per dinas" in table and "Dinas Kesehatan" in table
    assert "Tindak lanjut 2024 per dinas" in followup_review.chapter(province)


def test_an_id_not_in_last_years_plan_is_refused_with_the_ids_there_are(two_years):
    import pandas as pd

    from evalasn.errors import InputError

    ctx = sections.load_context("kesehatan", "id", two_years, tahun=2025)
    ctx.signed = pd.DataFrame({"id": ["kesehatan-2024-JP21"], "pelaksanaan": ["selesai"], "tanggal": [None]})
    with pytest.raises(InputError, match=r"'kesehatan-2024-JP21' tidak ada .* kesehatan-2024-JP20"):
        followup_review.chapter(ctx)


def test_a_bad_signed_sheet_is_reported_with_file_row_column_and_value(fresh_root):
    """make periksa: an id that is no plan row's, an unknown execution word and an unreadable date."""
    from evalasn.ingest import check

    (fresh_root / "data" / "raw" / "tindak_lanjut.csv").write_text(
        "ID baris (tetap),Pelaksanaan (belum / sebagian / selesai),Tanggal\n"
        "kesehatan-2024-JP20,done,2025-06-30\n"
        "dinas-fiktif-2024-JP20,selesai,2025-06-30\n"
        "kesehatan-2024-DATA,rampung,2025-06-30\n"
        "kesehatan-2024-IKM,belum,kemarin\n"
        "bina-marga-2024-PORSI-E-LEARNING,sebagian,\n", encoding="utf-8")
    found = {(v.source, v.row, v.column, str(v.value)) for v in check.run(project(fresh_root)).violations}
    assert ("tindak_lanjut.csv", 3, "id", "dinas-fiktif-2024-JP20") in found
    assert ("tindak_lanjut.csv", 4, "pelaksanaan", "rampung") in found
    assert ("tindak_lanjut.csv", 5, "tanggal", "kemarin") in found
    # 'done' is the English workbook's word for selesai; a dinas code with hyphens is one code
    assert not [v for v in found if v[0] == "tindak_lanjut.csv" and v[1] in (2, 6)]


def test_a_row_not_met_last_year_is_carried_on_with_its_history(two_years):
    from evalasn.report.chapters import followup

    ctx = sections.load_context("kesehatan", "id", two_years, tahun=2025)
    carried = followup_review.carried(ctx)
    assert carried and all(r.verdict.status == "not_met" for r in carried.values())
    table = {cells[0]: cells[1] for cells in followup.rows(ctx)}
    both = [code for code in carried if code in table]
    assert both, "some row of last year is not met and asked for again"
    for code in both:
        assert f"lanjutan kesehatan-2024-{code}" in table[code] and carried[code].row.today_text in table[code]
    assert not [code for code, text in table.items() if code not in carried and "lanjutan" in text]
