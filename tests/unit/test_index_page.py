"""reports/index.html (issue 22, reader review 2 #9, #10): an IKM with its category as the reports state it, and
an index only for a language that has reports of the data now cleaned."""

from __future__ import annotations

import copy
import json
import re
import shutil

import lxml.html
import pytest

from evalasn.analysis import results
from evalasn.paths import ProjectPaths, project
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.formats import index
from evalasn.run import outputs


def _text(node) -> str:
    return re.sub(r"\s+", " ", node.text_content().replace("\u00a0", " ").replace("\u2060", "")).strip()


def _with_ikm(hasil, estimasi: float, low: float, high: float, categories: tuple[str, str, str]):
    """A copy of ``hasil`` whose latest IKM period (the key figure) is the one given."""
    planted = copy.deepcopy(hasil)
    letter, low_letter, high_letter = categories
    planted["level4_hasil"]["ikm_per_periode"][-1].update(
        estimasi=estimasi, ci_bawah=low, ci_atas=high, cukup_data=True, n=300, kategori=letter,
        kategori_bawah=low_letter, kategori_atas=high_letter)
    return planted


@pytest.mark.parametrize(("lang", "figure", "shown"), [
    ("id", (76.03, 74.51, 77.55, ("C", "C", "B")), "76,03 C (C–B)"),
    ("en", (76.03, 74.51, 77.55, ("C", "C", "B")), "76.03 C (C–B)"),
    ("id", (80.20, 78.90, 81.50, ("B", "B", "B")), "80,20 B"),
    ("id", (76.90, 76.10, 77.70, ("B", "C", "B")), "76,90 B (C–B)"),
], ids=["c-reaching-b", "english", "surely-b", "b-reaching-c"])
def test_an_ikm_is_stated_as_the_province_table_of_dinas_states_it(pipeline_root, lang, figure, shown):
    """Reader review 2 #9: '76,03 C' said more than the province's Tabel 11 ('C (C–B)') and its summary (none is
    surely below B): the index's cell is the table's own function, the category range from the 95% interval."""
    paths = project(pipeline_root)
    hasil = _with_ikm(results.read(paths.hasil("kesehatan")), *figure)
    row = lxml.html.fromstring(f"<table>{index._row(paths, hasil, lang)}</table>")
    cell = row.xpath("//td[contains(@class, 'kf-ikm')]")[0]
    assert _text(cell) == shown
    ikm = {fact.key: fact for fact in facts.build(hasil, lang)}["ikm"]
    assert _text(cell) == facts.table_value("ikm", ikm.value, lang).replace("\u00a0", " ").replace("\u2060", "")


@pytest.mark.parametrize(("low", "high", "shown"), [
    (74.20, 77.40, "2024 75,80 C (C–B)"), (74.20, 76.00, "2024 75,80 C"),
], ids=["reaching-b", "surely-c"])
def test_an_earlier_years_ikm_has_its_range_too(pipeline_root, low, high, shown):
    """The years side by side: a year of `tren` keeps only the interval; its categories are read from its ends."""
    paths = project(pipeline_root)
    hasil = copy.deepcopy(results.read(paths.hasil("kesehatan")))
    earlier = next(year for year in hasil["tren"] if year["tahun"] == 2024)
    earlier["ikm"] = {"n": 300, "estimasi": 75.8, "ci_bawah": low, "ci_atas": high, "cukup_data": True, "kategori": "C"}
    row = lxml.html.fromstring(f"<table>{index._years_row(hasil, 'id', [])}</table>")
    ikm_cell = row.xpath("//td")[1 + [column.key for column in index.year_columns(True)].index("ikm")]
    assert shown in [_text(line) for line in ikm_cell.xpath("./span[@class='yr']")]


