"""Unit tests of perfutils.metrics on hand-computed examples (the arithmetic is in the comments)."""

import itertools
import time
from fractions import Fraction
from math import comb, nan, sqrt

import numpy as np
import pandas as pd
import pytest

from perfutils.metrics import (
    _cluster_weights,
    alignment_tests,
    headroom,
    paired_speed_ratio,
    build_at_k,
    efficiency_n_at_k,
    expected_best_of_k,
    expected_speedup,
    largest_speedups,
    metric_names,
    paired_bootstrap_diff,
    paired_bootstrap_table,
    pass_at_k,
    per_prompt_metrics,
    speedup_n_at_k,
    summarize,
)


def make_samples(rows, model="base"):
    """rows: (problem_id, problem_type, parallelism, status, speedup, threads)."""
    frame = pd.DataFrame(rows, columns=["problem_id", "problem_type", "parallelism", "status", "speedup", "threads"])
    frame.insert(0, "model", model)
    frame["sample_index"] = frame.groupby(["problem_id", "parallelism"]).cumcount()
    return frame


@pytest.fixture
def samples():
    """Serial: p1 has 2 of 4 correct (2x, 4x), p2 1 of 4 (1x), p3 none; omp: p1 2 of 4 on 4 threads."""
    return make_samples(
        [
            ("p1", "sort", "serial", "ok", 2.0, 1),
            ("p1", "sort", "serial", "ok", 4.0, 1),
            ("p1", "sort", "serial", "wrong_answer", nan, 1),
            ("p1", "sort", "serial", "compile_error", nan, 1),
            ("p2", "sort", "serial", "ok", 1.0, 1),
            ("p2", "sort", "serial", "runtime_error", nan, 1),
            ("p2", "sort", "serial", "rejected", nan, 1),
            ("p2", "sort", "serial", "timeout", nan, 1),
            *[("p3", "scan", "serial", "compile_error", nan, 1)] * 4,
            ("p1", "sort", "omp", "ok", 8.0, 4),
            ("p1", "sort", "omp", "ok", 4.0, 4),
            ("p1", "sort", "omp", "memory_limit", nan, 4),
            ("p1", "sort", "omp", "wrong_answer", nan, 4),
        ]
    )


# The serial prompts of the fixture as per-sample speedups, NaN = not correct.
SERIAL = [[2.0, 4.0, nan, nan], [1.0, nan, nan, nan], [nan, nan, nan, nan]]


# ---- pass@k and build@k


def test_pass_at_k_hand_example():
    # n=5, c=2, k=2: 1 - C(3,2)/C(5,2) = 1 - 3/10 = 0.7
    assert pass_at_k(5, 2, 2) == pytest.approx(0.7)
    # n=4, c=2, k=2: 1 - C(2,2)/C(4,2) = 1 - 1/6
    assert pass_at_k(4, 2, 2) == pytest.approx(5 / 6)


@pytest.mark.parametrize("n", [1, 2, 7, 20])
def test_pass_at_1_is_c_over_n(n):
    for c in range(n + 1):
        assert pass_at_k(n, c, 1) == pytest.approx(c / n)


def test_pass_at_k_extremes():
    assert pass_at_k(10, 10, 3) == 1.0  # all correct
    assert pass_at_k(10, 0, 3) == 0.0  # none correct
    assert pass_at_k(10, 8, 3) == 1.0  # n - c = 2 < k: every 3 samples include a correct one


def test_pass_at_k_matches_exact_binomials():
    for n in range(1, 13):
        for c in range(n + 1):
            for k in range(1, n + 1):
                exact = 1 - Fraction(comb(n - c, k), comb(n, k))
                assert pass_at_k(n, c, k) == pytest.approx(float(exact), abs=1e-12)


def test_pass_at_k_is_stable_for_large_n():
    # C(1000, 500) overflows a float; the product form does not need it. n=1000, c=1: k/n.
    assert pass_at_k(1000, 1, 500) == pytest.approx(0.5)


def test_pass_at_k_vectorized_over_prompts():
    # per prompt: n=4,c=2,k=2 -> 5/6; n=5,c=2 -> 0.7; n=2,c=0 -> 0
    result = pass_at_k(np.array([4, 5, 2]), np.array([2, 2, 0]), 2)
    np.testing.assert_allclose(result, [5 / 6, 0.7, 0.0])


