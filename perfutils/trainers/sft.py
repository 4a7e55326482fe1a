"""Supervised fine-tuning on the fastest correct solutions (the paper's first stage).

TRL's ``SFTTrainer`` with a LoRA adapter on prompt-completion rows: the loss covers only the
completion (the code the model must write), never the prompt.

Usage::

    from perfutils.trainers.sft import SFTRunConfig, train_sft
    run = RunLayout(run_dir)
    config = SFTRunConfig(output_dir=str(run.sft.checkpoints), max_steps=40)
    result = train_sft("smollm2-135m-instruct", run.time_programs.sft_dataset, config,
                       adapter_dir=run.sft.adapter)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from trl import SFTConfig, SFTTrainer

from perfutils.trainers.common import (LoraArguments, TrainingDefaults, TrainingResult,
                                       load_policy, load_splits, run_metrics,
                                       save_adapter, tokenize_prompt_completion, train_resumably,
                                       training_history)


@dataclass
class SFTRunConfig(TrainingDefaults, LoraArguments, SFTConfig):
    """TRL's SFTConfig with LoRA settings and this repository's defaults."""

    max_steps: int = field(default=40, metadata={"help": "optimizer steps; -1: num_train_epochs over the data"})
    per_device_train_batch_size: int = field(default=4, metadata={"help": "prompt-completion rows per step"})
    completion_only_loss: bool | None = field(
        default=True, metadata={"help": "loss on the completion only (the prompt is given)"})
    max_length: int | None = field(
        default=1024, metadata={"help": "tokens per prompt+completion; longer rows are truncated"})
    learning_rate: float = field(default=2e-4, metadata={"help": "LoRA learning rate"})


def train_sft(model_name: str, dataset_dir: str | os.PathLike, config: SFTRunConfig, *,
              adapter_dir: str | os.PathLike, start_adapter: str | os.PathLike | None = None
              ) -> TrainingResult:
    """Fine-tune ``model_name`` on the ``prompt``/``completion`` rows of ``dataset_dir``.

    Checkpoints go to ``config.output_dir`` (a rerun resumes from the last one); the final
    adapter to ``adapter_dir``. The validation split (other problems) is evaluated at the end.
    ``start_adapter`` continues training an existing adapter instead of a fresh one.
    """
    columns = ["prompt", "completion"]
    splits = load_splits(dataset_dir, columns)
    model, tokenizer, peft_config = load_policy(model_name, start_adapter, config)
    train, validation = (
        None if split is None else
        split.select_columns(columns).map(tokenize_prompt_completion, fn_kwargs={"tokenizer": tokenizer},
                                          remove_columns=columns)
        for split in splits)
    trainer = SFTTrainer(model=model, args=config, train_dataset=train, eval_dataset=validation,
                         processing_class=tokenizer, peft_config=peft_config)
    output = train_resumably(trainer)
    metrics = run_metrics(trainer, output)
    if validation is not None:
        metrics.update(trainer.evaluate())
    saved = save_adapter(trainer, adapter_dir)
    return TrainingResult(adapter_dir=Path(saved), history=training_history(trainer), metrics=metrics)
