"""reports/index.html: every report with its key figures and links, sortable, offline.

Built from the hasil.json files only (and, for last year's follow-up, the files the reports read for it:
last year's results of the same model run, last year's targets, the returned plan sheets). Two tables: one row
per scope and year built, with last year's follow-up (targets met, rows reported done: report.chapters.
followup_review, as each report's review chapter judges them); then the years side by side, one row per scope,
each key figure for every year of the data with a small line (inline SVG) and the numbers beside it. Every figure
is the key-figure record the reports render (report.facts; earlier years from the same `tren` records the
reports' trend uses). The small inline script sorts a table when a header is clicked; without JavaScript the page
still reads fine.
"""

from __future__ import annotations

import json
from pathlib import Path
from string import ascii_lowercase
from typing import Any

from evalasn.analysis import results
from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.provenance import source_key
from evalasn.errors import EvalasnError, StaleResultsError
from evalasn.files import write_atomically
from evalasn.paths import TEMPLATES, ProjectPaths
from evalasn.registry import PROVINCE_SLUG
from evalasn.report import facts, published_plan
from evalasn.report.chapters import followup_attention
from evalasn.report.chapters.followup_attention import AgencyFollowUp
from evalasn.report.chapters.html import escape
from evalasn.report.config import load_report_config
from evalasn.report.context import follow_up_context, returned_plans
from evalasn.report.words import coverage, fmt, gain_measure, gain_sides, names, reasons
from evalasn.report.words.text import label, t

