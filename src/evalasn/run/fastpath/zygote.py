"""A fork server for report kernels: import the kernel and the report code once, fork a new
kernel process for every report.

Starting an IPython kernel and importing pandas, matplotlib, seaborn and the report package
costs about 2.4 s of CPU, more than a third of a report. The fork server (``python -m
evalasn.run.fastpath.zygote``, one per batch worker) pays it once: it imports those modules, runs no
report code, and for each request forks a child that becomes a fresh ipykernel. Every report
still has its own kernel process, working folder and IPC sockets; only the already-imported
modules are shared, copy-on-write. Each child starts from the same untouched state, because the
server itself never executes a notebook.

Protocol (one request at a time per client, JSON lines): the client writes ``{"args", "cwd", "env"}``;
the server answers ``{"pid"}`` after the fork and ``{"exit"}`` when that kernel has ended. A worker's
own server (``ZygoteClient()``) talks over its stdin and stdout. The server shared by a batch's pool
workers (``SharedServer``, started by the batch's own process) also accepts clients on a Unix socket in
a private folder (``ZygoteClient.connect``), one connection per worker, each with its own kernel at a
time. The server exits at end of its stdin, or when its parent process dies.

Shared by the pool's workers, the preloading is paid once per batch instead of once per worker: 1.7-1.8 s
of CPU per worker after the first (the server's CPU to "ready", 2 runs, 5 Dec 2026).

``ZygoteClient`` is the worker's side; ``ForkedKernel`` looks to jupyter_client like the
``Popen`` of a kernel (poll, wait, send_signal, kill), so papermill and nbclient run unchanged
(evalasn.run.fastpath.kernels hands it over).

Breaks if: ipykernel's ``kernelapp.launch_new_instance`` stops accepting ``argv`` or starts threads
at import (the server checks and refuses to fork), or a preloaded module starts a thread at import
(same check). Linux-only parts (``prctl`` through ctypes) degrade to the parent poller elsewhere.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable

from evalasn.run.fastpath import figures, garbage, glyph_bitmaps, imports, markers, ticks

KERNEL_MODULE = "ipykernel_launcher"
# what a report kernel imports, imported once in the server: the kernel (with its debugger
# support, debugpy, which the kernel otherwise imports at start-up: 0.25 s) and the report code
# of notebooks/03_laporan.ipynb, with the Parquet reader the report's data come through (pandas imports
# pyarrow.parquet and its dataset modules at the first read_parquet: 0.014-0.016 s of CPU in every kernel, 3 runs;
# they start no thread), and what IPKernelApp.initialize imports in every kernel (its pdb and debugger, the history's
# sqlite3, psutil, the storemagic extension, tornado's asyncio platform: 0.013 CPU-s of a forked kernel's 0.067 to
# its first cell, 16 runs; none starts a thread)
KERNEL_START = ("IPython.core.debugger", "IPython.core.completerlib", "IPython.core.oinspect",
                "IPython.extensions.storemagic", "IPython.utils.wildcard", "sqlite3", "psutil", "faulthandler",
                "resource", "tornado.platform.asyncio")
PRELOAD = ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.debugger", "IPython.display",
           "evalasn.report.chapters.sections", "evalasn.report.evaluator", "pyarrow.parquet", "pyarrow.dataset",
           *KERNEL_START)
READY_TIMEOUT_S = 120  # preloading takes ~2.5 s; a cold disk cache on a busy machine, far more
EXTRA_PRELOAD_ENV = "EVALASN_FASTPATH_PRELOAD"  # comma-separated modules an edited report notebook also imports
LISTENER_ENV = "EVALASN_ZYGOTE_LISTENER"  # the shared server's listening socket (a file descriptor number)
RESULTS_ENV = "EVALASN_ZYGOTE_RESULTS"  # the batch's project root: its scopes' results parsed before forking
PROVINCES_ENV = "EVALASN_ZYGOTE_PROVINCES"  # the agency reports' years and languages: "2025:id,2025:en"
RESULTS_MAX_BYTES = 64 * 2**20  # more results than that (many years, a far larger province) are read per kernel
SOCKET_NAME = "zygote.sock"


class ZygoteError(RuntimeError):
    """The fork server could not start or answer; the caller launches the kernel the usual way."""


# --- the worker's side -----------------------------------------------------------------------
class ZygoteClient:
    """One fork server, started in the background; ``spawn`` forks one kernel at a time."""

    def __init__(self, connection: socket.socket | None = None) -> None:
        """A server of this process's own (started here), or ``connection`` to a shared one."""
        self._buffer = b""
        self._ready = False
        self._ended = False  # the server closed the connection
        self.busy = False
        self.connection = connection
        self.process: subprocess.Popen | None = None
        self._write: Callable[[bytes], object]
        if connection is not None:
            self._write, self._read_fd = connection.sendall, connection.fileno()
            return
        self.process = _start_server()
        assert self.process.stdin is not None and self.process.stdout is not None  # both are pipes
        self._write, self._read_fd = self.process.stdin.write, self.process.stdout.fileno()

    @classmethod
    def connect(cls, address: str) -> ZygoteClient:
        """A client of the shared server listening at ``address`` (``SharedServer.address``)."""
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            connection.connect(address)
        except OSError as error:
            connection.close()
            raise ZygoteError(f"server fork kernel bersama tidak dapat dihubungi ({error})") from error
        return cls(connection)

    def alive(self) -> bool:
        """Whether the server still runs (as far as this client can tell)."""
        if self.process is not None:
            return self.process.poll() is None
        return not self._ended

    def can_run(self, kernel_cmd: list[str]) -> bool:
        """Whether ``kernel_cmd`` is this interpreter's ipykernel (the only kernel the server has)."""
        return (len(kernel_cmd) >= 3 and kernel_cmd[1:3] == ["-m", KERNEL_MODULE]
                and os.path.realpath(kernel_cmd[0]) == os.path.realpath(sys.executable)
                and not self.busy and self.alive())

    def spawn(self, kernel_cmd: list[str], cwd: str, env: dict[str, str]) -> ForkedKernel:
        """Fork a kernel running ``kernel_cmd``'s arguments in ``cwd`` with environment ``env``."""
        if not self._ready:
            self._expect("ready", READY_TIMEOUT_S)
            self._ready = True
        request = {"args": kernel_cmd[3:], "cwd": str(cwd), "env": dict(env)}
        try:
            self._write(json.dumps(request).encode() + b"\n")
        except OSError as error:
            raise ZygoteError(f"server fork kernel berhenti ({error})") from error
        pid = self._expect("pid", READY_TIMEOUT_S)
        self.busy = True
        return ForkedKernel(self, pid)

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self._ended = True
        elif self.process is not None:
            _stop(self.process)

    def _expect(self, key: str, timeout: float | None):
        message = self._read_message(timeout)
        if message is None or key not in message:
            self.close()
            reason = (message or {}).get("error") or f"tidak ada jawaban {key!r}"
            raise ZygoteError(f"server fork kernel tidak siap ({reason})")
        return message[key]

    def _read_message(self, timeout: float | None) -> dict | None:
        """The next JSON line from the server; None when none arrives within ``timeout`` seconds
        (0 = do not wait) or the server has gone."""
        fd = self._read_fd
        while b"\n" not in self._buffer:
            if self._ended:
                return None
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                return None
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                self._ended = True
                return None
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)


