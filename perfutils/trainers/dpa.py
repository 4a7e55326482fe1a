r"""DPA: direct performance alignment, a DPO loss in which each pair's measured speedup counts.

For a pair (prompt x, faster or correct completion y_c, slower or incorrect completion y_r)
with speedup ratio :math:`\rho = s(y_c) / s(y_r) \ge 1`:

.. math::

    \Delta = \log\frac{\pi_\theta(y_c|x)}{\pi_{ref}(y_c|x)} - \log\frac{\pi_\theta(y_r|x)}{\pi_{ref}(y_r|x)}, \qquad
    \tilde\rho = \min(\rho, \rho_{max})

.. math::

    L_{DPA} = -\,w(\tilde\rho)\,\log\sigma\big(\beta\Delta - \gamma\log\tilde\rho\big), \qquad
    w(\tilde\rho) = \frac{(\log\tilde\rho)^\alpha}{\operatorname{mean}_{train}\big[(\log\tilde\rho)^\alpha\big]}

Why each term:

* **Margin** :math:`\gamma\log\tilde\rho`: DPO's :math:`\beta\Delta` is the reward difference the
  policy implies between the two completions. The margin asks that this difference reach the
  pair's log-speedup (with :math:`\gamma = 1`, the implied reward is in units of log-speedup), so
  a pair 4x apart keeps pulling after a pair 1.2x apart is satisfied (as in ODPO, DPO with an
  offset). At any :math:`\Delta` the gradient :math:`\beta\sigma(\gamma\log\tilde\rho - \beta\Delta)`
  grows with :math:`\rho`: a larger speedup pulls harder.
* **Weight** :math:`w`: pairs whose speedup is barely above 1 are mostly timing noise; with
  :math:`\alpha > 0` they count little and large speedups count more. The weights average 1 over
  the training pairs, so DPA's step size stays comparable to DPO's at the same learning rate.
* **Clip** :math:`\rho_{max}`: one 1000x pair (a slow reference timing out) must not dominate.

Correctness pairs (correct vs incorrect completion) have no measured ratio: an incorrect sample
counts as speedup 0 in the expected-speedup metric, so the true ratio is unbounded. They enter
with a stated constant :math:`\rho` (``correctness_speedup``, default
``perfutils.training_data.CORRECTNESS_PAIR_SPEEDUP`` = 2, about a typical speed pair among a
model's own samples, so that "correct beats wrong" does not drown the speed pairs).

With :math:`\gamma = 0` and :math:`\alpha = 0` this is exactly DPO's sigmoid loss.

Usage::

    from perfutils.trainers.dpa import DPARunConfig, train_preference
    run = RunLayout(run_dir)
    result = train_preference("tiny", run.time_programs.preference_dataset,
                              DPARunConfig(output_dir=str(run.dpa.checkpoints("dpa")), max_steps=2),
                              method="dpa", adapter_dir=run.dpa.adapter_of("dpa"))
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import torch
import torch.nn.functional as F
from trl import DPOConfig, DPOTrainer
from trl.trainer.dpo_trainer import DataCollatorForPreference

from perfutils.errors import UsageError
from perfutils.training_data import CORRECTNESS_PAIR_SPEEDUP
from perfutils.trainers.common import (LoraArguments, TrainingDefaults, TrainingResult,
                                       load_policy, load_splits, run_metrics,
                                       save_adapter, tokenize_preference, train_resumably,
                                       training_history)

METHODS = ("dpa", "dpo")


def pair_ratio(speedup: float, kind: str, *, speedup_clip: float,
               correctness_speedup: float | None = None) -> float:
    """The ratio :math:`\\tilde\\rho` DPA uses for one pair: the clipped speedup, or the stated
    constant for a correctness pair (``correctness_speedup``, default ``speedup_clip``)."""
    if kind == "correctness":
        speedup = speedup_clip if correctness_speedup is None else correctness_speedup
    if speedup is None or math.isnan(speedup):
        raise ValueError(f"a {kind} pair without a speedup; notebook 02 must give every speed pair one")
    if speedup < 1.0:
        # Clamping it to 1 would hide a data bug that trains toward slower code.
        raise ValueError(f"a {kind} pair with ratio {speedup:g} < 1: its chosen completion is slower than the "
                         "rejected one; rebuild the pairs (notebook 02) so that chosen is the faster")
    return min(float(speedup), speedup_clip)


def speedup_weight_norm(ratios: Sequence[float], exponent: float) -> float:
    """Mean of :math:`(\\log\\tilde\\rho)^\\alpha` over the training pairs (1 when it is 0)."""
    if exponent == 0:
        return 1.0
    norm = sum(math.log(r) ** exponent for r in ratios) / max(len(ratios), 1)
    return norm if norm > 0 else 1.0


def dpa_loss(chosen_logps: torch.Tensor, rejected_logps: torch.Tensor,
             ref_chosen_logps: torch.Tensor, ref_rejected_logps: torch.Tensor,
             ratios: torch.Tensor, *, beta: float, margin_scale: float, weight_exponent: float,
             weight_norm: float = 1.0) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Per-pair DPA losses, margins and weights (see the module docstring for the formula).

    ``ratios`` are already clipped (:func:`pair_ratio`); every argument is a 1-D tensor over
    pairs, log-probabilities summed over each completion's tokens.
    """
    log_ratio = ratios.to(chosen_logps.dtype).log()
    delta = (chosen_logps - ref_chosen_logps) - (rejected_logps - ref_rejected_logps)
    margins = margin_scale * log_ratio
    weights = log_ratio.pow(weight_exponent) / weight_norm
    return -weights * F.logsigmoid(beta * delta - margins), margins, weights


