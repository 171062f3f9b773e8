"""Every path the project uses, built from one root.

The code root is where this package lives (the repository). The data root defaults to the
code root and can be moved with the environment variable ``EVALASN_ROOT`` (tests and the
benchmark build in a temporary folder this way); notebooks therefore run from any working
directory.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from evalasn.errors import StaleResultsError

CODE_ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = CODE_ROOT / "notebooks"
TEMPLATES = Path(__file__).resolve().parent / "report" / "templates"
# the file that marks a folder of generated (synthetic) data: written by evalasn.sample, read by the clean stage and
# the command line (kept here, not in sample.py, so that naming it does not import pandas into every command)
SYNTHETIC_MARKER = "SINTETIS.txt"


@dataclass(frozen=True)
class ProjectPaths:
    """The data, processed, report and key folders below one root."""

    root: Path

    @property
    def raw(self) -> Path:
        return self.root / "data" / "raw"

    @property
    def sample(self) -> Path:
        return self.root / "data" / "sample"

    @property
    def processed(self) -> Path:
        return self.root / "data" / "processed"

    @property
    def key_file(self) -> Path:
        return self.root / "data" / "kunci" / "pseudonim.key"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def executed_notebooks(self) -> Path:
        """Executed notebooks kept for evaluators (they show each stage's output)."""
        return self.reports / "_notebook"

    def table(self, name: str) -> Path:
        return self.processed / f"{name}.parquet"

    @property
    def quality_log(self) -> Path:
        return self.processed / "log_kualitas.json"

    @property
    def provenance(self) -> Path:
        return self.processed / "sumber.json"

    def report_dir(self, slug: str) -> Path:
        return self.reports / slug

    # Every output of a scope carries its year (and its language when not Indonesian), so a
    # report for another year or language never overwrites one already built.
    # The model stage's results live in the scope's build folder; a report build publishes the copy it
    # was built from beside its other files, as one set with them (evalasn.run.staging): the results a
    # reader finds next to a report are the ones it shows, even after an interrupted build.
    def hasil(self, slug: str, tahun: int = 0) -> Path:
        """reports/<slug>/_build/hasil-<tahun>.json, written by the model stage and read by the report;
        ``tahun`` 0 = the latest year the model computed."""
        return self.report_dir(slug) / "_build" / f"hasil-{tahun or self.latest_year(slug)}.json"

    def hasil_previous(self, slug: str, tahun: int) -> Path:
        """reports/<slug>/_build/hasil-<tahun>-tahun-lalu.json: the year before ``tahun``, computed by the model
        stage of ``tahun`` from the same data (last year's follow-up plan is regenerated from it)."""
        return self.report_dir(slug) / "_build" / f"hasil-{tahun}-tahun-lalu.json"

    def report_hasil(self, slug: str, tahun: int = 0) -> Path:
        """reports/<slug>/hasil-<tahun>.json: the results published with the report built from them."""
        return self.report_dir(slug) / f"hasil-{tahun or self.latest_year(slug)}.json"

    def report_hasil_previous(self, slug: str, tahun: int) -> Path:
        """reports/<slug>/hasil-<tahun>-tahun-lalu.json, published with the report as ``report_hasil``."""
        return self.report_dir(slug) / f"hasil-{tahun}-tahun-lalu.json"

    def kept_plan(self, slug: str, tahun: int) -> Path:
        """reports/<slug>/rencana-terbit-<tahun>.json: the follow-up plan a report of ``tahun`` published, kept when
        that report's set was removed because the data changed (report.published_plan): a signed plan is a
        commitment next year's review judges, not an output of the data."""
        return self.report_dir(slug) / f"rencana-terbit-{tahun}.json"

    @property
    def model_work(self) -> Path:
        """reports/_build/: the model stage's working folders (its results staged, then moved in at once)."""
        return self.reports / "_build"

    def hasil_years(self, slug: str) -> list[int]:
        """The years the model computed results for ``slug``, ascending."""
        return _years(self.report_dir(slug) / "_build")

    def report_hasil_years(self, slug: str) -> list[int]:
        """The years with results published beside a report of ``slug``, ascending."""
        return _years(self.report_dir(slug))

    def latest_year(self, slug: str) -> int:
        years = self.hasil_years(slug)
        if not years:
            raise StaleResultsError(f"belum ada hasil untuk '{slug}' di {self.report_dir(slug)}; jalankan make model")
        return years[-1]

    def _output(self, slug: str, stem: str, tahun: int, bahasa: str, ext: str) -> Path:
        lang = "" if bahasa == "id" else f"-{bahasa}"
        return self.report_dir(slug) / f"{stem}-{slug}-{tahun or self.latest_year(slug)}{lang}.{ext}"

    def report_html(self, slug: str, bahasa: str = "id", tahun: int = 0) -> Path:
        return self._output(slug, "laporan", tahun, bahasa, "html")

    def report_pdf(self, slug: str, bahasa: str = "id", tahun: int = 0) -> Path:
        return self._output(slug, "laporan", tahun, bahasa, "pdf")

    def report_notebook(self, slug: str, bahasa: str = "id", tahun: int = 0) -> Path:
        """The executed report notebook kept for evaluators."""
        return self._output(slug, "notebook", tahun, bahasa, "ipynb")

    def outputs_of_year(self, slug: str, tahun: int) -> list[Path]:
        """Every file of one scope and year: the model's results and the report sets (every language)."""
        return sorted([*self.model_outputs(slug, tahun), *self.report_set_of_year(slug, tahun)])

    def model_outputs(self, slug: str, tahun: int) -> list[Path]:
        """The model stage's results of one scope and year that exist."""
        return [p for p in (self.hasil(slug, tahun), self.hasil_previous(slug, tahun)) if p.exists()]

    def report_set_of_year(self, slug: str, tahun: int) -> list[Path]:
        """The report files of one scope and year that exist (every language, with their published results)."""
        folder = self.report_dir(slug)
        published = [p for p in (self.report_hasil(slug, tahun), self.report_hasil_previous(slug, tahun)) if p.exists()]
        return sorted([*published, *folder.glob(f"laporan-{slug}-{tahun}*"), *folder.glob(f"notebook-{slug}-{tahun}*")])

    def report_docx(self, slug: str, bahasa: str = "id", tahun: int = 0) -> Path:
        """The Word version of the report (editable before signature)."""
        return self._output(slug, "laporan", tahun, bahasa, "docx")

    def report_xlsx(self, slug: str, bahasa: str = "id", tahun: int = 0) -> Path:
        """The workbook of the report's key figures."""
        return self._output(slug, "laporan", tahun, bahasa, "xlsx")

    def report_outputs(self, slug: str, bahasa: str = "id", tahun: int = 0) -> tuple[Path, ...]:
        """Every file a report build writes for one language and year: HTML, PDF, DOCX, XLSX."""
        return (self.report_html(slug, bahasa, tahun), self.report_pdf(slug, bahasa, tahun),
                self.report_docx(slug, bahasa, tahun), self.report_xlsx(slug, bahasa, tahun))

    @property
    def index_html(self) -> Path:
        return self.index("id")

    def index(self, bahasa: str = "id") -> Path:
        return self.reports / ("index.html" if bahasa == "id" else f"index.{bahasa}.html")

    # --- first contact with new exports: mapping, check, templates -------------------------
    @property
    def mapping(self) -> Path:
        """data/raw/pemetaan.yml: which file and sheet is which table and column (written by people)."""
        return self.raw / "pemetaan.yml"

    @property
    def mapping_draft(self) -> Path:
        """Where ``make pemetaan`` writes its draft when pemetaan.yml already exists."""
        return self.raw / "pemetaan.usulan.yml"

    @property
    def problems_xlsx(self) -> Path:
        """Every problem of the raw data, written by ``make periksa`` and by a failed clean stage."""
        return self.reports / "periksa" / "masalah-data.xlsx"

    @property
    def template_xlsx(self) -> Path:
        """Blank workbook with one sheet per contract table (``make templat``)."""
        return self.reports / "templat" / "templat-data-asn.xlsx"

    @property
    def raw_manifest(self) -> Path:
        """Names and SHA-256 of the raw files and the mapping; the Makefile rewrites it only when
        they change, so the clean stage depends on content, not on file dates."""
        return self.root / "build" / "data-mentah.sha256"

    @property
    def key_fingerprint(self) -> Path:
        """SHA-256 of the pseudonym key file (never the key): the Makefile's record of the key the
        clean stage used, so a rotated key cleans again."""
        return self.root / "build" / "sidik-kunci-pseudonim.sha256"


HASIL_PATTERN = re.compile(r"hasil-(\d{4})\.json")


def _years(folder: Path) -> list[int]:
    found = (HASIL_PATTERN.fullmatch(p.name) for p in folder.glob("hasil-*.json"))
    return sorted(int(m.group(1)) for m in found if m)


def project(root: str | os.PathLike | None = None) -> ProjectPaths:
    """Paths below ``root``, else ``$EVALASN_ROOT``, else the repository."""
    chosen = root or os.environ.get("EVALASN_ROOT") or CODE_ROOT
    return ProjectPaths(Path(chosen).resolve())