def test_build_at_k_is_the_same_estimator_on_built_counts():
    # n=4, b=3, k=2: 1 - C(1,2)/C(4,2) = 1 - 0 = 1; k=1: 3/4
    assert build_at_k(4, 3, 2) == 1.0
    assert build_at_k(4, 3, 1) == 0.75


def test_pass_at_k_rejects_bad_arguments():
    with pytest.raises(ValueError, match="k=5 exceeds"):
        pass_at_k(4, 2, 5)
    with pytest.raises(ValueError, match="positive integer"):
        pass_at_k(4, 2, 0)
    with pytest.raises(ValueError, match="0 <= c <= n"):
        pass_at_k(4, 5, 1)


# ---- speedup_n@k, efficiency_n@k, expected speedup on per-prompt arrays


def pareval_speedupk(speedups, k):
    """ParEval's analysis/metrics.py `_speedupk`, transcribed: runtimes (baseline 1) sorted
    ascending, weight nCr(j-1, k-1) / nCr(N, k) with its nCr returning 1 when n < r."""
    ncr = lambda n, r: 1 if n < r else comb(n, r)  # noqa: E731
    runtimes = sorted(1.0 / np.asarray(speedups))
    return sum(ncr(j - 1, k - 1) / (ncr(len(runtimes), k) * t) for j, t in enumerate(runtimes, 1))


def test_expected_best_of_k_hand_example():
    # s = 1, 2, 4; pairs {1,2} {1,4} {2,4}: best 2, 4, 4 -> 10/3
    # best weights C(j-1,1)/C(3,2) = 0, 1/3, 2/3 -> 2/3 + 8/3
    # ParEval's code, fastest first (4, 2, 1): nCr(0,1) = 1 (not 0), nCr(1,1) = 1, nCr(2,1) = 2,
    # over C(3,2) = 3: (4 + 2 + 2 * 1) / 3 = 8/3 (the expected minimum 4/3 plus 4/3 for the 1-for-0 term)
    assert expected_best_of_k([4.0, 1.0, 2.0], 2) == pytest.approx(10 / 3)
    assert expected_best_of_k([4.0, 1.0, 2.0], 2, "pareval_code") == pytest.approx(8 / 3)
    assert expected_best_of_k([4.0, 1.0, 2.0], 1) == pytest.approx(7 / 3)  # k=1: the mean
    assert expected_best_of_k([4.0, 1.0, 2.0], 1, "pareval_code") == pytest.approx(7 / 3)


def test_expected_best_of_k_matches_enumeration_and_pareval_code():
    speedups = [0.5, 1.3, 2.0, 2.0, 3.7, 9.1]
    for k in range(1, len(speedups) + 3):
        if k <= len(speedups):
            subsets = list(itertools.combinations(speedups, k))
            assert expected_best_of_k(speedups, k) == pytest.approx(np.mean([max(s) for s in subsets]))
        assert expected_best_of_k(speedups, k, "pareval_code") == pytest.approx(pareval_speedupk(speedups, k))


def test_expected_best_of_k_with_fewer_correct_than_k():
    assert expected_best_of_k([1.0, 3.0], 5) == 3.0  # all drawn: the best of them
    assert expected_best_of_k([1.0, 3.0], 5, "pareval_code") == 4.0  # ParEval's code sums them
    assert np.isnan(expected_best_of_k([], 2))
    with pytest.raises(ValueError, match="estimator must be"):
        expected_best_of_k([], 2, "slowest")


def test_speedup_n_at_k_hand_example():
    # per prompt mean of correct: p1 (2+4)/2 = 3, p2 1, p3 none
    assert speedup_n_at_k(SERIAL, 1) == pytest.approx(2.0)  # (3 + 1) / 2, p3 excluded
    assert speedup_n_at_k(SERIAL, 1, geometric=True) == pytest.approx(sqrt(3))  # sqrt(3 * 1)
    assert speedup_n_at_k(SERIAL, 1, without_correct="zero") == pytest.approx(4 / 3)  # (3 + 1 + 0) / 3
    assert speedup_n_at_k(SERIAL, 1, geometric=True, without_correct="zero") == 0.0
    # k=2: p1 best of {2,4} = 4, p2 has 1 correct so its best is 1 -> (4 + 1) / 2; ParEval's code
    # gives p1 (4 + 2) / C(2,2) = 6 and p2 1 / nCr(1,2) = 1 / 1 -> (6 + 1) / 2
    assert speedup_n_at_k(SERIAL, 2) == pytest.approx(2.5)
    assert speedup_n_at_k(SERIAL, 2, estimator="pareval_code") == pytest.approx(3.5)


