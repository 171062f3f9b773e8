"""The units (the province: dinas) whose IKM is below category B: which, how a sentence names them, rule 5b."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from evalasn import constants
from evalasn.analysis.contract import Hasil, UnitIkm
from evalasn.analysis.contract.estimate import IkmInterval
from evalasn.analysis.ikm_category import category as ikm_category
from evalasn.report.chapters import recommendation
from evalasn.report.words import fmt, phrases, reasons
from evalasn.report.words.names import short_name_in
from evalasn.report.words.text import t
from evalasn.report.words.units import the_unit, unit_name

# how many units (dinas) a sentence names before "dan N unit lain" (the summary's finding and rec_ikm_units)
NAMED_AT_MOST = 3
# how many units BAB VI's table of the lowest IKM shows (ikm_table_units); the others "dan N unit lain" counts are
# pointed to the workbook's sheet of every unit (REVIEW3 22: "dan 27 unit lain (BAB VI)" beside a table of ten)
IKM_TABLE_UNITS = 10


def ikm_units_recommendation(hasil: Hasil, lang: str) -> recommendation.Recommendation | None:
    """Rule 5b: the units (province: dinas) whose IKM estimate is below category B, named (those whose whole interval
    is below B first, as the summary's finding names them); None without any. Its own recommendation when no element
    is weak; with weak elements rule 5 names the units where to start, and BAB X still counts them in their own row
    (plan.named_units; REVIEW6 R6-26: the dinas U8 mean could pass while a unit stayed in C, and the finding close)."""
    below = ikm_below_b(hasil)
    if not below:
        return None
    of_dinas = below[0].dinas
    ordered = [b for b in below if b.sure] + [b for b in below if not b.sure]
    shown = [b.shown(lang) for b in ordered]
    names = named_few(shown, ordered, hasil, lang)  # as the summary's finding names them (its recommendation)
    # the plan's action names every dinas, as the executor cell beside it does (LOOK14 P-11: "Nakertransgi,
    # Kominfotik, Sumber Daya Air dan 3 dinas lain (BAB VII)" beside six named executors), and every unit when rule 5
    # names them all where it starts (LOOK15 Q-5: IKM-CD "Puskesmas … Senen dan 2 unit lain (BAB VI)", 9.2 all five)
    acted = phrases.and_(shown, lang) if of_dinas or in_full(ordered) else names
    elements = hasil["komunikasi"]["unsur"]
    unjudged = bool(elements) and not any(r["cukup_data"] for r in elements)  # never "no element is weak"
    key = "rec_ikm_units_dinas" if of_dinas else "rec_ikm_units_unjudged" if unjudged else "rec_ikm_units"
    return recommendation.Recommendation(
        "rec_ikm_units", t(key, lang, n=len(below), periode=hasil["komunikasi"]["periode"] or "", daftar=names,
                           alasan=reasons.reason({**elements[0], "rata_unsur": None}, lang) if unjudged else ""),
        t("fu_rec_ikm_units_dinas" if of_dinas else "fu_rec_ikm_units", lang, n=len(below), daftar=acted),
        recommendation.OWNER["rec_ikm_units"], recommendation.QUARTER["rec_ikm_units"])


def weak_start(hasil: Hasil, lang: str, counted: bool = False) -> str:
    """Where the weak elements' follow-up starts, as the summary's IKM finding names them (REVIEW5b 9: the province
    started from one agency whose interval reaches B and dropped the ten units surely below B): first the units
    (a dinas report: of the dinas; the province: of every dinas, ikm_units.units_below_b) whose whole 95% interval is
    below category B, then the units (dinas) whose estimate is below B, each list lowest first; '' when none is.
    ``counted``: their numbers instead of their names (the summary, whose finding names them)."""
    below = ikm_below_b(hasil)
    if hasil["cakupan"]["jenis"] == "provinsi":
        first, after = units_below_b(hasil), [b for b in below if b.sure] + [b for b in below if not b.sure]
    else:
        first, after = [b for b in below if b.sure], [b for b in below if not b.sure]
    listed = {key: _counted_above(rows, lang) if counted else
              every_or_few([counted_name(row, lang) for row in rows], rows, hasil, lang)
              for key, rows in (("daftar", first), ("lalu", after)) if rows}
    if first and after:
        return t("rec_weak_units_then", lang, **listed)
    return t("rec_weak_units_sure", lang, **listed) if first else t("rec_weak_units", lang, **listed) if after else ""


def _counted_above(rows: list[BelowB], lang: str) -> str:
    """``counted``: the summary's recommendation counts the units its finding has just named ('4 unit yang disebut
    di atas'), not the names with their respondents again (REVIEW7 R7-16: the list ran twice in one paragraph); a few
    (at most NAMED_AT_MOST) by their names alone (CHECK11 C11-10: "Mulai dari 1 unit yang disebut di atas …; lalu 1
    unit yang disebut di atas" named two units alike; LOOK36 J-6: "Mulai dari 2 unit yang disebut di atas …; lalu 2
    unit yang disebut di atas" did so for four)."""
    if len(rows) <= NAMED_AT_MOST:
        return phrases.and_([row.in_sentence(lang) for row in rows], lang)
    word = "kt_ikm_dinas_word" if rows[0].dinas else "kt_ikm_unit_word"
    # the finding names a few of a longer list (named_few): how many of them by name and how many others (LOOK18
    # T-4: "lalu 10 unit yang disebut di atas" where 3 of the 10 were named; LOOK35 G-8: "3 di antaranya disebut
    # namanya" beside the finding's "3 di antaranya di tabel …", another three)
    named = len(rows) if len(rows) <= NAMED_AT_MOST + 1 else NAMED_AT_MOST
    return t("rec_weak_count" if named == len(rows) else "rec_weak_count_some", lang, n=fmt.integer(len(rows), lang),
             k=fmt.integer(named, lang), lain=fmt.integer(len(rows) - named, lang), siapa=t(word, lang))


def counted_name(row: BelowB, lang: str) -> str:
    """A unit (dinas) below B with the respondents its IKM counts (a list item carries its n: P3, session 8):
    'Puskesmas A (28 responden)', 'Sudin X (Nakertransgi; 31 responden)'."""
    name, respondents = row.in_sentence(lang), t("kt_ikm_n", lang, n=fmt.integer(row.ikm.get("n"), lang))
    # already bracketed with its dinas: one pair of brackets
    return f"{name[:-1]}; {respondents})" if name.endswith(")") else f"{name} ({respondents})"


@dataclass(frozen=True)
class BelowB:
    """A unit (a dinas report: the latest SKM period) or a dinas (the province report) whose IKM estimate is below
    category B (constants.POOR_IKM); ``sure`` when its whole 95% interval is, judged as the categories are, on
    the printed value (analysis.ikm.category of its upper end), else it may be below B."""

    name: str  # the unit's name, or the dinas's slug
    ikm: IkmInterval
    sure: bool
    dinas: bool = False  # a dinas of the province report (``name`` is its slug)
    of: str | None = None  # a unit of the province report: its dinas's slug

    def shown(self, lang: str) -> str:
        """The name as a sentence shows it: the unit's (in the province report with its dinas), or the dinas's
        short name."""
        if self.dinas:
            return short_name_in(self.name, lang)
        return unit_name(self.name, lang, self.of)

    def in_sentence(self, lang: str) -> str:
        """``shown`` in the middle of a sentence: an English unit's name with 'the' (units.the_unit; LOOK36 K-8)."""
        return self.shown(lang) if self.dinas else the_unit(self.name, lang, self.of)


def ikm_scored(hasil: Hasil) -> list[tuple[str, IkmInterval]]:
    """(name, IKM) of every unit of the latest SKM period (a dinas report) or every dinas (the province report) whose
    IKM could be computed (``cukup_data``)."""
    if hasil["cakupan"]["jenis"] == "provinsi":
        ikm = {r["dinas"]: r["ikm"] for r in hasil.get("perbandingan_dinas", []) if r["ikm"]}
        rows = list(ikm.items())
    else:
        rows = [(u["unit_kerja"], u) for u in judged_units(hasil)]
    return [(name, figure) for name, figure in rows if figure["cukup_data"]]


def judged_units(hasil: Hasil) -> list:
    """The latest period's units that may be judged below B on their own interval: not the one unit of a dinas that
    has no other that period. That unit's IKM is the dinas's, which from fewer than MIN_CLUSTERS units has no interval
    and no category (the key figure's rule, analysis.small_clusters.too_few_units): the summary judged the same 40
    answers "mungkin di bawah B" that Tabel 1 called "belum dapat dinilai" (CHECK12 C12-4)."""
    period = hasil["komunikasi"]["periode"] or ""
    own: dict[str | None, Any]
    if hasil["cakupan"]["jenis"] == "provinsi":
        own = {r["dinas"]: r["ikm"] for r in hasil.get("perbandingan_dinas", []) if r.get("ikm")}
    else:
        own = {None: next((r for r in (hasil.get("level4_hasil") or {}).get("ikm_per_periode", [])
                           if r.get("periode") == period), None)}
    alone = {dinas for dinas, ikm in own.items()
             if ikm and ikm.get("periode") == period and ikm.get("n_unit_layanan") == 1}
    province = hasil["cakupan"]["jenis"] == "provinsi"
    return [u for u in latest_units(hasil) if (u.get("dinas") if province else None) not in alone]


def latest_units(hasil: Hasil) -> list:
    """The `ikm_unit` rows of the latest SKM period (the province's: every dinas's units)."""
    period = hasil["komunikasi"]["periode"] or ""
    return [u for u in (hasil.get("level4_hasil") or {}).get("ikm_unit", []) if u["periode"] == period]


def units_below_b(hasil: Hasil) -> list[BelowB]:
    """The units of the latest SKM period whose whole 95% IKM interval is below category B, judged as
    ikm_below_b judges ``sure``, the lowest first; in the province report every dinas's units, each with its dinas
    (reader review 3, item 3: the province applies its rule (4) to units as each dinas report does)."""
    province = hasil["cakupan"]["jenis"] == "provinsi"
    rows = [u for u in judged_units(hasil) if u["cukup_data"] and u["kategori"] in constants.POOR_IKM
            and ikm_category(u.get("ci_atas"))[0] in constants.POOR_IKM]
    return [BelowB(u["unit_kerja"], u, True, of=u.get("dinas") if province else None)
            for u in sorted(rows, key=lambda u: (u["estimasi"] or 0, u["unit_kerja"]))]


def ikm_below_b(hasil: Hasil) -> list[BelowB]:
    """The units (dinas) whose latest IKM estimate is in category C or D (constants.POOR_IKM), the lowest first:
    the summary's finding (key_findings.poor_service) and rule 5b (rec_ikm_units) name them, BAB X counts them."""
    province = hasil["cakupan"]["jenis"] == "provinsi"
    poor = sorted(((name, figure) for name, figure in ikm_scored(hasil) if figure["kategori"] in constants.POOR_IKM),
                  key=lambda row: row[1]["estimasi"] or 0)
    return [BelowB(name, figure, ikm_category(figure.get("ci_atas"))[0] in constants.POOR_IKM, province)
            for name, figure in poor]


def ikm_below_b_count(hasil: Hasil) -> int | None:
    """How many units (dinas) ikm_below_b lists: BAB X's indicator of rec_ikm_units, read next year the same way;
    None when no unit (dinas) has an IKM that year (nothing was measured: not zero)."""
    return len(ikm_below_b(hasil)) if ikm_scored(hasil) else None


def ikm_table_units(hasil: Hasil) -> list[UnitIkm]:
    """The units BAB VI's table of the lowest IKM shows: the first IKM_TABLE_UNITS of the latest SKM period with an
    IKM (`ikm_unit` is lowest first within a period; the province's: every dinas's units)."""
    return [u for u in latest_units(hasil) if u["cukup_data"]][:IKM_TABLE_UNITS]


def ikm_table_all(hasil: Hasil) -> bool:
    """Whether BAB VI's table of the lowest IKM (ikm_table_units, ikm_withheld_units) lists every unit of the latest
    SKM period: then it is titled by IKM, lowest first, not "the lowest" (LOOK36 K-10)."""
    units = latest_units(hasil)
    return all(sum(bool(u["cukup_data"]) is enough for u in units) <= IKM_TABLE_UNITS for enough in (True, False))


def ikm_withheld_units(hasil: Hasil) -> list[UnitIkm]:
    """The units of the latest SKM period whose IKM is withheld (too few respondents), fewest respondents last, at
    most IKM_TABLE_UNITS: BAB VI's table of the lowest IKM lists them with n and the reason below the units with an
    IKM, never leaves them out (REVIEW6b 16: a unit whose IKM is unknown may be the lowest)."""
    return sorted((u for u in latest_units(hasil) if not u["cukup_data"]),
                  key=lambda u: (-u["n"], u.get("dinas") or "", u["unit_kerja"]))[:IKM_TABLE_UNITS]


def in_full(rows: list[BelowB]) -> bool:
    """Whether weak_start names every one of ``rows``: each of its two lists (whole interval below B; estimate below
    B) is short enough for named_few to name in full."""
    groups = ([r for r in rows if r.sure], [r for r in rows if not r.sure])
    return all(len(group) <= NAMED_AT_MOST + 1 for group in groups)


def every_or_few(items: list[str], rows: list[BelowB], hasil: Hasil, lang: str) -> str:
    """A list of weak_start: every dinas of the province (the IKM-CD-DINAS row names each as its executor, LOOK14
    P-11; LOOK15 Q-5: 9.2 "Sumber Daya Air (240 responden) dan 3 dinas lain (BAB VII)" beside that row), else
    named_few. The summary's finding keeps named_few."""
    return phrases.and_(items, lang) if rows and rows[0].dinas else named_few(items, rows, hasil, lang)


def named_few(items: list[str], rows: list[BelowB], hasil: Hasil, lang: str) -> str:
    """'A, B dan C', or the first NAMED_AT_MOST then where the others are: 'dan 2 unit lain (BAB VI)' when BAB VI's
    table shows them all, else how many of them it shows and the workbook sheet that lists every unit; the province's
    dinas: 'dan 2 dinas lain (BAB VII)' (its table of dinas shows every one). ``rows[i]`` is the unit (dinas) of
    ``items[i]``."""
    # one more is named, not "dan 1 unit lain (BAB VI)": its name is as short as the pointer (LOOK12 K-5)
    shown = items[:NAMED_AT_MOST + 1] if len(items) == NAMED_AT_MOST + 1 else items[:NAMED_AT_MOST]
    more = len(items) - len(shown)
    if not more:
        return phrases.and_(shown, lang)
    if rows[0].dinas:
        return ", ".join(shown) + t("kt_and_more_dinas", lang, n=more)
    in_table = {(u.get("dinas"), u["unit_kerja"]) for u in ikm_table_units(hasil)}
    of = {u["unit_kerja"]: u.get("dinas") for u in latest_units(hasil)}  # a dinas report's rows carry no ``of``
    tabled = sum((row.of or of.get(row.name), row.name) in in_table for row in rows[NAMED_AT_MOST:])
    if tabled == more:
        return ", ".join(shown) + t("kt_and_more", lang, n=more)
    key = "kt_and_more_sheet_some" if tabled else "kt_and_more_sheet"
    return ", ".join(shown) + t(key, lang, n=more, k=tabled, sheet=t("kt_ikm_sheet", lang),
                                periode=hasil["komunikasi"]["periode"] or "")
