"""RLPF's reward and generations: correctness gates the reward, speedups are clipped, nothing in
a batch crashes it, the learned reward is used only above chance; the llama.cpp rollouts sample
what generation samples, with the policy's log-probabilities."""

from __future__ import annotations

import json
import math
from pathlib import Path
from types import SimpleNamespace

import pytest

from perfutils.generation import completion_end
from perfutils.llamacpp import llamacpp_usable
from perfutils.problems import load_problem
from perfutils.runner.results import RunResult
from perfutils.trainers.rlpf import (FAILURE_REWARDS, RUNNER_ERROR, PerformanceReward, RLPFRunConfig,
                                     gated_reward, reward_model_above_chance)

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


# --------------------------------------------------------------------------- which reward


def test_the_measured_speedup_is_the_default_reward():
    assert RLPFRunConfig(output_dir="unused").reward_mode == "measured"
    assert PerformanceReward({}).mode == "measured"  # needs no reward model


@pytest.mark.parametrize("hits, pairs, above", [(30, 32, True), (9, 10, True), (7, 12, False), (16, 32, False),
                                                (8, 10, False), (0, 0, False)])
def test_a_reward_model_is_above_chance_only_where_a_binomial_test_says_so(tmp_path, hits, pairs, above):
    """One-sided exact binomial test at 5% on 04's held-out pairs: 8 of 10 (p = 0.055) is not
    enough, 9 of 10 (p = 0.011) is."""
    path = tmp_path / "metrics.json"
    held_out = {"accuracy": hits / pairs if pairs else None, "pairs": pairs}
    path.write_text(json.dumps({"accuracy": {"validation (unseen problems)": held_out}}))
    check = reward_model_above_chance(path)
    assert check["above_chance"] is above
    if pairs:
        assert check["p_value"] == pytest.approx(sum(math.comb(pairs, k) for k in range(hits, pairs + 1)) / 2 ** pairs)


def test_a_tie_in_the_reward_models_accuracy_counts_as_a_miss(tmp_path):
    """04 counts a tie as half a hit: 8.5 of 10 is tested as 8 of 10, not above chance."""
    path = tmp_path / "metrics.json"
    path.write_text(json.dumps({"accuracy": {"validation (unseen problems)": {"accuracy": 0.85, "pairs": 10}}}))
    assert reward_model_above_chance(path)["above_chance"] is False


def test_generation_backend_auto_falls_back_to_trls_own_and_a_named_one_that_cannot_run_is_refused(monkeypatch):
    import torch

    import perfutils.llamacpp
    from perfutils.errors import UsageError
    from perfutils.trainers.rlpf import rollout_backend

    monkeypatch.setattr(perfutils.llamacpp, "llamacpp_usable", lambda: (False, "not built here; pip install ..."))
    assert rollout_backend("auto") == "hf"
    assert rollout_backend("hf") == "hf"
    with pytest.raises(UsageError, match="generation_backend 'llamacpp': not built here; pip install"):
        rollout_backend("llamacpp")
    monkeypatch.setattr(perfutils.llamacpp, "llamacpp_usable", lambda: (True, ""))
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert rollout_backend("auto") == "llamacpp"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert rollout_backend("auto") == "hf"  # on a GPU the policy's own generation (or TRL's vLLM) is the fast one
    with pytest.raises(UsageError, match="unknown generation_backend 'vllm' for RLPF.*use_vllm"):
        RLPFRunConfig(output_dir="unused", generation_backend="vllm")


# --------------------------------------------------------------------------- llama.cpp rollouts

ROLLOUT_TEMPERATURE = 0.5  # not 1, so that a log-probability without the temperature is caught
# llama.cpp (float32 weights, float16 KV cache) against transformers + PEFT on the tiny model:
# measured up to 1e-3 at temperature 0.5 with this adapter; without the temperature, 0.3-0.4.
LOGPROB_TOLERANCE = 5e-3


class _Trainer:
    """What a rollout reads of TRL's GRPOTrainer."""

    def __init__(self, model, tokenizer, step):
        self.model, self.processing_class = model, tokenizer
        self.state = SimpleNamespace(global_step=step)
        self.accelerator = SimpleNamespace(unwrap_model=lambda m: m)


@pytest.fixture(scope="module")
def policy(tiny_checkpoint):
    """The tiny model with a LoRA adapter whose weights are not zero (so the adapter matters)."""
    import torch
    from peft import get_peft_model

    from perfutils.models import load_model
    from perfutils.trainers.common import LoraArguments

    usable, why = llamacpp_usable()
    if not usable:
        pytest.skip(f"llama.cpp is not installed here: {why}")
    model, tok = load_model("tiny")
    model = get_peft_model(model, LoraArguments().lora_config())
    generator = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for name, weight in model.named_parameters():
            if "lora_" in name:
                weight.copy_(torch.randn(weight.shape, generator=generator) * 0.05)
    model.eval()
    return model, tok


