"""RLPF: reinforcement learning with performance feedback.

The policy writes code for training prompts; each completion is compiled and checked by the
runner and rewarded; the policy is updated with a KL penalty to its starting point.

Deviation from the paper: the paper trains with PPO. TRL 1.x no longer has ``PPOTrainer``, so
this uses ``GRPOTrainer``: several completions per prompt, the advantage of each is its reward
standardized within its group (no value network), and the KL term to the reference policy is in
the loss (``beta``) rather than subtracted from the reward.

The reward, per completion (:func:`gated_reward`):

* the runner's status gates it: a completion that does not compile (or is rejected) gets
  ``-1``, one that compiles but crashes, times out or gives a wrong answer gets ``-0.5``, so a
  group without any correct sample still prefers the samples that got further;
* a correct completion gets a reward in ``[0, 1]``, above every failure, from
  - ``reward_mode="learned"``: the reward model's score, squashed: ``sigmoid(score / scale)``;
    correctness comes from validation only (fast, no timing);
  - ``reward_mode="measured"``: the runner's measured speedup, ``log`` of it clipped to
    ``[-log c, log c]`` and mapped linearly onto ``[0, 1]`` (speedup 1 -> 0.5); timed runs, or
    instruction counts with ``deterministic=True`` (serial prompts only; OpenMP ones are timed).

Completions become candidates with the same extraction as evaluation
(:func:`perfutils.generation.completion_to_candidate`: the function, cut where its braces close).
GRPO standardizes rewards within each group, so only their order and relative spacing matter.
Runner results are cached by code within a run; anything the runner raises is logged and scored
as a runtime failure, never raised into training.

Usage::

    from perfutils.trainers.rlpf import RLPFRunConfig, train_rlpf
    result = train_rlpf("tiny", "runs/x/02_time_programs/sft_dataset",
                        RLPFRunConfig(output_dir="runs/x/05_rlpf/checkpoints", max_steps=2),
                        adapter_dir="runs/x/05_rlpf/adapter", reward_model_dir="runs/x/04_reward_model/model",
                        start_adapter="runs/x/03_sft/adapter")
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from trl import GRPOConfig, GRPOTrainer

from perfutils.cli import UsageError
from perfutils.problems import PROBLEMS_ROOT, Problem, load_problems
from perfutils.generation import candidate_to_completion, completion_to_candidate
from perfutils.trainers.common import (LoraArguments, TrainingDefaults, TrainingResult,
                                       load_policy, load_splits, run_metrics, save_adapter,
                                       train_resumably, training_history)

log = logging.getLogger(__name__)

REWARD_MODES = ("learned", "measured")
# Reward of each failing status. Graded so that a group with no correct sample still carries a
# signal: getting the code to compile is progress. Every correct sample gets a reward in [0, 1].
FAILURE_REWARDS: dict[str, float] = {
    "compile_error": -1.0,
    "rejected": -1.0,
    "runtime_error": -0.5,
    "timeout": -0.5,
    "memory_limit": -0.5,
    "wrong_answer": -0.5,
    "protocol_error": -0.5,
}
RUNNER_ERROR = "runner_error"  # the runner itself raised: scored like a runtime failure


def gated_reward(status: str, value: float | None, *, mode: str, speedup_clip: float = 8.0,
                 score_scale: float = 1.0,
                 failure_rewards: dict[str, float] = FAILURE_REWARDS) -> float:
    """Reward of one completion from its runner status and, when correct, its value.

    ``value`` is the reward model's score (``mode="learned"``) or the measured speedup
    (``mode="measured"``); it is ignored unless ``status == "ok"``. A correct completion's
    reward lies in ``[0, 1]``, every failure's below 0, so a wrong program never outranks a
    correct one whatever the reward model says.
    """
    if mode not in REWARD_MODES:
        raise ValueError(f"unknown reward mode {mode!r}; use one of {REWARD_MODES}")
    if status != "ok":
        return failure_rewards.get(status, failure_rewards["runtime_error"])
    if value is None or math.isnan(value):
        return 0.0  # correct, but without a figure: the bottom of the correct band
    if mode == "learned":
        z = value / score_scale
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
    if value <= 0:
        return 0.0
    limit = math.log(speedup_clip)
    clipped = min(max(math.log(value), -limit), limit)
    return (clipped + limit) / (2 * limit)


class PerformanceReward:
    """GRPO reward function: runner status gates the reward model's score or the measured speedup.

    Called by the trainer with the prompts, the completions and the dataset's ``problem_id`` and
    ``parallelism`` columns. Logs the share of each status per step (``status/<name>``) and,
    with ``log_path``, one JSON line per completion.
    """

    __name__ = "performance"  # the name TRL logs the reward under

    def __init__(self, problems: dict[str, Problem], *, mode: str = "learned",
                 reward_model: Any = None, reward_tokenizer: Any = None,
                 speedup_clip: float = 8.0, score_scale: float = 1.0,
                 deterministic: bool = False, timing_size: str | int = "timing",
                 failure_rewards: dict[str, float] = FAILURE_REWARDS,
                 sandbox: Any = None, log_path: str | os.PathLike | None = None):
        if mode not in REWARD_MODES:
            raise UsageError(f"unknown reward mode {mode!r}; use one of {', '.join(REWARD_MODES)}.")
        if mode == "learned" and (reward_model is None or reward_tokenizer is None):
            raise UsageError("reward mode 'learned' needs a reward model (notebook 04's output); "
                             "pass one, or use reward mode 'measured'.")
        if speedup_clip <= 1:
            raise UsageError(f"speedup_clip must be above 1, got {speedup_clip}.")
        self.problems, self.mode = problems, mode
        self.reward_model, self.reward_tokenizer = reward_model, reward_tokenizer
        self.speedup_clip, self.score_scale = speedup_clip, score_scale
        self.deterministic, self.timing_size = deterministic, timing_size
        self.failure_rewards = failure_rewards
        self._sandbox = sandbox  # each runner job leases its own sandbox slot
        self.log_path = Path(log_path) if log_path is not None else None
        self.cache: dict[str, tuple[str, float | None, str]] = {}
        self.calls = 0

    @property
    def sandbox(self) -> Any:
        if self._sandbox is None:
            from perfutils.runner.sandbox import Sandbox

            self._sandbox = Sandbox()
        return self._sandbox

    def run_config(self, parallelism: str) -> Any:
        from perfutils.runner.results import RunConfig

        if self.mode == "learned":
            return RunConfig(parallelism=parallelism, validate_only=True)
        return RunConfig(parallelism=parallelism, size=self.timing_size,
                         deterministic=self.deterministic and parallelism == "serial")

    def check(self, problem_id: str, parallelism: str, candidate: str) -> tuple[str, float | None, str]:
        """``(status, speedup, message)`` of a candidate; cached by code; never raises."""
        from perfutils.runner.execute import run_candidate

        key = hashlib.sha256(json.dumps([problem_id, parallelism, self.mode, candidate]).encode()).hexdigest()
        if key in self.cache:
            return self.cache[key]
        try:
            result = run_candidate(self.problems[problem_id], candidate,
                                   self.run_config(parallelism), self.sandbox)
        except Exception as error:  # the runner's own failure: must not stop training
            log.warning("runner failed on a %s candidate for %s: %s: %s", parallelism, problem_id,
                        type(error).__name__, error)
            return RUNNER_ERROR, None, f"{type(error).__name__}: {error}"
        outcome = (result.status, result.speedup, result.message[:300])
        if not result.retryable:  # a timeout on a contended machine is judged again next time
            self.cache[key] = outcome
        return outcome

    def __call__(self, prompts: Sequence[str], completions: Sequence[str], *,
                 problem_id: Sequence[str], parallelism: Sequence[str], log_metric: Any = None,
                 trainer_state: Any = None, **_: Any) -> list[float]:
        self.calls += 1
        records = []
        for prompt, completion, pid, par in zip(prompts, completions, problem_id, parallelism, strict=True):
            record = {"prompt": prompt, "completion": completion, "problem_id": pid,
                      "candidate": None, "speedup": None}
            try:
                # The same extraction as evaluation: the function, cut where its braces close.
                record["candidate"] = completion_to_candidate(self.problems[pid].signature, completion)
                record["status"], record["speedup"], record["message"] = self.check(pid, par, record["candidate"])
            except Exception as error:  # e.g. an unknown problem id: a failure, not a crash
                log.warning("no reward for a completion of %s: %s: %s", pid, type(error).__name__, error)
                record["status"], record["message"] = RUNNER_ERROR, f"{type(error).__name__}: {error}"
            records.append(record)
        scores = self._scores(records) if self.mode == "learned" else [r["speedup"] for r in records]
        rewards = []
        for record, value in zip(records, scores):
            record["score"] = value if self.mode == "learned" else None
            record["reward"] = gated_reward(
                record["status"], value, mode=self.mode, speedup_clip=self.speedup_clip,
                score_scale=self.score_scale, failure_rewards=self.failure_rewards)
            rewards.append(record["reward"])
        self._log(records, log_metric, trainer_state)
        return rewards

    def _scores(self, records: list[dict[str, Any]]) -> list[float | None]:
        from perfutils.trainers.reward import score_completions

        correct = [i for i, r in enumerate(records) if r["status"] == "ok"]
        scores: list[float | None] = [None] * len(records)
        if correct:
            # The reward model was trained on prompt + completion (the code after the `{`, up to
            # the closing brace), so it scores the extracted function in that form.
            prompts = [records[i]["prompt"] for i in correct]
            bodies = []
            for i in correct:
                signature = self.problems[records[i]["problem_id"]].signature
                bodies.append(candidate_to_completion(records[i]["candidate"], signature)
                              or records[i]["completion"])
            for i, score in zip(correct, score_completions(self.reward_model, self.reward_tokenizer,
                                                           prompts, bodies)):
                scores[i] = score
        return scores

    def _log(self, records: list[dict[str, Any]], log_metric: Any, trainer_state: Any) -> None:
        counts = Counter(r["status"] for r in records)
        if log_metric is not None:
            for status in ("ok", *self.failure_rewards, RUNNER_ERROR):
                log_metric(f"status/{status}", counts.get(status, 0) / len(records))
        if self.log_path is not None:
            step = getattr(trainer_state, "global_step", None)
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.log_path, "a") as handle:
                for r in records:
                    handle.write(json.dumps({"step": step, "call": self.calls, "status": r["status"],
                                             "reward": r["reward"], "score": r["score"],
                                             "speedup": r["speedup"], "message": r["message"],
                                             "candidate": r["candidate"]}) + "\n")


@dataclass
class RLPFRunConfig(TrainingDefaults, LoraArguments, GRPOConfig):
    """TRL's GRPOConfig with LoRA settings, the reward's settings and this repository's defaults."""

    reward_mode: str = field(default="learned", metadata={
        "help": "learned: reward model score gated by correctness; measured: the runner's speedup"})
    speedup_clip: float = field(default=8.0, metadata={
        "help": "measured mode: log-speedup clipped to [-log c, log c]"})
    score_scale: float = field(default=1.0, metadata={
        "help": "learned mode: a correct sample gets sigmoid(score / score_scale)"})
    deterministic: bool = field(default=False, metadata={
        "help": "measured mode: instruction counts (valgrind) instead of timings, serial prompts"})
    timing_size: str = field(default="timing", metadata={
        "help": "measured mode: problem size of timed runs: timing, tiny or a number"})
    beta: float = field(default=0.04, metadata={"help": "KL penalty to the start policy (> 0)"})
    num_generations: int | None = field(default=4, metadata={"help": "completions per prompt (group)"})
    per_device_train_batch_size: int = field(default=4, metadata={
        "help": "completions per step: num_generations of each of batch/num_generations prompts"})
    max_completion_length: int | None = field(default=256, metadata={"help": "tokens per completion"})
    learning_rate: float = field(default=2e-5, metadata={"help": "LoRA learning rate"})

    def __post_init__(self) -> None:
        if self.reward_mode not in REWARD_MODES:
            raise UsageError(f"unknown reward_mode {self.reward_mode!r}; use one of {', '.join(REWARD_MODES)}.")
        if self.beta <= 0:
            raise UsageError(f"beta must be > 0 (the KL penalty to the start policy), got {self.beta}.")
        super().__post_init__()


