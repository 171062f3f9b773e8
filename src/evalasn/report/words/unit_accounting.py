"""Every unit of a difference-in-differences' scope in words (hasil.json `efek.rincian_unit`, analysis.unit_accounting;
LOOK22 Y-4).

One phrase for the withheld comparison's reason (reasons.reason), Tabel 7's note, the IKM design note and the
workbook, each group a sentence of its own (LOOK24 V2-3): 'dari 6 unit kerja, 5 mencapai ambang pelatihan. Sebanyak
2 unit dihitung dilatih. Sebanyak 2 unit dilatih kemudian, menjadi pembanding sebelum pelatihannya, tetapi tidak
dihitung dilatih karena …. Sebanyak 1 unit tidak dipakai karena …. Ditambah 1 unit tidak dilatih, perbandingan memuat
5 unit: 2 dilatih dan 3 pembanding'. Its counts add up to the scope's units. One convention everywhere: a unit
trained later that is counted as trained is in both counts, and the phrase says it is among the trained ones
('16 mencapai ambang pelatihan dan semuanya dihitung dilatih (2 di antaranya juga menjadi pembanding …)'), so
'perbandingan memuat 23 unit: 16 dilatih dan 9 pembanding' adds up.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from evalasn import constants
from evalasn.report.words import fmt
from evalasn.report.words.text import t

# the groups whose counts alone already add up to the scope: nothing to account for
PLAIN = frozenset({"dilatih", "tidak_dilatih_pembanding"})
# the groups counted as trained (said together, analysis.unit_accounting.GROUPS)
COUNTED = ("dilatih", "dilatih_juga_pembanding")


def accounting(effect: Mapping[str, Any], lang: str, always: bool = False) -> str:
    """The sentences that account for every unit of the comparison's scope, the first without its capital: a lead
    with the units that reached the threshold, then each group a sentence of its own ('Sebanyak 4 unit dihitung
    dilatih. Sebanyak 3 unit tidak dipakai: …'; LOOK24 V2-3; in English each opens with its label, never a numeral:
    'Counted as trained: 4 units.'), then the comparison's total. When every unit that reached the threshold is
    counted as trained, the lead says so ('16 mencapai ambang pelatihan dan semuanya dihitung dilatih (2 di antaranya
    …)'), not the count twice in a row. '' for a record without
    `rincian_unit` (a hasil.json written before it) or, unless ``always``, when the trained and comparison units are
    all of the scope and in one arm each (their counts add up by themselves)."""
    groups = effect.get("rincian_unit") or []
    if not groups or (not always and all(g["kelompok"] in PLAIN for g in groups)):
        return ""
    count = lambda v: fmt.integer(v, lang)  # noqa: E731
    reached = [g for g in groups if g["kelompok"].startswith("dilatih")]
    untrained = [g for g in groups if g["kelompok"].startswith("tidak_dilatih")]
    arms = {"total": count(effect.get("unit_seluruhnya") or 0), "d": count(effect.get("unit_dilatih") or 0),
            "p": count(effect.get("unit_pembanding") or 0)}
    counted, also = _counted(groups, lang)
    others = [g for g in reached if g["kelompok"] not in COUNTED]
    # every unit that reached the threshold counted as trained: said in the lead, not again in a sentence of its own
    items = ([t("units_dilatih", lang, k=count(counted)) + also] if counted and others else []) \
        + [_group(g, lang) for g in others]
    total = t("units_total", lang, **arms)
    if reached and untrained and all(g["kelompok"] == "tidak_dilatih_pembanding" for g in untrained):
        # all of them a comparison: 'Ditambah 1 unit tidak dilatih, perbandingan memuat …'
        total = t("units_total_with", lang, **arms, rincian=t("units_untrained", lang, k=count(
            sum(g["n_unit_kelompok"] for g in untrained))))
    else:
        items += [_group(g, lang) for g in untrained]
    dicapai = t("units_reached_none", lang) if not reached \
        else t("units_reached_all", lang, k=count(counted)) + also if counted and not others \
        else t("units_reached", lang, k=count(sum(g["n_unit_kelompok"] for g in reached)))
    return t("units_account", lang, n=count(effect.get("n_unit") or sum(g["n_unit_kelompok"] for g in groups)),
             dicapai=dicapai, kelompok="".join(t("units_group", lang, rincian=item) for item in items), jumlah=total)


def sentence(effect: Mapping[str, Any], lang: str, key: str = "r_did_design_units") -> str:
    """The accounting as a sentence after another (' Rincian unit: dari 23 unit kerja, ….'; ``key`` the catalogue's
    lead-in), '' when ``accounting`` has nothing to say."""
    units = accounting(effect, lang)
    return t(key, lang, rincian=units) if units else ""


def _counted(groups: list[Mapping[str, Any]], lang: str) -> tuple[int, str]:
    """The units counted as trained and, said among them, those also a comparison before their training: (16, ' (2 di
    antaranya juga menjadi pembanding sebelum pelatihannya)'); (0, '') when none is."""
    both = sum(g["n_unit_kelompok"] for g in groups if g["kelompok"] == "dilatih_juga_pembanding")
    alone = sum(g["n_unit_kelompok"] for g in groups if g["kelompok"] == "dilatih")
    also = t("units_also_comparison", lang, k=fmt.integer(both, lang)) if both else ""
    return both + alone, also


def _group(group: Mapping[str, Any], lang: str) -> str:
    """A group not counted as trained in words, with its reason: '1 unit tidak dipakai karena …', '1 unit tidak
    dilatih dan menjadi pembanding'; a unit left out for another reason as a comparison with both (LOOK23 Z-1: '3 unit
    tidak dipakai: tidak dihitung dilatih karena …, dan tidak menjadi pembanding karena periode terakhir sebelum
    pelatihannya, 2025-Q1, sudah lewat pada 2025-Q2, periode pertama sesudah pelatihan unit yang dibandingkan')."""
    units = fmt.integer(group["n_unit_kelompok"], lang)
    why = t(f"units_why_{group['alasan']}", lang, k=units, min=constants.MIN_UNITS_PER_CELL) if group.get("alasan") \
        else ""
    role = group.get("alasan_pembanding")
    if role and role != group.get("alasan"):
        return t(f"units_{group['kelompok']}_both", lang, k=units, sebab=why, sebab_p=t(
            f"units_whyc_{role}", lang, k=units, acuan=group.get("periode_acuan") or "",
            banding=group.get("periode_dibandingkan") or ""))
    return t(f"units_{group['kelompok']}", lang, k=units, sebab=why)
