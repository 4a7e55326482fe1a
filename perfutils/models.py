"""Loading a model: the one door to a model, for any backend, with an optional adapter.

Usage::

    from perfutils.models import load_model
    model, tokenizer = load_model()                                   # SmolLM2-135M-Instruct
    model, tokenizer = load_model("tiny", adapter=RunLayout(run).sft.adapter)
    policy, tokenizer = load_model("tiny", adapter=start, trainable=True)       # to train on
    reward, tokenizer = load_model("tiny", task="sequence-classification")      # one score
    engine, tokenizer = load_model("tiny", backend="vllm", adapter=a)           # to sample with

A model is named by an embedded name, a checkpoint directory or a hub id
(:func:`perfutils.model_sources.resolve_model` fetches an embedded model on first use).
``backend="hf"`` (transformers) gives a torch model, what training, scoring and the
transformers sampler use; every other backend is a sampler registered in
:mod:`perfutils.generation` (``vllm``; llama.cpp plugs in there) and gives that backend's
handle, which :func:`perfutils.generation.generate_samples` recognizes.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from perfutils.errors import UsageError
from perfutils.model_sources import (DEFAULT_MODEL, finish_generation_config, finish_tokenizer,
                                     not_found_error, resolve_model)

TASKS = ("causal-lm", "sequence-classification")


def is_adapter_dir(path: str | os.PathLike | None) -> bool:
    """Whether ``path`` holds a PEFT adapter (an ``adapter_config.json``)."""
    return path is not None and (Path(path) / "adapter_config.json").is_file()


def check_adapter(adapter: str | os.PathLike) -> Path:
    """``adapter`` as a path, or a :class:`UsageError` that says which notebook writes one."""
    if not is_adapter_dir(adapter):
        raise UsageError(f"{adapter} is not an adapter folder (no adapter_config.json): run the "
                         "notebook that trains it first, or pass an adapter folder that a "
                         "training notebook wrote (see docs/layout.md).")
    return Path(adapter)


def load_model(name_or_path: str | os.PathLike = DEFAULT_MODEL, *,
               adapter: str | os.PathLike | None = None, backend: str = "hf",
               task: str = "causal-lm", trainable: bool = False, merge: bool = False,
               dtype: Any = None, device: str | None = None,
               cache_dir: str | os.PathLike | None = None, **backend_options: Any) -> tuple[Any, Any]:
    """``(model, tokenizer)``: the model ``name_or_path``, with ``adapter`` applied when given.

    ``backend``: "hf" (transformers) or a generation backend of :mod:`perfutils.generation`
    (which takes ``backend_options``, e.g. vLLM's ``max_lora_rank``). The rest is for "hf":
    ``task`` "causal-lm" (AutoModelForCausalLM) or "sequence-classification" (one output, the
    reward model's score head, freshly initialized unless the adapter carries one);
    ``trainable``: the adapter's weights stay trainable (a policy to train further); ``merge``:
    the adapter is merged into the weights (faster to score or save); ``dtype``: a torch dtype
    or its name, default the checkpoint's own; ``device``: default the first CUDA GPU when there
    is one, else the CPU. The tokenizer always has a pad token.
    """
    if adapter is not None:
        check_adapter(adapter)
    if backend != "hf":
        from perfutils.generation import generation_backend

        if task != "causal-lm" or trainable or merge or dtype is not None or device is not None:
            raise UsageError(f"backend {backend!r} samples completions only: task, trainable, "
                             "merge, dtype and device are for the 'hf' backend.")
        return generation_backend(backend).load(name_or_path, adapter=adapter, cache_dir=cache_dir,
                                                **backend_options)
    if backend_options:
        raise UsageError(f"backend 'hf' takes no {', '.join(sorted(backend_options))}.")
    model, tokenizer = _load_transformers(name_or_path, task=task, dtype=dtype, device=device,
                                          cache_dir=cache_dir)
    if adapter is None:
        return model, tokenizer
    from peft import PeftModel

    model = PeftModel.from_pretrained(model, str(adapter), is_trainable=trainable)
    if merge:
        model = model.merge_and_unload()
    if not trainable:
        model.eval()
    return model, tokenizer


def _load_transformers(name_or_path: str | os.PathLike, *, task: str, dtype: Any,
                       device: str | None, cache_dir: str | os.PathLike | None) -> tuple[Any, Any]:
    import torch
    from transformers import (AutoModelForCausalLM, AutoModelForSequenceClassification,
                              AutoTokenizer)

    if task not in TASKS:
        raise UsageError(f"unknown task {task!r}; valid tasks: {', '.join(TASKS)}.")
    if isinstance(dtype, str) and dtype != "auto":
        if not isinstance(getattr(torch, dtype, None), torch.dtype):
            raise UsageError(f"unknown dtype {dtype!r}; use e.g. float32, bfloat16 or auto.")
        dtype = getattr(torch, dtype)
    if device is None:
        device = "cuda" if torch.cuda.is_available() else "cpu"
    try:
        device = torch.device(device)
    except RuntimeError as error:
        raise UsageError(f"unknown device {device!r}; use e.g. cpu, cuda or cuda:1.") from error
    source = resolve_model(name_or_path, cache_dir=cache_dir)
    # A local checkpoint must never trigger a hub lookup (no network after the fetch).
    local = {"local_files_only": True} if isinstance(source, Path) else {}
    try:
        tokenizer = AutoTokenizer.from_pretrained(source, **local)
        if task == "causal-lm":
            model = AutoModelForCausalLM.from_pretrained(source, dtype=dtype or "auto", **local)
        else:
            model = AutoModelForSequenceClassification.from_pretrained(
                source, dtype=dtype or "auto", num_labels=1, **local)
    except (OSError, ValueError, KeyError) as error:
        first_line = (str(error).strip().splitlines() or [""])[0]
        raise not_found_error(os.fspath(name_or_path),
                              f"loading {source} failed ({type(error).__name__}: {first_line})") from error
    finish_tokenizer(tokenizer)
    if task == "causal-lm":
        finish_generation_config(model, tokenizer)
    else:
        # Sequence classification pools at the last non-pad token, so it must know the pad id.
        model.config.pad_token_id = tokenizer.pad_token_id
    model.eval()
    return model.to(device), tokenizer


def merge_adapter(model_name: str, adapter: str | os.PathLike, out_dir: str | os.PathLike) -> Path:
    """Merge ``adapter`` into its base model and save a standalone checkpoint (with tokenizer)."""
    model, tokenizer = load_model(model_name, adapter=adapter, merge=True)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out
