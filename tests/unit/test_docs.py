"""The generated documents: every part of hasil.json is documented, and docs/ matches the code.

The hasil.json files come from the session's small synthetic pipeline (``pipeline_root``): each must
agree with the typed contract (evalasn.analysis.contract) and validate against the JSON Schema generated
from it; the committed docs/ files must equal what ``evalasn.docs`` generates now, so they cannot drift.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest

from evalasn import docs
from evalasn.analysis import results
from evalasn.analysis.contract import walk
from evalasn.analysis.contract.doc import UNITS, Doc
from evalasn.paths import CODE_ROOT, project
from evalasn.registry import PROVINCE_SLUG


@pytest.fixture(scope="module")
def hasil_files(pipeline_root) -> dict[str, Path]:
    """slug -> its hasil.json, for every scope of the pipeline."""
    paths = project(pipeline_root)
    slugs = sorted(d.name for d in paths.reports.iterdir() if d.is_dir() and paths.hasil_years(d.name))
    assert PROVINCE_SLUG in slugs and len(slugs) > 1, slugs
    return {slug: paths.hasil(slug) for slug in slugs}


def test_the_types_document_every_object_and_leaf_once():
    assert not walk.problems(), (
        "the hasil.json types (src/evalasn/analysis/contract/) leave parts undocumented or document a leaf twice:\n"
        + "\n".join(walk.problems()))


def test_every_hasil_agrees_with_the_types(hasil_files):
    """Every key of a real file is declared in the type at its place; every required key is there."""
    for slug, path in hasil_files.items():
        problems = walk.disagreements(results.read(path))
        assert not problems, f"{slug}: {problems[:10]}"


@pytest.mark.parametrize("change, expected", [
    (lambda h: h["cakupan"].update(rahasia=1), "cakupan.rahasia: not declared in Scope"),
    (lambda h: h["data"].pop("n_pegawai"), "data.n_pegawai: required by DataCounts, missing"),
    (lambda h: h["pelaksanaan"]["tema"].append({"tema": "x", "n_kegiatan": 1}),
     "pelaksanaan.tema[].n_peserta: required by Theme, missing"),
    (lambda h: h.update(cakupan=None), "cakupan: null where the type does not allow it"),
], ids=["unknown-key", "missing-key", "missing-key-in-a-list", "null-object"])
def test_a_disagreement_is_found(hasil_files, change, expected):
    hasil = results.read(hasil_files[PROVINCE_SLUG])
    change(hasil)
    assert expected in walk.disagreements(hasil)


def test_a_leaf_name_has_one_meaning():
    """The catalogue is built from keyword arguments: a second declaration of a name cannot compile."""
    with pytest.raises(SyntaxError):
        compile('catalogue(n=Doc("a", "a"), n=Doc("b", "b"))', "<fields>", "eval")


def test_every_doc_has_both_meanings_and_a_known_unit():
    with pytest.raises(ValueError):
        Doc("arti", "meaning", "no_such_unit")
    with pytest.raises(ValueError):
        Doc("arti", " ")
    assert all(place.doc and place.doc.unit in UNITS for place in walk.objects())


@pytest.mark.parametrize("name", sorted(docs.generated()))
def test_committed_docs_match_the_code(name):
    path = CODE_ROOT / "docs" / name
    assert path.exists(), f"docs/{name} is missing: run `make docs`"
    assert path.read_text(encoding="utf-8") == docs.generated()[name], (
        f"docs/{name} differs from what the code generates (src/evalasn/analysis/contract/, schema.py, constants.py): "
        "run `make docs` and commit the result")


# --- the JSON Schema (docs/hasil-json.schema.json) -------------------------------------------
@pytest.fixture(scope="module")
def validator():
    import jsonschema

    from evalasn import docs_schema

    schema = docs_schema.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_every_hasil_of_the_pipeline_validates_against_the_schema(pipeline_root, validator):
    files = sorted(project(pipeline_root).reports.glob("*/_build/hasil*.json"))  # the model's results
    assert len(files) > 1
    for path in files:
        problems = [f"{'.'.join(map(str, e.absolute_path))}: {e.message[:200]}" for e in validator.iter_errors(
            results.read(path))]
        assert not problems, f"{path.parent.name}: {problems[:5]}"


@pytest.mark.parametrize("path, value", [
    (("level1_reaksi", "keseluruhan", "estimasi"), "3,9"),
    (("level1_reaksi", "keseluruhan", "rahasia"), 1),
    (("pelaksanaan", "jp_20", "cukup_data"), "ya"),
    (("tahun",), 2025.5),
    (("cakupan", "objek_baru"), {"x": 1}),
], ids=["estimate-as-text", "undocumented-key", "boolean-as-text", "year-not-whole", "undocumented-object"])
def test_the_schema_refuses_what_the_documentation_does_not_say(pipeline_root, validator, path, value):
    hasil = results.read(project(pipeline_root).hasil(PROVINCE_SLUG))
    node = cast(dict[str, Any], hasil)  # walked by the keys of the case: a plain dict here
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert not validator.is_valid(hasil)
