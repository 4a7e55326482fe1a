"""What a run records about where it ran: git revision, package versions, hardware.

Usage:
    from perfutils.runinfo import collect_run_info
    info = collect_run_info()   # {"git": ..., "packages": ..., "hardware": ..., "python": ...}

Used for ``run.json`` by :mod:`perfutils.pipeline` (written with :func:`write_json_atomic`, as the
records of resumable work are); notebooks and benchmarks that write their
own records call it too. Cheap: no torch import (GPUs are read from ``nvidia-smi``).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

from perfutils.layout import REPO_ROOT

RECORDED_PACKAGES = ("perfutils", "torch", "transformers", "trl", "peft", "datasets",
                     "accelerate", "papermill", "vllm")


def _run(command: list[str], cwd: Path | None = None) -> str | None:
    try:
        result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def git_info(repo: Path | None = None) -> dict[str, Any]:
    """Revision and dirty flag of the checkout at ``repo`` (default: this package's checkout)."""
    repo = repo or REPO_ROOT
    revision = _run(["git", "rev-parse", "HEAD"], cwd=repo)
    if revision is None:
        return {"revision": None, "dirty": None}
    # Untracked files count as dirty: a new notebook or module changes what a run does.
    status = _run(["git", "status", "--porcelain"], cwd=repo)
    return {"revision": revision, "dirty": bool(status) if status is not None else None}


def package_versions(names: tuple[str, ...] = RECORDED_PACKAGES) -> dict[str, str | None]:
    """Installed versions (None where absent), read from metadata without importing anything."""
    versions: dict[str, str | None] = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_bytes() -> int | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def _gpus() -> list[dict[str, str]]:
    if not shutil.which("nvidia-smi"):
        return []
    output = _run(["nvidia-smi", "--query-gpu=name,memory.total,driver_version",
                   "--format=csv,noheader"])
    gpus = []
    for line in (output or "").splitlines():
        name, memory, driver = (field.strip() for field in line.split(",", 2))
        gpus.append({"name": name, "memory": memory, "driver": driver})
    return gpus


def hardware_info() -> dict[str, Any]:
    """CPU model, cores (all, and usable by this process), memory, GPUs, hostname."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "hostname": socket.gethostname(),
        "machine": platform.machine(),
        "cpu_model": _cpu_model(),
        "cpu_count": os.cpu_count(),
        "cpu_usable": usable,
        "memory_bytes": _memory_bytes(),
        "gpus": _gpus(),
    }


def collect_run_info(repo: Path | None = None) -> dict[str, Any]:
    """Everything a run records about its environment, as plain JSON-able values."""
    return {
        "git": git_info(repo),
        "packages": package_versions(),
        "hardware": hardware_info(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
    }


def write_json_atomic(path: Path, data: Any) -> None:
    """Write JSON so that a reader (or a crash) never sees a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile("w", dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False)
    try:
        with handle:
            json.dump(data, handle, indent=2, default=str)
            handle.write("\n")
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
