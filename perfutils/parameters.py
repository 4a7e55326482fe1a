"""A notebook's parameters: the run config it builds from them in one call, and the names presets use.

Usage (in a notebook, after its ``parameters`` cell)::

    config = build_run_config(layout.sft, globals(), output_dir=str(layout.sft.checkpoints))
    print(describe_run_config(config))

A notebook's parameters are what its ``parameters`` cell declares and, where its stage names a
run config (``run_config`` of the folder classes in :mod:`perfutils.layout`: the trainer configs
of 03-06, the sampling settings of 01 and 07), every field of that config. The config class is
the one place of those defaults (``lora_r``, ``learning_rate``, ...); the cell declares only
what is the notebook's own or differs there. A preset may set any of them, and
:mod:`perfutils.pipeline` checks each key against this list before anything runs.

One idea, one name: samples per prompt is ``samples_per_prompt`` everywhere (TRL's
``num_generations`` is set from it at the boundary, in ``RLPFRunConfig``). Names used before are
in :data:`RENAMED_PARAMETERS`, and a preset or ``--set`` that uses one gets an error naming the
new one.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import json
import re
from typing import Any

from perfutils.layout import NOTEBOOKS_DIR, StageFolder

# old name -> new name, for every notebook
RENAMED_PARAMETERS = {"k": "samples_per_prompt", "num_generations": "samples_per_prompt"}
_PARAMETER_VALUES = (str, int, float, bool, list, dict, type(None))


def run_config_class(stage: StageFolder | type[StageFolder]) -> type | None:
    """The dataclass a stage's notebook builds from its parameters, or None."""
    if stage.run_config is None:
        return None
    module, _, name = stage.run_config.partition(":")
    return getattr(importlib.import_module(module), name)


def _type_name(annotation: Any) -> str:
    """``int`` for ``int``, ``"int | None"`` or ``Optional[int]``; the text otherwise."""
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
    text = text.replace("typing.", "")
    optional = re.fullmatch(r"Optional\[(\w+)\]|(\w+) \| None|None \| (\w+)", text)
    return next(g for g in optional.groups() if g) if optional else text


def run_config_fields(stage: StageFolder | type[StageFolder]) -> dict[str, dict[str, str]]:
    """The fields of the stage's run config that are notebook parameters, as papermill describes
    a declared parameter (``{"inferred_type_name": "int"}``); renamed names are left out."""
    config = run_config_class(stage)
    if config is None:
        return {}
    return {f.name: {"inferred_type_name": _type_name(f.type)} for f in dataclasses.fields(config)
            if f.init and f.name not in RENAMED_PARAMETERS}


def declared_in_cell(stem: str) -> list[str]:
    """The names the ``parameters`` cell of notebook ``stem`` (in ``notebooks/``) declares."""
    cells = json.loads((NOTEBOOKS_DIR / f"{stem}.ipynb").read_text())["cells"]
    cell = next(c for c in cells if "parameters" in c.get("metadata", {}).get("tags", []))
    source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
    return [node.target.id for node in ast.parse(source).body if isinstance(node, ast.AnnAssign)]


def notebook_parameters(stage: StageFolder, namespace: dict[str, Any]) -> dict[str, Any]:
    """The values a notebook runs with (``globals()``): its cell's and its run config's that it set,
    without ``run_dir`` (where the run is says nothing about what it computes)."""
    names = set(declared_in_cell(stage.stem)) | set(run_config_fields(stage))
    return {name: namespace[name] for name in sorted(names - {"run_dir"})
            if name in namespace and isinstance(namespace[name], _PARAMETER_VALUES)}


def build_run_config(stage: StageFolder, namespace: dict[str, Any], **fixed: Any) -> Any:
    """The stage's run config from a notebook's namespace (``globals()``): every field the
    notebook set, as a parameter or in its ``parameters`` cell, then ``fixed`` (paths the notebook
    decides); every other field keeps the config class's default."""
    config = run_config_class(stage)
    if config is None:
        raise ValueError(f"notebook {stage.stem} builds no run config")
    fields = run_config_fields(stage)
    given = {name: value for name, value in namespace.items()
             if name in fields and isinstance(value, _PARAMETER_VALUES)}
    return config(**{**given, **fixed})


def describe_run_config(config: Any) -> str:
    """The settings this repository chooses (the fields its own classes declare, e.g. LoRA's and
    those whose defaults differ from TRL's), one per line, as the config holds them."""
    ours = {name for klass in type(config).__mro__ if klass.__module__.startswith("perfutils.")
            for name in vars(klass).get("__annotations__", {})}
    lines = [f"  {f.name} = {getattr(config, f.name)!r}" for f in dataclasses.fields(config) if f.name in ours]
    return f"{type(config).__name__}:\n" + "\n".join(lines)
