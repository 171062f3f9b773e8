"""The summary findings about money: spent without gain or for a very small one (rule 1 of
report.chapters.key_findings), a dinas the province lists as lagging for its gain (rule 3), and where the money goes
(rule 4)."""

from __future__ import annotations

from evalasn import constants
from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.estimate import point
from evalasn.analysis.difference import clearly_below
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.chapters import dinas_pairs, lagging_gain, method_choice, no_gain, recommendation, redesign
from evalasn.report.chapters.finding import Finding
from evalasn.report.words import fmt, phrases
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import label, t


def without_gain(hasil: Hasil, recs: list[recommendation.Recommendation], lang: str,
                 brief: bool = False) -> Finding | None:
    """Money spent for no gain (`tanpa_kenaikan`) and for a very small one (no_gain.little_gain): one finding,
    the costliest consequence. ``brief``: the summary's wording, without the spread of a province-wide method over
    the dinas (BAB IX's conclusion keeps it)."""
    rows = hasil["anggaran_vs_peningkatan"].get("tanpa_kenaikan", [])
    little, pairs = no_gain.little_gain(hasil), no_gain.little_gain_dinas(hasil)
    texts, advice, spent = [], [], 0.0
    if rows:
        stop = _no_gain_methods(rows)
        own = {r["metode"] for r in rows if r["dinas"] is None}
        # a dinas's row of a method the province lists itself is inside the province's budget: counted once
        counted = [r for r in rows if r["dinas"] is None or r["metode"] not in own]
        items = _no_gain_items(rows, stop, lang)
        spent += sum(r["anggaran_rp"] for r in counted)
        # no recorded cost at all: the finding is the learning result alone (CHECK11 C11-11)
        key = "kt_nogain_total" if len(items) > 1 else "kt_nogain"
        texts.append(t(key if any(no_gain.costed(r) for r in counted) else "kt_nogain_nocost", lang,
                       jumlah=fmt.rupiah(sum(r["anggaran_rp"] for r in counted), lang),
                       arah=no_gain.no_gain_words(rows, lang, after_label=True), daftar="; ".join(items)))
        advice.append(t("kt_rec_stop", lang, metode=_where(rows, stop, lang)))
    if little or pairs:
        texts.append(_little_gain_text(hasil, little, pairs, lang, brief))
        spent += _little_total(hasil)
        methods = [r.metode for r in little] + [m for m in dict.fromkeys(r["metode"] for r in pairs)]
        marked = [{"metode": r.metode, "dinas": None} for r in little] + [dict(r) for r in pairs]
        # the budget goes only to a method the data support, after the review where the dinas reviews it (LOOK12
        # K-12, LOOK14 P-4)
        advice.append(t("kt_rec_little", lang, metode=_where(marked, methods, lang),
                        alihkan=redesign.little_move(hasil, methods, lang, "kt")))
    unjudged = dinas_pairs.without_estimate_dinas(hasil)
    if texts and unjudged:  # the province's pairs without an estimate: their cost said, not dropped (P4, session 8)
        named = {r["metode"] for r in rows} | {r.metode for r in little} | {r["metode"] for r in pairs}
        texts[-1] += unjudged_said(hasil, unjudged, named, lang)
    return Finding("tanpa_kenaikan", " ".join(texts), " ".join(advice), rupiah=spent or None) if texts else None


def unjudged_said(hasil: Hasil, unjudged: list, named: set[str], lang: str) -> str:
    """The money finding's pairs without an estimate (dinas_pairs.without_estimate_dinas) of the finding's own ``named``
    methods ('Belum dapat dinilai per dinas: seminar Rp 320 juta di 11 dinas …'); '' without such pairs. The
    all-method total stays in BAB IV (dinas_pairs.without_estimate_said): LOOK13 M-9, "Rp 1,4 miliar" of four methods
    read as seminar money; LOOK18 T-6, even in a sentence of its own it ended the seminar finding with workshop,
    mentoring and e-learning money that had no finding."""
    money = lambda rows: fmt.rupiah(sum(r["anggaran_rp"] for r in rows), lang)  # noqa: E731
    by_method = {metode: [r for r in unjudged if r["metode"] == metode] for metode in
                 dict.fromkeys(r["metode"] for r in unjudged)}
    # the same method's dinas too small to judge with no recorded cost, counted apart: 9.1 lists them with the others
    # (LOOK20 W-3: 13 dinas listed, "Rp 320 juta di 11 dinas" said)
    free = {metode: len(dinas_pairs.unpriced_pairs(hasil, metode, {str(r["dinas"]) for r in of}))
            for metode, of in by_method.items() if metode in named}
    own = [t("kt_no_estimate_group_free" if free[metode] else "kt_no_estimate_group", lang,
             metode=label(metode, lang), biaya=money(of), k=len(of), bebas=free[metode])
           for metode, of in by_method.items() if metode in named]
    key = "kt_no_estimate_free" if any(free.values()) else "kt_no_estimate"
    return t(key, lang, daftar=phrases.and_(own, lang), bab=t("kt_chapter_iv", lang)) if own else ""