class ForkedKernel:
    """A forked kernel as jupyter_client sees a Popen: pid, poll, wait, send_signal, kill."""

    stdin = stdout = stderr = None  # jupyter_client closes these after wait(); the server's pipes stay ours

    def __init__(self, client: ZygoteClient, pid: int) -> None:
        self.client = client
        self.pid = pid
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            self._collect(timeout=0)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int | None:
        if self.returncode is None:
            self._collect(timeout)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        if self.returncode is None:
            try:
                os.kill(self.pid, signum)
            except ProcessLookupError:
                pass

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def _collect(self, timeout: float | None) -> None:
        message = self.client._read_message(timeout)
        if message is not None and "exit" in message:
            self.returncode = int(message["exit"])
            self.client.busy = False
        elif message is None and not self.client.alive():
            self.returncode = -signal.SIGKILL  # the server died; PR_SET_PDEATHSIG/parent poller end the kernel
            self.client.busy = False


def _start_server(listener: socket.socket | None = None, root: str | None = None,
                  provinces: Iterable[tuple[int, str]] = ()) -> subprocess.Popen:
    # debugpy, imported with the kernel, warns about frozen modules on every start; reports are not debugged
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    if listener is not None:
        env[LISTENER_ENV] = str(listener.fileno())
    if root is not None:
        env[RESULTS_ENV] = root
        env[PROVINCES_ENV] = ",".join(f"{tahun}:{bahasa}" for tahun, bahasa in sorted(set(provinces)))
    return subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            bufsize=0, env=env, pass_fds=[listener.fileno()] if listener is not None else [])


def _stop(process: subprocess.Popen) -> None:
    """End of input for the server, then reap it (so its CPU time counts with its parent's)."""
    if process.poll() is None:
        try:
            assert process.stdin is not None
            process.stdin.close()
            process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
            process.wait()


