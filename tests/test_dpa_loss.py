"""DPA's loss: a hand-computed value, its reduction to DPO, and that a larger speedup pulls harder."""

from __future__ import annotations

import math

import pytest
import torch

from perfutils.trainers.dpa import (DataCollatorForSpeedupPreference, dpa_loss, pair_ratio,
                                    speedup_weight_norm)


def _loss(ratios, *, chosen=(-10.0, -20.0), rejected=(-12.0, -18.0), beta=0.1, margin=1.0,
          exponent=1.0, norm=None):
    ratios = torch.tensor(ratios)
    norm = speedup_weight_norm(ratios.tolist(), exponent) if norm is None else norm
    chosen_logps = torch.tensor(chosen, requires_grad=True)
    losses, margins, weights = dpa_loss(
        chosen_logps, torch.tensor(rejected), torch.tensor([-11.0, -20.0]), torch.tensor([-11.0, -19.0]),
        ratios, beta=beta, margin_scale=margin, weight_exponent=exponent, weight_norm=norm)
    return losses, margins, weights, chosen_logps


def test_dpa_loss_matches_a_value_computed_by_hand():
    # Pair 1: Delta = (-10 - -11) - (-12 - -11) = 2, rho = 2.  Pair 2: Delta = 0 - 1 = -1, rho = 10.
    # weight norm = (log 2 + log 10) / 2 = 1.4978661
    # loss_1 = -(log 2 / 1.4978661) * log sigmoid(0.1 * 2 - log 2)   = 0.4487890
    # loss_2 = -(log 10 / 1.4978661) * log sigmoid(0.1 * -1 - log 10) = 3.8265167
    losses, margins, weights, _ = _loss([2.0, 10.0])
    assert losses.tolist() == pytest.approx([0.4487890, 3.8265167], abs=1e-5)
    assert losses.mean().item() == pytest.approx(2.1376528, abs=1e-5)
    assert margins.tolist() == pytest.approx([math.log(2), math.log(10)], abs=1e-6)
    assert weights.mean().item() == pytest.approx(1.0, abs=1e-6)  # weights average 1 over the pairs


def test_without_margin_and_weight_it_is_dpo():
    losses, _, weights, _ = _loss([2.0, 10.0], margin=0.0, exponent=0.0)
    deltas = torch.tensor([2.0, -1.0])
    assert losses.tolist() == pytest.approx((-torch.nn.functional.logsigmoid(0.1 * deltas)).tolist(), abs=1e-6)
    assert weights.tolist() == [1.0, 1.0]


@pytest.mark.parametrize("margin, exponent", [(1.0, 0.0), (0.0, 1.0), (1.0, 1.0)])
def test_a_larger_speedup_pulls_harder(margin, exponent):
    """Same log-probabilities, different speedups: the faster pair's chosen completion gets the
    larger gradient, whether the speedup enters as a margin, a weight or both."""
    same = dict(chosen=(-10.0, -10.0), rejected=(-12.0, -12.0), margin=margin, exponent=exponent, norm=1.0)
    losses, _, _, chosen = _loss([1.5, 4.0], **same)
    losses.sum().backward()
    slow_pair, fast_pair = (-chosen.grad).tolist()  # the pull toward the chosen completion
    assert fast_pair > slow_pair > 0
    assert losses[1] > losses[0]


def test_pair_ratio_clips_and_gives_correctness_pairs_the_stated_constant():
    assert pair_ratio(3.0, "speed", speedup_clip=10.0) == 3.0
    assert pair_ratio(500.0, "speed", speedup_clip=10.0) == 10.0
    assert pair_ratio(1.0, "speed", speedup_clip=10.0) == 1.0
    with pytest.raises(ValueError, match="slower than the rejected"):
        pair_ratio(0.9, "speed", speedup_clip=10.0)
    assert pair_ratio(1.0, "correctness", speedup_clip=10.0) == 10.0
    assert pair_ratio(1.0, "correctness", speedup_clip=10.0, correctness_speedup=4.0) == 4.0
    with pytest.raises(ValueError):
        pair_ratio(float("nan"), "speed", speedup_clip=10.0)


def test_collator_keeps_the_speedup():
    collator = DataCollatorForSpeedupPreference(pad_token_id=0)
    batch = collator([{"prompt_ids": [1, 2], "chosen_ids": [3], "rejected_ids": [4, 5], "speedup": 2.5},
                      {"prompt_ids": [1], "chosen_ids": [3, 3], "rejected_ids": [4], "speedup": 10.0}])
    assert batch["speedup"].tolist() == [2.5, 10.0]
    assert batch["input_ids"].shape[0] == 4  # chosen rows, then rejected rows
