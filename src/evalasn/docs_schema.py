"""A JSON Schema of hasil.json for machine readers (docs/hasil-json.schema.json), generated from the
same declarations as docs/hasil-json.md (``evalasn.docs``: OBJECTS by path, FIELD_NAMES by name,
UNITS), so the two cannot disagree.

What it checks: every object sits at a documented path, every key is documented (unknown keys are
refused), and every leaf has the JSON type of its unit (numbers in a numeric unit may be null: the
estimate withheld for lack of data). tests/unit/test_docs.py validates every hasil.json of the test
pipeline against it.
"""

from __future__ import annotations

import json
from typing import Any

from evalasn import docs

SCHEMA_ID = "https://evalasn.jakarta.go.id/schema/hasil.json"  # an identifier, not a download address

_NUMBER: dict[str, Any] = {"type": ["number", "null"]}
_INTEGER: dict[str, Any] = {"type": ["integer", "null"]}
_TEXT: dict[str, Any] = {"type": ["string", "null"]}
# unit (docs.UNITS) -> JSON type of a value in it; a unit not listed is a number
UNIT_TYPES: dict[str, dict[str, Any]] = {
    "jumlah": _INTEGER,
    "bilangan_bulat": _INTEGER,
    "peringkat": _INTEGER,
    "tahun": _INTEGER,
    "byte": _INTEGER,
    "boolean": {"type": "boolean"},
    "boolean_null": {"type": ["boolean", "null"]},
    "teks": _TEXT,
    "kode_periode": _TEXT,
    "hex": _TEXT,
    "daftar_teks": {"type": "array", "items": {"type": "string"}},
    "daftar_tahun": {"type": "array", "items": {"type": "integer"}},
    "daftar_tanggal": {"type": "array", "items": {"type": "string"}},
}
# leaves whose type at one path differs from their name's unit elsewhere (path -> unit)
LEAF_UNITS_AT: dict[str, str] = {
    "provenans.data.dinas": "daftar_teks",  # every dinas of the data; elsewhere `dinas` is one kode dinas
}
_ANY_CONTAINER: dict[str, Any] = {"type": ["object", "array", "null"]}


def leaf_type(unit: str) -> dict[str, Any]:
    """The JSON type of a value in ``unit``."""
    return UNIT_TYPES.get(unit, _NUMBER)


def _children(path: str) -> dict[str, str]:
    """key -> documented object path, for the objects directly inside ``path`` ("" = the top)."""
    prefix = f"{path}." if path else ""
    found = {}
    for child in docs.OBJECTS:
        rest = child[len(prefix):] if child.startswith(prefix) else None
        if rest and "." not in rest:
            found[rest.removesuffix("[]")] = child
    return found


def _object(path: str) -> dict[str, Any]:
    if path in docs.FREE_KEYS:  # keys are data (a score, a table name, a package): values are scalars
        return {"type": ["object", "null"], "additionalProperties": {"type": ["number", "string", "null"]}}
    properties: dict[str, Any] = {}
    for key, child in _children(path).items():
        inner = _object(child)
        properties[key] = {"type": ["array", "null"], "items": inner} if child.endswith("[]") else inner
        if key in docs.FIELD_NAMES:  # documented as a leaf too: an object here, or a plain value
            properties[key] = {"anyOf": [properties[key], leaf_type(docs.FIELD_NAMES[key][2])]}
    base = path.removesuffix("[]")
    for leaf_path, unit in LEAF_UNITS_AT.items():
        if leaf_path.rsplit(".", 1)[0] == base:
            properties[leaf_path.rsplit(".", 1)[1]] = leaf_type(unit)
    return {"type": ["object", "null"], "properties": properties, "allOf": [{"$ref": "#/$defs/daun"}],
            "unevaluatedProperties": False}


def json_schema() -> dict[str, Any]:
    """The schema: the top object, objects nested by their documented paths, leaves typed by name."""
    object_names = {path.rsplit(".", 1)[-1].removesuffix("[]") for path in docs.OBJECTS}
    redefined = {path.rsplit(".", 1)[1] for path in LEAF_UNITS_AT}
    leaves: dict[str, Any] = {}
    for name, (meaning_id, meaning_en, unit) in sorted(docs.FIELD_NAMES.items()):
        kind = leaf_type(unit)
        if name in object_names or name in redefined:  # also an object, or another type, at some path
            alternatives = [kind, _ANY_CONTAINER] + [leaf_type(u) for p, u in LEAF_UNITS_AT.items()
                                                       if p.endswith(f".{name}")]
            kind = {"anyOf": alternatives}
        leaves[name] = {**kind, "description": f"{meaning_id} / {meaning_en}"}
    top = _object("")
    top["type"] = "object"
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "title": "hasil.json (evalasn)", "description": "Lihat / see docs/hasil-json.md",
            **top, "$defs": {"daun": {"properties": leaves}}}


def render() -> str:
    """docs/hasil-json.schema.json as text (stable: keys in declaration order, two-space indent)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
