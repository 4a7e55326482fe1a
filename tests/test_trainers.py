"""The trainers: two steps each on the tiny model, on small synthetic datasets of notebook 02's form.

Each test checks that training changed the trainable weights and that what it saved loads back.
A slow test runs notebooks 03-06 through papermill on a synthetic run folder.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from perfutils.layout import RunLayout
from perfutils.problems import load_problem

FIXTURES = Path(__file__).parent / "fixtures" / "problems"
TRAIN_PROBLEMS = ("reduce_sum_of_squares", "transform_scale_shift")
VALIDATION_PROBLEMS = ("search_contains_value",)
REPO = Path(__file__).resolve().parents[1]


def _completion(code: str) -> str:
    """A reference solution (candidate form) as the completion of its prompt."""
    return code.split("{", 1)[1]


def _rows(problem_ids):
    sft, pairs = [], []
    for problem_id in problem_ids:
        problem = load_problem(FIXTURES / problem_id)
        meta = {"problem_id": problem.id, "problem_type": problem.type}
        slow = _completion(problem.solution_code(problem.serial_order[0]))
        for parallelism, fast_name in (("serial", problem.baseline), ("omp", "omp")):
            prompt, fast = problem.prompt(parallelism), _completion(problem.solution_code(fast_name))
            sft.append({"prompt": prompt, "completion": fast, "parallelism": parallelism,
                        "speedup": 1.0, "source": "reference", **meta})
            pairs.append({"prompt": prompt, "chosen": fast, "rejected": slow, "speedup": 3.0,
                          "kind": "speed", "parallelism": parallelism, **meta})
            pairs.append({"prompt": prompt, "chosen": fast, "rejected": "\n  return {};\n}\n",
                          "speedup": 1.0, "kind": "correctness", "parallelism": parallelism, **meta})
    return sft, pairs


def write_synthetic_datasets(run_dir: Path) -> Path:
    """Notebook 02's two datasets, from the fixture problems' references, split by problem."""
    from datasets import Dataset, DatasetDict

    out = RunLayout(run_dir).time_programs
    (sft_train, pairs_train), (sft_val, pairs_val) = _rows(TRAIN_PROBLEMS), _rows(VALIDATION_PROBLEMS)
    DatasetDict(train=Dataset.from_list(sft_train), validation=Dataset.from_list(sft_val)).save_to_disk(
        str(out.sft_dataset))
    DatasetDict(train=Dataset.from_list(pairs_train), validation=Dataset.from_list(pairs_val)).save_to_disk(
        str(out.preference_dataset))
    return out.path


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory, tiny_checkpoint) -> Path:
    run = tmp_path_factory.mktemp("run")
    write_synthetic_datasets(run)
    return run


def _adapter_weights(adapter_dir: Path) -> dict[str, torch.Tensor]:
    return load_file(str(adapter_dir / "adapter_model.safetensors"))


def _assert_changed(trained: dict[str, torch.Tensor], start: dict[str, torch.Tensor] | None = None):
    """LoRA B matrices start at zero, so a fresh adapter changed iff one is non-zero; a
    continued adapter changed iff some tensor differs from where it started."""
    if start is None:
        assert any(t.abs().sum() > 0 for name, t in trained.items() if "lora_B" in name)
    else:
        assert set(trained) == set(start)
        assert any(not torch.equal(trained[name], start[name]) for name in trained)


# --------------------------------------------------------------------------- tokenization

# A row whose boundary falls inside a token: encoded as one string, " ret" + "urn" merge into
# " return", so the prompt's own encoding is not a prefix of it. (Qwen2.5 does the same with
# the real prompts' " {" and the body's first newline.)
SPLIT_PROMPT, SPLIT_COMPLETION = "int one() {\n  ret", "urn 1;\n}"


@pytest.fixture(scope="module")
def tiny_tokenizer(tiny_checkpoint):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_checkpoint)


def _as_generated(tokenizer, prompt):
    """The ids notebook 07 (perfutils.generation) feeds the model for ``prompt``."""
    return tokenizer(prompt, add_special_tokens=False)["input_ids"]


def test_training_rows_start_with_the_prompt_as_generation_encodes_it(tiny_tokenizer):
    from perfutils.trainers.common import tokenize_preference, tokenize_prompt_completion

    tok = tiny_tokenizer
    prompt_ids = _as_generated(tok, SPLIT_PROMPT)
    joint = _as_generated(tok, SPLIT_PROMPT + SPLIT_COMPLETION)
    assert joint[:len(prompt_ids)] != prompt_ids  # the case TRL's own encoding gets wrong

    row = tokenize_prompt_completion({"prompt": SPLIT_PROMPT, "completion": SPLIT_COMPLETION}, tok)
    n = len(prompt_ids)
    assert row["input_ids"][:n] == prompt_ids
    assert row["completion_mask"] == [0] * n + [1] * (len(row["input_ids"]) - n)
    assert row["input_ids"][-1] == tok.eos_token_id
    assert tok.decode(row["input_ids"][n:-1]) == SPLIT_COMPLETION

    pair = tokenize_preference({"prompt": SPLIT_PROMPT, "chosen": SPLIT_COMPLETION,
                                "rejected": "\n  return 0;\n}"}, tok)
    assert pair["prompt_ids"] == prompt_ids
    assert tok.decode(pair["chosen_ids"]) == SPLIT_COMPLETION + tok.eos_token
    assert tok.decode(pair["rejected_ids"]) == "\n  return 0;\n}" + tok.eos_token


def test_tokenization_needs_an_eos_token(tiny_tokenizer):
    from perfutils.errors import UsageError
    from perfutils.trainers.common import generation_token_ids

    tok = tiny_tokenizer.__class__.from_pretrained(tiny_tokenizer.name_or_path)
    tok.eos_token = None
    with pytest.raises(UsageError, match="no EOS token"):
        generation_token_ids(tok, SPLIT_PROMPT, SPLIT_COMPLETION)


def test_trainers_train_on_the_generation_encoding(tmp_path, tiny_checkpoint, tiny_tokenizer):
    """What the trainers actually hold after TRL's dataset preparation, for SFT and DPO/DPA."""
    from datasets import Dataset
    from trl import SFTTrainer
    from transformers import AutoModelForCausalLM

    from perfutils.trainers.common import tokenize_prompt_completion
    from perfutils.trainers.dpa import DPARunConfig, DPATrainer, PreferenceTrainer
    from perfutils.trainers.sft import SFTRunConfig

    tok = tiny_tokenizer
    prompt_ids = _as_generated(tok, SPLIT_PROMPT)
    model = AutoModelForCausalLM.from_pretrained(tiny_checkpoint)
    pairs = Dataset.from_list([{"prompt": SPLIT_PROMPT, "chosen": SPLIT_COMPLETION,
                                "rejected": "\n  return 0;\n}", "speedup": 2.0, "kind": "speed"}] * 2)
    for trainer_class in (PreferenceTrainer, DPATrainer):
        data = pairs if trainer_class is DPATrainer else pairs.remove_columns(["speedup", "kind"])
        trainer = trainer_class(model, args=DPARunConfig(output_dir=str(tmp_path / "dpo"), max_steps=1),
                                train_dataset=data, processing_class=tok)
        assert trainer.train_dataset[0]["prompt_ids"] == prompt_ids, trainer_class.__name__

    rows = Dataset.from_list([{"prompt": SPLIT_PROMPT, "completion": SPLIT_COMPLETION}])
    trainer = SFTTrainer(model=model, args=SFTRunConfig(output_dir=str(tmp_path / "sft"), max_steps=1),
                         train_dataset=rows.map(tokenize_prompt_completion, fn_kwargs={"tokenizer": tok},
                                                remove_columns=["prompt", "completion"]),
                         processing_class=tok)
    example = trainer.train_dataset[0]
    assert example["input_ids"][:len(prompt_ids)] == prompt_ids
    assert example["labels"][:len(prompt_ids)] == [-100] * len(prompt_ids)  # loss on the completion only
    assert example["labels"][len(prompt_ids):] == example["input_ids"][len(prompt_ids):]


