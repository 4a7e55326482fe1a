"""Run the numbered notebooks through papermill with a parameter preset, into a run folder.

Usage:
    python -m perfutils pipeline --preset cpu                       # the main job
    python -m perfutils pipeline --preset smoke --notebooks 00 --set 00_base_model.max_new_tokens=8
    python -m perfutils pipeline --preset cpu --run-id cpu-20261125-101500 --resume

    from perfutils.pipeline import run_pipeline
    run_dir = run_pipeline("smoke", run_id="try")

A preset (``notebooks/params/<name>.yaml``) has a ``common`` section and one section per
notebook, keyed by the notebook's stem (``00_base_model``). Each notebook receives the common
keys it declares, then its own section, then ``--set`` overrides (``common.key=value`` or
``<stem or NN>.key=value``; values are YAML), and always ``run_dir``. A notebook declares the
keys of its ``parameters`` cell and the fields of the run config it builds
(:mod:`perfutils.parameters`). A key that no notebook declares is refused, because papermill
alone would only warn and the run would silently use the default; a key that was renamed is
refused with its new name.

A run folder ``data/runs/<run-id>/`` (:class:`perfutils.layout.RunLayout`) holds the executed
notebooks, each notebook's artifacts and ``run.json``: preset, parameters per notebook, git
revision, package versions, hardware, seed, and start/end/status per notebook, rewritten after
every notebook, as is the run report ``index.html`` (:mod:`perfutils.run_report`). ``--resume``
skips notebooks recorded as completed with the same parameters and the same notebook source;
once one notebook runs again, every later one does too, since each notebook reads what the ones
before it wrote. A notebook that runs again continues its resumable
work only where it was made from the same parameters and inputs (:mod:`perfutils.resume`); what
it set aside instead is listed in its entry (``set_aside``).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import os
import re
import sys
import time
from pathlib import Path
from typing import Any, Iterable, Sequence

from perfutils.errors import PerfutilsError, UsageError
from perfutils.layout import NOTEBOOKS_DIR, PRESETS_DIR, RUNS_DIR, RunLayout, in_checkout, stage_class
from perfutils.parameters import RENAMED_PARAMETERS, run_config_fields
from perfutils.resume import set_aside_since
from perfutils.runinfo import collect_run_info, write_json_atomic

log = logging.getLogger(__name__)

NOTEBOOK_NAME = re.compile(r"^(\d\d)_\w+\.ipynb$")
RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
RESERVED_KEYS = ("run_dir",)  # set by the runner for every notebook
# Declared types that we check values against; other annotations are passed through unchecked.
CHECKED_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,), "int": (int,), "float": (int, float), "bool": (bool,),
    "list": (list,), "dict": (dict,),
}


class NotebookFailedError(PerfutilsError):
    """A notebook raised; its executed copy in the run folder shows the traceback."""


def default_notebook_dir() -> Path:
    """``<repo>/notebooks``; presets are in its ``params/``."""
    if not in_checkout():
        raise UsageError("perfutils is not running from a checkout, so there is no notebooks/ "
                         "folder; pass notebook_dir and runs_dir explicitly.")
    return NOTEBOOKS_DIR


def default_runs_dir() -> Path:
    """``<repo>/data/runs`` (git-ignored)."""
    default_notebook_dir()
    return RUNS_DIR


def list_notebooks(notebook_dir: Path | None = None) -> list[Path]:
    """The numbered notebooks ``NN_*.ipynb``, in order."""
    notebook_dir = notebook_dir or default_notebook_dir()
    return sorted(p for p in notebook_dir.glob("*.ipynb") if NOTEBOOK_NAME.match(p.name))


def _presets_dir(notebook_dir: Path | None) -> Path:
    return PRESETS_DIR if notebook_dir is None else notebook_dir / PRESETS_DIR.name


def list_presets(notebook_dir: Path | None = None) -> list[str]:
    return sorted(p.stem for p in _presets_dir(notebook_dir or default_notebook_dir()).glob("*.yaml"))


def preset_path(preset: str | os.PathLike, notebook_dir: Path | None = None) -> Path:
    """The YAML file of a preset name (``cpu``) or a path to a YAML file."""
    candidate = Path(preset)
    if candidate.suffix in (".yaml", ".yml") and candidate.is_file():
        return candidate.resolve()
    path = _presets_dir(notebook_dir or default_notebook_dir()) / f"{preset}.yaml"
    if not path.is_file():
        raise UsageError(f"no preset {os.fspath(preset)!r} (looked for {path}); available "
                         f"presets: {', '.join(list_presets(notebook_dir)) or 'none'}.")
    return path


def select_notebooks(notebooks: Sequence[Path], selection: Iterable[str] | None) -> list[Path]:
    """Notebooks picked by number (``00``) or stem (``00_base_model``); all when None."""
    if selection is None:
        return list(notebooks)
    by_key = {**{nb.name[:2]: nb for nb in notebooks}, **{nb.stem: nb for nb in notebooks}}
    picked = []
    for token in selection:
        token = token.strip().removesuffix(".ipynb")
        if token not in by_key:
            raise UsageError(f"no notebook {token!r}; notebooks: "
                             f"{', '.join(nb.stem for nb in notebooks)}.")
        if by_key[token] not in picked:
            picked.append(by_key[token])
    return sorted(picked)


def declared_parameters(notebook: Path) -> dict[str, dict[str, Any]]:
    """A notebook's parameters: its ``parameters`` cell as papermill reads it (name -> type,
    default, help), and the fields of the run config it builds (:mod:`perfutils.parameters`)."""
    import papermill

    return {**run_config_fields(stage_class(notebook.stem)),
            **papermill.inspect_notebook(str(notebook))}


def load_preset(path: Path) -> dict[str, dict[str, Any]]:
    """A preset file as ``{section: {key: value}}``; refuses anything else."""
    import yaml

    data = yaml.safe_load(path.read_text()) or {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) or v is None for v in data.values()):
        raise UsageError(f"preset {path} must be a mapping of sections (common, and one per "
                         "notebook stem) to mappings of parameters.")
    return {str(section): dict(values or {}) for section, values in data.items()}


def parse_overrides(overrides: Iterable[str] | dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    """``["00.max_new_tokens=8", "common.seed=1"]`` -> ``{"00": {...}, "common": {...}}``.

    A key without a section goes to ``common``. Values are parsed as YAML (``8`` is an int,
    ``[1, 2]`` a list); a dict maps ``"section.key"`` to an already typed value.
    """
    import yaml

    if overrides is None:
        return {}
    items = overrides.items() if isinstance(overrides, dict) else None
    if items is None:
        parsed = []
        for text in overrides:
            if "=" not in text:
                raise UsageError(f"--set {text!r}: expected SECTION.KEY=VALUE, e.g. "
                                 "00_base_model.max_new_tokens=32 or common.seed=1.")
            dotted, raw = text.split("=", 1)
            parsed.append((dotted, yaml.safe_load(raw)))
        items = parsed
    sections: dict[str, dict[str, Any]] = {}
    for dotted, value in items:
        section, _, key = dotted.strip().rpartition(".")
        if not key:
            raise UsageError(f"--set {dotted!r}: the key is empty.")
        sections.setdefault(section or "common", {})[key] = value
    return sections


def _type_error(value: Any, declared: dict[str, Any]) -> str | None:
    allowed = CHECKED_TYPES.get(str(declared.get("inferred_type_name", "")).strip())
    if allowed is None or value is None:
        return None
    if isinstance(value, bool) and bool not in allowed:  # bool is an int subclass
        return f"declared {declared['inferred_type_name']}, got a bool"
    if not isinstance(value, allowed):
        return f"declared {declared['inferred_type_name']}, got {value!r} ({type(value).__name__})"
    return None


def resolve_parameters(preset: dict[str, dict[str, Any]], origin: str,
                       notebooks: Sequence[Path],
                       overrides: dict[str, dict[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """The parameters each notebook receives (without ``run_dir``), after checking every key.

    ``origin`` names the preset file in error messages. ``notebooks`` must be all numbered
    notebooks (a common key is valid if any of them declares it, run or not).
    """
    declared = {nb.stem: declared_parameters(nb) for nb in notebooks}
    names = ", ".join(declared)
    for stem, keys in declared.items():
        if "run_dir" not in keys:
            raise PerfutilsError(f"notebook {stem} does not declare run_dir in its parameters "
                                 "cell; every numbered notebook must (the runner sets it).")
    by_number = {stem[:2]: stem for stem in declared}

    def check(sections: dict[str, dict[str, Any]], where: str) -> dict[str, dict[str, Any]]:
        checked: dict[str, dict[str, Any]] = {}
        for section, values in sections.items():
            stem = section if section == "common" or section in declared else by_number.get(section)
            if stem is None:
                raise UsageError(f"{where} has a section {section!r}, which is neither 'common' "
                                 f"nor a notebook; notebooks: {names}.")
            for key, value in values.items():
                renamed = RENAMED_PARAMETERS.get(key)
                if renamed and not any(key in declared[s] for s in declared):
                    raise UsageError(f"{where} has {key!r} in section {section!r}: it was renamed "
                                     f"to {renamed!r}, write {section}.{renamed} instead.")
                if key in RESERVED_KEYS:
                    raise UsageError(f"{where} has {key!r} in {section!r}; the runner sets it "
                                     "for every notebook, remove it.")
                owners = [s for s in declared if key in declared[s]] if stem == "common" else (
                    [stem] if key in declared[stem] else [])
                if not owners:
                    who = "no notebook" if stem == "common" else f"notebook {stem} does not"
                    raise UsageError(f"{where} has {key!r} in section {section!r}, but {who} "
                                     f"declare{'s' if stem == 'common' else ''} it in its "
                                     f"parameters cell or run config (notebooks: {names}). Fix "
                                     "the key, or add it to the notebook's parameters cell.")
                for owner in owners:
                    problem = _type_error(value, declared[owner][key])
                    if problem:
                        raise UsageError(f"{where}: {key!r} for {owner} is {problem}.")
                checked.setdefault(stem, {})[key] = value
        return checked

    layers = [check(preset, f"preset {origin}")]
    if overrides:
        layers.append(check(overrides, "--set"))
    merged: dict[str, dict[str, Any]] = {}
    for stem, keys in declared.items():
        values: dict[str, Any] = {}
        # Precedence: preset common < preset section < --set common < --set section.
        for layer in layers:
            values.update({k: v for k, v in layer.get("common", {}).items() if k in keys})
            values.update(layer.get(stem, {}))
        merged[stem] = values
    return merged


def notebook_fingerprint(notebook: Path) -> str:
    """SHA-256 of a notebook's cell types and sources (outputs and metadata ignored)."""
    import nbformat

    cells = nbformat.read(notebook, as_version=4).cells
    payload = json.dumps([[cell.cell_type, cell.source] for cell in cells])
    return hashlib.sha256(payload.encode()).hexdigest()