class DataCollatorForSpeedupPreference(DataCollatorForPreference):
    """TRL's preference collator that also passes each pair's ``speedup`` (the DPA ratio)."""

    def torch_call(self, examples: list[dict[str, Any]]) -> dict[str, Any]:
        batch = super().torch_call(examples)
        batch["speedup"] = torch.tensor([float(e["speedup"]) for e in examples])
        return batch


@dataclass
class DPARunConfig(TrainingDefaults, LoraArguments, DPOConfig):
    """TRL's DPOConfig with LoRA settings, DPA's speedup term and this repository's defaults.

    Plain DPO (``method="dpo"``) uses the same config and ignores the ``speedup_*`` fields.
    """

    speedup_margin: float = field(default=1.0, metadata={
        "help": "gamma: margin gamma * log(speedup) the implied reward gap must exceed (0: none)"})
    speedup_weight_exponent: float = field(default=1.0, metadata={
        "help": "alpha: pair weight (log speedup)^alpha, normalized to mean 1 (0: unweighted)"})
    speedup_clip: float = field(default=10.0, metadata={"help": "largest speedup ratio a pair counts with"})
    correctness_speedup: float | None = field(default=CORRECTNESS_PAIR_SPEEDUP, metadata={
        "help": "ratio of correct-vs-incorrect pairs (None: speedup_clip); see training_data.CORRECTNESS_PAIR_SPEEDUP"})
    max_steps: int = field(default=10, metadata={"help": "optimizer steps, for DPA and for DPO each"})
    per_device_train_batch_size: int = field(default=2, metadata={"help": "pairs per step"})
    save_steps: float = field(default=5, metadata={"help": "checkpoint every N steps, to resume"})
    beta: float = field(default=0.1, metadata={"help": "DPO's beta: strength of the KL anchor"})
    max_length: int | None = field(default=1024, metadata={"help": "tokens per prompt+completion"})
    learning_rate: float = field(default=5e-5, metadata={"help": "LoRA learning rate"})


class PreferenceTrainer(DPOTrainer):
    """DPOTrainer that tokenizes each pair as the model generates (:func:`tokenize_preference`).

    TRL encodes prompt + completion as one string, which trains on another context than
    generation sees where the tokenizer merges across the boundary (Qwen2.5: `` {`` + newline).
    Plain DPO in notebook 06 is this trainer; DPA is it with its own loss.
    """

    def _prepare_dataset(self, dataset: Any, processing_class: Any, args: Any, dataset_name: str) -> Any:
        dataset = dataset.map(tokenize_preference, fn_kwargs={"tokenizer": processing_class},
                              remove_columns=["prompt", "chosen", "rejected"])
        if args.max_length is not None and args.truncation_mode == "keep_start":
            # as TRL: a prompt that alone fills max_length would leave no completion token to learn from
            dataset = dataset.filter(lambda row: len(row["prompt_ids"]) < args.max_length)
        return dataset


