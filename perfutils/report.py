"""What a person looks at: every plot, results table and metrics file the notebooks write, and
the paper's reference figures they are read against.

Usage::

    from perfutils.report import plot_training_curves, write_metrics
    fig = plot_training_curves({"sft": result.history}, ["loss"], "SFT", stage.curves)
    write_metrics(stage.metrics, {"steps": 40, "eval_loss": float("nan")})   # NaN -> null

Each ``plot_*`` function draws one figure from data the notebook already has, saves it to
``path`` when given and returns it (closed, so it is shown once where the notebook displays
it). Tables are pandas DataFrames. The computations behind them are elsewhere (``metrics``,
``training_data``, the trainers); nothing here changes a number.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any, Iterable, Sequence

import pandas as pd

# --------------------------------------------------------------------------- the paper's figures
# Nichols et al., "Performance-Aligned LLMs for Generating Fast Code" (2024): Deepseek-Coder 6.7B
# base on ParEval, A100/EPYC nodes.
PAPER_EXPECTED_SPEEDUP = {  # the base model -> the best aligned model
    "serial": {"base": 0.9, "aligned": 1.6},
    "omp": {"base": 1.9, "aligned": 4.5},
}
PAPER_REWARD_ACCURACY = 0.93  # held-out pairs of problems seen in training
PAPER_RLPF = {"mean_reward": 1.8, "kl": 0.29}  # at the end of RLPF, on its own reward model's scale


# --------------------------------------------------------------------------- the metrics file


def write_metrics(path: str | os.PathLike, metrics: dict[str, Any]) -> Path:
    """Write a notebook's ``metrics.json``: non-finite floats become null (JSON has none), and
    what JSON cannot hold (paths, numpy numbers) its string."""
    def clean(value: Any) -> Any:
        if isinstance(value, float) and not math.isfinite(value):
            return None
        if isinstance(value, dict):
            return {str(k): clean(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [clean(v) for v in value]
        return value

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(clean(metrics), indent=2, default=str) + "\n")
    return path


def final_value(history: list[dict[str, Any]], key: str) -> float | None:
    """The last logged value of ``key`` in a trainer's log rows (None if it never appeared)."""
    values = [row[key] for row in history if isinstance(row.get(key), (int, float))]
    return float(values[-1]) if values else None


def _save(fig: Any, path: str | os.PathLike | None, **savefig: Any) -> Any:
    import matplotlib.pyplot as plt

    if path is not None:
        fig.savefig(path, dpi=120, **savefig)
    plt.close(fig)
    return fig


# --------------------------------------------------------------------------- 01-02: data


def plot_candidate_counts(rows: list[dict], path: str | os.PathLike | None = None) -> Any:
    """Candidates per problem type and source (references, variants, model samples)."""
    import matplotlib.pyplot as plt
    import seaborn as sns

    fig, ax = plt.subplots(figsize=(10, 4))
    sns.countplot(data=pd.DataFrame(rows), x="problem_type", hue="source", ax=ax)
    ax.set_title("Candidates per problem type and source")
    ax.tick_params(axis="x", rotation=45)
    fig.tight_layout()
    return _save(fig, path)


def plot_timing_overview(rows: list[dict], pairs: list[dict], min_ratio: float,
                         path: str | os.PathLike | None = None) -> Any:
    """Statuses per problem type; log2 speedups of the correct candidates; log2 ratios of the
    speed pairs (which set how strongly a pair pulls in DPA)."""
    import matplotlib.pyplot as plt
    import numpy as np
    import seaborn as sns

    df = pd.DataFrame(rows)
    fig, axes = plt.subplots(1, 3, figsize=(16, 4))
    sns.countplot(data=df, x="problem_type", hue="status", ax=axes[0])
    axes[0].tick_params(axis="x", rotation=45)
    axes[0].set_title("Statuses per problem type")
    ok = df[df.status == "ok"].copy()
    if len(ok):
        ok["log2_speedup"] = np.log2(ok["speedup"].astype(float))
        sns.histplot(data=ok, x="log2_speedup", hue="source", multiple="stack", ax=axes[1])
    axes[1].set_title("log2 speedup vs baseline (correct candidates)")
    speed_pairs = [p["speedup"] for p in pairs if p["kind"] == "speed"]
    if speed_pairs:
        sns.histplot(np.log2(speed_pairs), ax=axes[2])
    axes[2].set_title(f"log2 ratio of speed pairs (>= {min_ratio}x)")
    fig.tight_layout()
    return _save(fig, path)


def plot_noise_study(details: list[dict], path: str | os.PathLike | None = None) -> Any:
    """Each re-timed pair's ratio, first timing against re-timing (log scales)."""
    import matplotlib.pyplot as plt
    import seaborn as sns

    fig, ax = plt.subplots(figsize=(5, 4))
    sns.scatterplot(data=pd.DataFrame(details), x="old_ratio", y="new_ratio", hue="flipped", ax=ax)
    ax.axhline(1, color="grey", lw=0.5)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_title("Pair ratio: first timing vs re-timing")
    fig.tight_layout()
    return _save(fig, path)


# --------------------------------------------------------------------------- 03-06: training


