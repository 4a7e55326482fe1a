"""Evaluation metrics: pass@k, build@k, speedup_n@k, efficiency_n@k and the expected speedup.

The input is one row per evaluated sample (samples are never deduplicated: the estimators need
all of them), a DataFrame with the columns in `SAMPLE_COLUMNS`:

    model, problem_id, problem_type, parallelism ("serial" | "omp"), sample_index,
    status (see `STATUSES`), speedup (reference_time / candidate_time against the fast serial
    reference, only read where status == "ok"; for omp at the largest thread count),
    threads (the thread count that speedup was measured with; 1 for serial)

A *prompt* is (problem_id, parallelism). Every metric is computed per (model, prompt) first,
then averaged over prompts, so a prompt with many samples weighs no more than one with few.

    from perfutils.metrics import summarize, paired_bootstrap_diff, largest_speedups
    table = summarize(samples, by=("model", "parallelism"), k=1)
    serial = samples[samples.parallelism == "serial"]
    paired_bootstrap_diff(serial, "dpa", "base", "speedup_n@1_geo")  # diff, ratio, intervals
    largest_speedups(samples, n=10)  # judge the outliers by reading their code

Definitions (k samples per prompt, n >= k evaluated, c correct, b built):

- pass@k = 1 - C(n-c, k) / C(n, k), the unbiased estimator of Chen et al. (2021).
- build@k: the same estimator with b in place of c. A sample counts as built when it compiled
  and was linked and run by the harness: every status except `compile_error` and `rejected`.
  The runner rejects a candidate from its compiled object's symbol table (it defines `main`, a
  timer, `operator new`, or code run before `main`) *instead of* linking it; most of these would
  be duplicate-symbol link errors in ParEval's build, which counts them as build failures, and
  none of them yields a program the benchmark accepts.
- speedup_n@k (ParEval): per prompt, the expected best speedup of k samples drawn without
  replacement from its correct samples; then the mean over prompts with at least one correct
  sample. With m correct speedups sorted s_(1) <= ... <= s_(m), the expected maximum of k is
  sum_j C(j-1, k-1) / C(m, k) * s_(j). With fewer correct samples than k (m < k), all m are
  drawn (k is clipped to m), so the value is the best of them. For k = 1 this is the mean over
  the prompt's correct samples.
  ParEval's published analysis code weights the j-th *fastest* runtime by C(j-1, k-1) / C(N, k),
  the probability that it is the *slowest* of k (an expected minimum), with an nCr that returns
  1 instead of 0 when n < r, which adds weight to the k-1 fastest runtimes and, with fewer
  correct samples than k, sums them. `estimator="pareval_code"` reproduces that code exactly
  (see `expected_best_of_k`); both agree at k = 1.
- efficiency_n@k = the same with each sample's speedup divided by its thread count n
  (ParEval: speedup_n / n); equal to speedup_n@k for serial code.
- expected_speedup: per prompt, the mean speedup over all n samples with every incorrect sample
  counted as 0; then the mean over all prompts.

Prompts without a correct sample, shown both ways in `summarize`: `speedup_n@k` excludes them
(ParEval), `speedup_n@k_zero` counts them as 0, and `share_without_correct` is their share.
Geometric means (`*_geo`) are exp(mean(log x)) over prompts of the per-prompt value, always over
the prompts with at least one correct sample, because one zero makes a geometric mean 0: the
prompts left out are reported as `share_without_correct` instead of being floored to some
arbitrary small speedup. The geometric mean keeps one implausible 500x sample from carrying a
table; `largest_speedups` lists such samples so a reader can judge them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from math import comb
from typing import Literal, Sequence

import numpy as np
import pandas as pd

from .runner.results import STATUSES

NOT_BUILT_STATUSES = frozenset({"compile_error", "rejected"})  # why rejected: module docstring
PARALLELISMS = ("serial", "omp")
SAMPLE_COLUMNS = ("model", "problem_id", "problem_type", "parallelism", "sample_index", "status", "speedup", "threads")
PROMPT_KEYS = ("model", "problem_id", "parallelism")  # one prompt of one model
Estimator = Literal["best_of_k", "pareval_code"]

# summarize() column -> (per-prompt column, only prompts with >= 1 correct sample, geometric).
# Over all prompts, a prompt without a correct sample has speedup 0.
_AGGREGATES = {
    "build@{k}": ("build@{k}", False, False),
    "pass@{k}": ("pass@{k}", False, False),
    "speedup_n@{k}": ("speedup_n@{k}", True, False),
    "speedup_n@{k}_geo": ("speedup_n@{k}", True, True),
    "speedup_n@{k}_zero": ("speedup_n@{k}", False, False),
    "efficiency_n@{k}": ("efficiency_n@{k}", True, False),
    "efficiency_n@{k}_geo": ("efficiency_n@{k}", True, True),
    "expected_speedup": ("expected_speedup", False, False),
    "expected_speedup_geo": ("expected_speedup", True, True),
}


def pass_at_k(n, c, k: int):
    """Unbiased pass@k = 1 - C(n-c, k) / C(n, k) for n samples of which c passed.

    Evaluated as 1 - prod_{i=n-c+1}^{n} (1 - k/i), which never forms a large binomial.
    `n` and `c` may be arrays (one entry per prompt); returns a float or an array like them.
    """
    n_arr, c_arr = np.broadcast_arrays(np.asarray(n, dtype=np.int64), np.asarray(c, dtype=np.int64))
    _check_k(k)
    if n_arr.size == 0:
        return np.zeros(n_arr.shape)
    if (c_arr < 0).any() or (c_arr > n_arr).any():
        raise ValueError("pass_at_k needs 0 <= c <= n for every prompt")
    _check_enough_samples(n_arr.ravel(), k)
    i = np.arange(1, n_arr.max() + 1)
    in_product = (i > (n_arr - c_arr)[..., None]) & (i <= n_arr[..., None])
    # When n - c < k the factor i = k is 0, so the estimate is exactly 1.
    result = 1.0 - np.where(in_product, 1.0 - k / i, 1.0).prod(axis=-1)
    return float(result) if result.ndim == 0 else result


def build_at_k(n, b, k: int):
    """build@k = 1 - C(n-b, k) / C(n, k) for n samples of which b built (see module docstring)."""
    return pass_at_k(n, b, k)


def _pareval_ncr(n: int, r: int) -> int:
    """ParEval's `nCr` (analysis/metrics.py): 1, not 0, when n < r."""
    return 1 if n < r else comb(n, r)