class DPATrainer(PreferenceTrainer):
    """DPOTrainer whose loss is :func:`dpa_loss` (sigmoid DPO with the speedup margin and weight).

    The preference dataset needs a ``speedup`` and a ``kind`` column besides TRL's ``prompt``,
    ``chosen`` and ``rejected``. Only DPO's standard sigmoid loss is extended; the other loss
    types, f-divergences, WPO weighting and ``ld_alpha`` are refused.
    """

    args: DPARunConfig

    def __init__(self, model: Any, ref_model: Any = None, args: DPARunConfig | None = None,
                 data_collator: Any = None, train_dataset: Any = None, eval_dataset: Any = None,
                 processing_class: Any = None, **kwargs: Any):
        if args is None or processing_class is None:
            raise UsageError("DPATrainer needs args (a DPARunConfig) and processing_class (the tokenizer).")
        if (list(args.loss_type) != ["sigmoid"] or args.f_divergence_type != "reverse_kl"
                or args.use_weighting or args.ld_alpha is not None):
            raise UsageError("DPA extends DPO's sigmoid loss only: use loss_type='sigmoid', "
                             "f_divergence_type='reverse_kl', use_weighting=False, ld_alpha=None.")
        train_dataset = self._with_ratios(train_dataset, args)
        eval_dataset = self._with_ratios(eval_dataset, args) if eval_dataset is not None else None
        if args.speedup_weight_exponent > 0 and all(r == 1.0 for r in train_dataset["speedup"]):
            raise UsageError("every training pair has ratio 1, so every DPA weight (log ratio)^alpha is 0 and "
                             "training would do nothing: use pairs with a measured speedup above 1, or "
                             "speedup_weight_exponent=0 (unweighted)")
        self.weight_norm = speedup_weight_norm(train_dataset["speedup"], args.speedup_weight_exponent)
        if data_collator is None:
            data_collator = DataCollatorForSpeedupPreference(
                pad_token_id=processing_class.pad_token_id, max_length=args.max_length,
                truncation_mode=args.truncation_mode, pad_to_multiple_of=args.pad_to_multiple_of)
        super().__init__(model, ref_model=ref_model, args=args, data_collator=data_collator,
                         train_dataset=train_dataset, eval_dataset=eval_dataset,
                         processing_class=processing_class, **kwargs)

    @staticmethod
    def _with_ratios(dataset: Any, args: DPARunConfig) -> Any:
        """The dataset with ``speedup`` replaced by the ratio the loss uses (:func:`pair_ratio`)."""
        missing = {"speedup", "kind"} - set(dataset.column_names)
        if missing:
            raise UsageError(f"DPA needs the preference columns speedup and kind; missing {sorted(missing)}.")
        return dataset.map(lambda row: {"speedup": pair_ratio(
            row["speedup"], row["kind"], speedup_clip=args.speedup_clip,
            correctness_speedup=args.correctness_speedup)})

    def _set_signature_columns_if_needed(self) -> None:
        super()._set_signature_columns_if_needed()
        if "speedup" not in self._signature_columns:
            self._signature_columns = [*self._signature_columns, "speedup"]

    def compute_ref_log_probs(self, model: Any, inputs: dict[str, Any]) -> Any:
        return super().compute_ref_log_probs(model, {k: v for k, v in inputs.items() if k != "speedup"})

    def _compute_loss(self, model: Any, inputs: dict[str, Any], return_outputs: bool) -> Any:
        mode = "train" if self.model.training else "eval"
        ratios = inputs["speedup"]
        completion_mask = inputs["completion_mask"]
        model_inputs = {k: v for k, v in inputs.items()
                        if k not in ("completion_mask", "ref_chosen_logps", "ref_rejected_logps", "speedup")}
        labels = inputs["input_ids"].masked_fill(completion_mask == 0, -100)
        outputs = model(**model_inputs, labels=labels, use_cache=False, fused_lm_head=True)
        # log_probs are zero outside the completion (labels -100), so the sum is the completion's.
        logps = outputs.log_probs[:, -(completion_mask.size(1) - 1):].sum(dim=1)
        chosen_logps, rejected_logps = logps.chunk(2, dim=0)
        if self.precompute_ref_logps:
            ref_chosen_logps, ref_rejected_logps = inputs["ref_chosen_logps"], inputs["ref_rejected_logps"]
        else:
            # The reference: a separate model when there is one; with a LoRA policy and none, TRL
            # disables the adapter inside compute_ref_log_probs.
            ref_chosen_logps, ref_rejected_logps = self.compute_ref_log_probs(self.ref_model or model, inputs)
        losses, margins, weights = dpa_loss(
            chosen_logps, rejected_logps, ref_chosen_logps, ref_rejected_logps, ratios,
            beta=self.beta, margin_scale=self.args.speedup_margin,
            weight_exponent=self.args.speedup_weight_exponent, weight_norm=self.weight_norm)
        loss = losses.mean()

        # The metrics DPOTrainer logs (same names, so DPA and DPO curves compare), plus DPA's own.
        chosen_rewards = self.beta * (chosen_logps - ref_chosen_logps).detach()
        rejected_rewards = self.beta * (rejected_logps - ref_rejected_logps).detach()
        gather = self.accelerator.gather_for_metrics
        metrics = self._metrics[mode]
        metrics["rewards/chosen"].append(gather(chosen_rewards).mean().item())
        metrics["rewards/rejected"].append(gather(rejected_rewards).mean().item())
        metrics["rewards/accuracies"].append(gather((chosen_rewards > rejected_rewards).float()).mean().item())
        metrics["rewards/margins"].append(gather(chosen_rewards - rejected_rewards).mean().item())
        metrics["logps/chosen"].append(gather(chosen_logps.detach()).mean().item())
        metrics["logps/rejected"].append(gather(rejected_logps.detach()).mean().item())
        metrics["dpa/speedup_margin"].append(gather(margins).mean().item())
        metrics["dpa/weight"].append(gather(weights).mean().item())
        return (loss, outputs) if return_outputs else loss


