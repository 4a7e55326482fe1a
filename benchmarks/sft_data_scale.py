"""Does more SFT data let SmolLM2-135M write correct held-out functions? Base vs SFT, side by side.

    python benchmarks/sft_data_scale.py [--steps 40] [--samples-per-prompt 4] [--out data/runs/sft-scale]
                                        [--max-completion-tokens 256]

The cpu preset's SFT (notebook 03) trains on 48 rows of 12 train problems for 12 steps, and
neither the base model nor the SFT model writes a correct eval function (docs/results.md). This
asks whether the amount of data is what is missing: it trains the same LoRA SFT
(`perfutils.trainers.sft.train_sft`, the cpu preset's settings except the step count) on the
fast references of *all* 120 train problems (the serial baseline for serial prompts, the OpenMP
reference for OpenMP prompts: 240 rows, taken as they are, since every reference passed
`check-problems`), then samples base and SFT with the same settings and seeds (notebook 07's
`evaluate_models`) on 12 held-out eval problems, one per type, *not* the 12 the cpu preset
evaluates (the second problem of each type in the same subsample), so that the preset's own
results play no part in any choice made from this. Prints build@1 and pass@1 of both and the
status counts. Training resumes from its checkpoints and sampling from its stores when rerun
with the same --out.

`--max-completion-tokens N` keeps only the rows whose completion is at most N tokens: with N the
evaluation's generation limit (256), the model is trained only on bodies it could finish there
(about 4 in 10 references are longer: median 216 tokens, 90th percentile 590).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from perfutils import metrics as M  # noqa: E402
from perfutils.evaluation import evaluate_models  # noqa: E402
from perfutils.generation import SamplingSettings  # noqa: E402
from perfutils.layout import PROBLEMS_ROOT, RUNS_DIR  # noqa: E402
from perfutils.problems import load_problems, select_problems  # noqa: E402
from perfutils.training_data import collect_reference_candidates  # noqa: E402

MODEL = "smollm2-135m-instruct"


FAST_REFERENCES = {("serial", "baseline"), ("omp", "omp")}  # (prompt's execution model, reference)


def reference_rows(tokenizer) -> list[dict]:
    rows = collect_reference_candidates(load_problems(PROBLEMS_ROOT / "train"), tokenizer=tokenizer)
    return [{"prompt": r["model_prompt"], "completion": r["completion"], "problem_id": r["problem_id"],
             "parallelism": r["parallelism"]}
            for r in rows if (r["parallelism"], r["name"]) in FAST_REFERENCES and r["completion"] is not None]


def heldout_problems() -> list:
    evals = load_problems(PROBLEMS_ROOT / "eval")
    preset = {p.id for p in select_problems(evals, per_type=1, seed=0)}  # what the cpu preset's 07 evaluates
    return [p for p in select_problems(evals, per_type=2, seed=0) if p.id not in preset]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=40, help="SFT steps of 4 rows (240 rows: 60 is one epoch)")
    parser.add_argument("--samples-per-prompt", type=int, default=4, help="samples per prompt and model")
    parser.add_argument("--out", default=str(RUNS_DIR / "sft-scale"))
    parser.add_argument("--max-completion-tokens", type=int, default=0,
                        help="train only on completions of at most this many tokens (0: all)")
    args = parser.parse_args()

    from datasets import Dataset, DatasetDict
    from transformers import AutoTokenizer

    from perfutils.model_sources import resolve_model
    from perfutils.trainers.sft import SFTRunConfig, train_sft

    out = Path(args.out)
    tokenizer = AutoTokenizer.from_pretrained(resolve_model(MODEL), local_files_only=True)
    rows = reference_rows(tokenizer)
    if args.max_completion_tokens > 0:
        total = len(rows)
        rows = [r for r in rows if len(tokenizer(r["completion"])["input_ids"]) <= args.max_completion_tokens]
        print(f"kept {len(rows)} of {total} rows with completions of at most {args.max_completion_tokens} tokens")
    DatasetDict({"train": Dataset.from_list(rows)}).save_to_disk(str(out / "sft_dataset"))
    print(f"SFT rows: {len(rows)} (all train references, serial baseline + OpenMP reference)")

    t0 = time.perf_counter()
    config = SFTRunConfig(output_dir=str(out / "checkpoints"), seed=0, max_steps=args.steps,
                          per_device_train_batch_size=4, max_length=768, save_steps=12,
                          activation_checkpointing=True)
    result = train_sft(MODEL, out / "sft_dataset", config, adapter_dir=out / "adapter")
    print(f"SFT: {args.steps} steps in {time.perf_counter() - t0:.0f} s, mean training loss "
          f"{result.metrics['train_loss']}")

    problems = heldout_problems()
    print("held-out eval problems:", ", ".join(p.id for p in problems))
    t0 = time.perf_counter()
    settings = SamplingSettings(temperature=0.2, top_p=0.95, max_new_tokens=256, batch_size=24, seed=0)
    samples = evaluate_models({"base": None, "sft_all_refs": result.adapter_dir}, MODEL, problems,
                              samples_per_prompt=args.samples_per_prompt,
                              out_dir=out / "evaluate", settings=settings,
                              timing={"processes": 1, "budget_s": 0.5})
    print(f"sampling and runner: {time.perf_counter() - t0:.0f} s")
    samples.drop(columns=["raw"]).to_csv(out / "evaluate" / "samples.csv", index=False)
    print(samples.groupby(["model", "status"]).size().unstack(fill_value=0).to_string())
    table = M.summarize(samples, by=("model",))
    print(table[["model", "n_prompts", "n_samples", "build@1", "pass@1", "share_without_correct"]].to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