def gain_below_province(hasil: Hasil, recs: list[recommendation.Recommendation], lang: str) -> Finding | None:
    """The dinas the province lists as lagging for its adjusted gain (report.chapters.lagging_gain: the dinas
    report's own dinas, or every listed dinas in the province report), with what the data say and what its year of
    activities cost; None when none is listed."""
    own = {r.subject for r in recs if r.rule in ("rec_stop", "rec_little")}  # methods with a row of their own
    found = lagging_gain.finding(hasil, lang, own)
    short = lagging_gain.brief(hasil, lang, own)
    province = hasil["cakupan"]["slug"] == PROVINCE_SLUG
    if not found or not short:
        return None
    # the summary: one line per dinas and the step (its recommendation); BAB IX 9.1 the full text
    spent = [lagging_gain.spent(hasil, item.dinas if province else "") for item in lagging_gain.listed(hasil)]
    return Finding("kenaikan_rendah", found[0], short[1], brief=short[0], rupiah=sum(v for v in spent if v) or None)


def _no_gain_methods(rows: list) -> list[str]:
    """The methods without gain: the scope's own first, then (province) each method of the dinas rows."""
    return list(dict.fromkeys([r["metode"] for r in rows if r["dinas"] is None]
                              + [r["metode"] for r in rows if r["dinas"] is not None]))


def _where(rows: list, methods: list[str], lang: str) -> str:
    """'seminar dan e-learning', or in the province report, for the dinas rows, where the money went:
    'seminar dan e-learning di Kesehatan dan Satpol PP' (methods grouped by the dinas that spent on them); several
    groups: 'seminar di Kesehatan dan Satpol PP, serta e-learning di Satpol PP'."""
    own = {r["metode"] for r in rows if r["dinas"] is None}
    groups: dict[tuple[str, ...], list[str]] = {}
    for metode in methods:
        spent = () if metode in own else tuple(short_name_in(r["dinas"] or "", lang) for r in rows
                                                 if r["metode"] == metode and r["dinas"] is not None)
        groups.setdefault(spent, []).append(phrases.method_noun(metode, lang))
    parts = [phrases.and_(names, lang) if not spent else
             t("kt_method_in", lang, metode=phrases.and_(names, lang), dinas=phrases.and_(list(spent), lang))
             for spent, names in groups.items()]
    if len(parts) < 2:
        return "".join(parts)
    # one sentence whose groups cannot be misread (REVIEW4 15: 'seminar di Kesehatan dan Satpol PP; e-learning di
    # Satpol PP agar …'): 'seminar di Kesehatan dan Satpol PP, serta e-learning di Satpol PP'
    return ", ".join(parts[:-1]) + t("kt_groups_last", lang, bagian=parts[-1])


def _no_gain_items(rows: list, methods: list[str], lang: str) -> list[str]:
    own = {r["metode"]: r for r in rows if r["dinas"] is None}
    items = []
    for metode in methods:
        if metode in own:
            row = own[metode]
            items.append(t("kt_nogain_item" if no_gain.costed(row) else "kt_nogain_item_nocost", lang,
                           metode=phrases.method_noun(metode, lang),
                           biaya=fmt.rupiah(row["anggaran_rp"], lang), besar=phrases.estimate(row, lang),
                           ik=phrases.ci(row, lang), dasar=no_gain.gain_basis(row, lang)))
            continue
        items += [_pair_item(r, "kt_nogain_item_prov" if no_gain.costed(r) else "kt_nogain_item_prov_nocost", lang)
                  for r in rows if r["dinas"] is not None and r["metode"] == metode]
    return items


