"""Every path the project uses, built from one root.

The code root is where this package lives (the repository). The data root defaults to the
code root and can be moved with the environment variable ``EVALASN_ROOT`` (tests and the
benchmark build in a temporary folder this way); notebooks therefore run from any working
directory.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

CODE_ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = CODE_ROOT / "notebooks"
TEMPLATES = Path(__file__).resolve().parent / "report" / "templates"


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

    def hasil(self, slug: str) -> Path:
        return self.report_dir(slug) / "hasil.json"

    def report_html(self, slug: str, bahasa: str = "id") -> Path:
        suffix = "" if bahasa == "id" else f".{bahasa}"
        return self.report_dir(slug) / f"laporan-{slug}{suffix}.html"

    def report_pdf(self, slug: str, bahasa: str = "id") -> Path:
        return self.report_html(slug, bahasa).with_suffix(".pdf")

    def report_docx(self, slug: str, bahasa: str = "id") -> Path:
        """The Word version of the report (editable before signature)."""
        return self.report_html(slug, bahasa).with_suffix(".docx")

    def report_xlsx(self, slug: str, bahasa: str = "id") -> Path:
        """The workbook of the report's key figures."""
        return self.report_html(slug, bahasa).with_suffix(".xlsx")

    def report_outputs(self, slug: str, bahasa: str = "id") -> tuple[Path, ...]:
        """Every file a report build writes for one language: HTML, PDF, DOCX, XLSX."""
        return (self.report_html(slug, bahasa), self.report_pdf(slug, bahasa), self.report_docx(slug, bahasa),
                self.report_xlsx(slug, bahasa))

    @property
    def index_html(self) -> Path:
        return self.reports / "index.html"


def project(root: str | os.PathLike | None = None) -> ProjectPaths:
    """Paths below ``root``, else ``$EVALASN_ROOT``, else the repository."""
    chosen = root or os.environ.get("EVALASN_ROOT") or CODE_ROOT
    return ProjectPaths(Path(chosen).resolve())
