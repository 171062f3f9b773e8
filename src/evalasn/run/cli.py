"""The command line the Makefile calls: ``python -m evalasn <command>`` (or ``python -m evalasn.run.cli``).

Every stage runs its notebook through papermill (the executed notebook is kept for evaluators
under reports/_notebook/ or reports/<slug>/). Errors the user can fix (evalasn.errors) are printed
as a few plain lines (file, row, column, value, expected; or the valid parameter values) with exit
code 2; any other error is a defect and is printed with its traceback and the executed notebook,
exit code 1.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import sys
from pathlib import Path
from typing import NoReturn

from evalasn.constants import LANGUAGES, STAGE_CELL_TIMEOUT_S
from evalasn.errors import EvalasnError, InputError, ParameterError, StageError, StaleResultsError, user_error_names
from evalasn.paths import NOTEBOOKS, SYNTHETIC_MARKER, ProjectPaths, project
from evalasn.registry import PROVINCE_SLUG

EXIT_INPUT = 2  # bad data or bad parameters: the user can fix it
EXIT_FAILED = 1  # a report failed to build, or a defect


def main(argv: list[str] | None = None) -> int:
    from evalasn.run import lock

    args = _parser().parse_args(argv)
    paths = project(args.root)
    previous = signal.signal(signal.SIGTERM, _terminated)
    try:
        if args.func in WRITING:  # one build at a time per checkout (evalasn.run.lock)
            with lock.held(paths, wait=False if args.tanpa_tunggu else None):
                return args.func(args, paths)
        return args.func(args, paths)
    except KeyboardInterrupt as stop:
        signum = stop.signum if isinstance(stop, Terminated) else signal.SIGINT
        if not os.environ.get(lock.HELD):  # under `make`, the lock's wrapper says it once for the whole build
            print(lock.stopped_line(signum), file=sys.stderr)
        return 128 + signum
    except lock.BuildBusyError as error:
        print(f"GALAT: {error}", file=sys.stderr)
        return lock.EXIT_BUSY
    except EvalasnError as error:
        print(f"GALAT: {error}", file=sys.stderr)
        return EXIT_INPUT
    except StageFailed as failure:
        print(failure.details, file=sys.stderr)
        return EXIT_FAILED
    finally:
        signal.signal(signal.SIGTERM, previous)


class Terminated(KeyboardInterrupt):
    """SIGTERM, stopping the command as Ctrl-C does (outputs already complete stay as they are)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _terminated(signum, frame):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # once is enough
    raise Terminated(signum)


class StageFailed(Exception):
    """A stage's notebook failed with an error that is not the user's: a defect. ``details`` holds
    the kernel's traceback and the executed notebook to open."""

    def __init__(self, details: str):
        super().__init__(details)
        self.details = details


# --- commands ----------------------------------------------------------------------------
def cmd_sample(args, paths: ProjectPaths) -> int:
    from evalasn import sample

    out = Path(args.out) if args.out else paths.sample
    tables = sample.generate(out, n_pegawai=args.n_pegawai, seed=args.seed,
                             respondents_per_unit=args.responden)
    print(f"Data sintetis ditulis ke {out}: " + ", ".join(f"{k} {len(v)} baris" for k, v in tables.items()))
    return 0


def cmd_clean(args, paths: ProjectPaths) -> int:
    from evalasn.ingest.clean import key_notes
    from evalasn.run.outputs import prune

    key_existed = paths.key_file.exists()
    before = json.loads(paths.provenance.read_text(encoding="utf-8")) if paths.provenance.exists() else {}
    _execute(paths, "01_bersihkan", {"root": str(paths.root)})
    log = json.loads(paths.provenance.read_text(encoding="utf-8"))
    for note in key_notes(not key_existed, before.get("kunci_pseudonim"), log["kunci_pseudonim"]):
        print(f"CATATAN: {note}")
    for warning in log.get("peringatan", []):  # e.g. staff who left during the year: the build goes on
        print(f"PERINGATAN: {warning}")
    source = synthetic_source(log["sumber_data"], os.path.relpath(paths.raw, paths.root)) if log["sintetis"] \
        else log["sumber_data"]
    print(f"Data bersih ditulis ke {os.path.relpath(paths.processed, paths.root)} dari {source}: "
          + ", ".join(f"{k} {v}" for k, v in log["baris"].items()))
    _record_key(paths)
    _print_warnings(paths)
    _report_removed(paths, prune(paths))
    return 0


