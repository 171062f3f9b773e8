"""Build many reports: papermill in a bounded pool of processes, one kernel per report.

Each report executes notebooks/03_laporan.ipynb in its own working folder
(reports/<slug>/_build/<tahun>-<bahasa>/) with a kernel of its own (forked by the worker's fork
server on the fast path, evalasn.run.fastpath), then renders HTML, PDF, Word and the key-figures
workbook in the same worker with a Renderer built once per worker (``worker_session``). The
provinsi report, the longest, starts first, then the others by size (``longest_first``). A report whose inputs
(hasil.json, the notebook, the report code, the parameters) have not changed since its last build is skipped. One
failed report does not stop the others; the summary names the executed notebook that shows each error.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing.util
import os
import shutil
import sys
import time
import traceback
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from evalasn.constants import CELL_TIMEOUT_S
from evalasn.errors import EvalasnError, StaleResultsError, user_error_names
from evalasn.files import write_atomically
from evalasn.paths import NOTEBOOKS, ProjectPaths
from evalasn.registry import PROVINCE_SLUG, official_name
from evalasn.report import published_plan
from evalasn.report.config import LAPORAN_FILE, TARGET_FILE, config_file
from evalasn.run import deadline, failures, staging, timestamps
from evalasn.run.fastpath import contexts, docx_runs, docx_zip, flow, garbage, sheet_files, sheet_rows
from evalasn.run.fastpath import glyphs as fast_glyphs
from evalasn.run.fastpath import html_parse as fast_html_parse
from evalasn.run.fastpath import kernels as fast_kernels
from evalasn.run.fastpath import lengths as fast_lengths
from evalasn.run.fastpath import line_breaks as fast_line_breaks
from evalasn.run.fastpath import page_counters as fast_page_counters
from evalasn.run.fastpath import pdf as fast_pdf
from evalasn.run.fastpath import styles as fast_styles
from evalasn.run.fastpath import text_layouts as fast_text_layouts
from evalasn.run.fastpath import workers as fast_workers

if TYPE_CHECKING:
    from evalasn.report.formats.render import Renderer

REPORT_NOTEBOOK = NOTEBOOKS / "03_laporan.ipynb"
REPORT_NOTEBOOK_ENV = "EVALASN_REPORT_NOTEBOOK"  # another report notebook (tests build an evaluator's copy)
PACKAGE = Path(__file__).resolve().parents[1]
# The code a report runs, as the Makefile's REPORT_SRC lists it: the package without ingest/ and
# without the modules no stage runs (docs*.py, sample.py); the report templates included.
REPORT_CODE_PARTS = ("*.py", "analysis/*.py", "analysis/contract/*.py", "report/**/*", "run/**/*.py")
REPORT_CODE_SKIPPED = ("docs.py", "docs_schema.py", "docs_contract.py", "sample.py")


@dataclass(frozen=True)
class Job:
    slug: str
    bahasa: str = "id"
    tahun: int = 0


@dataclass
class Outcome:
    job: Job
    ok: bool
    seconds: float
    skipped: bool = False
    error: str | None = None
    notebook: Path | None = None
    trace: str | None = None  # the traceback, when the error is a defect rather than the user's to fix


def report_notebook() -> Path:
    """notebooks/03_laporan.ipynb, or the notebook $EVALASN_REPORT_NOTEBOOK names."""
    return Path(os.environ.get(REPORT_NOTEBOOK_ENV) or REPORT_NOTEBOOK)


def build_all(paths: ProjectPaths, jobs: list[Job], workers: int = 2, quiet: bool = False,
              force: bool = False) -> list[Outcome]:
    """Build every job (skipping those up to date); returns one outcome per job, in job order."""
    jobs = [_year_or_same(paths, j) for j in jobs]
    staging.sweep(paths.model_work)  # what interrupted builds left (evalasn.run.staging), model results first
    for slug in sorted({job.slug for job in jobs}):
        staging.sweep(paths.report_dir(slug) / "_build")
        staging.sweep(paths.report_dir(slug))
    todo = [j for j in jobs if force or not up_to_date(paths, j)]
    for job in jobs:
        if job not in todo and job.tahun:  # up to date: a failed notebook beside it is from other inputs
            failed_notebook(paths.report_notebook(job.slug, job.bahasa, job.tahun)).unlink(missing_ok=True)
    todo.sort(key=lambda j: longest_first(paths, j))  # no lone long report at the end
    code = report_code_digest()  # the code the workers and kernels load from here on (see build_one)
    done = [Outcome(j, True, 0.0, skipped=True) for j in jobs if j not in todo]
    start = time.monotonic()
    outcomes: list[Outcome] = list(done)
    if todo and (workers <= 1 or len(todo) == 1):
        with worker_session() as renderer:
            for finished, job in enumerate(todo, 1):
                outcomes.append(build_one(paths.root, job, renderer, code))
                _progress(outcomes[-1], finished, len(todo), start, quiet)
    elif todo:
        agencies = {(job.tahun, job.bahasa) for job in todo if job.slug != PROVINCE_SLUG and job.tahun}
        with fast_workers.pool_context(paths.root, agencies) as context:
            pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, mp_context=context)
            # the whole life of the pool in the try: a Ctrl-C while the workers are forked or the jobs handed out
            # (a few seconds under load) left the `with pool` block, whose exit waited for every report
            try:
                futures = {pool.submit(_build_in_worker, str(paths.root), job, code): job for job in todo}
                for finished, future in enumerate(as_completed(futures), 1):
                    outcomes.append(_result(future, futures[future]))
                    _progress(outcomes[-1], finished, len(todo), start, quiet)
            except KeyboardInterrupt:  # Ctrl-C or SIGTERM: stop now; the sets already moved in are complete
                _stop_pool(pool)
                raise
            pool.shutdown(wait=True)
    order = {job: i for i, job in enumerate(jobs)}
    return sorted(outcomes, key=lambda o: order[o.job])


def _stop_pool(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now, none of the reports not yet finished built (a report half-built stays in its
    working folder, swept next run)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def longest_first(paths: ProjectPaths, job: Job) -> tuple[bool, int]:
    """The order jobs are handed to the workers: provinsi (the longest report) first, then the larger results
    first (a report's pages and tables grow with its hasil.json, 84-590 KB for the dinas at Jakarta scale), so the
    last jobs, run while the other worker finishes its own, are the shortest; ties keep the given order."""
    results = paths.hasil(job.slug, job.tahun)
    return job.slug != PROVINCE_SLUG, -(results.stat().st_size if job.tahun and results.is_file() else 0)


WORKER_LOST = ("proses worker laporan berhenti mendadak (dihentikan sistem, mis. kehabisan memori, atau kill -9); "
               "laporan ini tidak dibuat, set sebelumnya tetap utuh; jalankan perintah yang sama lagi")


def _result(future, job: Job) -> Outcome:
    """A pool job's outcome; a worker killed from outside (out of memory, kill -9) breaks the pool, and
    this job, like every one not finished yet, is reported as not built instead of ending the batch with a
    traceback."""
    try:
        return future.result()
    except BrokenProcessPool:
        return Outcome(job, False, 0.0, error=WORKER_LOST)


def build_one(root: str | Path, job: Job, renderer, code: bytes | None = None) -> Outcome:
    """Execute the report notebook for one job and render its HTML, PDF, DOCX and XLSX. ``code``: the digest
    of the report code as the batch found it before its workers and kernels loaded it (default: now)."""
    from evalasn.paths import project

    paths = project(root)
    started = time.monotonic()
    try:
        job = with_year(paths, job)
    except StaleResultsError as error:
        return Outcome(job, False, 0.0, error=str(error))
    # the fingerprint of what this build reads, taken before it reads it: recorded after the build, it matches
    # the inputs and code at the next check only if nothing changed meanwhile (an edit of src/ during `make
    # reports` was recorded as the code of reports its workers built with the code loaded before the edit)
    built_from = fingerprint(paths, job, code)
    work = work_dir(paths, job)
    work.mkdir(parents=True, exist_ok=True)
    executed = paths.report_notebook(job.slug, job.bahasa, job.tahun)
    html, pdf, docx, xlsx = paths.report_outputs(job.slug, job.bahasa, job.tahun)
    staged = {final: work / final.name for final in (executed, html, pdf, docx, xlsx)}  # one set, moved in together
    try:
        staged |= stage_results(paths, job, work)
        results_copy = staged[paths.report_hasil(job.slug, job.tahun)]  # what the set publishes and the PDF embeds
        run_report_notebook(staged[executed], work,
                            {"dinas": job.slug, "tahun": job.tahun, "bahasa": job.bahasa, "root": str(paths.root)})
        timestamps.remove_clock(staged[executed], executed)
        hasil = json.loads(results_copy.read_text(encoding="utf-8"))
        title = _title(job.slug, hasil["tahun"], job.bahasa)
        deadline.render_within_limit(  # bounded, retried once, reported (RENDER_TIMEOUT_S)
            lambda: renderer.render(staged[executed], staged[html], staged[pdf], title, job.bahasa,
                                    bool(hasil.get("sintetis")), hasil_path=results_copy,
                                    docx_path=staged[docx], xlsx_path=staged[xlsx], root=paths.root),
            f"{job.slug} ({job.bahasa})")
        staging.commit([(source, final) for final, source in staged.items()], work / staging.READY)
        if not paths.hasil_previous(job.slug, job.tahun).exists():  # the model found no year before
            paths.report_hasil_previous(job.slug, job.tahun).unlink(missing_ok=True)
        failed_notebook(executed).unlink(missing_ok=True)  # an earlier failure, now fixed
        write_atomically(_stamp(paths, job), json.dumps({"sidik": built_from}))
        shutil.rmtree(work, ignore_errors=True)
        return Outcome(job, True, time.monotonic() - started, notebook=executed)
    except Exception as error:  # one report's failure must not stop the batch
        kept = failed_notebook(executed)
        if staged[executed].exists():
            staged[executed].replace(kept)
        return Outcome(job, False, time.monotonic() - started, error=_short_error(error, report_notebook(), paths.root),
                       notebook=kept if kept.exists() else None, trace=_defect_trace(error))


def stage_results(paths: ProjectPaths, job: Job, work: Path) -> dict[Path, Path]:
    """The model's results the report is built from (hasil-<tahun>.json, and -tahun-lalu.json when the
    model computed the year before), copied into its working folder: published beside the report as part
    of its set, so the results next to a report are always the ones it shows. Final name -> staged copy."""
    staged = {}
    slug, tahun = job.slug, job.tahun
    for source, final in ((paths.hasil(slug, tahun), paths.report_hasil(slug, tahun)),
                          (paths.hasil_previous(slug, tahun), paths.report_hasil_previous(slug, tahun))):
        if source.exists():
            shutil.copyfile(source, work / final.name)
            staged[final] = work / final.name
    if paths.report_hasil(job.slug, job.tahun) not in staged:
        raise StaleResultsError(f"belum ada hasil {job.slug} untuk tahun {job.tahun}; jalankan make report "
                                f"DINAS={job.slug} TAHUN={job.tahun} agar tahap model dijalankan untuk tahun itu")
    return staged


def failed_notebook(executed: Path) -> Path:
    """Where the executed notebook of a failed build is kept (beside the previous complete set)."""
    return executed.with_name(executed.stem + ".gagal.ipynb")


def with_year(paths: ProjectPaths, job: Job) -> Job:
    """The job with its year resolved (0 = the latest year with results for its scope), so every
    output name carries the year."""
    return job if job.tahun else Job(job.slug, job.bahasa, paths.latest_year(job.slug))


def _year_or_same(paths: ProjectPaths, job: Job) -> Job:
    try:
        return with_year(paths, job)
    except StaleResultsError:  # no results: build_one reports it
        return job


def work_dir(paths: ProjectPaths, job: Job) -> Path:
    """The job's own working folder: its kernel's IPC sockets, kernel.log, the notebook being
    executed and the report's files until they are moved in (evalasn.run.staging). One per process
    and (year, language), so reports built at the same time (id and en of one scope, or two commands)
    never share sockets: two kernels in one folder pick the same socket names and then read each
    other's messages ("Invalid Signature"), and the report fails as "Kernel didn't respond"."""
    return staging.work_dir(paths.report_dir(job.slug) / "_build", f"{job.tahun or 'terbaru'}-{job.bahasa}")


