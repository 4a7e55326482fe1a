"""Do llama.cpp and transformers generate the same thing from the embedded models?

    python benchmarks/generation_equivalence.py [--models smollm2-135m-instruct qwen2.5-coder-1.5b-instruct]
        [--prompts 20] [--tokens 64]

Both read the same Q4 weights: transformers as float32 weights dequantized from the GGUF,
llama.cpp from the GGUF itself with its quantized kernels (which round the activations to 8 bits
inside each matrix product). On the project's own prompts (train problems, serial and OpenMP) it
reports, per model:

- prompt token ids: whether llama.cpp's own tokenizer gives transformers' ids (the generator
  feeds transformers' ids either way, so its prompts are identical by construction);
- greedy continuations of `--tokens` tokens from each: how many are identical, and at each first
  split the gap between the two candidate tokens' logits on the transformers side (a small gap:
  the two engines' rounding decided between near-equal tokens);
- the largest difference of next-token log-probabilities at the prompt's end, and how often the
  two engines' top tokens there agree.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from perfutils.generation import format_prompt  # noqa: E402
from perfutils.problems import PROBLEMS_ROOT, load_problems  # noqa: E402


def log_softmax(logits):
    shifted = logits - logits.max()
    return shifted - np.log(np.exp(shifted).sum())


def compare(model_name: str, prompt_count: int, tokens: int) -> dict:
    import torch

    from perfutils.llamacpp import LlamaCppGenerator
    from perfutils.models import load_model

    model, tok = load_model(model_name)
    generator = LlamaCppGenerator(model_name, max_sequences=min(prompt_count, 16))
    lib = generator.llama_cpp
    problems = sorted(load_problems(PROBLEMS_ROOT / "train"), key=lambda p: p.id)[:(prompt_count + 1) // 2]
    texts = [format_prompt(tok, p.prompt(par)) for p in problems for par in ("serial", "omp")][:prompt_count]
    prompts = [tok(t, add_special_tokens=False)["input_ids"] for t in texts]

    tokenizer_agrees = 0
    for ids, text in zip(prompts, texts):
        data = text.encode()
        buffer = (lib.llama_token * (len(ids) + 64))()
        count = lib.llama_tokenize(generator.vocab, data, len(data), buffer, len(buffer), False, True)
        tokenizer_agrees += list(buffer[:count]) == ids

    ours, _ = generator.generate_ids(prompts, 1, max_new_tokens=tokens)
    identical, gaps, logprob_diffs, top_agree = 0, [], [], 0
    for ids, [continuation] in zip(prompts, ours):
        with torch.inference_mode():
            out = model.generate(torch.tensor([ids]), max_new_tokens=tokens, do_sample=False,
                                 pad_token_id=tok.pad_token_id)
            theirs = out[0, len(ids):].tolist()
            first = model(torch.tensor([ids])).logits[0, -1].float().numpy()
        llama_first = generator.next_token_logits(ids)
        logprob_diffs.append(float(np.abs(log_softmax(first) - log_softmax(llama_first)).max()))
        top_agree += int(first.argmax() == llama_first.argmax())
        if theirs == continuation:
            identical += 1
            continue
        split = next((i for i, (a, b) in enumerate(zip(theirs, continuation)) if a != b),
                     min(len(theirs), len(continuation)))
        if split >= min(len(theirs), len(continuation)):  # one stopped at EOS earlier
            gaps.append({"at": split, "gap": None})
            continue
        with torch.inference_mode():
            logits = model(torch.tensor([ids + theirs[:split]])).logits[0, -1].float().numpy()
        top2 = np.sort(logits)[-2:]
        gaps.append({"at": split, "gap": round(float(logits[theirs[split]] - logits[continuation[split]]), 4),
                     "top2_gap": round(float(top2[1] - top2[0]), 4)})
    generator.close()
    return {"model": model_name, "prompts": len(prompts), "tokenizer_identical": tokenizer_agrees,
            "greedy_identical": identical, "splits": gaps,
            "first_token_logprob_max_abs_diff": {"median": round(float(np.median(logprob_diffs)), 6),
                                                 "max": round(float(np.max(logprob_diffs)), 6)},
            "first_token_argmax_agree": top_agree}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", nargs="+", default=["smollm2-135m-instruct", "qwen2.5-coder-1.5b-instruct"])
    ap.add_argument("--prompts", type=int, default=20)
    ap.add_argument("--tokens", type=int, default=64)
    args = ap.parse_args()
    for model in args.models:
        print(json.dumps(compare(model, args.prompts, args.tokens)), flush=True)


if __name__ == "__main__":
    main()