@pytest.fixture(scope="module")
def rollout_prompts(policy):
    """Two problems' model prompts as notebook 02 writes them into the SFT dataset, with ids."""
    from perfutils.generation import format_prompt
    from perfutils.problems import load_problems

    _, tok = policy
    problems = load_problems(FIXTURE.parent, ids=["reduce_sum_of_squares", "transform_scale_shift"])
    return {format_prompt(tok, p.prompt("serial")): (f"{p.id}/serial", p) for p in problems}


def _rollout(rollout_prompts, samples=3, **settings):
    from perfutils.trainers.rlpf import LlamaCppRollout

    config = RLPFRunConfig(output_dir="unused", samples_per_prompt=samples, per_device_train_batch_size=2 * samples,
                           temperature=ROLLOUT_TEMPERATURE, max_completion_length=24, seed=7, **settings)
    return config, LlamaCppRollout("tiny", config, {text: pid for text, (pid, _) in rollout_prompts.items()})


def test_a_rollout_samples_what_generation_samples(policy, rollout_prompts, tmp_path):
    """The rollout's completion of prompt P, sample j, at step s decodes (cut at the function's
    end) to the text generation writes for prompt id "P@step<s>", sample j, with the same adapter
    (converted on its own, through the model cache) and the same sampling settings."""
    from perfutils.generation import PromptRequest, SamplingSettings, generate_samples
    from perfutils.models import load_model

    model, tok = policy
    model.save_pretrained(tmp_path / "adapter")
    # top_k 50: what generation samples with (the checkpoint's default); RLPF's default is TRL's 0.
    config, rollout = _rollout(rollout_prompts, top_k=50)
    texts = list(rollout_prompts)
    try:
        out = rollout([texts[0], texts[1], texts[0], texts[1], texts[0], texts[1]], _Trainer(model, tok, step=3))
    finally:
        rollout.close()
    assert [ids for ids in out["prompt_ids"][:2]] == [tok(t, add_special_tokens=False)["input_ids"] for t in texts]

    generator, gen_tok = load_model("tiny", adapter=tmp_path / "adapter", backend="llamacpp")
    settings = SamplingSettings(temperature=config.temperature, top_p=config.top_p,
                                max_new_tokens=config.max_completion_length, seed=config.seed, batch_size=6)
    requests = [PromptRequest(f"{pid}@step3", p.id, "serial", p.prompt("serial"), p.signature)
                for pid, p in rollout_prompts.values()]
    records = generate_samples(generator, gen_tok, requests, samples_per_prompt=3, out_path=tmp_path / "s.jsonl",
                               settings=settings, progress=False)
    generator.close()
    assert [r["model_prompt"] for r in records[::3]] == texts
    generated = {(r["prompt_id"], r["sample_index"]): r["raw"] for r in records}
    for i, ids in enumerate(out["completion_ids"]):
        text = tok.decode(ids, skip_special_tokens=True)
        end = completion_end(text)
        prompt_id = rollout_prompts[texts[i % 2]][0]
        assert (text[:end] if end > 0 else text) == generated[(f"{prompt_id}@step3", i // 2)]
    assert len(set(map(tuple, out["completion_ids"]))) > 1  # the samples differ: each has its own seed


def test_rollout_logprobs_are_the_policys_at_the_sampling_temperature(policy, rollout_prompts):
    """Each completion token's log-probability as the rollout returns it equals what TRL computes
    for the trainee (transformers + PEFT, log_softmax(logits / temperature)) within float noise,
    also after the policy changed: each call samples with the adapter the policy has then, and a
    stale adapter would be caught (the changed policy's log-probabilities are far from the old
    one's). Agreement on every sampled token also shows that the ids llama.cpp returns mean the
    same tokens to the policy."""
    import torch

    model, tok = policy
    _, rollout = _rollout(rollout_prompts, samples=2)
    texts = list(rollout_prompts)[:1] * 2

    def gaps(out):
        worst = []
        for prompt_ids, ids, logprobs in zip(out["prompt_ids"], out["completion_ids"], out["logprobs"]):
            assert len(logprobs) == len(ids)
            with torch.no_grad():
                logits = model(torch.tensor([prompt_ids + ids])).logits[0, len(prompt_ids) - 1:-1]
            theirs = torch.log_softmax(logits.double() / ROLLOUT_TEMPERATURE, -1)[torch.arange(len(ids)), ids]
            worst.append((theirs - torch.tensor(logprobs, dtype=torch.double)).abs().max().item())
        return max(worst)

    def flip_lora_b():
        with torch.no_grad():
            for name, weight in model.named_parameters():
                if "lora_B" in name:
                    weight.mul_(-1.0)

    try:
        assert gaps(rollout(texts, _Trainer(model, tok, step=0))) < LOGPROB_TOLERANCE
        flip_lora_b()
        try:
            changed = rollout(texts, _Trainer(model, tok, step=1))
            assert gaps(changed) < LOGPROB_TOLERANCE
        finally:
            flip_lora_b()
        assert gaps(changed) > 10 * LOGPROB_TOLERANCE  # against the policy before the change: what stale would give
        assert rollout.calls[0]["adapter"] != rollout.calls[1]["adapter"]
    finally:
        rollout.close()
