"""Trainers of the paper's alignment stages, on top of TRL and PEFT.

- :mod:`perfutils.trainers.sft`: supervised fine-tuning on the fastest correct solutions.
- :mod:`perfutils.trainers.reward`: the performance reward model and its pairwise accuracy.
- :mod:`perfutils.trainers.rlpf`: RL with performance feedback (GRPO, correctness-gated reward).
- :mod:`perfutils.trainers.dpa`: direct performance alignment (DPO with a speedup term).
- :mod:`perfutils.trainers.common`: what they share: config defaults, LoRA settings, start
  points, resuming.

Usage (what notebooks 03-06 do)::

    from perfutils.trainers.sft import SFTRunConfig, train_sft
    run = RunLayout(run_dir)                       # perfutils.layout: where each artifact is
    result = train_sft("tiny", run.time_programs.sft_dataset,
                       SFTRunConfig(output_dir=str(run.sft.checkpoints), max_steps=2),
                       adapter_dir=run.sft.adapter)
    result.adapter_dir, result.history, result.metrics   # adapter, logged rows, final figures

Importing this package is cheap; torch, transformers and TRL load inside the modules.
"""