KERNEL_START_TRIES = 2  # a kernel that fails to start, dies or stops answering is retried once, then reported


def run_report_notebook(output: Path, cwd: Path, parameters: dict) -> None:
    """Execute the report notebook; a kernel that did not start or died is retried once with a
    fresh kernel (cell errors are not retried: they are the notebook's own)."""
    for attempt in range(1, KERNEL_START_TRIES + 1):
        try:
            run_notebook(report_notebook(), output, cwd, parameters)
            return
        except KernelFailure as error:
            if attempt == KERNEL_START_TRIES:
                raise
            print(f"Peringatan: kernel laporan {parameters.get('dinas')} ({parameters.get('bahasa')}) gagal "
                  f"({error}); dicoba sekali lagi.", file=sys.stderr, flush=True)


class KernelFailure(RuntimeError):
    """The report's kernel did not start, did not answer, or died (not an error in a cell)."""


def run_notebook(notebook: Path, output: Path, cwd: Path, parameters: dict, timeout: int | None = None) -> None:
    """Execute ``notebook`` with papermill in ``cwd`` (one kernel, talking over local IPC sockets
    inside ``cwd``, so parallel reports never share ports or files); a cell silent for ``timeout``
    seconds (CELL_TIMEOUT_S unless given) means the kernel stopped answering."""
    import papermill
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    timeout = CELL_TIMEOUT_S if timeout is None else timeout

    try:
        papermill.execute_notebook(str(notebook), str(output), parameters=parameters, kernel_name="python3",
                                   cwd=str(cwd), progress_bar=False, log_output=False,
                                   execution_timeout=timeout,  # a kernel that stops answering
                                   request_save_on_cell_execute=False,  # written once at the end (or on error)
                                   # every output has arrived when the last cell ends; a graceful stop
                                   # only waits for the kernel to exit (polled every 0.1 s): 0.15 s a report
                                   shutdown_kernel="immediate",
                                   kernel_manager_class="evalasn.run.batch.IPCKernelManager")
    except DeadKernelError as error:
        raise KernelFailure(str(error)) from error
    except CellTimeoutError as error:
        raise KernelFailure(f"kernel tidak menjawab dalam {timeout} detik") from error
    except RuntimeError as error:
        # nbclient signals a kernel that never answered its first request with a plain RuntimeError
        if "didn't respond" in str(error) or "Kernel died" in str(error):
            raise KernelFailure(str(error)) from error
        raise


