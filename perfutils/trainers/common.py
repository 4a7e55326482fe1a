"""What the trainers share: config defaults, LoRA settings, start points, resumable training.

Usage::

    from perfutils.trainers.common import load_policy, train_resumably
    model, tokenizer, peft_config = load_policy("tiny", start_adapter=None, lora=LoraArguments())
    output = train_resumably(trainer)   # resumes from output_dir's last checkpoint, if any

Curves and metrics files are drawn and written by :mod:`perfutils.report`.
"""

from __future__ import annotations

import logging
import os
import signal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from transformers import TrainerCallback

from perfutils.errors import UsageError
from perfutils.layout import TimeProgramsFolder

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- datasets


def generation_token_ids(tokenizer: Any, prompt: str, completion: str) -> tuple[list[int], list[int]]:
    """``(prompt_ids, completion_ids)``: a training row as the model meets it when it generates.

    The prompt is encoded alone, as :mod:`perfutils.generation` encodes it (no special tokens
    added), and the completion alone, ending in the tokenizer's EOS. TRL instead encodes prompt +
    completion as one string; a tokenizer that merges across the boundary then trains on another
    context than generation sees. Qwen2.5's merges the prompt's last `` {`` with the body's first
    newline into one token `` {\\n``: trained that way, the model never sees a prompt that ends in
    `` {`` and, at generation, ends its answer right there (run coder-1: 14 of the SFT model's 24
    eval samples were empty).
    """
    if tokenizer.eos_token_id is None:
        raise UsageError("the tokenizer has no EOS token, so a completion cannot be ended; set "
                         "tokenizer.eos_token before training.")
    prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    completion_ids = tokenizer(completion, add_special_tokens=False)["input_ids"]
    return prompt_ids, completion_ids + [tokenizer.eos_token_id]


def tokenize_prompt_completion(row: dict[str, Any], tokenizer: Any) -> dict[str, Any]:
    """A ``prompt``/``completion`` row as TRL's SFTTrainer takes it pre-tokenized (a
    ``datasets.map`` function): ``input_ids`` and ``completion_mask`` (:func:`generation_token_ids`)."""
    prompt_ids, completion_ids = generation_token_ids(tokenizer, row["prompt"], row["completion"])
    return {"input_ids": prompt_ids + completion_ids,
            "completion_mask": [0] * len(prompt_ids) + [1] * len(completion_ids)}


def tokenize_preference(row: dict[str, Any], tokenizer: Any) -> dict[str, Any]:
    """A ``prompt``/``chosen``/``rejected`` row as TRL's DPO collator takes it (a ``datasets.map``
    function): ``prompt_ids``, ``chosen_ids`` and ``rejected_ids`` (:func:`generation_token_ids`)."""
    prompt_ids, chosen_ids = generation_token_ids(tokenizer, row["prompt"], row["chosen"])
    _, rejected_ids = generation_token_ids(tokenizer, row["prompt"], row["rejected"])
    return {"prompt_ids": prompt_ids, "chosen_ids": chosen_ids, "rejected_ids": rejected_ids}


# --------------------------------------------------------------------------- configs and models