# --------------------------------------------------------------------------- trainers


@pytest.fixture(scope="module")
def sft_result(run_dir):
    from perfutils.trainers.sft import SFTRunConfig, train_sft

    run = RunLayout(run_dir)
    config = SFTRunConfig(output_dir=str(run.sft.checkpoints), max_steps=2,
                          per_device_train_batch_size=2, save_steps=1, max_length=512)
    return train_sft("tiny", run.time_programs.sft_dataset, config, adapter_dir=run.sft.adapter)


def test_sft_trains_saves_and_resumes(sft_result, run_dir):
    from perfutils.models import load_model
    from perfutils.trainers.sft import SFTRunConfig, train_sft

    _assert_changed(_adapter_weights(sft_result.adapter_dir))
    assert [row["step"] for row in sft_result.history if "loss" in row] == [1, 2]
    assert "eval_loss" in sft_result.metrics
    model, _ = load_model("tiny", adapter=sft_result.adapter_dir)
    assert any("lora_B" in name for name, _ in model.named_parameters())

    # An interrupted run continues from its last checkpoint: one more step, not three.
    run = RunLayout(run_dir)
    config = SFTRunConfig(output_dir=str(run.sft.checkpoints), max_steps=3,
                          per_device_train_batch_size=2, save_steps=1, max_length=512)
    resumed = train_sft("tiny", run.time_programs.sft_dataset, config,
                        adapter_dir=run.sft.path / "resumed_adapter")
    assert resumed.metrics["resumed_from_step"] == 2
    assert resumed.metrics["steps"] == 3


