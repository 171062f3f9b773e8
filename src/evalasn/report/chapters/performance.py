"""BAB III 3.4's comparison of unit performance indicators (Tabel 7), after the IKM comparison.

The indicators are measured in their own periods (quarters in the sample, semesters for the survey), so their
training window, and the units that reach the trained share in it, can differ from the IKM comparison's: the
note says so with both records' counts (LOOK18 T-10), and refers to "the same reason as the IKM" only where the
words are the same, naming which when the IKM gave others too (LOOK20 V-3). When no indicator's difference could be
computed the table would repeat one reason per row: one paragraph says it instead (LOOK18 T-5). Sentences from
report.words; numbers from hasil.json.
"""

from __future__ import annotations

from typing import Any

from evalasn import constants
from evalasn.analysis.contract import IkmDid, IndicatorDid
from evalasn.report.chapters import html
from evalasn.report.context import Context
from evalasn.report.words import fmt, impact, phrases, reasons, unit_accounting
from evalasn.report.words.indicators import indicator_name
from evalasn.report.words.text import t


def section(ctx: Context, ikm: IkmDid | None, ikm_said: set[str]) -> list[str]:
    """Tabel 7 with its note, or the paragraph that replaces it; ``ikm`` is the IKM comparison shown above (None
    when none is), ``ikm_said`` the reason codes its paragraphs give."""
    rows: list[IndicatorDid] = ctx.hasil["level4_hasil"]["did_kinerja"]
    lang = ctx.lang
    if not any(_computed(row) for row in rows):
        # nothing computed: the window matters only to say why the counts differ from the IKM comparison's
        counted = all(_too_few(row) for row in rows)  # every reason gives the counts (reasons.reason)
        grouping = groups_sentence(rows, ikm, lang, counts=not counted, units_only=True)
        return [html.para(" ".join(filter(None, [none_computed(rows, lang), grouping])))]
    grouping = groups_sentence(rows, ikm, lang)
    table = []
    shared = impact.shared_reasons(rows, lang)  # said once under the table, not in every row
    for row in rows:
        effect = row.get("efek")
        table.append([indicator_name(row["indikator"], lang), ctx.label(row["arah"]),
                      phrases.cell_with_ci(effect, lang, "satuan_indikator") if effect
                      else reasons.unavailable(row, lang),
                      impact.verdict_cell(row, lang, shared)])
    notes = [grouping] if grouping else []
    if shared:  # said once under the table
        notes.append(shared_note(rows[0], shared, ikm, ikm_said, lang))
        if any(set(impact.said_codes(row)) - set(shared) for row in rows):
            notes[-1] += ctx.t("r_tab_kinerja_more")
    return [html.table([ctx.label(k) for k in ("indikator", "arah", "efek", "kesimpulan")], table,
                       ctx.t("r_tab_kinerja"), note=" ".join(notes) or None)]


def shared_note(first: IndicatorDid, shared: tuple[str, ...], ikm: IkmDid | None, ikm_said: set[str],
                lang: str) -> str:
    """'Kesimpulan setiap indikator belum dapat ditarik': the shared reasons the IKM paragraphs above give in the same
    words referred to, not repeated (REVIEW5b 18), the others said. When the IKM paragraphs give other reasons too,
    the reference names which (LOOK20 V-3: 'dengan alasan yang sama dengan perbedaan IKM di atas' where the IKM gave
    two reasons, no programme declared and a weak pre-trend check, and the indicators shared the first only)."""
    same = tuple(code for code in shared if code in ikm_said and ikm is not None and same_words(ikm, first, code, lang))
    rest = impact.reasons(first, lang, skip=_but(first, tuple(c for c in shared if c not in same)))
    if not same:
        return t("r_tab_kinerja_same", lang, alasan=rest)
    topics = list(dict.fromkeys(t(f"topic_{code}", lang) for code in same))
    topic = "" if set(same) == ikm_said else t("r_tab_kinerja_topic", lang, daftar=phrases.and_(topics, lang),
                                                n=len(topics))
    return t("r_tab_kinerja_same_part", lang, n=len(same), topik=topic, alasan=rest) if rest else \
        t("r_tab_kinerja_same_ikm", lang, n=len(same), topik=topic)


def same_words(ikm: IkmDid, row: IndicatorDid, code: str, lang: str) -> bool:
    """Whether the IKM comparison gives reason ``code`` in the words the indicator row would (a count of units is
    part of the words: 'unit terlalu sedikit: 2 dilatih, 4 pembanding' is not 5 and 1)."""
    def alone(record: Any) -> str:
        return impact.reasons(record, lang, skip=_but(record, (code,)))
    verdict: Any = ikm.get("putusan") or {}
    return code in verdict.get("kode_alasan", []) and alone(ikm) == alone(row)


def _but(record: Any, codes: tuple[str, ...]) -> tuple[str, ...]:
    """The record's reason codes other than ``codes`` (what impact.reasons skips to give only those)."""
    return tuple(c for c in record["putusan"]["kode_alasan"] if c not in codes)


