"""Training data: candidates -> timed results -> SFT and preference datasets (notebooks 01-02).

    rows = collect_reference_candidates(problems) + variant rows + model sample rows
    rows = time_candidates(rows, problems, store_path=RunLayout(run).time_programs.results)
    sft = build_sft_rows(rows, top_k=2, sources=["model"])    # rejection-sampling fine-tuning
    control = build_control_sft_rows(rows, sft, sources=["model"])  # same prompts and rows, drawn at random
    pairs = build_preference_pairs(rows, min_ratio=1.25, sources=["model"])
    train_ids, val_ids = split_problems(problem_ids, validation_fraction=0.2, seed=0)

A candidate row is a dict with: problem_id, problem_type, parallelism, source (reference |
variant | model), name (reference name, anti-pattern or sample index), prompt (the problem
prompt), model_prompt (what the model is given), completion (text after the prompt's `{`, or
None when the code cannot be written in completion style), code (candidate form, or None).
Timing adds status and speedup. Dataset columns follow TRL: SFT rows `prompt`, `completion`;
preference rows `prompt`, `chosen`, `rejected`, plus `speedup` and `kind`.
"""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict

from .generation import candidate_to_completion, format_prompt
from .problems import Problem
from .variants import confirm_variants, generate_variants

# Correctness pairs (correct vs incorrect) carry this constant in the `speedup` column, and DPA
# pulls them with it (`DPARunConfig.correctness_speedup`): an incorrect program counts as speedup 0,
# so the true ratio is unbounded, but at the largest ratio DPA allows (10) "a correct program beats
# your wrong one" outweighed every speed pair, whose ratios among a model's own samples are mostly
# 1.25-3x. At 2 a correctness pair pulls about as hard as a typical speed pair.
CORRECTNESS_PAIR_SPEEDUP = 2.0


def _row(problem: Problem, parallelism: str, source: str, name: str, code: str | None, tokenizer,
         completion: str | None = None) -> dict:
    prompt = problem.prompt(parallelism)
    if completion is None and code is not None:
        completion = candidate_to_completion(code, problem.signature)
    return {"problem_id": problem.id, "problem_type": problem.type, "parallelism": parallelism, "source": source,
            "name": name, "prompt": prompt, "model_prompt": format_prompt(tokenizer, prompt) if tokenizer else prompt,
            "completion": completion, "code": code}


def collect_reference_candidates(problems: list[Problem], parallelisms=("serial", "omp"), tokenizer=None) -> list[dict]:
    """References as candidates: serial references for serial prompts; for omp prompts the
    OpenMP references and the serial ones (a serial answer to an OpenMP prompt is correct but
    slow: exactly what a preference pair should teach)."""
    rows = []
    for p in problems:
        for par in parallelisms:
            for ref in p.references:
                if par == "serial" and ref.parallelism != "serial":
                    continue
                rows.append(_row(p, par, "reference", ref.name, p.solution_code(ref.name), tokenizer))
    return rows


def collect_variant_candidates(problems: list[Problem], parallelisms=("serial", "omp"), tokenizer=None,
                               sandbox=None, max_per_problem: int = 4, seed: int = 0) -> list[dict]:
    """Variants of each problem's references by known anti-patterns, kept only when the runner
    confirms them correct."""
    rng = random.Random(seed)
    rows = []
    for p in problems:
        for par in parallelisms:
            refs = [r for r in p.references if r.parallelism == par]
            variants = []
            for ref in refs:
                variants += generate_variants(p, p.solution_code(ref.name), source=ref.name)
            rng.shuffle(variants)
            kept = confirm_variants(p, variants[: 2 * max_per_problem], parallelism=par, sandbox=sandbox)
            for v in kept[:max_per_problem]:
                rows.append(_row(p, par, "variant", f"{v.source}:{v.anti_pattern}", v.code, tokenizer))
    return rows


def sample_rows(records: list[dict], problems_by_id: dict[str, Problem]) -> list[dict]:
    """Rows for model samples (records of generation.generate_samples)."""
    rows = []
    for rec in records:
        p = problems_by_id[rec["problem_id"]]
        # Without an extractable function the raw output is still what the model wrote: the
        # rejected side of a correctness pair teaches it not to write that.
        row = _row(p, rec["parallelism"], "model", f"sample{rec['sample_index']}", rec["code"], None,
                   completion=rec["completion"] if rec["completion"] is not None else rec["raw"])
        row["model_prompt"] = rec["model_prompt"]
        rows.append(row)
    return rows


