"""A number of hasil.json that the test expects to be there: the contract types every estimate's
number as optional (null when withheld), so a test that computes with one says it must exist."""

from __future__ import annotations


def num(value: float | None) -> float:
    """``value``, which must not be null (the test fails here, not in a later comparison with None)."""
    assert value is not None, "expected a number, found null (a withheld estimate?)"
    return value