def test_reward_model_trains_and_loads_back(run_dir):
    from perfutils.trainers.reward import (RewardRunConfig, evaluate_pairs, load_reward_model,
                                           train_reward_model)

    config = RewardRunConfig(output_dir=str(run_dir / "04" / "checkpoints"), max_steps=2,
                             per_device_train_batch_size=2, max_length=512)
    result = train_reward_model("tiny", RunLayout(run_dir).time_programs.preference_dataset, config,
                                model_dir=run_dir / "04" / "model")
    weights = _adapter_weights(result.adapter_dir)
    _assert_changed(weights)
    assert any("score" in name for name in weights)  # the head is saved with the adapter
    validation = result.metrics["validation"]
    assert validation["pairs"] == 4
    assert [b["bin"] for b in validation["bins"]][-1] == "correctness"

    from datasets import load_from_disk

    model, tokenizer = load_reward_model("tiny", result.adapter_dir)
    pairs = load_from_disk(str(RunLayout(run_dir).time_programs.preference_dataset))["validation"]
    assert evaluate_pairs(model, tokenizer, pairs) == validation  # the reloaded model scores alike


def test_reward_model_is_reproducible(run_dir):
    """The same seed gives the same model whatever state torch's global generator is in (in a
    fresh process its seed is random): the score head, initialized when the model is loaded, is
    seeded too. Fresh processes: tests/test_chain_smoke.py."""
    from perfutils.trainers.reward import RewardRunConfig, train_reward_model

    def train(name, seed):
        config = RewardRunConfig(output_dir=str(run_dir / name / "checkpoints"), max_steps=1,
                                 per_device_train_batch_size=2, max_length=512, seed=seed)
        result = train_reward_model("tiny", RunLayout(run_dir).time_programs.preference_dataset,
                                    config, model_dir=run_dir / name / "model")
        return _adapter_weights(result.adapter_dir)

    torch.manual_seed(1)  # the global generator in another state, as in another process
    first = train("04-seed0-a", 0)
    torch.manual_seed(2)
    second = train("04-seed0-b", 0)
    assert first.keys() == second.keys()
    assert all(torch.equal(first[name], second[name]) for name in first)
    other = train("04-seed1", 1)
    heads = [name for name in first if "score" in name]
    assert heads and not all(torch.equal(first[name], other[name]) for name in heads)


