"""Benchmark of the evaluation pipeline at Jakarta scale (``make bench``).

What it does
------------
1. Generates synthetic data in a throw-away project root (``evalasn.sample.generate`` into
   ROOT/data/raw; defaults: 73,000 ASN, 70 staff per unit, 37 survey respondents per unit and
   period) and prints the row counts next to the sizes the issue asks for (about 73,000 ASN,
   about 400,000 peserta rows over three years, about 150,000 survey responses over about 1,000
   units). Large shortfalls are flagged; the generator is not changed here.
2. Times every stage exactly as ``make`` runs it: a subprocess
   ``python -m evalasn.run.cli --root ROOT <stage>`` that executes the stage's notebook with
   papermill — ``clean``, ``model``, then ``reports --workers N --quiet`` (every dinas, provinsi
   and reports/index.html).
3. Times the no-change rebuild: the same ``reports`` call again, which must skip every
   up-to-date report.
4. Unless ``--skip-naive``: the naive reference — for each dinas and provinsi in turn, the
   papermill, ``jupyter nbconvert --to html --no-input`` and ``weasyprint`` command lines, one
   fresh process each, sequentially — and the ratio naive / optimised for the reports stage.
5. Optionally (``--profile``) profiles the in-process functions with ``python -m cProfile -o``:
   ``evalasn.ingest.clean.run``, ``evalasn.analysis.model.run``, one report build
   (``evalasn.run.batch.build_one``, whose notebook runs in a separate kernel) and the report
   notebook's own code run in-process (``report-kernel``); it prints the top functions by
   cumulative time, keeps the ``.prof`` files, and times the parts of one report build without
   the profiler (worker start-up, notebook, HTML, PDF). Run after the timed stages, on the same
   root (clean and model are re-run there).

Measures, per stage: wall seconds; peak memory, two ways — ``peak MB`` is the peak of the summed
RSS of the whole process tree (the CLI, its kernels, pool workers and their kernels), polled with
psutil every 0.1 s (shared pages are counted once per process, so this errs high; never below
``max proc MB``); ``max proc MB`` is the largest single process of the tree, exact, from
``os.wait4`` (``ru_maxrss``, a lower bound for the tree); ``CPU s``, user + system seconds of the
tree; rows per second (input rows of the stage / wall seconds: raw rows for clean, processed rows
for model and reports). The CPU time other processes used meanwhile is recorded too: a stage
where they took more than a tenth of the machine is starred (its timing is pessimistic), and
edits to src/ or notebooks/ during a stage are detected (they make reports rebuild).

Targets: clean <= 20 s and <= 2048 MB; model <= 30 s; reports (2 workers) <= 30 s and at least 6.5x
faster than the naive loop (issue 25); no-change rebuild <= 2 s.

Results are printed as a table and written to ``<out>/bench-<date>.json`` with the CPU count,
platform and Python version. Usage::

    .venv/bin/python bench/run.py [--n-pegawai 73000] [--workers 2] [--skip-naive] [--out bench/hasil]
                                  [--skala 1] [--kurva 1 [--kurva-laporan-maks 2]]
                                  [--work DIR] [--keep] [--profile [--profile-slug provinsi]]

Only files under the work folder (deleted at the end unless ``--keep``) and ``--out`` are
written; the repository's own data/ and reports/ are never touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

CODE_ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent  # papermill, jupyter, weasyprint live beside the interpreter
PY = sys.executable

# The sizes the issue asks for (the generator's output is compared with these).
ISSUE_SIZES = {"pegawai": 73_000, "peserta": 400_000, "skm": 150_000, "unit": 1_000}
TARGETS = {  # stage -> (max wall seconds, max peak MB or None)
    "clean": (20.0, 2048.0),
    "model": (30.0, None),
    "reports": (30.0, None),  # issue 25: four formats for 21 dinas and the province, 2 workers
    "rebuild": (2.0, None),
}
MIN_SPEEDUP = 6.5  # naive / optimised, reports stage, measured in the same run (issue 25)
POLL_SECONDS = 0.1
PROFILE_TOP = 15


# --- measuring one process tree ----------------------------------------------------------------
@dataclass
class Measurement:
    """Wall time and memory of one command (and everything it started)."""

    cmd: list[str]
    returncode: int
    wall_s: float
    peak_tree_mb: float  # peak of the summed RSS of the process tree (psutil, every 0.1 s)
    max_proc_mb: float  # largest single process of the tree (os.wait4 ru_maxrss; exact, lower bound)
    output: str = ""  # what the command printed (also appended to the log)
    cpu_s: float = 0.0  # CPU seconds (user + system) of the tree (os.wait4, reaped descendants included)
    other_cpu_s: float = 0.0  # CPU seconds the rest of the machine used meanwhile (other people's jobs)


class _TreeSampler(threading.Thread):
    """Polls the RSS of a process and all its descendants; keeps the peak of the sum."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = 0
        self._halt = threading.Event()

    def run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self._halt.is_set():
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                break
            total = 0
            for p in procs:
                try:
                    total += p.memory_info().rss
                except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
                    pass
            self.peak = max(self.peak, total)
            self._halt.wait(POLL_SECONDS)

    def stop(self) -> None:
        self._halt.set()
        self.join()