SORT_SCRIPT = """
document.querySelectorAll('th[data-sort]').forEach(function (th) {
  th.addEventListener('click', function () {
    var col = th.cellIndex;
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


class Reasons:
    """Why figures of one table are missing: each distinct reason once, as a footnote mark in the cell ('–ᵃ') and
    its words under the table (reader review 15: no dash without its reason; a mark keeps a phone's column narrow)."""

    def __init__(self) -> None:
        self.marks: dict[str, str] = {}

    def missing(self, reason: str | None, shown: str = "–") -> str:
        """``shown`` ('–', or an IKM without interval: facts.missing_parts) with the mark of ``reason`` (HTML)."""
        if not reason:
            return escape(shown)
        count = len(self.marks)
        letter = self.marks.setdefault(reason, ascii_lowercase[count % 26] * (count // 26 + 1))
        return f'{escape(shown)}<sup class="why">{letter}</sup>'

    def note(self) -> str:
        """The reasons under the table, by their marks; '' when nothing is missing."""
        if not self.marks:
            return ""
        listed = "; ".join(f"<sup>{letter}</sup>\u00a0{escape(reason)}" for reason, letter in self.marks.items())
        return f'<p class="note why">{listed}.</p>'


def write_index(paths: ProjectPaths, bahasa: str = "id") -> Path | None:
    """Write reports/index.html (or index.en.html), see ``index_page``; None when no report of the data now cleaned
    is in that language: then the page is not written and one left from an earlier build is removed (after an
    Indonesian-only build an English index would list no report, or reports removed as stale)."""
    target = paths.index(bahasa)
    page, linked = index_page(paths, bahasa)
    if not linked:
        target.unlink(missing_ok=True)
        return None
    write_atomically(target, page.encode("utf-8"))
    return target


def index_page(paths: ProjectPaths, bahasa: str = "id") -> tuple[str, int]:
    """The index in ``bahasa`` and how many of its rows link to a report in that language: one row per scope
    and year with a hasil file, then the years side by side (one row per scope, from its latest year's results).

    Only results of the data now in data/processed/ are listed (synthetic and real data are never
    mixed); the model stage removes the others."""
    current = _current_source(paths)
    scopes = sorted((p for p in paths.reports.iterdir() if p.is_dir()), key=lambda p: (p.name != PROVINCE_SLUG,
                                                                                       p.name)) \
        if paths.reports.is_dir() else []
    rows, years_rows, synthetic, linked = [], [], False, 0
    missing, years_missing = Reasons(), Reasons()
    said: list[str] = []  # what the newest province file says of the registry's coverage (issue 20.7)
    config = load_report_config(paths)
    returned = returned_plans(paths)  # read once for every scope's follow-up
    found: list[tuple[str, int, Hasil, AgencyFollowUp | None]] = []
    latests: list[tuple[Hasil, list[tuple[int, AgencyFollowUp | None]]]] = []
    for folder in scopes:
        for year in sorted(paths.hasil_years(folder.name), reverse=True):
            try:
                hasil = results.read(paths.hasil(folder.name, year))
                if current is not None and _source_of(hasil) != current:
                    continue
                found.append((folder.name, year, hasil, _follow_up(paths, hasil, bahasa, config, returned)))
            except (KeyError, TypeError, ValueError, StaleResultsError):  # unusable: its report failed too
                continue
    # the gain's columns name the measure the comparison of dinas used: the mixed model's beside the raw mean when
    # any year listed has the model, else the participants' mean alone (report.words.gain_measure)
    model = any(gain_measure.fitted(hasil.get("pooling")) for _, _, hasil, _ in found)
    for slug in _by_name(found, bahasa):
        follow_ups: list[tuple[int, AgencyFollowUp | None]] = []
        latest = None
        for _, year, hasil, follow_up in (entry for entry in found if entry[0] == slug):
            try:
                row = _row(paths, hasil, bahasa, follow_up, missing, model)
            except (KeyError, TypeError, ValueError, StaleResultsError):  # unusable: its report failed too
                continue
            synthetic |= bool(hasil.get("sintetis"))
            rows.append(row)
            linked += any(f.exists() for f in paths.report_outputs(slug, bahasa, year))
            follow_ups.append((year, follow_up))
            latest = latest or hasil
            if slug == PROVINCE_SLUG and not said:
                said = coverage.province_sentences(hasil, bahasa, published_plan.left_the_data(paths, hasil))
        if latest is not None:
            latests.append((latest, sorted(follow_ups, key=lambda pair: pair[0])))
    # every scope's small line of a column on that column's one scale (REVIEW6 R6-29): a change of 0,2 IKM points
    # no longer drawn as steep as one of 16 realisation points beside it
    figures = [{fact.key: fact for fact in facts.build(latest, bahasa)} for latest, _ in latests]
    scales = year_scales([(latest, figures_of) for (latest, _), figures_of in zip(latests, figures, strict=True)],
                         model)
    for (latest, follow_ups), figures_of in zip(latests, figures, strict=True):
        years_rows.append(_years_row(latest, bahasa, follow_ups, years_missing, model, scales, figures_of))
    # the rows whose adjusted gain and participants' mean disagree on whether scores rose, and why (one sentence)
    fitted = [hasil for _, _, hasil, _ in found if gain_measure.fitted(hasil.get("pooling"))]
    sides = gain_sides.listed([said_of for _, year, hasil, _ in found
                               if (said_of := gain_sides.of_scope(hasil, bahasa, year))],
                              fitted[0]["pooling"] if fitted else None, bahasa)
    page = _page(rows, years_rows, bahasa, synthetic, " ".join(said), (missing, years_missing), model, sides)
    return page, linked


def _follow_up(paths: ProjectPaths, hasil: Hasil, lang: str, config, returned=None) -> AgencyFollowUp | None:
    """Last year's follow-up of the scope as its report's review chapter counts it; None without last year's
    results (or when a returned sheet names a row the plan does not have: its report says so)."""
    ctx = follow_up_context(paths, hasil, lang, config, returned=returned)
    if ctx.previous is None:
        return None
    try:
        return followup_attention.follow_up_of(ctx)
    except EvalasnError:
        return None


def _current_source(paths: ProjectPaths):
    """What identifies the data now cleaned (source kind and raw-file hashes), or None."""
    try:
        return source_key(json.loads(paths.provenance.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def _source_of(hasil: Hasil) -> tuple[bool, str, str]:
    return source_key(hasil["provenans"]["data"])


def _by_name(found: list[tuple[str, int, Hasil, AgencyFollowUp | None]], lang: str) -> list[str]:
    """The scopes of ``found``, the province first, then the dinas by the name the index shows (LOOK10 N-12: by
    folder name the rows read Bina Marga, Cipta Karya, then 'Dinas Pemuda dan Olahraga', 'Penanaman Modal ...')."""
    shown = {slug: names.scope_name(slug, hasil["cakupan"]["nama"], lang) for slug, _, hasil, _ in reversed(found)}
    return sorted(shown, key=lambda slug: (slug != PROVINCE_SLUG, shown[slug].casefold(), slug))


def _row(paths: ProjectPaths, hasil: Hasil, lang: str, follow_up: AgencyFollowUp | None = None,
         missing: Reasons | None = None, model: bool = True) -> str:
    """One scope and year; ``model``: the gain's columns are the mixed model's beside the raw mean (else the
    participants' mean alone)."""
    slug = hasil["cakupan"]["slug"]
    figures = {fact.key: fact for fact in facts.build(hasil, lang)}  # as the reports show them (report.facts)
    missing = missing or Reasons()
    kinds = ("HTML", "PDF", label("word", lang), label("excel", lang))
    outputs = paths.report_outputs(slug, lang, hasil["tahun"])
    links = '<span class="sep"> · </span>'.join(f'<a href="{escape(slug)}/{escape(f.name)}">{kind}</a>'
                                                for kind, f in zip(kinds, outputs, strict=True) if f.exists()) or "–"

    def cell(column: facts.Column) -> str:
        fact = figures[column.key]
        figure, shown = index_figure(fact, column, hasil, lang, model)
        text, sort = (escape(shown), facts.sort_value(column.key, figure)) if shown is not None \
            else (missing.missing(figure, facts.missing_parts(column.key, fact.value, lang)[0]), "")
        if column.key in WRAPPED and not column.raw:  # the interval or the category range may go under the value
            value, _, interval = text.replace("\u00a0(", " (", 1).partition(" (")
            text = value + (f' <span class="ci">({interval}</span>' if interval else "")
        extra = f'<td class="num rank" data-v="{_rank_sort(fact)}">{_rank(fact, hasil, lang, missing)}</td>' \
            if _rank_after(column, model) else ""
        return f'<td class="num {_kind(column)}" data-v="{sort}">{text}</td>' + extra

    name = names.scope_name(slug, hasil["cakupan"]["nama"], lang)  # as the report names it
    # an English name with the official one, which the reader can check (names.with_official)
    official = names.with_official(slug, name).removeprefix(name).strip()
    shown = escape(name) + (f' <span class="official">{escape(official)}</span>' if official else "")
    # the links beside the name (REVIEW7 R7-2: last, they fell outside a 1366-px window with no scroll cue)
    return ("<tr>"
            f'<td data-v="{escape(name)}">{shown}</td>'
            f'<td class="links" data-v="{escape(slug)}">{links}</td>'
            f'<td class="num year" data-v="{hasil["tahun"]}">{hasil["tahun"]}</td>'
            + "".join(cell(column) for column in facts.columns(raw=model))
            + _follow_up_cell(follow_up, lang) + "</tr>")


# the columns whose bracket (the gain's 95% interval, the IKM's category range) may wrap under the value: on a
# phone it does, so the column stays narrow; on a laptop when the table would not fit otherwise
WRAPPED = {*facts.RAW_BESIDE, "ikm"}


def index_figure(fact: facts.Fact, column: facts.Column, hasil: Hasil, lang: str,
                 model: bool = True) -> tuple[Any, str | None]:
    """(figure, text) of a record in an index column: the adjusted gain with its interval (the ranked figure), the
    participants' mean in the raw column (the province's: its participants' mean, the same model's province mean
    in the adjusted column), any other figure as the province's table of dinas shows it (an IKM with
    its category and, where its 95% interval reaches another, that range: facts.table_value); text None and the
    figure replaced by its reason (a string) when there is none. Without ``model`` the gain's one column is the
    participants' mean with its interval, the province's too."""
    if column.key in facts.RAW_BESIDE and not column.raw and not fact.adjusted and model:
        return _not_adjusted(hasil, lang), None
    figure = fact.raw if column.raw and fact.adjusted else fact.value
    if facts.as_target_unit(column.key, figure) is None:
        return facts.missing_parts(column.key, figure, lang)[1], None
    if column.raw:
        return figure, facts.short_value(column.key, figure, lang)
    return figure, facts.table_value(column.key, figure, lang)  # as the province's table of dinas: 'C (C–B)'


def _not_adjusted(hasil: Hasil, lang: str) -> str:
    """Why a scope has no adjusted gain: the province's own gain is its participants' mean; a dinas's model has
    too little data."""
    if hasil["cakupan"]["jenis"] == "provinsi":
        return t("index_gain_province", lang)
    mine = hasil["pooling"].get("dinas_ini")
    return t("index_gain_not_adjusted", lang, alasan=reasons.reason(mine["pooled"] if mine else None, lang))


def _rank(fact: facts.Fact, hasil: Hasil, lang: str, missing: Reasons) -> str:
    """The gain's rank with its interval ('21 dari 21 (19–21)'), or a mark with why there is none."""
    if fact.rank and fact.rank.get("peringkat"):
        return escape(facts.rank_text(fact.rank, lang))
    return missing.missing(t("index_rank_province", lang) if hasil["cakupan"]["jenis"] == "provinsi"
                           else fact.rank_cell(lang))


def _rank_after(column: facts.Column, model: bool) -> bool:
    """Whether the gain's rank column follows ``column``: the raw mean's with the model, else the one gain's."""
    return column.key in facts.RAW_BESIDE and column.raw == model


def _gain_header(column: facts.Column, model: bool, lang: str) -> str:
    """A column's header; without the model the gain's one column is the participants' mean."""
    return column.header(lang) if model or column.key not in facts.RAW_BESIDE else label("gain_raw", lang)


def _rank_sort(fact: facts.Fact) -> str:
    return str(fact.rank["peringkat"]) if fact.rank and fact.rank.get("peringkat") else ""


def _kind(column: facts.Column) -> str:
    """A figure column's class: 'raw' for a raw mean beside its figure, else 'kf-<key>'."""
    return "raw" if column.raw else f"kf-{column.key}"


def _follow_up_cell(follow_up: AgencyFollowUp | None, lang: str, year: int | None = None) -> str:
    """'3 dari 8 tercapai (37,5%)' and '1 selesai (12,5%)' or 'tidak dilaporkan'; sorted by the share met."""
    if follow_up is None or not follow_up.rows:
        return '<td class="fu" data-v="">–</td>'
    return (f'<td class="fu" data-v="{follow_up.met_share}">{_follow_up_text(follow_up, lang, year)}</td>')


def _follow_up_text(follow_up: AgencyFollowUp, lang: str, year: int | None = None) -> str:
    rows, judged = follow_up.rows, follow_up.judged
    if judged:  # the share of what could be judged, then what could not (REVIEW6b 12: no "0%" over unjudged rows)
        met = t("index_fu_met", lang, met=follow_up.met, total=judged,
                persen=fmt.percent_of(follow_up.met, judged, lang, column=True)) if follow_up.met \
            else t("index_fu_none_met", lang, total=judged)
        # the rows that could not be judged on a line of their own: one nowrap line of both pushed the index past
        # a 1366-px window once the report links moved beside the name (REVIEW7 R7-2)
        cannot = [t("index_fu_cannot_open" if follow_up.open_year else "index_fu_cannot", lang, n=rows - judged)] \
            if rows > judged else []
    else:
        met, cannot = t("index_fu_unjudged_open" if follow_up.open_year else "index_fu_unjudged", lang, n=rows), []
    done = t("index_fu_done", lang, done=follow_up.done, persen=fmt.percent_of(follow_up.done, rows, lang,
                                                                          column=True)) \
        if follow_up.reported else t("fr_not_reported", lang)
    when = f"<b>{year - 1}</b> " if year else ""  # the plan judged is the year before the report's
    # a reconstruction is never read as the plan the agency signed (R6-31), in the index either
    # (a note that wraps, not a nowrap line: at 1366 px the line pushed the index past the window, REVIEW7 R7-2)
    rebuilt = f' <span class="fu-note">{escape(t("index_fu_regenerated", lang))}</span>' \
        if follow_up.regenerated else ""
    lines = [f"{when}{escape(met)}", *map(escape, cannot)]
    return "".join(f'<span class="line">{line};</span> ' for line in lines) + \
        f'<span class="line">{escape(done)}</span>{rebuilt}'


# --- the years side by side --------------------------------------------------------------------------------
SPARK_WIDTH, SPARK_HEIGHT, SPARK_PAD = 64.0, 18.0, 2.5


def history(hasil: Hasil, key: str, figure) -> list[tuple[int, object]]:
    """(year, figure) of one key figure for every year of the data up to the evaluated one: earlier years from the
    `tren` records (computed by the registry's functions, as the reports' trend), the evaluated year the figure
    its cell shows (``figure``), so the line ends where the number beside it says."""
    earlier = [(row["tahun"], facts.year_figure(hasil, row, key)) for row in hasil.get("tren") or []
               if row["tahun"] < hasil["tahun"]]
    return [*earlier, (hasil["tahun"], figure)]


def sparkline(key: str, points: list[tuple[int, object]], lang: str, scale: tuple[float, float] | None = None) -> str:
    """An inline SVG line of a figure over the years (its last point marked), with the years' values in words for
    a screen reader; '' with fewer than two years that have a value. ``scale``: the (low, high) of the column the
    line stands in, so that every scope's line of it is drawn on one scale; without it the line's own values."""
    known = [(year, values[0]) for year, figure in points if (values := facts.as_target_unit(key, figure))]
    if len(known) < 2:
        return ""
    low, high = scale or (min(v for _, v in known), max(v for _, v in known))
    first, last = known[0][0], known[-1][0]
    def x_of(year: int) -> float:
        return SPARK_PAD + (SPARK_WIDTH - 2 * SPARK_PAD) * (year - first) / max(last - first, 1)
    def y_of(value: float) -> float:
        middle = SPARK_HEIGHT / 2
        return middle if high == low else SPARK_HEIGHT - SPARK_PAD - (SPARK_HEIGHT - 2 * SPARK_PAD) * (value - low) / (
            high - low)
    line = " ".join(f"{x_of(year):.1f},{y_of(value):.1f}" for year, value in known)
    said = "; ".join(f"{year}: {facts.short_value(key, figure, lang)}" for year, figure in points)
    end_x, end_y = x_of(known[-1][0]), y_of(known[-1][1])
    return (f'<svg class="spark" viewBox="0 0 {SPARK_WIDTH:.0f} {SPARK_HEIGHT:.0f}" width="{SPARK_WIDTH:.0f}" '
            f'height="{SPARK_HEIGHT:.0f}" role="img" aria-label="{escape(said)}">'
            f'<polyline points="{line}" fill="none" stroke="currentColor" stroke-width="1.4"/>'
            f'<circle cx="{end_x:.1f}" cy="{end_y:.1f}" r="2.2"/></svg>')


# the figures of the years-side-by-side table: every key figure of the registry, in its order
YEAR_FIGURES = facts.KEYS


def year_columns(model: bool) -> tuple[facts.Column, ...]:
    """The years table's columns, as the table above (REVIEW6 R6-8): with the model the gain adjusted every year
    (the trend's `gain_model`), the participants' mean beside it; without, the participants' mean alone."""
    return tuple(column for column in facts.columns(raw=True) if model or column.key not in facts.RAW_BESIDE
                 or column.raw)


def year_scales(scopes: list[tuple[Hasil, dict[str, facts.Fact]]],
                model: bool) -> dict[facts.Column, tuple[float, float]]:
    """(lowest, highest) value of each column of the years table over the scopes with a line in it (two years with
    a value): the one scale its small lines are drawn on."""
    scales: dict[facts.Column, tuple[float, float]] = {}
    for column in year_columns(model):
        values: list[float] = []
        for hasil, figures in scopes:
            drawn = [known[0] for _, figure, _ in year_points(hasil, figures[column.key], column)
                     if (known := facts.as_target_unit(column.key, figure))]
            values += drawn if len(drawn) >= 2 else []
        if values:
            scales[column] = (min(values), max(values))
    return scales


def year_points(hasil: Hasil, fact: facts.Fact, column: facts.Column) -> list[tuple[int, object, object]]:
    """(year, figure, the year's participants' mean) of one column for every year of the data: the adjusted gain's
    from the trend's mixed-model gains (this year's the record's value), the participants' mean from the trend's
    gains, every other figure as `tren` holds it (this year's the record's, so the line ends where its cell says)."""
    adjusted = column.key in facts.RAW_BESIDE and not column.raw
    now = fact.raw if column.raw and fact.raw is not None else fact.value
    if adjusted and fact.adjusted:
        years = hasil.get("tren") or []
        return [*((row["tahun"], row.get("gain_model"), row["gain"]) for row in years if row["tahun"] < hasil["tahun"]),
                (hasil["tahun"], fact.value, fact.raw)]
    return [(year, figure, figure) for year, figure in history(hasil, column.key, now)]


def _years_row(hasil: Hasil, lang: str, follow_ups: list[tuple[int, AgencyFollowUp | None]],
               missing: Reasons | None = None, model: bool = True,
               scales: dict[facts.Column, tuple[float, float]] | None = None,
               figures: dict[str, facts.Fact] | None = None) -> str:
    """One scope: each key figure for every year of the data (a small line on its column's scale, ``scales``, and
    the numbers), the gain adjusted with the participants' mean beside it as in the table above, then last year's
    follow-up of every year built."""
    figures = figures or {fact.key: fact for fact in facts.build(hasil, lang)}
    scales = scales or {}
    missing = missing or Reasons()
    slug = hasil["cakupan"]["slug"]
    name = names.scope_name(slug, hasil["cakupan"]["nama"], lang)
    cells = [f'<td data-v="{escape(name)}">{escape(name)}</td>']
    for column in year_columns(model):
        key, fact = column.key, figures[column.key]
        if key in facts.RAW_BESIDE and not column.raw and not fact.adjusted:  # no adjusted gain: why, once
            cells.append(f'<td class="num" data-v="">{missing.missing(_not_adjusted(hasil, lang))}</td>')
            continue
        points = year_points(hasil, fact, column)
        values = facts.as_target_unit(key, points[-1][1])
        listed = "".join(f'<span class="yr"><b>{year}</b> '
                         f'{_year_value(key, value, lang, missing, _year_reason(fact, column, value, raw, lang))}'
                         f'</span>' for year, value, raw in points)
        line = sparkline(key, [(year, value) for year, value, _ in points], lang, scales.get(column))
        cells.append(f'<td class="num" data-v="{values[0] if values else ""}">{line}{listed}</td>')
    judged = [(year, follow_up) for year, follow_up in follow_ups if follow_up is not None and follow_up.rows]
    listed = "".join(f'<span class="yr">{_follow_up_text(follow_up, lang, year)}</span>' for year, follow_up in judged)
    latest = judged[-1][1].met_share if judged else ""
    cells.append(f'<td class="fu" data-v="{latest}">{listed or "–"}</td>')
    return f"<tr>{''.join(cells)}</tr>"


def _year_reason(fact: facts.Fact, column: facts.Column, figure, raw, lang: str) -> str:
    """Why a year's figure of a column is missing, true to the cause: an adjusted gain of a year without the model
    says so (facts.year_reason), every other figure its own reason."""
    if column.key in facts.RAW_BESIDE and not column.raw and fact.adjusted:
        return facts.year_reason(fact, figure, raw, lang)
    return facts.why_missing(column.key, figure, lang)


def _year_value(key: str, figure, lang: str, missing: Reasons, reason: str | None = None) -> str:
    """One year's figure in the years table (an IKM with its category range, as in the table above), or '–' with
    the mark of why it is missing."""
    if facts.as_target_unit(key, figure) is None:
        shown, why = facts.missing_parts(key, figure, lang)
        return missing.missing(why if shown != "–" else reason or why, shown)
    if key in facts.RAW_BESIDE:  # the participants' mean, without its interval: one line a year
        return escape(facts.short_value(key, figure, lang))
    return escape(facts.table_value(key, figure, lang))


# the index's column is already wide (78rem): its tables stay inside it, without the 6rem a report's table takes
# beside its 52rem text (report.css), which put the index table off the left edge at 1366 px, and its follow-up
# lines wrap there, so the table fits the column (LOOK10 N-12: 'Dinas' hidden behind a sideways scroll)
INDEX_CSS = """
@media screen and (min-width: 60rem){main.laporan{max-width:78rem}}
th[data-sort]{cursor:pointer}th[aria-sort=ascending]::after{content:' ▲'}th[aria-sort=descending]::after{content:' ▼'}
.index-table td.fu{min-width:8rem}.index-table .line{white-space:nowrap}
.index-table .fu-note{display:block;font-size:.78rem;color:#555}
.index-table td.links a{display:block}.index-table td.links .sep{display:none}
.index-table td.kf-ikm{white-space:normal;min-width:4.6rem}
.years-table td{vertical-align:top}.years-table .yr{display:block;white-space:nowrap;font-size:.78rem;color:#333}
.years-table svg.spark{display:block;margin:0 0 .15rem auto;color:#1f4e79}
.years-table td.fu .yr{white-space:normal}
.scroll-hint{display:none}
@media screen and (min-width: 56rem){main.laporan .table-block{margin-left:0;margin-right:0}
.index-table .line{white-space:normal}}
@media screen and (max-width: 60rem){.scroll-hint{display:block}}
@media screen and (max-width: 40rem){
  .index-table,.years-table{font-size:.74rem}
  .index-table td,.index-table th,.years-table td,.years-table th{padding:.3rem .25rem}
  .index-table th{font-size:.68rem}
  .index-table td:not(.num),.years-table td:not(.num){min-width:0}
  .index-table td.fu{min-width:7.5rem}.years-table td.fu{min-width:8rem}
  .index-table td.kf-gain{white-space:normal;min-width:4.2rem}.index-table td.kf-ikm{min-width:3.6rem}
  .index-table .ci{display:block;font-size:.7rem}
  .index-table td.links{width:3.2rem}.index-table td.links a{display:block}.index-table .sep{display:none}
  .years-table svg.spark{width:44px;height:14px}.years-table .yr{font-size:.7rem}
  .index-table td:first-child,.index-table th:first-child,.years-table td:first-child,.years-table th:first-child{
    position:sticky;left:0;z-index:1;min-width:5.6rem;max-width:7.5rem;background:#fff;
    box-shadow:3px 0 4px -2px rgba(0,0,0,.25)}
  .index-table th:first-child,.years-table th:first-child{background:#eef2f6}
}
"""


def _page(rows: list[str], years_rows: list[str], lang: str, synthetic: bool, coverage_text: str = "",
          missing: tuple[Reasons, Reasons] | None = None, model: bool = True, sides: str = "") -> str:
    missing = missing or (Reasons(), Reasons())
    css = (TEMPLATES / "evalasn" / "report.css").read_text(encoding="utf-8")
    # the key figures' columns come from the registry (report.facts.columns); a phone shows every column too,
    # the table scrolling sideways under the scope's name (INDEX_CSS), so no footnote mark is out of reach
    heads = [(label("dinas", lang), ""), (t("index_reports", lang), "links"), (label("tahun", lang), "year")]
    for column in facts.columns(raw=model):
        heads.append((_gain_header(column, model, lang), _kind(column)))
        if _rank_after(column, model):  # the gain's rank with its interval beside it
            heads.append((label("index_rank_gain", lang), "rank"))
    heads += [(t("index_followup", lang), "fu")]
    header = "".join(f'<th data-sort scope="col"{f" class={kind!r}" if kind else ""}>{escape(h)}</th>'
                     for h, kind in heads)
    # the gain as in the table above: adjusted every year (the trend's mixed-model gain), the participants' mean
    # beside it, each column named for its measure (reader review: 6,6 under the label of 10,6; REVIEW6 R6-8)
    years_heads = [label("dinas", lang), *(column.header(lang) for column in year_columns(model)),
                   t("index_followup", lang)]
    years_header = "".join(f'<th data-sort scope="col">{escape(h)}</th>' for h in years_heads)
    banner = f'<div class="synthetic-banner">{escape(t("synthetic_banner", lang))}</div>' if synthetic else ""
    title = t("title", lang)
    note = f'{t("index_note", lang)} {t("fact_gain_why", lang)}' if model else t("index_note_mean", lang)
    note += f" {sides}" if sides else ""
    years = (f'<h2 id="tahun-demi-tahun">{escape(t("index_years_h", lang))}</h2>'
             f'<div class="table-block"><table class="years-table"><thead><tr>{years_header}</tr></thead>'
             f'<tbody>{"".join(years_rows)}</tbody></table></div>{missing[1].note()}'
             f'<p class="note">{escape(t("index_years_note" if model else "index_years_note_mean", lang))}</p>') \
        if years_rows else ""
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
            f"<style>{css}\n{INDEX_CSS}</style></head><body><main class=\"laporan\">"
            f"<h1>{escape(title)}</h1><p>{escape(t('subtitle', lang))}</p>{banner}"
            + (f'<p class="coverage">{escape(coverage_text)}</p>' if coverage_text else "") +
            f'<p class="note scroll-hint">{escape(t("index_scroll_hint", lang))}</p>'
            f'<div class="table-block"><table class="index-table">'
            f'<thead><tr>{header}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>{missing[0].note()}'
            f'<p class="note">{escape(note)}</p>{years}</main><script>{SORT_SCRIPT}</script></body></html>\n')