def test_dpa_continues_the_sft_adapter(sft_result, run_dir):
    """Plain DPO (PreferenceTrainer, same function) runs in the notebook test below."""
    from perfutils.models import load_model
    from perfutils.trainers.dpa import DPARunConfig, train_preference

    method = "dpa"
    config = DPARunConfig(output_dir=str(run_dir / "06" / method / "checkpoints"), max_steps=2,
                          per_device_train_batch_size=2, max_length=512, learning_rate=1e-3)
    result = train_preference("tiny", RunLayout(run_dir).time_programs.preference_dataset, config,
                              method=method, adapter_dir=run_dir / "06" / method / "adapter",
                              start_adapter=sft_result.adapter_dir, eval_pairs=3)
    _assert_changed(_adapter_weights(result.adapter_dir), _adapter_weights(sft_result.adapter_dir))
    assert not (result.adapter_dir / "ref").exists()  # the frozen reference copy is not saved
    assert "eval_rewards/accuracies" in result.metrics
    assert result.metrics["validation_pairs"] == 3  # a sample of the 4 validation pairs
    logged = [row for row in result.history if "rewards/margins" in row]
    assert len(logged) == 2
    assert all(row["dpa/speedup_margin"] > 0 for row in logged)  # the speedup reached the loss
    load_model("tiny", adapter=result.adapter_dir)


def _fake_check(self, problem_id, parallelism, candidate):
    """A deterministic stand-in for the runner (the real one is tested in test_rlpf_reward.py),
    so that groups have reward variance. Measured mode only: it hands out speedups."""
    assert self.mode == "measured"
    digest = int(hashlib.sha256(candidate.encode()).hexdigest(), 16)
    status = ("ok", "wrong_answer", "compile_error")[digest % 3]
    return status, 1.0 + digest % 7 if status == "ok" else None, ""


def test_rlpf_trains_with_a_graded_reward(sft_result, run_dir, monkeypatch):
    """Two GRPO steps from the SFT adapter with TRL's own generation and the default reward: the
    runner's measured speedup (no reward model is given)."""
    from perfutils.trainers.rlpf import PerformanceReward, RLPFRunConfig, train_rlpf

    monkeypatch.setattr(PerformanceReward, "check", _fake_check)
    config = RLPFRunConfig(output_dir=str(run_dir / "05" / "checkpoints"), max_steps=2, generation_backend="hf",
                           samples_per_prompt=2, per_device_train_batch_size=2,
                           max_completion_length=12, learning_rate=1e-3)
    result = train_rlpf("tiny", RunLayout(run_dir).time_programs.sft_dataset, config,
                        adapter_dir=run_dir / "05" / "adapter", start_adapter=sft_result.adapter_dir,
                        problems_dir=FIXTURES, reward_log=run_dir / "05" / "rewards.jsonl")
    _assert_changed(_adapter_weights(result.adapter_dir), _adapter_weights(sft_result.adapter_dir))
    steps = [row for row in result.history if "reward" in row]
    assert len(steps) == 2
    assert all("kl" in row and "frac_reward_zero_std" in row for row in steps)
    assert result.metrics["reward_mode"] == "measured" and result.metrics["generation_backend"] == "hf"
    assert result.metrics["groups"] == 2
    assert 0 <= result.metrics["groups_without_variance"] <= 2
    lines = [json.loads(line) for line in (run_dir / "05" / "rewards.jsonl").read_text().splitlines()]
    assert len(lines) == 4 and {line["status"] for line in lines} <= {"ok", "wrong_answer", "compile_error"}
    assert all(line["seed"] is None for line in lines)  # TRL's own generation draws from the global RNG