def train_preference(model_name: str, dataset_dir: str | os.PathLike, config: DPARunConfig, *,
                     method: str, adapter_dir: str | os.PathLike,
                     start_adapter: str | os.PathLike | None = None,
                     eval_pairs: int = 0) -> TrainingResult:
    """Train on the preference pairs of ``dataset_dir`` with DPA or plain DPO (``method``).

    ``start_adapter`` (the notebook's default: the SFT adapter) is the start policy and the
    reference. Both methods see the same pairs in the same order for the same steps. The
    validation split (unseen problems) is evaluated at the end: ``eval_rewards/accuracies`` is
    the share of pairs whose chosen completion the policy now prefers, relative to the reference.
    ``eval_pairs`` > 0 evaluates a sample of that many validation pairs (drawn with
    ``config.seed``, the same for both methods): the evaluation costs two forward passes of the
    policy and two of the reference per pair, minutes per method on a CPU.
    """
    if method not in METHODS:
        raise UsageError(f"unknown method {method!r}; use one of {', '.join(METHODS)}.")
    if eval_pairs < 0:
        raise UsageError(f"eval_pairs must be 0 (all) or a positive number, not {eval_pairs}.")
    columns = ["prompt", "chosen", "rejected", "speedup", "kind"]
    keep = columns if method == "dpa" else columns[:3]
    train, validation = (None if split is None else split.select_columns(keep)
                         for split in load_splits(dataset_dir, columns))
    if validation is not None and 0 < eval_pairs < len(validation):
        validation = validation.shuffle(seed=config.seed).select(range(eval_pairs))
    model, tokenizer, peft_config = load_policy(model_name, start_adapter, config)
    trainer_class = DPATrainer if method == "dpa" else PreferenceTrainer
    trainer = trainer_class(model, args=config, train_dataset=train, eval_dataset=validation,
                            processing_class=tokenizer, peft_config=peft_config)
    output = train_resumably(trainer)
    metrics = run_metrics(trainer, output)
    if validation is not None:
        metrics.update(trainer.evaluate(), validation_pairs=len(validation))
    return TrainingResult(adapter_dir=Path(save_adapter(trainer, adapter_dir)),
                          history=training_history(trainer), metrics=metrics)