def plot_training_curves(histories: dict[str, list[dict[str, Any]]], metrics: Iterable[str],
                         title: str, path: str | os.PathLike | None = None) -> Any:
    """One panel per metric against the step, one line per history (seaborn).

    ``histories`` maps a label (e.g. "dpa", "dpo") to a trainer's log rows. Metrics missing
    from every history are skipped, so a preset that logs less still plots.
    """
    import seaborn as sns

    metrics = list(metrics)
    rows = [{"step": row["step"], "metric": name, "value": row[name], "run": label}
            for label, history in histories.items() for row in history if "step" in row
            for name in metrics if isinstance(row.get(name), (int, float))
            and math.isfinite(row[name])]
    frame = pd.DataFrame(rows, columns=["step", "metric", "value", "run"])
    names = [m for m in metrics if m in set(frame["metric"])] or ["(nothing logged)"]
    grid = sns.relplot(data=frame, x="step", y="value", col="metric", col_order=names,
                       hue="run" if len(histories) > 1 else None, kind="line", marker="o",
                       col_wrap=min(3, len(names)), height=2.8, facet_kws={"sharey": False})
    grid.set_titles("{col_name}")
    grid.figure.suptitle(title, y=1.03)
    return _save(grid.figure, path, bbox_inches="tight")


def reward_accuracy_table(accuracy: dict[str, dict[str, Any]]) -> pd.DataFrame:
    """The reward model's pairwise accuracy per split (as ``evaluate_pairs`` returns it): one
    row per split overall ("all") and per speedup bin."""
    return pd.DataFrame([{"split": split, "bin": "all", "accuracy": acc["accuracy"], "pairs": acc["pairs"]}
                         for split, acc in accuracy.items()]
                        + [{"split": split, **row} for split, acc in accuracy.items() for row in acc["bins"]])


def plot_reward_accuracy(table: pd.DataFrame, path: str | os.PathLike | None = None) -> Any:
    """Pairwise accuracy by speedup bin and split, with the paper's figure and chance marked."""
    import matplotlib.pyplot as plt
    import seaborn as sns

    fig, ax = plt.subplots()
    sns.barplot(data=table.dropna(subset=["accuracy"]), x="bin", y="accuracy", hue="split", ax=ax)
    ax.axhline(PAPER_REWARD_ACCURACY, color="gray", linestyle="--",
               label=f"paper ({PAPER_REWARD_ACCURACY:.0%})")
    ax.axhline(0.5, color="black", linewidth=0.8, label="chance")
    ax.set(ylim=(0, 1), xlabel="speedup ratio of the pair", title="Reward model: pairwise accuracy")
    ax.legend(fontsize=8, loc="upper left", bbox_to_anchor=(1.02, 1))
    ax.tick_params(axis="x", rotation=20)
    return _save(fig, path, bbox_inches="tight")


# --------------------------------------------------------------------------- 07: results

RESULT_COLUMNS = ("build@1", "pass@1", "speedup_n@1", "speedup_n@1_geo", "efficiency_n@1",
                  "expected_speedup", "share_without_correct")


def results_table(table: pd.DataFrame, models: Sequence[str]) -> pd.DataFrame:
    """``metrics.summarize`` by model and execution model, execution models first, models in the
    order they were evaluated."""
    order = {m: i for i, m in enumerate(models)}
    return table.sort_values(["parallelism", "model"],
                             key=lambda s: s.map(order) if s.name == "model" else s)


def write_results(table: pd.DataFrame, by_type: pd.DataFrame, folder: Any) -> None:
    """The results tables of notebook 07 into its folder (``layout.EvaluateFolder``): CSV and
    Markdown per model, CSV per problem type."""
    table.to_csv(folder.results_table, index=False)
    folder.results_markdown.write_text(table.to_markdown(index=False, floatfmt=".3f") + "\n")
    by_type.to_csv(folder.by_type, index=False)


def paper_comparison(table: pd.DataFrame) -> pd.DataFrame:
    """Expected speedup per execution model: the paper's base and aligned model beside ours."""
    paper = pd.DataFrame([{"parallelism": par, "source": f"paper: {which}", "expected_speedup": v}
                          for par, d in PAPER_EXPECTED_SPEEDUP.items() for which, v in d.items()])
    ours = table[["parallelism", "model", "expected_speedup"]].rename(columns={"model": "source"})
    ours["source"] = "ours: " + ours["source"]
    return pd.concat([paper, ours]).pivot_table(index="source", columns="parallelism",
                                                values="expected_speedup")


def results_by_model(table: pd.DataFrame, models: Sequence[str], parallelisms: Sequence[str]) -> dict:
    """``{parallelism: {model: {metric: value or None}}}`` of the metrics file, for RESULT_COLUMNS."""
    def cell(model: str, par: str, column: str) -> float | None:
        sel = table[(table.model == model) & (table.parallelism == par)]
        return None if sel.empty or pd.isna(sel[column].iloc[0]) else float(sel[column].iloc[0])

    return {par: {m: {c: cell(m, par, c) for c in RESULT_COLUMNS} for m in models} for par in parallelisms}


def plot_results(table: pd.DataFrame, path: str | os.PathLike | None = None) -> Any:
    """Bar charts of pass@1, build@1 and the geometric speedup_n@1 per model and execution model.

    ``table`` is ``metrics.summarize(samples, by=("model", "parallelism"))``; models keep their
    order of appearance. Every bar is labelled with its value, and a speedup that is undefined
    (no correct sample) is labelled "n/a" rather than left out, so an empty panel cannot pass for
    a measured zero.
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
    return _save(fig, path)


def plot_by_type(by_type: pd.DataFrame, value: str = "expected_speedup",
                 path: str | os.PathLike | None = None) -> Any:
    """One heatmap per execution model: problem type x model, annotated with ``value``.

    ``by_type`` is ``metrics.summarize(samples, by=("model", "parallelism", "problem_type"))``.
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
    return _save(fig, path)