def test_speedup_n_at_k_edge_cases():
    with pytest.raises(ValueError, match="k=5 exceeds the 4 samples"):
        speedup_n_at_k(SERIAL, 5)
    assert np.isnan(speedup_n_at_k([[nan, nan]], 1))  # no correct sample anywhere
    assert speedup_n_at_k([[2.0, 8.0], [4.0]], 1, geometric=True) == pytest.approx(sqrt(5 * 4))  # all correct


def test_efficiency_n_at_k_divides_by_threads():
    # 8x and 4x on 4 threads: efficiencies 2 and 1 -> mean 1.5; best of 2 -> 2
    assert efficiency_n_at_k([[8.0, 4.0, nan, nan]], [4], 1) == pytest.approx(1.5)
    assert efficiency_n_at_k([[8.0, 4.0, nan, nan]], [4], 2) == pytest.approx(2.0)
    assert efficiency_n_at_k(SERIAL, [1, 1, 1], 1) == speedup_n_at_k(SERIAL, 1)


def test_expected_speedup_counts_incorrect_as_zero():
    # p1 (2+4+0+0)/4 = 1.5, p2 1/4 = 0.25, p3 0 -> (1.5 + 0.25 + 0) / 3
    assert expected_speedup(SERIAL) == pytest.approx(1.75 / 3)
    # geometric over prompts with a correct sample: sqrt(1.5 * 0.25)
    assert expected_speedup(SERIAL, geometric=True) == pytest.approx(sqrt(0.375))


# ---- DataFrame API


def test_per_prompt_metrics(samples):
    table = per_prompt_metrics(samples).set_index(["problem_id", "parallelism"])
    # rejected (p2) and compile_error (p1, p3) are not built
    assert table["n_built"].to_dict() == {("p1", "omp"): 4, ("p1", "serial"): 3, ("p2", "serial"): 3, ("p3", "serial"): 0}
    assert table.loc[("p1", "serial"), "pass@1"] == 0.5
    assert table.loc[("p1", "omp"), "efficiency_n@1"] == 1.5  # (8/4 + 4/4) / 2
    assert np.isnan(table.loc[("p3", "serial"), "speedup_n@1"])
    assert table.loc[("p3", "serial"), "expected_speedup"] == 0.0


def test_summarize_hand_example(samples):
    table = summarize(samples).set_index(["model", "parallelism"])
    serial = table.loc[("base", "serial")]
    assert serial["n_prompts"] == 3 and serial["n_samples"] == 12
    expected_serial = {
        "build@1": (0.75 + 0.75 + 0) / 3,
        "pass@1": (0.5 + 0.25 + 0) / 3,
        "speedup_n@1": (3 + 1) / 2,
        "speedup_n@1_geo": sqrt(3 * 1),
        "speedup_n@1_zero": (3 + 1 + 0) / 3,
        "efficiency_n@1": 2.0,  # serial: threads = 1
        "efficiency_n@1_geo": sqrt(3),
        "expected_speedup": (1.5 + 0.25 + 0) / 3,
        "expected_speedup_geo": sqrt(1.5 * 0.25),
        "share_without_correct": 1 / 3,
    }
    for name, value in expected_serial.items():
        assert serial[name] == pytest.approx(value), name
    omp = table.loc[("base", "omp")]
    # one prompt: pass 2/4, speedups 8 and 4 -> 6; efficiencies 2 and 1 -> 1.5; expected 12/4
    assert (omp["pass@1"], omp["speedup_n@1"], omp["efficiency_n@1"], omp["expected_speedup"]) == (0.5, 6.0, 1.5, 3.0)
    assert list(table.columns) == ["n_prompts", "n_samples", *metric_names(1), "share_without_correct"]


