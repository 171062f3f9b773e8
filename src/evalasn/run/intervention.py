"""The intervention declared in config/intervensi.yml, per year, merged with the INTERVENSI and DESAIN
parameters (a parameter that is given wins, for the year being built): what the model stage measures and how its
units were assigned. Read by the command line before the model notebook starts, so a wrong value stops with the
file, key, value and what was expected (InterventionConfigError), and the notebook receives plain parameters.

The file's flat keys (``intervensi``, ``desain``, ``penjamin``) hold for every year; ``per_tahun.<tahun>`` holds
one year's declaration, and each key it gives replaces the flat one for that year (docs/metode.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from evalasn import constants
from evalasn.errors import InterventionConfigError, ParameterError
from evalasn.paths import CODE_ROOT, ProjectPaths

FILE = "intervensi.yml"
KEYS = ("intervensi", "desain", "penjamin")
PER_YEAR = "per_tahun"


def config_path(paths: ProjectPaths) -> Path:
    """config/intervensi.yml of the project root, else the repository's."""
    own = paths.root / "config" / FILE
    return own if own.exists() else CODE_ROOT / "config" / FILE


def _load(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise InterventionConfigError(path, f"baris {mark.line + 1}" if mark else "(file)",
                                      getattr(error, "problem", str(error)), "YAML yang sah") from None
    if not isinstance(data, dict):
        raise InterventionConfigError(path, "(file)", data, "pemetaan kunci: nilai")
    return data


def _values(path: Path, data: Any, where: str = "") -> dict[str, str]:
    """The keys of one declaration (the flat one, ``where`` empty, or one year's) that it gives, each checked."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InterventionConfigError(path, where, data, f"pemetaan dengan kunci {', '.join(KEYS)}")
    unknown = sorted(set(data) - set(KEYS), key=str)
    if unknown:
        raise InterventionConfigError(path, _key(where, unknown[0]), data[unknown[0]],
                                      f"salah satu kunci: {', '.join(KEYS)}")
    out = {}
    for key in KEYS:
        if key not in data:
            continue
        value = data[key]
        if value is not None and not isinstance(value, str):
            raise InterventionConfigError(path, _key(where, key), value, "teks (dalam tanda kutip)")
        out[key] = (value or "").strip()
    if out.get("desain") and out["desain"] not in constants.DESIGNS:
        raise InterventionConfigError(path, _key(where, "desain"), out["desain"], " atau ".join(constants.DESIGNS))
    return out


def _key(where: str, key: object) -> str:
    """A key as the file nests it: 'desain', 'per_tahun.2025.desain'."""
    return f"{where}.{key}" if where else str(key)


def _years(path: Path, data: Any) -> dict[int, dict[str, str]]:
    """``per_tahun``: each year's declaration, by year."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InterventionConfigError(path, PER_YEAR, data, "pemetaan tahun: {intervensi, desain, penjamin}")
    out = {}
    for year, declaration in data.items():
        text = str(year).strip()
        if isinstance(year, bool) or not (text.isdigit() and len(text) == 4):
            raise InterventionConfigError(path, f"{PER_YEAR}.{year}", declaration,
                                          "tahun empat angka sebagai kunci, mis. 2025")
        out[int(text)] = _values(path, declaration, f"{PER_YEAR}.{text}")
    return out


def declarations(paths: ProjectPaths) -> tuple[dict[str, str], dict[int, dict[str, str]]]:
    """The file checked: its flat declaration (every year) and each year's; no file = nothing declared."""
    path = config_path(paths)
    if not path.exists():
        return {}, {}
    data = _load(path)
    unknown = sorted((key for key in data if key not in (*KEYS, PER_YEAR)), key=str)
    if unknown:
        raise InterventionConfigError(path, str(unknown[0]), data[unknown[0]],
                                      f"salah satu kunci: {', '.join((*KEYS, PER_YEAR))} (satu tahun: "
                                      f"{PER_YEAR}: {{2025: {{intervensi: ..., desain: ..., penjamin: ...}}}})")
    return _values(path, {key: data[key] for key in KEYS if key in data}), _years(path, data.get(PER_YEAR))


def declared(paths: ProjectPaths, tahun: int = 0) -> dict[str, str]:
    """The three values for ``tahun`` as text: that year's keys of ``per_tahun``, else the flat ones, else empty
    (desain: observasional). ``tahun`` 0: the flat ones alone."""
    flat, years = declarations(paths)
    chosen = {**flat, **years.get(tahun, {})}
    return {"intervensi": chosen.get("intervensi", ""), "desain": chosen.get("desain") or constants.DESIGNS[0],
            "penjamin": chosen.get("penjamin", "")}


def merged(paths: ProjectPaths, intervensi: str, desain: str, tahun: int = 0) -> dict[str, str]:
    """intervensi, desain and penjamin for the model of ``tahun`` (the year being built): a given parameter wins
    over the file."""
    config = declared(paths, tahun)
    chosen_design = (desain or "").strip().lower() or config["desain"]
    if chosen_design not in constants.DESIGNS:
        raise ParameterError(f"DESAIN={desain!r} tidak dikenal; pilih salah satu: {', '.join(constants.DESIGNS)}")
    return {"intervensi": (intervensi or "").strip() or config["intervensi"], "desain": chosen_design,
            "penjamin": config["penjamin"]}