def sample_adaptively(model, tokenizer, requests, problems_by_id: dict[str, Problem], *, samples_per_prompt: int,
                      more_samples_when_correct: int, settings, samples_path, validation_path, more_samples_path,
                      model_name: str = "", threads=None, workers: int = 2, executor: str = "local",
                      progress: bool = True) -> list[dict]:
    """The model's own samples, adaptively (notebook 01): `samples_per_prompt` for every request;
    then the runner validates them (correctness only, no timing) and every prompt with a correct
    sample gets `more_samples_when_correct` more, drawn with other seeds (the settings' seed + 1),
    numbered after the first ones. Where the model can solve a prompt, its speed spread is what
    choosing by speed can use; where it cannot, more samples mostly add failures. Returns every
    record, in request order; each step is resumable (its own sample file and result store)."""
    from dataclasses import replace

    from .generation import generate_samples

    records = generate_samples(model, tokenizer, requests, samples_per_prompt=samples_per_prompt,
                               out_path=samples_path, settings=settings, model_name=model_name, progress=progress)
    if more_samples_when_correct <= 0:
        return records
    checked = time_candidates(sample_rows(records, problems_by_id), problems_by_id, store_path=validation_path,
                              threads=threads, config_overrides={"validate_only": True}, workers=workers,
                              executor=executor, progress=progress)
    solved = {(r["problem_id"], r["parallelism"]) for r in checked if r["status"] == "ok"}
    again = [r for r in requests if (r.problem_id, r.parallelism) in solved]
    more = generate_samples(model, tokenizer, again, samples_per_prompt=more_samples_when_correct,
                            out_path=more_samples_path, settings=replace(settings, seed=settings.seed + 1),
                            model_name=model_name, progress=progress) if again else []
    for rec in more:
        rec["sample_index"] += samples_per_prompt
    order = {r.prompt_id: k for k, r in enumerate(requests)}
    return sorted(records + more, key=lambda rec: (order[rec["prompt_id"]], rec["sample_index"]))


def time_candidates(rows: list[dict], problems_by_id: dict[str, Problem], *, store_path, threads=None,
                    config_overrides: dict | None = None, workers: int = 2, executor: str = "local",
                    progress: bool = True) -> list[dict]:
    """Run the runner on every row with code (resumable through the store); adds `status`,
    `speedup` (None unless ok), `unstable`, `message`. Rows without code get status
    compile_error (nothing could be extracted). `threads`: OpenMP thread counts; None: 1, 2 and
    all usable cores (the runner's default)."""
    from .runner.executors import Task, evaluate_candidates
    from .runner.results import RunConfig, thread_counts
    from .runner.store import ResultStore

    threads = thread_counts(threads)

    overrides = dict(config_overrides or {})
    tasks, index = [], []
    for i, row in enumerate(rows):
        if row["code"]:
            cfg = RunConfig(parallelism=row["parallelism"], threads=threads, **overrides)
            tasks.append(Task(problems_by_id[row["problem_id"]], row["code"], cfg,
                              meta={"source": row["source"], "name": row["name"]}))
            index.append(i)
    results = evaluate_candidates(tasks, store=ResultStore(store_path), executor=executor, workers=workers,
                                  progress=progress)
    out = [dict(r, status="compile_error", speedup=None, unstable=False, message="no code extracted") for r in rows]
    for i, res in zip(index, results):
        out[i].update(status=res.status, speedup=res.speedup, unstable=res.unstable, message=res.message[:500],
                      speedups=dict(res.speedups))
    return out


def _prompt_key(row: dict) -> tuple[str, str]:
    return row["problem_id"], row["parallelism"]


def _usable(rows: list[dict], sources) -> list[dict]:
    """Correct rows that completion style can express, of the given sources (None: all)."""
    return [r for r in rows if r["status"] == "ok" and r["completion"] is not None
            and (sources is None or r["source"] in sources)]


