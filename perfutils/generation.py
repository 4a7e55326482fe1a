"""Generation: prompts, sampling backends, resumable sample files, and turning output into candidates.

    model, tok = load_model("smollm2-135m-instruct")          # perfutils.models; backend="vllm" too
    records = generate_samples(model, tok, prompt_requests(problems), samples_per_prompt=4,
                               out_path=RunLayout(run).collect_data.samples,
                               settings=SamplingSettings(temperature=0.2))
    completion = generate_completion(model, tok, "int add(int a, int b) {")   # one, timed

Prompts are formatted to fit the model: a base model continues the problem prompt as text; a chat
model gets the prompt in an instruction and its answer is pre-filled with a code fence and the
signature, so both write the function body after the signature's `{` (completion style).
Generation is batched with left padding and the KV cache and stops when the function's braces
close. Every raw text is kept, and `extract_candidate` turns it into the candidate form (the
complete function plus any helpers), robust to prose, markdown fences, repeated signatures and
truncated output. Output is appended per batch to a JSONL file; a rerun skips prompts already
done.

Backends: a backend loads a model for sampling and samples a batch of prompts. "hf"
(transformers) is the one training uses (`perfutils.models.load_model` loads it itself);
"llamacpp" samples on a CPU from the embedded GGUF as shipped, with adapters converted to
llama.cpp LoRA GGUFs (`perfutils.llamacpp`); "vllm" samples on a GPU, with adapters applied
per request. `resolve_generation_backend("auto")` picks the first usable backend of
`AUTO_ORDER`. A backend plugs in with `register_backend`: a loader returning a handle whose
`perfutils_backend` attribute names it, and a sampler; prompts, seeds, records and extraction
stay those of this module.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable

from .cpptext import find_function, scan_braces
from .errors import UsageError

SYSTEM_MESSAGE = ("You are an expert C++ and OpenMP programmer who writes correct and fast code for "
                  "high-performance computing.")
USER_TEMPLATE = ("Complete the C++ function below. Write only the body of the function, correct and as fast as "
                 "possible.\n\n```cpp\n{prompt}```")


@dataclass(frozen=True)
class PromptRequest:
    prompt_id: str  # unique per (problem, parallelism)
    problem_id: str
    parallelism: str
    prompt: str  # the problem prompt, ending in the signature's "{"
    signature: str  # e.g. "double f(std::vector<double> const& x)"


@dataclass(frozen=True)
class SamplingSettings:
    temperature: float = 0.2  # ParEval samples at 0.2 for pass@1; 0: greedy
    top_p: float = 0.95  # nucleus sampling (1.0: off)
    max_new_tokens: int = 384
    batch_size: int = 8  # sequences per forward pass (prompts x samples)
    seed: int = 0

    @property
    def do_sample(self) -> bool:
        return self.temperature > 0


# ------------------------------------------------------------------------ prompts
def is_chat_model(tokenizer) -> bool:
    return bool(getattr(tokenizer, "chat_template", None))


def format_prompt(tokenizer, prompt: str, *, chat: bool | None = None) -> str:
    """The exact text the model is given. Chat models get the instruction in their template and
    an answer pre-filled with the prompt, so that they too continue after the `{`."""
    # The text ends at the `{`: tokenizers merge the newline after it with the next line's
    # indentation, so ending at `{` puts the boundary where tokens break, in training and here.
    chat = is_chat_model(tokenizer) if chat is None else chat
    if not chat:
        return prompt.rstrip()
    messages = [{"role": "system", "content": SYSTEM_MESSAGE},
                {"role": "user", "content": USER_TEMPLATE.format(prompt=prompt)}]
    head = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    # The answer is pre-filled with the signature only: the task is already in the message.
    signature_line = prompt.rstrip().rsplit("\n", 1)[-1]
    return (head + "```cpp\n" + signature_line).rstrip()


# ------------------------------------------------------------------------ braces
def completion_end(text: str) -> int:
    """Index just after the `}` closing the function whose `{` ended the prompt, or -1."""
    return scan_braces(text, 1)[0]


# ------------------------------------------------------------------------ extraction
@dataclass(frozen=True)
class Extraction:
    code: str | None  # candidate form, or None when nothing usable was found
    completion: str | None  # the text after the prompt's "{" up to the closing brace
    how: str  # completion | repeated_signature | fenced_function | truncated | none


def _function_name(signature: str) -> str:
    return re.search(r"(\w+)\s*\(", signature).group(1)


def _find_function(code: str, name: str) -> tuple[int, int] | None:
    """(start, end) of the definition of `name` in `code`, from its first line to after its `}`."""
    span = find_function(code, name)
    return None if span is None else (span[0], span[2] + 1)


def _strip_main(code: str) -> str:
    span = _find_function(code, "main")
    if span and re.match(r"\s*int\s+main\s*\(", code[span[0]:]):
        return code[:span[0]] + code[span[1]:]
    return code


def extract_candidate(raw: str, signature: str) -> Extraction:
    """Turn raw model output (continuing after the prompt's `{`) into a candidate."""
    name = _function_name(signature)
    text = raw.replace("\r\n", "\n")
    head = text.lstrip()
    # The model restated the whole function (a repeated signature) or answered in prose and
    # fences: look for a complete definition of the function in the text or its code blocks.
    restated = re.match(rf"(?:[\w:<>,\s\*&]+\s)?{re.escape(name)}\s*\(", head.split("\n", 1)[0]) is not None
    if not restated:
        end = completion_end(text)
        if end > 0:
            completion = text[:end]
            if completion.strip("}\n\t "):  # an empty body (just the closing brace) is no answer
                return Extraction(f"{signature} {{{completion}\n", completion, "completion")
    blocks = re.findall(r"```[a-zA-Z+]*\n(.*?)(?:```|$)", text, flags=re.S) or [text]
    for block in blocks:
        span = _find_function(block, name)
        if span:
            # Keep what the block defines before the function (helpers, types, includes).
            code = _strip_main(block[:span[1]]).strip() + "\n"
            return Extraction(code, None, "repeated_signature" if restated else "fenced_function")
    if not restated:
        _, depth = scan_braces(text, 1)
        fence = text.find("```")
        body = text if fence < 0 else text[:fence]
        if body.strip() and depth > 0 and ";" in body:
            # Truncated by the token limit: closing the braces gives the runner something to
            # judge (usually a compile error or a wrong answer), never a silent drop.
            completion = body.rstrip() + "\n" + "}\n" * depth
            return Extraction(f"{signature} {{{completion}", completion, "truncated")
    return Extraction(None, None, "none")


def completion_to_candidate(signature: str, completion: str) -> str:
    """Candidate form of a completion-style text (what the model wrote after the `{`)."""
    extraction = extract_candidate(completion, signature)
    return extraction.code or f"{signature} {{{completion}"


def candidate_to_completion(code: str, signature: str) -> str | None:
    """The completion (text after the signature's `{`) that reproduces `code`, or None when the
    code defines helpers or types before the function (completion style cannot express them)."""
    name = _function_name(signature)
    span = _find_function(code, name)
    if span is None:
        return None
    before = code[:span[0]]
    if any(line.strip() and not line.strip().startswith(("#include", "//")) for line in before.splitlines()):
        return None
    fn = code[span[0]:span[1]]
    return fn[fn.index("{", fn.index("(")) + 1:] if "{" in fn else None


def prompt_requests(problems, parallelisms=("serial", "omp")) -> list[PromptRequest]:
    """One request per problem and execution model, problems first (the order samples are kept in)."""
    return [PromptRequest(f"{p.id}/{par}", p.id, par, p.prompt(par), p.signature) for p in problems
            for par in parallelisms]


# ------------------------------------------------------------------------ the transformers path
class FunctionEnd:
    """Stopping criterion: a sequence is done when the function's braces have closed."""

    def __init__(self, tokenizer, prompt_len: int):
        self.tokenizer = tokenizer
        self.prompt_len = prompt_len

    def __call__(self, input_ids, scores, **kwargs):
        import torch

        texts = self.tokenizer.batch_decode(input_ids[:, self.prompt_len:], skip_special_tokens=True)
        return torch.tensor([completion_end(t) > 0 for t in texts], device=input_ids.device)


def _seed_for(settings: SamplingSettings, key: str) -> int:
    return int(hashlib.sha256(f"{settings.seed}:{key}".encode()).hexdigest()[:8], 16)


def _cut_at_function_end(text: str) -> str:
    """Anything after the function's closing brace (the next sequence step) is cut off."""
    end = completion_end(text)
    return text[:end] if end > 0 else text


def _generate_transformers(model, tokenizer, texts: list[str], settings: SamplingSettings, seed: int, *,
                           stop_at_function_end: bool):
    """The one transformers generation: `(new token ids, seconds)` for a left-padded batch of texts."""
    import torch
    from transformers import StoppingCriteriaList

    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    enc = tokenizer(texts, return_tensors="pt", padding=True, padding_side="left",
                    add_special_tokens=False).to(model.device)
    prompt_len = enc["input_ids"].shape[1]
    torch.manual_seed(seed)
    kwargs = dict(max_new_tokens=settings.max_new_tokens, do_sample=settings.do_sample,
                  pad_token_id=tokenizer.pad_token_id, use_cache=True)
    if stop_at_function_end:
        kwargs["stopping_criteria"] = StoppingCriteriaList([FunctionEnd(tokenizer, prompt_len)])
    if settings.do_sample:
        kwargs.update(temperature=settings.temperature, top_p=settings.top_p)
    started = time.perf_counter()
    with torch.inference_mode():
        out = model.generate(**enc, **kwargs)
    return out[:, prompt_len:], time.perf_counter() - started


@dataclass(frozen=True)
class Completion:
    """One generated continuation and how fast it came."""

    prompt: str
    text: str  # the continuation only, without the prompt
    new_tokens: int
    seconds: float

    @property
    def tokens_per_second(self) -> float:
        return self.new_tokens / self.seconds if self.seconds > 0 else 0.0


def generate_completion(model, tokenizer, prompt: str, *, max_new_tokens: int = 128, seed: int = 0,
                        do_sample: bool = False, temperature: float = 1.0) -> Completion:
    """Continue `prompt` as plain text (completion style, not cut at the function's end) and time it.

    Usage: `generate_completion(model, tokenizer, "int add(int a, int b) {")`; a transformers model."""
    settings = SamplingSettings(temperature=temperature if do_sample else 0.0, top_p=1.0,
                                max_new_tokens=max_new_tokens, batch_size=1, seed=seed)
    new, seconds = _generate_transformers(model, tokenizer, [prompt], settings, seed, stop_at_function_end=False)
    return Completion(prompt=prompt, text=tokenizer.decode(new[0], skip_special_tokens=True),
                      new_tokens=int(new.shape[1]), seconds=seconds)


def _sample_transformers(model, tokenizer, batch: list[PromptRequest], samples_per_prompt: int,
                         settings: SamplingSettings):
    """One `generate` call for the whole batch, so one seed for it: the seed of its first prompt."""
    n = samples_per_prompt
    texts = [format_prompt(tokenizer, r.prompt) for r in batch for _ in range(n)]
    seed = _seed_for(settings, batch[0].prompt_id)
    new, seconds = _generate_transformers(model, tokenizer, texts, settings, seed, stop_at_function_end=True)
    pad = tokenizer.pad_token_id
    tokens = int((new != pad).sum()) if pad is not None else int(new.numel())
    decoded = [_cut_at_function_end(d) for d in tokenizer.batch_decode(new, skip_special_tokens=True)]
    return [decoded[k * n:(k + 1) * n] for k in range(len(batch))], [seed] * len(batch), seconds, tokens


# ------------------------------------------------------------------------ the vLLM path
VLLM_LORA_RANKS = (8, 16, 32, 64, 128, 256, 320, 512)  # the ranks vLLM's max_lora_rank accepts


@dataclass(frozen=True)
class VLLMModel:
    """What `load_model(..., backend="vllm")` gives: an engine, and the adapter it applies per request."""

    llm: Any  # vllm.LLM, shared by every adapter of the same base model and rank
    lora_request: Any = None  # vllm.lora.request.LoRARequest, None for the base model
    perfutils_backend = "vllm"


def _vllm_usable() -> tuple[bool, str]:
    """Whether vLLM can generate here, and if not, why."""
    import importlib.util

    if importlib.util.find_spec("vllm") is None:
        return False, "vLLM is not installed (pip install -e '.[gpu]' on a machine with a CUDA GPU)"
    import torch

    if not torch.cuda.is_available():
        return False, "vLLM is installed but no CUDA GPU is visible"
    return True, ""


def vllm_lora_rank(adapters) -> int | None:
    """The `max_lora_rank` a vLLM engine needs for these adapter folders (None: no adapter):
    the smallest rank vLLM accepts that is at least every adapter's `r`."""
    ranks = [json.loads((Path(a) / "adapter_config.json").read_text())["r"] for a in adapters if a is not None]
    if not ranks:
        return None
    fits = [r for r in VLLM_LORA_RANKS if r >= max(ranks)]
    if not fits:
        raise ValueError(f"LoRA rank {max(ranks)} is above vLLM's largest ({VLLM_LORA_RANKS[-1]}); use backend 'hf'")
    return fits[0]


@functools.lru_cache(maxsize=None)
def _vllm_engine(checkpoint: str, max_lora_rank: int | None):
    """One engine per base model and LoRA rank, so that evaluating five adapters starts one engine."""
    from vllm import LLM

    lora = {"enable_lora": True, "max_lora_rank": max_lora_rank, "max_loras": 1} if max_lora_rank else {}
    return LLM(model=checkpoint, dtype="auto", **lora)


_vllm_lora_ids: dict[str, int] = {}  # vLLM identifies a LoRA by a number unique within the engine


def _load_vllm(name_or_path, *, adapter=None, cache_dir=None, max_lora_rank: int | None = None):
    """`(VLLMModel, tokenizer)`; `max_lora_rank` sizes the engine for several adapters (default:
    this adapter's, see `vllm_lora_rank`)."""
    from .model_sources import resolve_model

    rank = max_lora_rank or vllm_lora_rank([adapter])
    llm = _vllm_engine(str(resolve_model(name_or_path, cache_dir=cache_dir)), rank)
    tokenizer = llm.get_tokenizer()
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    request = None
    if adapter is not None:
        from vllm.lora.request import LoRARequest

        path = str(Path(adapter).resolve())
        request = LoRARequest(path, _vllm_lora_ids.setdefault(path, len(_vllm_lora_ids) + 1), path)
    return VLLMModel(llm, request), tokenizer


def _sample_vllm(model: VLLMModel, tokenizer, batch: list[PromptRequest], samples_per_prompt: int,
                 settings: SamplingSettings):
    """GPU path. Same prompts and extraction as the transformers path; vLLM's own sampler, which
    seeds each request on its own: each prompt is drawn with its own seed."""
    from vllm import SamplingParams

    seeds = [_seed_for(settings, r.prompt_id) for r in batch]
    params = [SamplingParams(n=samples_per_prompt, temperature=settings.temperature, top_p=settings.top_p,
                             max_tokens=settings.max_new_tokens, seed=seed) for seed in seeds]
    started = time.perf_counter()
    outs = model.llm.generate([format_prompt(tokenizer, r.prompt) for r in batch], params, use_tqdm=False,
                              lora_request=model.lora_request)
    seconds = time.perf_counter() - started
    texts = [[_cut_at_function_end(c.text) for c in o.outputs] for o in outs]
    tokens = sum(len(c.token_ids) for o in outs for c in o.outputs)
    return texts, seeds, seconds, tokens


# ------------------------------------------------------------------------ backends
@dataclass(frozen=True)
class GenerationBackend:
    """How one backend loads a model to sample from, and samples a batch of prompts.

    `sample(model, tokenizer, batch, samples_per_prompt, settings)` returns the raw texts per
    request (cut where the function's braces close), the seed each request was really drawn with
    (or a list: each sample's), the seconds it took and the new tokens.
    `load(name_or_path, *, adapter, cache_dir, **options)` returns `(handle, tokenizer)`, the
    handle's `perfutils_backend` naming the backend; None for "hf", which
    `perfutils.models.load_model` loads itself. `usable()` says whether it can run here, and why not.
    """

    name: str
    sample: Callable[..., tuple[list[list[str]], float, int]]
    load: Callable[..., tuple[Any, Any]] | None = None
    usable: Callable[[], tuple[bool, str]] = lambda: (True, "")


GENERATION_BACKENDS: dict[str, GenerationBackend] = {}
# What generation_backend "auto" tries, in order: the first usable wins. scripts/setup.sh builds
# llama.cpp only on machines without a GPU, so "auto" is vLLM on a GPU, llama.cpp on a CPU.
AUTO_ORDER = ["vllm", "llamacpp", "hf"]


def register_backend(backend: GenerationBackend) -> None:
    """Make a backend available to `load_model(..., backend=name)`, notebooks 01 and 07, and "auto"
    (add its name to `AUTO_ORDER` for that)."""
    GENERATION_BACKENDS[backend.name] = backend


def _load_llamacpp(name_or_path, *, adapter=None, cache_dir=None, **options):
    from .llamacpp import LlamaCppGenerator

    generator = LlamaCppGenerator(name_or_path, adapter=adapter, cache_dir=cache_dir, **options)
    generator.perfutils_backend = "llamacpp"
    return generator, generator.load_tokenizer()


def _sample_llamacpp(model, tokenizer, batch: list[PromptRequest], samples_per_prompt: int,
                     settings: SamplingSettings):
    """Every sample with its own seed (`perfutils.llamacpp.sample_seed`), so what it draws does not
    depend on the batch it was in."""
    from .llamacpp import sample_seed

    texts, seconds, tokens = model.generate(tokenizer, batch, samples_per_prompt, settings)
    seeds = [[sample_seed(settings, r.prompt_id, j) for j in range(samples_per_prompt)] for r in batch]
    return texts, seeds, seconds, tokens


def _llamacpp_usable() -> tuple[bool, str]:
    from .llamacpp import llamacpp_usable

    return llamacpp_usable()


register_backend(GenerationBackend("hf", sample=_sample_transformers))
register_backend(GenerationBackend("vllm", sample=_sample_vllm, load=_load_vllm, usable=_vllm_usable))
register_backend(GenerationBackend("llamacpp", sample=_sample_llamacpp, load=_load_llamacpp,
                                   usable=_llamacpp_usable))


def generation_backend(name: str) -> GenerationBackend:
    """The registered backend `name`, or a UsageError that lists the choices."""
    if name not in GENERATION_BACKENDS:
        raise UsageError(f"unknown generation_backend {name!r}; choose one of "
                         f"{', '.join(['auto', *GENERATION_BACKENDS])}.")
    return GENERATION_BACKENDS[name]


def resolve_generation_backend(choice: str) -> str:
    """Resolve a notebook's `generation_backend` parameter to a registered backend's name.

    "auto": the first usable backend of `AUTO_ORDER` (vLLM when it is installed and a CUDA GPU is
    visible, else transformers). A named backend that cannot run here is an error that says why
    (never a silent fallback)."""
    if choice == "auto":
        return next(name for name in AUTO_ORDER
                    if name in GENERATION_BACKENDS and GENERATION_BACKENDS[name].usable()[0])
    usable, why = generation_backend(choice).usable()
    if not usable:
        raise UsageError(f"generation_backend {choice!r}: {why}; use 'hf' or 'auto'.")
    return choice


# ------------------------------------------------------------------------ sample files
def _batches(requests: list[PromptRequest], per_batch: int) -> list[list[PromptRequest]]:
    """Consecutive batches of the whole request list: the same batches however often a run resumes."""
    return [requests[start:start + per_batch] for start in range(0, len(requests), per_batch)]


def _batch_id(settings: SamplingSettings, batch: list[PromptRequest]) -> str:
    return hashlib.sha256(json.dumps([settings.seed, [r.prompt_id for r in batch]]).encode()).hexdigest()[:16]


def _keep_complete_batches(out_path: Path, batches: list[list[PromptRequest]], n: int,
                           settings: SamplingSettings, model_name: str) -> set[str]:
    """The prompts whose samples on disk are kept: those of batches whose every prompt has its n
    samples from this very batch, model and settings. Any other line about these prompts (a torn
    last line, a batch cut short by a kill, samples of another batch, model or settings) is
    removed, so the batch is drawn again, whole, with the seed it would have had uninterrupted."""
    if not out_path.exists():
        return set()
    batch_of = {r.prompt_id: _batch_id(settings, batch) for batch in batches for r in batch}
    wanted_settings = asdict(settings)
    lines, counts = [], {}
    for line in out_path.read_text().splitlines(keepends=True):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not line.endswith("\n"):
            continue
        pid = rec["prompt_id"]
        if pid in batch_of and (rec.get("batch") != batch_of[pid] or rec.get("settings") != wanted_settings
                                or rec.get("model") != model_name):
            continue
        lines.append((pid, line))
        counts[pid] = counts.get(pid, 0) + 1
    complete = {r.prompt_id for batch in batches if all(counts.get(r.prompt_id) == n for r in batch)
                for r in batch}
    kept = [line for pid, line in lines if pid not in batch_of or pid in complete]
    if len(kept) != len(lines) or out_path.stat().st_size != sum(len(l) for l in kept):
        tmp = out_path.with_suffix(".tmp")
        tmp.write_text("".join(kept))
        os.replace(tmp, out_path)
    return complete


def read_samples(out_path: str | Path) -> list[dict]:
    out = []
    for line in Path(out_path).read_text().splitlines():
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return out


def generate_samples(model, tokenizer, requests: list[PromptRequest], *, samples_per_prompt: int,
                     out_path: str | Path, settings: SamplingSettings = SamplingSettings(), model_name: str = "",
                     progress: bool = True) -> list[dict]:
    """Sample `samples_per_prompt` completions per request; append records to `out_path` (JSONL)
    batch by batch, with the backend `model` was loaded for (`perfutils.models.load_model`).

    Each record states the seed it was drawn with and its batch. A rerun keeps the batches already
    complete on disk (same prompts, model and settings) and draws the others again, whole, so a
    resumed run writes the same samples as an uninterrupted one. Returns all records of the
    requested prompts, in request order then sample order."""
    from tqdm.auto import tqdm

    n = samples_per_prompt
    sample = generation_backend(getattr(model, "perfutils_backend", "hf")).sample
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    batches = _batches(requests, max(1, settings.batch_size // n))
    done = _keep_complete_batches(out_path, batches, n, settings, model_name)
    todo = [batch for batch in batches if batch[0].prompt_id not in done]
    bar = tqdm(total=len(requests), initial=len(done & {r.prompt_id for r in requests}), desc="prompts",
               unit="prompt", disable=not progress)
    for batch in todo:
        texts, seeds, seconds, tokens = sample(model, tokenizer, batch, n, settings)
        batch_id = _batch_id(settings, batch)
        with open(out_path, "a") as f:
            for r, outs, seed in zip(batch, texts, seeds):
                for i, raw in enumerate(outs):
                    drawn_with = seed[i] if isinstance(seed, list) else seed
                    ext = extract_candidate(raw, r.signature)
                    rec = {"model": model_name, "prompt_id": r.prompt_id, "problem_id": r.problem_id,
                           "parallelism": r.parallelism, "sample_index": i, "prompt": r.prompt,
                           "model_prompt": format_prompt(tokenizer, r.prompt), "raw": raw,
                           "completion": ext.completion, "code": ext.code, "extraction": ext.how,
                           "settings": asdict(settings), "seed": drawn_with, "batch": batch_id,
                           "batch_seconds": round(seconds, 3), "batch_new_tokens": tokens}
                    f.write(json.dumps(rec) + "\n")
            f.flush()
            os.fsync(f.fileno())
        bar.update(len(batch))
    bar.close()
    wanted = {r.prompt_id for r in requests}
    records = [rec for rec in read_samples(out_path) if rec["prompt_id"] in wanted]
    order = {r.prompt_id: k for k, r in enumerate(requests)}
    records.sort(key=lambda rec: (order[rec["prompt_id"]], rec["sample_index"]))
    return records


def dedupe_records(records: list[dict]) -> list[dict]:
    """Drop exact duplicate candidates of the same prompt (data collection only: evaluation
    needs every sample for its estimators)."""
    seen, out = set(), []
    for rec in records:
        key = (rec["prompt_id"], rec.get("code"))
        if rec.get("code") is None or key not in seen:
            seen.add(key)
            out.append(rec)
    return out
