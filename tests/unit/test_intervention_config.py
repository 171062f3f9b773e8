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
