"""RLPF's GRPO step with llama.cpp rollouts against TRL's own (transformers) generation.

    python benchmarks/rlpf_rollout.py [--model smollm2-135m-instruct] [--steps 4]
        [--samples 4] [--batch-size 4] [--max-completion-length 192] [--backends hf llamacpp]

Each backend trains `train_rlpf` (notebook 05's function) for the same steps in its own process,
from a fresh LoRA adapter, on the same prompts (the train problems' serial prompts as notebook 02
writes them, one per type) with the same seed and the cpu preset's shape (4 completions of one
prompt per step, up to 192 tokens). The reward is a stand-in that costs nothing (a status and a
speedup drawn from a hash of the code), so the step time is generation plus the GRPO loss and its
backward pass; the runner, the same for both backends, is left out. Prints per backend the
seconds per step (the first step, which warms up, left out), the seconds of the generation part
(TRL's `_generate`: llama.cpp's adapter conversion and sampling, or transformers' `generate`), the
completion tokens per step, and the ratio of the step times. TRL's transformers generation stops
at EOS or the token cap; llama.cpp stops where the function's braces close, as notebooks 01 and 07
generate, so both the speed of the engine and the shorter completions show in the ratio.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def write_prompts(model: str, out: Path, prompts: int) -> None:
    """A dataset shaped like notebook 02's SFT dataset: the train problems' serial prompts."""
    from datasets import Dataset, DatasetDict
    from transformers import AutoTokenizer

    from perfutils.generation import format_prompt
    from perfutils.layout import PROBLEMS_ROOT
    from perfutils.model_sources import finish_tokenizer, resolve_model
    from perfutils.problems import load_problems, select_problems

    tok = AutoTokenizer.from_pretrained(resolve_model(model), local_files_only=True)
    finish_tokenizer(tok)
    rows = [{"prompt": format_prompt(tok, p.prompt("serial")), "completion": "", "problem_id": p.id,
             "parallelism": "serial"}
            for p in select_problems(load_problems(PROBLEMS_ROOT / "train"), per_type=1, limit=prompts, seed=0)]
    DatasetDict(train=Dataset.from_list(rows)).save_to_disk(str(out))


def stand_in_check(self, problem_id, parallelism, candidate):
    """The runner's place: a status and speedup from the code's hash, at no cost."""
    digest = int(hashlib.sha256(candidate.encode()).hexdigest(), 16)
    status = ("ok", "wrong_answer", "compile_error")[digest % 3]
    return status, 1.0 + digest % 7 if status == "ok" else None, ""


def child(args) -> None:
    """Train with one backend and print its figures as one JSON line."""
    from transformers import TrainerCallback
    from trl import GRPOTrainer

    from perfutils.layout import PROBLEMS_ROOT
    from perfutils.trainers.rlpf import PerformanceReward, RLPFRunConfig, train_rlpf

    PerformanceReward.check = stand_in_check
    generation_seconds: list[float] = []
    real_generate = GRPOTrainer._generate

    def timed_generate(self, prompts):
        started = time.perf_counter()
        try:
            return real_generate(self, prompts)
        finally:
            generation_seconds.append(time.perf_counter() - started)

    GRPOTrainer._generate = timed_generate
    step_seconds: list[float] = []

    class StepTimer(TrainerCallback):
        def on_step_begin(self, *_, **__):
            self.started = time.perf_counter()

        def on_step_end(self, *_, **__):
            step_seconds.append(time.perf_counter() - self.started)

    real_init = GRPOTrainer.__init__

    def init_with_timer(self, *a, **k):
        real_init(self, *a, **k)
        self.add_callback(StepTimer())

    GRPOTrainer.__init__ = init_with_timer
    work = Path(tempfile.mkdtemp(prefix="pf-rlpf-rollout-"))
    config = RLPFRunConfig(output_dir=str(work / "checkpoints"), max_steps=args.steps, save_steps=10_000,
                           samples_per_prompt=args.samples, per_device_train_batch_size=args.batch_size,
                           max_completion_length=args.max_completion_length, generation_backend=args.child_backend,
                           seed=0)
    result = train_rlpf(args.model, args.data, config, adapter_dir=work / "adapter",
                        problems_dir=PROBLEMS_ROOT / "train")
    lengths = [row["completions/mean_length"] for row in result.history if "completions/mean_length" in row]
    print(json.dumps({"backend": result.metrics["generation_backend"], "steps": result.metrics["steps"],
                      "step_seconds": step_seconds, "generation_seconds": generation_seconds,
                      "mean_completion_tokens": lengths, "rollout": result.metrics.get("rollout"),
                      "peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2)}))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="smollm2-135m-instruct")
    ap.add_argument("--steps", type=int, default=4, help="GRPO steps per backend (the first one is a warm-up)")
    ap.add_argument("--samples", type=int, default=4, help="completions per prompt (a group)")
    ap.add_argument("--batch-size", type=int, default=4, help="completions per step")
    ap.add_argument("--max-completion-length", type=int, default=192)
    ap.add_argument("--backends", nargs="+", default=["hf", "llamacpp"], choices=["hf", "llamacpp"])
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--child-backend", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_backend:
        return child(args)
    data = Path(tempfile.mkdtemp(prefix="pf-rlpf-rollout-data-")) / "sft_dataset"
    write_prompts(args.model, data, prompts=max(args.steps * args.batch_size // args.samples, 1))
    report = {}
    for backend in args.backends:
        command = [sys.executable, __file__, "--model", args.model, "--steps", str(args.steps),
                   "--samples", str(args.samples), "--batch-size", str(args.batch_size),
                   "--max-completion-length", str(args.max_completion_length), "--data", str(data),
                   "--child-backend", backend]
        started = time.perf_counter()
        process = subprocess.run(command, capture_output=True, text=True)
        lines = [line for line in process.stdout.splitlines() if line.startswith("{")]
        if process.returncode or not lines:
            raise SystemExit(f"{backend} failed:\n{process.stderr[-3000:]}")
        report[backend] = row = json.loads(lines[-1])
        row["process_seconds"] = time.perf_counter() - started
        print(json.dumps(row), flush=True)
    for backend, row in report.items():
        steady = row["step_seconds"][1:] or row["step_seconds"]
        row["step"] = statistics.mean(steady)
        row["generation"] = statistics.mean(row["generation_seconds"][1:] or row["generation_seconds"])
        print(f"{args.model} {backend}: {row['step']:.1f} s per step (steps 2-{len(row['step_seconds'])}), "
              f"generation {row['generation']:.1f} s of it, {statistics.mean(row['mean_completion_tokens']):.0f} "
              f"tokens per completion, peak {row['peak_rss_gib']} GiB, whole process {row['process_seconds']:.0f} s")
    if {"hf", "llamacpp"} <= set(report):
        hf, cpp = report["hf"], report["llamacpp"]
        print(f"llama.cpp rollouts: a GRPO step {hf['step'] / cpp['step']:.2f}x as fast as with TRL's own generation "
              f"({cpp['step']:.1f} vs {hf['step']:.1f} s), generation {hf['generation'] / cpp['generation']:.2f}x")


if __name__ == "__main__":
    main()
