"""The whole road on a small sample: papermill stages 1-3, HTML and PDF, the index.

Runs the command line the Makefile calls (notebooks executed by papermill, HTML by nbconvert,
PDF by WeasyPrint) and reads the PDFs as a reader would.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from evalasn.analysis import results
from evalasn.paths import project
from evalasn.report.words import fmt
from tests.integration import language
from tests.integration.helpers import CODE_PATTERNS, cli, pdf_pages, squash

SCOPES = ("kesehatan", "sosial", "perhubungan", "dpmptsp", "kebudayaan", "provinsi")


@pytest.fixture(scope="module")
def built(built_reports):
    return built_reports  # tests/integration/conftest.py, shared with test_formats


def test_every_report_and_the_index_exist(built):
    root, out = built
    paths = project(root)
    for slug in SCOPES:
        assert paths.report_html(slug).stat().st_size > 10_000
        assert paths.report_pdf(slug).read_bytes().startswith(b"%PDF")
        assert paths.hasil(slug).exists()
    index = paths.index_html.read_text(encoding="utf-8")
    for slug in SCOPES:
        year = paths.latest_year(slug)
        for ext in ("html", "pdf"):
            assert f'href="{slug}/laporan-{slug}-{year}.{ext}"' in index
    assert "6 dibuat, 0 sudah mutakhir, 0 gagal" in out.stdout
    assert (paths.executed_notebooks / "01_bersihkan.ipynb").exists()


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_pdf_names_the_scope_and_shows_key_figures_in_indonesian_format(built, slug):
    root, _ = built
    paths = project(root)
    h = results.read(paths.hasil(slug))
    text = squash(" ".join(pdf_pages(paths.report_pdf(slug))))
    assert h["cakupan"]["nama"] in text
    gain = h["level2_pembelajaran"]["keseluruhan"]
    coverage = h["pelaksanaan"]["cakupan_asn"]
    jp = h["pelaksanaan"]["jp_20"]["keseluruhan"]
    latest_ikm = h["level4_hasil"]["ikm_per_periode"][-1]
    expected = [fmt.number(gain["estimasi"], 1), fmt.interval(gain["ci_bawah"], gain["ci_atas"]),
                fmt.share(coverage["estimasi"]), fmt.share(jp["estimasi"]), fmt.number(latest_ikm["estimasi"], 2)]
    for figure in expected:
        assert figure in text, f"{figure!r} not in the PDF of {slug}"
    assert "," in fmt.number(gain["estimasi"], 1)  # decimal comma


@pytest.mark.parametrize("slug", SCOPES)
def test_no_code_and_synthetic_banner_on_every_page(built, slug):
    root, _ = built
    pages = pdf_pages(project(root).report_pdf(slug))
    assert len(pages) >= 8
    for number, page in enumerate(pages, 1):
        assert "DATA SINTETIS" in page, f"page {number} of {slug} lacks the synthetic banner"
        for pattern in CODE_PATTERNS:
            assert pattern not in page, f"{pattern!r} on page {number} of {slug}"
    assert "Halaman 2 dari" in pages[1]


def test_pdf_has_contents_with_page_numbers_and_numbered_figures(built):
    root, _ = built
    text = squash(" ".join(pdf_pages(project(root).report_pdf("kesehatan"))))
    for heading in ("Daftar Isi", "Daftar Tabel", "Daftar Gambar", "Ringkasan Eksekutif", "Kesimpulan dan Rekomendasi",
                    "Rencana Tindak Lanjut", "Lampiran", "Gambar 1.", "Tabel 1."):
        assert heading in text
    assert "rentang keyakinan 95%" in text and "IK 95%" not in text


# --- the shape readers know, developer words only in the annex (issue 12) ---------------------------
DEVELOPER_WORDS = ("d_z", "docs/", "config/", "seed", "sidik", "evalasn", "SHA-256", "IK 95%", "tidak cukup data")


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_report_has_the_government_shape_and_keeps_developer_words_in_the_annex(built, slug):
    root, _ = built
    pages = pdf_pages(project(root).report_pdf(slug))
    text = squash(" ".join(pages))
    order = ["Badan Pengembangan Sumber Daya Manusia", "Kata Pengantar", "NIP", "Ringkasan Eksekutif",
             "BAB I Pendahuluan", "Latar Belakang", "Dasar Hukum", "Maksud dan Tujuan", "Ruang Lingkup",
             "BAB VII Perbandingan", "BAB VIII Keterbatasan Evaluasi", "BAB IX Kesimpulan dan Rekomendasi",
             "BAB X Rencana Tindak Lanjut", "BAB XI Penutup"]
    positions = [text.find(words, text.find("Daftar Gambar") if i > 3 else 0) for i, words in enumerate(order)]
    assert all(p >= 0 for p in positions), dict(zip(order, positions, strict=True))
    assert positions == sorted(positions), dict(zip(order, positions, strict=True))
    annex = next(i for i, page in enumerate(pages) if any(line.strip() == "Lampiran" for line in page.splitlines()))
    for number, page in enumerate(pages[:annex], 1):
        for word in DEVELOPER_WORDS:
            assert word not in page, f"{word!r} on page {number} of {slug}, before the annex"


@pytest.mark.parametrize("slug, lang", [("kesehatan", "id"), ("provinsi", "id"), ("provinsi", "en")],
                         ids=["kesehatan-id", "provinsi-id", "provinsi-en"])
def test_body_has_no_software_or_statistics_shorthand(built, slug, lang):
    """INTERVENSI, g_av, Webb, 'suku kuadratik ln biaya', 'q < 0,001' and code names live in the annex
    (issue 22.9): the body is read by policymakers."""
    root, _ = built
    pages = pdf_pages(project(root).report_pdf(slug, lang))
    assert len(language.body_pages(pages)) < len(pages)  # the annex heading was found
    found = language.jargon(pages, language.typed_values(project(root)))
    assert not found, "\n".join(found)


@pytest.mark.parametrize("slug", ["kesehatan", "provinsi"])
def test_lists_come_before_the_executive_summary(built, slug):
    """A government document opens Kata Pengantar, Daftar Isi, Daftar Tabel/Gambar, then the Ringkasan
    Eksekutif (issue 22.10)."""
    root, _ = built
    pages = pdf_pages(project(root).report_pdf(slug))

    def heading_page(title: str) -> int:
        return next(i for i, page in enumerate(pages) if any(line.strip() == title for line in page.splitlines()))

    assert heading_page("Kata Pengantar") < heading_page("Daftar Isi") < heading_page("Ringkasan Eksekutif")
    assert heading_page("Daftar Gambar") < heading_page("Ringkasan Eksekutif")


def test_html_is_self_contained(built):
    root, _ = built
    html = project(root).report_html("kesehatan").read_text(encoding="utf-8")
    assert "<script" not in html  # the report page needs no script
    assert "http://" not in html and "https://" not in html.replace("https://www.w3.org", "")
    assert 'lang="id"' in html and "DATA SINTETIS" in html


def test_english_report_is_complete(built):
    root, _ = built
    paths = project(root)
    text = squash(" ".join(pdf_pages(paths.report_pdf("provinsi", "en"))))
    for phrase in ("Executive Summary", "Chapter VII Comparison of Agencies", "SYNTHETIC DATA", "Page 2 of"):
        assert phrase in text
    for indonesian in ("Ringkasan Eksekutif", "Halaman", "belum dapat dihitung", "rentang keyakinan", "Kesimpulan"):
        assert indonesian not in text


def test_rebuild_with_nothing_changed_skips_every_report(built):
    root, _ = built
    out = cli(root, "reports", "--quiet")
    assert "0 dibuat, 6 sudah mutakhir, 0 gagal" in out.stdout


def test_a_failed_dinas_does_not_stop_the_batch(built, tmp_path):
    """Two reports to build in the two-worker pool, one of them failing; the other four are up to date
    (building them again would prove nothing more)."""
    root, _ = built
    work = tmp_path / "salin"
    shutil.copytree(root, work)
    for slug in ("kesehatan", "sosial"):
        for path in project(work).report_outputs(slug):
            path.unlink()
    broken = project(work).hasil("sosial")
    original = broken.read_text(encoding="utf-8")
    data = json.loads(original)
    del data["level4_hasil"]  # a results file the report cannot use
    broken.write_text(json.dumps(data), encoding="utf-8")
    out = cli(work, "reports", "--quiet", check=False)
    assert out.returncode != 0
    assert "1 dibuat, 4 sudah mutakhir, 1 gagal" in out.stdout
    assert "GAGAL sosial (id)" in out.stdout and "notebook-sosial-2025.gagal.ipynb" in out.stdout
    assert project(work).report_pdf("kesehatan").exists()
    assert not project(work).report_pdf("sosial").exists()
    broken.write_text(original, encoding="utf-8")  # the evaluator fixes it and builds again
    cli(work, "report", "--dinas", "sosial", "--quiet")
    assert project(work).report_pdf("sosial").exists()
    assert not list(project(work).report_dir("sosial").glob("*.gagal.ipynb")), "the old failure is cleared"


def test_an_interrupted_batch_leaves_complete_outputs(built, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    root, _ = built
    work = tmp_path / "putus"
    shutil.copytree(root, work)
    before = {p: p.read_bytes() for p in work.glob("reports/*/laporan-*")}
    started = time.time()
    proc = subprocess.Popen([sys.executable, "-m", "evalasn.run.cli", "--root", str(work), "reports", "--force",
                             "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while not _kernels_in(work) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)  # until a report's kernel runs (an event, not a guess of how long start-up takes)
    assert _kernels_in(work), "a report was mid-way when the interrupt came"
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=120)
    for path in before:
        data = path.read_bytes()
        if path.suffix == ".pdf":
            assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF"), path
        elif path.suffix in (".docx", ".xlsx"):
            assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None, path
        else:
            assert data.rstrip().endswith(b"</html>"), path
    finals = {p.name for p in work.glob("reports/*/*")}
    assert not [n for n in finals if ".tmp-" in n and not n.startswith(".")]
    paths = project(work)
    for folder in work.glob("reports/*/_build"):
        slug = folder.parent.name
        for bahasa in ("id", "en"):
            if paths.report_html(slug, bahasa).exists():  # one report's files all new or all as before
                dates = [p.stat().st_mtime >= started for p in (*paths.report_outputs(slug, bahasa),
                                                                paths.report_notebook(slug, bahasa))]
                assert len(set(dates)) == 1, (slug, bahasa, dates)
    deadline = time.monotonic() + 30
    while _kernels_in(work) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _kernels_in(work), "no report kernel outlives the batch"


def _kernels_in(folder) -> list[int]:
    """Live processes whose working folder is inside ``folder`` (the report kernels)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and Path(os.readlink(entry / "cwd")).is_relative_to(folder):
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                found += [] if state == "Z" else [int(entry.name)]
        except OSError:
            continue
    return found
