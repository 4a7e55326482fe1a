"""Publish a run's results into the repository: ``results/<run-id>/``.

Run folders (``data/runs/``) stay out of git; what a reader needs to check a finding is copied
into ``results/<run-id>/`` and committed: every artifact that :mod:`perfutils.layout` marks
``published`` (metrics, data cards, results tables, per-sample records, bootstrap and alignment
tables, training curves, plots), the HF datasets among them as JSON lines, ``run.json`` with this
machine's paths made relative, and the final LoRA adapters of the models named (by default 07's
primary model and its control) as bfloat16 safetensors, so that anyone can evaluate them again
without training. The folder mirrors the run folder, so a copy of it under ``data/runs/`` is a
run folder that notebook 07 can evaluate (``docs/results.md``). ``MANIFEST.md`` lists every file
with what it is.

Usage::

    python -m perfutils publish data/runs/coder-onpolicy-1         # -> results/coder-onpolicy-1/
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Any, Iterable

from perfutils.errors import UsageError
from perfutils.layout import REPO_ROOT, RESULTS_DIR, STAGES, Artifact, RunLayout

ADAPTER_FILES = ("adapter_config.json",)  # copied as they are; the weights are cast to bfloat16
ADAPTER_WEIGHTS = "adapter_model.safetensors"
MAX_ADAPTER_MB = 100.0  # the adapters of one published run, in all


def publish_run(run_dir: str | os.PathLike, dest: str | os.PathLike | None = None, *,
                adapters: Iterable[str] | None = None, max_adapter_mb: float = MAX_ADAPTER_MB) -> Path:
    """Copy the published artifacts of ``run_dir`` into ``dest`` (default ``results/<run-id>/``).

    ``adapters``: labels of the models whose adapters to publish (``RunLayout.evaluated_models``:
    sft, control, rlpf, dpa, dpo); default: notebook 07's ``primary_model`` and ``control_model``.
    Files already in ``dest`` that the run does not write (a ``PLAN.md``) are kept; the run's are
    replaced. Raises :class:`UsageError` for a folder that is no run, an adapter that is missing or
    not LoRA, or adapters above ``max_adapter_mb`` in all.
    """
    run = RunLayout(run_dir)
    if not run.record.is_file():
        raise UsageError(f"{run.root} has no run.json: not a run folder of `perfutils pipeline`.")
    record = json.loads(run.record.read_text())
    out = Path(dest) if dest is not None else RESULTS_DIR / record["run_id"]
    out.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, str]] = []
    for stage in STAGES:
        for artifact in stage.artifacts():
            if artifact.published:  # a family (08's {table}.csv) skips what an earlier artifact wrote
                written += _publish_artifact(run.root / stage.stem, artifact, out / stage.stem,
                                             {path for path, _ in written})
    labels = list(adapters) if adapters is not None else _evaluated_adapters(run)
    written += _publish_adapters(run, labels, out, max_adapter_mb)
    (out / "run.json").write_text(json.dumps(_portable(record, run.root), indent=1) + "\n")
    written.append((out / "run.json", "preset, parameters, revision, environment, status per notebook"))
    _write_manifest(out, record, written)
    return out


def _publish_artifact(source: Path, artifact: Artifact, dest: Path, done: set[Path]) -> list[tuple[Path, str]]:
    """Copy one artifact (every member of a family such as ``samples_{model}.jsonl``) if the run
    wrote it, but for the files already in ``done``."""
    written = []
    for path in artifact.existing_in(source):
        if dest / path.name in done:
            continue
        if path.is_file():
            dest.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, dest / path.name)
            written.append((dest / path.name, artifact.what))
        elif (path / "dataset_info.json").is_file() or (path / "dataset_dict.json").is_file():
            written += _dataset_as_jsonl(path, dest, artifact.what)
    return written


def _dataset_as_jsonl(path: Path, dest: Path, what: str) -> list[tuple[Path, str]]:
    """An HF dataset (or each split of a DatasetDict) as JSON lines, one row per line."""
    from datasets import Dataset, DatasetDict, load_from_disk

    data = load_from_disk(str(path))
    splits = data.items() if isinstance(data, DatasetDict) else [("", data)]
    written = []
    dest.mkdir(parents=True, exist_ok=True)
    for split, rows in splits:
        assert isinstance(rows, Dataset)
        target = dest / (f"{path.name}.{split}.jsonl" if split else f"{path.name}.jsonl")
        rows.to_json(str(target), lines=True, force_ascii=False)
        what_rows = re.sub(r"\s*\(HF dataset\)", "", what) + (f", {split} split" if split else "")
        written.append((target, f"{what_rows} (JSON lines)"))
    return written


def _evaluated_adapters(run: RunLayout) -> list[str]:
    """07's primary model and its control, as its metrics name them (none before 07 ran)."""
    if not run.evaluate.metrics.is_file():
        return []
    primary = json.loads(run.evaluate.metrics.read_text()).get("primary") or {}
    labels = [primary.get("model"), primary.get("control")]
    return [label for label in dict.fromkeys(labels) if label and label != "base"]