def measure(cmd: list[str], log: Path, cwd: Path = CODE_ROOT, env: dict | None = None) -> Measurement:
    """Run ``cmd`` to completion, output appended to ``log``; time it and sample its memory."""
    with log.open("a", encoding="utf-8") as out:
        out.write(f"\n$ {' '.join(cmd)}\n")
        out.flush()
        offset = out.tell()
        busy_before = _busy_cpu_seconds()
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        sampler = _TreeSampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)  # usage covers the child and its reaped descendants
        wall = time.perf_counter() - started
        busy = _busy_cpu_seconds() - busy_before
        sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so tell Popen
    with log.open("rb") as handle:
        handle.seek(offset)
        output = handle.read().decode("utf-8", errors="replace")
    largest = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime
    # a short-lived peak can fall between two polls: the tree is never below its largest process
    return Measurement(cmd, proc.returncode, wall, max(sampler.peak / 2**20, largest), largest, output,
                       round(cpu, 2), round(max(0.0, busy - cpu), 2))


def _busy_cpu_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (all CPUs)."""
    import psutil

    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def contended(m: dict) -> bool:
    """Whether other processes used more than a tenth of the machine while ``m`` ran."""
    return m.get("other_cpu_s", 0.0) > 0.1 * m["wall_s"] * (os.cpu_count() or 1)


def code_state() -> str:
    """Hash of the package source and the notebooks: other people may edit them while the
    benchmark runs, which makes reports rebuild (the no-change timing is then not valid)."""
    digest = hashlib.sha256()
    files = [*(CODE_ROOT / "src").rglob("*"), *(CODE_ROOT / "notebooks").glob("*.ipynb")]
    for path in sorted(f for f in files if f.is_file() and "__pycache__" not in f.parts):
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


BATCH_SUMMARY = re.compile(r"Laporan: (\d+) dibuat, (\d+) sudah mutakhir, (\d+) gagal")


def batch_summary(output: str) -> dict | None:
    """Reports built / skipped as up to date / failed, from the CLI's summary line."""
    found = BATCH_SUMMARY.findall(output)
    return dict(zip(("built", "up_to_date", "failed"), map(int, found[-1]), strict=True)) if found else None


def _tail(log: Path, lines: int = 25) -> str:
    return "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])


# --- data ----------------------------------------------------------------------------------------
def generate_data(root: Path, n_pegawai: int, staff_per_unit: int, respondents_per_unit: int,
                  seed: int) -> dict:
    """Write the synthetic raw tables to ROOT/data/raw; return row counts and generation time."""
    from evalasn import sample
    from evalasn.paths import project

    started = time.perf_counter()
    tables = sample.generate(project(root).raw, n_pegawai=n_pegawai, seed=seed,
                             respondents_per_unit=respondents_per_unit, staff_per_unit=staff_per_unit)
    seconds = time.perf_counter() - started
    pegawai, peserta, kegiatan, skm = tables["pegawai"], tables["peserta"], tables["kegiatan"], tables["skm"]
    year = kegiatan.set_index("kegiatan_id")["tanggal_selesai"].str[:4]
    peserta_years = peserta["kegiatan_id"].map(year).value_counts().sort_index()
    return {
        "seconds": round(seconds, 2),
        "rows": {name: len(frame) for name, frame in tables.items()},
        "raw_rows_total": int(sum(len(frame) for frame in tables.values())),
        "unit": int(pegawai[["dinas", "unit_kerja"]].drop_duplicates().shape[0]),
        "dinas": int(pegawai["dinas"].nunique()),
        "peserta_per_tahun": {str(k): int(v) for k, v in peserta_years.items()},
        "skm_per_periode": {str(k): int(v) for k, v in skm["periode"].value_counts().sort_index().items()},
        "raw_mb": round(sum(p.stat().st_size for p in project(root).raw.glob("*.csv")) / 2**20, 1),
    }


def size_notes(data: dict) -> list[str]:
    """Where the generated data differ from the issue's sizes by more than a quarter."""
    actual = {"pegawai": data["rows"]["pegawai"], "peserta": data["rows"]["peserta"],
              "skm": data["rows"]["skm"], "unit": data["unit"]}
    notes = []
    for name, want in ISSUE_SIZES.items():
        got = actual[name]
        if abs(got - want) > 0.25 * want:
            notes.append(f"{name}: {got:,} rows vs about {want:,} asked for ({got / want:.0%})")
    years = data["peserta_per_tahun"]
    if len(years) < 3:
        notes.append(f"peserta span {len(years)} year(s) ({', '.join(years)}), not three")
    return notes


