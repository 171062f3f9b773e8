"""A summary finding (report.chapters.key_findings ranks them) and the recommendation rules that answer it."""

from __future__ import annotations

from dataclasses import dataclass

from evalasn.report.chapters import recommendation

# a missed cost-per-point target's step where no rule answers it (report.chapters.cost_target; LOOK35 H-1)
COST_HOLD = "rec_cost_hold"
# the recommendation rules that answer a missed target of each key figure (report.chapters.rules)
TARGET_RULES = {"jp_20": ("rec_jp",), "persen_realisasi": ("rec_realisation", "rec_budget_absorb_first"),
                "cakupan_asn": ("rec_coverage",),  # never the budget slope's sentence (REVIEW2 3)
                "biaya_per_poin": ("rec_budget_cheaper", "rec_method", COST_HOLD),
                "ikm": ("rec_weak", "rec_did_review", "rec_did_expand"), "gain": ("rec_stop", "rec_little")}
# the recommendation rules (report.chapters.rules) that answer each kind of finding: BAB IX lists them in the
# summary's order (REVIEW5b 3); a missed target's rules are TARGET_RULES[its key]
KIND_RULES = {"tanpa_kenaikan": ("rec_stop", "rec_little"), "kenaikan_rendah": ("rec_gain_low",), "pppk": ("rec_pppk",),
              "efisiensi": ("rec_method", "rec_budget_cheaper"), "ikm_cd": ("rec_weak", "rec_ikm_units"),
              "intervensi": ("rec_did_expand", "rec_did_review", "rec_did_measure")}


@dataclass(frozen=True)
class Finding:
    kind: str  # "tanpa_kenaikan", "kenaikan_rendah", "efisiensi", "target", "ikm_cd", "intervensi"
    text: str
    recommendation: str
    topic: str = ""  # a missed target's key figure (TARGET_RULES); else the kind
    short: str = ""  # its few words, with where to read it, when the five-finding cap leaves it out (left_over)
    brief: str = ""  # the summary's text when BAB IX 9.1 keeps the full ``text`` (R6-16: about three lines)
    rupiah: float | None = None  # the money the finding names, its consequence (by_consequence)
    fall: bool = False  # a key figure clearly worse than last year (its difference's interval wholly on that side)
    # a missed target's target and what follows the figure (the dinas left out, last year's value and the verdict
    # with its difference): what BAB IX 9.1 adds to its conclusion that states the same figure (FIGURE_CONCLUSIONS)
    after: str = ""

    @property
    def rules(self) -> tuple[str, ...]:
        """The recommendation rules (report.chapters.rules) that answer this finding, for BAB IX's order."""
        return TARGET_RULES.get(self.topic, ()) if self.kind == "target" else KIND_RULES.get(self.kind, ())


def answer(recs: list[recommendation.Recommendation], *names: str, brief: bool = False) -> str:
    """The first recommendation of the named rules (report.chapters.rules), or ''; ``brief``: its summary form
    (Recommendation.brief) where it has one."""
    return next(((r.brief or r.text) if brief else r.text for name in names for r in recs if r.rule == name), "")

