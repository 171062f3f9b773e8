"""The title of a report as a browser tab, a file list or an archive catalogue shows it."""

from __future__ import annotations

from evalasn.report.words.names import scope_name
from evalasn.report.words.text import t


def document_title(slug: str, official: str, tahun: int, lang: str) -> str:
    """The title a browser tab, a file list or an archive catalogue shows (HTML <title>, PDF, DOCX and XLSX
    properties): the report's title and the scope in the report's language, 'Evaluation Report … — Health Agency
    2025' in English (the Indonesian name is on the cover, not here: REVIEW5 D4)."""
    return f"{t('title', lang)} — {scope_name(slug, official, lang)} {tahun}"
