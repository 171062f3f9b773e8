"""A dinas report beside the province's earned effect of the same declared intervention (CHECK10 C10-1): the dinas's
own comparison (a few units) is said first, then the province's, which the same design earned with every unit; the
dinas plan then carries no measurement row of its own (its target could exceed the dinas's units)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from evalasn import constants
from evalasn.analysis.contract import Hasil
from evalasn.analysis.pretrend_rule import units_to_pass
from evalasn.registry import PROVINCE_SLUG
from evalasn.report.words import fmt, phrases
from evalasn.report.words.text import t


def earned_elsewhere(hasil: Hasil) -> Mapping[str, Any] | None:
    """The province's earned IKM estimate (`perbandingan_provinsi.dampak_provinsi`) when this report's own estimate
    of the same declared intervention is not earned; None otherwise (the province report, no declared intervention,
    another intervention, or an own effect earned)."""
    against: Any = hasil.get("perbandingan_provinsi") or {}
    province = against.get("dampak_provinsi")
    did: Any = hasil["level4_hasil"]["did_ikm"]
    chosen = did.get("intervensi") or {}
    if not province or not chosen.get("dipilih") or (did.get("putusan") or {}).get("boleh_kausal"):
        return None
    if (chosen.get("teks") or "").strip().lower() != (province.get("teks") or "").strip().lower():
        return None
    return province


def words(province: Mapping[str, Any], lang: str) -> dict[str, str]:
    """The province's estimate as the sentences print it: besar, ik, n, unit_d, unit_p, program."""
    size = phrases.size_with_ci(province, lang, "ikm")  # type: ignore[arg-type]
    return {"besar": size["besar"], "ik": size["ik"],
            "n": fmt.integer(province["unit_dilatih"] + province["unit_pembanding"], lang),
            "unit_d": fmt.integer(province["unit_dilatih"], lang),
            "unit_p": fmt.integer(province["unit_pembanding"], lang),
            "program": t("did_programme", lang, teks=province["teks"])}


def sentence(hasil: Hasil, lang: str) -> str:
    """' Di tingkat provinsi, dengan 48 unit (25 dilatih, 23 pembanding; unit dinas ini termasuk), pelatihan
    “layanan prima” berdampak positif menurut desain yang sama: …; rinciannya di BAB III laporan provinsi (3.4).'
    ('' when earned_elsewhere is None)."""
    province = earned_elsewhere(hasil)
    return t("f_did_province", lang, **words(province, lang)) if province else ""


def units_needed(did: Mapping[str, Any]) -> int:
    """The units an impact comparison would need to conclude (the IKM-UKUR row's target before last year's floor):
    those an effect of today's size needs (`efek.unit_untuk_estimasi_ini`), those a weak pre-trend check needs
    (pretrend_rule.units_to_pass), at least 2 x MIN_UNITS_PER_ARM."""
    effect: Mapping[str, Any] = did.get("efek") or {}
    today = (effect.get("unit_dilatih") or 0) + (effect.get("unit_pembanding") or 0)
    pretrend = units_to_pass(did.get("uji_tren_awal") or {}, effect, did.get("studi_peristiwa"), today) \
        if effect.get("cukup_data") else None
    return max(effect.get("unit_untuk_estimasi_ini") or 0, pretrend or 0, 2 * constants.MIN_UNITS_PER_ARM)


def own_units(hasil: Hasil) -> int | None:
    """A dinas's service units in the survey (`level4_hasil.ikm_unit`); None in the province report."""
    if hasil["cakupan"]["slug"] == PROVINCE_SLUG:
        return None
    return len({row["unit_kerja"] for row in hasil["level4_hasil"].get("ikm_unit") or []})


def beyond_dinas(hasil: Hasil, needed: float) -> int | None:
    """The dinas's number of service units when a comparison needs more than it has (no target the dinas cannot
    reach: CHECK10 C10-1); None otherwise."""
    own = own_units(hasil)
    return own if own is not None and needed > own else None