def test_rlpf_trains_on_llamacpp_rollouts(sft_result, run_dir, monkeypatch):
    """Two GRPO steps whose completions llama.cpp sampled: TRL accepts the rollout's ids and
    log-probabilities, scores the texts they decode to and trains; the second step samples with
    the adapter the first step trained (another GGUF), and every completion's seed is logged."""
    from perfutils.generation import completion_to_candidate
    from perfutils.llamacpp import llamacpp_usable
    from perfutils.models import load_model
    from perfutils.trainers.rlpf import LlamaCppRollout, PerformanceReward, RLPFRunConfig, train_rlpf

    usable, why = llamacpp_usable()
    if not usable:
        pytest.skip(f"llama.cpp is not installed here: {why}")

    def distinct_speedups(self, problem_id, parallelism, candidate):
        """Every distinct candidate correct with its own speedup: each group has reward variance,
        so the first step surely changes the adapter."""
        return "ok", 1.0 + int(hashlib.sha256(candidate.encode()).hexdigest(), 16) % 1000 / 100, ""

    monkeypatch.setattr(PerformanceReward, "check", distinct_speedups)
    returned, rollouts = [], []
    real_call = LlamaCppRollout.__call__

    def recorded_call(self, prompts, trainer):
        rollouts.append(self)
        returned.append(real_call(self, prompts, trainer))
        return returned[-1]

    monkeypatch.setattr(LlamaCppRollout, "__call__", recorded_call)
    out = run_dir / "05-llamacpp"
    config = RLPFRunConfig(output_dir=str(out / "checkpoints"), max_steps=2, generation_backend="llamacpp",
                           samples_per_prompt=2, per_device_train_batch_size=2,
                           max_completion_length=12, learning_rate=1e-2)
    result = train_rlpf("tiny", RunLayout(run_dir).time_programs.sft_dataset, config,
                        adapter_dir=out / "adapter", start_adapter=sft_result.adapter_dir,
                        problems_dir=FIXTURES, reward_log=out / "rewards.jsonl")
    _assert_changed(_adapter_weights(result.adapter_dir), _adapter_weights(sft_result.adapter_dir))
    assert result.metrics["generation_backend"] == "llamacpp"
    assert result.metrics["rollout"]["calls"] == len(returned) == 2
    assert [call["step"] for call in rollouts[0].calls] == [0, 1]
    assert result.metrics["rollout"]["adapters"] == 2  # step 1 sampled with what step 0 trained
    for rollout in returned:
        assert len(rollout["completion_ids"]) == len(rollout["logprobs"]) == len(rollout["prompt_ids"]) == 2
        assert [len(lp) for lp in rollout["logprobs"]] == [len(ids) for ids in rollout["completion_ids"]]
        assert all(lp <= 0 for per in rollout["logprobs"] for lp in per)
    assert len([row for row in result.history if "reward" in row]) == 2
    # The reward scored what llama.cpp wrote (the candidates come from the rollout's token ids),
    # and logged the seed each completion was drawn with.
    _, tok = load_model("tiny")
    logged = [json.loads(line) for line in (out / "rewards.jsonl").read_text().splitlines()]
    assert [line["seed"] for line in logged] == [seed for rollout in returned for seed in rollout["sample_seed"]]
    assert len(set(line["seed"] for line in logged)) == 4
    signatures = {load_problem(FIXTURES / p).signature for p in TRAIN_PROBLEMS}
    decoded = tok.batch_decode([ids for rollout in returned for ids in rollout["completion_ids"]],
                               skip_special_tokens=True)
    assert len(logged) == len(decoded) == 4
    assert all(line["candidate"] in {completion_to_candidate(sig, text) for sig in signatures}
               for line, text in zip(logged, decoded))
    assert not rollouts[0].work_dir.exists()  # no converted adapters left behind


def test_rlpf_refuses_a_reward_model_at_chance(run_dir, tmp_path):
    """reward_mode 'learned' with a reward model that ranks held-out pairs no better than a coin
    is refused before anything loads; the measured reward is what to use instead."""
    from perfutils.errors import UsageError
    from perfutils.trainers.rlpf import RLPFRunConfig, train_rlpf

    metrics = tmp_path / "metrics.json"
    metrics.write_text(json.dumps({"accuracy": {"validation (unseen problems)": {"accuracy": 7 / 12, "pairs": 12}}}))
    config = RLPFRunConfig(output_dir=str(tmp_path / "checkpoints"), reward_mode="learned", max_steps=1)
    with pytest.raises(UsageError, match="not above chance.*reward_mode 'measured'"):
        train_rlpf("tiny", RunLayout(run_dir).time_programs.sft_dataset, config, adapter_dir=tmp_path / "adapter",
                   reward_model_dir=tmp_path / "no_model_needed", reward_model_metrics=metrics,
                   problems_dir=FIXTURES)
    with pytest.raises(UsageError, match="reward_model_metrics"):
        train_rlpf("tiny", RunLayout(run_dir).time_programs.sft_dataset, config, adapter_dir=tmp_path / "adapter",
                   reward_model_dir=tmp_path / "no_model_needed", problems_dir=FIXTURES)