def _pair_item(row, key: str, lang: str) -> str:
    """One method × dinas pair of the province's lists with its budget, gain and interval (a very small gain's with
    the effect size that admits it, no_gain.effect_said)."""
    return t(key, lang, metode=phrases.method_noun(row["metode"], lang), dinas=short_name_in(row["dinas"] or "", lang),
             biaya=fmt.rupiah(row["anggaran_rp"], lang), besar=phrases.estimate(row, lang), ik=phrases.ci(row, lang),
             efek=no_gain.effect_said(row, lang), dasar=no_gain.gain_basis(row, lang))


def _flat(gain) -> bool:
    """A very small gain whose estimate is at or below zero: no gain worth the name, never "a small gain" (R6-10)."""
    return (point(gain) or 0.0) <= constants.NO_GAIN_UPPER


def _little_gain_text(hasil: Hasil, little: list[no_gain.LittleGain], pairs: list, lang: str,
                      brief: bool = False) -> str:
    """The scope's own methods with a very small gain, then (province) each dinas's pairs (no_gain.little_gain_dinas),
    each with its amount first (R6-10: 'Rp 167 juta untuk seminar tanpa kenaikan yang berarti (−1,0 poin; …)'), and
    the cheapest method per point beside them, with its interval; a province-wide row with its spread over the dinas
    unless ``brief``."""
    money = lambda v: fmt.rupiah(v, lang)  # noqa: E731
    province = (hasil.get("cakupan") or {}).get("jenis") == "provinsi"
    items = []
    for row in little:
        item = no_gain.little_item(row, lang, cost=False)  # its cost per point a sentence after (LOOK20 W-19)
        items.append(item + (_driven(hasil, row, lang) if brief and province else ""))
    items += [_pair_item(r, "kt_little_pair_flat" if _flat(r) else "kt_little_pair_small", lang) for r in pairs]
    cheapest = method_choice.cheapest_per_point(hasil)
    named = {r.metode for r in little} | {r["metode"] for r in pairs}
    # with its interval, also in 9.1 where the "Efisiensi" conclusion states it (LOOK34 F-6: a pointer in its place
    # was as long as the interval and left the figure bare)
    within = phrases.ci(cheapest, lang, "rp_per_poin") if cheapest else ""
    compare = t("kt_little_cheapest", lang, metode=label(cheapest["metode"], lang),
                biaya=phrases.estimate(cheapest, lang, "rp_per_poin"), ik=within) \
        if cheapest and cheapest["metode"] not in named else ""
    # the heading names the kinds present (LOOK17 S-7: "tidak berarti atau sangat kecil" over items all "tanpa
    # kenaikan yang berarti")
    flat = [_flat(r.gain) for r in little] + [_flat(r) for r in pairs]
    key = "kt_little" if len(items) <= 1 else "kt_little_total_flat" if all(flat) else \
        "kt_little_total_small" if not any(flat) else "kt_little_total"
    # 9.1: each province-wide row's spread over the dinas in sentences of their own, then its cost per point (LOOK23
    # Z-3: the finding, the dinas judged on their own, the rest, the cost per point)
    costs = "".join((_spread_text(hasil, row, lang) if province and not brief else "") + no_gain.little_cost(row, lang)
                    for row in little)
    if not costs:
        return t(key, lang, jumlah=money(_little_total(hasil)), daftar="; ".join(items), pembanding=compare)
    # the gain's sentence, then the cost per point with its interval, then the cheapest method beside it (LOOK20 W-19)
    return (t(key, lang, jumlah=money(_little_total(hasil)), daftar="; ".join(items), pembanding="") + costs
            + (t("kt_little_cheapest_after", lang, metode=label(cheapest["metode"], lang),
                 biaya=phrases.estimate(cheapest, lang, "rp_per_poin"), ik=within)
               if compare and cheapest else ""))


def _little_total(hasil: Hasil) -> float:
    """The money for a very small gain, each rupiah once: a dinas's money already counted as spent without gain (its
    own row) is inside a province-wide row."""
    little, pairs = no_gain.little_gain(hasil), no_gain.little_gain_dinas(hasil)
    province = (hasil.get("cakupan") or {}).get("jenis") == "provinsi"
    stopped = sum(r["anggaran_rp"] for r in hasil["anggaran_vs_peningkatan"].get("tanpa_kenaikan", [])
                  if r["dinas"] is not None and r["metode"] in {row.metode for row in little}) if province else 0.0
    return sum(r.anggaran_rp for r in little) + sum(r["anggaran_rp"] for r in pairs) - stopped


