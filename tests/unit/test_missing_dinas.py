"""Reader review 3, item 13: an optional table that has no row for a dinas of the staff table is said by the clean
stage (the log and the console), one line per table naming those dinas, in both languages."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from evalasn import schema
from evalasn.ingest import clean
from evalasn.paths import project
from evalasn.report.words import quality


@pytest.mark.parametrize(("table", "dropped"), [pytest.param("anggaran", "kesehatan", id="no-anggaran-rows"),
                                                 pytest.param("skm", "kesehatan", id="no-skm-rows")])
def test_an_optional_table_without_rows_for_a_dinas_is_warned(tmp_path, sample_raw, table, dropped):
    raw = tmp_path / "data" / "raw"
    shutil.copytree(sample_raw, raw)
    frame = pd.read_csv(raw / f"{table}.csv", dtype=str)
    assert dropped in set(frame["dinas"])
    frame[frame["dinas"] != dropped].to_csv(raw / f"{table}.csv", index=False)
    log = clean.run(project(tmp_path)).quality_log
    warned = [e["catatan"] for e in log if e["catatan"].startswith(clean.WARNING_PREFIX + "tabel ")]
    # the table, the dinas, what the gap costs and what to do (reader review 5b item 11)
    cost, ask = schema.ABSENT_COSTS[table], schema.ABSENT_ASK
    assert warned == [f"PERINGATAN: tabel {table}: tidak ada baris untuk 1 dinas yang ada di tabel pegawai: {dropped}; "
                      f"sehingga {cost[0]}; {ask[0]}"]
    assert quality.translate(warned[0]) == f"WARNING: table {table}: no rows for agencies of the staff table (1): " \
                                           f"{dropped}; so {cost[1]}; {ask[1]}"


def test_no_warning_when_every_dinas_has_rows(pipeline_root):
    entries = json.loads(project(pipeline_root).quality_log.read_text(encoding="utf-8"))
    assert entries and not [e for e in entries if e["catatan"].startswith(clean.WARNING_PREFIX + "tabel ")]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("key", ["i_no_budget", "r_no_kinerja"])
def test_a_missing_table_is_said_in_reader_words(key, lang):
    """REVIEW5b 11: 'Data anggaran (tabel anggaran) tidak tersedia; bagian ini dilewati' named a data table and the
    report's machinery, not what cannot be judged."""
    from evalasn.report.words.text import t

    said = t(key, lang)
    assert not any(word in said for word in ("tabel", "table", "kinerja_unit", "dilewati", "left out")), said
    assert any(word in said for word in ("tidak dapat", "cannot")), said