def test_rlpf_refuses_a_zero_kl_penalty():
    from perfutils.errors import UsageError
    from perfutils.trainers.rlpf import RLPFRunConfig

    with pytest.raises(UsageError, match="beta"):
        RLPFRunConfig(output_dir="unused", beta=0.0)


# --------------------------------------------------------------------------- notebooks

NOTEBOOK_PARAMETERS = {
    "03_sft": {"max_steps": 2, "per_device_train_batch_size": 2, "sample_tokens": 8, "max_length": 512},
    "04_reward_model": {"max_steps": 2, "per_device_train_batch_size": 2, "train_accuracy_pairs": 4,
                        "max_length": 512},
    "06_dpa": {"max_steps": 2, "per_device_train_batch_size": 2, "max_length": 512},
    "05_rlpf": {"max_steps": 1, "samples_per_prompt": 2, "per_device_train_batch_size": 2,
                "max_completion_length": 8, "problems_dir": str(FIXTURES)},
}


@pytest.mark.slow
def test_notebooks_03_to_06_run_on_the_smoke_settings(tmp_path, tiny_checkpoint):
    """03-06 through papermill on synthetic datasets, without notebooks 00-02; each writes its
    model, curves and metrics.json. Slow (four kernels): the default suite runs 03-06 in the
    whole smoke chain (test_chain_smoke.py); this one isolates them when that chain breaks."""
    import papermill

    write_synthetic_datasets(tmp_path)
    for stem, parameters in NOTEBOOK_PARAMETERS.items():
        papermill.execute_notebook(
            str(REPO / "notebooks" / f"{stem}.ipynb"), str(tmp_path / f"{stem}.ipynb"),
            parameters={"run_dir": str(tmp_path), "model_name": "tiny", **parameters},
            cwd=str(REPO / "notebooks"), progress_bar=False, kernel_name="python3")
        stage = RunLayout(tmp_path).stage(stem)
        assert stage.metrics.is_file() and stage.curves.is_file(), stem
    metrics = {stem: json.loads(RunLayout(tmp_path).stage(stem).metrics.read_text()) for stem in NOTEBOOK_PARAMETERS}
    assert metrics["03_sft"]["steps"] == 2
    assert metrics["04_reward_model"]["validation_accuracy"] is not None
    assert metrics["04_reward_model"]["paper_accuracy"] == 0.93
    assert set(metrics["06_dpa"]) >= {"dpa", "dpo"}
    assert metrics["05_rlpf"]["final_kl"] is not None and metrics["05_rlpf"]["groups"] == 1
    assert (RunLayout(tmp_path).sft.adapter / "adapter_config.json").is_file()
    assert (RunLayout(tmp_path).dpa.dpo_adapter / "adapter_config.json").is_file()


def test_a_stop_request_finishes_the_step_saves_and_stops():
    """Ctrl-C (SIGINT) during training: checkpoint at the end of the step, then stop; a second
    Ctrl-C interrupts at once. Handlers are restored afterwards."""
    import os
    import signal

    from transformers import TrainerControl

    from perfutils.trainers.common import GracefulStop

    previous = signal.getsignal(signal.SIGINT)
    stop, control = GracefulStop(), TrainerControl()
    stop.on_train_begin(None, None, control)
    try:
        os.kill(os.getpid(), signal.SIGINT)
        assert stop.requested
        stop.on_step_end(None, None, control)
        assert control.should_save and control.should_training_stop
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
    finally:
        stop.on_train_end(None, None, control)
    assert signal.getsignal(signal.SIGINT) is previous