def _sft_row(r: dict) -> dict:
    return {"prompt": r["model_prompt"], "completion": r["completion"], "problem_id": r["problem_id"],
            "problem_type": r["problem_type"], "parallelism": r["parallelism"],
            "speedup": float(r["speedup"]), "source": r["source"]}


def build_sft_rows(rows: list[dict], *, top_k: int = 2, min_speedup: float = 0.0,
                   max_slowdown: float | None = 1.25, sources=None) -> list[dict]:
    """For each prompt, its `top_k` fastest correct solutions that completion style can express.

    `sources`: which candidates may be taught (e.g. ["model"]: rejection-sampling fine-tuning on
    the model's own fastest correct samples; None: all, references and variants included).

    A solution more than `max_slowdown` times slower than the prompt's fastest is left out even
    when fewer than `top_k` remain: with one fast reference and a few slow anti-pattern variants,
    "the two fastest" would otherwise teach a variant several times slower (the default matches
    `build_preference_pairs`' `min_ratio`, so SFT never learns a program that a speed pair rejects
    against the fastest). `None` keeps the plain top `top_k`. `min_speedup` is an absolute floor
    (speedup over the problem's reference)."""
    if max_slowdown is not None and not max_slowdown >= 1.0:
        raise ValueError(f"max_slowdown must be at least 1 (or None for no limit), got {max_slowdown!r}")
    by_prompt = defaultdict(list)
    for r in _usable(rows, sources):
        if (r["speedup"] or 0) >= min_speedup:
            by_prompt[_prompt_key(r)].append(r)
    out = []
    for key in sorted(by_prompt):
        ranked = sorted(by_prompt[key], key=lambda r: -r["speedup"])
        seen = set()
        for r in ranked:
            if max_slowdown is not None and r["speedup"] * max_slowdown < ranked[0]["speedup"]:
                break
            if r["completion"] in seen:
                continue
            seen.add(r["completion"])
            out.append(_sft_row(r))
            if len(seen) >= top_k:
                break
    return out


def build_control_sft_rows(rows: list[dict], sft_rows: list[dict], *, sources=None, seed: int = 0) -> list[dict]:
    """The control arm of SFT: for every prompt of `sft_rows`, as many correct solutions as it
    has there, drawn at random (distinct completions, same `sources`) instead of the fastest.
    Same prompts, row count and (trained for the same steps) the same amount of learning: what
    the SFT model gains over this control comes from choosing by speed, not from being correct
    more often."""
    rng = random.Random(seed)
    by_prompt = defaultdict(dict)
    for r in _usable(rows, sources):
        by_prompt[_prompt_key(r)].setdefault(r["completion"], r)
    wanted = Counter(_prompt_key(r) for r in sft_rows)
    out = []
    for key in sorted(wanted):
        pool = sorted(by_prompt[key].values(), key=lambda r: r["completion"])
        out += [_sft_row(r) for r in rng.sample(pool, min(wanted[key], len(pool)))]
    return out


def build_preference_pairs(rows: list[dict], *, min_ratio: float = 1.25, max_pairs_per_prompt: int = 8,
                           correctness_pairs_per_prompt: int = 2, unstable_factor: float = 2.0,
                           seed: int = 0, sources=None) -> list[dict]:
    """Pairs within one prompt (never across problems), of candidates of `sources` (None: all;
    ["model"]: the model's own samples, on-policy).

    speed pairs: both correct, chosen at least `min_ratio` times faster; `speedup` is the ratio
    of measured speedups (chosen / rejected). correctness pairs: chosen correct, rejected
    incorrect; `speedup` is CORRECTNESS_PAIR_SPEEDUP. A pair with a timing flagged unstable needs
    `unstable_factor` times the ratio."""
    rng = random.Random(seed)
    by_prompt = defaultdict(list)
    for r in rows:
        if r["completion"] is not None and (sources is None or r["source"] in sources):
            by_prompt[_prompt_key(r)].append(r)
    pairs = []
    for key in sorted(by_prompt):
        group = by_prompt[key]
        correct = [r for r in group if r["status"] == "ok" and r["speedup"]]
        wrong = [r for r in group if r["status"] != "ok"]
        speed = []
        for a in correct:
            for b in correct:
                # A timing flagged unstable (CPU contention) may only form a pair whose ratio is
                # far beyond what the noise could produce.
                need = min_ratio * (unstable_factor if a.get("unstable") or b.get("unstable") else 1.0)
                if a is not b and a["completion"] != b["completion"] and a["speedup"] >= need * b["speedup"]:
                    speed.append((a, b, a["speedup"] / b["speedup"], "speed"))
        rng.shuffle(speed)
        chosen_pairs = speed[:max_pairs_per_prompt]
        corr = [(a, b, CORRECTNESS_PAIR_SPEEDUP, "correctness") for a in correct for b in wrong]
        rng.shuffle(corr)
        chosen_pairs += corr[:correctness_pairs_per_prompt]
        for a, b, ratio, kind in chosen_pairs:
            pairs.append({"prompt": a["model_prompt"], "chosen": a["completion"], "rejected": b["completion"],
                          "speedup": float(ratio), "kind": kind, "problem_id": a["problem_id"],
                          "problem_type": a["problem_type"], "parallelism": a["parallelism"],
                          "chosen_source": a["source"], "rejected_source": b["source"],
                          "rejected_status": b["status"]})
    return pairs


