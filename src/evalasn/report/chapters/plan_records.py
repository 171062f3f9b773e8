"""The plan as it leaves the report: the records hasil.json publishes and the workbook's follow-up sheet."""

from __future__ import annotations

from evalasn.analysis.contract import FollowUpRow, Hasil, PlanReviewed
from evalasn.report.chapters import (
    plan,
)
from evalasn.report.words import phrases
from evalasn.report.words.text import t


def published(hasil: Hasil, plan_rows: list[plan.PlanRow], reviewed: PlanReviewed | None = None) -> Hasil:
    """``hasil`` with the plan its report issues (``rencana_tindak_lanjut``, one record per row in the table's
    order) and which plan of last year it judged (``rencana_tahun_lalu``, when it judged one), as the report stage
    publishes it beside the report."""
    out: Hasil = {**hasil, "rencana_tindak_lanjut": [record(row) for row in plan_rows]}
    if reviewed is not None:
        out["rencana_tahun_lalu"] = reviewed
    return out


def record(row: plan.PlanRow) -> FollowUpRow:
    """A row as hasil.json keeps it (contract.plan.FollowUpRow): its content without the words of a language, so
    the reports in both languages publish the same records."""
    out: FollowUpRow = {
        "id": row.id, "kode": row.code, "kunci_temuan": plan.finding(row.rule, row.code), "aturan": row.rule,
        "ukuran": row.path, "satuan": row.unit, "nilai_kini": row.today, "target": row.target,
        "target_dinas": list(row.targets), "dinas_dituju": list(row.dinas), "baris_dinas": list(row.dinas_rows),
        "baris_provinsi": list(row.province_rows),
        "arah": "naik_baik" if row.higher_better else "turun_baik", "penanggung_jawab": row.owner_key,
        # the deadline as printed (R6-28: 133 of 198 rows recorded the rule's quarter beside a later printed one)
        "triwulan": row.due[1] or row.quarter, "triwulan_aturan": row.quarter}
    if row.due[0]:
        out["tahun_batas"] = row.due[0]
    return out


# the workbook's follow-up sheet: the plan's columns, then the empty columns the agency fills
# (issue 24: the signed plan returns as this sheet)
# (the value and the target as numbers too, in the indicator's unit: next year's check compares numbers)
SHEET_COLUMNS = ("id", "kode", "baris_dinas", "baris_provinsi", "tindak_lanjut", "indikator", "ukuran", "nilai_kini",
                 "target", "nilai_kini_angka", "target_angka", "pj", "waktu")
FILL_COLUMNS = ("pelaksanaan", "tanggal", "bukti", "catatan")
EXECUTION = {"id": ("belum", "sebagian", "selesai"), "en": ("not started", "partly", "done")}


def sheet_rows(plan_rows: list[plan.PlanRow], lang: str = "id") -> list[list[object]]:
    """One list of cells per row, in SHEET_COLUMNS order, with the FILL_COLUMNS left empty (the code the same in
    both languages: agencies write it on the sheet they return; the id is the key)."""
    return [[row.id, row.code, "; ".join(row.dinas_rows) or None, "; ".join(row.province_rows) or None, row.action,
             row.indicator, row.measure,
             t("not_enough_because", lang, alasan=row.today_reason) if row.today_reason else row.today_text,
             phrases.aside(row.target_text, row.note), row.today if len(row.today_parts) <= 1 else None,
             row.target if len(row.targets) <= 1 else None,
             row.owner, row.deadline,
             *([None] * len(FILL_COLUMNS))] for row in plan_rows]
