"""A JSON Schema of hasil.json for machine readers (docs/hasil-json.schema.json), generated from
the typed contract (evalasn.analysis.contract), the same declarations as docs/hasil-json.md, so
the two cannot disagree.

One definition per TypedDict in ``$defs``; each property carries its documented meaning. What it
checks: unknown keys are refused, required keys must be present, and every leaf has the JSON type
of its annotation. A ``float`` also admits null: the writer turns a non-finite number into null
(analysis.results). tests/unit/test_docs.py validates every hasil.json of the test pipeline
against it.
"""

from __future__ import annotations

import json
from typing import Any, get_args, get_origin, is_typeddict

from evalasn.analysis.contract import Hasil, walk
from evalasn.analysis.contract.doc import Doc
from evalasn.analysis.contract.fields import FIELDS

SCHEMA_ID = "https://evalasn.jakarta.go.id/schema/hasil.json"  # an identifier, not a download address

_SCALARS: dict[Any, list[str]] = {bool: ["boolean"], int: ["integer"], float: ["number", "null"], str: ["string"],
                                  type(None): ["null"]}


def json_type(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    """The schema of a value of Python type ``tp``; TypedDicts are added to ``defs`` by name."""
    members = walk.members(tp)
    if len(members) > 1:
        parts = [json_type(m, defs) for m in members]
        if all(set(p) == {"type"} for p in parts):  # plain types: one "type" list
            return {"type": sorted({t for p in parts for t in ([p["type"]] if isinstance(p["type"], str)
                                                                 else p["type"])})}
        return {"anyOf": parts}
    if tp in _SCALARS:
        kinds = _SCALARS[tp]
        return {"type": kinds[0] if len(kinds) == 1 else kinds}
    if is_typeddict(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if get_origin(tp) is list:
        return {"type": "array", "items": json_type(get_args(tp)[0], defs)}
    if get_origin(tp) is dict:  # keys are data
        return {"type": "object", "additionalProperties": json_type(get_args(tp)[1], defs)}
    raise TypeError(f"no JSON type for {tp!r} in the hasil.json contract")


def _describe(doc: Doc | None) -> dict[str, str]:
    return {"description": f"{doc.id} / {doc.en}"} if doc else {}


def _define(cls: type, defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # placeholder: a recursive use finds the name taken
    properties = {}
    for field in walk.fields(cls):
        found = walk.shape(field.type)
        doc = field.doc if (found.objects or found.free_values is not None) else FIELDS.get(field.name)
        properties[field.name] = {**json_type(field.type, defs), **_describe(doc)}
    defs[cls.__name__] = {"type": "object", "properties": properties,
                          "required": [f.name for f in walk.fields(cls) if f.required],
                          "additionalProperties": False}
    if cls.__doc__:
        defs[cls.__name__]["$comment"] = " ".join(cls.__doc__.split())


def json_schema() -> dict[str, Any]:
    """The schema: the top object (Hasil), every object type in $defs."""
    defs: dict[str, Any] = {}
    top = json_type(Hasil, defs)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "title": "hasil.json (evalasn)", "description": "Lihat / see docs/hasil-json.md", **top,
            "$defs": dict(sorted(defs.items()))}


def render() -> str:
    """docs/hasil-json.schema.json as text (stable: definitions by name, two-space indent)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
