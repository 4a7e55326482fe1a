"""RLPF's reward: correctness gates it, speedups are clipped, and nothing in a batch crashes it."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from perfutils.problems import load_problem
from perfutils.runner.results import RunResult
from perfutils.trainers.rlpf import FAILURE_REWARDS, RUNNER_ERROR, PerformanceReward, gated_reward

FIXTURE = Path(__file__).parent / "fixtures" / "problems" / "reduce_sum_of_squares"


@pytest.fixture(scope="module")
def problem():
    return load_problem(FIXTURE)


def _body(code: str) -> str:
    return code.split("{", 1)[1]


@pytest.mark.parametrize("mode, values", [
    ("learned", [-1e6, -30.0, -1.0, 0.0, 2.0, 1e6]),
    ("measured", [1e-9, 0.01, 0.5, 1.0, 3.0, 1e9, float("inf")]),
])
def test_a_wrong_program_never_outranks_a_correct_one(mode, values):
    correct = [gated_reward("ok", v, mode=mode) for v in values]
    failures = [gated_reward(status, v, mode=mode) for status in FAILURE_REWARDS for v in values]
    assert min(correct) > max(failures)
    assert all(0.0 <= r <= 1.0 for r in correct)


def test_failures_are_graded():
    compile_error = gated_reward("compile_error", 5.0, mode="learned")
    assert gated_reward("rejected", 5.0, mode="learned") == compile_error
    for status in ("runtime_error", "timeout", "memory_limit", "wrong_answer"):
        assert compile_error < gated_reward(status, 5.0, mode="learned") < gated_reward("ok", -50.0, mode="learned")


def test_measured_speedup_is_log_clipped():
    reward = lambda s: gated_reward("ok", s, mode="measured", speedup_clip=8.0)  # noqa: E731
    assert reward(1.0) == pytest.approx(0.5)
    assert reward(8.0) == reward(1000.0) == 1.0
    assert reward(1 / 8) == reward(1e-6) == 0.0
    assert reward(2.0) == pytest.approx(0.5 + math.log(2) / (2 * math.log(8)))
    assert reward(2.0) - reward(1.0) == pytest.approx(reward(1.0) - reward(0.5))  # linear in log
    assert reward(None) == 0.0  # correct without a figure: the bottom of the correct band


def test_real_runner_ranks_correct_wrong_and_broken_completions(problem, tiny_checkpoint):
    """Real compiles and validations on the fixture problem, scored by a (random) reward model."""
    from perfutils.models import load_model

    reward_model, tokenizer = load_model("tiny", task="sequence-classification")
    reward = PerformanceReward({problem.id: problem}, mode="learned", reward_model=reward_model,
                               reward_tokenizer=tokenizer)
    prompt = problem.prompt("serial").rstrip()
    completions = [
        _body(problem.solution_code("baseline")) + "\nint main() { this is rambling }",
        "\n  return 0.0;\n}\n",
        "\n  return x[0] * ;\n}\n",
    ]
    rewards = reward([prompt] * 3, completions, problem_id=[problem.id] * 3,
                     parallelism=["serial"] * 3)
    assert 0.0 <= rewards[0] <= 1.0
    assert rewards[1] == FAILURE_REWARDS["wrong_answer"]
    assert rewards[2] == FAILURE_REWARDS["compile_error"]


def test_runner_failures_and_timeouts_never_crash_the_reward(problem, monkeypatch, tmp_path):
    """A timeout, a compile error, a runner exception and an unknown problem in one batch: every
    completion still gets its failure reward, a correct one its speedup, and results are cached."""
    calls = []

    def fake_run(prob, code, config, sandbox, **kwargs):
        calls.append(code)
        if "while (true)" in code:
            return RunResult(status="timeout", problem_id=prob.id, parallelism=config.parallelism)
        if "syntax" in code:
            return RunResult(status="compile_error", problem_id=prob.id, parallelism=config.parallelism)
        if "explode" in code:
            raise RuntimeError("harness error: the sandbox went away")
        return RunResult(status="ok", problem_id=prob.id, parallelism=config.parallelism, speedup=2.0)

    monkeypatch.setattr("perfutils.runner.execute.run_candidate", fake_run)
    logged = {}
    reward = PerformanceReward({problem.id: problem}, mode="measured", sandbox=object(),
                               log_path=tmp_path / "rewards.jsonl")
    prompt = problem.prompt("serial").rstrip()
    completions = ["\n  while (true) {}\n}", "\n  syntax\n}", "\n  explode();\n}", "\n  return 1;\n}",
                   "\n  return 1;\n}"]
    rewards = reward([prompt] * 5, completions, problem_id=[problem.id] * 4 + ["no_such_problem"],
                     parallelism=["serial"] * 5,
                     log_metric=lambda name, value: logged.setdefault(name, value))
    assert rewards[:3] == [FAILURE_REWARDS["timeout"], FAILURE_REWARDS["compile_error"],
                           FAILURE_REWARDS["runtime_error"]]
    assert rewards[3] == pytest.approx(gated_reward("ok", 2.0, mode="measured"))
    assert rewards[4] == FAILURE_REWARDS["runtime_error"]  # unknown problem: no run
    assert logged[f"status/{RUNNER_ERROR}"] == pytest.approx(2 / 5)
    assert len((tmp_path / "rewards.jsonl").read_text().splitlines()) == 5

    reward([prompt], ["\n  return 1;\n}"], problem_id=[problem.id], parallelism=["serial"])
    assert len(calls) == 4  # the repeated correct completion came from the cache
