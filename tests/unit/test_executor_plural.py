"""A province row's executors of several dinas in English take the plural of the unit's noun (CHECK14 E14-3:
"carried out by the Health, Environment and Social Affairs secretariat")."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from evalasn.paths import CODE_ROOT, project
from evalasn.report.chapters import plan_owners
from evalasn.report.config import load_report_config
from evalasn.report.words.text import t

ALL = ("kesehatan", "sosial", "dispora", "kpkp", "pendidikan", "citata", "bina-marga", "gulkarmat", "lingkungan-hidup")


def _ctx(lang: str) -> SimpleNamespace:
    return SimpleNamespace(lang=lang, dinas_results=dict.fromkeys(ALL, {}),
                           t=lambda key, **values: t(key, lang, **values))


@pytest.mark.parametrize(("named", "unit", "expected"), [
    pytest.param(("kesehatan", "sosial"), "{dinas} secretariat", "secretariats", id="two-secretariats"),
    pytest.param(("kesehatan", "sosial"), "{dinas} secretariat (personnel section)", "secretariats (personnel section)",
                 id="bracket-kept"),
    pytest.param(("kesehatan", "sosial"), "{dinas} technical division", "technical divisions", id="head-noun"),
    pytest.param(("kesehatan", "sosial"), "{dinas} service units", "service units", id="already-plural"),
    pytest.param(("kesehatan",), "{dinas} secretariat (personnel section)", "secretariat (personnel section)",
                 id="one-dinas-singular"),
])
def test_several_dinas_take_the_plural_in_english(named, unit, expected):
    text = plan_owners.executor_units(_ctx("en"), unit, named)  # type: ignore[arg-type]
    assert text.endswith(expected), text
    if len(named) > 1:
        assert not text.endswith("secretariat")


def test_indonesian_is_left_as_written():
    text = plan_owners.executor_units(_ctx("id"), "Sekretariat {dinas}", ("kesehatan", "sosial"))  # type: ignore[arg-type]
    assert text.startswith("Sekretariat ") and "Sekretariats" not in text


def _province(lang: str, weak: tuple[str, ...]) -> SimpleNamespace:
    """A province context whose dinas ``weak`` have a weak U8 (pengaduan), from the shipped config/laporan.yml."""
    config = load_report_config(project(CODE_ROOT))
    results = {slug: {"komunikasi": {"unsur": [{"unsur": "u8", "lemah": slug in weak}]}} for slug in ALL}
    return SimpleNamespace(lang=lang, province=True, config=config, dinas_results=results,
                           hasil={"cakupan": {"slug": "provinsi"}, "perbandingan_dinas": []},
                           t=lambda key, **values: t(key, lang, **values))


@pytest.mark.parametrize(("lang", "weak", "expected", "absent"), [
    pytest.param("en", ("kesehatan", "sosial"), "Health and Social Affairs secretariats", "secretariat;",
                 id="en-two-dinas-plural"),
    pytest.param("en", ("sosial",), "Social Affairs Agency secretariat", "secretariats", id="en-one-dinas-singular"),
    pytest.param("id", ("kesehatan", "sosial"), "Sekretariat Kesehatan dan Sosial", "Sekretariats",
                 id="id-as-written"),
])
def test_skm_element_row_takes_the_plural(lang, weak, expected, absent):
    """The U-rows (a weak SKM element) are written by element_owner, not executor_units (CHECK15 E15-8, set F:
    'carried out by Public Works …, Satpol PP, and Social Affairs secretariat')."""
    owner = plan_owners.element_owner(_province(lang, weak), "u8")  # type: ignore[arg-type]
    assert expected in owner, owner
    assert absent not in owner + ";", owner