@lru_cache(maxsize=None)
def _order_statistic_weights(m: int, k: int, estimator: Estimator) -> np.ndarray:
    """Weight of the j-th smallest of m values: for best_of_k, the probability that it is the max
    of k drawn from them; for pareval_code, ParEval's weight (see `expected_best_of_k`)."""
    if estimator == "best_of_k":
        weights = np.array([comb(j - 1, k - 1) / comb(m, k) for j in range(1, m + 1)])
    else:  # the j-th smallest speedup is the (m - j + 1)-th fastest runtime
        weights = np.array([_pareval_ncr(m - j, k - 1) / _pareval_ncr(m, k) for j in range(1, m + 1)])
    weights.setflags(write=False)  # shared by the cache
    return weights


def expected_best_of_k(correct_speedups, k: int, estimator: Estimator = "best_of_k") -> float:
    """Expected best of k of one prompt's correct speedups, drawn without replacement.

    best_of_k:    sum_j C(j-1, k-1) / C(m, k) * s_(j), over the m speedups sorted ascending
                  (the expected maximum; k is clipped to m).
    pareval_code: what ParEval's analysis code computes: its weight of the i-th fastest runtime
                  is nCr(i-1, k-1) / nCr(m, k) with an nCr that returns 1 when n < r, and k is
                  not clipped. For k = 1 both are the mean. For 1 < k <= m it is the expected
                  minimum of k plus 1/C(m, k) times each of the k-1 largest speedups (the
                  1-for-0 terms); for k > m it is the sum of all m speedups.
    NaN when m = 0.
    """
    _check_k(k)
    if estimator not in ("best_of_k", "pareval_code"):
        raise ValueError(f"estimator must be 'best_of_k' or 'pareval_code', not {estimator!r}")
    s = np.sort(np.asarray(correct_speedups, dtype=float))
    if s.size == 0:
        return float("nan")
    k = min(k, s.size) if estimator == "best_of_k" else k
    return float(_order_statistic_weights(s.size, k, estimator) @ s)