def none_computed(rows: list[IndicatorDid], lang: str) -> str:
    """'Indikator kinerja unit, yaitu layanan tepat waktu (%) dan waktu tunggu (menit), belum dapat dibandingkan …:
    <why>' (LOOK19 V-4: not in brackets, where the units' brackets stacked inside)
    with one reason when every row has the same, else each indicator's."""
    why = {indicator_name(row["indikator"], lang): reasons.reason(row["efek"], lang) if row.get("efek")
           else reasons.unavailable(row, lang) for row in rows}
    names = [fmt.lower_first(name) for name in why]
    if len(set(why.values())) == 1:
        alasan = next(iter(why.values()))
    else:
        alasan = "; ".join(f"{fmt.lower_first(name)}: {text}" for name, text in why.items())
    return t("r_kin_none", lang, daftar=phrases.and_(names, lang), alasan=alasan)


def groups_sentence(rows: list[IndicatorDid], ikm: IkmDid | None, lang: str, counts: bool = True,
                    units_only: bool = False) -> str | None:
    """The indicators' periods, training window and unit counts beside the IKM comparison's, when any differs (with
    ``units_only``, when the unit counts differ); why (other periods, so another window; or other units with data).
    None when they agree or no IKM comparison is shown. ``counts``: False when the sentence before gives the
    indicators' counts (one group only)."""
    if not ikm or not ikm.get("tersedia") or not ikm.get("efek"):
        return None
    mine = _key(ikm)
    keys = {indicator_name(row["indikator"], lang): _key(row)
            for row in rows if row.get("tersedia") and row.get("efek")}
    if not keys or all((key[3:] if units_only else key) == (mine[3:] if units_only else mine)
                       for key in keys.values()):
        return None
    distinct = list(dict.fromkeys(keys.values()))
    effects = {_key(row): row["efek"] for row in rows if row.get("tersedia") and row.get("efek")}

    def named(key: Key) -> str:
        return phrases.and_([fmt.lower_first(n) for n, k in keys.items() if k == key], lang)
    if len(distinct) == 1:
        kinerja = _clause(distinct[0], lang, counts)
    else:
        kinerja = "; ".join(f"{named(key)}: {_clause(key, lang)}" for key in distinct)
    # every unit of the indicators' scope, with the counts (LOOK22 Y-4); a reason giving the counts gives it there
    units = {key: unit_accounting.accounting(effects[key], lang) for key in distinct} if counts else {}
    said = [(key, text) for key, text in units.items() if text]
    rincian = "" if not said else t("r_tab_kinerja_units", lang, rincian=said[0][1] if len(distinct) == 1 else
                                    "; ".join(f"{named(key)}: {text}" for key, text in said))
    window = any(key[:3] != mine[:3] for key in distinct)
    return t("r_tab_kinerja_group", lang, kinerja=kinerja, ikm=_clause(mine, lang),
             sebab=t("r_tab_kinerja_group_window" if window else "r_tab_kinerja_group_units", lang,
                     ambang=fmt.percent(ikm["ambang_persen_dilatih"], 0, lang)), rincian=rincian)


def _computed(row: IndicatorDid) -> bool:
    effect: Any = row.get("efek") or {}
    return bool(effect.get("cukup_data"))


def _too_few(row: IndicatorDid) -> bool:
    """Whether the row's reason is its arms' unit counts (reasons.reason: 'hanya 6 unit dilatih dan 0 …')."""
    effect: Any = row.get("efek") or {}
    return bool(effect) and effect.get("alasan") != "rentang_melebihi_skala" and "unit_dilatih" in effect \
        and min(effect["unit_dilatih"], effect["unit_pembanding"]) < constants.MIN_UNITS_PER_ARM


# periods, window, trained and comparison counts, and every unit of the scope in its group (LOOK22 Y-4)
Key = tuple[str, str, tuple[str, ...], int, int, tuple[Any, ...]]


def _key(did: Any) -> Key:
    effect = did["efek"]
    groups = tuple(tuple(g.values()) for g in effect.get("rincian_unit") or [])
    return (did.get("periode_sebelum") or "", did.get("periode_sesudah") or "",
            tuple(did.get("jendela_kegiatan") or ()), int(effect.get("unit_dilatih") or 0),
            int(effect.get("unit_pembanding") or 0), (effect.get("n_unit"), effect.get("unit_seluruhnya"), groups))


def _clause(key: Key, lang: str, counts: bool = True) -> str:
    before, after, window, trained, comparison, _ = key
    return t("r_tab_kinerja_group_one" if counts else "r_tab_kinerja_group_when", lang, sebelum=before, sesudah=after,
             jendela=fmt.days_between(window[0], window[1], lang) if len(window) == 2 else "–",
             unit_d=fmt.integer(trained, lang), unit_p=fmt.integer(comparison, lang))
