"""Stage 1 run(): read data/raw/ (or the synthetic sample), validate, normalise, pseudonymise,
write data/processed/*.parquet, the data-quality log and the provenance record.

Nothing is written unless every table passes: the new outputs are built in a temporary folder
beside data/processed/ and swapped in whole, so an error or an interruption leaves the last
complete version in place. Raw files are only read.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from evalasn import constants, schema
from evalasn.ingest import leavers, mapping, plan_ids, privacy, silent_year, sources, unread
from evalasn.ingest.errors import InputError, Violation, column_text, locate
from evalasn.ingest.problems import update_problems, write_problems
from evalasn.ingest.readers import FILE, ROW, SHEET, SOURCE_COLUMNS, RawTable, data_files, place, scan
from evalasn.ingest.validate import (
    Parsed,
    check_future_budget_year,
    check_order,
    check_plan_ids,
    check_reference,
    check_unique,
    check_zero_ceiling,
    parse_table,
    period_bounds,
)
from evalasn.paths import SYNTHETIC_MARKER, ProjectPaths, project


@dataclass
class CleanResult:
    """What the clean stage did: where the data came from, rows in and out, notes."""

    source: Path
    synthetic: bool
    rows: dict[str, int]
    quality_log: list[dict] = field(default_factory=list)
    key_notes: list[str] = field(default_factory=list)  # about the pseudonym key; not in the log (run-dependent)


def run(paths: ProjectPaths | None = None) -> CleanResult:
    """Read, validate, normalise and write every processed table. Raises InputError on bad input."""
    paths = paths or project()
    # read
    source = choose_source(paths)
    try:
        raw_tables, file_notes, parsed = read_and_check(paths, source)
    except InputError as error:  # every problem to a file the evaluator can sort and filter
        raise InputError(error.violations, write_problems(paths, error.violations)) from None
    warnings = warnings_of(parsed)
    if source == paths.raw:
        update_problems(paths, warnings)
    # normalise
    previous_key = _previous_fingerprint(paths)
    key, key_created = privacy.load_or_create_key(paths.key_file)
    processed = build_processed(parsed, key)
    # write
    log = quality_log(raw_tables, parsed, processed, file_notes)
    provenance = provenance_record(source, processed, key, paths)
    provenance["pemetaan"] = _sha256(paths.mapping) if source == paths.raw and paths.mapping.exists() else None
    provenance["peringatan"] = [f"{w.source}: {w.expected}" for w in warnings if w.row is None]  # one line a file
    write_atomically(paths, processed, log, provenance)
    return CleanResult(source, provenance["sintetis"], {k: len(v) for k, v in processed.items()}, log,
                       key_notes(key_created, previous_key, privacy.fingerprint(key)))


# --- read ---------------------------------------------------------------------------------
def choose_source(paths: ProjectPaths) -> Path:
    """data/raw/ when it holds any data file; else the synthetic sample (generated if absent)."""
    if data_files(paths.raw):
        return paths.raw
    if not data_files(paths.sample):
        from evalasn import sample

        sample.generate(paths.sample)
    return paths.sample


# --- validate -----------------------------------------------------------------------------
def read_and_check(paths: ProjectPaths, source: Path, regenerate: plan_ids.Regenerate | None = None):
    """Read ``source`` (with data/raw/pemetaan.yml when reading data/raw/) and check every table.
    Returns (raw tables, file notes, parsed tables); raises InputError with every problem found and every
    warning (such as staff who left; when nothing is wrong the warnings are in each parsed table's ``warnings``).
    ``regenerate`` (make periksa) makes a year's follow-up plan from the data when its report workbook is not in
    reports/; only on data without other problems (a model fitted to bad rows would not be the plan that was
    issued)."""
    files = data_files(source)
    table_map = mapping.load(paths.mapping, schema.RAW, files) if source == paths.raw else None
    found = scan(source, schema.RAW, table_map)
    if source == paths.raw:  # a whole export skipped (next year's staff list) is a stop, not a note
        missing = frozenset() if table_map is not None else frozenset(  # parse_all names the files it skipped
            name for name, table in schema.RAW.items()
            if table.required and name not in found.found and name not in found.failed)
        found.problems += unread.check(found.unread, table_map, missing)
    parsed, violations = parse_all(found.found, found.skipped, raise_errors=False, unreadable=found.failed)
    if source == paths.raw:  # a returned follow-up plan: its dinas, year and ids exist (issue 24)
        violations += plan_ids.check(parsed, paths, None if found.problems or violations else regenerate)
    for parsed_table in parsed.values():  # the export's header and column letter beside each contract column
        parsed_table.warnings = locate(parsed_table.warnings, found.origins)
    if found.problems or violations:  # the warnings too: one round of fixes, not a second run to see them
        raise InputError(locate(found.problems + violations, found.origins) + warnings_of(parsed))
    return found.found, found.notes, parsed


def warnings_of(parsed: dict[str, Parsed]) -> list[Violation]:
    """Every warning of the parsed tables (reported; the build goes on)."""
    return [warning for parsed_table in parsed.values() for warning in parsed_table.warnings]


def parse_all(raw_tables: dict[str, list[RawTable]], skipped: list[str] | None = None, raise_errors: bool = True,
              unreadable: set[str] | frozenset[str] = frozenset()):
    """Every table parsed (its files and sheets combined, each row keeping its place) and
    cross-checked; raises InputError with all violations found (or, with ``raise_errors=False``,
    returns them beside the parsed tables)."""
    violations: list[Violation] = []
    for name, table in schema.RAW.items():
        if table.required and name not in raw_tables and name not in unreadable:
            seen = f" File dan sheet yang dilihat dan dilewati: {'; '.join(skipped)}." if skipped else ""
            violations.append(Violation(f"data/raw/{name}.csv", None, None, None,
                                        f"tabel wajib '{name}' tidak ditemukan (file {name}.csv, sheet "
                                        f"'{name}' di file .xlsx, atau sheet yang dipetakan ke tabel '{name}' di "
                                        f"data/raw/pemetaan.yml — buat drafnya dengan make pemetaan).{seen}",
                                        kind="tabel"))
    parts = {name: [parse_table(raw, schema.RAW[name]) for raw in raws] for name, raws in raw_tables.items()}
    staff = sources.sort_staff(parts.get("pegawai", []))
    if "pegawai" in parts:  # the year-end staff list; an older export only names who worked here before
        parts["pegawai"] = staff.current
    parsed = {name: sources.combine(name, tables) for name, tables in parts.items()}
    earlier_nips = pd.Series(dtype="string")
    if staff.earlier:
        earlier_nips = sources.combine("pegawai", staff.earlier).frame.get("nip", earlier_nips)
        parsed["pegawai"].parts += staff.earlier  # their notes stay in the log
        parsed["pegawai"].earlier = sources.by_year(staff.earlier, schema.RAW["pegawai"])
        for year_list in parsed["pegawai"].earlier.values():  # they count that year's staff: checked as the list is
            check_unique(year_list, schema.RAW["pegawai"].key)
            violations.extend(year_list.violations)
    for name, parsed_table in parsed.items():
        sources.check_across_files(parsed_table, schema.RAW[name])
        check_unique(parsed_table, schema.RAW[name].key)
    if "kegiatan" in parsed:
        check_order(parsed["kegiatan"], "tanggal_mulai", "tanggal_selesai")
    if "tindak_lanjut" in parsed:
        check_plan_ids(parsed["tindak_lanjut"])
    if "anggaran" in parsed:
        check_zero_ceiling(parsed["anggaran"])
        check_future_budget_year(parsed["anggaran"])
    silent_year.check(parsed)  # a dinas with staff and nothing of the newest year (CHECK15 E15-11)
    if "peserta" in parsed:
        if "kegiatan" in parsed:
            check_reference(parsed["peserta"], "kegiatan_id", parsed["kegiatan"].frame.get("kegiatan_id",
                                                                                       pd.Series()), "kegiatan")
        if "pegawai" in parsed:
            leavers.check(parsed["peserta"], parsed["pegawai"].frame.get("nip", pd.Series(dtype="string")),
                          earlier_nips)
    violations.extend(staff.violations)
    for parsed_table in parsed.values():
        violations.extend(parsed_table.violations)
    if not raise_errors:
        return parsed, violations
    if violations:
        raise InputError(violations)
    return parsed


# --- normalise ----------------------------------------------------------------------------
def build_processed(parsed: dict[str, Parsed], key: bytes) -> dict[str, pd.DataFrame]:
    """The processed tables (schema.PROCESSED), with NIP and nama replaced by pegawai_id."""
    pegawai = _pegawai(parsed["pegawai"].frame, key)
    peserta = _peserta(parsed["peserta"].frame, pegawai, parsed["kegiatan"].frame, key)
    kegiatan = _kegiatan(parsed["kegiatan"].frame, peserta)
    out = {"pegawai": pegawai.drop(columns=["_nip"]), "kegiatan": kegiatan, "peserta": peserta,
           "pegawai_tahun": _pegawai_tahun(parsed["pegawai"].earlier, key)}
    for name in ("skm", "anggaran", "kinerja_unit"):
        frame = parsed[name].frame if name in parsed else schema.RAW[name].empty_frame()
        if "periode" in frame:
            start, end = period_bounds(frame["periode"])
            frame = frame.assign(periode_mulai=start, periode_selesai=end)
        out[name] = frame
    out["tindak_lanjut"] = _follow_up(parsed["tindak_lanjut"].frame if "tindak_lanjut" in parsed
                                      else schema.RAW["tindak_lanjut"].empty_frame())
    result = {}
    for name, frame in out.items():
        table = schema.PROCESSED[name]
        conformed = schema.conform(frame.drop(columns=list(SOURCE_COLUMNS), errors="ignore"), table)
        conformed = conformed.sort_values(list(table.key), kind="mergesort").reset_index(drop=True)
        problems = schema.check_processed(conformed, table)
        if problems:  # a bug in this stage, not in the data: stop before writing anything
            raise AssertionError("processed table breaks its schema: " + "; ".join(problems))
        result[name] = conformed
    return result


def _pegawai(frame: pd.DataFrame, key: bytes) -> pd.DataFrame:
    nip = frame["nip"]
    return frame.assign(
        pegawai_id=privacy.pseudonymise(nip, key),
        jenis_kelamin=nip.str[constants.NIP_SEX_DIGIT].map(constants.NIP_SEX),
        tahun_lahir=nip.str[constants.NIP_BIRTH_DATE].str[:4].astype(int),
        _nip=nip,
    ).drop(columns=["nip", "nama"], errors="ignore")


def _pegawai_tahun(earlier: dict[int, Parsed], key: bytes) -> pd.DataFrame:
    """The staff exports of earlier years, each row with the year its file name gives."""
    frames = [_pegawai(year_list.frame, key).drop(columns=["_nip"]).assign(tahun=year)
              for year, year_list in earlier.items()]
    return pd.concat(frames, ignore_index=True) if frames else schema.PROCESSED["pegawai_tahun"].empty_frame()


def _peserta(frame: pd.DataFrame, pegawai: pd.DataFrame, kegiatan: pd.DataFrame, key: bytes) -> pd.DataFrame:
    """Participations with the participant's dinas and unit from the year-end staff list; one who
    is not on it (moved or retired: ingest.leavers) counts for the dinas that organised the
    activity, without a unit, and ``di_daftar_pegawai`` is false."""
    staff = pegawai.set_index("_nip")[["dinas", "unit_kerja"]]
    out = frame.assign(pegawai_id=privacy.pseudonymise(frame["nip"], key))
    out = out.join(staff, on="nip").drop(columns=["nip"])
    out["di_daftar_pegawai"] = out["dinas"].notna()
    organiser = out["kegiatan_id"].map(kegiatan.drop_duplicates("kegiatan_id").set_index("kegiatan_id")["dinas"])
    out["dinas"] = out["dinas"].fillna(organiser)
    if {"nilai_pre", "nilai_post"} <= set(out.columns):
        out["gain"] = out["nilai_post"] - out["nilai_pre"]
    return out


def _follow_up(frame: pd.DataFrame) -> pd.DataFrame:
    """The signed plan's rows with the dinas, year and code their id names (checked: validate.check_plan_ids)."""
    ids = frame["id"].astype("string").str.strip()
    parts = ids.str.extract(f"^{constants.PLAN_ROW_ID}$")
    # where each row was read: the report of the year after names it when the row is not in the plan
    where = [place(file, sheet) for file, sheet in zip(frame[FILE], frame[SHEET], strict=True)] if FILE in frame \
        else [""] * len(frame)
    return frame.assign(id=ids, dinas=parts["dinas"], tahun=pd.to_numeric(parts["tahun"]), kode=parts["kode"],
                        sumber=pd.Series(where, index=frame.index, dtype="string"),
                        baris=frame[ROW] if ROW in frame else pd.Series(0, index=frame.index))


def _kegiatan(frame: pd.DataFrame, peserta: pd.DataFrame) -> pd.DataFrame:
    counts = peserta.groupby("kegiatan_id").size()
    participants = frame["kegiatan_id"].map(counts).fillna(0).astype(int)
    per_head = (frame["anggaran_rp"] / participants.where(participants > 0)).round(2)
    return frame.assign(tahun=frame["tanggal_selesai"].dt.year, n_peserta=participants, biaya_per_peserta_rp=per_head)


# --- log and provenance -------------------------------------------------------------------
WARNING_PREFIX = "PERINGATAN: "  # a log entry the command line also prints after the clean stage


def log_note(warning: Violation) -> str:
    """A warning as the data-quality log keeps it (its source is the entry's own field): the column and the
    first sentence, which report/quality.py translates for the English report."""
    where = column_text(warning)
    return f"{WARNING_PREFIX}{where + ': ' if where else ''}{warning.expected.split('; ')[0]}"


def quality_log(raw_tables, parsed, processed, file_notes) -> list[dict]:
    """What was read, normalised, dropped or noted, per table, for the report's annex. It depends
    on the data only, so an unchanged data set gives an unchanged log (and no report rebuild)."""
    log: list[dict] = [{"tabel": None, "sumber": None, "catatan": note} for note in file_notes]
    for name, table in schema.RAW.items():
        if name not in raw_tables:
            if not table.required:
                log.append({"tabel": name, "sumber": None,
                            "catatan": schema.ABSENT_TABLE_NOTE})
            continue
        read = parsed[name]
        parts = read.parts or [read]
        log.append({"tabel": name, "sumber": read.source,
                    "catatan": f"{_count(sum(len(p.frame) for p in parts))} baris dibaca, "
                               f"{_count(len(processed[name]))} baris diproses"})
        for part in parts:
            if len(parts) > 1:
                log.append({"tabel": name, "sumber": part.source,
                            "catatan": f"{_count(len(part.frame))} baris dibaca dari file ini"})
            log += [{"tabel": name, "sumber": part.source, "catatan": note} for note in part.notes]
        if read.parts:
            log += [{"tabel": name, "sumber": read.source, "catatan": note} for note in read.notes]
        noted = {note for part in parts for note in part.notes} | set(read.notes)
        log += [{"tabel": name, "sumber": warning.source, "catatan": log_note(warning)} for warning in read.warnings
                if warning.row is None and warning.expected not in noted]  # not those already noted (leavers)
    log += missing_dinas(raw_tables, parsed, processed)
    pes = processed["peserta"]
    only_post = int((pes["nilai_post"].notna() & pes["nilai_pre"].isna()).sum())
    if only_post:
        log.append({"tabel": "peserta", "sumber": parsed["peserta"].source,
                    "catatan": f"{only_post} baris punya nilai_post tanpa nilai_pre: dipakai untuk level 1 dan 3, "
                               "tidak untuk peningkatan nilai"})
    no_participants = int((processed["kegiatan"]["n_peserta"] == 0).sum())
    if no_participants:
        log.append({"tabel": "kegiatan", "sumber": parsed["kegiatan"].source,
                    "catatan": f"{no_participants} kegiatan tanpa peserta: biaya per peserta tidak dihitung"})
    log += budget_without_participants(processed["kegiatan"], parsed["kegiatan"].source)
    return log


SHOWN_IDS = 10  # the activities a warning names; more are counted


def budget_without_participants(kegiatan: pd.DataFrame, source: str | None) -> list[dict]:
    """A warning when activities have a budget but no participant row: their money is in Tabel 4 and in the cost the
    report names when a cost per point cannot be given (analysis.budget.unattended_budget), but nobody was scored in
    them; a participant list left out of the export is the usual cause (truth8)."""
    alone = kegiatan[(kegiatan["n_peserta"] == 0) & (kegiatan["anggaran_rp"].fillna(0) > 0)]
    if not len(alone):
        return []
    ids = sorted(alone["kegiatan_id"].astype(str))
    named = ", ".join(ids[:SHOWN_IDS]) + (", …" if len(ids) > SHOWN_IDS else "")  # the count says how many
    return [{"tabel": "kegiatan", "sumber": source,
             "catatan": f"{WARNING_PREFIX}{_count(len(ids))} kegiatan beranggaran tanpa baris peserta ({named}): "
                        "anggarannya dihitung di Tabel 4 dan dalam biaya metodenya, tetapi tidak ada peserta yang "
                        "dinilai; periksa apakah daftar pesertanya tidak ikut diekspor"}]


def missing_dinas(raw_tables, parsed, processed) -> list[dict]:
    """A warning per optional table that is present but has no row for some dinas of the staff table: the report
    of those dinas (and the province's totals) will lack that part, and the evaluator should chase the export
    (reader review 3, item 13: Kebudayaan sent no anggaran, Dispora no SKM, and nothing said so)."""
    staff = set(processed["pegawai"]["dinas"].dropna().astype(str))
    out = []
    for name, table in schema.RAW.items():
        frame = processed.get(name)
        if table.required or name not in raw_tables or frame is None or "dinas" not in frame:
            continue
        absent = sorted(staff - set(frame["dinas"].dropna().astype(str)))
        if absent:
            # what the gap costs and what to do (reader review 5b item 11: the table and dinas alone read as a note)
            out.append({"tabel": name, "sumber": parsed[name].source,
                        "catatan": f"{WARNING_PREFIX}tabel {name}: tidak ada baris untuk {len(absent)} dinas yang ada "
                                   f"di tabel pegawai: {', '.join(absent)}; sehingga "
                                   f"{schema.ABSENT_COSTS[name][0]}; {schema.ABSENT_ASK[0]}"})
    return out




def key_notes(created: bool, previous: str | None, current: str) -> list[str]:
    """What the evaluator must know about the pseudonym key this run used."""
    if created:
        return ["kunci pseudonim baru dibuat di data/kunci/pseudonim.key (simpan di luar git; tanpa kunci yang "
                "sama pseudonim tidak dapat dibandingkan antar-run)"]
    if previous and previous != current:
        return ["kunci pseudonim berbeda dari run sebelumnya: pseudonim tidak dapat dibandingkan dengan keluaran "
                "lama"]
    return []


def _previous_fingerprint(paths: ProjectPaths) -> str | None:
    try:
        return json.loads(paths.provenance.read_text(encoding="utf-8")).get("kunci_pseudonim")
    except (OSError, ValueError):
        return None


def provenance_record(source: Path, processed: dict[str, pd.DataFrame], key: bytes,
                      paths: ProjectPaths) -> dict:
    """Where the data came from (file names, sizes, SHA-256), whether synthetic, row counts."""
    files = [{"file": p.name, "bytes": p.stat().st_size, "sha256": _sha256(p)} for p in data_files(source)]
    years = sorted(int(y) for y in processed["kegiatan"]["tahun"].dropna().unique())
    return {
        "sintetis": (source / SYNTHETIC_MARKER).exists(),
        "sumber_data": os.path.relpath(source, paths.root),
        "file": files,
        "kunci_pseudonim": privacy.fingerprint(key),
        "baris": {name: len(frame) for name, frame in processed.items()},
        "tahun_kegiatan": years,
        "dinas": sorted(processed["pegawai"]["dinas"].dropna().unique().tolist()),
    }


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- write --------------------------------------------------------------------------------
def write_atomically(paths: ProjectPaths, processed: dict[str, pd.DataFrame], log: list[dict],
                     provenance: dict) -> None:
    """Write everything to a temporary folder, then swap it in for data/processed/ whole."""
    final = paths.processed
    tmp = final.with_name(f".{final.name}.tmp-{os.getpid()}")
    old = final.with_name(f".{final.name}.old-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for name, frame in processed.items():
        frame.to_parquet(tmp / f"{name}.parquet", index=False, engine="pyarrow", compression="zstd")
    _write_json(tmp / paths.quality_log.name, log)
    _write_json(tmp / paths.provenance.name, provenance)  # written last: the Makefile's target
    if final.exists():
        final.rename(old)
    tmp.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def _write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False, default=str) + "\n",
                    encoding="utf-8")


def _count(count: int) -> str:
    """72998 -> '72.998': a count as the log's Indonesian readers write it."""
    return f"{count:,}".replace(",", ".")