def test_summarize_k2_both_estimators(samples):
    serial = samples[samples["parallelism"] == "serial"]
    best = summarize(serial, k=2).iloc[0]
    # build@2: p1, p2 have n - b = 1 < 2 -> 1, p3 0 -> 2/3; pass@2: (5/6 + 1/2 + 0) / 3 = 4/9
    assert best["build@2"] == pytest.approx(2 / 3)
    assert best["pass@2"] == pytest.approx(4 / 9)
    assert best["speedup_n@2"] == pytest.approx(2.5)  # (4 + 1) / 2
    pareval = summarize(serial, k=2, estimator="pareval_code").iloc[0]
    assert pareval["speedup_n@2"] == pytest.approx(3.5)  # (6 + 1) / 2: see test_speedup_n_at_k_hand_example


def test_summarize_by_problem_type(samples):
    table = summarize(samples, by=("model", "parallelism", "problem_type")).set_index(["parallelism", "problem_type"])
    assert table.loc[("serial", "sort"), "speedup_n@1"] == 2.0  # p1 3, p2 1
    assert table.loc[("serial", "sort"), "pass@1"] == pytest.approx(0.375)  # (0.5 + 0.25) / 2
    scan = table.loc[("serial", "scan")]
    assert scan["pass@1"] == 0.0 and np.isnan(scan["speedup_n@1"]) and scan["speedup_n@1_zero"] == 0.0
    assert scan["share_without_correct"] == 1.0


def test_summarize_k_larger_than_samples_names_the_prompt(samples):
    with pytest.raises(ValueError, match=r"k=5 exceeds the 4 samples of prompt \('base', 'p1', 'omp'\)"):
        summarize(samples, k=5)


def test_one_outlier_moves_the_arithmetic_mean_not_the_geometric():
    plain = make_samples([(f"p{i}", "sort", "serial", "ok", 1.0, 1) for i in range(10)])
    outlier = plain.assign(speedup=[500.0] + [1.0] * 9)
    before, after = summarize(plain).iloc[0], summarize(outlier).iloc[0]
    assert before["speedup_n@1"] == before["speedup_n@1_geo"] == 1.0
    # arithmetic (9 + 500) / 10 = 50.9; geometric 500 ** (1/10) = 1.86
    assert after["speedup_n@1"] == pytest.approx(50.9)
    assert after["speedup_n@1_geo"] == pytest.approx(500**0.1)
    assert after["speedup_n@1_geo"] < 2.0 < 50.0 < after["speedup_n@1"]


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda f: f.drop(columns="threads"), "lack the columns"),
        (lambda f: f.replace({"status": {"timeout": "slow"}}), "unknown statuses"),
        (lambda f: f.replace({"parallelism": {"omp": "cuda"}}), "unknown parallelism"),
        (lambda f: f.assign(speedup=f["speedup"].where(f.index != 0)), "finite speedup"),
        (lambda f: f.assign(sample_index=0), "occurs twice"),
        (lambda f: f.assign(problem_type=["a", "b"] * 8), "more than one problem_type"),
    ],
)
def test_invalid_samples_are_refused(samples, change, message):
    with pytest.raises(ValueError, match=message):
        summarize(change(samples))


# ---- paired bootstrap


def random_samples(model, n_prompts=100, n_samples=5, p_correct=0.6, speed=1.0, seed=0):
    rng = np.random.default_rng(seed)
    rows = []
    for p in range(n_prompts):
        for _ in range(n_samples):
            correct = rng.random() < p_correct
            speedup = speed * rng.lognormal(0, 0.5) if correct else nan
            rows.append((f"p{p:03d}", "sort", "serial", "ok" if correct else "wrong_answer", speedup, 1))
    return make_samples(rows, model)


def test_bootstrap_of_identical_models_is_zero(samples):
    both = pd.concat([samples, samples.assign(model="copy")])
    for metric in metric_names(1):
        result = paired_bootstrap_diff(both, "copy", "base", metric)
        assert result["diff"] == 0.0 and result["diff_lo"] <= 0.0 <= result["diff_hi"], metric


