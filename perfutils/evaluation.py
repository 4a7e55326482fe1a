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

import numpy as np
import pandas as pd

from .generation import (GENERATION_BACKENDS, SamplingSettings, generate_samples, prompt_requests,
                         vllm_lora_rank)
from .layout import EvaluateFolder
from .problems import Problem


def evaluate_models(models: dict[str, str | Path | None], model_name: str, problems: list[Problem], *,
                    samples_per_prompt: int | dict[str, int], out_dir: str | Path, settings: SamplingSettings,
                    parallelisms=("serial", "omp"), threads=None, timing: dict | None = None, workers: int = 2,
                    progress: bool = True, backend: str = "hf", executor: str = "local") -> pd.DataFrame:
    """Sample `samples_per_prompt` completions per prompt from each model (base `model_name` plus
    an adapter, or None for the base itself), run them all, and return one row per sample, with
    how many tokens it took (`new_tokens`) and whether it stopped at the token limit
    (`at_token_cap`). `samples_per_prompt` may be a number per model label.

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
        n = samples_per_prompt[label] if isinstance(samples_per_prompt, dict) else samples_per_prompt
        model = tokenizer = None
        try:
            model, tokenizer = load_model(model_name, backend=backend, adapter=adapter, **options)
            records = generate_samples(model, tokenizer, requests, samples_per_prompt=n,
                                       out_path=folder.samples(label), settings=settings,
                                       model_name=f"{model_name}+{label}", progress=progress)
            for rec in records:
                rec["label"] = label
                rec["new_tokens"] = len(tokenizer(rec["raw"], add_special_tokens=False)["input_ids"])
        finally:
            del model, tokenizer
            gc.collect()
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
                    "raw": rec["raw"], "extraction": rec["extraction"], "new_tokens": rec["new_tokens"],
                    "at_token_cap": rec["new_tokens"] >= settings.max_new_tokens})
    for i, res in zip(index, results):
        out[i].update(status=res.status, speedup=res.speedup if res.status == "ok" else float("nan"),
                      threads=res.threads, unstable=res.unstable, message=res.message[:300])
    return pd.DataFrame(out)


def identical_to_start(samples: pd.DataFrame, starts: dict[str, str]) -> pd.DataFrame:
    """How far each aligned model moved from where its training started, in what it writes: the
    share of its samples whose code is character for character the start model's sample of the
    same prompt and sample index (drawn with the same seed). One row per model whose start was
    evaluated too."""
    rows = []
    keys = ["problem_id", "parallelism", "sample_index"]
    for model, start in starts.items():
        mine, theirs = samples[samples.model == model], samples[samples.model == start]
        if mine.empty or theirs.empty:
            continue
        both = mine.merge(theirs, on=keys, suffixes=("", "_start"))
        rows.append({"model": model, "start": start, "compared": len(both),
                     "identical_share": float((both["code"] == both["code_start"]).mean()) if len(both) else None})
    return pd.DataFrame(rows, columns=["model", "start", "compared", "identical_share"])


def kl_to_start(model_name: str, adapters: dict[str, str | Path | None], starts: dict[str, str],
                samples: pd.DataFrame, problems: list[Problem], *, n_samples: int = 16,
                seed: int = 0) -> pd.DataFrame:
    """How far each aligned model moved in distribution: a Monte Carlo estimate of
    KL(model || start) in nats per completion, the mean over `n_samples` of the model's own eval
    samples y of log p_model(y|x) - log p_start(y|x), both scored by transformers with the
    adapters applied (the start is the base model or another adapter). Samples drawn by another
    backend (llama.cpp on the quantized weights) make it an estimate of the same quantity up to
    that quantization. One row per model whose adapter exists."""
    import torch
    from peft import PeftModel

    from .generation import format_prompt
    from .models import load_model

    prompts = {(p.id, par): p.prompt(par) for p in problems for par in ("serial", "omp")}
    base, tokenizer = load_model(model_name)

    def logp(model, prompt: str, completion: str) -> float:
        # Encoded apart, as generation encodes the prompt and the model wrote the completion (no EOS:
        # a sample ends where the function's braces close).
        prompt_ids = tokenizer(format_prompt(tokenizer, prompt), add_special_tokens=False)["input_ids"]
        completion_ids = tokenizer(completion, add_special_tokens=False)["input_ids"]
        ids = torch.tensor([prompt_ids + completion_ids])
        with torch.inference_mode():
            logits = model(ids).logits[0, len(prompt_ids) - 1:-1].float()
        return float(torch.log_softmax(logits, dim=-1).gather(1, ids[0, len(prompt_ids):, None]).sum())

    rows = []
    for label, start in starts.items():
        mine = samples[(samples.model == label) & (samples.raw.str.len() > 0)]
        if adapters.get(label) is None or mine.empty:
            continue
        picked = mine.sample(min(n_samples, len(mine)), random_state=seed)
        model = PeftModel.from_pretrained(base, str(adapters[label]), adapter_name="model")
        if adapters.get(start) is not None:
            model.load_adapter(str(adapters[start]), adapter_name="start")
        model.eval()
        diffs = []
        for _, row in picked.iterrows():
            prompt = prompts[(row.problem_id, row.parallelism)]
            model.set_adapter("model")
            own = logp(model, prompt, row.raw)
            if adapters.get(start) is not None:
                model.set_adapter("start")
                other = logp(model, prompt, row.raw)
            else:
                with model.disable_adapter():
                    other = logp(model, prompt, row.raw)
            diffs.append(own - other)
        base = model.unload()
        rows.append({"model": label, "start": start, "samples": len(diffs), "kl_nats": float(np.mean(diffs)),
                     "kl_nats_se": float(np.std(diffs, ddof=1) / np.sqrt(len(diffs))) if len(diffs) > 1 else None})
    return pd.DataFrame(rows, columns=["model", "start", "samples", "kl_nats", "kl_nats_se"])
