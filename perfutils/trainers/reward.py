"""The performance reward model: scores code so that faster code scores higher.

TRL's ``RewardTrainer`` (Bradley-Terry loss, ``-log sigmoid(r_chosen - r_rejected)``) on the
preference pairs of notebook 02, with a sequence-classification head (one output) on the base
model; LoRA or all weights. It is judged by pairwise accuracy on validation pairs from problems
it never saw, overall and binned by the pair's speedup ratio.

Usage::

    from perfutils.trainers.reward import RewardRunConfig, train_reward_model, load_reward_model
    run = RunLayout(run_dir)
    result = train_reward_model("tiny", run.time_programs.preference_dataset,
                                RewardRunConfig(output_dir=str(run.reward_model.checkpoints)),
                                model_dir=run.reward_model.model)
    model, tokenizer = load_reward_model("tiny", result.adapter_dir)
    score_completions(model, tokenizer, [prompt], [completion])
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Any, Sequence

from transformers import set_seed
from trl import RewardConfig, RewardTrainer

from perfutils.models import is_adapter_dir, load_model
from perfutils.trainers.common import (LoraArguments, TrainingDefaults, TrainingResult,
                                       load_splits, run_metrics, save_adapter, train_resumably,
                                       training_history)

PREFERENCE_COLUMNS = ["prompt", "chosen", "rejected", "speedup", "kind"]
# Bins of the chosen/rejected speedup ratio of speed pairs; correctness pairs are their own bin.
SPEEDUP_BINS: tuple[tuple[float, float], ...] = ((1.0, 1.25), (1.25, 2.0), (2.0, 5.0), (5.0, math.inf))


@dataclass
class RewardRunConfig(TrainingDefaults, LoraArguments, RewardConfig):
    """TRL's RewardConfig with LoRA settings and this repository's defaults."""

    max_steps: int = field(default=40, metadata={"help": "optimizer steps; -1: num_train_epochs over the pairs"})
    per_device_train_batch_size: int = field(default=4, metadata={"help": "pairs per step"})
    use_lora: bool = field(default=True, metadata={
        "help": "train a LoRA adapter (the score head is trained in full); False: all weights"})
    max_length: int | None = field(
        default=1024, metadata={"help": "tokens per prompt+completion; longer pairs are dropped"})


def train_reward_model(model_name: str, dataset_dir: str | os.PathLike, config: RewardRunConfig,
                       *, model_dir: str | os.PathLike) -> TrainingResult:
    """Train the reward model on the pairs of ``dataset_dir``; save it to ``model_dir``.

    Checkpoints go to ``config.output_dir`` (a rerun resumes from the last one). ``metrics``
    holds the pairwise accuracy on the validation split (unseen problems), see
    :func:`pairwise_accuracy`.
    """
    train, validation = load_splits(dataset_dir, PREFERENCE_COLUMNS)
    # Loading adds a randomly initialized score head; the trainer seeds only later, and torch's
    # default seed differs per process, so seed first (TRL does so when it loads the model).
    set_seed(config.seed)
    model, tokenizer = load_model(model_name, task="sequence-classification")
    pair_columns = ["prompt", "chosen", "rejected"]
    trainer = RewardTrainer(
        model=model, args=config, train_dataset=train.select_columns(pair_columns),
        eval_dataset=validation.select_columns(pair_columns) if validation is not None else None,
        processing_class=tokenizer,
        peft_config=config.lora_config("SEQ_CLS") if config.use_lora else None)
    output = train_resumably(trainer)
    metrics = run_metrics(trainer, output)
    saved = save_adapter(trainer, model_dir)
    scorer = trainer.accelerator.unwrap_model(trainer.model)
    if validation is not None:
        metrics["validation"] = evaluate_pairs(scorer, tokenizer, validation,
                                               max_length=config.max_length)
    return TrainingResult(adapter_dir=saved, history=training_history(trainer), metrics=metrics)


def load_reward_model(model_name: str, model_dir: str | os.PathLike) -> tuple[Any, Any]:
    """``(model, tokenizer)`` of a reward model saved by :func:`train_reward_model`, for scoring.

    A LoRA reward model is loaded onto ``model_name`` and merged (faster to score with).
    """
    from transformers import AutoTokenizer

    if is_adapter_dir(model_dir):
        model, _ = load_model(model_name, adapter=model_dir, task="sequence-classification", merge=True)
    else:
        model, _ = load_model(str(model_dir), task="sequence-classification")
    # The tokenizer the reward model was trained with, saved beside it.
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), local_files_only=True)
    model.config.pad_token_id = tokenizer.pad_token_id
    return model, tokenizer


def score_completions(model: Any, tokenizer: Any, prompts: Sequence[str],
                      completions: Sequence[str], *, batch_size: int = 8,
                      max_length: int | None = 1024) -> list[float]:
    """Reward-model scores of prompt + completion texts, as the trainer saw them (EOS appended).

    Longer texts keep their start (the prompt and the beginning of the code).
    """
    import torch

    texts = [p + c if c.endswith(tokenizer.eos_token) else p + c + tokenizer.eos_token
             for p, c in zip(prompts, completions, strict=True)]
    scores: list[float] = []
    with torch.inference_mode():
        for start in range(0, len(texts), batch_size):
            batch = tokenizer(texts[start:start + batch_size], return_tensors="pt", padding=True,
                              padding_side="right", truncation=max_length is not None,
                              max_length=max_length).to(model.device)
            scores.extend(model(**batch).logits[:, 0].float().tolist())
    return scores


def speedup_bin(speedup: float, kind: str) -> str:
    """The label of a pair's accuracy bin: its speedup interval, or 'correctness'."""
    if kind == "correctness":
        return "correctness"
    for low, high in SPEEDUP_BINS:
        if low <= speedup < high:
            return f"[{low:g}, {high:g})"
    return f"< {SPEEDUP_BINS[0][0]:g}"  # should not happen: speed pairs have speedup >= 1


