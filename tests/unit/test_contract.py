"""The typed contract of hasil.json: what the checks on the types refuse, and the accessors of an
estimate's numbers."""

from __future__ import annotations

from typing import Annotated, TypedDict

import pytest

from evalasn.analysis.contract import walk
from evalasn.analysis.contract.doc import Doc
from evalasn.analysis.contract.estimate import Estimate, WithheldEstimateError, bounds, point


class _Inner(TypedDict):
    n: int


class _LeafWithItsOwnDoc(TypedDict):
    n: Annotated[int, Doc("Arti lain.", "Another meaning.", "jumlah")]


class _Undocumented(TypedDict):
    inner: _Inner
    nama_baru: str


def test_a_leaf_cannot_get_a_second_meaning_at_its_field():
    assert any("a leaf documented at the field" in p for p in walk.problems(_LeafWithItsOwnDoc))


def test_an_undocumented_object_or_leaf_name_is_found():
    found = walk.problems(_Undocumented)
    assert any(p.startswith("inner: an object without a Doc") for p in found)
    assert any("nama_baru: a leaf name missing from contract/fields.py" in p for p in found)


def test_a_union_of_objects_agrees_when_one_member_does():
    """``pooled`` is the pooled estimate, or the raw mean when there is no pooling."""
    raw_mean = {"n": 30, "estimasi": 5.0, "ci_bawah": 4.0, "ci_atas": 6.0, "p": None, "cukup_data": True, "sd": 2.0}
    row = {"dinas": "a", "mentah": raw_mean, "pooled": raw_mean, "selisih_rata": None, "peringkat": 1,
           "peringkat_bawah": 1, "peringkat_atas": 2}
    from evalasn.analysis.contract.budget import PooledDinas

    assert walk.disagreements(row, PooledDinas) == []
    assert walk.disagreements({**row, "pooled": {**raw_mean, "asing": 1}}, PooledDinas) != []


def test_the_numbers_of_a_withheld_estimate_cannot_be_used():
    shown: Estimate = {"n": 40, "estimasi": 7.5, "ci_bawah": 6.0, "ci_atas": 9.0, "p": 0.01, "cukup_data": True}
    assert point(shown) == 7.5 and bounds(shown) == (6.0, 9.0)
    withheld: Estimate = {"n": 4, "estimasi": None, "ci_bawah": None, "ci_atas": None, "p": None, "cukup_data": False}
    with pytest.raises(WithheldEstimateError, match="withheld"):
        point(withheld)
