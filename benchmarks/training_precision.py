"""Training precision: float32 against bf16 mixed precision for SFT and DPA steps, same rows.

    python benchmarks/training_precision.py [--model qwen2.5-coder-1.5b-instruct] [--steps 6]
        [--batch-size 2] [--max-length 768] [--modes fp32 bf16] [--trainers sft dpa]

bf16 here is transformers' mixed precision (`bf16=True`: matmuls autocast to bfloat16, weights,
LoRA and optimizer state stay float32); on a CPU with AVX-512 BF16 a bfloat16 matmul ran 2.4x a
float32 one. The rows are the train split's reference solutions as completions of their own
prompts (SFT) and (fast, slow) reference pairs (DPA, from a fresh adapter), formatted as the
notebooks format them; every mode sees the same rows in the same order with the same seed.
Each (trainer, mode) runs in its own process, so its peak resident memory is its own. Prints
seconds per step (the training runtime over the steps), peak memory, the loss at every step and
how far the bf16 curve is from the float32 one.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def write_datasets(model: str, out: Path, rows: int) -> None:
    """SFT rows and preference pairs from the train split's references (a DatasetDict each)."""
    from datasets import Dataset, DatasetDict

    from perfutils.generation import candidate_to_completion, format_prompt
    from perfutils.layout import PROBLEMS_ROOT
    from perfutils.model_sources import resolve_model
    from perfutils.problems import load_problems, select_problems
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(resolve_model(model), local_files_only=True)
    sft, pairs = [], []
    for p in select_problems(load_problems(PROBLEMS_ROOT / "train"), per_type=2, limit=rows, seed=0):
        prompt = format_prompt(tok, p.prompt("serial"))
        fast = candidate_to_completion(p.solution_code(p.baseline), p.signature)
        slow = candidate_to_completion(p.solution_code(p.serial_order[0]), p.signature)
        if fast is None or slow is None:
            continue
        sft.append({"prompt": prompt, "completion": fast, "problem_id": p.id})
        pairs.append({"prompt": prompt, "chosen": fast, "rejected": slow, "speedup": 3.0, "kind": "speed",
                      "problem_id": p.id})
    DatasetDict(train=Dataset.from_list(sft)).save_to_disk(str(out / "sft"))
    DatasetDict(train=Dataset.from_list(pairs)).save_to_disk(str(out / "pairs"))


def child(args) -> None:
    """Train one (trainer, mode) and print its figures as one JSON line."""
    data, work = Path(args.data), Path(tempfile.mkdtemp(prefix="pf-precision-"))
    common = dict(output_dir=str(work / "checkpoints"), max_steps=args.steps, per_device_train_batch_size=args.batch_size,
                  max_length=args.max_length, save_steps=10_000, bf16=args.child_mode == "bf16", seed=0,
                  learning_rate=1e-4)
    if args.child_trainer == "sft":
        from perfutils.trainers.sft import SFTRunConfig, train_sft

        result = train_sft(args.model, data / "sft", SFTRunConfig(**common), adapter_dir=work / "adapter")
    else:
        from perfutils.trainers.dpa import DPARunConfig, train_preference

        result = train_preference(args.model, data / "pairs", DPARunConfig(**common), method="dpa",
                                  adapter_dir=work / "adapter")
    losses = [row["loss"] for row in result.history if "loss" in row]
    print(json.dumps({"trainer": args.child_trainer, "mode": args.child_mode, "steps": result.metrics["steps"],
                      "seconds_per_step": result.metrics["seconds_per_step"], "losses": losses,
                      "peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2)}))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="qwen2.5-coder-1.5b-instruct")
    ap.add_argument("--steps", type=int, default=6, help="training steps per (trainer, mode)")
    ap.add_argument("--batch-size", type=int, default=2, help="rows (SFT) or pairs (DPA) per step")
    ap.add_argument("--max-length", type=int, default=768, help="tokens per row")
    ap.add_argument("--modes", nargs="+", default=["fp32", "bf16"], choices=["fp32", "bf16"])
    ap.add_argument("--trainers", nargs="+", default=["sft", "dpa"], choices=["sft", "dpa"])
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--child-trainer", help=argparse.SUPPRESS)
    ap.add_argument("--child-mode", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_trainer:
        return child(args)
    data = Path(tempfile.mkdtemp(prefix="pf-precision-data-"))
    write_datasets(args.model, data, rows=args.steps * args.batch_size)
    report = {}
    for trainer in args.trainers:
        for mode in args.modes:
            command = [sys.executable, __file__, "--model", args.model, "--steps", str(args.steps),
                       "--batch-size", str(args.batch_size), "--max-length", str(args.max_length),
                       "--data", str(data), "--child-trainer", trainer, "--child-mode", mode]
            process = subprocess.run(command, capture_output=True, text=True)
            lines = [line for line in process.stdout.splitlines() if line.startswith("{")]
            if process.returncode or not lines:
                raise SystemExit(f"{trainer}/{mode} failed:\n{process.stderr[-3000:]}")
            report[(trainer, mode)] = row = json.loads(lines[-1])
            print(json.dumps(row), flush=True)
    for trainer in args.trainers:
        if {(trainer, "fp32"), (trainer, "bf16")} <= set(report):
            a, b = report[(trainer, "fp32")], report[(trainer, "bf16")]
            gaps = [abs(x - y) / max(abs(x), 1e-9) for x, y in zip(a["losses"], b["losses"])]
            print(f"{trainer}: bf16 {a['seconds_per_step'] / b['seconds_per_step']:.2f}x the speed of float32 "
                  f"({b['seconds_per_step']:.1f} vs {a['seconds_per_step']:.1f} s/step), peak {b['peak_rss_gib']} vs "
                  f"{a['peak_rss_gib']} GiB; loss curves differ by {100 * statistics.median(gaps):.2f}% (median), "
                  f"{100 * max(gaps):.2f}% (worst step)")


if __name__ == "__main__":
    main()