def speedup_n_at_k(
    speedups_per_prompt: Sequence,
    k: int,
    *,
    estimator: Estimator = "best_of_k",
    geometric: bool = False,
    without_correct: Literal["exclude", "zero"] = "exclude",
) -> float:
    """speedup_n@k over prompts, each given as an array with one speedup per sample, NaN where
    the sample is not correct (so its length is the prompt's n).

    Per prompt: `expected_best_of_k` of its correct speedups. Over prompts: the arithmetic
    (or, with `geometric`, the geometric) mean over prompts with >= 1 correct sample
    (`without_correct="exclude"`, ParEval), or over all prompts with those counted as 0
    (`"zero"`; a geometric mean is then 0).
    """
    prompts = [np.asarray(s, dtype=float) for s in speedups_per_prompt]
    _check_enough_samples([p.size for p in prompts], k)
    values = np.array([expected_best_of_k(p[~np.isnan(p)], k, estimator) for p in prompts])
    has_correct = ~np.isnan(values)
    if without_correct == "exclude":
        return float(_masked_mean(values, has_correct, geometric))
    if without_correct == "zero":
        return float(_masked_mean(np.nan_to_num(values, nan=0.0), np.ones_like(has_correct), geometric))
    raise ValueError(f"without_correct must be 'exclude' or 'zero', not {without_correct!r}")


def efficiency_n_at_k(speedups_per_prompt: Sequence, threads_per_prompt: Sequence, k: int, **kwargs) -> float:
    """efficiency_n@k: `speedup_n_at_k` of speedup / n, n being each prompt's thread count
    (a number per prompt, or an array with one per sample). Keyword arguments as there."""
    if len(speedups_per_prompt) != len(threads_per_prompt):
        raise ValueError("give one thread count (or array of them) per prompt")
    efficiencies = [
        np.asarray(s, dtype=float) / np.asarray(t, dtype=float) for s, t in zip(speedups_per_prompt, threads_per_prompt)
    ]
    return speedup_n_at_k(efficiencies, k, **kwargs)


def expected_speedup(speedups_per_prompt: Sequence, *, geometric: bool = False) -> float:
    """Expected speedup: per prompt the mean over all samples (NaN = incorrect counts as 0),
    then the mean over prompts. The geometric mean is over prompts with >= 1 correct sample."""
    prompts = [np.asarray(s, dtype=float) for s in speedups_per_prompt]
    _check_enough_samples([p.size for p in prompts], 1)
    values = np.array([np.nan_to_num(p, nan=0.0).mean() for p in prompts])
    has_correct = np.array([(~np.isnan(p)).any() for p in prompts])
    return float(_masked_mean(values, has_correct if geometric else np.ones_like(has_correct), geometric))