def synthetic_source(used: str, raw: str) -> str:
    """Where synthetic data came from, as the console says it: the built-in sample because data/raw/ is empty, or
    files in data/raw/ that carry the synthetic marker (sample.SYNTHETIC_MARKER: a generated test set)."""
    if used == raw:
        return f"DATA SINTETIS di {raw}/ (ada berkas penanda {SYNTHETIC_MARKER})"
    return f"DATA SINTETIS ({raw}/ kosong: contoh bawaan)"


def _record_key(paths: ProjectPaths) -> None:
    """Write the fingerprint of the key this clean used as the Makefile computes it (SHA-256 of the file),
    dated as the cleaned data: a key created by this run does not make the next make clean again."""
    import hashlib

    digest = hashlib.sha256(paths.key_file.read_bytes()).hexdigest() if paths.key_file.is_file() else "tidak-ada"
    record = paths.key_fingerprint
    if not record.is_file() or record.read_text(encoding="utf-8").strip() != digest:
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(digest + "\n", encoding="utf-8")
    when = paths.provenance.stat().st_mtime_ns  # in nanoseconds: a float can round to a date just after it
    os.utime(record, ns=(when, min(when, record.stat().st_mtime_ns)))


def cmd_model(args, paths: ProjectPaths) -> int:
    import time

    from evalasn.run import params, staging
    from evalasn.run.intervention import declared as declared_for
    from evalasn.run.intervention import merged
    from evalasn.run.outputs import prune

    asked = _checked(params.ModelParams, {"tahun": args.tahun or "0"}, years=_years(paths))
    year = asked.tahun or _latest_year(paths)
    # the intervention declared for the year built (INTERVENSI and DESAIN win) and, for last year's results, the
    # one declared for that year (config/intervensi.yml alone)
    declared = merged(paths, args.intervensi, args.desain, year)
    last = declared_for(paths, year - 1)
    raw = {"tahun": args.tahun or "0", "ambang_dilatih": args.ambang, "periode_sebelum": args.sebelum,
           "periode_sesudah": args.sesudah, **declared}
    chosen = _checked(params.ModelParams, raw, years=_years(paths))
    started = time.time()
    _check_intervention(paths, chosen.intervensi)
    _check_intervention(paths, last["intervensi"])
    staging.sweep(paths.model_work)  # an interrupted run's results: moved in when complete, else removed
    _execute(paths, "02_model", {"root": str(paths.root), "tahun": chosen.tahun,
                                 "ambang_dilatih": chosen.ambang_dilatih, "periode_sebelum": chosen.periode_sebelum,
                                 "periode_sesudah": chosen.periode_sesudah,
                                 "intervensi": chosen.intervensi, "desain": chosen.desain,
                                 "penjamin": chosen.penjamin, "intervensi_tahun_lalu": last["intervensi"],
                                 "desain_tahun_lalu": last["desain"], "penjamin_tahun_lalu": last["penjamin"]})
    tahun = chosen.tahun or _latest_year(paths)
    written = [p for p in (paths.hasil(s, tahun) for s in _dinas(paths) + [PROVINCE_SLUG])
               if p.exists() and p.stat().st_mtime >= started - 1]
    print(f"Hasil model {tahun} ditulis untuk {len(written)} cakupan "
          f"({os.path.relpath(paths.reports, paths.root)}/<kode dinas>/_build/{written[0].name if written else ''}; "
          "terbit di samping laporannya saat laporan dibuat)")
    _report_removed(paths, prune(paths))
    return 0


def cmd_check(args, paths: ProjectPaths) -> int:
    """Check report parameters before any kernel starts. The dinas and years are checked against the
    data only when the cleaned data are current (the raw files have not changed since); otherwise
    against the registry, and ``report`` checks them again after cleaning."""
    from evalasn.run import params

    current = _data_current(paths)
    raw = {"dinas": args.dinas, "tahun": args.tahun or "0", "bahasa": _languages(args.bahasa)[0]}
    chosen = _checked(params.ReportParams, raw, dinas=_dinas(paths) if current else None,
                      years=_years(paths) if current else None)
    _check_report_config(paths, [chosen.dinas], int(args.tahun or 0))
    return 0