def pairwise_accuracy(chosen_scores: Sequence[float], rejected_scores: Sequence[float],
                      speedups: Sequence[float], kinds: Sequence[str]) -> dict[str, Any]:
    """Share of pairs whose chosen completion scores higher; a tie counts one half.

    Returns ``{"accuracy", "pairs", "bins": [{"bin", "accuracy", "pairs"}, ...]}``: the speed
    bins of :data:`SPEEDUP_BINS` in order, then correctness pairs; empty bins have accuracy None.
    """
    hits = [1.0 if c > r else 0.5 if c == r else 0.0
            for c, r in zip(chosen_scores, rejected_scores, strict=True)]
    labels = [speedup_bin(s, k) for s, k in zip(speedups, kinds, strict=True)]
    order = [f"[{low:g}, {high:g})" for low, high in SPEEDUP_BINS] + ["correctness"]
    order += sorted(set(labels) - set(order))
    bins = []
    for label in order:
        members = [h for h, lab in zip(hits, labels) if lab == label]
        bins.append({"bin": label, "pairs": len(members),
                     "accuracy": sum(members) / len(members) if members else None})
    return {"accuracy": sum(hits) / len(hits) if hits else None, "pairs": len(hits), "bins": bins}


def evaluate_pairs(model: Any, tokenizer: Any, pairs: Any, *, max_pairs: int | None = None,
                   max_length: int | None = 1024) -> dict[str, Any]:
    """:func:`pairwise_accuracy` of ``model`` on preference rows (a ``datasets.Dataset``)."""
    if max_pairs is not None and len(pairs) > max_pairs:
        pairs = pairs.shuffle(seed=0).select(range(max_pairs))
    was_training = model.training
    model.eval()
    chosen = score_completions(model, tokenizer, pairs["prompt"], pairs["chosen"], max_length=max_length)
    rejected = score_completions(model, tokenizer, pairs["prompt"], pairs["rejected"], max_length=max_length)
    model.train(was_training)
    return pairwise_accuracy(chosen, rejected, pairs["speedup"], pairs["kind"])
