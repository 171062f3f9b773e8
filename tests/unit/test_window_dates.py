"""The comparison window is stated by its first and last day, inclusive (reader review 4, item 17): activities
ending strictly between the end of the before period and the start of the after period count
(analysis.treatment.exposure), so 'antara 31 Desember 2024 dan 1 Juli 2025' read as if 31 December were in it;
'1 Januari–30 Juni 2025' says it."""

from __future__ import annotations

import datetime as dt
import html

import pytest

from evalasn.report.chapters import results
from evalasn.report.words import fmt, impact
from tests.unit.test_summary_ikm import _hasil


@pytest.mark.parametrize(("after", "before", "lang", "expected"), [
    pytest.param("2024-12-31", "2025-07-01", "id", "1 Januari–30 Juni 2025", id="half-year-id"),
    pytest.param("2024-12-31", "2025-07-01", "en", "1 January–30 June 2025", id="half-year-en"),
    pytest.param("2024-06-30", "2025-01-01", "id", "1 Juli–31 Desember 2024", id="second-half-id"),
    pytest.param("2024-06-30", "2025-07-01", "id", "1 Juli 2024–30 Juni 2025", id="across-years"),
    pytest.param("2025-02-28", "2025-04-01", "en", "1–31 March 2025", id="one-month"),
    pytest.param(dt.date(2025, 3, 1), dt.date(2025, 3, 3), "id", "2 Maret 2025", id="one-day"),
])
def test_days_between_are_stated_inclusively(after, before, lang, expected):
    assert fmt.days_between(after, before, lang) == expected


@pytest.mark.parametrize(("lang", "window", "old"), [
    pytest.param("id", "dilatih pada 1 Januari–30 Juni 2025", "31 Desember", id="id"),
    pytest.param("en", "trained during 1 January–30 June 2025", "31 December", id="en"),
])
def test_the_summary_states_the_window_inclusively(lang, window, old):
    said = impact.compared(_hasil((0.5, -7.6, 8.6), codes=("intervensi_tidak_dipilih", "selang_memuat_nol")), lang)
    assert said is not None and window in said and old not in said, said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_bab_iii_states_the_window_the_analysis_used(contexts, lang):
    ctx = contexts[("kesehatan", lang)]
    did = ctx.hasil["level4_hasil"]["did_ikm"]
    assert did.get("tersedia"), "the sample compares trained and other units"
    after, before = did["jendela_kegiatan"]
    text = html.unescape(" ".join(results.level4(ctx)))
    assert fmt.days_between(after, before, lang) in text
    assert fmt.date(after, lang) not in text, "the excluded end of the window is printed as if it were in it"