def _driven(hasil: Hasil, row: no_gain.LittleGain, lang: str) -> str:
    """The summary's words on a province-wide row the dinas with a finding of their own may drive (dinas_pairs.spread
    does not stand): '; kenaikan sangat kecil ini terutama berasal dari 4 dinas, yaitu Kesehatan, … (Rp 456 juta, 47%
    biayanya): di dinas lain peserta seminar naik 3,3 poin (rentang keyakinan 95%: 2,3 s.d. 4,3), 3,2 poin lebih
    tinggi daripada di 4 dinas itu (1,9 s.d. 4,5; BAB IX, 9.1)' when the whole interval of the difference is above
    zero (LOOK12 K-2; LOOK23 Z-3: "terutama dari" them read as the money, of which they held 47%), else only who
    they are (LOOK11 L-3); 9.1 gives their figures; '' when it stands."""
    found = dinas_pairs.spread(hasil, row.metode, row.gain.get("ci_atas"))
    if found.stands or found.outside is None:
        return ""
    names = phrases.and_([short_name_in(r["dinas"] or "", lang) for r in found.judged], lang)
    gap = found.outside.get("selisih_dengan_temuan")
    if not found.driven or gap is None or not found.outside.get("cukup_data"):
        return t("kt_driven_observed", lang, dinas=names)
    outside = found.outside
    who = t("kt_driven_who", lang, n=len(found.judged), daftar=names) if len(found.judged) > 1 else names
    rose = (outside.get("ci_bawah") or 0.0) > 0
    low, high = fmt.figures((gap.get("ci_bawah"), gap.get("ci_atas")), "poin_tes", lang)
    return t("kt_driven", lang, kenaikan=no_gain.little_words(row.gain, lang), siapa=who,
             uang=dinas_pairs.judged_money_said(found, lang, "kt_driven_money"), metode=label(row.metode, lang),
             naik=t("kt_driven_rose" if rose else "kt_driven_changed", lang), nilai=phrases.estimate(outside, lang),
             ik=phrases.ci(outside, lang), selisih=phrases.estimate(gap, lang),
             itu=dinas_pairs.those_dinas(found, lang), ik_selisih=fmt.low_to_high(low, high, lang))


def _spread_text(hasil: Hasil, row: no_gain.LittleGain, lang: str) -> str:
    """A province-wide method row's spread over the dinas (dinas_pairs.spread; REVIEW5b 1), in sentences after the
    finding's, whose bracket holds the row's counts (LOOK23 Z-3): ' Seminar diadakan di 18 dinas; dinilai sendiri:
    Kesehatan Rp 167 juta (…) dan ….', then the others' gain and its conclusion (dinas_pairs.outside_said), then the
    other dinas: ' Dinilai sendiri tanpa temuan aturan (1) BAB IX: Pendidikan (…). Terlalu sedikit kegiatan untuk
    dinilai sendiri (kurang dari 3 per dinas; 18 kegiatan seluruhnya) di 13 dinas: Bina Marga, ….' (LOOK24 V2-7: the 13
    dinas with their counts stood between the finding's figure and its conclusion)."""
    found = dinas_pairs.spread(hasil, row.metode, row.gain.get("ci_atas"))
    text = fmt.capitalised(t("kt_spread", lang, metode=label(row.metode, lang), dinas=found.dinas)) \
        if found.dinas else ""
    if found.judged:
        judged = [t("kt_spread_judged_item", lang, dinas=short_name_in(r["dinas"] or "", lang),
                    biaya=fmt.rupiah(r["anggaran_rp"], lang), besar=phrases.estimate(r, lang), ik=phrases.ci(r, lang),
                    dasar=no_gain.gain_basis(r, lang)) for r in found.judged]
        text += t("kt_spread_judged" if text else "kt_spread_judged_alone", lang, daftar=phrases.and_(judged, lang))
    text = f" {text}." if text else ""
    # what the summary's words on the judged dinas rest on (LOOK10 N-4), with its interval (LOOK11 L-3)
    text += dinas_pairs.outside_said(found, row.gain, row.metode, lang)
    if found.fine:
        fine = [t("kt_spread_fine_item", lang, dinas=short_name_in(slug, lang), k=fmt.integer(count, lang),
                  n=fmt.integer(n, lang)) for slug, count, n in found.fine]
        text += t("kt_spread_fine", lang, daftar=phrases.and_(fine, lang))
    if found.small:  # by name, as BAB X's note names them; their activities counted once
        small = sorted((short_name_in(slug, lang) for slug, _ in found.small), key=str.casefold)
        text += t("kt_spread_small", lang, daftar=phrases.and_(small, lang), min=constants.MIN_CLUSTERS,
                  n=len(small), k=fmt.integer(sum(count for _, count in found.small), lang))
    return text