def per_prompt_metrics(samples: pd.DataFrame, k: int = 1, estimator: Estimator = "best_of_k") -> pd.DataFrame:
    """One row per (model, problem_id, parallelism): problem_type, n_samples, n_built,
    n_correct, build@k, pass@k, speedup_n@k and efficiency_n@k (NaN without a correct
    sample), expected_speedup. The column names carry the value of k, e.g. "pass@1"."""
    _check_samples(samples)
    _check_k(k)
    correct = samples["status"].eq("ok")
    speedup = samples["speedup"].where(correct)
    rows = samples.assign(
        _built=~samples["status"].isin(NOT_BUILT_STATUSES),
        _correct=correct,
        _speedup=speedup,
        _efficiency=speedup / samples["threads"].where(correct),
    )
    grouped = rows.groupby(list(PROMPT_KEYS), sort=True)
    table = grouped.agg(
        problem_type=("problem_type", "first"),
        n_samples=("status", "size"),
        n_built=("_built", "sum"),
        n_correct=("_correct", "sum"),
        _speedup_sum=("_speedup", "sum"),  # sums the correct samples only
    )
    _check_enough_samples(table["n_samples"], k, table.index)
    table[f"build@{k}"] = build_at_k(table["n_samples"].to_numpy(), table["n_built"].to_numpy(), k)
    table[f"pass@{k}"] = pass_at_k(table["n_samples"].to_numpy(), table["n_correct"].to_numpy(), k)
    for name, column in ((f"speedup_n@{k}", "_speedup"), (f"efficiency_n@{k}", "_efficiency")):
        table[name] = grouped[column].agg(lambda x: expected_best_of_k(x.dropna().to_numpy(), k, estimator))
    table["expected_speedup"] = table.pop("_speedup_sum") / table["n_samples"]
    return table.reset_index()


def summarize(
    samples: pd.DataFrame,
    by: Sequence[str] = ("model", "parallelism"),
    k: int = 1,
    estimator: Estimator = "best_of_k",
) -> pd.DataFrame:
    """One row per group of `by` (prompt-level columns: model, parallelism, problem_type,
    problem_id) with n_prompts, n_samples, every metric of `metric_names(k)` and
    share_without_correct. See the module docstring for the definitions."""
    by = list(by)
    allowed = set(PROMPT_KEYS) | {"problem_type"}
    if not by or not set(by) <= allowed:
        raise ValueError(f"by must be a non-empty subset of {sorted(allowed)}, got {by}")
    prompts = per_prompt_metrics(samples, k, estimator)
    rows = []
    for key, group in prompts.groupby(by, sort=True):
        has_correct = group["n_correct"].to_numpy() > 0
        row = dict(zip(by, key))
        row["n_prompts"] = len(group)
        row["n_samples"] = int(group["n_samples"].sum())
        row.update({name.format(k=k): float(_aggregate(group, name, k)) for name in _AGGREGATES})
        row["share_without_correct"] = 1.0 - has_correct.mean()
        rows.append(row)
    return pd.DataFrame(rows)


def metric_names(k: int = 1) -> list[str]:
    """The metric columns of `summarize(..., k=k)`, usable as `paired_bootstrap_diff`'s metric."""
    return [name.format(k=k) for name in _AGGREGATES]