class SharedServer:
    """One fork server for all the workers of a batch: started by the batch's own process before it
    forks the workers, which each connect to ``address`` (a socket in a folder only this user can enter).
    ``root``: the batch's project, whose scopes' results the server parses once for all its kernels; ``provinces``:
    the (year, language) of its agency reports, whose province context and plans the server makes once."""

    def __init__(self, root: str | None = None, provinces: Iterable[tuple[int, str]] = ()) -> None:
        self.folder = tempfile.mkdtemp(prefix="evalasn-kernel-")  # mode 0700: no other user connects
        self.address = os.path.join(self.folder, SOCKET_NAME)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(self.address)
            listener.listen(16)  # a worker may connect before the server has preloaded: it waits for "ready"
            self.process = _start_server(listener, root, provinces)
        finally:
            listener.close()  # the server has its own copy

    def close(self) -> None:
        _stop(self.process)
        shutil.rmtree(self.folder, ignore_errors=True)


# --- the server's side -----------------------------------------------------------------------
def serve() -> None:
    """Preload, then fork one kernel per request until end of input."""
    _die_with_parent()
    # Ctrl-C reaches the whole batch; the worker stops its kernel and then this server (end of
    # input), so the server itself ignores it rather than die mid-fork with a traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.path and os.path.realpath(sys.path[0] or ".") == os.path.realpath(os.getcwd()):
        del sys.path[0]  # as ipykernel_launcher does; the kernel puts it back (InteractiveShellApp.init_path)
    replies = os.dup(1)
    os.dup2(2, 1)  # a stray print from an imported module must not corrupt the protocol
    try:
        imports.seaborn_without_scipy_stats()  # before the report code imports seaborn the plain way
        for name in (*PRELOAD, *filter(None, os.environ.get(EXTRA_PRELOAD_ENV, "").split(","))):
            __import__(name.strip())
        figures.install()  # every kernel forked from here lays out its figures' text with cached font metrics
        markers.install()  # and copies its ticks' marker styles without deep copies
        ticks.install()  # and works out an axis' ticks once per layout or draw of its axes
        glyph_bitmaps.install()  # and rasterises each glyph once per size and sub-pixel offset
    except Exception as error:  # e.g. a broken edit of the report code: the kernel shows the traceback
        _reply(replies, {"error": f"{type(error).__name__}: {error}"})
        return
    root = os.environ.pop(RESULTS_ENV, "")
    preload_provinces(root, os.environ.pop(PROVINCES_ENV, ""))  # first: it reads results the kernels get preloaded
    preload_results(root)
    if threading.active_count() != 1:  # forking a threaded process can deadlock the child
        _reply(replies, {"error": f"preloading started threads {threading.enumerate()}"})
        return
    garbage.settle(worker=False)
    listener = os.environ.pop(LISTENER_ENV, "")
    _reply(replies, {"ready": True})
    _Server(0, replies, socket.socket(fileno=int(listener)) if listener else None).run()


def preload_provinces(root: str, asked: str) -> None:
    """The province's context of each year and language in ``asked`` ("2025:id,2025:en", PROVINCES_ENV) made here
    with its plan of the year and its plan of the year before, so that a kernel forked after takes them
    (report.context.preload_province, which checks every file they were made from): every agency report links its
    plan to the province's plan and rebuilds last year's plan from last year's province plan (CHECK12 C12-13), the
    same ~0.05 CPU-s in each of the 21 agency kernels of a batch. Nothing without a root; what fails is left to the
    kernels, which make it as before (and report its error)."""
    if not root or not asked:
        return
    from evalasn.paths import project
    from evalasn.report import context
    from evalasn.report.chapters import province_rows

    paths = project(root)
    for one in asked.split(","):
        tahun, _, bahasa = one.partition(":")
        try:
            made = context.preload_province(paths, int(tahun), bahasa)
            if made is not None:
                province_rows.province_plan(made)
                if made.year_before is not None:
                    province_rows.province_plan(made.year_before)
        except Exception:  # noqa: BLE001 (a kernel makes what is missing itself and shows its error)
            continue


def preload_results(root: str) -> None:
    """Every scope's results of the project at ``root``, this year's and last year's as this year's model stage
    computed them, parsed here, so that a kernel forked after finds them parsed (``analysis.results.read``, which
    checks the file's bytes are the same): an agency report reads every dinas's results, 0.05-0.1 CPU-s of JSON per
    kernel at Jakarta scale, and since its rebuilt plan of last year starts from last year's province plan
    (CHECK12 C12-13, report.context._year_before) every dinas's last-year results too. Nothing when there is no
    root or too much to hold (RESULTS_MAX_BYTES)."""
    if not root:
        return
    from evalasn.analysis import results
    from evalasn.paths import project

    files = sorted(project(root).reports.glob("*/_build/hasil-*.json"))
    try:
        if sum(path.stat().st_size for path in files) > RESULTS_MAX_BYTES:
            return
    except OSError:  # a file removed meanwhile: the kernels read what is there
        return
    results.preload(files)


