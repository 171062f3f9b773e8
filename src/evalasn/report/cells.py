"""Which cells of an executed report notebook reach the report, and how.

The rule (docs/panduan-evaluator.md explains it to evaluators):

- a code cell contributes only the outputs the report's own display functions marked
  (``show`` for chapters, ``tampilkan_tabel``/``tampilkan_gambar``/``tampilkan_teks`` for
  evaluators): bare ``print()`` output, bare expressions, warnings, errors and plain
  ``plt.show()`` images stay in the executed notebook only;
- a markdown cell after the ``parameters`` cell is text of the report, at its position; the
  markdown cells before it (the notebook's title and notes) and those tagged ``evaluator`` are
  for evaluators only.

Markdown becomes HTML here, once, with raw HTML escaped and headings demoted below the
chapters (``#`` and ``##`` become sub-headings, so they never enter the Daftar Isi).
"""

from __future__ import annotations

from functools import lru_cache

REPORT_MARK = "evalasn"  # key of the output metadata that marks an output for the report
REPORT_MARK_VALUE = "laporan"
PARAMETERS_TAG = "parameters"
EVALUATOR_TAG = "evaluator"  # a markdown cell with this tag stays out of the report
TEXT_CLASS = "teks-evaluator"
# the cover and signature date when no signing date is set (chapters.front): the Word version leaves its day and month
# for the editor (formats.word; LOOK35a G-4)
UNSIGNED_DATE = "unsigned-date"


def mark() -> dict:
    """The display metadata that puts an output into the report."""
    return {REPORT_MARK: REPORT_MARK_VALUE}


def display_html(html: str) -> None:
    """Display ``html`` as a cell output that reaches the report (and shows in JupyterLab)."""
    from IPython.display import HTML, display

    display(HTML(html), metadata=mark())


def is_report_output(output: dict) -> bool:
    return (output.get("output_type") == "display_data" and "text/html" in output.get("data", {})
            and output.get("metadata", {}).get(REPORT_MARK) == REPORT_MARK_VALUE)


def _tags(cell) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def keep_report_cells(nb) -> None:
    """Reduce ``nb`` (an nbformat notebook, changed in place) to the cells of the report: code
    cells with their marked outputs only, and the report's markdown cells turned into cells with
    one HTML output; ids by position (papermill gives its cell a random id)."""
    import nbformat

    has_parameters = any(PARAMETERS_TAG in _tags(c) for c in nb.cells)
    after_parameters = not has_parameters
    kept: list = []
    for cell in nb.cells:
        if PARAMETERS_TAG in _tags(cell):
            after_parameters = True
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if is_report_output(o)]
        elif cell.cell_type == "markdown" and after_parameters and EVALUATOR_TAG not in _tags(cell) \
                and cell.source.strip():
            html = markdown_html(cell.source)
            cell = nbformat.v4.new_code_cell(outputs=[nbformat.v4.new_output(
                "display_data", data={"text/html": html}, metadata=mark())])
        else:
            continue
        if cell.outputs:
            cell.id = f"bab-{len(kept):02d}"
            kept.append(cell)
    nb.cells = kept


def markdown_html(text: str) -> str:
    """Evaluator markdown as report HTML: escaped raw HTML, sub-headings only, in one block."""
    return f'<div class="{TEXT_CLASS}">{_markdown()(text)}</div>'


@lru_cache(maxsize=1)
def _markdown():
    import mistune

    class ReportRenderer(mistune.HTMLRenderer):
        def heading(self, text: str, level: int, **attrs) -> str:
            shown = min(max(level + 1, 3), 6)  # '#' and '##' -> h3: chapters (h2) are the report's own
            return f"<h{shown}>{text}</h{shown}>\n"

        def image(self, text: str, url: str, title: str | None = None) -> str:
            return text  # a file beside the notebook is not beside the report: figures go through tampilkan_gambar

    return mistune.create_markdown(escape=True, renderer=ReportRenderer(escape=True),
                                   plugins=["table", "strikethrough"])