def where_money_goes(hasil: Hasil, recs: list[recommendation.Recommendation], lang: str) -> Finding | None:
    """The method with the largest budget against the cheapest per point, when the cheapest is clearly cheaper: the
    whole 95% interval of the difference of their costs per point below zero (analysis.difference; REVIEW6 R6-4)."""
    budget = {r["metode"]: r["anggaran_rp"] for r in hasil["pelaksanaan"]["kegiatan_per_metode"]}
    costs = {r["metode"]: r for r in hasil["anggaran_vs_peningkatan"]["biaya_per_poin"] if r["cukup_data"]}
    total = sum(budget.values())
    if len(costs) < 2 or not total:
        return None
    bulk = max((m for m in costs if m in budget), key=lambda m: budget[m], default=None)
    cheapest = min(costs, key=lambda m: point(costs[m]))
    if bulk is None or bulk == cheapest or not clearly_below(costs[cheapest], costs[bulk]):
        return None
    # a finding asks for a decision: when no shift is advised (the cheaper methods learn clearly less) the comparison
    # stays in BAB IX (9.1's efficiency line, 9.2's "do not move"), not one of the five (LOOK16 R-4, LOOK17 S-2: the
    # province's Rp 16,4 miliar of pelatihan, "do not move it", opened the summary, then took a slot from the
    # coverage miss and the six dinas in IKM category C/D)
    if method_choice.method_shift(hasil) is None:
        return None
    money = lambda v: fmt.rupiah(v, lang)  # noqa: E731
    text = t("kt_money", lang, besar=label(bulk, lang), porsi=fmt.percent(100 * budget[bulk] / total, 0, lang),
             anggaran=money(budget[bulk]), total=money(total), biaya=phrases.estimate(costs[bulk], lang, "rp_per_poin"),
             ik=phrases.ci(costs[bulk], lang, "rp_per_poin"), murah=label(cheapest, lang),
             biaya_m=phrases.estimate(costs[cheapest], lang, "rp_per_poin"),
             ik_m=phrases.ci(costs[cheapest], lang, "rp_per_poin"))
    text += _money_basis(hasil, lang)
    unrecorded = phrases.unrecorded_cost(hasil, lang)
    if unrecorded:  # a method at Rp 0 is missing cost, not a free one (CHECK11 C11-1): the share is of recorded cost
        text += t("cost_unrecorded_share", lang, daftar=unrecorded)
    # the recommendation answers this comparison (the bulk of spending), not rule 3's dearest method
    pair = method_choice.method_pair(hasil)
    # BAB IX 9.2's, in its summary form with both intervals (Recommendation.brief) where 9.2 points to 9.1 for one
    # (its subject the method it moves participants to: the next cheaper one when the cheapest is ruled out for
    # learning less, C12-15)
    same = next(((r.brief or r.text) for r in recs if r.rule == "rec_method" and pair is not None
                 and pair[0]["metode"] == cheapest), "")
    if same and pair is not None and pair[1]["metode"] == bulk:  # both costs said above: refer back (LOOK11 L-12)
        same = method_choice.method_brief(hasil, lang) or same
    return Finding("efisiensi", text, same or t("kt_rec_money", lang, metode=label(cheapest, lang),
                                                besar=label(bulk, lang)), rupiah=budget[bulk])


def _money_basis(hasil: Hasil, lang: str) -> str:
    """The province's activity total counts dinas its realisation (summary, Tabel 6) does not: those with activity
    cost this year and no budget rows, named with that cost (REVIEW7 R7-8: Nakertransgi, with neither, was said to
    be inside the total); '' when there is none."""
    spending = [r for r in hasil.get("perbandingan_dinas") or [] if (r.get("anggaran_kegiatan_rp") or 0) > 0]
    without = sorted((r for r in spending if r.get("persen_realisasi") is None),
                     key=lambda r: short_name_in(r["dinas"], lang))
    if not without:
        return ""
    items = [t("kt_money_basis_item", lang, dinas=short_name_in(r["dinas"], lang),
               biaya=fmt.rupiah(r["anggaran_kegiatan_rp"], lang)) for r in without]
    return t("kt_money_basis", lang, n=fmt.integer(len(spending), lang), daftar=phrases.and_(items, lang))


