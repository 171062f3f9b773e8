"""The analysis settings a report was made with (hasil.json `provenans.parameter`), in words for the annex's
provenance table: what was set and what was chosen automatically, as a methodologist reads it (REVIEW2 19: the
table printed the parameters' keys, 'ambang_dilatih=0.5, periode_sebelum=(otomatis)')."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from evalasn.report.words import fmt
from evalasn.report.words.text import t


def described(chosen: Mapping[str, Any], did: Mapping[str, Any] | None, lang: str) -> str:
    """'tahun evaluasi: 2025; ambang unit dilatih: 50% staf; periode sebelum pelatihan: dipilih otomatis (2024-S2);
    …; bahasa: Indonesia'. ``chosen``: the parameters as the model recorded them ('' = chosen automatically);
    ``did``: the IKM comparison, which holds the periods the automatic choice took."""
    parts = [t("set_tahun", lang, tahun=chosen["tahun"]),
             t("set_ambang", lang, ambang=fmt.percent(float(chosen["ambang_dilatih"]) * 100, 0, lang))]
    for key, which in (("periode_sebelum", "sebelum"), ("periode_sesudah", "sesudah")):
        given = str(chosen.get(key) or "").strip()
        if given:
            parts.append(t(f"set_{which}", lang, periode=given))
        else:
            taken = (did or {}).get(key)
            parts.append(t(f"set_{which}_auto", lang, periode=taken or t("set_no_period", lang)))
    name = str(chosen.get("intervensi") or "").strip()
    parts.append(t("set_intervensi", lang, nama=name) if name else t("set_intervensi_none", lang))
    if chosen.get("penugasan") == "acak":
        parts.append(t("set_acak", lang, penjamin=str(chosen.get("penjamin") or "").strip()
                       or t("set_acak_nobody", lang)))
    else:
        parts.append(t("set_observasional", lang))
    parts.append(t("set_bahasa", lang))
    return "; ".join(parts)
