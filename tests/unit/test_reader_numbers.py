"""Smaller reader items of REVIEW5 D12: a count's share rounded as a reader rounds by hand; the English workbook's
agency table says its Indonesian column is the official name; one English term for staff coverage."""

from __future__ import annotations

import pytest

from evalasn.report.formats import workbook_names
from evalasn.report.words import fmt


@pytest.mark.parametrize("part, whole, lang, shown", [
    (1, 16, "id", "6,3%"), (3, 16, "en", "18.8%"), (1, 8, "id", "12,5%"), (4, 8, "id", "50%"), (1, 3, "en", "33.3%"),
    (0, 7, "id", "0%"), (2, 3, "id", "66,7%"),
], ids=["1-of-16", "3-of-16", "1-of-8", "4-of-8", "1-of-3", "none", "2-of-3"])
def test_a_count_share_is_rounded_half_up(part, whole, lang, shown):
    """index.html printed '1 dari 16 tercapai (6,2%)': 6,25 rounded half to even; by hand (or Excel's ROUND) 6,3."""
    assert fmt.percent_of(part, whole, lang) == shown


def test_the_english_agency_table_names_its_indonesian_column():
    assert workbook_names.column_name("nama", "perbandingan_dinas[]", "en") == "Official name (Indonesian)"
    assert workbook_names.column_name("nama", "komunikasi.unsur[]", "en") == "Name"  # elsewhere a name is a name


def test_one_english_term_for_staff_coverage():
    assert workbook_names.column_name("cakupan_asn.estimasi", "tren[]", "en").startswith("Staff coverage")
    assert workbook_names.object_name("pelaksanaan.cakupan_asn", "en").startswith("Staff coverage")


def test_the_english_definitions_have_no_indonesian_key_word():
    """'(alasan “score gain not yet certain to be above zero”)' in the English workbook's Definitions sheet."""
    from evalasn.analysis.contract.fields import FIELDS

    shown = workbook_names.definition_text(FIELDS["gain_bawah"].en, "en")
    assert "alasan" not in shown and "Reason" in shown