def _ipc_kernel_manager():
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class IPCKernelManager(AsyncKernelManager):
        @default("transport")
        def _default_transport(self):
            return "ipc"

        @default("client_factory")
        def _default_client_factory(self):
            return fast_kernels.client_class()

        async def _async_wait(self, pollinterval: float = 0.1) -> None:
            await super()._async_wait(fast_kernels.exit_poll_interval(pollinterval))

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            cwd = str(kw.get("cwd") or os.getcwd())
            if fast_kernels.launch(self, kernel_cmd, cwd, kw.get("env") or dict(os.environ)):
                return
            # the kernel's own log lines (e.g. at shutdown) go to kernel.log in its working folder,
            # not between the batch's progress lines; errors still reach the executed notebook
            with open(Path(cwd) / "kernel.log", "ab") as log:
                kw["stderr"] = log
                return await super()._async_launch_kernel(kernel_cmd, **kw)

    return IPCKernelManager


def __getattr__(name: str):  # the kernel manager class is built on first use (jupyter_client is heavy)
    if name == "IPCKernelManager":
        globals()[name] = _ipc_kernel_manager()
        return globals()[name]
    raise AttributeError(name)


def _title(slug: str, tahun: int, bahasa: str) -> str:
    """The documents' title (HTML <title>, PDF and DOCX properties) in the report's language."""
    from evalasn.report.words.titles import document_title

    return document_title(slug, official_name(slug), tahun, bahasa)