@dataclass
class TrainingDefaults:
    """Defaults shared by the trainer configs here where they differ from TRL's.

    Mixed in before the TRL config class, so these defaults win and the TRL fields stay as they
    are otherwise. With the class-specific ones, they are the defaults of notebooks 03-06 (each
    builds its config from its parameters, ``perfutils.parameters.build_run_config``).
    """

    seed: int = field(default=0, metadata={"help": "seed of initialization and data order"})
    num_train_epochs: float = field(default=1.0, metadata={"help": "epochs, used only when max_steps is -1"})
    per_device_eval_batch_size: int | None = field(
        default=None, metadata={"help": "rows per evaluation batch; None: per_device_train_batch_size"})
    logging_steps: float = field(default=1, metadata={"help": "log every N steps (curves are short)"})
    save_steps: float = field(default=10, metadata={"help": "checkpoint every N steps, to resume"})
    save_total_limit: int | None = field(default=2, metadata={"help": "checkpoints kept"})
    report_to: str | list[str] | None = field(
        default="none", metadata={"help": "external trackers (none: the notebook plots its curves)"})
    activation_checkpointing: bool | None = field(
        default=False, metadata={"help": "trade compute for memory (for big models on a GPU)"})
    gradient_checkpointing: bool | None = field(
        default=None, metadata={"help": "deprecated alias of activation_checkpointing"})
    bf16: bool | None = field(
        default=None, metadata={"help": "bf16 mixed precision (autocast; the weights stay float32); None: on a "
                                "CUDA GPU that has it. On a CPU with AVX-512 BF16 a bf16 matmul runs ~2.4x a "
                                "float32 one: benchmarks/training_precision.py measures what it does to a step"})

    def __post_init__(self) -> None:
        import torch

        if self.per_device_eval_batch_size is None:
            self.per_device_eval_batch_size = self.per_device_train_batch_size  # type: ignore[attr-defined]
        if self.bf16 is None:
            self.bf16 = bool(torch.cuda.is_available() and torch.cuda.is_bf16_supported())
        if self.bf16 and not torch.cuda.is_available():
            self.use_cpu = True  # transformers autocasts to bf16 on a CPU only when told it trains there
        super().__post_init__()  # type: ignore[misc]


@dataclass
class LoraArguments:
    """LoRA settings, mixed into each trainer's TRL config."""

    lora_r: int = field(default=16, metadata={"help": "LoRA rank"})
    lora_alpha: int = field(default=32, metadata={"help": "LoRA scaling numerator (scale = alpha / r)"})
    lora_dropout: float = field(default=0.05, metadata={"help": "dropout on the LoRA path"})
    lora_target_modules: str = field(
        default="all-linear",
        metadata={"help": "modules that get adapters: 'all-linear' or comma-separated names"})

    def lora_config(self, task_type: str = "CAUSAL_LM") -> Any:
        """The ``peft.LoraConfig`` these settings describe."""
        from peft import LoraConfig

        targets = (self.lora_target_modules if self.lora_target_modules == "all-linear"
                   else [name.strip() for name in self.lora_target_modules.split(",") if name.strip()])
        return LoraConfig(r=self.lora_r, lora_alpha=self.lora_alpha, lora_dropout=self.lora_dropout,
                          target_modules=targets, task_type=task_type)


def load_policy(model_name: str, start_adapter: str | os.PathLike | None,
                lora: LoraArguments) -> tuple[Any, Any, Any]:
    """``(model, tokenizer, peft_config)`` of a policy to train.

    ``start_adapter`` None: the base model and a fresh LoRA config (the trainer wraps the model).
    Otherwise the base with that adapter loaded trainable and ``peft_config`` None: TRL's DPO and
    GRPO trainers then copy it into a frozen "ref" adapter, so the KL anchor is the start policy
    (the SFT model, as in the paper) and the trained adapter still applies to the plain base.
    """
    from perfutils.models import load_model

    model, tokenizer = load_model(model_name, adapter=start_adapter, trainable=True)
    return model, tokenizer, lora.lora_config() if start_adapter is None else None


def save_adapter(trainer: Any, out_dir: str | os.PathLike) -> Path:
    """Save the trained weights (the LoRA adapter, or the full model) and the tokenizer.

    Only the "default" adapter is written: the frozen "ref" copy that preference and RL trainers
    keep is the start adapter, already saved by the notebook that trained it.
    """
    from peft import PeftModel

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model = trainer.accelerator.unwrap_model(trainer.model)
    if isinstance(model, PeftModel):
        model.save_pretrained(out, selected_adapters=["default"])
    else:
        model.save_pretrained(out)
    trainer.processing_class.save_pretrained(out)
    return out


def trainable_state(model: Any) -> dict[str, Any]:
    """Copies of the trainable tensors, by name (to check that training changed them)."""
    return {name: p.detach().clone() for name, p in model.named_parameters() if p.requires_grad}


# --------------------------------------------------------------------------- training runs


