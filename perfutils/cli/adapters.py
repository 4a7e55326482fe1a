"""``perfutils generate`` and ``perfutils merge-adapter``: use an adapter a training notebook wrote.

    python -m perfutils generate --model smollm2-135m-instruct --adapter ADAPTER_DIR \\
        --prompt-file prompt.cpp --max-new-tokens 256
    python -m perfutils merge-adapter --model smollm2-135m-instruct --adapter ADAPTER_DIR --out merged/

ADAPTER_DIR is an adapter folder of a run: ``python -m perfutils layout`` lists which notebook
writes which. The prompt is a problem
prompt in completion style (ends with the function's ``{``); it is formatted as in training
(:func:`perfutils.generation.format_prompt`: a chat model gets the instruction and an answer
pre-filled up to the ``{``), and the model writes the body.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from perfutils.errors import UsageError


def add_cli(subparsers: Any) -> None:
    """Register ``perfutils generate`` and ``perfutils merge-adapter``."""
    generate = subparsers.add_parser(
        "generate", help="continue a completion-style prompt with a model and an optional adapter")
    generate.add_argument("--model", required=True, help="base model: embedded name, checkpoint or hub id")
    generate.add_argument("--adapter", default=None, help="adapter folder a training notebook wrote")
    generate.add_argument("--prompt-file", required=True, help="file holding the prompt (ends with '{')")
    generate.add_argument("--max-new-tokens", type=int, default=256, help="length of the completion")
    generate.add_argument("--sample", action="store_true", help="sample (default: greedy)")
    generate.add_argument("--temperature", type=float, default=0.2, help="with --sample")
    generate.add_argument("--seed", type=int, default=0, help="with --sample")
    generate.set_defaults(func=_cli_generate)
    merge = subparsers.add_parser("merge-adapter",
                                  help="merge an adapter into its base model as a standalone checkpoint")
    merge.add_argument("--model", required=True, help="the adapter's base model")
    merge.add_argument("--adapter", required=True, help="adapter folder")
    merge.add_argument("--out", required=True, help="output checkpoint folder")
    merge.set_defaults(func=_cli_merge)


def _cli_generate(args: Any) -> int:
    from perfutils.generation import format_prompt, generate_completion
    from perfutils.models import load_model

    prompt_path = Path(args.prompt_file)
    if not prompt_path.is_file():
        raise UsageError(f"no prompt file {prompt_path}.")
    model, tokenizer = load_model(args.model, adapter=args.adapter)
    prompt = format_prompt(tokenizer, prompt_path.read_text())
    completion = generate_completion(model, tokenizer, prompt, max_new_tokens=args.max_new_tokens,
                                     seed=args.seed, do_sample=args.sample,
                                     temperature=args.temperature)
    print(prompt + completion.text)
    print(f"\n[{completion.new_tokens} tokens in {completion.seconds:.1f} s]")
    return 0


def _cli_merge(args: Any) -> int:
    from perfutils.models import merge_adapter

    print(merge_adapter(args.model, args.adapter, args.out))
    return 0