def cmd_report(args, paths: ProjectPaths) -> int:
    from evalasn.run import batch, params

    langs = _languages(args.bahasa)
    chosen = [_checked(params.ReportParams, {"dinas": args.dinas, "tahun": args.tahun or "0", "bahasa": lang},
                       dinas=_dinas(paths), years=_years(paths)) for lang in langs]
    tahun = chosen[0].tahun or _latest_year(paths)
    _check_report_config(paths, [chosen[0].dinas], tahun)
    jobs = [batch.Job(c.dinas, c.bahasa, tahun) for c in chosen]
    outcomes = batch.build_all(paths, jobs, workers=1, quiet=args.quiet, force=args.force)
    print(batch.summary(outcomes, paths))
    _print_written(paths, outcomes)
    for line in stale_languages(paths, outcomes):  # other languages left behind, said
        print(line)
    return 0 if all(o.ok for o in outcomes) else EXIT_FAILED


def cmd_reports(args, paths: ProjectPaths) -> int:
    from evalasn.run import batch, params

    langs = _languages(args.bahasa)
    chosen = _checked(params.ModelParams, {"tahun": args.tahun or "0"}, years=_years(paths))
    tahun = chosen.tahun or _latest_year(paths)
    slugs = _dinas(paths) + [PROVINCE_SLUG]
    _check_report_config(paths, slugs, tahun)
    jobs = [batch.Job(slug, lang, tahun) for lang in langs for slug in slugs]
    outcomes = batch.build_all(paths, jobs, workers=args.workers, quiet=args.quiet, force=args.force)
    print(batch.summary(outcomes, paths))
    for line in stale_languages(paths, outcomes):  # other languages left behind, said
        print(line)
    for lang in langs:
        print(_write_index(paths, lang))
    return 0 if all(o.ok for o in outcomes) else EXIT_FAILED


def _write_index(paths: ProjectPaths, lang: str) -> str:
    """Write a language's index and say what became of it: written, or not (no report of the data now cleaned in
    that language), and an index left from an earlier build removed."""
    from evalasn.report.formats.index import write_index

    target = paths.index(lang)
    existed = target.exists()
    if write_index(paths, lang) is not None:
        return f"Indeks: {os.path.relpath(target, paths.root)}"
    return (f"Indeks {os.path.relpath(target, paths.root)} tidak ditulis: belum ada laporan berbahasa {lang} dari "
            f"data ini" + ("; indeks dari build sebelumnya dihapus" if existed else "")
            + f" (make reports BAHASA={lang})")


def cmd_periksa(args, paths: ProjectPaths) -> int:
    """Check data/raw/ without building; every problem to reports/periksa/masalah-data.xlsx. A returned follow-up
    plan whose year has no report workbook in reports/ is checked against that year's plan regenerated from the
    data with the model parameters given (run.plan_check) and the intervention config/intervensi.yml declares for
    that year, as the model stage of the year after computes it (INTERVENSI and DESAIN are the built year's)."""
    from evalasn.ingest import check
    from evalasn.run import params
    from evalasn.run.intervention import declared, merged
    from evalasn.run.plan_check import regenerator

    merged(paths, args.intervensi, args.desain)  # a wrong DESAIN or config/intervensi.yml stops here

    def chosen(tahun: int) -> params.ModelParams:  # read only when a plan is regenerated
        return _checked(params.ModelParams, {"tahun": "0", "ambang_dilatih": args.ambang, **declared(paths, tahun)})

    result = check.run(paths, regenerate=regenerator(paths, chosen))
    if result.violations:
        print(check.summary(result), file=sys.stderr)
        return EXIT_INPUT
    print(check.summary(result))
    return 0