def test_bootstrap_ratio_of_a_uniformly_faster_model():
    # every speedup doubled, same statuses: speedup ratio exactly 2 on every resample; pass@1 unchanged
    base = random_samples("base")
    both = pd.concat([base, base.assign(model="fast", speedup=2 * base["speedup"])])
    for metric in ("speedup_n@1", "speedup_n@1_geo", "expected_speedup_geo"):
        result = paired_bootstrap_diff(both, "fast", "base", metric)
        assert result["ratio"] == pytest.approx(2.0)
        assert result["ratio_lo"] == pytest.approx(2.0) and result["ratio_hi"] == pytest.approx(2.0)
        assert result["diff"] == pytest.approx(result["baseline_value"])
    assert paired_bootstrap_diff(both, "fast", "base", "pass@1")["diff_hi"] == 0.0


def test_bootstrap_interval_of_two_prompts():
    # pass@1 per prompt: base (0.5, 0), model (1, 0): differences 0.5 and 0. Resampling two prompts
    # gives mean differences 0.5 (p=1/4), 0.25 (1/2), 0 (1/4): the 95% interval is [0, 0.5].
    base = make_samples(
        [("a", "t", "serial", "ok", 1.0, 1), ("a", "t", "serial", "wrong_answer", nan, 1)]
        + [("b", "t", "serial", "wrong_answer", nan, 1)] * 2
    )
    model = base.assign(model="m", status=["ok", "ok", "wrong_answer", "wrong_answer"], speedup=[1.0, 1.0, nan, nan])
    result = paired_bootstrap_diff(pd.concat([base, model]), "m", "base", "pass@1")
    assert (result["diff"], result["diff_lo"], result["diff_hi"]) == (0.25, 0.0, 0.5)


def test_bootstrap_is_deterministic_and_fast():
    both = pd.concat([random_samples("base", seed=1), random_samples("dpa", speed=1.3, seed=2)])
    start = time.perf_counter()
    first = paired_bootstrap_diff(both, "dpa", "base", "speedup_n@1_geo", n_boot=2000, seed=7)
    assert time.perf_counter() - start < 2.0  # ~100 prompts x 2000 resamples, vectorized
    assert paired_bootstrap_diff(both, "dpa", "base", "speedup_n@1_geo", seed=7) == first
    other = paired_bootstrap_diff(both, "dpa", "base", "speedup_n@1_geo", seed=8)
    assert other["ratio"] == first["ratio"] and other["ratio_lo"] != first["ratio_lo"]
    assert first["ratio_lo"] < first["ratio"] < first["ratio_hi"]


def test_bootstrap_refuses_unpaired_or_unknown_input(samples):
    fewer = samples[samples["problem_id"] != "p3"].assign(model="m")
    with pytest.raises(ValueError, match="different prompts"):
        paired_bootstrap_diff(pd.concat([samples, fewer]), "m", "base", "pass@1")
    with pytest.raises(ValueError, match="unknown metric"):
        paired_bootstrap_diff(pd.concat([samples, fewer]), "m", "base", "speedup")
    with pytest.raises(ValueError, match="no samples of model 'nobody'"):
        paired_bootstrap_diff(samples, "nobody", "base", "pass@1")


def test_bootstrap_table_compares_every_model_per_group(samples):
    both = pd.concat([samples, samples.assign(model="sft")])
    table = paired_bootstrap_table(both, "base", ["pass@1", "speedup_n@1_geo"], n_boot=100)
    assert list(zip(table["parallelism"], table["model"], table["metric"])) == [
        ("omp", "sft", "pass@1"),
        ("omp", "sft", "speedup_n@1_geo"),
        ("serial", "sft", "pass@1"),
        ("serial", "sft", "speedup_n@1_geo"),
    ]
    assert (table["diff"] == 0).all()


# ---- largest speedups


def test_largest_speedups_flags_outliers():
    frame = make_samples(
        [("q1", "sort", "serial", "ok", s, 1) for s in (1.0, 1.2, 15.0)]  # median 1.2: 15 is 12.5x it
        + [("q2", "scan", "serial", "ok", s, 1) for s in (200.0, 180.0, 190.0)]  # median 190, all > 100x
        + [("q2", "scan", "serial", "wrong_answer", nan, 1)]
    ).assign(code=lambda f: [f"code {i}" for i in range(len(f))])
    top = largest_speedups(frame, n=5)
    assert list(top["speedup"]) == [200.0, 190.0, 180.0, 15.0, 1.2]
    assert list(top["suspicion"]) == ["speedup > 100x"] * 3 + ["> 10x prompt median", ""]
    assert top["ratio_to_prompt_median"].iloc[3] == pytest.approx(12.5)
    assert top["code"].iloc[0] == "code 3"  # the sample's own columns come along


