"""DPATrainer computes what it claims, checked against TRL's DPO and against the model itself.

On the tiny model: with margin 0 and exponent 0 DPA's loss is TRL's DPO loss on the same batch;
a positive margin gives a strictly larger loss; training moves the policy toward the chosen
completion (measured directly from the model's log-probabilities, not from the trainer's own
metrics), and the trainer's reward margin flips sign when chosen and rejected are swapped.
"""

from __future__ import annotations

import copy

import pytest
import torch

PROMPT = "int answer() {"
FAST, SLOW = "\n  return 42;\n}", "\n  int x = 0;\n  for (int i = 0; i < 42; ++i) x += 1;\n  return x;\n}"


def _pairs(speedup=3.0, swap=False):
    from datasets import Dataset

    chosen, rejected = (SLOW, FAST) if swap else (FAST, SLOW)
    return Dataset.from_list([{"prompt": PROMPT, "chosen": chosen, "rejected": rejected, "speedup": speedup,
                               "kind": "speed"}] * 2)


@pytest.fixture(scope="module")
def tiny(tiny_checkpoint):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    torch.manual_seed(0)
    return AutoModelForCausalLM.from_pretrained(tiny_checkpoint), AutoTokenizer.from_pretrained(tiny_checkpoint)


def _trainer(kind, model, tok, tmp_path, pairs, **config):
    from perfutils.trainers.dpa import DPARunConfig, DPATrainer, PreferenceTrainer

    args = DPARunConfig(**{"output_dir": str(tmp_path / kind), "max_steps": 1, "per_device_train_batch_size": 2,
                           "report_to": "none", **config})
    if kind == "dpo":
        return PreferenceTrainer(model, args=args, train_dataset=pairs.remove_columns(["speedup", "kind"]),
                                 processing_class=tok)
    return DPATrainer(model, args=args, train_dataset=pairs, processing_class=tok)


def _loss_and_margin(trainer):
    batch = next(iter(trainer.get_train_dataloader()))
    trainer.model.eval()
    with torch.no_grad():
        loss = trainer.compute_loss(trainer.model, batch).item()
    return loss, trainer._metrics["eval"]["rewards/margins"][-1]


def _completion_logp(model, tok, completion):
    from perfutils.trainers.common import generation_token_ids

    prompt_ids, completion_ids = generation_token_ids(tok, PROMPT, completion)
    ids = torch.tensor([prompt_ids + completion_ids])
    with torch.no_grad():
        logps = torch.log_softmax(model(ids).logits[0, :-1], dim=-1)
    targets = ids[0, 1:]
    return logps[torch.arange(len(targets)), targets][len(prompt_ids) - 1:].sum().item()


def test_dpa_without_margin_and_weight_is_trls_dpo_loss(tiny, tmp_path):
    model, tok = tiny
    dpo, _ = _loss_and_margin(_trainer("dpo", copy.deepcopy(model), tok, tmp_path, _pairs()))
    dpa, _ = _loss_and_margin(_trainer("dpa", copy.deepcopy(model), tok, tmp_path, _pairs(),
                                       speedup_margin=0.0, speedup_weight_exponent=0.0))
    assert dpa == pytest.approx(dpo, rel=1e-6) and dpo == pytest.approx(-torch.nn.functional.logsigmoid(
        torch.tensor(0.0)).item(), rel=1e-5)  # policy == reference at the start: log 2
    with_margin, _ = _loss_and_margin(_trainer("dpa", copy.deepcopy(model), tok, tmp_path, _pairs(),
                                               speedup_margin=1.0, speedup_weight_exponent=0.0))
    assert with_margin > dpo + 0.1  # -log sigmoid(-log 3) = log 4 > log 2


def test_dpa_training_moves_the_policy_toward_the_chosen_completion(tiny, tmp_path):
    model, tok = tiny
    policy = copy.deepcopy(model)
    before = _completion_logp(policy, tok, FAST) - _completion_logp(policy, tok, SLOW)
    trainer = _trainer("dpa", policy, tok, tmp_path, _pairs(), max_steps=4, learning_rate=5e-3)
    trainer.train()
    after = _completion_logp(policy, tok, FAST) - _completion_logp(policy, tok, SLOW)
    assert after > before + 0.1, (before, after)
    # the trainer's own reward margin agrees with the model, and flips with the pair
    _, margin = _loss_and_margin(trainer)
    swapped = _trainer("dpa", policy, tok, tmp_path, _pairs(swap=True))
    swapped.ref_model = trainer.ref_model
    _, swapped_margin = _loss_and_margin(swapped)
    assert margin > 0 > swapped_margin and swapped_margin == pytest.approx(-margin, rel=1e-4)


def test_dpa_refuses_pairs_that_cannot_train(tiny, tmp_path):
    from perfutils.trainers.dpa import pair_ratio

    model, tok = tiny
    from perfutils.errors import UsageError

    with pytest.raises(UsageError, match="ratio 1"):
        _trainer("dpa", copy.deepcopy(model), tok, tmp_path, _pairs(speedup=1.0))
    # with an unweighted loss the same pairs still train (through DPO's term)
    _trainer("dpa", copy.deepcopy(model), tok, tmp_path, _pairs(speedup=1.0), speedup_weight_exponent=0.0)
    with pytest.raises(ValueError, match="slower than the rejected"):
        pair_ratio(0.8, "speed", speedup_clip=10.0)