class _Server:
    """The request loop: clients (stdin/stdout, and the connections of the listening socket when
    shared), the kernels running (a pidfd each, or polled where there is none)."""

    POLL_S = 0.005  # without pidfds: how often running kernels are checked

    def __init__(self, control: int, replies: int, listener: socket.socket | None) -> None:
        self.control = control
        self.listener = listener
        self.clients: dict[int, int] = {control: replies}  # read fd -> reply fd
        self.buffers: dict[int, bytes] = {control: b""}
        self.kernels: dict[int, tuple[int, int]] = {}  # pidfd (or pid) -> (pid, reply fd)
        self.pidfds = hasattr(os, "pidfd_open")

    def run(self) -> None:
        while True:
            watched = [*self.clients, *(self.kernels if self.pidfds else ())]
            if self.listener is not None:
                watched.append(self.listener.fileno())
            polling = self.kernels and not self.pidfds
            ready, _, _ = select.select(watched, [], [], self.POLL_S if polling else None)
            for fd in ready:
                if self.listener is not None and fd == self.listener.fileno():
                    self._accept()
                elif self.pidfds and fd in self.kernels:
                    self._reap(fd, blocking=True)
                elif not self._read(fd):
                    return  # end of stdin: the worker or the batch has finished
            if polling:
                for key in list(self.kernels):
                    self._reap(key, blocking=False)

    def _accept(self) -> None:
        assert self.listener is not None
        connection, _ = self.listener.accept()
        fd = connection.detach()
        self.clients[fd], self.buffers[fd] = fd, b""
        _reply(fd, {"ready": True})

    def _read(self, fd: int) -> bool:
        """Serve what client ``fd`` sent; False at the end of stdin."""
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            chunk = b""
        if not chunk:
            if fd == self.control:
                return False
            reply = self.clients.pop(fd)
            del self.buffers[fd]
            for key, (pid, kernel_reply) in list(self.kernels.items()):
                if kernel_reply == reply:  # its worker was killed: nobody will talk to this kernel again
                    _kill(pid)
                    self.kernels[key] = (pid, -1)  # reaped without a reply (the fd number may be reused)
            os.close(fd)  # a worker that has finished (or died); its kernel is still reaped
            return True
        self.buffers[fd] += chunk
        while b"\n" in self.buffers[fd]:
            line, self.buffers[fd] = self.buffers[fd].split(b"\n", 1)
            self._fork(json.loads(line), self.clients[fd])
        return True

    def _fork(self, request: dict, reply: int) -> None:
        pid = os.fork()
        if pid == 0:
            fds = {*self.clients, *self.clients.values(), *(self.kernels if self.pidfds else ())}
            if self.listener is not None:
                fds.add(self.listener.fileno())
            _become_kernel(request, tuple(fds))
        try:
            os.setpgid(pid, pid)  # also done by the child; whichever runs first wins the race
        except OSError:
            pass
        self.kernels[os.pidfd_open(pid) if self.pidfds else pid] = (pid, reply)
        _reply(reply, {"pid": pid})

    def _reap(self, key: int, blocking: bool) -> None:
        pid, reply = self.kernels[key]
        done, status = os.waitpid(pid, 0 if blocking else os.WNOHANG)
        if not done:
            return
        del self.kernels[key]
        if self.pidfds:
            os.close(key)
        if reply >= 0:
            _reply(reply, {"exit": os.waitstatus_to_exitcode(status)})


def _become_kernel(request: dict, server_fds: tuple[int, ...]) -> None:
    """In the forked child: own process group, working folder, environment and log; then run
    ipykernel. Never returns."""
    code = 1
    try:
        os.setpgid(0, 0)  # jupyter_client signals the kernel's group; Ctrl-C in the terminal does not reach it
        for signum in (signal.SIGTERM, signal.SIGCHLD, signal.SIGPIPE):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        log = os.open("kernel.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        for fd in (*server_fds, log, null):
            os.close(fd)
        sys.argv = [KERNEL_MODULE, *request["args"]]
        from ipykernel import kernelapp

        # the poller ends the kernel if its parent (this server) dies
        kernelapp.launch_new_instance(argv=[*request["args"], f"--IPKernelApp.parent_handle={os.getppid()}"])
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        try:
            import atexit

            atexit._run_exitfuncs()  # what an interpreter would do on exit (e.g. IPython's history writer)
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _kill(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)  # the kernel leads its own process group
    except OSError:
        pass


def _reply(fd: int, message: dict) -> None:
    try:
        os.write(fd, json.dumps(message).encode() + b"\n")
    except OSError:  # the client has gone (a killed worker); its kernel ends with it
        pass


def _die_with_parent() -> None:
    """Linux: SIGTERM this server when the worker that started it dies (a killed batch leaves no
    server behind; its kernels notice through ipykernel's parent poller)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:
        raise SystemExit(0)



if __name__ == "__main__":
    serve()
