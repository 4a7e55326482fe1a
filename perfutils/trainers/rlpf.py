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
  - ``reward_mode="measured"`` (the default): the runner's measured speedup, ``log`` of it
    clipped to ``[-log c, log c]`` and mapped linearly onto ``[0, 1]`` (speedup 1 -> 0.5); timed
    runs, or instruction counts with ``deterministic=True`` (serial prompts only; OpenMP ones are
    timed);
  - ``reward_mode="learned"`` (the paper's option): the reward model's score, squashed:
    ``sigmoid(score / scale)``; correctness comes from validation only (fast, no timing). Refused
    unless notebook 04's held-out pairwise accuracy is above chance
    (:func:`reward_model_above_chance`), since a reward model at chance rewards noise.

Completions become candidates with the same extraction as evaluation
(:func:`perfutils.generation.completion_to_candidate`: the function, cut where its braces close).
GRPO standardizes rewards within each group, so only their order and relative spacing matter.
Runner results are cached by code within a run; anything the runner raises is logged and scored
as a runtime failure, never raised into training.

Generations (``generation_backend``): "llamacpp" samples each group on llama.cpp
(:class:`LlamaCppRollout`, TRL's experimental ``rollout_func``) from the same GGUF weights, with
the policy's current LoRA adapter converted every step, the prompts, stop at the function's
closing brace and per-sample seeds of :mod:`perfutils.generation`; "hf" keeps TRL's own
generation (transformers, or TRL's vLLM with ``use_vllm``); "auto" is llama.cpp where it is
installed and there is no CUDA GPU, else TRL's own. On two cores llama.cpp generates a SmolLM2
group 3.9x as fast as TRL's transformers generation, and a GRPO step runs 1.7x as fast
(``benchmarks/rlpf_rollout.py``).

Usage::

    from perfutils.trainers.rlpf import RLPFRunConfig, train_rlpf
    run = RunLayout(run_dir)
    result = train_rlpf("tiny", run.time_programs.sft_dataset,
                        RLPFRunConfig(output_dir=str(run.rlpf.checkpoints), max_steps=2),
                        adapter_dir=run.rlpf.adapter, start_adapter=run.sft.adapter)
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from trl import GRPOConfig, GRPOTrainer

from perfutils.errors import PerfutilsError, UsageError
from perfutils.generation import (SamplingSettings, candidate_to_completion, completion_to_candidate,
                                  resolve_generation_backend)
from perfutils.layout import PROBLEMS_ROOT
from perfutils.problems import Problem, load_problems, parse_size
from perfutils.trainers.common import (LoraArguments, TrainingDefaults, TrainingResult,
                                       load_policy, load_splits, run_metrics, save_adapter,
                                       train_resumably, training_history)

log = logging.getLogger(__name__)

REWARD_MODES = ("measured", "learned")
ROLLOUT_BACKENDS = ("auto", "llamacpp", "hf")  # hf: TRL's own generation (transformers or its vLLM)
# A reward model is used only where its held-out accuracy beats a coin at this level (one-sided).
CHANCE_ALPHA = 0.05
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
    ``parallelism`` columns (and, from :class:`LlamaCppRollout`, each completion's ``sample_seed``).
    Logs the share of each status per step (``status/<name>``) and, with ``log_path``, one JSON
    line per completion (its seed None where TRL's own generation drew it from the global RNG).
    """

    __name__ = "performance"  # the name TRL logs the reward under

    def __init__(self, problems: dict[str, Problem], *, mode: str = "measured",
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
                 trainer_state: Any = None, sample_seed: Sequence[int] | None = None, **_: Any) -> list[float]:
        self.calls += 1
        records = []
        seeds = sample_seed if sample_seed is not None else [None] * len(completions)
        for prompt, completion, pid, par, seed in zip(prompts, completions, problem_id, parallelism, seeds,
                                                      strict=True):
            record = {"prompt": prompt, "completion": completion, "problem_id": pid, "seed": seed,
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
                    handle.write(json.dumps({"step": step, "call": self.calls, "seed": r["seed"],
                                             "status": r["status"],
                                             "reward": r["reward"], "score": r["score"],
                                             "speedup": r["speedup"], "message": r["message"],
                                             "candidate": r["candidate"]}) + "\n")


@dataclass
class RLPFRunConfig(TrainingDefaults, LoraArguments, GRPOConfig):
    """TRL's GRPOConfig with LoRA settings, the reward's settings and this repository's defaults."""

    reward_mode: str = field(default="measured", metadata={
        "help": "measured: the runner's speedup; learned: 04's reward model score, both gated by correctness"})
    require_reward_model_above_chance: bool = field(default=True, metadata={
        "help": "learned mode: refuse a reward model whose held-out accuracy (04) is not above "
                "chance; false: warn and train on it anyway"})
    generation_backend: str = field(default="auto", metadata={
        "help": "GRPO's generations: llamacpp, hf (TRL's own) or auto (llamacpp on a CPU where installed)"})
    speedup_clip: float = field(default=8.0, metadata={
        "help": "measured mode: log-speedup clipped to [-log c, log c]"})
    score_scale: float = field(default=1.0, metadata={
        "help": "learned mode: a correct sample gets sigmoid(score / score_scale)"})
    deterministic: bool = field(default=False, metadata={
        "help": "measured mode: instruction counts (valgrind) instead of timings, serial prompts"})
    timing_size: str = field(default="timing", metadata={
        "help": "measured mode: problem size of timed runs: timing, tiny or a number"})
    beta: float = field(default=0.04, metadata={"help": "KL penalty to the start policy (> 0)"})
    samples_per_prompt: int = field(default=4, metadata={
        "help": "completions per prompt (a GRPO group; TRL's num_generations)"})
    num_generations: int | None = field(default=None, metadata={
        "help": "TRL's name for samples_per_prompt, set from it; leave it unset"})
    max_steps: int = field(default=8, metadata={"help": "optimizer steps"})
    per_device_train_batch_size: int = field(default=4, metadata={
        "help": "completions per step: samples_per_prompt of each of batch/samples_per_prompt prompts"})
    max_completion_length: int | None = field(default=192, metadata={"help": "tokens per completion"})
    temperature: float = field(default=0.8, metadata={"help": "sampling temperature of the completions"})
    learning_rate: float = field(default=2e-5, metadata={"help": "LoRA learning rate"})
    save_steps: float = field(default=5, metadata={"help": "checkpoint every N steps, to resume"})

    def __post_init__(self) -> None:
        if self.num_generations not in (None, self.samples_per_prompt):
            raise UsageError(f"num_generations is TRL's name for samples_per_prompt: set "
                             f"samples_per_prompt={self.num_generations} instead.")
        self.num_generations = self.samples_per_prompt
        if self.reward_mode not in REWARD_MODES:
            raise UsageError(f"unknown reward_mode {self.reward_mode!r}; use one of {', '.join(REWARD_MODES)}.")
        if self.generation_backend not in ROLLOUT_BACKENDS:
            hint = (" (for TRL's vLLM generation set use_vllm: true with generation_backend 'hf')"
                    if self.generation_backend == "vllm" else "")
            raise UsageError(f"unknown generation_backend {self.generation_backend!r} for RLPF; use one of "
                             f"{', '.join(ROLLOUT_BACKENDS)}{hint}.")
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


def reward_model_above_chance(metrics_path: str | os.PathLike, alpha: float = CHANCE_ALPHA) -> dict[str, Any]:
    """Whether notebook 04's reward model ranks pairs of unseen problems better than a coin.

    Reads 04's ``metrics.json`` (its ``accuracy["validation (unseen problems)"]``: accuracy and
    number of pairs) and tests it one-sided against 0.5 with an exact binomial test. Returns
    ``{"accuracy", "pairs", "p_value", "above_chance"}``; without held-out pairs nothing is shown,
    so ``above_chance`` is False.
    """
    path = Path(metrics_path)
    if not path.is_file():
        raise UsageError(f"no reward model metrics at {path}; run notebook 04 first, or use reward_mode "
                         "'measured'.")
    held_out = json.loads(path.read_text()).get("accuracy", {}).get("validation (unseen problems)") or {}
    accuracy, pairs = held_out.get("accuracy"), int(held_out.get("pairs") or 0)
    if accuracy is None or pairs == 0:
        return {"accuracy": accuracy, "pairs": pairs, "p_value": None, "above_chance": False}
    hits = math.floor(accuracy * pairs + 1e-9)  # a tie counts one half in 04's accuracy; here, a miss
    p_value = sum(math.comb(pairs, k) for k in range(hits, pairs + 1)) / 2 ** pairs
    return {"accuracy": accuracy, "pairs": pairs, "p_value": p_value, "above_chance": p_value < alpha}


def rollout_backend(choice: str) -> str:
    """``"llamacpp"`` or ``"hf"`` (TRL's own generation) for a ``generation_backend`` setting.

    "auto" is llama.cpp where it is installed and no CUDA GPU is visible (on a GPU the policy
    trains there, and TRL's generation, or its vLLM, is the fast path)."""
    if choice == "auto":
        import torch

        if torch.cuda.is_available():
            return "hf"
        return "llamacpp" if resolve_generation_backend("auto") == "llamacpp" else "hf"
    if choice == "llamacpp":
        resolve_generation_backend("llamacpp")  # a clear error, with what to install, where it cannot run
    return choice


class LlamaCppRollout:
    """GRPO's generations on llama.cpp: TRL's ``rollout_func`` (experimental in TRL 1.16).

    TRL calls it once per generation batch with the batch's prompts (its sampler repeats each
    prompt once per completion it wants, consecutively) and the trainer. It saves the policy's
    current LoRA adapter, converts it to a llama.cpp LoRA GGUF (``perfutils.llamacpp.adapter_gguf``
    in a converter process kept for the run; cached by content in a folder of its own, removed
    when the next step's replaces it), sets it on the one generator kept for the run and samples
    each prompt's group as :mod:`perfutils.generation` samples: the prompt's token ids as the
    transformers tokenizer makes them (the ids are the policy's vocabulary: llama.cpp runs the
    same model's GGUF), a stop where the function's braces close, and sample j of prompt P at
    step s drawn with ``sample_seed(settings, f"{P's prompt id}@step{s}", j)`` (a second call at
    the same step, which TRL makes only when ``steps_per_generation`` is below
    ``gradient_accumulation_steps``, appends ``.<call>``). Temperature, ``top_p`` and ``top_k``
    are the GRPO config's (TRL's defaults sample from the full softmax, the distribution GRPO's
    loss assumes).

    It returns what TRL requires: the prompt ids, the completion ids (ending at EOS when the model
    wrote one, else at the token that closed the function or at ``max_completion_length``) and
    each completion token's log-probability under ``softmax(logits / temperature)`` of the
    sampling engine; and ``sample_seed``, which TRL hands to the reward function (it logs it).
    """

    def __init__(self, model_name: str, config: "RLPFRunConfig", prompt_ids: dict[str, str], *,
                 cache_dir: str | os.PathLike | None = None, generator: Any = None):
        from perfutils.llamacpp import LlamaCppGenerator, LoraConverter

        # mask_truncated_completions: a completion stopped at the function's closing brace has no
        # EOS, so TRL would take it for a truncated one and drop it from the loss.
        unsupported = {name: getattr(config, name) for name, default in
                       (("min_p", None), ("repetition_penalty", 1.0), ("generation_kwargs", None),
                        ("use_vllm", False), ("mask_truncated_completions", False))
                       if getattr(config, name) != default}
        if unsupported:
            raise UsageError(f"generation_backend 'llamacpp' samples with temperature, top_p and top_k and stops "
                             f"at the function's end; {unsupported} need generation_backend 'hf'.")
        self.settings = SamplingSettings(temperature=config.temperature, top_p=config.top_p,
                                         max_new_tokens=config.max_completion_length, seed=config.seed)
        self.top_k = config.top_k
        self.prompt_ids = prompt_ids
        self.cache_dir = cache_dir
        sequences = max(config.samples_per_prompt, min(config.generation_batch_size or 0, 32))
        self.generator = generator or LlamaCppGenerator(model_name, max_sequences=sequences, cache_dir=cache_dir)
        self.converter = LoraConverter(cache_dir)  # converts every step's adapter in one warm process
        self.work_dir = Path(tempfile.mkdtemp(prefix="perfutils-rollout-"))
        self.calls: list[dict[str, Any]] = []  # per call: step, adapter, seconds (adapter, sampling), tokens

    def request_id(self, prompt: str, step: int, repeat: int = 0) -> str:
        """The prompt id a completion of ``prompt`` at ``step`` is seeded with (``repeat``: how many
        calls at this step came before)."""
        base = self.prompt_ids.get(prompt) or hashlib.sha256(prompt.encode()).hexdigest()[:16]
        return f"{base}@step{step}" + (f".{repeat}" if repeat else "")

    def sync_adapter(self, model: Any) -> Path:
        """Put the policy's current "default" LoRA adapter on the generator; its GGUF path."""
        from peft import PeftModel

        from perfutils.llamacpp import adapter_gguf

        if not isinstance(model, PeftModel):
            raise UsageError("generation_backend 'llamacpp' needs a LoRA policy (a PEFT model); use 'hf'.")
        with tempfile.TemporaryDirectory(dir=self.work_dir) as saved:
            model.save_pretrained(saved, selected_adapters=["default"])
            gguf = adapter_gguf(saved, self.generator.checkpoint, cache_dir=self.cache_dir, dest_dir=self.work_dir,
                                converter=self.converter)
        if gguf != self.generator.adapter_path:
            self.generator.set_adapter(gguf)
            for used in self.generator.forget_adapters():
                used.unlink(missing_ok=True)
        return gguf

    def __call__(self, prompts: list[str], trainer: Any) -> dict[str, list]:
        from perfutils.llamacpp import sample_seed

        step = trainer.state.global_step
        repeat = sum(call["step"] == step for call in self.calls)
        started = time.perf_counter()
        adapter = self.sync_adapter(trainer.accelerator.unwrap_model(trainer.model))
        synced = time.perf_counter()
        positions: dict[str, list[int]] = {}  # each distinct prompt, where its completions go
        for i, prompt in enumerate(prompts):
            positions.setdefault(prompt, []).append(i)
        # TRL 1.16's sampler repeats each prompt once per completion; its docstring of rollout_func
        # speaks of prompts without duplicates. Should a TRL do that, fail rather than train on
        # groups of one.
        group = getattr(trainer, "num_generations" if trainer.model.training else "num_generations_eval", None)
        if isinstance(group, int) and any(len(where) % group for where in positions.values()):
            raise PerfutilsError(f"TRL passed the rollout prompts that do not come {group} times each "
                                 "(num_generations); this TRL calls rollout_func otherwise than TRL 1.16 did. "
                                 "Use generation_backend 'hf'.")
        by_group_size: dict[int, list[str]] = {}  # one generator call per group size (normally one)
        for prompt, where in positions.items():
            by_group_size.setdefault(len(where), []).append(prompt)
        prompt_ids: list[Any] = [None] * len(prompts)
        completion_ids: list[Any] = [None] * len(prompts)
        logprobs: list[Any] = [None] * len(prompts)
        seeds_of: list[Any] = [None] * len(prompts)
        for n, texts in by_group_size.items():
            seeds = [[sample_seed(self.settings, self.request_id(text, step, repeat), j) for j in range(n)]
                     for text in texts]
            ids_of_prompts, samples, stats = self.generator.sample_texts(
                trainer.processing_class, texts, seeds, self.settings, top_k=self.top_k, logprobs=True)
            for text, ids, per_sample, per_sample_logprobs, group_seeds in zip(
                    texts, ids_of_prompts, samples, stats.logprobs, seeds):
                for j, i in enumerate(positions[text]):
                    prompt_ids[i], completion_ids[i], logprobs[i] = ids, per_sample[j], per_sample_logprobs[j]
                    seeds_of[i] = group_seeds[j]
        eos = self.generator.eos_ids
        self.calls.append({
            "step": step, "adapter": adapter.name, "completions": len(prompts), "adapter_seconds": synced - started,
            "sampling_seconds": time.perf_counter() - synced, "new_tokens": sum(map(len, completion_ids)),
            "at_token_cap": sum(len(c) >= self.settings.max_new_tokens and c[-1] not in eos for c in completion_ids)})
        return {"prompt_ids": prompt_ids, "completion_ids": completion_ids, "logprobs": logprobs,
                "sample_seed": seeds_of}

    def summary(self) -> dict[str, Any]:
        """Totals over the run: calls, distinct adapters, seconds converting adapters and
        sampling, tokens, tokens/s, the share of completions cut at ``max_completion_length``."""
        totals = {key: sum(call[key] for call in self.calls)
                  for key in ("completions", "adapter_seconds", "sampling_seconds", "new_tokens", "at_token_cap")}
        sampling = totals["sampling_seconds"]
        return {"calls": len(self.calls), "adapters": len({call["adapter"] for call in self.calls}),
                **{key: totals[key] for key in ("completions", "adapter_seconds", "sampling_seconds", "new_tokens")},
                "tokens_per_second": totals["new_tokens"] / sampling if sampling else None,
                "share_at_token_cap": totals["at_token_cap"] / totals["completions"] if self.calls else None}

    def close(self) -> None:
        """Free the generator, end the converter's process and remove the converted adapters."""
        self.generator.close()
        self.converter.close()
        shutil.rmtree(self.work_dir, ignore_errors=True)


def train_rlpf(model_name: str, dataset_dir: str | os.PathLike, config: RLPFRunConfig, *,
               adapter_dir: str | os.PathLike, reward_model_dir: str | os.PathLike | None = None,
               reward_model_metrics: str | os.PathLike | None = None,
               start_adapter: str | os.PathLike | None = None,
               problems_dir: str | os.PathLike = PROBLEMS_ROOT,
               reward_log: str | os.PathLike | None = None) -> TrainingResult:
    """Train the policy with GRPO on the prompts of the SFT dataset's training problems.

    ``reward_model_dir`` and ``reward_model_metrics`` (notebook 04's model and ``metrics.json``)
    are needed for ``config.reward_mode == "learned"``: a reward model whose held-out accuracy is
    not above chance is refused (or, with ``require_reward_model_above_chance=False``, used with
    a warning). ``start_adapter`` (default in the notebook: the SFT adapter) is both the starting
    policy and the KL anchor. ``reward_log`` receives one JSON line per scored completion (step,
    seed, status, reward, code). ``metrics`` adds ``groups_without_variance`` (groups whose
    completions all got one reward), the generation backend used (``config.generation_backend``
    resolved by :func:`rollout_backend`) and, on llama.cpp, the rollouts' figures
    (:meth:`LlamaCppRollout.summary`).
    """
    backend = rollout_backend(config.generation_backend)  # before anything loads: a clear error first
    prompts = rlpf_prompts(dataset_dir)
    problems = {p.id: p for p in load_problems(problems_dir, ids=sorted(set(prompts["problem_id"])))}
    reward_model = reward_tokenizer = None
    extra: dict[str, Any] = {"reward_mode": config.reward_mode}
    if config.reward_mode == "learned":
        from perfutils.trainers.reward import load_reward_model

        if reward_model_dir is None or reward_model_metrics is None:
            raise UsageError("reward_mode 'learned' needs notebook 04's reward model and its metrics "
                             "(reward_model_dir, reward_model_metrics).")
        check = reward_model_above_chance(reward_model_metrics)
        extra["reward_model_held_out"] = check
        if not check["above_chance"]:
            why = (f"notebook 04's reward model ranks {check['accuracy']} of {check['pairs']} held-out pairs "
                   f"correctly (one-sided binomial p = {check['p_value']}), not above chance at {CHANCE_ALPHA}")
            if config.require_reward_model_above_chance:
                raise UsageError(f"{why}: it would reward noise. Use reward_mode 'measured' (the runner's "
                                 "speedup), or set require_reward_model_above_chance false to train on it anyway.")
            log.warning("%s; training on it anyway (require_reward_model_above_chance is false)", why)
        reward_model, reward_tokenizer = load_reward_model(model_name, reward_model_dir)
    reward = PerformanceReward(problems, mode=config.reward_mode, reward_model=reward_model,
                               reward_tokenizer=reward_tokenizer, speedup_clip=config.speedup_clip,
                               score_scale=config.score_scale, deterministic=config.deterministic,
                               timing_size=parse_size(config.timing_size), log_path=reward_log)
    model, tokenizer, peft_config = load_policy(model_name, start_adapter, config)
    rollout = None
    if backend == "llamacpp":
        rollout = LlamaCppRollout(model_name, config, {
            row["prompt"]: f"{row['problem_id']}/{row['parallelism']}" for row in prompts})
    try:
        trainer = GRPOTrainer(model=model, reward_funcs=[reward], args=config, train_dataset=prompts,
                              processing_class=tokenizer, peft_config=peft_config, rollout_func=rollout)
        output = train_resumably(trainer)
    finally:
        if rollout is not None:
            rollout.close()
    history = training_history(trainer)
    metrics = run_metrics(trainer, output)
    metrics.update(extra)
    metrics.update(groups_without_variance(history, config))
    metrics["generation_backend"] = backend
    if rollout is not None:
        metrics["rollout"] = rollout.summary()
    return TrainingResult(adapter_dir=save_adapter(trainer, adapter_dir), history=history,
                          metrics=metrics)


def groups_without_variance(history: list[dict[str, Any]], config: RLPFRunConfig) -> dict[str, Any]:
    """How many completion groups got the same reward for every completion (no GRPO signal).

    From TRL's per-step ``frac_reward_zero_std`` and the number of groups per step.
    """
    groups_per_step = config.per_device_train_batch_size * config.gradient_accumulation_steps // config.samples_per_prompt
    fractions = [row["frac_reward_zero_std"] for row in history if "frac_reward_zero_std" in row]
    flat = sum(f * groups_per_step for f in fractions)
    total = groups_per_step * len(fractions)
    return {"groups": total, "groups_without_variance": round(flat),
            "share_groups_without_variance": flat / total if total else None}