# ---- paired comparisons of speed, the problem bootstrap, headroom


def test_paired_speed_ratio_compares_only_prompts_both_solve():
    """The aligned model solves only the two easy prompts (1.2x the base there); the base also
    solves two hard ones, slowly. Each model's geometric speedup over its own solved prompts
    makes the aligned model look 3.8x faster; on the prompts both solve it is 1.2x."""
    rows = lambda speeds: [(f"p{i}", "sort", "serial", "ok" if s else "wrong_answer", s or nan, 1)  # noqa: E731
                           for i, s in enumerate(speeds)]
    base = make_samples(rows([1.0, 1.0, 0.1, 0.1]))
    aligned = make_samples(rows([1.2, 1.2, None, None]), model="aligned")
    both = pd.concat([base, aligned])
    unpaired = paired_bootstrap_diff(both, "aligned", "base", "speedup_n@1_geo", n_boot=200)
    assert unpaired["ratio"] == pytest.approx(1.2 / sqrt(0.1), rel=1e-6) and unpaired["ratio"] > 3
    paired = paired_speed_ratio(both, "aligned", "base", n_boot=200, n_perm=200)
    assert paired["ratio"] == pytest.approx(1.2) and paired["n_prompts"] == 2 and paired["n_problems"] == 2
    assert paired["ratio_lo"] == pytest.approx(1.2) and paired["ratio_hi"] == pytest.approx(1.2)


def test_paired_speed_ratio_uses_the_mean_of_each_models_correct_samples():
    base = make_samples([("p", "t", "serial", "ok", 1.0, 1), ("p", "t", "serial", "ok", 3.0, 1)])
    other = make_samples([("p", "t", "serial", "ok", 4.0, 1), ("p", "t", "serial", "wrong_answer", nan, 1)], "m")
    assert paired_speed_ratio(pd.concat([base, other]), "m", "base", n_perm=10)["ratio"] == pytest.approx(2.0)


def test_sign_flip_p_value():
    problems = [f"q{i}" for i in range(12)]
    base = make_samples([(p, "t", "serial", "ok", 1.0 + i / 10, 1) for i, p in enumerate(problems)])
    faster = base.assign(model="fast", speedup=1.5 * base["speedup"])
    result = paired_speed_ratio(pd.concat([base, faster]), "fast", "base", n_perm=20000, seed=3)
    # every problem's log ratio is positive: only the all-plus and all-minus flips are as extreme,
    # 2 / 2^12 of them
    assert result["ratio"] == pytest.approx(1.5) and result["p_value"] < 0.002
    same = paired_speed_ratio(pd.concat([base, base.assign(model="same")]), "same", "base", n_perm=500)
    assert same["ratio"] == pytest.approx(1.0) and same["p_value"] == 1.0
    rng = np.random.default_rng(0)
    noisy = base.assign(model="noisy", speedup=base["speedup"] * rng.choice([0.8, 1.25], size=len(base)))
    assert paired_speed_ratio(pd.concat([base, noisy]), "noisy", "base", n_perm=5000)["p_value"] > 0.05


def test_paired_speed_ratio_without_shared_prompts_is_nan():
    base = make_samples([("p", "t", "serial", "ok", 1.0, 1)])
    other = make_samples([("p", "t", "serial", "wrong_answer", nan, 1)], "m")
    result = paired_speed_ratio(pd.concat([base, other]), "m", "base", n_perm=10)
    assert result["n_prompts"] == 0 and np.isnan(result["ratio"]) and np.isnan(result["p_value"])
    with pytest.raises(ValueError, match="no samples of model 'x'"):
        paired_speed_ratio(pd.concat([base, other]), "x", "base")


