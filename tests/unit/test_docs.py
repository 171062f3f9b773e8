"""The generated documents: every part of hasil.json is documented, and docs/ matches the code.

The hasil.json files come from the session's small synthetic pipeline (``pipeline_root``); the
committed docs/*.md must equal what ``evalasn.docs`` generates now, so they cannot drift.
"""

from __future__ import annotations

import pytest

from evalasn import docs
from evalasn.analysis import results
from evalasn.paths import CODE_ROOT, project
from evalasn.registry import PROVINCE_SLUG


@pytest.fixture(scope="module")
def walked(pipeline_root) -> dict[str, tuple[set[str], set[str]]]:
    """slug -> (object paths, leaf names) of every hasil.json of the pipeline."""
    paths = project(pipeline_root)
    slugs = sorted(d.name for d in paths.reports.iterdir() if paths.hasil(d.name).exists())
    assert PROVINCE_SLUG in slugs and len(slugs) > 1, slugs
    return {slug: docs.walk(results.read(paths.hasil(slug))) for slug in slugs}


def test_every_object_and_field_of_hasil_is_documented(walked):
    missing_objects = {p: sorted(s for s, (o, _) in walked.items() if p in o)
                       for p in set().union(*(o for o, _ in walked.values())) - set(docs.OBJECTS)}
    missing_fields = {n: sorted(s for s, (_, f) in walked.items() if n in f)
                      for n in set().union(*(f for _, f in walked.values())) - set(docs.FIELD_NAMES)}
    assert not missing_objects and not missing_fields, (
        "hasil.json has parts that src/evalasn/docs.py does not document; add them, then run `make docs`.\n"
        f"objects missing from OBJECTS (path: slugs): {dict(sorted(missing_objects.items()))}\n"
        f"leaf names missing from FIELD_NAMES (name: slugs): {dict(sorted(missing_fields.items()))}")


def test_every_entry_has_both_meanings_and_a_known_unit():
    for table in (docs.OBJECTS, docs.FIELD_NAMES):
        for name, (meaning_id, meaning_en, unit) in table.items():
            assert meaning_id.strip() and meaning_en.strip(), name
            assert unit in docs.UNITS, f"{name}: unit {unit!r} not in docs.UNITS"


def test_walk_treats_free_keys_and_absent_objects():
    hasil = {"tahun": 2025, "level1_reaksi": {"sebaran": {"1": 0, "5": 3}},
             "pooling": {"dinas_ini": None, "catatan": None},
             "level4_hasil": {"did_kinerja": [], "did_ikm": {"jendela_kegiatan": ["2024-12-31", "2025-07-01"]}}}
    objects, leaves = docs.walk(hasil)
    assert objects == {"level1_reaksi", "level1_reaksi.sebaran", "pooling", "pooling.dinas_ini", "level4_hasil",
                       "level4_hasil.did_kinerja[]", "level4_hasil.did_ikm"}
    assert leaves == {"tahun", "catatan", "jendela_kegiatan"}


@pytest.mark.parametrize("name", sorted(docs.generated()))
def test_committed_docs_match_the_code(name):
    path = CODE_ROOT / "docs" / name
    assert path.exists(), f"docs/{name} is missing: run `make docs`"
    assert path.read_text(encoding="utf-8") == docs.generated()[name], (
        f"docs/{name} differs from what the code generates (src/evalasn/docs.py, schema.py, constants.py): "
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
    paths = project(pipeline_root)
    files = sorted(paths.reports.glob("*/hasil*.json"))
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
    node = hasil
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert not validator.is_valid(hasil)
