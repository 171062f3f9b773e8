"""config/intervensi.yml declares the intervention and its assignment; INTERVENSI and DESAIN win when
given (issue 23.5/23.6)."""

import pytest

from evalasn.errors import ConfigError, ParameterError
from evalasn.paths import project
from evalasn.run import intervention


def _root(tmp_path, text=None):
    if text is not None:
        (tmp_path / "config").mkdir()
        (tmp_path / "config" / "intervensi.yml").write_text(text, encoding="utf-8")
    return project(tmp_path)


def test_the_shipped_config_declares_no_intervention():
    shipped = intervention.declared(project())
    assert shipped == {"intervensi": "", "desain": "observasional", "penjamin": ""}


@pytest.mark.parametrize("given,desain,expected", [
    ("", "", {"intervensi": "layanan prima", "desain": "acak", "penjamin": "Bidang Evaluasi BPSDM"}),
    ("K-01", "", {"intervensi": "K-01", "desain": "acak", "penjamin": "Bidang Evaluasi BPSDM"}),
    ("", "OBSERVASIONAL", {"intervensi": "layanan prima", "desain": "observasional",
                           "penjamin": "Bidang Evaluasi BPSDM"}),
], ids=["from-config", "intervensi-wins", "desain-wins"])
def test_a_given_parameter_wins_over_the_file(tmp_path, given, desain, expected):
    paths = _root(tmp_path, 'intervensi: "layanan prima"\ndesain: acak\npenjamin: "Bidang Evaluasi BPSDM"\n')
    assert intervention.merged(paths, given, desain) == expected


def test_desain_acak_is_declared_by_the_parameter_alone(tmp_path):
    assert intervention.merged(_root(tmp_path), "", "acak") == {"intervensi": "", "desain": "acak", "penjamin": ""}


@pytest.mark.parametrize("text,key", [("desain: undian\n", "desain"), ("intervensi: 12\n", "intervensi"),
                                      ("penjamn: x\n", "penjamn")], ids=["bad-design", "number", "typo-key"])
def test_a_wrong_value_names_the_file_and_key(tmp_path, text, key):
    with pytest.raises(ConfigError) as caught:
        intervention.declared(_root(tmp_path, text))
    assert "intervensi.yml" in str(caught.value) and key in str(caught.value)


def test_an_unknown_desain_parameter_is_refused():
    with pytest.raises(ParameterError, match="DESAIN='undian'"):
        intervention.merged(project(), "", "undian")


PER_YEAR = ('intervensi: ""\ndesain: observasional\npenjamin: "Bidang Evaluasi"\n'
            'per_tahun:\n  2025:\n    intervensi: "layanan prima"\n    desain: acak\n'
            '  "2024":\n    desain: acak\n')


@pytest.mark.parametrize("tahun,expected", [
    (2025, {"intervensi": "layanan prima", "desain": "acak", "penjamin": "Bidang Evaluasi"}),
    (2024, {"intervensi": "", "desain": "acak", "penjamin": "Bidang Evaluasi"}),
    (2023, {"intervensi": "", "desain": "observasional", "penjamin": "Bidang Evaluasi"}),
], ids=["year-declared", "year-gives-one-key-the-rest-flat", "year-not-listed-flat-keys"])
def test_each_year_has_its_own_declaration(tmp_path, tahun, expected):
    """C2: per_tahun.<tahun> replaces the flat keys it gives for that year; the flat keys hold for every year."""
    assert intervention.declared(_root(tmp_path, PER_YEAR), tahun) == expected


@pytest.mark.parametrize("tahun,given,expected", [
    (2025, "K-01", "K-01"), (2024, "K-01", "K-01"), (2025, "", "layanan prima"),
], ids=["override-the-declared-year", "override-a-year-without-one", "config-without-override"])
def test_intervensi_on_make_overrides_the_year_built(tmp_path, tahun, given, expected):
    assert intervention.merged(_root(tmp_path, PER_YEAR), given, "", tahun)["intervensi"] == expected


@pytest.mark.parametrize("tahun", [0, 2023, 2024, 2025, 2026])
def test_the_shipped_config_declares_no_intervention_in_any_year(tahun):
    assert intervention.declared(project(), tahun)["intervensi"] == ""


@pytest.mark.parametrize("text,key,value,expected", [
    ("per_tahun:\n  dua-ribu: {intervensi: x}\n", "per_tahun.dua-ribu", "{'intervensi': 'x'}", "tahun empat angka"),
    ("per_tahun:\n  2025: {intervensi: x, desain: undian}\n", "per_tahun.2025.desain", "'undian'",
     "observasional atau acak"),
    ("per_tahun:\n  2025: {intervnsi: x}\n", "per_tahun.2025.intervnsi", "'x'", "salah satu kunci"),
    ("per_tahun:\n  2025: {intervensi: 7}\n", "per_tahun.2025.intervensi", "7", "teks"),
    ("per_tahun:\n  2025: layanan prima\n", "per_tahun.2025", "'layanan prima'", "pemetaan"),
    ("per_tahun: [2025]\n", "per_tahun", "[2025]", "pemetaan tahun"),
    ("2025: {intervensi: x}\n", "2025", "{'intervensi': 'x'}", "per_tahun"),
], ids=["year-not-a-year", "bad-design-in-a-year", "typo-key-in-a-year", "number-in-a-year", "year-not-a-mapping",
        "per-tahun-a-list", "year-outside-per-tahun"])
def test_a_wrong_per_year_entry_names_file_key_value_and_expected(tmp_path, text, key, value, expected):
    """Its own exception type (a ConfigError: the command line prints it as GALAT without a traceback)."""
    with pytest.raises(intervention.InterventionConfigError) as caught:
        intervention.declared(_root(tmp_path, text), 2025)
    message = str(caught.value)
    assert "intervensi.yml" in message and f"kunci '{key}'" in message and value in message and expected in message
