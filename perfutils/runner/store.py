"""Result store: append-only JSONL per run, keyed by everything a result depends on.

A rerun skips finished work; a run killed at any moment (`kill -9`) resumes with nothing lost and
nothing duplicated: each result is one line written with a single `write` and fsynced, and a
torn last line (the only damage a kill can do) is ignored and truncated away on open.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import json
import os
import platform
from pathlib import Path

from ..problems import Problem
from .build import candidate_flags, compiler_version, normalize_code
from .results import RunConfig, RunResult

RUNNER_DIR = Path(__file__).resolve().parent


@functools.lru_cache(maxsize=None)
def runner_code_hash(root: Path = RUNNER_DIR) -> str:
    """Hash of every source file of the runner (its Python modules and the C++ judge, worker and
    headers): any of them may decide a result, so a changed one never reuses a stored result."""
    h = hashlib.sha256()
    for f in sorted(root.rglob("*")):
        if f.is_file() and f.suffix in (".py", ".cpp", ".hpp"):
            h.update(str(f.relative_to(root)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def machine_id() -> str:
    """The machine a timing belongs to: CPU model, core count, kernel architecture."""
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{model or platform.processor()}|{os.cpu_count()}|{platform.machine()}"


def result_key(problem: Problem, code: str, config: RunConfig) -> str:
    """Hash of code, problem and driver version, execution model, threads, mode, tolerance,
    compiler and flags, all of the runner's code (harness and standard headers included) and
    machine: a changed tolerance or a fixed runner never reuses a stale result."""
    tol = config.tolerance if config.tolerance is not None else (problem.tol_rel, problem.tol_abs)
    parts = {
        "code": normalize_code(code), "problem": problem.id, "problem_version": problem.version(),
        "runner_code": runner_code_hash(), "config": {**config.to_dict(), "tolerance": list(tol)},
        "compiler": compiler_version(), "flags": list(candidate_flags(config.parallelism)), "machine": machine_id(),
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:32]


class ResultStore:
    """`store = ResultStore(path)`; `key in store`; `store.append(key, result, meta)`."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._records: dict[str, dict] = {}
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        good_bytes = 0
        with open(self.path, "rb") as f:
            for raw in f:
                if not raw.endswith(b"\n"):
                    break  # torn last line from a killed writer
                try:
                    rec = json.loads(raw)
                except json.JSONDecodeError:
                    break
                self._records.setdefault(rec["key"], rec)
                good_bytes += len(raw)
        if good_bytes != self.path.stat().st_size:
            with open(self.path, "r+b") as f:
                f.truncate(good_bytes)

    def __contains__(self, key: str) -> bool:
        return key in self._records

    def __len__(self) -> int:
        return len(self._records)

    def get(self, key: str) -> RunResult | None:
        rec = self._records.get(key)
        return RunResult.from_dict(rec["result"]) if rec else None

    def records(self) -> list[dict]:
        return list(self._records.values())

    def append(self, key: str, result: RunResult, meta: dict | None = None) -> None:
        if key in self._records:
            return
        rec = {"key": key, "meta": meta or {}, "result": result.to_dict()}
        line = (json.dumps(rec, sort_keys=True) + "\n").encode()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        self._records[key] = rec
