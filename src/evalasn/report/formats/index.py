"""reports/index.html: every report with its key figures and links, sortable, offline.

Built from the hasil.json files only. The small inline script sorts the table when a header
is clicked; without JavaScript the page still reads fine.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from evalasn.analysis import results
from evalasn.analysis.contract import Hasil
from evalasn.errors import StaleResultsError
from evalasn.files import write_atomically
from evalasn.paths import TEMPLATES, ProjectPaths
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts
from evalasn.report.chapters.html import escape
from evalasn.report.words import coverage, names
from evalasn.report.words.text import label, t

SORT_SCRIPT = """
document.querySelectorAll('th[data-sort]').forEach(function (th, col) {
  th.addEventListener('click', function () {
    var body = th.closest('table').tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var asc = th.getAttribute('aria-sort') !== 'ascending';
    rows.sort(function (a, b) {
      var x = a.cells[col].getAttribute('data-v'), y = b.cells[col].getAttribute('data-v');
      var nx = parseFloat(x), ny = parseFloat(y);
      var c = (isNaN(nx) || isNaN(ny)) ? String(x).localeCompare(String(y)) : nx - ny;
      return asc ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    th.closest('tr').querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
  });
});
"""


def write_index(paths: ProjectPaths, bahasa: str = "id") -> Path:
    """Write reports/index.html (or index.en.html): one row per scope and year with a hasil file.

    Only results of the data now in data/processed/ are listed (synthetic and real data are never
    mixed); the model stage removes the others."""
    current = _current_source(paths)
    scopes = sorted((p for p in paths.reports.iterdir() if p.is_dir()), key=lambda p: (p.name != PROVINCE_SLUG,
                                                                                       p.name)) \
        if paths.reports.is_dir() else []
    rows, synthetic = [], False
    said: list[str] = []  # what the newest province file says of the registry's coverage (issue 20.7)
    for folder in scopes:
        for year in sorted(paths.hasil_years(folder.name), reverse=True):
            try:
                hasil = results.read(paths.hasil(folder.name, year))
                if current is not None and _source_of(hasil) != current:
                    continue
                row = _row(paths, hasil, bahasa)
            except (KeyError, TypeError, ValueError, StaleResultsError):  # unusable: its report failed too
                continue
            synthetic |= bool(hasil.get("sintetis"))
            rows.append(row)
            if folder.name == PROVINCE_SLUG and not said:
                said = coverage.province_sentences(hasil, bahasa)
    target = paths.index(bahasa)
    write_atomically(target, _page(rows, bahasa, synthetic, " ".join(said)).encode("utf-8"))
    return target


def _current_source(paths: ProjectPaths):
    """What identifies the data now cleaned (source kind and raw-file hashes), or None."""
    try:
        return source_key(json.loads(paths.provenance.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def _source_of(hasil: Hasil) -> tuple[bool, str, str]:
    return source_key(hasil["provenans"]["data"])


def source_key(record: Mapping[str, Any]) -> tuple[bool, str, str]:
    """What identifies a cleaned data set in a provenance record: synthetic or not, the raw files
    with their hashes, and the mapping used."""
    return (bool(record.get("sintetis")), json.dumps(record.get("file"), sort_keys=True),
            json.dumps(record.get("pemetaan"), sort_keys=True))


def _row(paths: ProjectPaths, hasil: Hasil, lang: str) -> str:
    slug = hasil["cakupan"]["slug"]
    figures = {fact.key: fact for fact in facts.build(hasil, lang)}  # as the reports show them (report.facts)
    kinds = ("HTML", "PDF", label("word", lang), label("excel", lang))
    outputs = paths.report_outputs(slug, lang, hasil["tahun"])
    links = '<span class="sep"> · </span>'.join(f'<a href="{escape(slug)}/{escape(f.name)}">{kind}</a>'
                                                for kind, f in zip(kinds, outputs, strict=True) if f.exists()) or "–"

    def cell(column: facts.Column) -> str:
        fact = figures[column.key]
        figure = fact.raw if column.raw and fact.raw is not None else fact.value
        return (f'<td class="num{" raw" if column.raw else ""}" data-v="{facts.sort_value(column.key, figure)}">'
                f'{escape(facts.short_value(column.key, figure, lang))}</td>')

    name = names.scope_name(slug, hasil["cakupan"]["nama"], lang)  # as the report names it
    # an English name with the official one, which the reader can check (names.with_official)
    official = names.with_official(slug, name).removeprefix(name).strip()
    shown = escape(name) + (f' <span class="official">{escape(official)}</span>' if official else "")
    return ("<tr>"
            f'<td data-v="{escape(name)}">{shown}</td>'
            f'<td class="num year" data-v="{hasil["tahun"]}">{hasil["tahun"]}</td>'
            + "".join(cell(column) for column in facts.columns())
            + f'<td data-v="{escape(slug)}">{links}</td></tr>')


def _page(rows: list[str], lang: str, synthetic: bool, coverage_text: str = "") -> str:
    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    # the key figures' columns come from the registry (report.facts.columns); the year and a raw mean are
    # classed so that a phone can leave them out
    heads = [(label("dinas", lang), ""), (label("tahun", lang), "year")]
    heads += [(column.header(lang), "raw" if column.raw else "") for column in facts.columns()]
    heads.append((t("index_reports", lang), ""))
    header = "".join(f'<th data-sort scope="col"{f" class={kind!r}" if kind else ""}>{escape(h)}</th>'
                     for h, kind in heads)
    banner = f'<div class="synthetic-banner">{escape(t("synthetic_banner", lang))}</div>' if synthetic else ""
    title = t("title", lang)
    note = f'{t("index_note", lang)} {t("fact_gain_why", lang)}'
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
            f"<style>{css}\nth[data-sort]{{cursor:pointer}}th[aria-sort=ascending]::after{{content:' ▲'}}"
            f"th[aria-sort=descending]::after{{content:' ▼'}}</style></head><body><main class=\"laporan\">"
            f"<h1>{escape(title)}</h1><p>{escape(t('subtitle', lang))}</p>{banner}"
            + (f'<p class="coverage">{escape(coverage_text)}</p>' if coverage_text else "") +
            f'<div class="table-block"><table class="index-table"><thead><tr>{header}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>'
            f'<p class="note">{escape(note)}</p></main><script>{SORT_SCRIPT}</script></body></html>\n')