@dataclass
class TrainingResult:
    """What a ``train_*`` function returns."""

    adapter_dir: Path  # the saved adapter (or full model), loadable on its own
    history: list[dict[str, Any]]  # the trainer's log rows, one per logged step
    metrics: dict[str, Any]  # final figures: steps, runtime, seconds per step, eval results


def load_splits(dataset_dir: str | os.PathLike, columns: list[str]) -> tuple[Any, Any]:
    """``(train, validation)`` of a DatasetDict on disk, validation None when empty or absent.

    Raises :class:`UsageError` when the dataset or a required column is missing.
    """
    from datasets import load_from_disk

    if not Path(dataset_dir).exists():
        raise UsageError(f"no dataset at {dataset_dir}; run notebook {TimeProgramsFolder.stem} first.")
    splits = load_from_disk(str(dataset_dir))
    if "train" not in splits or len(splits["train"]) == 0:
        raise UsageError(f"dataset {dataset_dir} has no training rows; notebook {TimeProgramsFolder.stem} found no "
                         f"usable rows for the training problems (see its {TimeProgramsFolder.data_card.relative}).")
    missing = [c for c in columns if c not in splits["train"].column_names]
    if missing:
        raise UsageError(f"dataset {dataset_dir} lacks the column(s) {missing}; it has "
                         f"{splits['train'].column_names}.")
    validation = splits.get("validation")
    return splits["train"], validation if validation is not None and len(validation) else None


def run_metrics(trainer: Any, output: Any) -> dict[str, Any]:
    """Steps, runtime and seconds per step of a finished ``train()`` call."""
    steps = trainer.state.global_step
    resumed_from = output.metrics.get("resumed_from_step", 0)
    runtime = float(output.metrics.get("train_runtime", 0.0))
    return {"steps": steps, "resumed_from_step": resumed_from, "train_runtime_s": runtime,
            "train_loss": output.metrics.get("train_loss"),
            "seconds_per_step": runtime / (steps - resumed_from) if steps > resumed_from else None}



class GracefulStop(TrainerCallback):
    """Trainer callback: the first Ctrl-C (SIGINT) or SIGTERM finishes the current step, saves a
    checkpoint and stops; a second one interrupts at once.

    :func:`train_resumably` raises :class:`KeyboardInterrupt` after such a stop, so a notebook
    does not save a half-trained model as its result; rerunning it resumes from the checkpoint.
    """

    def __init__(self) -> None:
        self.requested = False
        self._previous: dict[int, Any] = {}

    def _handle(self, signum: int, frame: Any) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        log.warning("stop requested: finishing this step and saving a checkpoint (again to abort)")

    def on_train_begin(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                self._previous[signum] = signal.signal(signum, self._handle)
            except ValueError:  # not the main thread: leave signals alone
                pass

    def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        if self.requested:
            control.should_save = True
            control.should_training_stop = True

    def on_train_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous.clear()


def last_checkpoint(output_dir: str | os.PathLike) -> str | None:
    """The newest ``checkpoint-N`` folder under ``output_dir``, or None."""
    from transformers.trainer_utils import get_last_checkpoint

    return get_last_checkpoint(str(output_dir)) if Path(output_dir).is_dir() else None


def train_resumably(trainer: Any) -> Any:
    """``trainer.train()``, resumed from the last checkpoint in its output_dir if there is one.

    Raises :class:`KeyboardInterrupt` when a stop was requested (see :class:`GracefulStop`).
    """
    stop = GracefulStop()
    trainer.add_callback(stop)
    resume = last_checkpoint(trainer.args.output_dir)
    if resume:
        log.info("resuming from %s", resume)
    output = trainer.train(resume_from_checkpoint=resume)
    output.metrics["resumed_from_step"] = int(Path(resume).name.rsplit("-", 1)[-1]) if resume else 0
    if stop.requested:
        raise KeyboardInterrupt(f"training stopped at step {trainer.state.global_step}; a checkpoint "
                                f"is in {trainer.args.output_dir}; run again to resume from it")
    return output


def training_history(trainer: Any) -> list[dict[str, float]]:
    """The trainer's logged rows (``state.log_history``), training and evaluation alike."""
    return [dict(row) for row in trainer.state.log_history]