def paired_bootstrap_diff(
    samples: pd.DataFrame,
    model: str,
    baseline_model: str,
    metric: str,
    *,
    n_boot: int = 2000,  # resamples; 2000 gives stable 95% percentile bounds
    seed: int = 0,
    ci: float = 0.95,
    estimator: Estimator = "best_of_k",
    unit: Literal["problem", "prompt"] = "problem",
) -> dict:
    """Paired bootstrap of `metric(model) - metric(baseline_model)`.

    `metric` is a column of `summarize` (e.g. "pass@1", "expected_speedup"; k is read from it).
    Each resample draws problems with replacement (`unit="problem"`: a problem's serial and
    OpenMP prompts together, since they share their difficulty; `"prompt"` draws prompts), the
    same for both models, and recomputes the metric of each model. Returns the point estimates,
    the difference and the ratio (model / baseline: the natural effect size of speedups) with
    percentile intervals at level `ci`. Resamples in which a metric is undefined (no prompt with
    a correct sample) are left out of the interval. Filter `samples` first to compare within a
    subset (e.g. one parallelism); both models must have the same prompts.
    """
    template, k = _parse_metric(metric)
    if not 0 < ci < 1:
        raise ValueError(f"ci must be between 0 and 1, got {ci}")
    if model == baseline_model:
        raise ValueError("model and baseline_model must differ")
    prompts = per_prompt_metrics(samples[samples["model"].isin([model, baseline_model])], k, estimator)
    tables = [prompts[prompts["model"] == m].set_index(["problem_id", "parallelism"]) for m in (model, baseline_model)]
    for m, table in zip((model, baseline_model), tables):
        if table.empty:
            raise ValueError(f"no samples of model {m!r}")
    if not tables[0].index.sort_values().equals(tables[1].index.sort_values()):
        raise ValueError(
            f"{model!r} and {baseline_model!r} were evaluated on different prompts; filter samples to the prompts both have"
        )
    tables[1] = tables[1].loc[tables[0].index]
    weights = _cluster_weights(_units(tables[0].index, unit), n_boot, seed)
    point = [_aggregate(t, template, k) for t in tables]
    boot = [_aggregate(t, template, k, weights) for t in tables]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio_point = point[0] / point[1] if point[1] != 0 else np.nan
        boot_ratio = boot[0] / boot[1]
    boot_diff = boot[0] - boot[1]
    diff_lo, diff_hi = _percentile_interval(boot_diff, ci)
    ratio_lo, ratio_hi = _percentile_interval(boot_ratio, ci)
    return {
        "model": model,
        "baseline_model": baseline_model,
        "metric": metric,
        "n_prompts": len(tables[0]),
        "value": float(point[0]),
        "baseline_value": float(point[1]),
        "diff": float(point[0] - point[1]),
        "diff_lo": diff_lo,
        "diff_hi": diff_hi,
        "ratio": float(ratio_point),
        "ratio_lo": ratio_lo,
        "ratio_hi": ratio_hi,
        "ci": ci,
        "n_boot": n_boot,
        "seed": seed,
        "unit": unit,
    }


def _units(index: pd.MultiIndex, unit: str) -> list:
    """The bootstrap cluster of each (problem_id, parallelism) prompt."""
    if unit not in ("problem", "prompt"):
        raise ValueError(f"unit must be 'problem' or 'prompt', not {unit!r}")
    return list(index.get_level_values("problem_id")) if unit == "problem" else list(index)


def paired_speed_ratio(
    samples: pd.DataFrame,
    model: str,
    other_model: str,
    *,
    n_boot: int = 2000,
    n_perm: int = 10000,  # sign flips; the p-value's resolution is 1 / n_perm
    seed: int = 0,
    ci: float = 0.95,
) -> dict:
    """Speed itself, compared on the same prompts: over the prompts where both models have at
    least one correct sample, the geometric mean of (mean speedup of `model`'s correct samples /
    mean speedup of `other_model`'s), with a bootstrap interval that resamples problems and a
    two-sided sign-flip permutation p-value (under the null the two models are exchangeable on
    each problem, so the sign of a problem's summed log ratio is a coin flip).

    Unlike a ratio of each model's own speedup_n@1, which averages each model over the prompts
    it happens to solve, this never compares a hard prompt of one model with an easy prompt of
    the other. Returns the ratio, its interval, the p-value and how many prompts and problems
    were compared (NaN ratio when none)."""
    if model == other_model:
        raise ValueError("model and other_model must differ")
    _check_samples(samples)
    ok = samples[samples["status"].eq("ok") & samples["model"].isin([model, other_model])]
    means = ok.groupby(["model", "problem_id", "parallelism"])["speedup"].mean().unstack("model")
    for m in (model, other_model):
        if m not in set(samples["model"]):
            raise ValueError(f"no samples of model {m!r}")
    both = means.dropna(subset=[c for c in (model, other_model) if c in means.columns]) \
        if {model, other_model} <= set(means.columns) else means.iloc[0:0]
    result = {"model": model, "other_model": other_model, "n_prompts": len(both),
              "n_problems": both.index.get_level_values("problem_id").nunique() if len(both) else 0,
              "ci": ci, "n_boot": n_boot, "n_perm": n_perm, "seed": seed}
    if both.empty:
        return {**result, "ratio": float("nan"), "ratio_lo": float("nan"), "ratio_hi": float("nan"),
                "p_value": float("nan")}
    logs = np.log(both[model].to_numpy() / both[other_model].to_numpy())
    problems = list(both.index.get_level_values("problem_id"))
    weights = _cluster_weights(problems, n_boot, seed)
    with np.errstate(invalid="ignore", divide="ignore"):
        boot = np.exp((weights * logs).sum(axis=1) / weights.sum(axis=1))
    lo, hi = _percentile_interval(boot, ci)
    codes, uniques = pd.factorize(pd.Series(problems), sort=True)
    per_problem = np.bincount(codes, weights=logs, minlength=len(uniques))
    signs = np.random.default_rng(seed + 1).choice([-1.0, 1.0], size=(n_perm, len(uniques)))
    observed = abs(per_problem.sum())
    # +1 in both counts: the observed assignment is one of the permutations (never p = 0)
    p_value = (1 + (np.abs(signs @ per_problem) >= observed - 1e-12).sum()) / (n_perm + 1)
    return {**result, "ratio": float(np.exp(logs.mean())), "ratio_lo": lo, "ratio_hi": hi,
            "p_value": float(p_value)}


