"""Generation throughput: batched sampling vs one prompt at a time, in the same run.

    python benchmarks/generation_throughput.py [--model smollm2-135m-instruct] [--prompts 8] [--samples-per-prompt 4]

Both paths use perfutils.generation.generate_samples with the same prompts, settings and seed;
only the batch size differs (1 sequence at a time vs `--batch-size` sequences with left padding
and the KV cache). Prints new tokens per second for each and the ratio.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from perfutils.generation import SamplingSettings, generate_samples, prompt_requests  # noqa: E402
from perfutils.layout import PROBLEMS_ROOT  # noqa: E402
from perfutils.models import load_model  # noqa: E402
from perfutils.problems import load_problems, select_problems  # noqa: E402


def run(model, tok, reqs, n, settings):
    with tempfile.TemporaryDirectory() as d:
        t0 = time.perf_counter()
        recs = generate_samples(model, tok, reqs, samples_per_prompt=n, out_path=Path(d) / "s.jsonl", settings=settings, progress=False)
        seconds = time.perf_counter() - t0
    # Count generated tokens from the raw texts (identical tokenization for both paths).
    tokens = sum(len(tok(r["raw"], add_special_tokens=False)["input_ids"]) for r in recs)
    return tokens, seconds, recs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="smollm2-135m-instruct")
    ap.add_argument("--prompts", type=int, default=8)
    ap.add_argument("--samples-per-prompt", type=int, default=4, help="samples per prompt")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--max-new-tokens", type=int, default=128)
    args = ap.parse_args()
    model, tok = load_model(args.model)
    problems = select_problems(load_problems(PROBLEMS_ROOT / "train"), per_type=1, limit=args.prompts, seed=0)
    reqs = prompt_requests(problems, ("serial",))
    base = dict(temperature=0.8, max_new_tokens=args.max_new_tokens, seed=0)
    one_tokens, one_s, _ = run(model, tok, reqs, args.samples_per_prompt, SamplingSettings(batch_size=1, **base))
    b_tokens, b_s, _ = run(model, tok, reqs, args.samples_per_prompt, SamplingSettings(batch_size=args.batch_size, **base))
    out = {"model": args.model, "prompts": len(reqs), "samples_per_prompt": args.samples_per_prompt,
           "one_at_a_time_tokens_per_s": round(one_tokens / one_s, 1),
           "batched_tokens_per_s": round(b_tokens / b_s, 1), "batch_size": args.batch_size,
           "ratio": round((b_tokens / b_s) / (one_tokens / one_s), 2)}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
