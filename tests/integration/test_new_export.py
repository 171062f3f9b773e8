"""The next year's staff export added beside an existing data/raw/pemetaan.yml (CHECK15 E15-1; docs/siklus-tahunan.md
step 5): ``periksa`` and ``clean`` stop naming the file, its sheet and the table the draft maps it to, instead of
"sesuai kontrak data" over last year's staff list; marking it ``tabel: abaikan`` is the documented way out."""

from __future__ import annotations

import shutil

import yaml

from evalasn.paths import project
from tests.exports import SIMPEG, write_exports
from tests.integration.helpers import cli

NEW = "SIMPEG Dinkes 2025.xlsx"


def test_a_new_staff_export_beside_a_mapping_stops_the_check(tmp_path):
    paths = project(tmp_path)
    paths.raw.mkdir(parents=True)
    write_exports(paths.raw, n_pegawai=40)
    cli(tmp_path, "pemetaan")
    data = yaml.safe_load(paths.mapping.read_text(encoding="utf-8"))
    for entry in data["sumber"]:  # the evaluator's one edit: the dinas of the exports without a dinas column
        if entry.get("konstan", {}).get("dinas", "") is None:
            entry["konstan"]["dinas"] = "kesehatan"
    paths.mapping.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert "sesuai kontrak data" in cli(tmp_path, "periksa").stdout

    shutil.copy(paths.raw / SIMPEG, paths.raw / NEW)  # next year's export, not in pemetaan.yml
    said = cli(tmp_path, "pemetaan").stdout
    usulan = yaml.safe_load(paths.mapping_draft.read_text(encoding="utf-8"))["sumber"]
    assert [e for e in usulan if e["file"] != NEW] == data["sumber"]  # the evaluator's sections as chosen
    assert f"1 bagian BARU ({NEW}, sheet Sheet1)" in said, said
    for command in ("periksa", "clean"):
        result = cli(tmp_path, command, check=False)
        out = result.stdout + result.stderr
        assert result.returncode != 0, out
        assert "sesuai kontrak data:" not in out
        assert (f"{NEW}, sheet Sheet1 — tidak ada di data/raw/pemetaan.yml, jadi tidak dibaca; draf pemetaan "
                "(make pemetaan) memetakannya ke tabel pegawai") in out, out
        assert "salin bagiannya dari data/raw/pemetaan.usulan.yml ke pemetaan.yml" in out
        assert f'tambahkan bagian file: "{NEW}", sheet: "Sheet1", tabel: abaikan' in out

    data["sumber"].append({"file": NEW, "sheet": "Sheet1", "tabel": "abaikan"})
    paths.mapping.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert "sesuai kontrak data" in cli(tmp_path, "periksa").stdout
