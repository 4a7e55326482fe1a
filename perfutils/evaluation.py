"""Evaluation: sample every model on the held-out prompts and run all samples (notebook 07).

    samples = evaluate_models({"base": None, "sft": run_dir / "03_sft/adapter"}, "smollm2-135m-instruct",
                              problems, k=4, out_dir=run_dir / "07_evaluate", settings=SamplingSettings())
    table = summarize(samples)             # perfutils.metrics

Every model gets the same prompts, sampling settings and seeds. Samples are never deduplicated
(pass@k and speedup_n@k need all k); a sample from which no function could be extracted counts
as a compile error. Generation and runner results are both stored as they go, so an interrupted
evaluation resumes.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pandas as pd

from .generation import (PromptRequest, SamplingSettings, generate_samples, load_vllm, vllm_lora_rank,
                         vllm_lora_request)
from .problems import Problem

PAPER_HEADLINE = {
    # Nichols et al. 2024, expected speedup of the base model -> the best aligned model (Deepseek-Coder
    # 6.7B base, ParEval, A100/EPYC nodes): serial 0.9 -> 1.6, OpenMP 1.9 -> 4.5.
    "serial": {"base": 0.9, "aligned": 1.6},
    "omp": {"base": 1.9, "aligned": 4.5},
}


def prompt_requests(problems: list[Problem], parallelisms=("serial", "omp")) -> list[PromptRequest]:
    return [PromptRequest(f"{p.id}/{par}", p.id, par, p.prompt(par), p.signature) for p in problems
            for par in parallelisms]


def evaluate_models(models: dict[str, str | Path | None], model_name: str, problems: list[Problem], *, k: int,
                    out_dir: str | Path, settings: SamplingSettings, parallelisms=("serial", "omp"),
                    threads=None, timing: dict | None = None, workers: int = 2, progress: bool = True,
                    backend: str = "hf", executor: str = "local") -> pd.DataFrame:
    """Sample `k` completions per prompt from each model (base `model_name` plus an adapter, or
    None for the base itself), run them all, and return one row per sample.

    `backend`: "hf" (transformers; each model loaded in turn) or "vllm" (one engine on the base
    model, each adapter applied per request), as resolved by `resolve_generation_backend`.
    `executor`: the runner's, "local" or "ray" (`perfutils.runner.executors.make_executor`); it is
    set up before sampling starts, so a bad name or a missing Ray fails early.
    `threads`: OpenMP thread counts; None: 1, 2 and all usable cores (the runner's default)."""
    from .adapters import load_with_adapter
    from .runner.executors import Task, evaluate_candidates, make_executor
    from .runner.results import RunConfig, thread_counts
    from .runner.store import ResultStore

    threads = thread_counts(threads)

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    requests = prompt_requests(problems, parallelisms)
    by_id = {p.id: p for p in problems}
    for label, adapter in models.items():
        if adapter is not None and not (Path(adapter) / "adapter_config.json").exists():
            raise FileNotFoundError(f"model {label!r}: no adapter at {adapter}; run the notebook that trains it first")
    if backend not in ("hf", "vllm"):
        raise ValueError(f"backend must be 'hf' or 'vllm' (see resolve_generation_backend), not {backend!r}")
    runner = make_executor(executor, workers=workers)
    engine = None
    if backend == "vllm":
        engine = load_vllm(model_name, max_lora_rank=vllm_lora_rank(models.values()), seed=settings.seed)
    rows = []
    for lora_id, (label, adapter) in enumerate(models.items(), start=1):
        path = out_dir / f"samples_{label}.jsonl"
        sample = dict(n=k, out_path=path, settings=settings, model_name=f"{model_name}+{label}", progress=progress)
        if engine is not None:
            records = generate_samples(*engine, requests, use_vllm=True,
                                       lora_request=vllm_lora_request(label, adapter, lora_id), **sample)
        else:
            model = tokenizer = None
            try:
                model, tokenizer = load_with_adapter(model_name, adapter)
                records = generate_samples(model, tokenizer, requests, **sample)
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
    results = evaluate_candidates(tasks, store=ResultStore(out_dir / "results.jsonl"), executor=runner,
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


def plot_results(table: pd.DataFrame, path: str | Path | None = None):
    """Bar charts of pass@1, build@1 and the geometric speedup_n@1 per model and execution model.

    ``table`` is ``metrics.summarize(samples, by=("model", "parallelism"))``; models keep their
    order of appearance. Every bar is labelled with its value, and a speedup that is undefined
    (no correct sample) is labelled "n/a" rather than left out, so an empty panel cannot pass for
    a measured zero. Saved to ``path`` when given; returns the figure.
    """
    import matplotlib.pyplot as plt
    import numpy as np

    missing = {"model", "parallelism", "pass@1", "build@1", "speedup_n@1_geo"} - set(table.columns)
    if missing:
        raise ValueError(f"plot_results needs the columns of metrics.summarize; missing {sorted(missing)}")
    models = list(dict.fromkeys(table["model"]))
    parallelisms = list(dict.fromkeys(table["parallelism"]))
    panels = [("pass@1", "pass@1"), ("build@1", "build@1"),
              ("speedup_n@1_geo", "speedup_n@1 (geometric mean over prompts with a correct sample)")]
    fig, axes = plt.subplots(1, len(panels), figsize=(6 * len(panels), 4.2))
    x = np.arange(len(models))
    width = 0.8 / max(len(parallelisms), 1)
    for ax, (column, title) in zip(axes, panels):
        values = table.set_index(["model", "parallelism"])[column].astype(float)
        for i, par in enumerate(parallelisms):
            heights = np.array([values.get((m, par), np.nan) for m in models], dtype=float)
            bars = ax.bar(x + (i - (len(parallelisms) - 1) / 2) * width, np.nan_to_num(heights, nan=0.0),
                          width, label=par)
            ax.bar_label(bars, labels=[f"{h:.2f}" if np.isfinite(h) else "n/a" for h in heights], fontsize=8)
        ax.set_xticks(x, models)
        ax.set_xlabel("model")
        ax.set_title(title, fontsize=10)
        if column == "speedup_n@1_geo":
            ax.axhline(1, color="grey", lw=0.8, ls="--")
            if not np.isfinite(values.to_numpy()).any():
                ax.set_ylim(0, 2)
                ax.text(0.5, 0.6, "no correct sample from any model:\nspeedup undefined (n/a)",
                        transform=ax.transAxes, ha="center", va="center")
        else:
            ax.set_ylim(0, 1.1)  # a probability: 0 must look like 0, not like an empty axis
    axes[0].legend(title="execution")
    fig.tight_layout()
    if path is not None:
        fig.savefig(path, dpi=120)
    plt.close(fig)
    return fig


def plot_by_type(by_type: pd.DataFrame, value: str = "expected_speedup", path: str | Path | None = None):
    """One heatmap per execution model: problem type x model, annotated with ``value``.

    ``by_type`` is ``metrics.summarize(samples, by=("model", "parallelism", "problem_type"))``.
    Saved to ``path`` when given; returns the figure.
    """
    import matplotlib.pyplot as plt
    import seaborn as sns

    if by_type.empty or value not in by_type.columns:
        raise ValueError(f"plot_by_type needs a non-empty table with a {value!r} column")
    models = list(dict.fromkeys(by_type["model"]))
    parallelisms = list(dict.fromkeys(by_type["parallelism"]))
    fig, axes = plt.subplots(1, len(parallelisms), figsize=(7 * len(parallelisms), 5), squeeze=False)
    for ax, par in zip(axes[0], parallelisms):
        heat = (by_type[by_type.parallelism == par]
                .pivot_table(index="problem_type", columns="model", values=value, dropna=False)
                .reindex(columns=models))
        sns.heatmap(heat, annot=True, fmt=".2f", cmap="viridis", ax=ax)
        ax.set_title(f"{value} per problem type ({par})")
    fig.tight_layout()
    if path is not None:
        fig.savefig(path, dpi=120)
    plt.close(fig)
    return fig
