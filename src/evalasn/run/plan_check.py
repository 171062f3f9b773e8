"""``make periksa`` without last year's report workbook (issue 24): the ids of a returned follow-up plan checked
against that year's plan made again from the data in data/raw/ with the code that wrote it.

After ``make clean`` (or when the year was built on another computer) reports/ holds no workbook of the year a
returned sheet names. The plan is then regenerated as the report of the year after regenerates it: the parsed
raw tables normalised by the clean stage's own code (in memory: nothing is written), that year's results of
every scope by the model stage's own code (the year's default periods and the model parameters given, as
``make model`` computes last year's results beside this year's), the plan by report.chapters.plan with that
year's targets. It runs only when a returned sheet names a year without its workbook, once per year.

The pseudonym key of data/kunci/ is used when it exists; otherwise a key for this check only (never written):
pseudonyms change no result of the model stage.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import replace

from evalasn.analysis import model
from evalasn.analysis.contract import Hasil
from evalasn.analysis.data import Data, participations
from evalasn.analysis.parameters import ModelParams
from evalasn.ingest import clean, privacy
from evalasn.ingest.plan_ids import Regenerate
from evalasn.ingest.validate import Parsed
from evalasn.paths import ProjectPaths
from evalasn.report.chapters import province_rows


def regenerator(paths: ProjectPaths, params: Callable[[int], ModelParams]) -> Regenerate:
    """A ``Regenerate`` for ingest.plan_ids: the ids of a dinas's plan of a year, regenerated from the parsed
    raw tables (None when the data hold no such scope or year); each year's results are computed once, with the
    model parameters ``params`` gives for that year (asked for only then)."""
    made: dict[int, dict[str, Hasil]] = {}

    def ids(parsed: dict[str, Parsed], slug: str, tahun: int) -> frozenset[str] | None:
        if tahun not in made:
            made[tahun] = year_results(paths, parsed, replace(params(tahun), tahun=tahun, periode_sebelum="",
                                                              periode_sesudah=""))
        hasil = made[tahun].get(slug)
        return None if hasil is None else frozenset(
            row.id for row in province_rows.for_workbook(hasil, "id", paths, scopes=made[tahun]))

    return ids


def year_results(paths: ProjectPaths, parsed: dict[str, Parsed], params: ModelParams) -> dict[str, Hasil]:
    """Every scope's results of ``params.tahun`` from the parsed raw tables, by the clean and model stages' code;
    {} when the data hold no activity that year."""
    key = privacy.load_or_create_key(paths.key_file)[0] if paths.key_file.exists() else secrets.token_bytes(32)
    processed = clean.build_processed(parsed, key)
    frames = {name: frame for name, frame in processed.items() if name != "tindak_lanjut"}
    data = Data(**frames, provenance=clean.provenance_record(paths.raw, processed, key, paths),  # type: ignore[arg-type]
                partisipasi=participations(frames["peserta"], frames["kegiatan"]))
    if params.tahun not in data.years:
        return {}
    return model.year_results(data, params, model.provenance_record(data, params))
