"""One build at a time per checkout: an exclusive flock on build/build.lock.

Every command that writes data/processed/ or reports/ holds it (the command line for its writing
commands; the Makefile runs the make of each writing target under it, ``python -m evalasn.run.lock --
make ...``, so a second make decides what to build only after the first has finished, and finds the
files it built up to date). A second command says whom it waits for (pid and command) and waits; with
``TUNGGU=0`` (``EVALASN_TUNGGU=0``) it refuses at once instead, exit code 75 (EX_TEMPFAIL: try later).
Inside one build the batch still runs reports in parallel.

The lock belongs to an open file, so it goes when its holder ends, however it ends: no stale lock to
remove by hand. The processes started under it (the make, the command line) see ``EVALASN_KUNCI_BUILD``
naming the lock file and do not take it again.

Only the process that took the lock holds it. A child forked from it without exec (the model stage's
last year, evalasn.analysis.background; the batch's pool workers; a fork server) would share the open
file and with it the lock, and keep it after the holder is killed, until the child ends (~20 s for the
model's child): every such child closes its copy at once (``os.register_at_fork``). Closing a copy
leaves the holder's lock in place (flock(2): the lock goes with the last descriptor of the open file).
A process started by exec never gets it (the descriptor is not inheritable, PEP 446).
"""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from evalasn.errors import BuildBusyError
from evalasn.paths import ProjectPaths, project

HELD = "EVALASN_KUNCI_BUILD"  # the lock file an ancestor holds (set for the processes started under it)
WAIT = "EVALASN_TUNGGU"  # "0": refuse at once when another build holds the lock
EXIT_BUSY = 75  # sysexits EX_TEMPFAIL: another build is running, try again later
__all__ = ["BuildBusyError", "held", "run_locked"]

_OPEN: set[int] = set()  # descriptors of the lock file this process has open (a forked child closes them)


def _close_in_forked_child() -> None:
    for handle in _OPEN:
        try:
            os.close(handle)
        except OSError:
            pass
    _OPEN.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_in_forked_child)


def lock_file(paths: ProjectPaths) -> Path:
    return paths.root / "build" / "build.lock"


def waits() -> bool:
    """Whether a command waits for another build (the default) rather than refusing at once."""
    return os.environ.get(WAIT, "1").strip() not in ("0", "tidak", "no")


@contextmanager
def held(paths: ProjectPaths, wait: bool | None = None) -> Iterator[None]:
    """Hold the build lock of ``paths.root`` for the block (at once when an ancestor holds it)."""
    path = lock_file(paths)
    if os.environ.get(HELD) == str(path):
        yield
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)  # not inheritable: O_CLOEXEC
    _OPEN.add(handle)
    try:
        _acquire(handle, waits() if wait is None else wait)
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"{_holder_pid()} {_holder_command()}\n".encode(), 0)
        os.environ[HELD] = str(path)
        try:
            yield
        finally:
            os.environ.pop(HELD, None)
            os.ftruncate(handle, 0)
    finally:
        _OPEN.discard(handle)
        os.close(handle)  # releases the lock


def _acquire(handle: int, wait: bool) -> None:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        pass
    other = os.pread(handle, 4096, 0).decode("utf-8", "replace").strip() or "pid tidak diketahui"
    pid, _, command = other.partition(" ")
    who = f"pid {pid}: {command}" if command else other
    if not wait:
        raise BuildBusyError(f"build lain sedang berjalan di checkout ini ({who}); coba lagi setelah selesai, atau "
                             "jalankan tanpa TUNGGU=0 untuk menunggunya")
    print(f"Menunggu build lain di checkout ini selesai ({who})...", file=sys.stderr, flush=True)
    fcntl.flock(handle, fcntl.LOCK_EX)
    print("Build lain selesai; yang sudah dibuatnya tidak dibuat ulang.", file=sys.stderr, flush=True)


def _holder_pid() -> int:
    """The pid to show a waiting command: the make that started this wrapper, else this process."""
    return int(os.environ.get("_EVALASN_MAKE_PID") or os.getpid())


def _holder_command() -> str:
    return " ".join(os.environ.get("_EVALASN_MAKE_COMMAND", "").split()) or \
        " ".join(["evalasn", *sys.argv[1:]])[:200]


def _parent_make() -> tuple[int, str] | None:
    """The pid and command line of the make that runs this wrapper (Linux /proc), if it is one. make
    runs a recipe line through the shell when it must: then the make is one process further up."""
    pid = os.getppid()
    words = _command_line(pid)
    if words and Path(words[0]).name in ("bash", "sh"):
        try:
            pid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            return None
        words = _command_line(pid)
    if not words or "make" not in Path(words[0]).name:
        return None
    return pid, " ".join(["make", *words[1:]])[:200]


def _command_line(pid: int) -> list[str]:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return []
    return [word.decode("utf-8", "replace") for word in raw.split(b"\0") if word]


STOPPED_LINE = ("Dihentikan ({how}). Keluaran lengkap sebelumnya tetap utuh; jalankan perintah yang sama untuk "
                "melanjutkan.")


def stopped_line(signum: int) -> str:
    """The one line a build stopped by ``signum`` ends with."""
    return STOPPED_LINE.format(how="Ctrl-C" if signum == signal.SIGINT else signal.Signals(signum).name)


class _Stop(Exception):
    """A signal arrived while this process waited for the lock."""


def run_locked(command: list[str]) -> int:
    """Run ``command`` holding the build lock; its exit code.

    Stopped by Ctrl-C or SIGTERM (make passes SIGTERM on to its recipe), this process ends the command,
    says so in one line and exits 0: the make that runs it was stopped by the same signal and ends with
    130 or 143 on its own, without a line of its own about a failed recipe."""
    paths = project()
    make = _parent_make()
    if make:
        os.environ["_EVALASN_MAKE_PID"], os.environ["_EVALASN_MAKE_COMMAND"] = str(make[0]), make[1]
    state: dict = {"signal": None, "child": None}

    def stop(signum, frame):
        state["signal"] = signum
        child = state["child"]
        if child is None:
            raise _Stop
        if signum == signal.SIGTERM:  # Ctrl-C reached the whole process group, the command too
            child.send_signal(signum)

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    # Ctrl-C reaches the command as it reaches this process: the command's first words about it may be read
    # before the handler above has run. The signal's number, written at once to a wake-up pipe, closes that gap.
    woken, wake = os.pipe()
    os.set_blocking(woken, False)
    os.set_blocking(wake, False)
    signal.set_wakeup_fd(wake)

    def stopping() -> bool:
        try:
            number = os.read(woken, 16)
        except BlockingIOError:
            number = b""
        if number and state["signal"] is None:
            state["signal"] = number[0]
        return state["signal"] is not None

    try:
        with held(paths):
            child = state["child"] = subprocess.Popen(command, stderr=subprocess.PIPE)
            assert child.stderr is not None
            for line in iter(child.stderr.readline, b""):  # the command's messages, as they come
                if not stopping():  # once stopped, what the ending command says is not news
                    sys.stderr.buffer.write(line)
                    sys.stderr.flush()
            code = child.wait()
    except BuildBusyError as error:
        print(f"GALAT: {error}", file=sys.stderr)
        return EXIT_BUSY
    except _Stop:
        pass
    if state["signal"] is not None:
        print(stopped_line(state["signal"]), file=sys.stderr, flush=True)
        return 0
    return 128 - code if code < 0 else code


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        print("pemakaian: python -m evalasn.run.lock -- <perintah> [argumen...]", file=sys.stderr)
        return 2
    return run_locked(args)


if __name__ == "__main__":
    sys.exit(main())
