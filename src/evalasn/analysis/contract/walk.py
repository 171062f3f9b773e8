"""Reading the contract types: every object of hasil.json by its path, every leaf by its name, the
checks that each is documented once, and whether a real hasil dict agrees with the types.

Used by the document generators (evalasn.docs, evalasn.docs_schema) and the tests; nothing here
runs when results are computed or read.
"""

from __future__ import annotations

import functools
import types
import typing
from dataclasses import dataclass
from typing import Any, NotRequired, Required, Union, get_args, get_origin, is_typeddict

from evalasn.analysis.contract import Hasil
from evalasn.analysis.contract.doc import Doc
from evalasn.analysis.contract.fields import FIELDS


@dataclass(frozen=True)
class Field:
    """One key of a TypedDict: its value type (NotRequired and Annotated removed), the Doc attached
    to it if any, and whether the key must be present."""

    name: str
    type: Any
    doc: Doc | None
    required: bool


@dataclass(frozen=True)
class Shape:
    """What a value type holds: an object (a TypedDict, or a list of them), an object whose keys
    are data (``dict[str, V]``), leaf types, and whether null is allowed."""

    objects: tuple[type, ...]  # TypedDict classes the value (or each list element) may be
    listed: bool  # the objects come in a list
    free_values: Any  # V of dict[str, V]; None when not a free-key object
    leaves: tuple[Any, ...]  # the non-object types (int, float, str, bool, list[str], ...)
    nullable: bool


def fields(cls: type) -> list[Field]:
    """The keys of TypedDict ``cls`` (its bases' included), in declaration order."""
    hints = typing.get_type_hints(cls, include_extras=True)
    out = []
    for name, hint in hints.items():
        doc = None
        while True:
            origin = get_origin(hint)
            if origin in (NotRequired, Required):
                hint = get_args(hint)[0]
            elif origin is typing.Annotated:
                doc = next((m for m in hint.__metadata__ if isinstance(m, Doc)), doc)
                hint = hint.__origin__
            else:
                break
        out.append(Field(name, hint, doc, name in cls.__required_keys__))  # type: ignore[attr-defined]
    return out


def members(tp: Any) -> tuple[Any, ...]:
    """The members of a union (``X | None`` -> (X, NoneType)); a single type as a 1-tuple."""
    if get_origin(tp) in (Union, types.UnionType):
        return get_args(tp)
    return (tp,)


def shape(tp: Any) -> Shape:
    objects: list[type] = []
    listed, free, leaves, nullable = False, None, [], False
    for member in members(tp):
        if member is type(None):
            nullable = True
        elif is_typeddict(member):
            objects.append(member)
        elif get_origin(member) is list and is_typeddict(get_args(member)[0]):
            objects.append(get_args(member)[0])
            listed = True
        elif get_origin(member) is dict:
            free = get_args(member)[1]
        else:
            leaves.append(member)
    return Shape(tuple(objects), listed, free, tuple(leaves), nullable)


@dataclass(frozen=True)
class ObjectPlace:
    """An object of hasil.json: its dotted path ("a.b[].c"; "[]" = each element of a list), the
    Doc of the field that holds it, and its type (None for an object whose keys are data)."""

    path: str
    doc: Doc | None
    cls: type | None


def objects(root: type = Hasil) -> list[ObjectPlace]:
    """Every object below ``root``, depth first in declaration order."""
    out: list[ObjectPlace] = []

    def visit(cls: type, prefix: str) -> None:
        for field in fields(cls):
            found = shape(field.type)
            path = f"{prefix}{field.name}{'[]' if found.listed else ''}"
            if found.free_values is not None:
                out.append(ObjectPlace(path, field.doc, None))
            for member in found.objects[:1]:  # a union of objects is documented as its first member
                out.append(ObjectPlace(path, field.doc, member))
                visit(member, path + ".")

    visit(root, "")
    return out


def leaf_names(root: type = Hasil) -> dict[str, list[str]]:
    """Leaf key name -> the object paths that have it ("" = the top)."""
    out: dict[str, list[str]] = {}
    for cls, path in [(root, ""), *((o.cls, o.path) for o in objects(root) if o.cls is not None)]:
        for field in fields(cls):
            if shape(field.type).leaves:
                out.setdefault(field.name, []).append(path)
    return out


def problems(root: type = Hasil) -> list[str]:
    """Why the types do not document hasil.json completely and once (empty = they do)."""
    found = []
    for place in objects(root):
        if place.doc is None:
            found.append(f"{place.path}: an object without a Doc (Annotated[..., Doc(...)] at its field)")
    catalogued = set(FIELDS)
    for cls in [root, *(o.cls for o in objects(root) if o.cls is not None)]:
        for field in fields(cls):
            found_shape = shape(field.type)
            if found_shape.leaves and field.name not in catalogued:
                found.append(f"{cls.__name__}.{field.name}: a leaf name missing from contract/fields.py")
            if field.doc is not None and not (found_shape.objects or found_shape.free_values is not None):
                found.append(f"{cls.__name__}.{field.name}: a leaf documented at the field; leaf names are "
                             "documented once, in contract/fields.py")
    unused = catalogued - set(leaf_names(root))
    found += [f"{name}: in contract/fields.py but no type has this leaf" for name in sorted(unused)]
    return found


def disagreements(value: Any, tp: Any = Hasil, path: str = "") -> list[str]:
    """Where a hasil dict and the types disagree: a key the type at that place does not declare,
    or a required key missing. Values are followed into the objects the types declare; the JSON
    types of leaves are the schema's job (docs/hasil-json.schema.json)."""
    found = shape(tp)
    if value is None:
        return [] if found.nullable else [f"{path or '(top)'}: null where the type does not allow it"]
    if found.listed and isinstance(value, list):
        return [problem for item in value for problem in disagreements(item, found.objects[0], path + "[]")]
    if not found.objects or not isinstance(value, dict):
        return []
    if len(found.objects) > 1:  # a union of objects: the value must agree with one of them
        tried = [disagreements(value, cls, path) for cls in found.objects]
        return min(tried, key=len)
    cls = found.objects[0]
    declared = {field.name: field for field in fields(cls)}
    out = [f"{path}.{key}".lstrip(".") + f": not declared in {cls.__name__}" for key in value if key not in declared]
    out += [f"{path}.{name}".lstrip(".") + f": required by {cls.__name__}, missing"
            for name, field in declared.items() if field.required and name not in value]
    for key, field in declared.items():
        if key in value:
            out += disagreements(value[key], field.type, f"{path}.{key}".lstrip("."))
    return out


@functools.cache
def object_docs(root: type = Hasil) -> dict[str, Doc]:
    """Object path -> its Doc, for readers that label parts of hasil.json (the workbook)."""
    return {place.path: place.doc for place in objects(root) if place.doc is not None}


@functools.cache
def free_key_paths(root: type = Hasil) -> tuple[str, ...]:
    """The paths of the objects whose keys are data (``dict[str, V]``), not names."""
    return tuple(place.path for place in objects(root) if place.cls is None)