def _now() -> str:
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


class _RunConfigFieldsAreDeclared(logging.Filter):
    """papermill warns about each parameter missing from a notebook's parameters cell; the fields
    of a notebook's run config are parameters too, checked by :func:`resolve_parameters`."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Passed unknown parameter")


def run_pipeline(preset: str | os.PathLike = "cpu", run_id: str | None = None,
                 notebooks: Iterable[str] | None = None, resume: bool = False,
                 runs_dir: str | os.PathLike | None = None,
                 overrides: Iterable[str] | dict[str, Any] | None = None, *,
                 notebook_dir: str | os.PathLike | None = None,
                 echo_output: bool = False, progress: bool = True) -> Path:
    """Execute the numbered notebooks with a preset; returns the run folder.

    Usage: ``run_pipeline("smoke", run_id="t1", notebooks=["00"], overrides=["common.seed=1"])``.
    ``echo_output`` prints what the notebooks print (the CLI does); ``progress`` shows the
    pipeline's bar and the running notebook's (:mod:`perfutils.notebook_echo`).
    Raises :class:`UsageError` for a bad preset, key, notebook or run id before anything runs,
    and :class:`NotebookFailedError` when a notebook fails (run.json records which).
    """
    nb_dir = Path(notebook_dir) if notebook_dir is not None else default_notebook_dir()
    runs = Path(runs_dir) if runs_dir is not None else default_runs_dir()
    all_notebooks = list_notebooks(nb_dir)
    if not all_notebooks:
        raise UsageError(f"no numbered notebooks (NN_name.ipynb) in {nb_dir}.")
    selected = select_notebooks(all_notebooks, notebooks)
    preset_file = preset_path(preset, nb_dir)
    override_sections = parse_overrides(overrides)
    parameters = resolve_parameters(load_preset(preset_file), str(preset_file), all_notebooks,
                                    override_sections)

    run_id = run_id or f"{preset_file.stem}-{_dt.datetime.now():%Y%m%d-%H%M%S}"
    if not RUN_ID.match(run_id):
        raise UsageError(f"run id {run_id!r} must be letters, digits, '.', '_' or '-'.")
    run_dir = (runs / run_id).resolve()
    layout = RunLayout(run_dir)
    record_path = layout.record
    previous: dict[str, Any] = {}
    if record_path.exists():
        if not resume:
            raise UsageError(f"run folder {run_dir} already exists; pass --resume (RESUME=1) to "
                             "continue it, or choose another --run-id.")
        previous = json.loads(record_path.read_text())

    import papermill  # heavy (jupyter, nbclient): only once the arguments are known to be good
    from tqdm import tqdm
    from traitlets.config import Config

    from perfutils.notebook_echo import NotebookEcho, papermill_engine

    started = time.time()
    record: dict[str, Any] = {
        "run_id": run_id,
        "preset": preset_file.stem,
        "preset_file": str(preset_file),
        "overrides": override_sections,
        "seed": {stem: values["seed"] for stem, values in parameters.items() if "seed" in values},
        "status": "running",
        "start": _now(),
        "end": None,
        "duration_s": None,
        **collect_run_info(nb_dir.parent),
        "notebooks": dict(previous.get("notebooks", {})),
    }
    write_json_atomic(record_path, record)
    log.info("run folder %s (preset %s, %d notebook(s))", run_dir, preset_file.stem, len(selected))

    rerun_rest, current = False, None
    quiet = _RunConfigFieldsAreDeclared()
    logging.getLogger("papermill").addFilter(quiet)
    # disable=None: no bar when stderr is not a terminal (CI logs, redirects).
    bar = tqdm(selected, unit="notebook", disable=None if progress else True, desc="pipeline",
               file=sys.stderr)
    try:
        for position, notebook in enumerate(bar, 1):
            stem = current = notebook.stem
            bar.set_postfix_str(stem)
            injected = {**parameters[stem], "run_dir": str(run_dir)}
            fingerprint = notebook_fingerprint(notebook)
            done = record["notebooks"].get(stem, {})
            if (resume and not rerun_rest and done.get("status") == "completed"
                    and done.get("notebook_sha256") == fingerprint
                    and {k: v for k, v in done.get("parameters", {}).items() if k != "run_dir"}
                    == parameters[stem]):
                log.info("[%d/%d] %s: skipped, completed earlier with the same parameters",
                         position, len(selected), stem)
                continue
            rerun_rest = True  # later notebooks read this one's outputs
            # The revision that ran this notebook: a resumed run may continue at a later commit.
            entry = {"parameters": injected, "notebook_sha256": fingerprint, "git": record["git"],
                     "status": "running", "start": _now(), "end": None, "duration_s": None,
                     "output": layout.executed_notebook(stem).name,
                     "artifacts": f"{layout.stage(stem).path.name}/", "error": None}
            record["notebooks"][stem] = entry
            write_json_atomic(record_path, record)
            layout.stage(stem).create()
            notebook_started = time.time()
            echo = NotebookEcho(stem, lines=echo_output, bars=progress)
            try:
                papermill.execute_notebook(
                    str(notebook), str(layout.executed_notebook(stem)), parameters=injected,
                    cwd=str(notebook.parent), progress_bar=False, engine_name=papermill_engine(),
                    **echo.papermill_arguments(),
                    # The kernel is local: talk to it over Unix sockets (files beside its
                    # connection file), not unencrypted localhost TCP ports open to every local
                    # user (ipykernel warns about those once per notebook).
                    config=Config(KernelManager={"transport": "ipc"}))
            except BaseException as error:
                entry.update(status="failed" if isinstance(error, Exception) else "interrupted",
                             error=_describe(error))
                raise
            else:
                entry["status"] = "completed"
            finally:
                echo.close()
                entry.update(end=_now(), duration_s=round(time.time() - notebook_started, 3),
                             peak_rss_gib_so_far=_children_peak_rss_gib(),
                             set_aside=set_aside_since(layout.stage(stem), entry["start"]))
                record["notebooks"][stem] = entry
                write_json_atomic(record_path, record)
                log.info("[%d/%d] %s: %s in %.1f s", position, len(selected), stem,
                         entry["status"], entry["duration_s"])
                _write_report(run_dir)
        record["status"] = "completed"
    except BaseException as error:
        record["status"] = "failed" if isinstance(error, Exception) else "interrupted"
        if isinstance(error, papermill.PapermillExecutionError):
            raise NotebookFailedError(
                f"notebook {current} failed: {_describe(error)}. The executed notebook with the "
                f"traceback is {layout.executed_notebook(str(current))}. After fixing it, continue with "
                f"'python -m perfutils pipeline --preset {preset_file.stem} --run-id {run_id} "
                f"--resume' (make run RUN_ID={run_id} RESUME=1).") from error
        raise
    finally:
        logging.getLogger("papermill").removeFilter(quiet)
        bar.close()
        record.update(end=_now(), duration_s=round(time.time() - started, 3))
        write_json_atomic(record_path, record)
        _write_report(run_dir)
    return run_dir


def _write_report(run_dir: Path) -> None:
    """The run report, rewritten; one that cannot be written costs the run nothing but a warning."""
    from perfutils.run_report import write_run_report

    try:
        write_run_report(run_dir)
    except Exception as error:  # the run's own outputs matter more than the page that shows them
        log.warning("could not write the run report %s: %s", RunLayout(run_dir).report, _describe(error))


def _children_peak_rss_gib() -> float:
    """Largest resident set of any finished child process (kernels, compilers, programs) so far.

    A running maximum: the notebook where it grows is the one that set the run's peak."""
    import resource

    return round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 2**20, 2)


def _describe(error: BaseException) -> str:
    ename, evalue = getattr(error, "ename", None), getattr(error, "evalue", None)
    if ename:
        return f"{ename}: {evalue}"
    return f"{type(error).__name__}: {error}"