def processed_rows(root: Path) -> int:
    from evalasn.paths import project

    record = json.loads(project(root).provenance.read_text(encoding="utf-8"))
    return int(sum(record["baris"].values()))


def report_slugs(root: Path) -> list[str]:
    from evalasn.paths import project
    from evalasn.registry import PROVINCE_SLUG

    return json.loads(project(root).provenance.read_text(encoding="utf-8"))["dinas"] + [PROVINCE_SLUG]


# --- stages ----------------------------------------------------------------------------------------
def cli(root: Path, *args: str) -> list[str]:
    return [PY, "-m", "evalasn.run.cli", "--root", str(root), *args]


def stage_env(root: Path, factor: float = 1.0) -> dict:
    """The stages' environment; above 1x the input limits (twice Jakarta's cells, evalasn.ingest.bounds) are
    multiplied by the size factor rounded up (EVALASN_BATAS_KALI), or 2x and 4x would be refused."""
    env = {**os.environ, "EVALASN_ROOT": str(root), "PYTHONUNBUFFERED": "1"}
    if factor > 1:
        env["EVALASN_BATAS_KALI"] = str(math.ceil(factor))
    return env


def run_naive(root: Path, work: Path, log: Path) -> dict:
    """The reference: papermill, nbconvert and weasyprint command lines per report, in turn."""
    folder = work / "naive"
    folder.mkdir(parents=True, exist_ok=True)
    env = stage_env(root)
    steps = {"papermill": 0.0, "nbconvert": 0.0, "weasyprint": 0.0}
    peak_tree = max_proc = cpu = other_cpu = 0.0
    failed = []
    started = time.perf_counter()
    for slug in report_slugs(root):
        nb, html, pdf = folder / f"{slug}.ipynb", folder / f"{slug}.html", folder / f"{slug}.pdf"
        commands = {
            "papermill": [str(VENV_BIN / "papermill"), str(CODE_ROOT / "notebooks" / "03_laporan.ipynb"), str(nb),
                          "-p", "dinas", slug, "-p", "root", str(root)],
            "nbconvert": [str(VENV_BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(nb)],
            "weasyprint": [str(VENV_BIN / "weasyprint"), str(html), str(pdf)],
        }
        for step, cmd in commands.items():
            m = measure(cmd, log, cwd=folder, env=env)
            steps[step] += m.wall_s
            cpu, other_cpu = cpu + m.cpu_s, other_cpu + m.other_cpu_s
            peak_tree, max_proc = max(peak_tree, m.peak_tree_mb), max(max_proc, m.max_proc_mb)
            if m.returncode != 0:
                failed.append(f"{slug}:{step}")
                break
        print(f"  naive {slug}: {time.perf_counter() - started:6.1f} s cumulative", flush=True)
    return {"wall_s": time.perf_counter() - started, "peak_tree_mb": peak_tree, "max_proc_mb": max_proc,
            "cpu_s": round(cpu, 2), "other_cpu_s": round(other_cpu, 2),
            "per_step_s": {k: round(v, 2) for k, v in steps.items()}, "failed": failed,
            "n_reports": len(report_slugs(root))}


# --- profiles --------------------------------------------------------------------------------------
PROFILE_TARGETS = ("clean", "model", "report-build", "report-kernel")
# Frames hidden from the printed profiles: this script's wrapper and the import machinery (the
# modules' own import time still shows, as "<module>" lines of the packages imported).
PROFILE_HIDE = (r"^(?!.*(?:<frozen importlib|bench/run\.py|built-in method builtins\.(?:exec|__import__)"
                r"|_handle_fromlist|_call_with_frames_removed)).*$")


def profile_target(target: str, root: Path, slug: str) -> None:
    """The body profiled under ``python -m cProfile``: one in-process call (see --profile)."""
    from evalasn.paths import project

    paths = project(root)
    if target == "clean":
        from evalasn.ingest import clean

        clean.run(paths)
    elif target == "model":
        from evalasn.analysis import model

        model.run(paths, model.ModelParams())
    elif target == "report-build":
        from evalasn.run import batch

        with batch.worker_session() as renderer:  # as a pool worker: Renderer and kernel fork server
            outcome = batch.build_one(paths.root, batch.Job(slug), renderer)
        if not outcome.ok:
            raise SystemExit(f"build_one({slug}) failed: {outcome.error}")
    elif target == "report-kernel":
        run_report_cells(paths, slug)
    else:
        raise SystemExit(f"unknown profile target {target}")


def run_report_cells(paths, slug: str) -> None:
    """Execute the report notebook's code cells in this process (what its kernel does), with the
    parameters injected after the parameters cell and ``show`` made a no-op. The notebook is read
    as plain JSON so that nbformat's imports do not count here (the kernel does not import it)."""
    from evalasn.report.chapters import sections

    sections.show = lambda html: None  # the cells import show from sections after this
    nb = json.loads((CODE_ROOT / "notebooks" / "03_laporan.ipynb").read_text(encoding="utf-8"))
    scope: dict[str, object] = {"__name__": "__report__"}
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        exec(compile(source, "03_laporan.ipynb", "exec"), scope)
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            scope.update(dinas=slug, tahun=0, bahasa="id", root=str(paths.root))


def report_steps(root: Path, slug: str) -> dict:
    """Seconds of the parts of one report build, without the profiler, as a pool worker does them:
    worker start-up (Renderer, kernel fork server started), the first notebook (which waits for the
    fork server's imports), a second notebook (the steady state: fork, chapters), then each output
    as ``Renderer.render`` makes it: HTML, PDF/A with hasil.json attached, Word, Excel. ``*_s`` is
    wall time; ``*_cpu_s`` the worker's own CPU for an output (the outputs are made in the worker)."""
    import json as json_module

    from evalasn.clock import build_time
    from evalasn.paths import project
    from evalasn.report.formats import word, workbook
    from evalasn.report.formats.render import document_meta
    from evalasn.run import batch

    paths = project(root)
    job = batch.with_year(paths, batch.Job(slug))
    work = batch.work_dir(paths, job)
    work.mkdir(parents=True, exist_ok=True)
    notebook, pdf = work / "bench-steps.ipynb", work / "bench-steps.pdf"
    parameters = {"dinas": slug, "tahun": job.tahun, "bahasa": "id", "root": str(paths.root)}
    hasil_path = paths.hasil(slug, job.tahun)
    hasil = json_module.loads(hasil_path.read_text(encoding="utf-8"))
    built = build_time()
    meta = document_meta(hasil, "id", built)
    steps: dict[str, float] = {}
    wall, cpu = time.perf_counter(), time.process_time()

    def mark(name: str, with_cpu: bool = False) -> None:
        nonlocal wall, cpu
        now_wall, now_cpu = time.perf_counter(), time.process_time()
        steps[f"{name}_s"] = round(now_wall - wall, 2)
        if with_cpu:
            steps[f"{name}_cpu_s"] = round(now_cpu - cpu, 2)
        wall, cpu = now_wall, now_cpu

    with batch.worker_session() as renderer:
        mark("worker_start")
        batch.run_notebook(batch.REPORT_NOTEBOOK, notebook, work, parameters)
        mark("first_notebook")
        batch.run_notebook(batch.REPORT_NOTEBOOK, notebook, work, parameters)
        mark("notebook")
        html = renderer.render_html(notebook, slug, "id", True, meta)
        mark("html", True)
        renderer.render_pdf(html, pdf, hasil_path, "id", built)
        mark("pdf", True)
        word.from_html(html, "id", slug, meta, built)
        mark("docx", True)
        workbook.build(hasil, "id", built)
        mark("xlsx", True)
    notebook.unlink(missing_ok=True)
    pdf.unlink(missing_ok=True)
    return steps


def run_profiles(root: Path, out: Path, stamp: str, slug: str, log: Path) -> dict:
    """Profile each target in a fresh interpreter; print and keep the top cumulative functions.
    Note: the clean and model targets rewrite data/processed and hasil.json of the work root."""
    import pstats

    found = {}
    for target in PROFILE_TARGETS:
        prof = out / f"profile-{stamp}-{target}.prof"
        cmd = [PY, "-m", "cProfile", "-o", str(prof), str(Path(__file__).resolve()),
               "--profile-target", target, "--root", str(root), "--profile-slug", slug]
        m = measure(cmd, log, env=stage_env(root))
        if m.returncode != 0 or not prof.exists():
            print(f"profile {target} failed (see {log}):\n{_tail(log)}")
            continue
        text = out / f"profile-{stamp}-{target}.txt"
        with text.open("w", encoding="utf-8") as handle:
            stats = pstats.Stats(str(prof), stream=handle)
            stats.sort_stats("cumulative").print_stats(PROFILE_HIDE, PROFILE_TOP)
        print(f"\n=== profile {target} ({m.wall_s:.1f} s wall under cProfile, which slows Python code "
              f"about 1.5-2x): top {PROFILE_TOP} cumulative ===")
        print(_trim_pstats(text.read_text(encoding="utf-8")))
        found[target] = {"wall_s": round(m.wall_s, 2), "prof": str(prof), "top": str(text)}
    steps = report_steps(root, slug)
    print(f"\n=== one report ({slug}) without profiler: {steps} ===")
    found["report_steps"] = {"slug": slug, **steps}
    return found


def _trim_pstats(text: str) -> str:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
    return "\n".join(line for line in lines[start:] if line.strip())


# --- one size, and the scale curve ----------------------------------------------------------------
def load_average() -> list[float]:
    """The machine's load (1, 5 and 15 minutes) from /proc/loadavg: other people's work, noted
    beside each figure ([] where the file does not exist)."""
    try:
        return [float(part) for part in Path("/proc/loadavg").read_text(encoding="ascii").split()[:3]]
    except (OSError, ValueError):
        return []


def run_size(root: Path, factor: float, args: argparse.Namespace, log: Path, with_reports: bool) -> dict:
    """Generate the data at ``factor`` x Jakarta in ``root`` and time clean, model and (with
    ``with_reports``) reports and the no-change rebuild, as make runs them."""
    n_pegawai = max(1, round(args.n_pegawai * factor))
    print(f"Generating synthetic data at {factor:g}x Jakarta ({n_pegawai:,} ASN)...", flush=True)
    data = generate_data(root, n_pegawai, args.staff_per_unit, args.respondents_per_unit, args.seed)
    notes = size_notes(data) if factor == 1 else []  # the issue's sizes are those of 1x
    print(f"  {data['seconds']:.1f} s, {data['raw_mb']} MB of CSV; rows: "
          + ", ".join(f"{k} {v:,}" for k, v in data["rows"].items()))
    print(f"  units {data['unit']:,} in {data['dinas']} dinas; peserta per year {data['peserta_per_tahun']}; "
          f"skm per period {data['skm_per_periode']}")
    for note in notes:
        print(f"  NOTE (differs from the issue's size): {note}")

    env = stage_env(root, factor)
    measured: dict[str, dict] = {}
    steps = [("clean", cli(root, "clean")), ("model", cli(root, "model"))]
    if with_reports:
        steps += [("reports", cli(root, "reports", "--workers", str(args.workers), "--quiet")),
                  ("rebuild", cli(root, "reports", "--workers", str(args.workers), "--quiet"))]
    for stage, cmd in steps:
        print(f"\nStage {stage}: {' '.join(cmd[1:])}", flush=True)
        before, load_before = code_state(), load_average()
        m = measure(cmd, log, env=env)
        after = code_state()
        measured[stage] = asdict(m) | {"output": m.output[-2000:], "code_changed": after != before,
                                       "code_before": before[:16], "code_after": after[:16],
                                       "load_before": load_before, "load_after": load_average()}
        print(f"  {m.wall_s:.1f} s, peak tree {m.peak_tree_mb:.0f} MB, max process {m.max_proc_mb:.0f} MB, "
              f"CPU {m.cpu_s:.1f} s (other processes {m.other_cpu_s:.1f} s), exit {m.returncode}, "
              f"load {' '.join(map(str, load_before))}", flush=True)
        if stage in ("reports", "rebuild"):
            measured[stage]["batch"] = batch_summary(m.output)
            print(f"  reports {measured[stage]['batch']}")
        if measured[stage]["code_changed"]:
            print("  WARNING: src/ or notebooks/ changed during this stage (someone edited them); "
                  "its timing and any rebuild it causes are affected")
        if m.returncode != 0:
            print(_tail(log))
            if stage in ("clean", "model"):
                raise SystemExit(f"stage {stage} failed at {factor:g}x; see {log}")
    if with_reports:
        rebuilt = (measured["rebuild"].get("batch") or {}).get("built")
        if rebuilt:
            changed = measured["reports"]["code_before"] != measured["rebuild"]["code_before"]
            print(f"\nWARNING: the no-change rebuild rebuilt {rebuilt} report(s); "
                  + ("src/ or notebooks/ were edited meanwhile, so this is expected" if changed else
                     "nothing was edited, so the up-to-date check missed them (a bug in evalasn.run.batch)"))
        reports_dir = root / "reports"
        built = {"html": len(list(reports_dir.glob("*/laporan-*.html"))),
                 "pdf": len(list(reports_dir.glob("*/laporan-*.pdf"))),
                 "index": (reports_dir / "index.html").exists()}
        measured["reports"]["outputs"] = built
        print(f"\nReports written: {built['html']} HTML, {built['pdf']} PDF, index {built['index']}")
    return {"factor": factor, "data": data, "size_notes": notes, "stages": measured,
            "processed_rows": processed_rows(root)}


CURVE_DOUBLINGS = 2  # the curve runs SKALA x 1, 2 and 4
CURVE_STAGES = ("clean", "model", "reports", "rebuild")
CURVE_METRICS = (("wall_s", "wall s"), ("cpu_s", "CPU s"), ("peak_tree_mb", "peak MB"))
GROWTH_LIMIT = 2.2  # clean and model: CPU and wall growth per doubling of the data (issue 25.2: "no faster than
# their rows"; a linear stage grows by 2.0 plus noise, one with fixed start-up costs by less)
CURVE_MEMORY_MB = 8192.0  # the largest size fits in 8 GB (peak summed RSS of the stage's process tree)


def curve_factors(base: float) -> list[float]:
    return [base * 2**step for step in range(CURVE_DOUBLINGS + 1)]


def run_curve(root: Path, args: argparse.Namespace, log: Path) -> dict:
    """Clean, model, reports and the no-change rebuild at SKALA x 1, 2 and 4, each size in its own
    project root (removed after it unless --keep); the table of wall, CPU and peak memory per stage
    and size, and the growth per doubling."""
    sizes = []
    for factor in curve_factors(args.skala):
        with_reports = args.kurva_laporan_maks is None or factor <= args.kurva_laporan_maks
        size_root = root / f"skala-{factor:g}"
        size_root.mkdir(parents=True, exist_ok=True)
        print(f"\n=== size {factor:g}x Jakarta{'' if with_reports else ' (reports skipped: --kurva-laporan-maks)'} "
              "===", flush=True)
        sizes.append(run_size(size_root, factor, args, log, with_reports))
        if not args.keep:
            shutil.rmtree(size_root, ignore_errors=True)
    curve = curve_summary(sizes)
    print_curve(curve, args)
    return {"sizes": sizes, **curve}


def growth(values: list[float | None]) -> list[float | None]:
    """Each value over the one before (the growth per doubling of the data), None where either is missing."""
    return [round(after / before, 2) if before and after is not None else None
            for before, after in zip(values, values[1:], strict=False)]


def curve_summary(sizes: list[dict]) -> dict:
    """Per stage and metric, the figure at each size and its growth per doubling; the verdicts."""
    factors = [size["factor"] for size in sizes]
    rows_in = {"clean": [size["data"]["raw_rows_total"] for size in sizes],
               "model": [size["processed_rows"] for size in sizes]}
    table: dict[str, dict] = {}
    for stage in CURVE_STAGES:
        per_metric: dict[str, object] = {}
        for metric, _ in CURVE_METRICS:
            values = [size["stages"][stage][metric] if stage in size["stages"] else None for size in sizes]
            per_metric[metric] = {"values": [None if v is None else round(v, 2) for v in values],
                                  "growth": growth(values)}
        per_metric["load"] = [size["stages"][stage]["load_before"] if stage in size["stages"] else None
                              for size in sizes]
        per_metric["other_cpu_s"] = [size["stages"][stage]["other_cpu_s"] if stage in size["stages"] else None
                                     for size in sizes]
        table[stage] = per_metric
    verdicts = {}
    for stage in ("clean", "model"):
        steps = [g for metric in ("cpu_s", "wall_s") for g in table[stage][metric]["growth"] if g is not None]
        verdicts[f"{stage}_growth"] = {"limit": GROWTH_LIMIT, "max": max(steps, default=None),
                                       "rows_growth": growth(rows_in[stage]),
                                       "met": bool(steps) and max(steps) <= GROWTH_LIMIT}
    largest = max((sizes[-1]["stages"][stage]["peak_tree_mb"] for stage in size_stages(sizes[-1])), default=0.0)
    verdicts["memory_at_largest"] = {"limit_mb": CURVE_MEMORY_MB, "peak_mb": round(largest),
                                     "met": largest <= CURVE_MEMORY_MB}
    return {"factors": factors, "rows": rows_in, "table": table, "verdicts": verdicts}


def size_stages(size: dict) -> list[str]:
    return [stage for stage in CURVE_STAGES if stage in size["stages"]]


def print_curve(curve: dict, args: argparse.Namespace) -> None:
    factors = curve["factors"]
    sizes = [f"{factor:g}x" for factor in factors]
    steps = [f"{a}->{b}" for a, b in zip(sizes, sizes[1:], strict=False)]
    width = max(9, *map(len, steps))
    head = f"{'stage':<9} | {'metric':<8} | " + " | ".join(f"{s:>8}" for s in sizes) + " | " + \
        " | ".join(f"{s:>{width}}" for s in steps)
    print(f"\nScale curve ({os.cpu_count()} CPUs; growth = figure at the larger size / at the smaller: 2.0 is "
          "linear in the data)\n")
    print(head)
    print("-" * len(head))
    print(f"{'rows in':<9} | {'clean':<8} | " + " | ".join(f"{v:>8,}" for v in curve["rows"]["clean"]) + " | "
          + " | ".join(f"{g:>{width}.2f}" for g in growth(curve["rows"]["clean"])))
    print(f"{'':<9} | {'model':<8} | " + " | ".join(f"{v:>8,}" for v in curve["rows"]["model"]) + " | "
          + " | ".join(f"{g:>{width}.2f}" for g in growth(curve["rows"]["model"])))
    for stage, per_metric in curve["table"].items():
        label = "no-change" if stage == "rebuild" else stage
        for index, (metric, title) in enumerate(CURVE_METRICS):
            cells = [f"{v:>8.1f}" if v is not None else f"{'skipped':>8}" for v in per_metric[metric]["values"]]
            grown = [f"{g:>{width}.2f}" if g is not None else f"{'-':>{width}}" for g in per_metric[metric]["growth"]]
            print(f"{label if index == 0 else '':<9} | {title:<8} | " + " | ".join(cells) + " | " + " | ".join(grown))
        loads = [f"{load[0]:>8.2f}" if load else f"{'-':>8}" for load in per_metric["load"]]
        print(f"{'':<9} | {'load 1m':<8} | " + " | ".join(loads) + " |")
    if args.kurva_laporan_maks is not None and any(f > args.kurva_laporan_maks for f in factors):
        print(f"\nreports and no-change were SKIPPED above {args.kurva_laporan_maks:g}x (--kurva-laporan-maks / "
              "make bench KURVA_LAPORAN_MAKS=...)")
    print("\nload 1m = /proc/loadavg (1-minute) when the stage started: other people's work on the machine; "
          "CPU s and peak MB depend on it less than wall s")
    for name, verdict in curve["verdicts"].items():
        if name == "memory_at_largest":
            print(f"{factors[-1]:g}x fits in {verdict['limit_mb'] / 1024:g} GB: peak summed RSS of any stage "
                  f"{verdict['peak_mb']:,} MB -> {'yes' if verdict['met'] else 'NO'}")
        else:
            print(f"{name.removesuffix('_growth')}: largest growth per doubling (CPU and wall) "
                  f"{verdict['max']} (rows grow {verdict['rows_growth']}; limit {verdict['limit']}) -> "
                  f"{'yes' if verdict['met'] else 'NO'}")


# --- report ----------------------------------------------------------------------------------------
def row(stage: str, m: dict | None, rows: int | None) -> dict:
    """One line of the table with its target verdict."""
    if m is None:
        return {"stage": stage, "skipped": True}
    wall_target, mem_target = TARGETS.get(stage, (None, None))
    checks, targets = [], []
    if wall_target is not None:
        targets.append(f"<= {wall_target:g} s")
        checks.append(m["wall_s"] <= wall_target)
    if mem_target is not None:
        targets.append(f"<= {mem_target:g} MB")
        checks.append(m["peak_tree_mb"] <= mem_target)
    if stage == "reports" and m.get("speedup") is not None:
        targets.append(f">= {MIN_SPEEDUP:g}x naive")
        checks.append(m["speedup"] >= MIN_SPEEDUP)
    ok = m.get("returncode", 0) == 0 and all(checks)
    return {"stage": stage, "wall_s": round(m["wall_s"], 2), "peak_tree_mb": round(m["peak_tree_mb"], 0),
            "max_proc_mb": round(m["max_proc_mb"], 0), "cpu_s": m.get("cpu_s"),
            "other_cpu_s": m.get("other_cpu_s"), "contended": contended(m), "input_rows": rows,
            "rows_per_s": round(rows / m["wall_s"]) if rows and m["wall_s"] > 0 else None,
            "target": " and ".join(targets) or "-", "met": (ok if targets else None),
            "returncode": m.get("returncode", 0)}


def print_table(rows: list[dict]) -> None:
    head = f"{'stage':<16} | {'wall s':>8} | {'peak MB':>8} | {'max proc MB':>11} | {'CPU s':>7} | " \
           f"{'rows/s':>10} | {'target':<30} | met?"
    print(head)
    print("-" * len(head))
    for r in rows:
        if r.get("skipped"):
            print(f"{r['stage']:<16} | {'skipped':>8} |")
            continue
        met = "-" if r["met"] is None else ("yes" if r["met"] else "NO")
        if r["returncode"]:
            met += f" (exit {r['returncode']})"
        rps = f"{r['rows_per_s']:,}" if r["rows_per_s"] is not None else "-"
        if r["contended"]:
            met += " *"
        print(f"{r['stage']:<16} | {r['wall_s']:>8.1f} | {r['peak_tree_mb']:>8.0f} | {r['max_proc_mb']:>11.0f} | "
              f"{r['cpu_s'] or 0:>7.1f} | {rps:>10} | {r['target']:<30} | {met}")
    busy = [f"{r['stage']} ({r['other_cpu_s']:.0f} CPU-s)" for r in rows if r.get("contended")]
    if busy:
        print(f"* other processes used more than a tenth of the machine meanwhile: {', '.join(busy)}; "
              "those timings are pessimistic")


# --- main ------------------------------------------------------------------------------------------
def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--n-pegawai", type=int, default=73_000)
    p.add_argument("--staff-per-unit", type=int, default=70)
    p.add_argument("--respondents-per-unit", type=int, default=37)
    p.add_argument("--seed", type=int, default=2025)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--skip-naive", action="store_true", help="do not run the naive reference loop")
    p.add_argument("--out", default=str(CODE_ROOT / "bench" / "hasil"), help="folder for the JSON results")
    p.add_argument("--work", default=None, help="project root to build in (default: a new folder in /tmp)")
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    p.add_argument("--profile", action="store_true", help="also cProfile clean, model and one report")
    p.add_argument("--profile-slug", default="provinsi", help="the report profiled (default provinsi)")
    p.add_argument("--skala", type=_factor, default=1.0,
                   help="size of the data as a factor of Jakarta's (73,000 ASN x SKALA); make bench SKALA=2")
    p.add_argument("--kurva", type=_flag, default=False,
                   help="1: the scale curve, SKALA x 1, 2 and 4 (clean, model, reports, no-change at each size; "
                        "no naive loop, no profile); make bench KURVA=1")
    p.add_argument("--kurva-laporan-maks", type=_optional_factor, default=None,
                   help="with --kurva: run reports and no-change only at sizes up to this factor (the others are "
                        "shown as skipped); make bench KURVA=1 KURVA_LAPORAN_MAKS=2")
    p.add_argument("--profile-target", choices=PROFILE_TARGETS, help=argparse.SUPPRESS)  # internal
    p.add_argument("--root", help=argparse.SUPPRESS)  # internal, with --profile-target
    return p.parse_args(argv)


def _factor(text: str) -> float:
    """A size factor as typed (make bench SKALA=0.5): a positive number; empty is 1."""
    if not text.strip():
        return 1.0
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"SKALA harus angka positif (mis. 0.5, 1, 2), bukan {text!r}") from None
    if not 0 < value <= 64:
        raise argparse.ArgumentTypeError(f"SKALA harus di atas 0 dan paling besar 64, bukan {text!r}")
    return value


