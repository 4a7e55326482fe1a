"""``perfutils pareval``: ParEval's serial and OpenMP prompts through our generation, sandbox and
metrics, with a validator audit (the logic: :mod:`perfutils.pareval`).

    python -m perfutils pareval --pareval ~/src/ParEval --model qwen2.5-coder-1.5b-instruct --samples-per-prompt 2
    python -m perfutils pareval --pareval ~/src/ParEval --audit-only
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from perfutils.errors import UsageError
from perfutils.layout import RUNS_DIR
from perfutils.pareval import RUN_TIMEOUT_S


def add_cli(subparsers: Any) -> None:
    """Register ``perfutils pareval``."""
    p = subparsers.add_parser("pareval", help="run ParEval's serial and OpenMP prompts (a checkout you bring) "
                              "through our generation, sandbox and metrics, with a validator audit")
    p.add_argument("--pareval", required=True, help="root of a ParEval checkout (holds prompts/ and drivers/)")
    p.add_argument("--out", default=None, help="output folder (default: <runs>/pareval-<model>-n<samples per prompt>)")
    p.add_argument("--model", default="qwen2.5-coder-1.5b-instruct", help="base model: embedded name, checkpoint "
                   "or hub id")
    p.add_argument("--adapter", action="append", default=[], metavar="LABEL=PATH",
                   help="an adapter folder to evaluate beside the base model (repeatable)")
    p.add_argument("--samples-per-prompt", type=int, default=1, help="samples per prompt and model (the @1 "
                   "metrics average over them; ParEval's paper: 20)")
    p.add_argument("--temperature", type=float, default=0.2, help="sampling temperature (ParEval's pass@1: 0.2)")
    p.add_argument("--top-p", type=float, default=0.95, help="nucleus sampling")
    p.add_argument("--max-new-tokens", type=int, default=1024, help="generation limit per sample")
    p.add_argument("--batch-size", type=int, default=8, help="sequences generated together")
    p.add_argument("--backend", default="auto", help="generation backend: auto, hf, llamacpp or vllm")
    p.add_argument("--seed", type=int, default=0, help="sampling and bootstrap seed")
    p.add_argument("--parallelisms", default="serial,omp", help="execution models, comma-separated (serial, omp)")
    p.add_argument("--problems", default="", help="ParEval problem names, comma-separated (default: all)")
    p.add_argument("--threads", default="", help="OpenMP thread counts, comma-separated (default: 1, 2, all cores)")
    p.add_argument("--timeout", type=float, default=RUN_TIMEOUT_S, help="seconds per run (ParEval's: 180)")
    p.add_argument("--audit-only", action="store_true", help="only audit the validators (no model needed)")
    p.add_argument("--allow-unsandboxed", action="store_true",
                   help="run without isolation where bubblewrap is missing (only for code you trust)")
    p.set_defaults(func=_cli_pareval)


def _cli_pareval(args: Any) -> int:
    from perfutils.generation import SamplingSettings, resolve_generation_backend
    from perfutils.pareval import run_pareval
    from perfutils.runner.sandbox import SandboxUnavailable

    adapters = {}
    for item in args.adapter:
        label, sep, path = item.partition("=")
        if not sep or not label or label == "base":
            raise UsageError(f"--adapter takes LABEL=PATH with a label other than 'base', got {item!r}")
        adapters[label] = path
    settings = SamplingSettings(temperature=args.temperature, top_p=args.top_p, max_new_tokens=args.max_new_tokens,
                                batch_size=args.batch_size, seed=args.seed)
    slug = re.sub(r"[^\w.-]+", "-", Path(args.model).name)
    out = Path(args.out) if args.out else RUNS_DIR / f"pareval-{'audit' if args.audit_only else slug}-n{args.samples_per_prompt}"
    split = lambda text: [t.strip() for t in text.split(",") if t.strip()]  # noqa: E731
    try:
        summary = run_pareval(args.pareval, out, model_name=args.model, adapters=adapters,
                              samples_per_prompt=args.samples_per_prompt,
                              settings=settings, parallelisms=split(args.parallelisms),
                              problems=split(args.problems) or None, threads=[int(t) for t in split(args.threads)],
                              audit_only=args.audit_only, allow_unsandboxed=args.allow_unsandboxed,
                              timeout_s=args.timeout,
                              backend=resolve_generation_backend(args.backend) if not args.audit_only else "hf")
    except SandboxUnavailable as error:
        raise UsageError(str(error)) from error
    print((out / "results.md").read_text())
    print(f"weak validators: {', '.join(summary['weak_validators']) or 'none'}; written to {out}")
    return 0