def alignment_tests(
    samples: pd.DataFrame,
    primary: str,
    base: str,
    control: str | None = None,
    *,
    primary_parallelism: str,
    n_boot: int = 2000,
    n_perm: int = 10000,
    seed: int = 0,
    ci: float = 0.95,
) -> pd.DataFrame:
    """The comparisons a run is judged by, one row each, for every execution model in `samples`
    (the `primary_parallelism` row of the first test is the run's primary metric, fixed before
    it runs):

    - expected speedup (incorrect samples count 0) of `primary` over `base`: ratio with a problem
      bootstrap interval (`paired_bootstrap_diff`);
    - speed itself, paired: `paired_speed_ratio` of `primary` against `base` and against
      `control` (faster code, beyond more often correct code), with a sign-flip p-value;
    - pass@1 of `primary` and of `control` against `base`: difference with its interval.

    Every model must have the same prompts (filter first)."""
    rows = []
    for par in sorted(set(samples["parallelism"])):
        group = samples[samples["parallelism"] == par]
        primary_flag = par == primary_parallelism

        def add(test: str, model: str, other: str, result: dict, **values) -> None:
            rows.append({"parallelism": par, "test": test, "model": model, "against": other,
                         "primary": primary_flag and test == "expected_speedup", "ci": ci,
                         "n_prompts": result["n_prompts"], **values})

        r = paired_bootstrap_diff(group, primary, base, "expected_speedup", n_boot=n_boot, seed=seed, ci=ci)
        add("expected_speedup", primary, base, r, value=r["value"], other_value=r["baseline_value"],
            ratio=r["ratio"], lo=r["ratio_lo"], hi=r["ratio_hi"], p_value=float("nan"))
        for other in [base] + ([control] if control else []):
            r = paired_speed_ratio(group, primary, other, n_boot=n_boot, n_perm=n_perm, seed=seed, ci=ci)
            add("paired_speed", primary, other, r, value=float("nan"), other_value=float("nan"),
                ratio=r["ratio"], lo=r["ratio_lo"], hi=r["ratio_hi"], p_value=r["p_value"])
        for model in [primary] + ([control] if control else []):
            r = paired_bootstrap_diff(group, model, base, "pass@1", n_boot=n_boot, seed=seed, ci=ci)
            add("pass@1", model, base, r, value=r["value"], other_value=r["baseline_value"],
                ratio=r["diff"], lo=r["diff_lo"], hi=r["diff_hi"], p_value=float("nan"))
    table = pd.DataFrame(rows)
    # pass@1 rows carry a difference, not a ratio: name the column by what it holds
    return table.rename(columns={"ratio": "effect"})