def _publish_adapters(run: RunLayout, labels: list[str], out: Path, max_mb: float) -> list[tuple[Path, str]]:
    import torch
    from safetensors.torch import load_file, save_file

    adapters = run.evaluated_models()
    halved: dict[str, tuple[Path, dict[str, Any]]] = {}
    for label in labels:
        if label not in adapters or adapters[label] is None:
            raise UsageError(f"no adapter for model {label!r}; choose from "
                             f"{', '.join(k for k, v in adapters.items() if v is not None)}.")
        source = Path(adapters[label])
        weights = source / ADAPTER_WEIGHTS
        if not weights.is_file():
            raise UsageError(f"{source} has no {ADAPTER_WEIGHTS}: the {label} model was not trained in this "
                             "run (or is not a LoRA adapter).")
        halved[label] = source, {name: t.to(torch.bfloat16) if t.is_floating_point() else t
                                 for name, t in load_file(str(weights)).items()}
    total = sum(t.numel() * t.element_size() for _, tensors in halved.values() for t in tensors.values())
    if total > max_mb * 2**20:  # checked before anything is written
        raise UsageError(f"the adapters of {', '.join(labels)} take {total / 2**20:.1f} MB in bfloat16, above "
                         f"{max_mb:g} MB; publish fewer (--adapters) or raise --max-adapter-mb.")
    written = []
    for label, (source, tensors) in halved.items():
        target = out / source.relative_to(run.root)
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        save_file(tensors, str(target / ADAPTER_WEIGHTS), metadata={"format": "pt"})
        for name in ADAPTER_FILES:
            shutil.copy2(source / name, target / name)
        written.append((target / ADAPTER_WEIGHTS, f"the {label} model's final LoRA adapter, bfloat16"))
        written.append((target / "adapter_config.json", f"the {label} model's LoRA configuration"))
    return written


def _portable(record: dict[str, Any], run_path: Path) -> dict[str, Any]:
    """``record`` (a run.json) with this machine's paths made relative: the run folder's own,
    where it is and where its notebooks ran (a folder may have moved since), become
    ``data/runs/<run-id>/...`` (where a copy of the published folder is a run folder again); the
    rest relative to the repository that made the run (``<repo>/data/runs/<run-id>``,
    ``<repo>/notebooks/params/<preset>.yaml``) or to this one; other paths stay as they are."""
    ran_in = [str((entry.get("parameters") or {}).get("run_dir", "")) for entry in record.get("notebooks", {}).values()]
    runs = {run_path.resolve()} | {Path(run) for run in ran_in if run.startswith("/")}
    repositories = [run.parents[2] for run in runs if run.parent.name == "runs" and run.parent.parent.name == "data"]
    preset = Path(str(record.get("preset_file") or ""))
    if preset.parent.name == "params" and preset.parent.parent.name == "notebooks":
        repositories.append(preset.parents[2])
    published = Path("data", "runs", record["run_id"])

    def portable(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: portable(v) for k, v in value.items()}
        if isinstance(value, list):
            return [portable(v) for v in value]
        if isinstance(value, str) and value.startswith("/"):
            path = Path(value)
            for run in runs:
                if path.is_relative_to(run):
                    return str(published / path.relative_to(run))
            for root in [*repositories, REPO_ROOT]:
                if path.is_relative_to(root):
                    return str(path.relative_to(root))
        return value

    return portable(record)


def _write_manifest(out: Path, record: dict[str, Any], written: list[tuple[Path, str]]) -> None:
    git = record.get("git") or {}
    revision = str(git.get("revision", "?"))[:12] + (", with uncommitted changes" if git.get("dirty") else "")
    lines = [f"# Run {record['run_id']}: what is here", "",
             f"Published by `python -m perfutils publish` from the run folder of preset `{record.get('preset')}` "
             f"(revision {revision}; each notebook's own revision and parameters are in `run.json`). The "
             "folders mirror the run folder (docs/layout.md).", "", "| file | what it is |", "| --- | --- |"]
    for path, what in sorted(set(written)):
        lines.append(f"| `{path.relative_to(out)}` | {what} |")
    (out / "MANIFEST.md").write_text("\n".join(lines) + "\n")
