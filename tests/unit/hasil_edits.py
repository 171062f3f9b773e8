"""Edits of a results record (hasil.json) shared by the plan tests: each leaves one rule's figure as a case needs."""

from __future__ import annotations

from typing import Any


def realised(share: float):
    """Every budget row realised at ``share`` percent."""
    def change(hasil: Any) -> None:
        for row in hasil["pelaksanaan"]["realisasi_anggaran"]:
            row["persen_realisasi"] = share
    return change


def without_mentoring(hasil: Any) -> None:
    """No mentoring activity in the year."""
    hasil["pelaksanaan"]["kegiatan_per_metode"] = [r for r in hasil["pelaksanaan"]["kegiatan_per_metode"]
                                                   if r["metode"] != "mentoring"]
