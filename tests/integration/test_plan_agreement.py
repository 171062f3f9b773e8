"""The province plan and the agencies' own plans agree on the sample (issue 22 items 1 and 4; LOOK9 #6, #15, #16,
REVIEW7 R7-19): a row code means one measure, a province row on an agency's finding links that agency's row, and
no row of last year is called 'not arising again' in the province while the agency's own plan carries it on.
Invariants of any data: the small sample has few method findings (the make sample's seminar and e-learning rows are
checked in tests/unit/test_followup_review.py on inline frames)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from evalasn import constants
from evalasn.paths import project
from evalasn.registry import compact_name
from evalasn.report.chapters import followup, followup_review, plan, plan_indicators, plan_owners
from evalasn.report.context import load_context


@pytest.fixture(scope="module", params=["id", "en"])
def plans(request, pipeline_root):
    """(province context, its issued plan, each dinas's issued plan by slug) of the sample, in one language."""
    paths = project(pipeline_root)
    province = load_context("provinsi", request.param, paths)
    own = {slug: followup.issued(load_context(slug, request.param, paths)) for slug in sorted(province.dinas_results)}
    return province, followup.issued(province), own


def test_a_province_method_row_names_the_measure_of_its_code(plans):
    """LOOK9 #6: a row without PROV in its code measures the dinas it names, each in its own results, as their
    own plans do; a row with it measures the province and no dinas."""
    _, issued, _ = plans
    for row in issued:
        if row.rule not in ("rec_little", "rec_stop"):
            continue
        assert (f"-{plan.WHOLE_PROVINCE}-" in row.code) == (not row.dinas), row.code


def test_a_province_row_on_an_agency_finding_links_the_agency_row(plans):
    """REVIEW7 R7-19: the province's KECIL- rows had `baris_dinas: []` although agencies with their own rows drive them.
    Every dinas a province method row is about (named, or for a province-wide row a dinas whose own gain in that
    method was judged) whose own plan has a row on the same method is linked, and only such rows."""
    province, issued, own = plans
    for row in issued:
        if row.rule not in ("rec_little", "rec_stop", "rec_gain_low"):
            continue
        expected = {r.id for slug in plan.about_dinas(row, province.hasil) for r in own.get(slug, [])
                    if plan.finding(r.rule, r.code) == plan.dinas_finding(row)}
        assert set(row.dinas_rows) == expected, row.code


def test_no_dinas_finding_is_called_gone_while_its_own_plan_carries_it(plans):
    """LOOK9 #15: last year's province KECIL-E-LEARNING was 'tidak muncul lagi … tidak dilanjutkan' while Kesehatan's
    own plan kept KECIL-E-LEARNING with the same value. A part of a row the province closes is of a dinas whose own
    plan has no row on that finding; every other part says where it goes on."""
    province, issued, own = plans
    carried = followup_review.carried(province)
    gone, in_dinas = followup.in_dinas_plans(province, followup.closed(issued, carried))
    for link in gone:
        for slug in link.dinas or plan.about_dinas(link.before.row, province.previous or province.hasil):
            mine = {plan.finding(r.rule, r.code) for r in own.get(slug, [])}
            assert plan.dinas_finding(link.before.row) not in mine, (link.before.row.code, slug)
    note = re.sub(r"<[^>]+>", "", followup.closed_note(province, issued, carried)).replace("\u2060", "")
    for _, ids in in_dinas:
        assert all(row_id in note for row_id in ids)


def test_every_province_row_the_dinas_carry_out_is_in_their_plans_and_the_links_agree(plans):
    """CHECK10 C10-4, C10-1: the province gave PPPK-JP, PORSI-MENTORING and U2/U4/U5 to 'setiap dinas' while the
    agency plans had no such row, and no link named the province row an agency row carries out. Now each dinas a
    province row names as executor (province_rows.executors) has the row on the same finding in its own issued plan
    unless it has nobody the row is about or is already at the rule's line; the province row lists exactly those
    rows (`baris_dinas`) and each of them names the province row (`baris_provinsi`), both ways."""
    from evalasn.report.chapters import province_rows

    province, issued, own = plans
    by_id = {row.id: row for rows in own.values() for row in rows}
    carried_out = 0
    for row in issued:
        expected = set()
        for slug in province_rows.executors(province, row):
            mine = {plan.finding(r.rule, r.code): r for r in own.get(slug, [])}
            found = mine.get(plan.dinas_finding(row))
            if found is not None:
                expected.add(found.id)
                continue
            if row.rule in province_rows.OWN_FINDING:
                continue  # linked only where the dinas's own finding is judged (test above)
            # no row: nobody it is about, or at the rule's line already
            result = province.dinas_results[slug]
            figure = plan_indicators.MEASURED[row.rule].today(result, province_rows.subject(row))
            line = province_rows.threshold(dataclasses.replace(province, hasil=result, targets=province.dinas_targets
                                                               .get(slug, {})), row.rule)
            value = figure.get("estimasi") if isinstance(figure, dict) else figure
            scale = plan_indicators.MEASURED[row.rule].scale
            assert not province_rows._populated(row.rule, figure) or (
                line is not None and value is not None and
                (value * scale >= line if plan_indicators.MEASURED[row.rule].higher_better
                 else value * scale <= line)), \
                (row.code, slug, figure)
        assert set(row.dinas_rows) == expected, row.code
        for row_id in row.dinas_rows:
            assert by_id[row_id].province_rows == (row.id,), (row.code, row_id)
            carried_out += 1
    for slug, rows in own.items():
        for row in rows:
            for province_id in row.province_rows:
                assert row.id in next(r for r in issued if r.id == province_id).dinas_rows, (slug, row.code)
    assert carried_out > len(issued), "the sample no longer has province rows carried out by the dinas"


def test_one_code_one_indicator_between_the_province_and_the_dinas_plans(plans):
    """LOOK12 K-4: the province's IKM-CD counted dinas below B while the dinas rows it linked under the same code
    counted units. A province row and a dinas row it is linked to share a code only when they share the indicator."""
    _, issued, own = plans
    by_id = {row.id: row for rows in own.values() for row in rows}
    for row in issued:
        for row_id in row.dinas_rows:
            mine = by_id[row_id]
            assert mine.code != row.code or mine.indicator == row.indicator, (row.code, row_id)


def test_every_dinas_left_out_of_a_linked_row_has_its_own_reason(plans):
    """LOOK12 K-9: 'targetnya sudah tercapai atau indikatornya tidak berlaku di sana' was one either/or for every dinas
    left out. Each row one office holds in both plans (U7, DATA) is linked wherever the dinas plans have it."""
    province, issued, own = plans
    note = followup.same_finding_note(province, issued) or ""
    assert "tidak berlaku di sana" not in note and "does not apply" not in note
    for row in issued:
        if row.rule == "rec_data" or row.code in ("U6", "U7"):
            having = {r.id for rows in own.values() for r in rows if r.code == row.code}
            assert set(row.dinas_rows) == having, row.code


def test_a_province_wide_redesign_row_names_as_executors_only_the_dinas_that_carry_it(plans):
    """LOOK15 Q-12: KECIL-PROV-SEMINAR was 'dilaksanakan oleh Sekretariat setiap dinas …, kecuali Citata, KPKP dan
    PPAPP' (18 dinas) while 4 dinas plans had a row for it. Its executor cell names a dinas exactly when that dinas's
    plan carries the row, and the link note names each other dinas that held the method with why it carries none."""
    from evalasn.report.chapters import province_rows
    from evalasn.report.words import names

    province, issued, _ = plans
    rows = [row for row in issued if province_rows.whole_province_redesign(row)]
    note = followup.same_finding_note(province, issued) or ""
    carried = followup_review.carried(province) if province.previous is not None else {}
    for row in rows:
        carriers = {found["dinas"] for row_id in row.dinas_rows
                    if (found := re.fullmatch(constants.PLAN_ROW_ID, row_id))}
        assert province.t("every_dinas") not in row.owner or carriers >= set(province.dinas_results), row.owner
        for slug in province.dinas_results:
            named = names.compact(slug, compact_name(slug), province.lang) in row.owner
            assert named == (slug in carriers), (row.code, slug, row.owner)
        metode = plan.dinas_code(row).split("-", 1)[1].lower()
        rest = followup.held_elsewhere(province, row, carried, issued)
        assert rest in note, rest
        said = rest + followup.rows_before(province, row, carried, issued)
        for slug in set(plan_owners.holding(province, metode)) - carriers:
            assert names.short_name_in(slug, province.lang) in said, (row.code, slug, said)