def headroom(samples: pd.DataFrame) -> dict:
    """How much choosing among a model's own correct samples could gain: over the prompts (of
    each model in `samples`) with two or more correct samples, the geometric mean of (fastest
    correct speedup / geometric mean of the prompt's correct speedups). 1.0 means every correct
    sample of a prompt is as fast as the others. Returns the figure, the number of prompts it
    covers, and per prompt the spread of correct speedups."""
    _check_samples(samples)
    ok = samples[samples["status"].eq("ok")]
    rows = []
    for (m, pid, par), group in ok.groupby(["model", "problem_id", "parallelism"], sort=True):
        s = group["speedup"].to_numpy(dtype=float)
        geo = float(np.exp(np.log(s).mean()))
        rows.append({"model": m, "problem_id": pid, "parallelism": par, "n_correct": len(s), "min": float(s.min()),
                     "geomean": geo, "max": float(s.max()), "best_over_geomean": float(s.max()) / geo})
    spread = pd.DataFrame(rows, columns=["model", "problem_id", "parallelism", "n_correct", "min", "geomean", "max",
                                         "best_over_geomean"])
    several = spread[spread["n_correct"] >= 2]
    value = float(np.exp(np.log(several["best_over_geomean"]).mean())) if len(several) else float("nan")
    return {"headroom": value, "n_prompts": len(several), "spread": spread}


def paired_bootstrap_table(
    samples: pd.DataFrame,
    baseline_model: str,
    metrics: Sequence[str],
    by: Sequence[str] = ("parallelism",),
    **kwargs,
) -> pd.DataFrame:
    """`paired_bootstrap_diff` of every other model against `baseline_model`, for each metric
    and each group of `by` (prompt-level columns other than model). One row per comparison."""
    rows = []
    for key, group in samples.groupby(list(by), sort=True):
        for model in sorted(set(group["model"]) - {baseline_model}):
            for metric in metrics:
                result = paired_bootstrap_diff(group, model, baseline_model, metric, **kwargs)
                rows.append({**dict(zip(by, key)), **result})
    return pd.DataFrame(rows)


def largest_speedups(
    samples: pd.DataFrame,
    n: int = 10,
    max_plausible_speedup: float = 100.0,  # beyond this, suspect a harness or validation hole
    max_ratio_to_median: float = 10.0,  # beyond this many times the prompt's median, same
) -> pd.DataFrame:
    """The n correct samples with the largest speedups, all their columns (code included, if
    present) plus prompt_median_speedup (median over every model's correct samples of the same
    prompt), ratio_to_prompt_median, and `suspicion` naming the rules they break ("" if none)."""
    _check_samples(samples)
    ok = samples[samples["status"] == "ok"]
    median = ok.groupby(["problem_id", "parallelism"])["speedup"].transform("median")
    top = ok.assign(prompt_median_speedup=median, ratio_to_prompt_median=ok["speedup"] / median)
    top = top.sort_values("speedup", ascending=False, kind="stable").head(n)
    too_fast = np.where(top["speedup"] > max_plausible_speedup, f"speedup > {max_plausible_speedup:g}x", "")
    far_from_median = np.where(
        top["ratio_to_prompt_median"] > max_ratio_to_median, f"> {max_ratio_to_median:g}x prompt median", ""
    )
    top["suspicion"] = ["; ".join(r for r in reasons if r) for reasons in zip(too_fast, far_from_median)]
    return top


def _aggregate(prompts: pd.DataFrame, template: str, k: int, weights: np.ndarray | None = None):
    """Metric `template` over the rows of a per-prompt table; with `weights` (one row of prompt
    weights per bootstrap resample, see `_cluster_weights`), over each resample, vectorized."""
    column, only_with_correct, geometric = _AGGREGATES[template]
    values = prompts[column.format(k=k)].to_numpy(dtype=float)
    has_correct = prompts["n_correct"].to_numpy() > 0
    mask = has_correct if only_with_correct else np.ones_like(has_correct)
    values = np.nan_to_num(values, nan=0.0)  # speedup_n@k is NaN exactly where none is correct
    return _masked_mean(values, mask, geometric, weights)