def _short_error(error: Exception, notebook: Path | None = None, root: Path | None = None) -> str:
    from papermill.exceptions import PapermillExecutionError

    if isinstance(error, PapermillExecutionError):
        where = f" — di {failed_at(error, notebook or report_notebook(), root)}"
        if error.ename in user_error_names():
            return strip_ansi(error.evalue).strip() + where
        return strip_ansi(f"{error.ename}: {error.evalue}").strip() + where
    if isinstance(error, (EvalasnError, deadline.RenderTimeout)):
        return str(error)
    if isinstance(error, KernelFailure):
        return f"kernel laporan {str(error).removeprefix('kernel ')}, dua kali (dicoba ulang sekali dengan kernel baru)"
    return "".join(traceback.format_exception_only(type(error), error)).strip()


def failed_at(error, notebook: Path, root: Path | None = None) -> str:
    """Where a cell failed: the line of the notebook's paired script (notebooks/<name>.py, which the
    evaluator edits), else the cell as the executed notebook shows it."""
    line = failures.script_line(notebook, error.source or "", error.traceback or [], root or notebook.parent)
    return line or failed_cell(error.exec_count, error.source)


def failed_cell(exec_count, source: str) -> str:
    """How the summary names a failed cell: its execution number, as the executed notebook shows
    it, and its first line ('sel In [12] "tampilkan_tabel(per_unit, ...)"')."""
    lines = [line.strip() for line in (source or "").splitlines() if line.strip()]
    first = lines[0] if lines else ""
    first = first if len(first) <= 70 else first[:67] + "..."
    return f'sel In [{exec_count}] "{first}"'