def cmd_pemetaan(args, paths: ProjectPaths) -> int:
    """Write a draft mapping from the headers and sheet names in data/raw/ (never over a mapping)."""
    from evalasn.ingest import draft

    target, summary = draft.write(paths)
    print(f"Draf pemetaan ditulis ke {os.path.relpath(target, paths.root)}: {summary}")
    if target == paths.mapping_draft:
        print(f"{os.path.relpath(paths.mapping, paths.root)} sudah ada dan tidak diubah. Drafnya memuat bagian-bagian "
              "pemetaan.yml dengan pilihan Anda ('# sudah ada di pemetaan.yml'); salin bagian, kolom dan nilai "
              "bertanda '# BARU' ke pemetaan.yml, atau salin drafnya utuh menggantikan pemetaan.yml (komentar Anda "
              "di pemetaan.yml tidak ikut).")
    print("Baca setiap baris bertanda '# PERIKSA', koreksi, lalu jalankan make periksa dan make report "
          "DINAS=<kode dinas>. Penjelasan: docs/pemetaan.md")
    return 0


def cmd_templat(args, paths: ProjectPaths) -> int:
    from evalasn.ingest import template

    target = template.write(paths.template_xlsx)
    print(f"Templat ditulis ke {os.path.relpath(target, paths.root)}: sheet 'penjelasan' lebih dahulu, lalu satu "
          "sheet per tabel kontrak; baris 2 adalah contoh (dilewati saat dibaca), isi mulai baris 3. Simpan salinan "
          "yang sudah diisi di data/raw/ lalu jalankan make periksa.")
    return 0


def cmd_index(args, paths: ProjectPaths) -> int:
    for lang in _languages(args.bahasa):
        print(_write_index(paths, lang))
    return 0


def cmd_docs(args, paths: ProjectPaths) -> int:
    from evalasn import docs

    for path in docs.write_all():
        print(path)
    return 0


def cmd_list(args, paths: ProjectPaths) -> int:
    print(" ".join(_dinas(paths) + [PROVINCE_SLUG]))
    return 0


# --- helpers -------------------------------------------------------------------------------
def _execute(paths: ProjectPaths, name: str, parameters: dict) -> Path:
    """Run notebooks/<name>.ipynb with papermill; the executed copy goes to reports/_notebook/."""
    import papermill

    from evalasn.run import failures, staging, timestamps
    from evalasn.run.batch import failed_at, run_notebook, strip_ansi

    out_dir = paths.executed_notebooks
    out_dir.mkdir(parents=True, exist_ok=True)
    staging.sweep(out_dir)  # what an interrupted stage left
    output = out_dir / f"{name}.ipynb"
    failed = out_dir / f"{name}.gagal.ipynb"
    work = staging.work_dir(out_dir, f".kerja-{name}")  # the kernel's sockets and log: this process's own
    work.mkdir()
    tmp = work / output.name
    try:
        run_notebook(NOTEBOOKS / f"{name}.ipynb", tmp, work, parameters, STAGE_CELL_TIMEOUT_S)  # grows with data
        timestamps.remove_clock(tmp, output)
        tmp.replace(output)
        failed.unlink(missing_ok=True)  # an earlier failure, now fixed
    except papermill.PapermillExecutionError as error:
        tmp.replace(failed)
        if error.ename in user_error_names():
            raise StageError(strip_ansi(error.evalue)) from None
        raise StageFailed(f"GALAT INTERNAL: tahap {name} gagal: {error.ename}: {strip_ansi(error.evalue)}"
                          f" — notebook yang dijalankan: {os.path.relpath(failed, paths.root)}\n"
                          f"  di {failed_at(error, NOTEBOOKS / f'{name}.ipynb', paths.root)}\n"
                          + "    " + failures.cell_traceback(error.traceback).replace("\n", "\n    ")) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return output


def _check_report_config(paths: ProjectPaths, slugs: list[str], tahun: int) -> None:
    """config/laporan.yml and config/target.yml, checked before any kernel starts (a ConfigError is
    one of the user errors: printed as GALAT without a traceback)."""
    from evalasn.report.config import load_report_config, load_targets

    load_report_config(paths)
    for slug in slugs:
        load_targets(paths, slug, tahun)


def _checked(cls, raw: dict, dinas=None, years=None):
    from evalasn.run.params import parse

    return parse(cls, {k: v for k, v in raw.items() if v is not None}, dinas, years)


def _check_intervention(paths: ProjectPaths, intervensi: str) -> None:
    """INTERVENSI must select at least one activity (checked before the kernel starts)."""
    if not intervensi.strip() or not paths.table("kegiatan").exists():
        return
    import pandas as pd

    from evalasn.analysis.treatment import match

    # raises InterventionError (a ParameterError): printed as GALAT without a traceback
    match(pd.read_parquet(paths.table("kegiatan"), columns=["kegiatan_id", "tema", "nama_kegiatan"]), intervensi)


