"""Provincial regulations (Pergub, Renstra/IKU) from config/laporan.yml in Dasar Hukum (issue 22.10),
validated like the rest of that file."""

from __future__ import annotations

import re
from typing import Any, cast

import pandas as pd
import pytest

from evalasn import constants
from evalasn.analysis.contract import Hasil
from evalasn.errors import ConfigError
from evalasn.paths import ProjectPaths, project
from evalasn.report.chapters.front import LAWS, legal_bases
from evalasn.report.config import load_report_config
from evalasn.report.context import Context

PERGUB = ("dasar_hukum_tambahan:\n"
          "  - id: Peraturan Gubernur Nomor 5 Tahun 2024 tentang Pengembangan Kompetensi\n"
          "    en: Governor Regulation 5/2024 on Competency Development\n"
          "  - Renstra BPSDM 2023-2026 (IKU 2)\n")


def _config(tmp_path, block: str):
    shipped = (project().root / "config" / "laporan.yml").read_text(encoding="utf-8")
    assert "dasar_hukum_tambahan: []\n" in shipped  # the shipped file declares none
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "laporan.yml").write_text(shipped.replace("dasar_hukum_tambahan: []\n", block),
                                                     encoding="utf-8")
    return load_report_config(ProjectPaths(tmp_path))


@pytest.mark.parametrize("lang, last", [
    ("id", "Peraturan Gubernur Nomor 5 Tahun 2024 tentang Pengembangan Kompetensi"),
    ("en", "Governor Regulation 5/2024 on Competency Development"),
], ids=["id", "en"])
def test_declared_provincial_regulations_follow_the_national_ones(tmp_path, lang, last):
    ctx = Context(cast(Hasil, {}), lang, pd.DataFrame(), config=_config(tmp_path, PERGUB))
    listed = legal_bases(ctx)
    assert len(listed) == len(LAWS) + 2
    assert listed[len(LAWS)] == last and listed[-1] == "Renstra BPSDM 2023-2026 (IKU 2)"


def test_none_declared_lists_the_national_regulations_only():
    ctx = Context(cast(Hasil, {}), "id", pd.DataFrame(), config=load_report_config(project()))
    assert len(legal_bases(ctx)) == len(LAWS)


@pytest.mark.parametrize("block, where", [
    ("dasar_hukum_tambahan: Pergub 5/2024\n", "dasar_hukum_tambahan"),
    ("dasar_hukum_tambahan:\n  - id: Pergub 5/2024\n", r"dasar_hukum_tambahan\[1\]"),
    ("dasar_hukum_tambahan:\n  - Pergub 5/2024\n  - 42\n", r"dasar_hukum_tambahan\[2\]"),
], ids=["not-a-list", "missing-english", "not-text"])
def test_a_malformed_legal_basis_is_refused_naming_the_item(tmp_path, block, where):
    with pytest.raises(ConfigError, match=where):
        _config(tmp_path, block)


def test_a_config_file_is_parsed_once_but_read_again_when_edited(tmp_path):
    """The parse is kept by the file's text (a no-change `make reports` read target.yml once per dinas): an edited
    file gives its new values, and a caller changing what it got does not change the next reader's copy."""
    from evalasn.report import config

    path = tmp_path / "target.yml"
    path.write_text("jp_20: {nilai: 80}\n", encoding="utf-8")
    first = config._read(path)
    first["jp_20"]["nilai"] = 1
    assert config._read(path) == {"jp_20": {"nilai": 80}}
    path.write_text("jp_20: {nilai: 90}\n", encoding="utf-8")
    assert config._read(path) == {"jp_20": {"nilai": 90}}


CITED = re.compile(r"\b(?:PP|UU|Perpres|Perlan|Permen[\w-]*)\s*(\d+)\s*/\s*(\d{4})")


def _catalogue_citations() -> dict[tuple[str, str], set[str]]:
    from evalasn.report.words.text import GLOSSARY, TEXT

    cited: dict[tuple[str, str], set[str]] = {}
    entries: list[tuple[str, dict[str, Any]]] = [*TEXT.items(), *GLOSSARY.items()]
    for key, entry in entries:
        for value in entry.values():
            for part in value if isinstance(value, tuple) else (value,):
                for number, year in CITED.findall(part):
                    cited.setdefault((number, year), set()).add(key)
    return cited


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_regulation_the_text_applies_is_in_the_legal_basis(lang):
    """REVIEW7 R7-15: BAB II, the glossary, the PPPK finding and its plan row apply PP 49/2018 Pasal 39, while 1.2
    listed four other regulations and said "Yang dicantumkan hanya peraturan yang diterapkan": every regulation
    the catalogue cites is listed (id 'Nomor 49 Tahun 2018', en '49/2018')."""
    ctx = Context(cast(Hasil, {}), lang, pd.DataFrame(), config=load_report_config(project()))
    listed = " ".join(legal_bases(ctx))
    cited = _catalogue_citations()
    assert ("49", "2018") in cited and ("11", "2017") in cited  # the guard reads the text it guards
    missing = {f"{number}/{year}": sorted(keys) for (number, year), keys in cited.items()
               if (f"Nomor {number} Tahun {year}" if lang == "id" else f"{number}/{year}") not in listed}
    assert not missing, missing
    assert f"{constants.PPPK_JP_MAXIMUM_PER_YEAR} JP" in listed  # the cap from its one place


@pytest.mark.parametrize("lang, said", [
    ("id", "realisasi sedikitnya 95% pagu, atau target kinerja dinas sendiri"),
    ("en", "at least 95% of the ceiling spent, or the agency's own performance target"),
], ids=["id", "en"])
def test_the_realisation_basis_says_what_may_replace_it(lang, said):
    """LOOK37b M-28: Tabel 12's basis read "adjust to the agency's KPIs", jargon used nowhere else and an instruction
    inside a basis column."""
    from evalasn.report.config import load_targets

    basis = load_targets(project(), "kominfotik", 2025)["persen_realisasi"].dasar[lang]
    assert basis.endswith(said) and "KPI" not in basis and "IKU" not in basis, basis
