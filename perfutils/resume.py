"""Resumable work that knows what it was made from, so that a rerun never continues other work.

Usage (in a notebook, after its parameters and before its resumable work)::

    config = resume_stage(RunLayout(run_dir).sft, globals(), output_dir=...)   # and its run config
    resume_or_start_afresh(RunLayout(run_dir).dpa, globals())                   # the check alone

Training checkpoints, sample files and result stores (the artifacts :mod:`perfutils.layout`
marks ``resumable``) let a notebook that was stopped continue where it stopped. Each is keyed by
a fingerprint of the notebook's parameters (:func:`perfutils.parameters.notebook_parameters`,
less those the work does not depend on) and of the upstream artifacts the notebook reads
(``RunLayout.inputs_of``: their content, hashed). The fingerprints are kept in the folder's
``resume.json``. When a notebook runs again and a piece of work there was made from other
parameters or inputs, or its origin is unknown, it is moved aside (renamed ``<name>.stale-<time>``)
and started afresh; the notebook prints why, ``resume.json`` keeps the event, and the pipeline
copies it into ``run.json``. With nothing changed, the work is reused as it is.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from pathlib import Path
from typing import Any

from perfutils.layout import Artifact, RunLayout, StageFolder
from perfutils.parameters import build_run_config, describe_run_config, notebook_parameters
from perfutils.runinfo import write_json_atomic

STALE = ".stale-"  # what a set-aside piece of work has in its name


def digest(path: Path) -> str | None:
    """SHA-256 of a file, or of a folder's files and their relative paths; None when missing.

    The cache files a reader of a dataset leaves beside it (``datasets`` writes ``cache-*.arrow``
    next to the data of every mapped split) are not part of it: 03 maps the SFT dataset it reads.
    """
    if not path.exists():
        return None
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file()
                                                 and not re.fullmatch(r"cache-\w+\.arrow", p.name))
    total = hashlib.sha256()
    for file in files:
        content = hashlib.sha256()
        with open(file, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                content.update(chunk)
        total.update(f"{file.relative_to(path).as_posix()}\0{content.hexdigest()}\n".encode())
    return total.hexdigest()


def _origin(stage: StageFolder, artifact: Artifact, parameters: dict[str, Any],
            digests: dict[str, str | None]) -> dict[str, Any]:
    """What a piece of work is made from, and its fingerprint."""
    skip = set(artifact.ignores) | set(stage.unrelated_parameters)
    origin = {"parameters": {k: v for k, v in parameters.items() if k not in skip},
              "inputs": digests if artifact.from_inputs else {}}
    origin["fingerprint"] = hashlib.sha256(json.dumps(origin, sort_keys=True).encode()).hexdigest()
    return origin


def _why(old: dict[str, Any] | None, new: dict[str, Any]) -> str:
    """What differs between two origins, in words."""
    if old is None:
        return "nothing records what it was made from"
    changes = []
    for key in sorted(set(old["parameters"]) | set(new["parameters"])):
        before, after = old["parameters"].get(key, "default"), new["parameters"].get(key, "default")
        if before != after:
            changes.append(f"{key} {before!r} -> {after!r}")
    for name in sorted(set(old["inputs"]) | set(new["inputs"])):
        if old["inputs"].get(name) != new["inputs"].get(name):
            changes.append(f"{name} changed")
    return "made with other parameters or inputs: " + "; ".join(changes)


def _existing(stage: StageFolder, artifact: Artifact) -> list[Path]:
    """The pieces of work of ``artifact`` on disk (every member of a family), stale ones left out."""
    pattern = re.sub(r"\{\w+\}", "*", artifact.relative)
    return sorted(p for p in stage.path.glob(pattern) if STALE not in p.name)


def _set_aside(path: Path, stamp: str) -> Path:
    target = path.with_name(f"{path.name}{STALE}{stamp}")
    suffix = 1
    while target.exists():
        suffix += 1
        target = path.with_name(f"{path.name}{STALE}{stamp}-{suffix}")
    path.rename(target)
    return target


def resume_or_start_afresh(stage: StageFolder, namespace: dict[str, Any]) -> list[dict[str, Any]]:
    """Keep the stage's resumable work made from these parameters and inputs; set aside the rest.

    ``namespace`` is the notebook's ``globals()``. Prints what it reuses and what it sets aside
    and why; returns the set-aside events (also appended to the folder's ``resume.json``).
    """
    run = RunLayout(stage.path.parent)
    stage.create()
    parameters = notebook_parameters(stage, namespace)
    digests = {name: digest(path) for name, path in run.inputs_of(stage.stem).items()}
    path = stage.resume_record
    record = json.loads(path.read_text()) if path.exists() else {"work": {}, "set_aside": []}
    now = _dt.datetime.now().astimezone()
    events = []
    for artifact in (a for a in stage.artifacts() if a.resumable):
        origin = _origin(stage, artifact, parameters, digests)
        previous = record["work"].get(artifact.name)
        pieces = _existing(stage, artifact)
        if previous is not None and previous["fingerprint"] == origin["fingerprint"]:
            if pieces:
                print(f"{stage.stem}: reusing {', '.join(p.name for p in pieces)} (same parameters and inputs)")
            continue
        why = _why(previous, origin)
        for piece in pieces:
            moved = _set_aside(piece, now.strftime("%Y%m%d-%H%M%S"))
            events.append({"work": piece.relative_to(run.root).as_posix(),
                           "moved_to": moved.relative_to(run.root).as_posix(), "why": why,
                           "at": now.isoformat(timespec="seconds")})
            print(f"{stage.stem}: set aside {piece.name} as {moved.name}, {why}; starting it afresh")
        record["work"][artifact.name] = {**origin, "recorded": now.isoformat(timespec="seconds")}
    record["set_aside"] += events
    write_json_atomic(path, record)
    return events


def resume_stage(stage: StageFolder, namespace: dict[str, Any], **fixed: Any) -> Any:
    """What a notebook does before its work: set aside its work made from other parameters or
    inputs (:func:`resume_or_start_afresh`), then build its run config from its parameters
    (``fixed``: the paths it decides) and print it. Returns the run config, or None for a notebook
    without one."""
    resume_or_start_afresh(stage, namespace)
    if stage.run_config is None:
        return None
    config = build_run_config(stage, namespace, **fixed)
    print(describe_run_config(config))
    return config


def set_aside_since(stage: StageFolder, since: str) -> list[dict[str, Any]]:
    """The work of ``stage`` set aside at or after ``since`` (an ISO time), from its ``resume.json``."""
    path = stage.resume_record
    if not path.exists():
        return []
    events = json.loads(path.read_text())["set_aside"]
    start = _dt.datetime.fromisoformat(since)
    return [e for e in events if _dt.datetime.fromisoformat(e["at"]) >= start]