def test_problem_bootstrap_keeps_a_problems_prompts_together():
    clusters = ["a", "a", "b", "b", "c", "c"]
    weights = _cluster_weights(clusters, 500, seed=0)
    assert weights.shape == (500, 6)
    assert (weights[:, 0] == weights[:, 1]).all() and (weights[:, 4] == weights[:, 5]).all()
    assert (weights.sum(axis=1) == 6).all()  # three problems drawn, two prompts each
    assert (weights[:, 0] != weights[:, 2]).any()
    # serial and OpenMP prompts of a problem that move together: resampling prompts as if they were
    # independent gives a narrower (overconfident) interval than resampling problems
    rng = np.random.default_rng(1)
    rows = []
    for i in range(15):
        effect = rng.normal(0, 0.5)
        for par in ("serial", "omp"):
            rows.append((f"p{i}", "t", par, "ok", float(np.exp(effect)), 1))
    base = make_samples([(p, t, par, st, 1.0, th) for p, t, par, st, _, th in rows])
    model = make_samples(rows, "m")
    both = pd.concat([base, model])
    by_problem = paired_bootstrap_diff(both, "m", "base", "expected_speedup", n_boot=2000)
    by_prompt = paired_bootstrap_diff(both, "m", "base", "expected_speedup", n_boot=2000, unit="prompt")
    assert by_problem["unit"] == "problem" and by_problem["diff"] == by_prompt["diff"]
    width = lambda r: r["diff_hi"] - r["diff_lo"]  # noqa: E731
    assert width(by_problem) > 1.2 * width(by_prompt)


def test_headroom_of_constructed_speedups():
    rows = [("a", "t", "serial", "ok", 1.0, 1), ("a", "t", "serial", "ok", 4.0, 1),
            ("b", "t", "serial", "ok", 2.0, 1), ("b", "t", "serial", "ok", 2.0, 1), ("b", "t", "serial", "ok", 2.0, 1),
            ("c", "t", "serial", "ok", 9.0, 1), ("c", "t", "serial", "wrong_answer", nan, 1)]
    result = headroom(make_samples(rows))
    # a: best 4 over geomean 2 = 2; b: 1; c has one correct sample and is left out
    assert result["n_prompts"] == 2 and result["headroom"] == pytest.approx(sqrt(2))
    spread = result["spread"].set_index("problem_id")
    assert spread.loc["a", "min"] == 1.0 and spread.loc["a", "max"] == 4.0 and spread.loc["c", "n_correct"] == 1


def test_alignment_tests_name_the_primary_metric_and_compare_speed_beyond_correctness():
    """The primary model writes the same correct/incorrect pattern as the base and the control,
    twice as fast: its expected speedup is 2x the base's on every resample, its paired speed 2x
    against both, and its pass@1 the same."""
    rows = []
    for i in range(10):
        for par in ("serial", "omp"):
            for j in range(4):
                ok = j % 2 == 0
                rows.append((f"p{i}", "t", par, "ok" if ok else "wrong_answer", 1.0 + i / 10 if ok else nan, 1))
    base = make_samples(rows)
    primary = base.assign(model="dpa", speedup=2 * base["speedup"])
    control = base.assign(model="control")
    table = alignment_tests(pd.concat([base, primary, control]), "dpa", "base", "control",
                            primary_parallelism="omp", n_boot=300, n_perm=2000)
    assert len(table) == 10  # per execution model: 1 expected speedup, 2 paired speed, 2 pass@1
    first = table[table.primary]
    assert len(first) == 1 and first.iloc[0]["parallelism"] == "omp" and first.iloc[0]["test"] == "expected_speedup"
    assert (first.iloc[0]["effect"], first.iloc[0]["lo"], first.iloc[0]["hi"]) == pytest.approx((2.0, 2.0, 2.0))
    speed = table[table.test == "paired_speed"].set_index(["parallelism", "against"])
    assert speed.loc[("omp", "control"), "effect"] == pytest.approx(2.0)
    assert speed.loc[("serial", "base"), "p_value"] < 0.01
    passing = table[table.test == "pass@1"]
    assert set(passing.model) == {"dpa", "control"} and (passing.effect == 0).all()
    no_control = alignment_tests(pd.concat([base, primary]), "dpa", "base", None, primary_parallelism="serial",
                                 n_boot=50, n_perm=50)
    assert len(no_control) == 6 and no_control[no_control.primary].iloc[0]["parallelism"] == "serial"