def _provenance(paths: ProjectPaths) -> dict:
    if not paths.provenance.exists():
        raise StaleResultsError("data belum dibersihkan; jalankan make clean-data (atau make report) dulu")
    return json.loads(paths.provenance.read_text(encoding="utf-8"))


def _data_current(paths: ProjectPaths) -> bool:
    """The cleaned data exist and the raw files (and mapping) have not changed since: the manifest
    the Makefile rewrites only when their names or hashes change is not newer than the clean."""
    if not paths.provenance.exists():
        return False
    manifest = paths.raw_manifest
    return not manifest.exists() or manifest.stat().st_mtime <= paths.provenance.stat().st_mtime


def _dinas(paths: ProjectPaths) -> list[str]:
    return _provenance(paths)["dinas"]


def _years(paths: ProjectPaths) -> list[int] | None:
    return _provenance(paths)["tahun_kegiatan"] if paths.provenance.exists() else None


def _latest_year(paths: ProjectPaths) -> int:
    years = _provenance(paths)["tahun_kegiatan"]
    if not years:
        raise InputError("tidak ada kegiatan dalam data; tahun evaluasi tidak dapat ditentukan")
    return int(years[-1])


def _print_written(paths: ProjectPaths, outcomes) -> None:
    """The files a report run wrote (or left as they were), one per line."""
    shown = []
    for outcome in outcomes:
        if outcome.ok:
            job = outcome.job
            shown += list(paths.report_outputs(job.slug, job.bahasa, job.tahun))
    if shown:
        shown.append(paths.report_hasil(outcomes[0].job.slug, outcomes[0].job.tahun))
        print("Ditulis:" if any(not outcome.skipped for outcome in outcomes) else "Sudah mutakhir:")
        for path in shown:
            print(f"  {os.path.relpath(path, paths.root)}")


def stale_languages(paths: ProjectPaths, outcomes) -> list[str]:
    """A line for each report in another language of a scope just built that is no longer current (built
    from earlier results, now replaced beside it): each language is a set of its own and is rebuilt only
    when asked, so the evaluator is told rather than left to take it for current."""
    from evalasn.run import batch

    asked = {(o.job.slug, o.job.bahasa, o.job.tahun) for o in outcomes}
    lines = []
    for slug, tahun in sorted({(o.job.slug, o.job.tahun) for o in outcomes if o.ok and o.job.tahun}):
        for lang in LANGUAGES:
            if (slug, lang, tahun) not in asked and paths.report_pdf(slug, lang, tahun).exists() \
                    and not batch.up_to_date(paths, batch.Job(slug, lang, tahun)):
                lines.append(f"CATATAN: laporan {slug} ({lang}) {tahun} dibuat dari hasil atau kode sebelumnya, tidak "
                             f"lagi mutakhir; perbarui dengan make report DINAS={slug} TAHUN={tahun} BAHASA={lang}")
    return lines