@pytest.fixture
def built(pipeline_root, tmp_path) -> ProjectPaths:
    """A copy of the small modelled project with the Indonesian report files of every scope (the index links to
    them; their content is not read) and the English ones of kesehatan."""
    shutil.copytree(pipeline_root / "data" / "processed", tmp_path / "data" / "processed")
    shutil.copytree(pipeline_root / "reports", tmp_path / "reports", ignore=shutil.ignore_patterns("index*.html"))
    paths = project(tmp_path)
    for folder in paths.reports.iterdir():
        if folder.is_dir() and paths.hasil_years(folder.name):
            year = paths.hasil_years(folder.name)[-1]
            for made in paths.report_outputs(folder.name, "id", year):
                made.write_bytes(b"laporan")
    return paths


def test_no_english_index_without_english_reports(built):
    """Reader review 2 #10: after an Indonesian-only build the English index was a header row and no agency: it is
    not written, and one left from an earlier build goes (nothing from an earlier language mistaken for current)."""
    paths = built
    paths.index("en").write_text("<table><tr><th>Agency</th></tr></table>", encoding="utf-8")  # an earlier build's
    assert index.write_index(paths, "en") is None
    assert not paths.index("en").exists()
    written = index.write_index(paths, "id")
    assert written is not None and written == paths.index("id")
    page = lxml.html.fromstring(written.read_text(encoding="utf-8"))
    links = page.xpath("//table[contains(@class, 'index-table')]//a/@href")
    assert f"{PROVINCE_SLUG}/{paths.report_html(PROVINCE_SLUG, 'id').name}" in links
    # one English report is enough for an English index, which links to it
    for made in paths.report_outputs("kesehatan", "en", paths.hasil_years("kesehatan")[-1]):
        made.write_bytes(b"report")
    english = index.write_index(paths, "en")
    assert english is not None
    assert f"kesehatan/{paths.report_html('kesehatan', 'en').name}" in english.read_text(encoding="utf-8")


def test_the_stale_output_cleanup_removes_an_index_left_without_reports(built):
    """New data cleaned: every output of the old data goes (``keluaran lama``), the indexes too, listed among what
    was removed, instead of being rewritten as a table with a header and no rows."""
    paths = built
    for made in paths.report_outputs("kesehatan", "en", paths.hasil_years("kesehatan")[-1]):
        made.write_bytes(b"report")
    assert index.write_index(paths, "id") and index.write_index(paths, "en")
    provenance = json.loads(paths.provenance.read_text(encoding="utf-8"))
    provenance["file"] = {"pegawai.csv": "0" * 64}  # other raw files
    paths.provenance.write_text(json.dumps(provenance), encoding="utf-8")
    removed = outputs.prune(paths)
    assert {paths.index("id"), paths.index("en")} <= set(removed)
    assert not paths.index("id").exists() and not paths.index("en").exists()


def test_the_cleanup_keeps_the_index_of_a_language_that_still_has_reports(built):
    """A dinas no longer in the data: its folder goes; the Indonesian index, whose other reports stay, is
    rewritten without it; the English one, whose only report was that dinas's, is removed."""
    paths = built
    gone = "kebudayaan"
    for made in paths.report_outputs(gone, "en", paths.hasil_years(gone)[-1]):
        made.write_bytes(b"report")
    assert index.write_index(paths, "id") and index.write_index(paths, "en")
    provenance = json.loads(paths.provenance.read_text(encoding="utf-8"))
    provenance["dinas"] = [slug for slug in provenance["dinas"] if slug != gone]
    paths.provenance.write_text(json.dumps(provenance), encoding="utf-8")
    removed = outputs.prune(paths)
    assert paths.report_dir(gone) in removed and paths.index("en") in removed
    page = paths.index("id").read_text(encoding="utf-8")
    assert f'href="{gone}/' not in page and 'href="kesehatan/' in page