def _optional_factor(text: str) -> float | None:
    return _factor(text) if text.strip() else None


def _flag(text: str) -> bool:
    """KURVA=1 (or ya): on; empty, 0 or tidak: off."""
    key = text.strip().lower()
    if key in ("", "0", "tidak", "no"):
        return False
    if key in ("1", "ya", "yes"):
        return True
    raise argparse.ArgumentTypeError(f"KURVA harus 1 atau 0, bukan {text!r}")


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.profile_target:  # the child run under cProfile
        profile_target(args.profile_target, Path(args.root), args.profile_slug)
        return 0

    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y-%m-%dT%H%M%S")
    if args.work:
        root = Path(args.work).resolve()
        if root.exists() and any(root.iterdir()):
            raise SystemExit(f"--work {root} is not empty")
        root.mkdir(parents=True, exist_ok=True)
    else:
        root = Path(tempfile.mkdtemp(prefix="evalasn-bench-"))
    log = out / f"bench-{stamp}.log"
    print(f"Project root: {root}\nSubprocess output: {log}\n", flush=True)

    result: dict = {
        "date": stamp, "cpu_count": os.cpu_count(), "platform": platform.platform(),
        "python": platform.python_version(), "machine": platform.machine(),
        "parameters": {k: v for k, v in vars(args).items() if k not in ("profile_target", "root")},
        "memory_note": "peak_tree_mb: peak of summed RSS of the process tree, psutil every 0.1 s (errs high: "
                       "shared pages counted per process); max_proc_mb: largest single process, os.wait4 ru_maxrss",
    }
    try:
        if args.kurva:
            result["kurva"] = run_curve(root, args, log)
        else:
            single = run_size(root, args.skala, args, log, with_reports=True)
            result.update(data=single["data"], size_notes=single["size_notes"], skala=args.skala)
            measured = single["stages"]
            # 4. naive reference
            if not args.skip_naive:
                print("\nNaive reference (papermill, nbconvert, weasyprint command lines, one report at a time)...",
                      flush=True)
                naive = run_naive(root, root, log)
                measured["naive"] = naive
                measured["reports"]["speedup"] = naive["wall_s"] / measured["reports"]["wall_s"]
                print(f"  {naive['wall_s']:.1f} s for {naive['n_reports']} reports; steps {naive['per_step_s']}; "
                      f"failed {naive['failed'] or 'none'}")
            raw_rows, proc_rows = single["data"]["raw_rows_total"], single["processed_rows"]
            table = [row("clean", measured["clean"], raw_rows), row("model", measured["model"], proc_rows),
                     row("reports", measured["reports"], proc_rows), row("rebuild", measured["rebuild"], None),
                     row("naive reports", measured.get("naive"), proc_rows)]
            result.update(stages=measured, table=table, processed_rows=proc_rows)

            print(f"\nResults ({os.cpu_count()} CPUs, {platform.platform()}, Python {platform.python_version()}; "
                  f"size {args.skala:g}x Jakarta; rows/s = input rows / wall s: raw {raw_rows:,} for clean, "
                  f"processed {proc_rows:,} after)\n")
            print_table(table)
            if "naive" in measured:
                print(f"\nreports: naive / optimised = {measured['reports']['speedup']:.2f}x "
                      f"(target >= {MIN_SPEEDUP:g}x)")
            print("peak MB = peak summed RSS of the process tree (psutil, 0.1 s); "
                  "max proc MB = largest single process (wait4 ru_maxrss)")

            # 5. profiles (optional)
            if args.profile:
                result["profiles"] = run_profiles(root, out, stamp, args.profile_slug, log)
    finally:
        target = out / f"bench-{stamp}.json"
        target.write_text(json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        print(f"\nWritten: {target}")
        if args.keep:
            print(f"Kept: {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
