"""Personal data never reaches an output; hostile text is shown as text; a rebuild gives the same bytes."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
import zlib
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from evalasn import schema
from evalasn.analysis import model
from evalasn.ingest import clean
from evalasn.ingest.errors import InputError
from evalasn.paths import project
from evalasn.report.formats.render import Renderer
from evalasn.run import batch, fastpath
from evalasn.run.fastpath import kernels as fast_kernels
from tests import hostile
from tests.conftest import SMALL_DINAS
from tests.integration.helpers import pdf_pages

HOSTILE_UNIT = "<script>document.title='DIRETAS'</script>"
HOSTILE_UNIT_2 = "<img src=x onerror=\"document.body.setAttribute('data-diretas','1')\">"
HOSTILE_THEME = "<b onmouseover=alert(1)>layanan</b>"


@pytest.fixture(scope="module")
def renderer():
    return Renderer()


def _build(root, renderer, slug="kesehatan", bahasa="id"):
    paths = project(root)
    clean.run(paths)
    model.run(paths)
    outcome = batch.build_one(root, batch.Job(slug, bahasa), renderer)
    assert outcome.ok, outcome.error
    return paths


@pytest.fixture(scope="module")
def privacy_root(built_reports):
    """The whole road as the Makefile runs it (tests/integration/conftest.py): the executed clean and
    model notebooks and every report of every scope, in both languages for the province."""
    root, _ = built_reports
    return project(root)


def _produced_texts(paths):
    """Every file the pipeline produced, as text (parquet cells, JSON, notebooks, HTML, PDF text)."""
    for path in sorted(paths.root.rglob("*")):
        if not path.is_file() or paths.raw in path.parents or path.parent.name == "kunci":
            continue
        if path.suffix == ".parquet":
            frame = pq.read_table(path).to_pandas()
            yield path, frame.astype(str).to_csv(index=False) + str(path.read_bytes())
        elif path.suffix == ".pdf":
            yield path, " ".join(pdf_pages(path))
        elif path.suffix in (".docx", ".xlsx"):  # zip of XML parts: their text, not the compressed bytes
            with zipfile.ZipFile(path) as archive:
                yield path, " ".join(archive.read(n).decode("utf-8", errors="replace") for n in archive.namelist()
                                     if n.endswith((".xml", ".rels")))
        else:
            yield path, path.read_bytes().decode("utf-8", errors="replace")


def test_no_nip_or_name_in_any_output(privacy_root, sample_raw):
    pegawai = pd.read_csv(sample_raw / "pegawai.csv", dtype=str)
    nips, names = set(pegawai["nip"]), set(pegawai["nama"])
    pattern = re.compile(r"\d{18}")
    any_name = _any_of(names)
    checked = 0
    for path, text in _produced_texts(privacy_root):
        checked += 1
        leaked = set(pattern.findall(text)) & nips
        assert not leaked, f"NIP {sorted(leaked)[:3]} in {path}"
        hit = any_name.search(text)
        assert hit is None, f"name {hit.group()!r} in {path}"
    assert checked >= 10


def _any_of(words: set[str]) -> re.Pattern:
    """A pattern that finds any of ``words`` anywhere (as ``word in text`` does), in one pass over a text: the words
    as a trie (one branch per next character), not ~900 scans of every output (10 s of CPU on the session's
    reports)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here: a text holding this much holds a word

    def alternatives(node: dict) -> str:
        if "" in node:
            return ""
        branches = [re.escape(char) + alternatives(node[char]) for char in sorted(node)]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    assert words and "" not in words
    return re.compile(alternatives(trie))


def test_processed_data_carry_the_pseudonym_not_the_nip(privacy_root):
    columns = pq.read_schema(privacy_root.table("peserta")).names
    assert "pegawai_id" in columns and "nip" not in columns and "nama" not in columns


