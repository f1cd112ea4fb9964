"""The crash harness shared by the crash-point sweep and the soak (issue 21).

One process (the zygote) imports peerdesk once and forks a child per job: a fresh
interpreter per crash point would spend most of a sweep importing. In the child, ``arm``
counts every os.fsync / os.replace / os.unlink / os.rename and every database COMMIT,
and SIGKILLs the child just before call N. A job is one JSON line; the test module names
the function that runs it, ``run(job, out)``, which calls ``arm`` when the counted part
begins and may print to ``out`` (flushed at once, so it survives the kill). The harness
adds "DONE <calls>" when the job ran to its end, or "ERROR <kind> <message>" (exit code
ERROR_EXIT) when it raised.

Run as a script by ``Zygote``: ``python crash_harness.py MODULE_FILE FUNCTION [PRELOAD...]``,
PRELOAD naming modules to import once in the zygote (those the jobs import lazily).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import signal
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

COUNTED = ("fsync", "replace", "unlink", "rename")
ERROR_EXIT = 3
PACKAGE = "peerdesk_reliability_tests"  # the name this folder has inside the zygote
_state = {"calls": 0, "crash_at": 0}


def _tick() -> None:
    _state["calls"] += 1
    if _state["calls"] == _state["crash_at"]:
        os.kill(os.getpid(), signal.SIGKILL)


def _counted(real: Any) -> Any:
    def call(*args: Any, **kwargs: Any) -> Any:
        _tick()
        return real(*args, **kwargs)

    return call


def arm(crash_at: int) -> None:
    """From here on, count the calls and die at call ``crash_at`` (0: never)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    _state["crash_at"] = crash_at
    for name in COUNTED:
        setattr(os, name, _counted(getattr(os, name)))
    event.listen(Engine, "commit", lambda conn: _tick())


def serve(run: Any) -> None:
    """Read jobs from stdin; fork a child per job; answer each with its wait status."""
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                with open(job["out"], "w", buffering=1) as out:
                    run(job, out)
                    print("DONE", _state["calls"], file=out, flush=True)
            except BaseException as exc:
                code = ERROR_EXIT
                with open(job["out"], "a") as out:
                    print("ERROR", type(exc).__name__, exc, file=out, flush=True)
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        print(json.dumps({"status": status}), flush=True)


class Zygote:
    """The parent's end: one zygote serving ``function`` of the test module ``module``."""

    def __init__(
        self,
        module: str,
        function: str,
        env: dict[str, str] | None = None,
        preload: tuple[str, ...] = (),
    ) -> None:
        root = Path(__file__).resolve().parents[2]
        env = dict(os.environ if env is None else env)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH")]))
        self.proc = subprocess.Popen(
            [sys.executable, __file__, str(Path(module).resolve()), function, *preload],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )

    def run(self, job: dict[str, Any]) -> int:
        """The job's wait status (os.WIFSIGNALED and friends read it)."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        return int(json.loads(self.proc.stdout.readline())["status"])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def exit_code(status: int) -> int:
    """-9 for a child SIGKILLed at its crash point, else its exit code."""
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


def _load(path: Path) -> types.ModuleType:
    """A module of this folder, under the package name, so its relative imports work."""
    if PACKAGE not in sys.modules:
        package = types.ModuleType(PACKAGE)
        package.__path__ = [str(path.parent)]
        sys.modules[PACKAGE] = package
    name = f"{PACKAGE}.{path.stem}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    here = Path(__file__).resolve()
    harness = _load(here)  # the one copy whose counters the jobs' arm() sets
    target = _load(Path(sys.argv[1]))
    for name in sys.argv[3:]:
        importlib.import_module(name)
    harness.serve(getattr(target, sys.argv[2]))