def split_problems(problem_ids: list[str], *, validation_fraction: float = 0.2, seed: int = 0,
                   problem_types: dict[str, str] | None = None) -> tuple[list[str], list[str]]:
    """Split problem ids (not rows) into train and validation, stratified by type when types are
    given, so validation never shares a problem with training."""
    if not 0 <= validation_fraction < 1:
        raise ValueError(f"validation_fraction must be in [0, 1), got {validation_fraction}")
    rng = random.Random(seed)
    ids = sorted(set(problem_ids))
    groups = defaultdict(list)
    for pid in ids:
        groups[(problem_types or {}).get(pid, "")].append(pid)
    val = []
    for key in sorted(groups):
        g = groups[key]
        rng.shuffle(g)
        k = int(round(validation_fraction * len(g)))
        if validation_fraction > 0 and k == 0 and len(g) > 1 and len(ids) > 2:
            k = 1
        val += g[:k]
    if validation_fraction > 0 and not val and len(ids) >= 2:
        val = [rng.choice(ids)]  # every type had one problem: still hold one problem out
    val_set = set(val)
    return [p for p in ids if p not in val_set], sorted(val_set)


def to_dataset_dict(rows: list[dict], train_ids: list[str], val_ids: list[str]):
    """HF DatasetDict with `train` and `validation` split by problem.

    A split without rows is left out (its problems had no usable rows): `datasets` writes an
    empty split without a data file and cannot load it back. Readers treat a missing
    `validation` as none (:func:`perfutils.trainers.common.load_splits`)."""
    from datasets import Dataset, DatasetDict

    splits = {}
    for name, ids in (("train", set(train_ids)), ("validation", set(val_ids))):
        part = [r for r in rows if r["problem_id"] in ids]
        if part:
            splits[name] = Dataset.from_list(part)
    return DatasetDict(splits)


