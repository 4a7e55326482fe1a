"""Training data: SFT rows, preference pairs, splits by problem, variants, data cards."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from perfutils.problems import load_problem
from perfutils.training_data import (CORRECTNESS_PAIR_SPEEDUP, build_control_sft_rows, build_preference_pairs,
                                     build_sft_rows, collect_reference_candidates, data_card, model_headroom,
                                     noise_study, split_problems, time_candidates, to_dataset_dict)
from perfutils.variants import ANTI_PATTERNS, confirm_variants, generate_variants

FIXTURES = Path(__file__).parent / "fixtures" / "problems"


def row(pid, completion, status="ok", speedup=1.0, par="serial", source="reference", unstable=False):
    return {"problem_id": pid, "problem_type": pid.split("_")[0], "parallelism": par, "source": source,
            "name": completion, "prompt": f"P {pid}", "model_prompt": f"MP {pid} {par}", "completion": completion,
            "code": completion, "status": status, "speedup": speedup if status == "ok" else None,
            "unstable": unstable}


def test_speed_pairs_respect_the_threshold_and_never_cross_problems():
    rows = [row("reduce_a", "fast", speedup=2.0), row("reduce_a", "mid", speedup=1.8),
            row("reduce_a", "slow", speedup=0.5), row("reduce_b", "other", speedup=0.1)]
    pairs = build_preference_pairs(rows, min_ratio=1.25, correctness_pairs_per_prompt=0)
    got = {(p["chosen"], p["rejected"]) for p in pairs}
    assert got == {("fast", "slow"), ("mid", "slow")}  # fast vs mid is only 1.11x
    for p in pairs:
        assert p["problem_id"] == "reduce_a" and p["kind"] == "speed"
        assert p["speedup"] >= 1.25
    assert pairs[0]["prompt"] == "MP reduce_a serial"


def test_pairs_stay_within_one_execution_model_and_unstable_timings_need_a_larger_ratio():
    rows = [row("reduce_a", "fast", speedup=4.0, par="omp"), row("reduce_a", "slow", speedup=1.0),
            row("reduce_a", "noisy", speedup=2.0, unstable=True), row("reduce_a", "slower", speedup=0.5)]
    pairs = build_preference_pairs(rows, min_ratio=1.25, correctness_pairs_per_prompt=0, unstable_factor=2.0)
    # noisy/slow is 2.0x (< 2.5x needed), noisy/slower 4.0x (enough); fast is another prompt (omp).
    assert {(p["chosen"], p["rejected"]) for p in pairs} == {("slow", "slower"), ("noisy", "slower")}


def test_correctness_pairs_carry_the_constant():
    rows = [row("reduce_a", "good", speedup=1.0), row("reduce_a", "bad", status="wrong_answer")]
    pairs = build_preference_pairs(rows, min_ratio=1.25, correctness_pairs_per_prompt=1)
    assert len(pairs) == 1
    assert pairs[0]["kind"] == "correctness" and pairs[0]["speedup"] == CORRECTNESS_PAIR_SPEEDUP
    assert pairs[0]["chosen"] == "good" and pairs[0]["rejected_status"] == "wrong_answer"


def test_sft_rows_are_the_fastest_correct_per_prompt():
    rows = [row("reduce_a", "a", speedup=1.0), row("reduce_a", "b", speedup=3.0), row("reduce_a", "c", speedup=2.0),
            row("reduce_a", "d", status="wrong_answer"), row("reduce_b", "e", speedup=0.5)]
    sft = build_sft_rows(rows, top_k=2, max_slowdown=None)
    assert [(r["problem_id"], r["completion"]) for r in sft] == [("reduce_a", "b"), ("reduce_a", "c"), ("reduce_b", "e")]
    assert set(sft[0]) >= {"prompt", "completion", "speedup", "problem_id"}


def test_sft_rows_leave_out_solutions_much_slower_than_the_fastest():
    """One fast reference and slow anti-pattern variants (the cpu preset's serial prompts): the
    second-fastest is 5x slower, so it is not SFT material even though top_k asks for two."""
    rows = [row("reduce_a", "ref", speedup=1.0), row("reduce_a", "slow_variant", speedup=0.2, source="variant"),
            row("reduce_a", "slower_variant", speedup=0.1, source="variant"),
            row("reduce_b", "omp", speedup=1.9, par="omp"), row("reduce_b", "omp_close", speedup=1.6, par="omp")]
    sft = build_sft_rows(rows, top_k=2)  # default: within 1.25x of the fastest
    assert [r["completion"] for r in sft] == ["ref", "omp", "omp_close"]
    assert [r["completion"] for r in build_sft_rows(rows, top_k=2, max_slowdown=1.1)] == ["ref", "omp"]
    assert len(build_sft_rows(rows, top_k=2, max_slowdown=None)) == 4
    with pytest.raises(ValueError, match="max_slowdown must be at least 1"):
        build_sft_rows(rows, max_slowdown=0.8)


def test_on_policy_sft_and_pairs_use_only_the_models_own_samples():
    rows = [row("reduce_a", "ref", speedup=5.0), row("reduce_a", "m_fast", speedup=1.5, source="model"),
            row("reduce_a", "m_slow", speedup=0.5, source="model"),
            row("reduce_a", "m_bad", status="wrong_answer", source="model"),
            row("reduce_a", "var", speedup=0.2, source="variant")]
    sft = build_sft_rows(rows, top_k=1, sources=["model"])
    assert [r["completion"] for r in sft] == ["m_fast"]
    assert build_sft_rows(rows, top_k=1)[0]["completion"] == "ref"  # all sources: the reference wins
    pairs = build_preference_pairs(rows, sources=["model"], correctness_pairs_per_prompt=5)
    assert {(p["chosen"], p["rejected"], p["kind"]) for p in pairs} == {
        ("m_fast", "m_slow", "speed"), ("m_fast", "m_bad", "correctness"), ("m_slow", "m_bad", "correctness")}


def test_the_control_arm_draws_as_many_random_correct_samples_per_prompt():
    """Same prompts and row counts as the fastest-first SFT set, but drawn at random: over seeds the
    control takes slow samples too, while SFT always takes the fastest."""
    rows = [row("reduce_a", f"s{i}", speedup=1.0 + i, source="model") for i in range(6)]
    rows += [row("reduce_a", "bad", status="wrong_answer", source="model"), row("reduce_a", "ref", speedup=9.0),
             row("reduce_b", "only", speedup=0.3, source="model"), row("reduce_c", "x", speedup=1.0, source="model")]
    sft = build_sft_rows(rows, top_k=2, max_slowdown=None, sources=["model"])
    sft = [r for r in sft if r["problem_id"] != "reduce_c"]  # a prompt SFT has no row for
    assert [r["completion"] for r in sft] == ["s5", "s4", "only"]
    drawn = set()
    for seed in range(20):
        control = build_control_sft_rows(rows, sft, sources=["model"], seed=seed)
        assert sorted((r["problem_id"], r["parallelism"]) for r in control) == sorted(
            (r["problem_id"], r["parallelism"]) for r in sft)
        a = [r["completion"] for r in control if r["problem_id"] == "reduce_a"]
        assert len(set(a)) == 2 and set(a) <= {f"s{i}" for i in range(6)}  # never the reference or a failure
        drawn |= set(a)
    assert drawn - {"s5", "s4"}  # slower samples are drawn as well
    assert build_control_sft_rows(rows, sft, sources=["model"], seed=3) == build_control_sft_rows(
        rows, sft, sources=["model"], seed=3)


def test_headroom_of_the_models_samples_in_the_data_card():
    rows = [row("reduce_a", "a", speedup=1.0, source="model"), row("reduce_a", "b", speedup=4.0, source="model"),
            row("reduce_b", "c", speedup=2.0, source="model"), row("reduce_b", "d", speedup=2.0, source="model"),
            row("reduce_c", "e", speedup=3.0, source="model"), row("reduce_a", "ref", speedup=50.0)]
    card = data_card(rows)["model_samples"]
    assert card["n_prompts"] == 2 and card["headroom"] == pytest.approx(math.sqrt(2), rel=1e-3)
    spread = {(r["problem_id"], r["parallelism"]): r for r in card["spread"]}
    assert spread[("reduce_a", "serial")]["max"] == 4.0 and spread[("reduce_c", "serial")]["n_correct"] == 1
    assert model_headroom([row("reduce_a", "x", status="wrong_answer", source="model")])["headroom"] is None


def test_split_is_by_problem_stratified_and_deterministic():
    ids = [f"{t}_{i}" for t in ("sort", "scan", "graph") for i in range(5)]
    types = {i: i.split("_")[0] for i in ids}
    train, val = split_problems(ids, validation_fraction=0.2, seed=1, problem_types=types)
    assert not set(train) & set(val) and set(train) | set(val) == set(ids)
    assert {types[v] for v in val} == {"sort", "scan", "graph"}
    assert (train, val) == split_problems(ids, validation_fraction=0.2, seed=1, problem_types=types)
    rows = [row(i, f"c{i}") for i in ids]
    dd = to_dataset_dict(rows, train, val)
    assert set(dd["train"]["problem_id"]) == set(train) and set(dd["validation"]["problem_id"]) == set(val)
    with pytest.raises(ValueError):
        split_problems(ids, validation_fraction=1.5)


def test_dataset_without_validation_rows_round_trips(tmp_path):
    """Validation problems without usable rows leave the split out; it loads back as none."""
    from perfutils.errors import UsageError
    from perfutils.trainers.common import load_splits

    rows = [row("sort_a", "c1"), row("sort_a", "c2")]
    to_dataset_dict(rows, ["sort_a"], ["scan_b"]).save_to_disk(str(tmp_path / "ds"))
    train, validation = load_splits(tmp_path / "ds", ["problem_id"])
    assert len(train) == 2 and validation is None
    to_dataset_dict(rows, ["scan_b"], ["sort_a"]).save_to_disk(str(tmp_path / "no_train"))
    with pytest.raises(UsageError, match="no training rows"):
        load_splits(tmp_path / "no_train", ["problem_id"])


def test_data_card_counts():
    rows = [row("reduce_a", "x"), row("reduce_a", "y", status="timeout", source="model"),
            row("scan_b", "z", status="wrong_answer", source="model")]
    pairs = build_preference_pairs(rows, correctness_pairs_per_prompt=1)
    card = data_card(rows, build_sft_rows(rows), pairs)
    assert card["per_status"] == {"ok": 1, "timeout": 1, "wrong_answer": 1}
    assert card["problems_without_sft_rows"] == ["scan_b"]
    assert card["per_source"] == {"reference": 1, "model": 2}
    assert card["pairs_per_kind"] == {"correctness": 1}


def test_reference_candidates_and_timing_on_a_fixture(tmp_path):
    p = load_problem(FIXTURES / "transform_scale_shift")
    rows = collect_reference_candidates([p], ("serial", "omp"))
    assert {(r["parallelism"], r["name"]) for r in rows} == {
        ("serial", "slow_pushback"), ("serial", "baseline"), ("omp", "slow_pushback"), ("omp", "baseline"),
        ("omp", "omp")}
    serial = [r for r in rows if r["parallelism"] == "serial"] + [dict(rows[0], code=None, completion=None,
                                                                       source="model")]
    # The timing size (calls of milliseconds): at the tiny size a call takes less than the judge's
    # round trip to the worker, and every speedup is that round trip.
    timed = time_candidates(serial, {p.id: p}, store_path=tmp_path / "r.jsonl", progress=False,
                            config_overrides={"size": "timing", "processes": 1, "min_reps": 3, "budget_s": 0.2})
    assert [r["status"] for r in timed] == ["ok", "ok", "compile_error"]
    assert all(r["speedup"] > 0 for r in timed[:2])
    # The noise study retimes a pair in fresh processes with the same settings.
    study = noise_study(timed, {p.id: p}, n_pairs=1, progress=False,
                        config_overrides={"size": "timing", "processes": 1, "min_reps": 3, "budget_s": 0.2})
    assert study["pairs"] == 1 and study["flipped"] in (0, 1) and len(study["details"]) == 1
    detail = study["details"][0]
    assert detail["old_ratio"] >= 1.0 and math.isfinite(detail["new_ratio"]) and detail["new_ratio"] > 0
    assert study["median_speedup_change"] is not None


def test_variants_are_labelled_and_confirmed_correct():
    p = load_problem(FIXTURES / "reduce_sum_of_squares")
    variants = generate_variants(p, p.solution_code("baseline"))
    assert variants and all(v.anti_pattern.split("+")[0] in ANTI_PATTERNS for v in variants)
    assert all(v.code != p.solution_code("baseline") for v in variants)
    kept = confirm_variants(p, variants)
    assert kept and {v.anti_pattern for v in kept} <= {v.anti_pattern for v in variants}
    # A rewrite that breaks the code is dropped by the runner, not kept.
    from perfutils.variants import Variant
    broken = Variant("checked_indexing", p.signature + " { return x.at(0) + ; }", "baseline")
    assert confirm_variants(p, [broken]) == []


def test_loop_interchange_swaps_a_perfect_nest():
    from perfutils.variants import loop_interchange

    class P:
        function = "f"

    code = ("void f(std::vector<double>& a, int n) {\n  for (int i = 0; i < n; ++i) {\n"
            "    for (int j = 0; j < n; ++j) {\n      a[i * n + j] += 1;\n    }\n  }\n}\n")
    out = loop_interchange(P(), code)
    assert out.index("int j = 0") < out.index("int i = 0")
    tri = code.replace("j < n", "j < i")
    assert loop_interchange(P(), tri) is None


def test_sampling_adaptively_gives_more_samples_where_the_model_was_right(monkeypatch, tmp_path):
    """The on-policy path of notebook 01 with a scripted model (always the same answer per problem:
    correct for the sum of squares, wrong for scale-shift) and the real runner: the solved prompt
    gets the extra samples, drawn with other seeds and numbered after the first; a rerun reuses
    everything."""
    from perfutils import generation
    from perfutils.generation import GenerationBackend, PromptRequest, SamplingSettings
    from perfutils.training_data import sample_adaptively

    answers = {"reduce_sum_of_squares": "\n  double s = 0;\n  for (double v : x) s += v * v;\n  return s;\n}",
               "transform_scale_shift": "\n  for (size_t i = 0; i < x.size(); ++i) y[i] = a * x[i];\n}"}
    calls = []

    class Tok:
        chat_template = None

    class Scripted:
        perfutils_backend = "scripted"

    def sample(model, tokenizer, batch, samples_per_prompt, settings):
        calls.append(([r.prompt_id for r in batch], samples_per_prompt, settings.seed))
        texts = [[answers[r.problem_id]] * samples_per_prompt for r in batch]
        return texts, [settings.seed * 100 + k for k, _ in enumerate(batch)], 0.1, 10

    monkeypatch.setitem(generation.GENERATION_BACKENDS, "scripted", GenerationBackend("scripted", sample=sample))
    problems = {pid: load_problem(FIXTURES / pid) for pid in answers}
    requests = [PromptRequest(f"{p.id}/serial", p.id, "serial", p.prompt("serial"), p.signature)
                for p in problems.values()]
    settings = SamplingSettings(temperature=0.8, batch_size=4, seed=5)
    paths = dict(samples_path=tmp_path / "samples.jsonl", validation_path=tmp_path / "validation.jsonl",
                 more_samples_path=tmp_path / "more.jsonl")

    def run():
        return sample_adaptively(Scripted(), Tok(), requests, problems, samples_per_prompt=2,
                                 more_samples_when_correct=3, settings=settings, progress=False, **paths)

    records = run()
    got = [(r["problem_id"], r["sample_index"]) for r in records]
    assert got == [("reduce_sum_of_squares", i) for i in range(5)] + [("transform_scale_shift", i) for i in range(2)]
    assert calls == [(["reduce_sum_of_squares/serial", "transform_scale_shift/serial"], 2, 5),
                     (["reduce_sum_of_squares/serial"], 3, 6)]  # round two: only the solved prompt, seed + 1
    assert {r["seed"] for r in records if r["sample_index"] >= 2} == {600}
    assert len(paths["validation_path"].read_text().splitlines()) == 2  # two distinct codes validated
    assert run() == records and len(calls) == 2  # resumed: nothing sampled again
