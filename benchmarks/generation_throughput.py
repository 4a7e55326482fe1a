"""Generation throughput: transformers vs llama.cpp, one sequence at a time vs batched, same prompts.

    python benchmarks/generation_throughput.py [--models smollm2-135m-instruct qwen2.5-coder-1.5b-instruct]
        [--prompts 4] [--samples-per-prompt 4] [--max-new-tokens 256] [--modes hf-one hf-batched llamacpp-one llamacpp-batched]

Four ways to draw the same samples (the project's own train-problem prompts, serial; `--samples-per-prompt` samples
each at temperature 0.8, top-p 0.95, as data collection draws them):

- hf-one: transformers, one sequence at a time (the transformers backend with one prompt and one sample), on the
  first `--one-samples` samples of each prompt (a rate; all n would take long at 2-9 tokens/s).
- hf-batched: transformers as the presets run it today: `generate_samples`' batches of
  `--hf-batch-size` sequences (default: the preset's, 16 for SmolLM2 and 8 for Qwen), left
  padded, float32 weights dequantized from the GGUF.
- llamacpp-one: llama.cpp on the GGUF as shipped, one sequence at a time (as hf-one).
- llamacpp-batched: llama.cpp with its best batching: all prompts in one call, each prompt
  evaluated once for its n samples, `--llamacpp-sequences` sequences decoded together.

Each runs in its own process, so that its peak resident memory is its own. Reported per mode:
useful tokens per second (tokens of the text up to the function's closing brace, re-tokenized,
so padding and tokens after the stop never count), time to first token (from the start of the
call that serves a prompt to that prompt's first new token; a batch's prompts share one), peak
resident memory, and ratios against hf-batched. llama.cpp modes are skipped with a note where
it is not installed.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from perfutils.generation import SamplingSettings, _sample_transformers, completion_end, prompt_requests  # noqa: E402
from perfutils.layout import PROBLEMS_ROOT  # noqa: E402
from perfutils.problems import load_problems, select_problems  # noqa: E402

MODES = ("hf-one", "hf-batched", "llamacpp-one", "llamacpp-batched")
HF_BATCH_SIZE = {"smollm2-135m-instruct": 16, "qwen2.5-coder-1.5b-instruct": 8}  # 01_collect_data in cpu, cpu-coder


def requests(count: int):
    problems = select_problems(load_problems(PROBLEMS_ROOT / "train"), per_type=1, limit=count, seed=0)
    return prompt_requests(problems, ("serial",))


def one_sample_settings(settings: SamplingSettings, sample: int) -> SamplingSettings:
    """Settings whose seed differs per sample, for the one-at-a-time modes."""
    return replace(settings, seed=settings.seed * 1000 + sample)


def run_hf(model_name: str, mode: str, reqs, n: int, settings: SamplingSettings, batch_size: int, one: int):
    from perfutils.models import load_model

    model, tok = load_model(model_name)
    forward_ends: list[float] = []
    model.register_forward_hook(lambda *args: forward_ends.append(time.perf_counter()))
    texts, ttft = [], []
    if mode == "hf-one":
        calls = [([r], 1, one_sample_settings(settings, j)) for r in reqs for j in range(one)]
    else:
        per_batch = max(1, batch_size // n)
        calls = [(reqs[i:i + per_batch], n, settings) for i in range(0, len(reqs), per_batch)]
    started = time.perf_counter()
    for batch, k, s in calls:
        call_start = time.perf_counter()
        out, _, _, _ = _sample_transformers(model, tok, batch, k, s)
        first = next(t for t in forward_ends if t >= call_start)
        ttft.extend([first - call_start] * len(batch))
        texts.extend(t for per in out for t in per)
    return tok, texts, time.perf_counter() - started, ttft


def run_llamacpp(model_name: str, mode: str, reqs, n: int, settings: SamplingSettings, sequences: int, one: int):
    from perfutils.llamacpp import LlamaCppGenerator, llamacpp_usable

    usable, why = llamacpp_usable()
    if not usable:
        return None, why
    generator = LlamaCppGenerator(model_name, max_sequences=1 if mode == "llamacpp-one" else sequences)
    tok = generator.load_tokenizer()
    texts, ttft = [], []
    started = time.perf_counter()
    if mode == "llamacpp-one":
        for r in reqs:
            for j in range(one):
                out, _, _ = generator.generate(tok, [r], 1, one_sample_settings(settings, j))
                texts.extend(out[0])
                ttft.append(generator.last_stats.first_token_seconds[0])
    else:
        out, _, _ = generator.generate(tok, reqs, n, settings)
        texts = [t for per in out for t in per]
        ttft = generator.last_stats.first_token_seconds
    return tok, texts, time.perf_counter() - started, ttft


def child(args) -> None:
    """Run one mode and print its figures as one JSON line."""
    reqs = requests(args.prompts)
    settings = SamplingSettings(temperature=0.8, top_p=0.95, max_new_tokens=args.max_new_tokens, seed=0)
    if args.child.startswith("hf"):
        tok, texts, seconds, ttft = run_hf(args.model, args.child, reqs, args.samples_per_prompt, settings,
                                           args.hf_batch_size or HF_BATCH_SIZE.get(args.model, 8), args.one_samples)
    else:
        result = run_llamacpp(args.model, args.child, reqs, args.samples_per_prompt, settings, args.llamacpp_sequences,
                              args.one_samples)
        if result[0] is None:
            print(json.dumps({"mode": args.child, "skipped": result[1]}))
            return
        tok, texts, seconds, ttft = result
    useful = sum(len(tok(t, add_special_tokens=False)["input_ids"]) for t in texts)
    closed = sum(completion_end(t) > 0 for t in texts)
    print(json.dumps({
        "mode": args.child, "samples": len(texts), "closed": closed, "useful_tokens": useful,
        "seconds": round(seconds, 1), "useful_tokens_per_s": round(useful / seconds, 2),
        "ttft_s": round(sum(ttft) / len(ttft), 2),
        "peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20, 2)}))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", nargs="+", default=["smollm2-135m-instruct", "qwen2.5-coder-1.5b-instruct"])
    ap.add_argument("--modes", nargs="+", default=list(MODES), choices=MODES)
    ap.add_argument("--prompts", type=int, default=4, help="train problems (one per type), serial prompts")
    ap.add_argument("--samples-per-prompt", type=int, default=4, help="samples per prompt")
    ap.add_argument("--one-samples", type=int, default=1, help="samples per prompt in the one-at-a-time modes")
    ap.add_argument("--max-new-tokens", type=int, default=256)
    ap.add_argument("--hf-batch-size", type=int, default=0, help="hf-batched sequences per batch (0: the preset's)")
    ap.add_argument("--llamacpp-sequences", type=int, default=16, help="llamacpp-batched sequences decoded together")
    ap.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    ap.add_argument("--model", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args)
    report = {}
    for model in args.models:
        rows = {}
        for mode in args.modes:
            command = [sys.executable, __file__, "--child", mode, "--model", model, "--prompts", str(args.prompts),
                       "--samples-per-prompt", str(args.samples_per_prompt), "--one-samples", str(args.one_samples),
                       "--max-new-tokens", str(args.max_new_tokens),
                       "--hf-batch-size", str(args.hf_batch_size), "--llamacpp-sequences", str(args.llamacpp_sequences)]
            process = subprocess.run(command, capture_output=True, text=True)
            lines = [line for line in process.stdout.splitlines() if line.startswith("{")]
            if process.returncode != 0 or not lines:
                rows[mode] = {"mode": mode, "failed": process.stderr.strip().splitlines()[-3:]}
            else:
                rows[mode] = json.loads(lines[-1])
            print(json.dumps({"model": model, **rows[mode]}), flush=True)
        base = rows.get("hf-batched", {}).get("useful_tokens_per_s")
        if base:
            for row in rows.values():
                if "useful_tokens_per_s" in row:
                    row["x_hf_batched"] = round(row["useful_tokens_per_s"] / base, 2)
        report[model] = rows
    print(json.dumps({"prompts": args.prompts, "samples_per_prompt": args.samples_per_prompt, "one_at_a_time_samples": args.one_samples,
                      "max_new_tokens": args.max_new_tokens,
                      "llamacpp_sequences": args.llamacpp_sequences, "results": report}, indent=2))


if __name__ == "__main__":
    main()