def _defect_trace(error: Exception) -> str | None:
    """The traceback to show with a failure that is not the user's to fix (None for one that is)."""
    from papermill.exceptions import PapermillExecutionError

    if isinstance(error, PapermillExecutionError):
        return None if error.ename in user_error_names() else failures.cell_traceback(error.traceback)
    if isinstance(error, (EvalasnError, KernelFailure, deadline.RenderTimeout)):
        return None
    return "".join(traceback.format_exception(error)).rstrip()


strip_ansi = failures.strip_ansi


# --- up-to-date check ------------------------------------------------------------------------
def fingerprint(paths: ProjectPaths, job: Job, code: bytes | None = None) -> str:
    """Hash of everything a report depends on: its hasil.json (and last year's, computed with it), the quality
    log, the returned follow-up sheets, last year's published follow-up plans (``published_plans``), the notebook,
    the report configuration (config/laporan.yml, config/target.yml), the code it runs (``code``, a
    report_code_digest; default: the code on disk now) and the parameters."""
    digest = hashlib.sha256(json.dumps([job.slug, job.bahasa, job.tahun]).encode())
    digest.update(notebook_inputs(report_notebook()))
    digest.update(report_code_digest() if code is None else code)
    config = [config_file(paths, name) for name in (LAPORAN_FILE, TARGET_FILE)]  # report configuration
    # last year's results and the agencies' returned follow-up sheets: the review of last year's plan (issue 24)
    follow_up = [paths.hasil_previous(job.slug, job.tahun), paths.table("tindak_lanjut")]
    # a dinas report: the province's results, whose plan rows it carries out and whose answers it quotes, and the
    # province's of last year, whose plan rows its plan of last year made again carries (CHECK12 C12-13)
    if job.slug != PROVINCE_SLUG:
        follow_up += [paths.hasil(PROVINCE_SLUG, job.tahun), paths.hasil_previous(PROVINCE_SLUG, job.tahun)]
    for path in [paths.hasil(job.slug, job.tahun), paths.quality_log, *config, *follow_up,
                 *published_plans(paths, job.slug, job.tahun - 1)]:
        if path.is_file():
            # the published plans of several scopes share a name: each by its place
            digest.update(str(path.relative_to(paths.root) if path.is_relative_to(paths.root) else path.name).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def published_plans(paths: ProjectPaths, slug: str, tahun: int) -> list[Path]:
    """Where the follow-up plans of ``tahun`` a report of the year after judges are published (report.
    published_plan.files): its own scope's; the province report's, every scope's (it judges each dinas). By content:
    a changed, removed or restored published plan rebuilds the report that judges it."""
    if slug != PROVINCE_SLUG:
        return list(published_plan.files(paths, slug, tahun))
    folders = sorted(p for p in paths.reports.glob("*") if p.is_dir()) if paths.reports.is_dir() else []
    return [path for folder in folders for path in published_plan.files(paths, folder.name, tahun)]


_CODE_DIGEST: dict[tuple, bytes] = {}


def report_code_files() -> list[Path]:
    """The files of REPORT_CODE_PARTS, sorted (the Makefile's REPORT_SRC within the package)."""
    return sorted({f for part in REPORT_CODE_PARTS for f in PACKAGE.glob(part)
                   if f.is_file() and f.name not in REPORT_CODE_SKIPPED and "__pycache__" not in f.parts})


def report_code_digest() -> bytes:
    """SHA-256 of the report code (report_code_files), read once per set of files and sizes in a
    process: a batch checks 22 or more reports against the same code."""
    files = report_code_files()
    key = tuple((str(path), (stat := path.stat()).st_size, stat.st_mtime_ns) for path in files)
    if key not in _CODE_DIGEST:
        digest = hashlib.sha256()
        for path in files:
            digest.update(str(path.relative_to(PACKAGE)).encode())
            digest.update(path.read_bytes())
        _CODE_DIGEST.clear()
        _CODE_DIGEST[key] = digest.digest()
    return _CODE_DIGEST[key]


def notebook_inputs(path: Path) -> bytes:
    """What a notebook asks the kernel to do (its cells' types, sources and tags), without the
    outputs a JupyterLab session saved: running the notebook by hand does not rebuild every report."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    cells = [[c.get("cell_type"), "".join(c.get("source", "")), c.get("metadata", {}).get("tags", [])]
             for c in nb.get("cells", [])]
    return json.dumps([str(path.name), cells], ensure_ascii=False).encode()


def _stamp(paths: ProjectPaths, job: Job) -> Path:
    return paths.report_dir(job.slug) / "_build" / f"stempel-{job.tahun}-{job.bahasa}.json"


def up_to_date(paths: ProjectPaths, job: Job) -> bool:
    try:
        job = with_year(paths, job)
    except StaleResultsError:
        return False
    stamp = _stamp(paths, job)
    outputs = (*paths.report_outputs(job.slug, job.bahasa, job.tahun), paths.report_hasil(job.slug, job.tahun))
    if not (stamp.exists() and all(p.exists() for p in outputs)):
        return False
    return json.loads(stamp.read_text(encoding="utf-8")).get("sidik") == fingerprint(paths, job)


# --- workers and progress --------------------------------------------------------------------
_WORKER_RENDERER: Renderer | None = None  # a pool worker's Renderer (set by _init_worker)


@contextmanager
def worker_session(renderer: Renderer | None = None) -> Iterator[Renderer]:
    """This process as one batch worker, for as long as the block runs: the kernel fork server
    started (fast path; it preloads in the background while the conversion stack is imported
    here) and a Renderer built (or ``renderer``, one already built); yields the Renderer for
    ``build_one``, stops the server after."""
    from evalasn.report.formats.render import Renderer

    fast_kernels.start_server()
    try:
        renderer = renderer or Renderer()
        fast_pdf.install()
        fast_glyphs.install()
        fast_text_layouts.install()
        fast_lengths.install()
        fast_line_breaks.install()
        fast_styles.install()
        contexts.install()
        flow.install()
        fast_page_counters.install()
        fast_html_parse.install()
        docx_zip.install()
        docx_runs.install()
        sheet_rows.install()
        sheet_files.install()
        garbage.settle(worker=True)
        yield renderer
    finally:
        fast_kernels.stop_server()


def _init_worker() -> None:
    """Pool worker initializer: a worker session that lasts as long as the worker process."""
    global _WORKER_RENDERER
    import signal

    # the batch's own process answers Ctrl-C and SIGTERM (it stops the workers); a worker has no line to add
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    session = worker_session(fast_workers.inherited_renderer())
    _WORKER_RENDERER = session.__enter__()
    # pool workers end with os._exit, past atexit; multiprocessing still runs its finalizers, so the
    # fork server is stopped and reaped (and its CPU time counted with the batch's)
    multiprocessing.util.Finalize(None, session.__exit__, args=(None, None, None), exitpriority=10)


def _build_in_worker(root: str, job: Job, code: bytes | None = None) -> Outcome:
    assert _WORKER_RENDERER is not None, "the pool initializer builds it"
    return build_one(root, job, _WORKER_RENDERER, code)


def _progress(outcome: Outcome, finished: int, total: int, start: float, quiet: bool) -> None:
    if quiet:
        return
    elapsed = time.monotonic() - start
    remaining = elapsed / finished * (total - finished)
    status = "selesai" if outcome.ok else "GAGAL"
    print(f"[{finished:>3}/{total}] {outcome.job.slug} ({outcome.job.bahasa}) {status} dalam {outcome.seconds:.1f} s · "
          f"berlalu {elapsed:.0f} s · perkiraan sisa {remaining:.0f} s", file=sys.stderr, flush=True)


def summary(outcomes: list[Outcome], paths: ProjectPaths) -> str:
    """The closing lines of a batch: what was built, skipped and failed (with the notebook to open)."""
    built = [o for o in outcomes if o.ok and not o.skipped]
    skipped = [o for o in outcomes if o.skipped]
    failed = [o for o in outcomes if not o.ok]
    lines = [f"Laporan: {len(built)} dibuat, {len(skipped)} sudah mutakhir, {len(failed)} gagal."]
    shown: set[str] = set()
    for failure in failed:
        where = f" — lihat {os.path.relpath(failure.notebook, paths.root)}" if failure.notebook else ""
        lines.append(f"  GAGAL {failure.job.slug} ({failure.job.bahasa}): {failure.error}{where}")
        if failure.trace and failure.trace in shown:
            lines.append("    (traceback sama seperti di atas)")
        elif failure.trace:
            lines.append("    " + failure.trace.replace("\n", "\n    "))
            shown.add(failure.trace)
    return "\n".join(lines)