def test_the_command_says_an_index_was_not_written_and_an_old_one_removed(built, capsys):
    """`python -m evalasn.run.cli index` (and `make reports`, through the same function) says what became of each
    language's index, so an evaluator does not look for an English index an Indonesian-only build did not write."""
    from argparse import Namespace

    from evalasn.run import cli

    paths = built
    paths.index("en").write_text("<table><tr><th>Agency</th></tr></table>", encoding="utf-8")
    assert cli.cmd_index(Namespace(bahasa="id,en"), paths) == 0
    said = capsys.readouterr().out.splitlines()
    assert said == ["Indeks: reports/index.html",
                    "Indeks reports/index.en.html tidak ditulis: belum ada laporan berbahasa en dari data ini; indeks "
                    "dari build sebelumnya dihapus (make reports BAHASA=en)"]
    assert paths.index("id").exists() and not paths.index("en").exists()


def test_the_report_links_are_beside_the_agency_name(built):
    """REVIEW7 R7-2: the links column came last and, at 1366 px, fell outside the window with no scroll cue (the
    Indonesian follow-up column is wide): the links sit beside the name, in every row."""
    written = index.write_index(built, "id")
    assert written is not None
    page = lxml.html.fromstring(written.read_text(encoding="utf-8"))
    table = page.xpath("//table[contains(@class, 'index-table')]")[0]
    heads = [_text(th) for th in table.xpath("./thead/tr/th")]
    assert heads[1] == index.t("index_reports", "id"), heads
    rows = table.xpath("./tbody/tr")
    assert rows and all(row.xpath("./td[2]//a/@href") for row in rows)
    assert all(len(row.xpath("./td")) == len(heads) for row in rows)


@pytest.mark.parametrize("key", ["index_note", "index_note_mean"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_index_note_says_its_ikm_cell_has_no_numeric_interval_and_where_it_is(key, lang):
    """LOOK10 N-13: the index's '78,09 B (C–B)' beside the report's '78,09 B (C–B; 76,55–79,63)', and the note said
    only 'other figures without intervals': the index keeps the category form (its table is wide already, N-12) and
    says the IKM's numeric interval is left out and where it is."""
    from evalasn.report.words.text import t

    note = t(key, lang)
    assert ("tanpa rentang angkanya" in note and "tabel angka kunci setiap laporan" in note) if lang == "id" \
        else ("without its numeric interval" in note and "each report's key-figures table" in note), note


@pytest.mark.parametrize("lang, order", [
    ("id", ["provinsi", "kebudayaan", "dispora", "sosial", "satpol-pp"]),
    ("en", ["provinsi", "satpol-pp", "kebudayaan", "sosial", "dispora"]),
], ids=["id", "en"])
def test_the_index_lists_the_province_then_the_dinas_by_the_name_it_shows(lang, order):
    """LOOK10 N-12: by folder name the rows read Bina Marga, Cipta Karya, then 'Dinas Pemuda dan Olahraga',
    'Penanaman Modal ...' ('dispora', 'dpmptsp'): random under the full names shown."""
    names = {"dispora": "Dinas Pemuda dan Olahraga", "kebudayaan": "Dinas Kebudayaan",
             "provinsi": "Provinsi DKI Jakarta", "satpol-pp": "Satuan Polisi Pamong Praja", "sosial": "Dinas Sosial"}
    found = [(slug, year, {"cakupan": {"nama": names[slug]}}, None) for slug in sorted(names) for year in (2025, 2024)]
    assert index._by_name(found, lang) == order  # type: ignore[arg-type]


def test_the_index_table_stays_inside_its_column_on_a_laptop():
    """LOOK10 N-12 (1366 px): the index table took the 6rem a report's table takes beside its 52rem text (report.css)
    on top of its own 78rem column, so it began off the window's left edge, and its one-line follow-up notes kept it
    wider than the column (the agency names behind a sideways scroll); tools/html_shot.py at 1366 px: it fits."""
    css = " ".join(index.INDEX_CSS.split())
    wide = css[css.index("@media screen and (min-width: 56rem)"):]
    wide = wide[:wide.index("}}") + 2]
    assert "main.laporan .table-block{margin-left:0;margin-right:0}" in wide
    assert ".index-table .line{white-space:normal}" in wide
    assert css.index(".index-table .line{white-space:nowrap}") < css.index(wide)  # the later rule wins
