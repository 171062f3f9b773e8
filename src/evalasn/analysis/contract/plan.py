"""hasil.json: the follow-up plan as the report issued it (`rencana_tindak_lanjut`), one record per row.

The report stage writes these records into the copy of hasil.json it publishes beside the report (reports/<slug>/,
never the model's file in _build/): the plan needs the report's configuration (targets, responsible units) and
last year's plan, which the model stage does not read. BAB X, the workbook's plan sheet and these records are one
list (report.chapters.followup.issued); next year's evaluation finds a row by its ``id`` or, across years, by its
``kunci_temuan``. ``rencana_tahun_lalu`` says which plan of last year the report judged (PlanReviewed).
"""

from typing import NotRequired, TypedDict


class FollowUpRow(TypedDict):
    """One row of the follow-up plan: its language-free content (the words of BAB X are the report's)."""

    id: str
    kode: str
    kunci_temuan: str
    aturan: str
    ukuran: str
    satuan: str
    nilai_kini: float | None
    target: float
    target_dinas: list[float]
    dinas_dituju: list[str]
    baris_dinas: NotRequired[list[str]]  # absent in a plan published before session 8
    baris_provinsi: NotRequired[list[str]]  # absent in a plan published before session 11
    arah: str
    penanggung_jawab: str
    triwulan: int  # the printed deadline's quarter (R6-28: the row's record holds the deadline that was signed)
    tahun_batas: NotRequired[int]  # the printed deadline's year; absent in a plan published before session 9
    triwulan_aturan: NotRequired[int]  # the row's rule's quarter (recommendation.QUARTER); absent before session 9


class PlanReviewed(TypedDict):
    """Which plan of last year the report judged (`rencana_tahun_lalu`): the published one, matched by id, or one
    regenerated because no published record exists (a reconstruction, not the signed plan)."""

    tahun: int
    sumber: str  # "terbit" or "dibuat_ulang"
    berkas: str | None
    id_dinilai: list[str]
    nilai_berbeda: list[str]
