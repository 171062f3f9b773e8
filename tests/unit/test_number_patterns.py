"""The number cleaner's patterns written so that pandas runs them in pyarrow (issue 25: whitespace as the
characters themselves, an inline (?i), dashes as characters) match what the patterns written for Python's re
matched: Python's \\s with the no-break spaces, re.I."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from evalasn.ingest import numbers, validate

PYTHON_SPACES = r"[\s\u00a0\u202f]"
PYTHON_PATTERNS = {
    "spaces": re.compile(PYTHON_SPACES),
    "currency-prefix": re.compile(rf"^(?:rp\.?|idr){PYTHON_SPACES}*", re.I),
    "currency-suffix": re.compile(rf"(?:{PYTHON_SPACES}*[,.]{PYTHON_SPACES}*[-\u2013\u2014]+|{PYTHON_SPACES}+rupiah)$",
                                  re.I),
    "units": re.compile(rf"{PYTHON_SPACES}*(?:JP|JPL|Jam\ Pelajaran)\.?$", re.I),
}
PATTERNS = {
    "spaces": numbers.SPACES, "currency-prefix": numbers.CURRENCY_PREFIX, "currency-suffix": numbers.CURRENCY_SUFFIX,
    "units": rf"(?i){numbers.SPACES}*(?:JP|JPL|Jam\ Pelajaran)\.?$",  # as numbers.read builds it for jp
}
CELLS = ["Rp 12.500.000,-", "Rp. 1.000", "RP 5", "iDr 7", "IDR 5,000,000.00", "rp12", "12.500 rupiah", "12 RUPIAH",
         "12rupiah", "12.500,\u2013", "12.500 ,\u2014", "12.500.-", "1\u00a0000", "1\u202f000", "1\u3000000",
         "1\u2009000", "\t12\x0b", "12 JP", "12jpl.", "12 Jam Pelajaran", "12\u00a0JPL.", "12 jam pelajaran", "80 %",
         "", "abc", "1 2 3", "12\u200b000"]


@pytest.mark.parametrize("name", list(PATTERNS))
def test_each_pattern_removes_what_the_python_pattern_removed(name):
    cells = pd.Series(CELLS, dtype="str")
    expected = [PYTHON_PATTERNS[name].sub("", cell) for cell in CELLS]
    assert cells.str.replace(PATTERNS[name], "", regex=True).tolist() == expected


def test_the_whitespace_class_is_pythons_whitespace():
    spaces = re.compile(numbers.SPACES)
    assert {chr(code) for code in range(0x110000) if spaces.fullmatch(chr(code))} == \
        {chr(code) for code in range(0x110000) if re.fullmatch(r"\s", chr(code))}
    assert validate.SPACE == numbers.SPACES


@pytest.mark.parametrize("name", list(PATTERNS))
def test_pandas_runs_each_pattern_in_pyarrow(name):
    """The point of writing them so (pandas' own check, a private method: a pandas upgrade that renames it
    or starts sending these patterns to Python makes the clean stage slower, not wrong)."""
    array = pd.Series(CELLS, dtype="str").array
    needs_python = getattr(array, "_needs_python_regex", None)
    if needs_python is None:
        pytest.skip("this pandas has no _needs_python_regex")
    assert not needs_python(PATTERNS[name])
    assert needs_python(PYTHON_PATTERNS[name].pattern)
