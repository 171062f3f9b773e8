"""Report and model parameters: declared once with their types, checked before any kernel starts.

papermill alone only warns about unknown names; here an unknown name, an unknown dinas, a path
in place of a kode dinas, a non-numeric year or a year without data each stop with one line that
lists what is valid. What people type is accepted as they type it: a kode dinas or official name
in any case ("Kesehatan", "Dinas Kesehatan"), BAHASA=EN; a near miss ("kesehatn") gets a
"Maksud Anda" suggestion.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, fields
from typing import Any, get_type_hints

from evalasn import constants, registry
from evalasn.analysis.parameters import ModelParams  # noqa: F401  (declared with the model; checked here)
from evalasn.errors import ParameterError

LANGUAGES = constants.LANGUAGES


@dataclass(frozen=True)
class ReportParams:
    """Parameters of the report notebook (notebooks/03_laporan.ipynb)."""

    dinas: str  # kode dinas (slug) in the data, or "provinsi"
    tahun: int = 0  # evaluated year; 0 = the year of the results (the latest by default)
    bahasa: str = "id"  # "id" (Bahasa Indonesia) or "en" (English)


def parse(cls, raw: dict[str, str], available_dinas: list[str] | None = None,
          available_years: list[int] | None = None):
    """An instance of ``cls`` from text values (command line or Make), every value checked."""
    known = {f.name: f for f in fields(cls)}
    unknown = sorted(set(raw) - set(known))
    if unknown:
        raise ParameterError(f"parameter tidak dikenal: {', '.join(unknown)}; yang dikenal: {', '.join(known)}")
    kinds = get_type_hints(cls)  # the declared types (the annotations themselves are strings here)
    values: dict[str, Any] = {}
    for name, text in raw.items():
        kind = kinds[name]
        values[name] = _convert(name, str(text).strip(), kind)
    if "dinas" in values:
        values["dinas"] = check_dinas(values["dinas"], available_dinas)
    if "bahasa" in values:
        values["bahasa"] = values["bahasa"].lower()
    obj = cls(**values)
    if hasattr(obj, "bahasa") and obj.bahasa not in LANGUAGES:
        raise ParameterError(f"BAHASA={obj.bahasa!r} tidak dikenal; pilih salah satu: {', '.join(LANGUAGES)}")
    if hasattr(obj, "desain") and obj.desain not in constants.DESIGNS:
        raise ParameterError(f"DESAIN={obj.desain!r} tidak dikenal; pilih salah satu: {', '.join(constants.DESIGNS)}")
    if hasattr(obj, "ambang_dilatih") and not 0 < obj.ambang_dilatih <= 1:
        raise ParameterError(f"ambang_dilatih={obj.ambang_dilatih} harus di antara 0 dan 1 (mis. 0.5)")
    if getattr(obj, "tahun", 0) and available_years is not None and obj.tahun not in available_years:
        raise ParameterError(f"TAHUN={obj.tahun} tidak ada dalam data; tahun yang tersedia: "
                             f"{', '.join(map(str, available_years)) or 'tidak ada'}")
    return obj


def _convert(name: str, text: str, kind: type) -> int | float | str:
    if kind is int:
        if not re.fullmatch(r"\d{1,4}", text):
            raise ParameterError(f"{name.upper()}={text!r} bukan tahun; tulis angka empat digit, mis. 2025 "
                                 "(atau kosongkan untuk tahun terbaru)" if name == "tahun" else
                                 f"{name}={text!r} harus bilangan bulat")
        return int(text)
    if kind is float:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            raise ParameterError(f"{name}={text!r} harus angka, mis. 0.5") from None
    return text


def check_dinas(text: str, available: list[str] | None) -> str:
    """The kode dinas meant by ``text`` (a kode or an official name, any case), which must be in the
    data (or be 'provinsi'); otherwise one line with the closest kode and the valid ones."""
    valid = sorted(available or registry.AGENCIES) + [registry.PROVINCE_SLUG]
    shown = ", ".join(valid)
    if not text or re.search(r"[/\\]|\.\.", text):
        raise ParameterError(f"DINAS={text!r} bukan kode dinas; pilih salah satu: {shown}")
    slug = registry.PROVINCE_SLUG if text.strip().lower() == registry.PROVINCE_SLUG else registry.resolve(text)
    if slug in valid:
        return slug
    if slug:
        raise ParameterError(f"DINAS={text!r} ({slug}) tidak ada dalam data; kode dinas yang ada: {shown}")
    guess = suggest(text, valid)
    hint = f" Maksud Anda: {guess}?" if guess else ""
    raise ParameterError(f"DINAS={text!r} bukan kode dinas yang dikenal;{hint} pilih salah satu: {shown}")


def suggest(text: str, valid: list[str]) -> str | None:
    """The kode dinas closest to ``text`` (difflib), compared with the kode and the official name."""
    key = text.strip().lower()
    names = {registry.official_name(slug).lower(): slug for slug in valid}
    names |= {slug: slug for slug in valid} | {slug.replace("-", " "): slug for slug in valid}
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.6)
    return names[close[0]] if close else None