def rlpf_prompts(dataset_dir: str | os.PathLike) -> Any:
    """The distinct (prompt, problem_id, parallelism) rows of the SFT dataset's training split.

    The prompts are the model's own (notebook 02 formats them for the model); trailing
    whitespace is dropped, so they end at the ``{`` as in training.
    """
    from datasets import Dataset

    train, _ = load_splits(dataset_dir, ["prompt", "problem_id", "parallelism"])
    seen: dict[tuple[str, str], str] = {}
    for row in train.select_columns(["prompt", "problem_id", "parallelism"]):
        seen.setdefault((row["problem_id"], row["parallelism"]), row["prompt"].rstrip())
    keys = sorted(seen)
    return Dataset.from_dict({"prompt": [seen[k] for k in keys],
                              "problem_id": [k[0] for k in keys],
                              "parallelism": [k[1] for k in keys]})


def train_rlpf(model_name: str, dataset_dir: str | os.PathLike, config: RLPFRunConfig, *,
               adapter_dir: str | os.PathLike, reward_model_dir: str | os.PathLike | None = None,
               start_adapter: str | os.PathLike | None = None,
               problems_dir: str | os.PathLike = PROBLEMS_ROOT,
               reward_log: str | os.PathLike | None = None) -> TrainingResult:
    """Train the policy with GRPO on the prompts of the SFT dataset's training problems.

    ``reward_model_dir`` is needed for ``config.reward_mode == "learned"``. ``start_adapter``
    (default in the notebook: the SFT adapter) is both the starting policy and the KL anchor.
    ``reward_log`` receives one JSON line per scored completion (status, reward, code).
    ``metrics`` adds ``groups_without_variance``: groups whose completions all got one reward.
    """
    prompts = rlpf_prompts(dataset_dir)
    problems = {p.id: p for p in load_problems(problems_dir, ids=sorted(set(prompts["problem_id"])))}
    reward_model = reward_tokenizer = None
    if config.reward_mode == "learned":
        from perfutils.trainers.reward import load_reward_model

        if reward_model_dir is None:
            raise UsageError("reward_mode 'learned' needs the reward model of notebook 04 "
                             "(reward_model_dir).")
        reward_model, reward_tokenizer = load_reward_model(model_name, reward_model_dir)
    size: str | int = int(config.timing_size) if config.timing_size.isdigit() else config.timing_size
    reward = PerformanceReward(problems, mode=config.reward_mode, reward_model=reward_model,
                               reward_tokenizer=reward_tokenizer, speedup_clip=config.speedup_clip,
                               score_scale=config.score_scale, deterministic=config.deterministic,
                               timing_size=size, log_path=reward_log)
    model, tokenizer, peft_config = load_policy(model_name, start_adapter, config)
    trainer = GRPOTrainer(model=model, reward_funcs=[reward], args=config, train_dataset=prompts,
                          processing_class=tokenizer, peft_config=peft_config)
    output = train_resumably(trainer)
    history = training_history(trainer)
    metrics = run_metrics(trainer, output)
    metrics.update(groups_without_variance(history, config))
    return TrainingResult(adapter_dir=save_adapter(trainer, adapter_dir), history=history,
                          metrics=metrics)


def groups_without_variance(history: list[dict[str, Any]], config: RLPFRunConfig) -> dict[str, Any]:
    """How many completion groups got the same reward for every completion (no GRPO signal).

    From TRL's per-step ``frac_reward_zero_std`` and the number of groups per step.
    """
    groups_per_step = config.per_device_train_batch_size * config.gradient_accumulation_steps // config.num_generations
    fractions = [row["frac_reward_zero_std"] for row in history if "frac_reward_zero_std" in row]
    flat = sum(f * groups_per_step for f in fractions)
    total = groups_per_step * len(fractions)
    return {"groups": total, "groups_without_variance": round(flat),
            "share_groups_without_variance": flat / total if total else None}
