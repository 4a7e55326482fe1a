"""Evaluation: sample every model on the held-out prompts and run all samples (notebook 07).

    layout = RunLayout(run_dir)
    samples = evaluate_models(layout.evaluated_models(), "smollm2-135m-instruct", problems,
                              samples_per_prompt=4, out_dir=layout.evaluate.path,
                              settings=SamplingSettings())
    table = summarize(samples)             # perfutils.metrics; perfutils.report draws it

Every model gets the same prompts, sampling settings and seeds. Samples are never deduplicated
(pass@k and speedup_n@k need all k); a sample from which no function could be extracted counts
as a compile error. Generation and runner results are both stored as they go, so an interrupted
evaluation resumes.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pandas as pd

from .generation import (GENERATION_BACKENDS, SamplingSettings, generate_samples, prompt_requests,
                         vllm_lora_rank)
from .layout import EvaluateFolder
from .problems import Problem


def evaluate_models(models: dict[str, str | Path | None], model_name: str, problems: list[Problem], *,
                    samples_per_prompt: int, out_dir: str | Path, settings: SamplingSettings,
                    parallelisms=("serial", "omp"), threads=None, timing: dict | None = None, workers: int = 2,
                    progress: bool = True, backend: str = "hf", executor: str = "local") -> pd.DataFrame:
    """Sample `samples_per_prompt` completions per prompt from each model (base `model_name` plus
    an adapter, or None for the base itself), run them all, and return one row per sample.

    `out_dir` is notebook 07's folder (`RunLayout(run).evaluate.path`). `backend`: a generation
    backend as resolved by `resolve_generation_backend` ("hf": each model loaded in turn;
    "vllm": one engine on the base model, each adapter applied per request). `executor`: the
    runner's, "local" or "ray" (`perfutils.runner.executors.make_executor`); it is set up before
    sampling starts, so a bad name or a missing Ray fails early. `threads`: OpenMP thread
    counts; None: 1, 2 and all usable cores (the runner's default)."""
    from .models import check_adapter, load_model
    from .runner.executors import Task, evaluate_candidates, make_executor
    from .runner.results import RunConfig, thread_counts
    from .runner.store import ResultStore

    threads = thread_counts(threads)

    folder = EvaluateFolder(out_dir).create()
    requests = prompt_requests(problems, parallelisms)
    by_id = {p.id: p for p in problems}
    for adapter in models.values():
        if adapter is not None:
            check_adapter(adapter)
    if backend not in GENERATION_BACKENDS:
        raise ValueError(f"backend must be {' or '.join(map(repr, GENERATION_BACKENDS))} (see "
                         f"resolve_generation_backend), not {backend!r}")
    runner = make_executor(executor, workers=workers)
    # One vLLM engine serves every adapter, so it is sized for the largest.
    options = {"max_lora_rank": vllm_lora_rank(models.values())} if backend == "vllm" else {}
    rows = []
    for label, adapter in models.items():
        model = tokenizer = None
        try:
            model, tokenizer = load_model(model_name, backend=backend, adapter=adapter, **options)
            records = generate_samples(model, tokenizer, requests, samples_per_prompt=samples_per_prompt,
                                       out_path=folder.samples(label), settings=settings,
                                       model_name=f"{model_name}+{label}", progress=progress)
        finally:
            del model, tokenizer
            gc.collect()
        for rec in records:
            rec["label"] = label
        rows += records
    tasks, index = [], []
    for i, rec in enumerate(rows):
        if rec["code"]:
            cfg = RunConfig(parallelism=rec["parallelism"], threads=threads, **(timing or {}))
            tasks.append(Task(by_id[rec["problem_id"]], rec["code"], cfg, meta={"model": rec["label"]}))
            index.append(i)
    results = evaluate_candidates(tasks, store=ResultStore(folder.results), executor=runner,
                                  progress=progress)
    out = []
    for rec in rows:
        out.append({"model": rec["label"], "problem_id": rec["problem_id"],
                    "problem_type": by_id[rec["problem_id"]].type, "parallelism": rec["parallelism"],
                    "sample_index": rec["sample_index"], "status": "compile_error", "speedup": float("nan"),
                    "threads": max(threads) if rec["parallelism"] == "omp" else 1, "unstable": False,
                    "message": "no function could be extracted from the output", "code": rec["code"] or "",
                    "raw": rec["raw"], "extraction": rec["extraction"]})
    for i, res in zip(index, results):
        out[i].update(status=res.status, speedup=res.speedup if res.status == "ok" else float("nan"),
                      threads=res.threads, unstable=res.unstable, message=res.message[:300])
    return pd.DataFrame(out)
