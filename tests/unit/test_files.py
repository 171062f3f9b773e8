"""One way to write a file atomically (evalasn.files), used for hasil.json, HTML, PDF, stamps and the key."""

import os
import stat

import pytest

from evalasn.files import write_atomically


@pytest.mark.parametrize("data, expected", [("hasil ✓\n", "hasil ✓\n".encode()), (b"%PDF-1.7", b"%PDF-1.7")],
                         ids=["text-as-utf8", "bytes"])
def test_the_whole_content_lands_under_the_final_name_and_nothing_else(tmp_path, data, expected):
    target = tmp_path / "baru" / "hasil.json"
    write_atomically(target, data)
    assert target.read_bytes() == expected
    assert os.listdir(target.parent) == ["hasil.json"]


def test_a_secret_is_private_from_its_creation(tmp_path):
    key = tmp_path / "pseudonim.key"
    write_atomically(key, "00" * 32 + "\n", mode=0o600)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_previous_version(tmp_path, monkeypatch):
    target = tmp_path / "laporan.html"
    target.write_text("lama", encoding="utf-8")

    def refuse(src, dst):
        raise OSError("disk penuh")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        write_atomically(target, "baru")
    assert target.read_text(encoding="utf-8") == "lama"
    assert os.listdir(tmp_path) == ["laporan.html"]
