"""Run configs built from a notebook's parameters in one call (perfutils.parameters)."""

from __future__ import annotations

import math

import pytest

from perfutils.errors import UsageError
from perfutils.generation import SamplingSettings
from perfutils.layout import RunLayout
from perfutils.parameters import build_run_config, describe_run_config, run_config_fields


def test_a_run_config_takes_the_fields_the_notebook_set_and_defaults_for_the_rest():
    namespace = {"temperature": 0.8, "max_new_tokens": 256, "seed": 3, "samples_per_prompt": 4,
                 "math": math, "run_dir": "x"}
    settings = build_run_config(RunLayout("x").collect_data, namespace, batch_size=16)
    assert settings == SamplingSettings(temperature=0.8, max_new_tokens=256, seed=3, batch_size=16)
    assert "temperature = 0.8" in describe_run_config(settings)


def test_trainer_configs_hold_the_notebook_defaults_and_keep_trl_names_at_the_boundary(tmp_path):
    layout = RunLayout(tmp_path)
    config = build_run_config(layout.rlpf, {"seed": 0, "samples_per_prompt": 2, "num_generations": 8},
                              output_dir=str(layout.rlpf.checkpoints))
    assert config.num_generations == config.samples_per_prompt == 2  # TRL's name is not a parameter
    assert "num_generations" not in run_config_fields(layout.rlpf)
    assert (config.lora_r, config.max_steps, config.temperature, config.save_steps) == (16, 8, 0.8, 5)
    with pytest.raises(UsageError, match="set samples_per_prompt=8 instead"):
        type(config)(output_dir=str(tmp_path), samples_per_prompt=4, num_generations=8)
    sft = build_run_config(layout.sft, {"per_device_train_batch_size": 2}, output_dir=str(tmp_path))
    assert sft.per_device_eval_batch_size == 2 and sft.seed == 0 and sft.max_steps == 40
    assert "lora_r = 16" in describe_run_config(sft)