@pytest.fixture(scope="module")
def hostile_root(tmp_path_factory, sample_raw, renderer):
    """Kesehatan's units and themes are HTML and formulas; every other text column of the exports
    starts with a formula (tests/hostile.py) as well."""
    root = tmp_path_factory.mktemp("jahat")
    raw = root / "data" / "raw"
    shutil.copytree(sample_raw, raw)
    for table in ("pegawai", "skm", "kinerja_unit"):
        frame = pd.read_csv(raw / f"{table}.csv", dtype=str, keep_default_na=False)
        mine = frame["dinas"] == "kesehatan"
        units = sorted(frame.loc[mine, "unit_kerja"].unique())
        mapping = {u: _formula(i) + (HOSTILE_UNIT if i % 2 else HOSTILE_UNIT_2) + f" {i}" for i, u in enumerate(units)}
        frame.loc[mine, "unit_kerja"] = frame.loc[mine, "unit_kerja"].map(mapping)
        _write(frame, raw / f"{table}.csv")
    kegiatan = pd.read_csv(raw / "kegiatan.csv", dtype=str, keep_default_na=False)
    mine = kegiatan["dinas"] == "kesehatan"
    kegiatan.loc[mine, "tema"] = [_formula(i) + HOSTILE_THEME for i in range(int(mine.sum()))]
    _write(kegiatan, raw / "kegiatan.csv")
    for table in schema.RAW:  # the remaining text columns of every table the sample writes, all dinas
        if not (raw / f"{table}.csv").exists():
            continue  # an optional table the sample has none of (tindak_lanjut: a signed plan comes back later)
        frame = pd.read_csv(raw / f"{table}.csv", dtype=str, keep_default_na=False)
        for column in schema.RAW[table].columns:
            if column.kind == "text" and column.name not in ("unit_kerja", "tema") and column.name in frame:
                # the prefix follows the value: an identifier (kegiatan_id) stays the same key in every table
                frame[column.name] = [_formula(zlib.crc32(v.encode())) + v if v else v for v in frame[column.name]]
        _write(frame, raw / f"{table}.csv")
    return _build(root, renderer)


def _write(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, lineterminator="\r\n")  # as Excel writes CSV: a "\r" in a cell is quoted


def _formula(number: int) -> str:
    return hostile.TEXTS[number % len(hostile.TEXTS)] + " "


def test_hostile_strings_are_text_in_every_workbook(hostile_root):
    """Units, themes, indicators and names that start with "=", "+", "-", "@", a tab or a carriage
    return stay text in the report workbook (no formula cell anywhere), as written in the export."""
    workbooks = sorted(hostile_root.root.rglob("*.xlsx"))
    assert hostile_root.report_xlsx("kesehatan") in workbooks
    shown = set().union(*(hostile.texts_in(path) for path in workbooks))
    planted = {text.strip() for text in hostile.TEXTS}
    units = {text for text in shown if "document.title" in text or "onerror" in text}
    themes = {text for text in shown if "onmouseover" in text}
    assert units and themes, "the report workbook lists kesehatan's units and themes"
    for text in units | themes:  # as written: a cell of the name, or a sentence naming it (the plan's actions)
        assert any(text.startswith(start + " ") or f" {start} " in text for start in planted), text
    assert {text.split(" ")[0] for text in units | themes} >= {"=1+1", "@SUM(A1)", "+1"}


def test_hostile_strings_are_escaped_in_the_html(hostile_root):
    html = hostile_root.report_html("kesehatan").read_text(encoding="utf-8")
    assert "&lt;script&gt;document.title=" in html
    assert "<script>document.title" not in html and "<img src=x" not in html and "<b onmouseover" not in html


def test_hostile_strings_are_text_in_the_pdf(hostile_root):
    text = " ".join(pdf_pages(hostile_root.report_pdf("kesehatan")))
    assert "<script>document.title='DIRETAS'</script>" in text.replace("\n", "") or "<script>" in text


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed (make system-deps)")
def test_no_script_runs_in_a_browser(hostile_root, tmp_path):
    html = hostile_root.report_html("kesehatan")
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profil'}", "--virtual-time-budget=2000", "--dump-dom", html.as_uri()],
        capture_output=True, text=True, timeout=120).stdout
    assert "<main" in dom, "chromium printed no DOM"
    assert "DIRETAS" not in dom.split("</title>")[0]
    assert not re.search(r"<body[^>]*data-diretas", dom), "an onerror handler ran"
    assert not re.search(r"<img[^>]*src=\"x\"", dom), "an <img> from the data became an element"
    assert "&lt;script&gt;" in dom


