"""The intervention declared in config/intervensi.yml, merged with the INTERVENSI and DESAIN
parameters (a parameter that is given wins): what the model stage measures and how its units
were assigned. Read by the command line before the model notebook starts, so a wrong value stops
with the file, key and value, and the notebook receives plain parameters."""

from __future__ import annotations

from pathlib import Path

import yaml

from evalasn import constants
from evalasn.errors import ConfigError, ParameterError
from evalasn.paths import CODE_ROOT, ProjectPaths

FILE = "intervensi.yml"
KEYS = ("intervensi", "desain", "penjamin")


def config_path(paths: ProjectPaths) -> Path:
    """config/intervensi.yml of the project root, else the repository's."""
    own = paths.root / "config" / FILE
    return own if own.exists() else CODE_ROOT / "config" / FILE


def declared(paths: ProjectPaths) -> dict[str, str]:
    """The file's three values as text ({} keys missing = empty); no file = nothing declared."""
    path = config_path(paths)
    if not path.exists():
        return {key: "" for key in KEYS}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ConfigError(path, f"baris {mark.line + 1}" if mark else "(file)",
                          getattr(error, "problem", str(error)), "YAML yang sah") from None
    if not isinstance(data, dict):
        raise ConfigError(path, "(file)", data, "pemetaan kunci: nilai")
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ConfigError(path, unknown[0], data[unknown[0]], f"salah satu kunci: {', '.join(KEYS)}")
    out = {}
    for key in KEYS:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise ConfigError(path, key, value, "teks (dalam tanda kutip)")
        out[key] = (value or "").strip()
    if out["desain"] and out["desain"] not in constants.DESIGNS:
        raise ConfigError(path, "desain", out["desain"], " atau ".join(constants.DESIGNS))
    return out


def merged(paths: ProjectPaths, intervensi: str, desain: str) -> dict[str, str]:
    """intervensi, desain and penjamin for the model: a given parameter wins over the file."""
    config = declared(paths)
    chosen_design = (desain or "").strip().lower() or config["desain"] or constants.DESIGNS[0]
    if chosen_design not in constants.DESIGNS:
        raise ParameterError(f"DESAIN={desain!r} tidak dikenal; pilih salah satu: {', '.join(constants.DESIGNS)}")
    return {"intervensi": (intervensi or "").strip() or config["intervensi"], "desain": chosen_design,
            "penjamin": config["penjamin"]}
