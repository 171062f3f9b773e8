"""Issue 24: last year's follow-up plan, regenerated from last year's results with the same code, judged
with this year's data (report.chapters.followup_review), through the real road: the command line builds the 2024
report, its workbook's plan sheet is filled as an agency would and put in data/raw/, make periksa's check reads
it (with the 2024 workbook in reports/; beside it the province's sheet, whose 2024 workbook is not there: its plan
is made again from the data), the clean stage takes it in and the 2025 report is built (twice, byte for byte the
same).

One module fixture does the builds (the session's small sample, already cleaned and modelled for 2025: only the
2024 model, one 2024 report build, one check, one clean, the 2025 model and two 2025 builds are added; measured
on a busy machine: 20, 17, 14, 7, 23 and 23 + 16 s); the tests read what it made."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from dataclasses import dataclass, replace

import pytest

from evalasn.analysis import results
from evalasn.paths import CODE_ROOT, ProjectPaths, project
from evalasn.report.chapters import (
    comparison,
    followup_attention,
    followup_review,
    followup_rows,
    plan,
    plan_indicators,
    province_rows,
    sections,
)
from evalasn.report.chapters.note_marks import SUPERSCRIPT
from evalasn.report.formats import workbook
from evalasn.report.words import fmt
from tests.integration.helpers import cli, fill_plan_sheet

EPOCH = "1764547200"  # 1 December 2025: every 2024 build here has the same build time
# the 2025 builds: 1 January 2026, 07:00 WIB, the first day after the year they judge (a report dated inside its own
# year calls its annual totals provisional, report.facts.year_open) and before its plan year's first quarter ends
EPOCH_2025 = "1767225600"
# the agency's answers on two rows: one done (with its date), one not started; staff also lowered one target
FILLED = {"kesehatan-2024-JP20": ("selesai", dt.datetime(2025, 6, 30)), "kesehatan-2024-DATA": ("belum", None)}
EDITED_TARGET = ("kesehatan-2024-DATA", 50.0)  # issued as >= 100%
SHEET_NAME = "rencana_tindak_lanjut_kesehatan_2024.xlsx"
PROVINCE_SHEET = "rencana_tindak_lanjut_provinsi_2024.xlsx"  # returned while no 2024 province workbook is in reports/
REVISED_TARGETS = (CODE_ROOT / "config" / "target.yml").read_text(encoding="utf-8").replace(
    "per_dinas: {}", "per_dinas:\n  kesehatan:\n    2024:\n      jp_20: {nilai: 90, dasar: \"Renstra yang direvisi\"}")
assert "Renstra yang direvisi" in REVISED_TARGETS

# the first cell of a plan row: its code, whole in a span.kode since a54d645 (html.table)
CODE_CELL = r'<td[^>]*>(?:<span class="kode">)?([A-Z0-9-]+)(?:</span>)?</td>'


@dataclass
class Cycle:
    paths: ProjectPaths
    built_2024: dict[str, object]  # what the 2024 build left, read before the new data removed it as stale
    # make periksa with an id the issued plan does not have, in Kesehatan's sheet (its 2024 workbook in reports/)
    # and in the province's (no 2024 workbook in reports/, as after make clean: its plan is made from the data)
    mistyped: subprocess.CompletedProcess
    first: dict[str, bytes]  # the 2025 report's files of the first build


@pytest.fixture(scope="module")
def cycle(tmp_path_factory, pipeline_root) -> Cycle:
    """The yearly cycle as an evaluator runs it (docs/siklus-tahunan.md), on the small sample: build 2024, fill
    the plan sheet, check (first a copy with a mistyped id), clean and model with the sheet in data/raw/ (the
    2024 outputs go: they are of other data), build 2025, build it again."""
    root = tmp_path_factory.mktemp("siklus")
    shutil.copytree(pipeline_root, root, dirs_exist_ok=True)
    paths = project(root)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH)
        cli(root, "model", "--tahun", "2024")
        cli(root, "report", "--dinas", "kesehatan", "--tahun", "2024", "--quiet")
        built: dict[str, object] = {"html": paths.report_html("kesehatan", "id", 2024).read_text(encoding="utf-8"),
                                    "published": json.loads(paths.report_hasil("kesehatan", 2024).read_text(
                                        encoding="utf-8"))}
        # the plan each other dinas's 2024 report issues, with the rows the 2024 province plan gave it (C12-13)
        province_2024 = results.read(paths.hasil("provinsi", 2024))
        built["issued-dinas"] = {slug: province_rows.rows(sections.load_context(slug, "id", paths, tahun=2024))
                                 for slug in province_2024["data"]["dinas_dengan_data"] if slug != "kesehatan"}
        for slug in ("kesehatan", "provinsi"):
            built[f"hasil-{slug}"] = _without_provenance(paths.hasil(slug, 2024))
            then = sections.load_context(slug, "id", paths, tahun=2024)
            built[f"plan-{slug}"] = plan.rows(then)
            built[f"review-{slug}"] = [row.code for row in followup_rows.last_plan(then)]
        # after the 2024 plan was published, Kesehatan's 2024 target for 20 JP was revised (Renstra): the plan
        # regenerated next year now differs from the published one, and the published one must be judged
        (root / "config").mkdir(exist_ok=True)
        (root / "config" / "target.yml").write_text(REVISED_TARGETS, encoding="utf-8")
        issued = paths.report_xlsx("kesehatan", "id", 2024)
        fill_plan_sheet(issued, paths.raw / SHEET_NAME, FILLED, rename={"kesehatan-2024-JP20": "kesehatan-2024-JP21"})
        province = root / "laporan-provinsi-2024.xlsx"  # the province's 2024 workbook, kept outside reports/
        hasil = results.read(paths.hasil("provinsi", 2024))
        province.write_bytes(workbook.build(dict(hasil), "id", dt.datetime(2025, 1, 6),
                                            province_rows.for_workbook(hasil, "id", paths)))
        fill_plan_sheet(province, paths.raw / PROVINCE_SHEET, {}, rename={"provinsi-2024-JP20": "provinsi-2024-JP21"})
        mistyped = cli(root, "periksa", check=False)
        (paths.raw / PROVINCE_SHEET).unlink()
        fill_plan_sheet(issued, paths.raw / SHEET_NAME, FILLED, edit=EDITED_TARGET)
        patch.setenv("SOURCE_DATE_EPOCH", EPOCH_2025)
        cli(root, "clean")  # runs make periksa's check of the returned sheet (ingest.plan_ids) and takes it in
        cli(root, "model")
        cli(root, "report", "--dinas", "kesehatan", "--quiet")
        first = {path.suffix: path.read_bytes() for path in paths.report_outputs("kesehatan", "id", 2025)}
        cli(root, "report", "--dinas", "kesehatan", "--quiet", "--force")
    return Cycle(paths, built, mistyped, first)


def _without_provenance(path) -> dict:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("provenans")
    return data


def _chapter(html: str) -> str:
    """The review's section of a report's HTML (BAB X's first, before this year's plan)."""
    start = html.index('id="evaluasi-tindak-lanjut"')
    return html[start:html.index('id="rencana-tindak-lanjut"', start)]


def _row(chapter: str, code: str) -> list[str]:
    """The cells of one row of the review table, as text (the no-break spaces and word joiners that hold a
    number with its unit and a range with its ends read as a space and nothing)."""
    # a stacked table's cell names its column; a code is kept whole in a span (html.table, a54d645)
    found = re.search(rf"<td\b[^>]*>(?:<span class=\"kode\">)?{re.escape(code)}(?:</span>)?</td>", chapter)
    assert found, code
    row = chapter[found.start():]
    return [re.sub(r"<[^>]+>", "", cell).replace("\u00a0", " ").replace("\u2060", "")
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row[:row.index("</tr>")])]


def test_a_rebuilt_dinas_plan_is_the_plan_its_2024_report_issued(cycle):
    """CHECK12 C12-13: without a published record, a dinas's 2024 plan is made again from the 2024 results as the
    2024 build made it: the 2024 province plan first, its rows each dinas carries out added to the dinas's plan (the
    rebuild without them lacked PORSI-E-LEARNING, PPPK-JP, BIAYA-POIN ... that the 2024 reports publish)."""
    issued = cycle.built_2024["issued-dinas"]
    assert isinstance(issued, dict)
    # the sample gives some dinas rows carried from the province plan ('dari baris <kode> rencana provinsi'):
    # what the old rebuild left out
    assert any(row.province_rows and "rencana provinsi" in row.action for rows in issued.values() for row in rows)
    undated = lambda rows: [replace(row, deadline="", due=(0, 0)) for row in rows]  # noqa: E731
    for slug, printed in issued.items():
        now = sections.load_context(slug, "id", cycle.paths, tahun=2025)
        assert followup_review.source(now).kind == "dibuat_ulang"
        assert undated(followup_rows.last_plan(now)) == undated(printed), slug


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_last_year_is_what_a_build_of_last_year_computes(cycle, slug):
    """The 2025 model stage's results for 2024 are the 2024 build's (same data, same code), so the plan
    the chapter judges is the plan the 2024 report printed: same ids, targets and indicators."""
    paths = cycle.paths
    previous = _without_provenance(paths.hasil_previous(slug, 2025))
    assert previous == cycle.built_2024[f"hasil-{slug}"]
    assert previous["komunikasi"]["periode"] == "2024-S2"  # the survey up to that year, not 2025's
    now = sections.load_context(slug, "id", paths, tahun=2025)
    printed = cycle.built_2024[f"plan-{slug}"]
    assert all(row.id.startswith(f"{slug}-2024-") for row in printed)
    assert not paths.hasil(slug, 2024).exists()  # the 2024 outputs were of other data (the sheet was added)
    if slug == "kesehatan":  # its 2024 report was published: that plan is judged (test_the_published_plan_...)
        return
    # no 2024 province report was published: its plan is regenerated, and it is the plan a 2024 build prints
    # (the deadlines count from a report's date, recommendation.plan_start, which the regenerated plan cannot know)
    undated = lambda rows: [replace(row, deadline="", due=(0, 0)) for row in rows]  # noqa: E731
    assert printed and undated(followup_rows.last_plan(now)) == undated(printed)
    assert [r.row.id for r in followup_review.review(now)] == [row.id for row in printed]
    assert followup_review.source(now).kind == "dibuat_ulang"


def test_the_published_plan_is_judged_by_id_not_the_regenerated_one(cycle):
    """C1: the 2024 plan as its report published it (kept when the new data removed that report) is the plan the 2025
    report judges, row by row by id, although the plan regenerated from the same data now differs (Kesehatan's 2024
    target for 20 JP was revised after publication: 90%, the published row says 100%); the chapter and the
    published results say which plan it is."""
    paths = cycle.paths
    published = cycle.built_2024["published"]["rencana_tindak_lanjut"]
    assert not paths.report_hasil("kesehatan", 2024).exists() and paths.kept_plan("kesehatan", 2024).exists()
    now = sections.load_context("kesehatan", "id", paths, tahun=2025)
    judged = followup_rows.last_plan(now)
    assert [(row.id, row.target, row.targets) for row in judged] == \
        [(record["id"], record["target"], tuple(record["target_dinas"])) for record in published]
    regenerated = {row.id: row.target for row in plan.last_year(now)}
    assert regenerated["kesehatan-2024-JP20"] == 90.0 != next(row.target for row in judged if row.code == "JP20")
    chapter = _chapter(paths.report_html("kesehatan", "id", 2025).read_text(encoding="utf-8"))
    assert "sebagaimana terbit bersama laporan 2024, dicocokkan" in chapter
    assert ".json" not in chapter  # the record's file is machinery, not the reader's (REVIEW7 R7-3)
    assert "rekonstruksi" not in chapter
    assert _row(chapter, "JP20")[3] == "≥ 100,0%"  # the published target, not the revised 90%
    record = json.loads(paths.report_hasil("kesehatan", 2025).read_text(encoding="utf-8"))["rencana_tahun_lalu"]
    assert record == {"tahun": 2024, "sumber": "terbit", "berkas": "rencana-terbit-2024.json",
                      "id_dinilai": [row["id"] for row in published], "nilai_berbeda": []}  # the same data
    # the 2024 report had no published 2023 plan: it judged a reconstruction, and its results say so
    assert cycle.built_2024["published"]["rencana_tahun_lalu"]["sumber"] == "dibuat_ulang"


def test_a_published_plan_removed_or_changed_rebuilds_the_report_that_judges_it(cycle):
    """Content, not dates: the 2025 report's fingerprint holds the published 2024 plan (run.batch.published_plans);
    the province's holds every dinas's."""
    from evalasn.run import batch

    paths = cycle.paths
    kept = paths.kept_plan("kesehatan", 2024)
    jobs = [batch.Job("kesehatan", "id", 2025), batch.Job("provinsi", "id", 2025)]
    before = [batch.fingerprint(paths, job) for job in jobs]
    assert batch.up_to_date(paths, jobs[0])
    original = kept.read_bytes()
    try:
        kept.unlink()
        assert [batch.fingerprint(paths, job) != old for job, old in zip(jobs, before, strict=True)] == [True, True]
        assert not batch.up_to_date(paths, jobs[0])
        changed = json.loads(original)
        changed["rencana_tindak_lanjut"][0]["target"] += 1  # a changed record, not only a removed one
        kept.write_text(json.dumps(changed), encoding="utf-8")
        assert batch.fingerprint(paths, jobs[0]) != before[0]
    finally:
        kept.write_bytes(original)
    assert [batch.fingerprint(paths, job) for job in jobs] == before and batch.up_to_date(paths, jobs[0])


def test_the_2025_report_judges_the_returned_2024_sheet(cycle):
    """The built 2025 report: both filled rows with their 2025 values, the right status and the agency's
    execution; the staff-edited target judged as signed and said so; the summary sentence counts the table."""
    paths = cycle.paths
    html = paths.report_html("kesehatan", "id", 2025).read_text(encoding="utf-8")
    chapter = _chapter(html)
    # REVIEW3 24: numbered as BAB X's first section (it was an unnumbered chapter between BAB IX and BAB X)
    assert "10.1 Evaluasi Tindak Lanjut 2024" in chapter
    assert html.index('id="tindak-lanjut"') < html.index(chapter) < html.index('id="rencana-tindak-lanjut"')
    hasil = results.read(paths.hasil("kesehatan", 2025))
    share = hasil["pelaksanaan"]["jp_20"]["keseluruhan"]
    percent = lambda value: fmt.percent(value * 100, 1, "id")  # noqa: E731
    jp = _row(chapter, "JP20")
    assert jp[4] == f"{percent(share['estimasi'])} ({percent(share['ci_bawah'])}–{percent(share['ci_atas'])})"
    assert jp[3] == "≥ 100,0%" and jp[5] == "belum tercapai"  # not every PNS reached 20 JP
    assert jp[6] == "selesai (30 Juni 2025)"
    complete = plan_indicators.data_share(hasil)
    assert complete is not None
    data = _row(chapter, "DATA")
    assert data[4] == fmt.percent(complete, 1, "id") and data[6] == "belum"
    assert data[3] == "≥ 50,0% (disunting; terbit: ≥ 100,0%)"  # against the published 2024 plan
    assert data[5] == ("tercapai" if complete >= 50 else "belum tercapai")  # against the signed 50%, not 100%
    assert "baris DATA ≥ 50,0% (terbit: ≥ 100,0%)" in chapter
    assert "2 baris terisi" in chapter and "tidak dilaporkan" in chapter  # the other rows were left blank
    codes = re.findall(r"<tr\b[^>]*>" + CODE_CELL, chapter)
    statuses = [cells[5] for cells in (_row(chapter, code) for code in codes)]
    met, not_met = statuses.count("tercapai"), statuses.count("belum tercapai")
    sentence = _judged_first(met, not_met, len(statuses))
    summary = html[:html.index('id="evaluasi-tindak-lanjut"')]
    assert sentence in chapter and sentence in summary.split("Ringkasan Eksekutif", 1)[-1]


def test_without_a_signed_plan_the_chapter_has_the_regenerated_rows_and_says_so(cycle):
    """The 2024 report, built before any sheet came back: its review of the 2023 plan has every regenerated row,
    each 'tidak dilaporkan', and the note."""
    chapter = _chapter(str(cycle.built_2024["html"]))
    codes = cycle.built_2024["review-kesehatan"]
    assert codes and re.findall(r"<tr\b[^>]*>" + CODE_CELL, chapter) == codes
    assert all(_row(chapter, code)[6] == "tidak dilaporkan" for code in codes)
    assert "Catatan rencana tindak lanjut 2023 yang terbit tidak ada (catatan rencana dari laporan 2023 tidak " \
        "ditemukan)" in chapter
    assert "rekonstruksi, bukan rencana yang ditandatangani" in chapter and "dibuat ulang" in chapter
    assert "Lembar isian rencana tindak lanjut 2023 yang diisi tidak diterima" in chapter


def test_two_builds_of_the_2025_report_are_byte_identical(cycle, tmp_path):
    """SOURCE_DATE_EPOCH fixed: HTML, Word and workbook byte for byte, the PDF page by page (as test_trust)."""
    from tests.integration.helpers import pdf_pages

    for path in cycle.paths.report_outputs("kesehatan", "id", 2025):
        if path.suffix != ".pdf":
            assert path.read_bytes() == cycle.first[path.suffix], path.name
    earlier = tmp_path / "pertama.pdf"
    earlier.write_bytes(cycle.first[".pdf"])
    pages = pdf_pages(cycle.paths.report_pdf("kesehatan", "id", 2025))
    assert pages and pages == pdf_pages(earlier)


def test_make_periksa_names_an_id_the_issued_plan_does_not_have(cycle):
    """A mistyped id is named with its place and the ids the printed plan has; the sheet as returned passes the
    same check (ingest.clean.read_and_check, periksa's and the clean stage's: the fixture's clean took it in)."""
    mistyped = cycle.mistyped
    said = mistyped.stdout + mistyped.stderr
    assert mistyped.returncode != 0
    assert SHEET_NAME in said and "Rencana Tindak Lanjut" in said and "kesehatan-2024-JP21" in said
    assert "seperti dicetak laporan 2024" in said and "kesehatan-2024-JP20" in said
    assert re.search(r"baris \d+", said) and "kolom 'ID baris (tetap)' (A) → id" in said  # header, letter, column


def test_make_periksa_without_the_issued_workbook_checks_the_plan_made_again_from_the_data(cycle):
    """No 2024 province workbook in reports/ (as after make clean): periksa regenerates the province's 2024 plan
    from data/raw/ with the report's code and names the mistyped row alone (every other row of the returned sheet
    is in it), with its file, sheet, row, column, value and the ids there are: those of the plan a 2024 build
    prints."""
    said = cycle.mistyped.stdout + cycle.mistyped.stderr
    # its id column's lines (the sheet's empty execution columns are named too, as warnings, since 2637850)
    lines = [line for line in said.splitlines() if PROVINCE_SHEET in line and "kolom 'ID baris (tetap)'" in line]
    assert len(lines) == 1 and "provinsi-2024-JP21" in lines[0] and "Rencana Tindak Lanjut" in lines[0]
    assert "seperti rencana 2024 yang dibuat ulang dari data 2024" in lines[0]
    printed = sorted(row.id for row in cycle.built_2024["plan-provinsi"])
    assert "provinsi-2024-JP20" in printed and ", ".join(printed) in lines[0]  # the regenerated plan is the printed
    assert re.search(r"baris \d+", lines[0]) and "kolom 'ID baris (tetap)' (A) → id" in lines[0]


def test_the_province_follows_up_on_every_dinas(cycle):
    paths = cycle.paths
    province = sections.load_context("provinsi", "id", paths, tahun=2025)
    agencies = {a.slug: a for a in followup_attention.by_agency(province)}
    assert set(agencies) == set(province.hasil["data"]["dinas_dengan_data"])
    mine = agencies["kesehatan"]
    own = followup_review.review(sections.load_context("kesehatan", "id", paths, tahun=2025))
    assert (mine.rows, mine.done, mine.reported) == (len(own), 1, True)
    assert mine.met == followup_attention.counts(own)["met"]
    assert not agencies["sosial"].reported and agencies["sosial"].done_share is None
    table = followup_review.province_table(province)
    assert "Tindak lanjut 2024 per dinas" in table and "Dinas Kesehatan" in table
    assert (fmt.percent_of(1, len(own), "id") or "?") in table  # one of its rows reported done
    assert "Tindak lanjut 2024 per dinas" in followup_review.chapter(province)
    # the attention list uses it, by its rule; each dinas's own report says the same of itself
    listed = followup_review.attention(province)
    assert listed is not None
    assert "lembar isian rencana 2024 tidak dikembalikan" in listed["sosial"]  # kesehatan returned its sheet
    dinas = sections.load_context("kesehatan", "id", paths, tahun=2025)
    assert listed.get("kesehatan", []) == followup_attention.attention_reasons(dinas)
    sentence = comparison.attention_sentence(dinas, with_rule=False) or ""
    assert all(reason in sentence for reason in listed.get("kesehatan", []))
    # the index shows the share per dinas and year, counted as the chapter counts it
    from evalasn.report.formats.index import index_page

    page = index_page(paths, "id")[0]
    # the share of the targets that could be judged, never of every row (REVIEW6b 12)
    met = fmt.percent_of(mine.met, mine.judged, "id", column=True)  # one decimal, as the cells under it (N-18)
    assert (f"{mine.met} dari {mine.judged} yang dapat dinilai tercapai ({met})"
            if mine.judged else f"{mine.rows} target belum dapat dinilai") in page
    assert f"1 selesai ({fmt.percent_of(1, mine.rows, 'id', column=True)})" in page


def test_without_last_year_the_chapter_says_so(cycle):
    """With last year's results removed from the context (data without the year before) the chapter is a short
    note and the summary has no follow-up sentence."""
    ctx = sections.load_context("kesehatan", "en", cycle.paths, tahun=2025)
    assert ctx.previous is not None and ctx.previous["tahun"] == 2024
    ctx.previous = None
    html = followup_review.chapter(ctx)
    assert "Review of the 2024 Follow-up" in html and "no 2024" in html
    assert followup_review.summary_sentence(ctx) is None


def test_an_id_not_in_last_years_plan_is_refused_with_its_place_and_the_ids_there_are(cycle):
    """The report's own check (the issued workbook was not at hand when the sheet was cleaned)."""
    import pandas as pd

    from evalasn.errors import InputError

    ctx = sections.load_context("kesehatan", "id", cycle.paths, tahun=2025)
    ctx.signed = pd.DataFrame({"id": ["kesehatan-2024-JP21"], "pelaksanaan": ["selesai"], "tanggal": [None],
                               "sumber": ["rtl.xlsx, sheet Rencana Tindak Lanjut"], "baris": [4]})
    with pytest.raises(InputError, match=r"rtl.xlsx, sheet Rencana Tindak Lanjut, baris 4, kolom 'id': nilai "
                                         r"'kesehatan-2024-JP21' — diharapkan .*kesehatan-2024-JP20"):
        followup_review.chapter(ctx)


def test_a_bad_signed_sheet_is_reported_with_file_row_column_and_value(fresh_root):
    """make periksa: an id that is no plan row's, an unknown execution word, an unreadable date, a dinas the
    data do not hold."""
    from evalasn.ingest import check

    (fresh_root / "data" / "raw" / "tindak_lanjut.csv").write_text(
        "ID baris (tetap),Pelaksanaan (belum / sebagian / selesai),Tanggal\n"
        "kesehatan-2024-JP20,done,2025-06-30\n"
        "dinas-fiktif-2024-JP20,selesai,2025-06-30\n"
        "kesehatan-2024-DATA,rampung,2025-06-30\n"
        "kesehatan-2024-IKM,belum,kemarin\n"
        "bina-marga-2024-PORSI-E-LEARNING,sebagian,\n", encoding="utf-8")
    found = {(v.source, v.row, v.column, str(v.value)): v.expected
             for v in check.run(project(fresh_root)).violations}
    assert ("tindak_lanjut.csv", 3, "id", "dinas-fiktif-2024-JP20") in found
    assert ("tindak_lanjut.csv", 4, "pelaksanaan", "rampung") in found
    assert ("tindak_lanjut.csv", 5, "tanggal", "kemarin") in found
    # a dinas code with hyphens is one code: a known dinas, but not one of the sample's
    assert "dinas yang ada dalam data" in found[("tindak_lanjut.csv", 6, "id", "bina-marga-2024-PORSI-E-LEARNING")]
    # 'done' is the English workbook's word for selesai
    assert not [v for v in found if v[0] == "tindak_lanjut.csv" and v[1] == 2]


def test_a_row_not_met_last_year_is_carried_on_with_its_history(cycle):
    from evalasn.report.chapters import followup

    ctx = sections.load_context("kesehatan", "id", cycle.paths, tahun=2025)
    carried = followup_review.carried(ctx)  # by code: not met, or cannot be judged (issue 24.2)
    assert carried and all(r.verdict.status in ("not_met", "cannot") for r in carried.values())
    # the history beside the step, or in the row's note under the table (BIAYA-POIN, plan.NOTED_RULES; LOOK37b M-10)
    table = {row.code: f"{row.action} {row.note}" for row in followup.issued(ctx)}
    this_year = plan.rows(ctx)
    findings = {row.code: followup_review.finding(row) for row in this_year}
    last = {followup_review.finding(r.row) for r in carried.values()}
    both = [code for code in table if findings[code] in last]
    assert both, "some row of last year is not reached and asked for again"
    linked, _ = followup.links(this_year, carried)
    for row, row_links in zip(this_year, linked, strict=True):
        for link in row_links:  # each named with its own words and last year's value
            # the same code: 'this row' beside the row's Kode (LOOK10 N-10); another: named
            said = "lanjutan baris ini dari rencana 2024:" if link.before.row.code == row.code \
                else f"menggantikan rencana 2024, baris {link.before.row.code}"
            assert said in table[row.code]
        assert (findings[row.code] in last) == bool(row_links)
    assert not [code for code, text in table.items() if findings[code] not in last and "lanjutan" in text]


def test_the_workbook_issues_the_plan_the_report_prints(cycle):
    """REVIEW2 1: the workbook's plan sheet (what the agency signs and returns) had KECIL-SEMINAR '≥ 2,2' while the
    PDF, DOCX and HTML printed '≥ 2,3' (last year's target kept), and its actions lacked the carried rows' history:
    every row's action and target are the same in the 2025 workbook and the report's BAB X."""
    import io
    from html import unescape

    from openpyxl import load_workbook

    from evalasn.report.words.text import label

    html = cycle.first[".html"].decode("utf-8")
    start = html.index('id="rencana-tindak-lanjut"')  # this year's plan, after last year's reviewed
    chapter = html[start:html.index("</section>", start)]
    printed = {}
    for row in re.findall(r"<tr\b[^>]*>(.*?)</tr>", chapter, re.S):  # rows kept together carry a class
        cells = [unescape(re.sub(r"<[^>]+>", "", cell)).replace("\u00a0", " ").replace("\u2060", "")
                 for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        if cells:
            printed[cells[0]] = (cells[1], cells[4])
    book = load_workbook(io.BytesIO(cycle.first[".xlsx"]), read_only=True)
    sheet = next(book[name] for name in book.sheetnames if name.startswith("Rencana"))
    rows = list(sheet.iter_rows(values_only=True))
    column = {name: index for index, name in enumerate(rows[0])}
    code, action, target = (column[label(key, "id", tahun_berikut=2026)] for key in ("rtl_kode", "rtl_tindak_lanjut",
                                                                                     "rtl_target"))
    plain = lambda text: str(text).replace("\u00a0", " ").replace("\u2060", "")  # noqa: E731
    sheet_rows = {row[code]: (plain(row[action]), plain(row[target])) for row in rows[1:] if row[0]}
    assert printed and sheet_rows.keys() == printed.keys()
    for key, (step, goal) in printed.items():
        # a target cell marked for its row's note under the table (LOOK37b M-10) says that note whole in the sheet
        bare = goal.rstrip(SUPERSCRIPT)
        assert sheet_rows[key][0] == step, key
        said = sheet_rows[key][1]
        assert said == goal if bare == goal else said.startswith((bare + "; ", bare + " (")), key
    assert any("lanjutan baris ini dari rencana 2024: " in text
               for pair in sheet_rows.values() for text in pair)


def _judged_first(met: int, not_met: int, rows: int) -> str:
    """The summary's sentence on last year's targets as followup_review.summary_sentence words it (REVIEW6b 12: what
    could be judged first; no count of met targets over rows that cannot be judged)."""
    judged = met + not_met
    if not judged:
        return f"{rows} target tindak lanjut 2024 "  # 'belum' only in a year not over (LOOK35b H-10)
    if judged < rows:
        return (f"Dari {judged} target tindak lanjut 2024 yang dapat dinilai, {met} tercapai dan {not_met} belum "
                "tercapai")
    return f"{met} dari {rows} target tindak lanjut 2024 tercapai"


def test_a_dinas_leaving_the_data_keeps_its_published_plan_and_the_province_says_so(cycle):
    """CHECK14 E14-1 on the sample's 2025 build: a dinas whose 2024 report was published but which the data now lack
    (as when an export drops it) loses its outputs but not its plan (run.outputs.prune deleted its folder whole), and
    the province names it apart in BAB I and under its follow-up table, with its plan's rows counted."""
    from evalasn.registry import official_name
    from evalasn.report.words import coverage
    from evalasn.run.outputs import prune

    paths = cycle.paths
    province = results.read(paths.hasil("provinsi", 2025))
    gone = province["data"]["dinas_tanpa_data"][0]
    published = cycle.built_2024["published"]
    assert isinstance(published, dict)
    rows = [{**row, "id": row["id"].replace("kesehatan-", f"{gone}-")} for row in published["rencana_tindak_lanjut"]]
    old = {**published, "cakupan": {**published["cakupan"], "slug": gone}, "rencana_tindak_lanjut": rows}
    paths.report_dir(gone).mkdir(parents=True)
    paths.report_hasil(gone, 2024).write_text(json.dumps(old), encoding="utf-8")
    report = paths.report_pdf(gone, "id", 2024)
    report.write_bytes(b"%PDF lama")
    try:
        removed = prune(paths)
        assert report in removed and paths.report_hasil(gone, 2024) in removed
        assert sorted(path.name for path in paths.report_dir(gone).iterdir()) == ["rencana-terbit-2024.json"]
        ctx = sections.load_context("provinsi", "id", paths, tahun=2025)
        assert [(slug, len(kept.rows)) for slug, kept in ctx.left.items()] == [(gone, len(rows))]
        assert f"ada data 2024, tidak ada data 2025: {coverage.short_name_in(gone, 'id')}" in " ".join(
            coverage.province_sentences(ctx.hasil, "id", ctx.left))
        table = followup_review.province_table(ctx)
        name = official_name(gone)  # as the table names each dinas
        assert f"{name}: ada data 2024, tidak ada data 2025; rencana tindak lanjut 2024-nya ({len(rows)} baris) " \
               "tidak dapat dinilai" in table.split("</table>")[-1]
        assert name not in table.split("</table>")[0]
    finally:
        shutil.rmtree(paths.report_dir(gone))