def test_two_builds_give_the_same_bytes(tmp_path, pipeline_root, monkeypatch):
    """Also the check that the fast path changes nothing: the first build forks its report kernel
    from the fork server (evalasn.run.fastpath), the second runs with EVALASN_FASTPATH=0. The first
    one's clean and model stages are the session's (pipeline_root: the same sample and code, run by the
    command line through the stages' notebooks, as make runs them); the second runs them in-process beside
    it, so the two ways of running a stage are compared too."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764288000")  # 28 November 2025, as a fixed build time
    roots: list[Path] = []
    for name, fast in (("satu", "1"), ("dua", "0")):
        monkeypatch.setenv(fastpath.SWITCH, fast)
        root = tmp_path / name
        if roots:  # the same raw data and pseudonym key, as on the evaluator's machine
            shutil.copytree(project(roots[0]).raw, project(root).raw)
            shutil.copytree(project(roots[0]).key_file.parent, project(root).key_file.parent)
        else:
            shutil.copytree(pipeline_root, root)  # cleaned and modelled
        with batch.worker_session() as renderer:
            assert (fast_kernels._CLIENT is not None) == (fast == "1")
            if roots:
                _build(root, renderer)
            else:
                outcome = batch.build_one(root, batch.Job("kesehatan", "id"), renderer)
                assert outcome.ok, outcome.error
        roots.append(root)
    first, second = (project(r) for r in roots)
    for path in sorted(first.processed.glob("*")):
        assert path.read_bytes() == (second.processed / path.name).read_bytes(), path.name
    results = sorted(first.reports.glob("*/_build/hasil-*.json"))  # every scope, this year and the year before
    assert len(results) == 2 * (len(SMALL_DINAS) + 1), results
    for path in results:
        assert path.read_bytes() == (second.reports / path.relative_to(first.reports)).read_bytes(), path
    assert pdf_pages(first.report_pdf("kesehatan")) == pdf_pages(second.report_pdf("kesehatan"))
    # the PDF shortcuts (fastpath.pdf) give WeasyPrint's own bytes
    assert first.report_pdf("kesehatan").read_bytes() == second.report_pdf("kesehatan").read_bytes()
    assert first.report_html("kesehatan").read_bytes() == second.report_html("kesehatan").read_bytes()
    assert first.report_docx("kesehatan").read_bytes() == second.report_docx("kesehatan").read_bytes()
    assert first.report_xlsx("kesehatan").read_bytes() == second.report_xlsx("kesehatan").read_bytes()


def test_a_failed_clean_keeps_the_last_complete_output(tmp_path, sample_raw):
    shutil.copytree(sample_raw, tmp_path / "data" / "raw")
    paths = project(tmp_path)
    clean.run(paths)
    before = {p.name: p.read_bytes() for p in paths.processed.iterdir()}
    (paths.raw / "pegawai.csv").write_text("nip,dinas\n123,kesehatan\n", encoding="utf-8")
    with pytest.raises(InputError):
        clean.run(paths)
    assert {p.name: p.read_bytes() for p in paths.processed.iterdir()} == before
    assert not list(paths.processed.parent.glob(".processed.*"))


def _differences(first, second, path=""):
    """The paths at which two hasil.json trees differ."""
    if isinstance(first, dict) and isinstance(second, dict):
        for key in sorted(set(first) | set(second)):
            yield from _differences(first.get(key), second.get(key), f"{path}.{key}")
    elif isinstance(first, list) and isinstance(second, list) and len(first) == len(second):
        for index, (one, other) in enumerate(zip(first, second, strict=True)):
            yield from _differences(one, other, f"{path}[{index}]")
    elif first != second:
        yield path


def test_another_pseudonym_key_gives_the_same_statistics(tmp_path, pipeline_root):
    """CHECK11 C11-14: the clean stage sorts staff and participants by their keyed pseudonym, and the seeded wild
    bootstraps numbered clusters in row order, so a new key (a reinstall, a lost key) changed 346 figures of the
    sample's results (DiD intervals, p-values, detectable effects). The same raw data with another key give the same
    results; only the key's fingerprint differs."""
    import json

    root = tmp_path / "kunci-lain"
    shutil.copytree(project(pipeline_root).raw, project(root).raw)  # no key copied: clean makes a new one
    paths = project(root)
    clean.run(paths)
    model.run(paths)
    assert paths.key_file.read_bytes() != project(pipeline_root).key_file.read_bytes()
    compared = 0
    for path in sorted(project(pipeline_root).reports.glob("*/_build/hasil-*.json")):
        other = paths.reports / path.relative_to(project(pipeline_root).reports)
        found = set(_differences(json.loads(path.read_text(encoding="utf-8")),
                                 json.loads(other.read_text(encoding="utf-8"))))
        assert found <= {".provenans.data.kunci_pseudonim"}, (path.parent.parent.name, sorted(found)[:10])
        compared += 1
    assert compared >= 10
