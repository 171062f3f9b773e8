"""A fork server for report kernels: import the kernel and the report code once, fork a new
kernel process for every report.

Starting an IPython kernel and importing pandas, matplotlib, seaborn and the report package
costs about 2.4 s of CPU, more than a third of a report. The fork server (``python -m
evalasn.run.fastpath.zygote``, one per batch worker) pays it once: it imports those modules, runs no
report code, and for each request forks a child that becomes a fresh ipykernel. Every report
still has its own kernel process, working folder and IPC sockets; only the already-imported
modules are shared, copy-on-write. Each child starts from the same untouched state, because the
server itself never executes a notebook.

Protocol (one request at a time, JSON lines): the client writes ``{"args", "cwd", "env"}`` to the
server's stdin; the server answers ``{"pid"}`` after the fork and ``{"exit"}`` when that kernel
has ended. The server exits at end of input, or when its parent process dies.

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
import signal
import subprocess
import sys
import threading

from evalasn.run.fastpath import garbage, imports

KERNEL_MODULE = "ipykernel_launcher"
# what a report kernel imports, imported once in the server: the kernel (with its debugger
# support, debugpy, which the kernel otherwise imports at start-up: 0.25 s) and the report code
# of notebooks/03_laporan.ipynb
PRELOAD = ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.debugger", "IPython.display",
           "evalasn.report.chapters.sections", "evalasn.report.evaluator")
READY_TIMEOUT_S = 120  # preloading takes ~2.5 s; a cold disk cache on a busy machine, far more
EXTRA_PRELOAD_ENV = "EVALASN_FASTPATH_PRELOAD"  # comma-separated modules an edited report notebook also imports


class ZygoteError(RuntimeError):
    """The fork server could not start or answer; the caller launches the kernel the usual way."""


# --- the worker's side -----------------------------------------------------------------------
class ZygoteClient:
    """One fork server, started in the background; ``spawn`` forks one kernel at a time."""

    def __init__(self) -> None:
        # debugpy, imported with the kernel, warns about frozen modules on every start; reports are not debugged
        env = {**os.environ, "PYTHONUNBUFFERED": "1", "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
        self.process = subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, bufsize=0, env=env)
        assert self.process.stdin is not None and self.process.stdout is not None  # both are pipes
        self._requests, self._answers = self.process.stdin, self.process.stdout
        self._buffer = b""
        self._ready = False
        self.busy = False

    def can_run(self, kernel_cmd: list[str]) -> bool:
        """Whether ``kernel_cmd`` is this interpreter's ipykernel (the only kernel the server has)."""
        return (len(kernel_cmd) >= 3 and kernel_cmd[1:3] == ["-m", KERNEL_MODULE]
                and os.path.realpath(kernel_cmd[0]) == os.path.realpath(sys.executable)
                and not self.busy and self.process.poll() is None)

    def spawn(self, kernel_cmd: list[str], cwd: str, env: dict[str, str]) -> ForkedKernel:
        """Fork a kernel running ``kernel_cmd``'s arguments in ``cwd`` with environment ``env``."""
        if not self._ready:
            self._expect("ready", READY_TIMEOUT_S)
            self._ready = True
        request = {"args": kernel_cmd[3:], "cwd": str(cwd), "env": dict(env)}
        try:
            self._requests.write(json.dumps(request).encode() + b"\n")
        except OSError as error:
            raise ZygoteError(f"server fork kernel berhenti ({error})") from error
        pid = self._expect("pid", READY_TIMEOUT_S)
        self.busy = True
        return ForkedKernel(self, pid)

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self._requests.close()
                self.process.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()

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
        fd = self._answers.fileno()
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
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
        elif message is None and self.client.process.poll() is not None:
            self.returncode = -signal.SIGKILL  # the server died; PR_SET_PDEATHSIG/parent poller end the kernel
            self.client.busy = False


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
    requests = os.fdopen(0, "rb", buffering=0)
    try:
        imports.seaborn_without_scipy_stats()  # before the report code imports seaborn the plain way
        for name in (*PRELOAD, *filter(None, os.environ.get(EXTRA_PRELOAD_ENV, "").split(","))):
            __import__(name.strip())
    except Exception as error:  # e.g. a broken edit of the report code: the kernel shows the traceback
        _reply(replies, {"error": f"{type(error).__name__}: {error}"})
        return
    if threading.active_count() != 1:  # forking a threaded process can deadlock the child
        _reply(replies, {"error": f"preloading started threads {threading.enumerate()}"})
        return
    garbage.settle(worker=False)
    _reply(replies, {"ready": True})
    for line in _lines(requests):
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _become_kernel(request, (replies, 0))
        try:
            os.setpgid(pid, pid)  # also done by the child; whichever runs first wins the race
        except OSError:
            pass
        _reply(replies, {"pid": pid})
        _, status = os.waitpid(pid, 0)
        _reply(replies, {"exit": os.waitstatus_to_exitcode(status)})


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


def _lines(stream):
    buffer = b""
    while True:
        chunk = stream.read(65536)
        if not chunk:
            return
        buffer += chunk
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            yield line


def _reply(fd: int, message: dict) -> None:
    os.write(fd, json.dumps(message).encode() + b"\n")


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