def _print_warnings(paths: ProjectPaths) -> None:
    """The clean stage's warnings (a report section that will be missing, ...): said, not only logged."""
    from evalasn.ingest.clean import WARNING_PREFIX

    try:
        log = json.loads(paths.quality_log.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    for entry in log:
        if str(entry.get("catatan", "")).startswith(WARNING_PREFIX):
            print(entry["catatan"])


def _report_removed(paths: ProjectPaths, removed: list[Path]) -> None:
    if removed:
        print(f"Dihapus {len(removed)} keluaran lama yang tidak lagi sesuai dengan data (data lain, dinas yang "
              f"tidak ada lagi): " + ", ".join(os.path.relpath(p, paths.root) for p in removed[:5])
              + (" ..." if len(removed) > 5 else ""))


def _languages(text: str) -> list[str]:
    langs = [x.strip().lower() for x in (text or "id").split(",") if x.strip()]
    bad = [x for x in langs if x not in LANGUAGES]
    if bad:
        raise ParameterError(f"BAHASA={','.join(bad)} tidak dikenal; pilih salah satu dari {', '.join(LANGUAGES)}, "
                             f"atau beberapa dipisah koma ({','.join(LANGUAGES)})")
    return langs


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m evalasn", description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=None, help="folder proyek (bawaan: repositori atau $EVALASN_ROOT)")
    parser.add_argument("--tanpa-tunggu", action="store_true",
                        help="bila build lain sedang berjalan di folder ini, berhenti seketika (kode 75) alih-alih "
                             "menunggunya (juga: EVALASN_TUNGGU=0, make ... TUNGGU=0)")
    sub = parser.add_subparsers(required=True)

    def command(name, func, help_text):
        cmd = sub.add_parser(name, help=help_text)
        cmd.set_defaults(func=func)
        return cmd

    cmd = command("sample", cmd_sample, "tulis data contoh sintetis")
    cmd.add_argument("--n-pegawai", type=int, default=4000)
    cmd.add_argument("--seed", type=int, default=2025)
    cmd.add_argument("--responden", type=int, default=30, help="responden SKM per unit per periode")
    cmd.add_argument("--out", default=None)
    command("clean", cmd_clean, "tahap 1: bersihkan data (notebook 01)")
    cmd = command("model", cmd_model, "tahap 2: model dan hasil.json (notebook 02)")
    cmd.add_argument("--tahun", default="")
    cmd.add_argument("--ambang", default="0.5")
    cmd.add_argument("--sebelum", default="")
    cmd.add_argument("--sesudah", default="")
    cmd.add_argument("--intervensi", default="", help="kegiatan yang diukur dampaknya: teks tema/nama atau kegiatan_id")
    cmd.add_argument("--desain", default="", help="penugasan unit: observasional (bawaan) atau acak; kosong: "
                     "config/intervensi.yml")
    for name, func, text in (("check", cmd_check, "periksa parameter laporan"),
                             ("report", cmd_report, "tahap 3: satu laporan (notebook 03)")):
        cmd = command(name, func, text)
        cmd.add_argument("--dinas", required=True)
        cmd.add_argument("--tahun", default="")
        cmd.add_argument("--bahasa", default="id")
        cmd.add_argument("--force", action="store_true")
        cmd.add_argument("--quiet", action="store_true")
    cmd = command("reports", cmd_reports, "semua laporan dan indeks")
    cmd.add_argument("--bahasa", default="id")
    cmd.add_argument("--tahun", default="")
    cmd.add_argument("--workers", type=_workers, default=2)
    cmd.add_argument("--force", action="store_true")
    cmd.add_argument("--quiet", action="store_true")
    cmd = command("index", cmd_index, "tulis reports/index.html")
    cmd.add_argument("--bahasa", default="id")
    cmd = command("periksa", cmd_periksa, "periksa data/raw/ tanpa membangun")
    # the model parameters, for a returned follow-up plan whose year's report workbook is not in reports/
    cmd.add_argument("--ambang", default="0.5")
    cmd.add_argument("--intervensi", default="")
    cmd.add_argument("--desain", default="")
    command("pemetaan", cmd_pemetaan, "tulis draf data/raw/pemetaan.yml")
    command("templat", cmd_templat, "tulis templat .xlsx kosong")
    command("docs", cmd_docs, "tulis dokumen yang dibuat dari kode (kontrak data, hasil.json)")
    command("list", cmd_list, "daftar dinas dalam data")
    return parser


class _Parser(argparse.ArgumentParser):
    """argparse, with a value it refuses (WORKERS=abc) said as one GALAT line and exit code 2, as every
    other parameter error is, instead of the usage text and an English prefix."""

    def error(self, message: str) -> NoReturn:
        said = message.split(": ", 1)[1] if message.startswith("argument ") and ": " in message else message
        self.exit(EXIT_INPUT, f"GALAT: {said}\n")


def _workers(text: str) -> int:
    """WORKERS: a whole number from 1."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"WORKERS={text!r} harus bilangan bulat 1 atau lebih, mis. 2")
    return int(text)


# the commands that write data/processed/, data/sample/ or reports/: each holds the build lock
WRITING = (cmd_sample, cmd_clean, cmd_model, cmd_report, cmd_reports, cmd_periksa, cmd_templat, cmd_index)


if __name__ == "__main__":
    sys.exit(main())