def _masked_mean(values: np.ndarray, mask: np.ndarray, geometric: bool, weights: np.ndarray | None = None):
    """Mean of the masked entries (NaN where none), weighted by `weights` (one row per resample)
    if given; geometric: exp(mean log)."""
    w = mask.astype(float) if weights is None else weights * mask
    with np.errstate(divide="ignore", invalid="ignore"):
        x = np.log(values) if geometric else values
        mean = np.where(w > 0, x * w, 0.0).sum(axis=-1) / w.sum(axis=-1)
        return np.exp(mean) if geometric else mean


def _cluster_weights(clusters: Sequence, n_boot: int, seed: int) -> np.ndarray:
    """Bootstrap weights (n_boot x len(clusters)): each resample draws the distinct clusters with
    replacement, and every item gets the number of times its cluster was drawn. With one item per
    cluster this is the ordinary bootstrap of items."""
    codes, uniques = pd.factorize(pd.Series(list(clusters)), sort=True)
    draws = np.random.default_rng(seed).integers(0, len(uniques), size=(n_boot, len(uniques)))
    counts = np.apply_along_axis(np.bincount, 1, draws, minlength=len(uniques))
    return counts[:, codes].astype(float)


def _percentile_interval(values: np.ndarray, ci: float) -> tuple[float, float]:
    values = values[np.isfinite(values)]
    if values.size == 0:
        return float("nan"), float("nan")
    lo, hi = np.percentile(values, [50 * (1 - ci), 50 * (1 + ci)])
    return float(lo), float(hi)


def _parse_metric(metric: str) -> tuple[str, int]:
    """"speedup_n@5_geo" -> ("speedup_n@{k}_geo", 5)."""
    match = re.fullmatch(r"(.*)@(\d+)(.*)", metric)
    template, k = (f"{match[1]}@{{k}}{match[3]}", int(match[2])) if match else (metric, 1)
    if template not in _AGGREGATES or k < 1:
        raise ValueError(f"unknown metric {metric!r}; use one of {metric_names(1)} (any k >= 1 after '@')")
    return template, k


def _check_k(k) -> None:
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
        raise ValueError(f"k must be a positive integer, got {k!r}")


def _check_enough_samples(n_per_prompt, k: int, prompts=None) -> None:
    n_per_prompt = np.asarray(n_per_prompt)
    short = np.flatnonzero(n_per_prompt < k)
    if short.size:
        where = f"prompt {list(prompts)[short[0]]}" if prompts is not None else f"prompt #{short[0]}"
        raise ValueError(
            f"k={k} exceeds the {n_per_prompt[short[0]]} samples of {where} ({short.size} prompts have fewer than k): "
            "evaluate at least k samples per prompt or lower k"
        )


def _check_samples(samples: pd.DataFrame) -> None:
    missing = [c for c in SAMPLE_COLUMNS if c not in samples.columns]
    if missing:
        raise ValueError(f"samples lack the columns {missing}; expected one row per sample with {list(SAMPLE_COLUMNS)}")
    if samples.empty:
        raise ValueError("samples is empty")
    unknown = set(samples["status"]) - set(STATUSES)
    if unknown:
        raise ValueError(f"unknown statuses {sorted(map(str, unknown))}; expected {list(STATUSES)}")
    unknown = set(samples["parallelism"]) - set(PARALLELISMS)
    if unknown:
        raise ValueError(f"unknown parallelism {sorted(map(str, unknown))}; expected {list(PARALLELISMS)}")
    ok = samples[samples["status"] == "ok"]
    speedup = ok["speedup"].to_numpy(dtype=float)
    if not (np.isfinite(speedup) & (speedup > 0)).all():
        raise ValueError("every sample with status 'ok' needs a finite speedup > 0")
    if not (ok["threads"].to_numpy(dtype=float) >= 1).all():
        raise ValueError("every sample with status 'ok' needs threads >= 1")
    if samples.duplicated([*PROMPT_KEYS, "sample_index"]).any():
        raise ValueError("a (model, problem_id, parallelism, sample_index) occurs twice: one row per evaluated sample")
    if (samples.groupby("problem_id")["problem_type"].nunique() > 1).any():
        raise ValueError("a problem_id has more than one problem_type")