def noise_study(rows: list[dict], problems_by_id: dict[str, Problem], *, n_pairs: int, seed: int = 0,
                threads=None, config_overrides: dict | None = None, progress: bool = True) -> dict:
    """Re-time the candidates of `n_pairs` speed pairs in fresh processes (bypassing the result
    store on purpose) and report how often a pair's order flips and how far speedups moved.
    `config_overrides` must be the ones the rows were timed with (same size, processes, budget)."""
    from .runner.executors import Task, evaluate_candidates
    from .runner.results import RunConfig, thread_counts

    threads = thread_counts(threads)
    pairs = build_preference_pairs(rows, min_ratio=1.0, max_pairs_per_prompt=2, correctness_pairs_per_prompt=0,
                                   seed=seed)
    rng = random.Random(seed)
    rng.shuffle(pairs)
    pairs = pairs[:n_pairs]
    by_completion = {(r["problem_id"], r["parallelism"], r["completion"]): r for r in rows if r["status"] == "ok"}
    involved = []
    for pr in pairs:
        for side in ("chosen", "rejected"):
            r = by_completion[(pr["problem_id"], pr["parallelism"], pr[side])]
            if r not in involved:
                involved.append(r)
    # A retiming must not reuse stored results: no store at all, so every candidate runs again.
    tasks = [Task(problems_by_id[r["problem_id"]], r["code"],
                  RunConfig(parallelism=r["parallelism"], threads=threads, **(config_overrides or {})))
             for r in involved]
    again = evaluate_candidates(tasks, store=None, progress=progress)
    new_speed = {id(r): res.speedup for r, res in zip(involved, again)}
    flips, details = 0, []
    for pr in pairs:
        a = by_completion[(pr["problem_id"], pr["parallelism"], pr["chosen"])]
        b = by_completion[(pr["problem_id"], pr["parallelism"], pr["rejected"])]
        old_ratio = a["speedup"] / b["speedup"]
        na, nb = new_speed[id(a)], new_speed[id(b)]
        new_ratio = na / nb if na and nb else float("nan")
        flipped = not (new_ratio >= 1.0) if not math.isnan(new_ratio) else True
        flips += flipped
        details.append({"problem_id": pr["problem_id"], "old_ratio": old_ratio, "new_ratio": new_ratio,
                        "flipped": bool(flipped)})
    changes = [abs(new_speed[id(r)] / r["speedup"] - 1) for r in involved if new_speed[id(r)] and r["speedup"]]
    return {"pairs": len(pairs), "flipped": flips, "flip_rate": flips / max(1, len(pairs)),
            "median_speedup_change": sorted(changes)[len(changes) // 2] if changes else None, "details": details}


def model_headroom(candidate_rows: list[dict]) -> dict:
    """How much choosing among the model's own correct samples could gain (`perfutils.metrics.headroom`
    over the timed model samples): the headroom figure, the prompts it covers, and per prompt the
    spread of correct speedups (min, geometric mean, max)."""
    import pandas as pd

    from .metrics import headroom

    model = [r for r in candidate_rows if r["source"] == "model"]
    frame = pd.DataFrame([{"model": "base", "problem_id": r["problem_id"], "problem_type": r["problem_type"],
                           "parallelism": r["parallelism"], "sample_index": i, "status": r["status"],
                           "speedup": r["speedup"] if r["status"] == "ok" else float("nan"), "threads": 1}
                          for i, r in enumerate(model)])
    if frame.empty or not (frame["status"] == "ok").any():
        return {"headroom": None, "n_prompts": 0, "spread": []}
    result = headroom(frame)
    spread = result["spread"].drop(columns="model").round(4)
    return {"headroom": None if math.isnan(result["headroom"]) else round(result["headroom"], 4),
            "n_prompts": result["n_prompts"], "spread": spread.to_dict(orient="records")}


def data_card(candidate_rows: list[dict], sft_rows: list[dict] | None = None, pairs: list[dict] | None = None,
              splits: dict | None = None) -> dict:
    """Counts per type, source, status and pair kind, for the run folder's JSON data card; with
    timed rows also the headroom of the model's own samples (`model_headroom`)."""
    card = {
        "candidates": len(candidate_rows),
        "per_type": dict(Counter(r["problem_type"] for r in candidate_rows)),
        "per_source": dict(Counter(r["source"] for r in candidate_rows)),
        "per_parallelism": dict(Counter(r["parallelism"] for r in candidate_rows)),
    }
    if candidate_rows and "status" in candidate_rows[0]:
        card["per_status"] = dict(Counter(r["status"] for r in candidate_rows))
        card["per_source_status"] = {f"{s}/{st}": c for (s, st), c in
                                     Counter((r["source"], r["status"]) for r in candidate_rows).items()}
        card["model_samples"] = model_headroom(candidate_rows)
    if sft_rows is not None:
        card["sft_rows"] = len(sft_rows)
        card["sft_per_type"] = dict(Counter(r["problem_type"] for r in sft_rows))
        # No correct solution in completion style (or none correct at all): no training signal.
        card["problems_without_sft_rows"] = sorted({r["problem_id"] for r in candidate_rows}
                                                   - {r["problem_id"] for r in sft_rows})
    if pairs is not None:
        card["pairs"] = len(pairs)
        card["pairs_per_kind"] = dict(Counter(p["kind"] for p in pairs))
        card["pairs_per_type"] = dict(Counter(p["problem_type"] for p in pairs))
    if splits is not None:
        card["splits"] = splits
    return card
