"""Generation: prompt formatting, extraction from messy model output, resumable sampling."""

from __future__ import annotations

import json

import pytest

from perfutils.generation import (PromptRequest, SamplingSettings, candidate_to_completion, completion_end,
                                  dedupe_records, extract_candidate, format_prompt, generate_samples, read_samples)

SIG = "double sumOfSquares(std::vector<double> const& x)"
BODY = "\n  double s = 0;\n  for (double v : x) s += v * v;\n  return s;\n}"


def test_plain_completion_is_cut_at_the_closing_brace():
    ext = extract_candidate(BODY + "\n\nint main() { return 0; }\nSome prose.", SIG)
    assert ext.how == "completion"
    assert ext.code == SIG + " {" + BODY + "\n"
    assert "main" not in ext.code


def test_braces_in_strings_and_comments_do_not_count():
    body = '\n  // a { in a comment\n  const char* s = "}";\n  char c = \'{\';\n  return x.size();\n}\nmore'
    assert completion_end(body) == len(body) - len("\nmore")
    assert extract_candidate(body, SIG).how == "completion"


def test_prose_and_markdown_fences_around_a_full_function():
    raw = ("Sure! Here is a fast implementation:\n\n```cpp\n#include <vector>\n\nstatic double sq(double v) { return v * v; }\n\n"
           f"{SIG} {{\n  double s = 0;\n  for (double v : x) s += sq(v);\n  return s;\n}}\n\nint main() {{ return 0; }}\n```\n"
           "This runs in O(n).")
    ext = extract_candidate(raw, SIG)
    assert ext.how == "fenced_function"
    assert "static double sq" in ext.code and "int main" not in ext.code
    assert ext.code.rstrip().endswith("}")


def test_repeated_signature_inside_the_body():
    raw = f"\n{SIG} {{\n  double s = 0;\n  for (double v : x) s += v * v;\n  return s;\n}}\n"
    ext = extract_candidate(raw, SIG)
    assert ext.how == "repeated_signature"
    assert ext.code.count("sumOfSquares") == 1


def test_unbalanced_braces_from_truncation_are_closed():
    raw = "\n  double s = 0;\n  for (double v : x) {\n    s += v * v;\n"
    ext = extract_candidate(raw, SIG)
    assert ext.how == "truncated"
    assert ext.code.count("{") == ext.code.count("}")


@pytest.mark.parametrize("raw", ["", "   \n", "I cannot help with that.", "```\n```", "}\n", "\n  }\n"])
def test_nothing_useful_gives_no_candidate(raw):
    ext = extract_candidate(raw, SIG)
    assert ext.code is None and ext.how == "none"


def test_candidate_and_completion_round_trip():
    code = f"#include <cmath>\n{SIG} {{{BODY}\n"
    completion = candidate_to_completion(code, SIG)
    assert completion == BODY
    helper = "static double sq(double v) { return v * v; }\n" + SIG + " { return sq(x[0]); }\n"
    assert candidate_to_completion(helper, SIG) is None  # completion style cannot express helpers


class _ChatTok:
    chat_template = "x"

    def apply_chat_template(self, messages, tokenize, add_generation_prompt):
        return "".join(f"<{m['role']}>{m['content']}" for m in messages) + "<assistant>"


class _BaseTok:
    chat_template = None


def test_format_prompt_fits_chat_and_base_models():
    prompt = f"#include <vector>\n/* doc */\n{SIG} {{\n"
    assert format_prompt(_BaseTok(), prompt) == prompt.rstrip()
    chat = format_prompt(_ChatTok(), prompt)
    assert chat.startswith("<system>") and chat.endswith(SIG + " {")
    assert "```cpp\n" + SIG + " {" in chat and "#include <vector>" in chat  # task in the message


def test_dedupe_keeps_failures_and_first_of_each_code():
    recs = [{"prompt_id": "a", "code": "x"}, {"prompt_id": "a", "code": "x"}, {"prompt_id": "b", "code": "x"},
            {"prompt_id": "a", "code": None}, {"prompt_id": "a", "code": None}]
    assert len(dedupe_records(recs)) == 4


def test_sampling_with_the_tiny_model_resumes(tmp_path):
    from perfutils.models import load_model

    model, tok = load_model("tiny")
    reqs = [PromptRequest(f"p{i}/serial", f"p{i}", "serial", f"/* task {i} */\n{SIG} {{\n", SIG) for i in range(3)]
    settings = SamplingSettings(max_new_tokens=6, batch_size=4, temperature=0.7)
    out = tmp_path / "s.jsonl"
    first = generate_samples(model, tok, reqs[:2], samples_per_prompt=2, out_path=out, settings=settings,
                             progress=False)
    assert len(first) == 4
    assert {"raw", "code", "completion", "model_prompt", "settings", "seed"} <= set(first[0])
    lines_before = len(out.read_text().splitlines())
    # A rerun with one more prompt generates only for the new prompt; a torn line is ignored.
    with open(out, "a") as f:
        f.write('{"prompt_id": "p2/serial", "broken')
    again = generate_samples(model, tok, reqs, samples_per_prompt=2, out_path=out, settings=settings,
                             progress=False)
    assert len(again) == 6
    assert [r["raw"] for r in again[:4]] == [r["raw"] for r in first]
    recs = read_samples(out)
    assert len(recs) == lines_before + 2
    assert sorted({r["prompt_id"] for r in recs}) == ["p0/serial", "p1/serial", "p2/serial"]
    assert all(json.dumps(r) for r in recs)


def test_a_resumed_sampling_run_writes_what_an_uninterrupted_one_does(tmp_path):
    """Sampling killed in the middle of a batch, then resumed: the same records, each with the seed
    it was really drawn with, as one run that was never interrupted."""
    from perfutils.generation import _sample_transformers
    from perfutils.models import load_model

    model, tok = load_model("tiny")
    reqs = [PromptRequest(f"p{i}/serial", f"p{i}", "serial", f"/* task {i} */\n{SIG} {{\n", SIG) for i in range(5)]
    settings = SamplingSettings(max_new_tokens=6, batch_size=4, temperature=0.9)  # 2 prompts x 2 samples a batch

    def sample(path, requests):
        return generate_samples(model, tok, requests, samples_per_prompt=2, out_path=path, settings=settings,
                                progress=False)

    def drawn(records):
        return [{k: v for k, v in r.items() if k not in ("batch_seconds", "batch_new_tokens")} for r in records]

    whole = sample(tmp_path / "whole.jsonl", reqs)
    # Killed while writing the second batch (p2, p3): p2's samples are on disk, p3's are not, the
    # last line is torn. Resuming must draw p2 and p3 again together, as the whole run did.
    lines = (tmp_path / "whole.jsonl").read_text().splitlines(keepends=True)
    killed = tmp_path / "killed.jsonl"
    killed.write_text("".join(lines[:6]) + lines[6][:40])
    assert drawn(sample(killed, reqs)) == drawn(whole)
    assert drawn(read_samples(killed)) == drawn(whole)

    # The seed a record states is the one its batch was drawn with.
    batches = {}
    for rec in whole:
        batches.setdefault(rec["batch"], []).append(rec)
    assert len(batches) == 3
    for records in batches.values():
        batch = [r for r in reqs if r.prompt_id in {rec["prompt_id"] for rec in records}]
        texts, seeds, _, _ = _sample_transformers(model, tok, batch, 2, settings)
        assert {rec["seed"] for rec in records} == set(seeds) and len(set(seeds)) == 1
        assert [rec["raw"] for rec in records] == [text for outs in texts for text in outs]

    # Samples drawn with other settings are never reused: the prompts are drawn again.
    hotter = SamplingSettings(max_new_tokens=6, batch_size=4, temperature=0.5)
    again = generate_samples(model, tok, reqs, samples_per_prompt=2, out_path=killed, settings=hotter, progress=False)
    assert len(again) == 10 and all(r["settings"]["temperature"] == 0.5 for r in read_samples(killed))


# ------------------------------------------------------------------ generation backend (vLLM)
@pytest.mark.parametrize("vllm, llamacpp, choice, expected", [
    (False, False, "hf", "hf"), (False, False, "auto", "hf"), (True, True, "auto", "vllm"),
    (False, True, "auto", "llamacpp"), (True, False, "vllm", "vllm"), (True, True, "hf", "hf")])
def test_generation_backend_resolves_auto_to_the_first_that_can_run(monkeypatch, vllm, llamacpp, choice, expected):
    """auto: vLLM where it can run (a GPU), else llama.cpp where setup built it, else transformers."""
    from perfutils import generation

    _backend_usable_here(monkeypatch, lambda: (vllm, "" if vllm else "no GPU here"))
    _backend_usable_here(monkeypatch, lambda: (llamacpp, "" if llamacpp else "not built"), name="llamacpp")
    assert generation.resolve_generation_backend(choice) == expected


def _backend_usable_here(monkeypatch, usable, name="vllm"):
    """Pretend a backend (vLLM by default) can (or cannot) run here, in the registry the backends
    are chosen from."""
    import dataclasses

    from perfutils import generation

    backend = dataclasses.replace(generation.GENERATION_BACKENDS[name], usable=usable)
    monkeypatch.setitem(generation.GENERATION_BACKENDS, name, backend)


def test_generation_backend_refuses_vllm_where_it_cannot_run_and_unknown_names(monkeypatch):
    from perfutils import generation
    from perfutils.errors import UsageError

    _backend_usable_here(monkeypatch, lambda: (False, "vLLM is installed but no CUDA GPU is visible"))
    with pytest.raises(UsageError, match="no CUDA GPU is visible; use 'hf' or 'auto'"):
        generation.resolve_generation_backend("vllm")
    with pytest.raises(UsageError, match="unknown generation_backend 'vlm'; choose one of auto, hf, vllm, llamacpp"):
        generation.resolve_generation_backend("vlm")


def test_vllm_usable_says_why_not_on_this_machine():
    import importlib.util

    from perfutils.generation import _vllm_usable

    if importlib.util.find_spec("vllm") is not None:
        pytest.skip("vLLM is installed here")
    usable, why = _vllm_usable()
    assert not usable and "pip install -e '.[gpu]'" in why


def test_vllm_lora_rank_is_the_smallest_accepted_rank_that_fits_every_adapter(tmp_path):
    from perfutils.generation import vllm_lora_rank

    def adapter(name, r):
        d = tmp_path / name
        d.mkdir()
        (d / "adapter_config.json").write_text(json.dumps({"r": r, "lora_alpha": 2 * r}))
        return d

    a4, a16, a64, a600 = adapter("a4", 4), adapter("a16", 16), adapter("a64", 64), adapter("a600", 600)
    assert vllm_lora_rank([None]) is None
    assert vllm_lora_rank([None, a4]) == 8
    assert vllm_lora_rank([a16, None, a4]) == 16
    assert vllm_lora_rank([a16, a64]) == 64
    with pytest.raises(ValueError, match="LoRA rank 600 is above vLLM's largest"):
        vllm_lora_rank([a600])


def test_a_registered_backend_loads_through_load_model_and_samples_its_own_models(monkeypatch, tmp_path):
    """The place another backend (llama.cpp) plugs in: what load_model gives for a backend is sampled
    by that backend, and an adapter reaches its loader (vLLM applies it per request this way)."""
    from perfutils import generation
    from perfutils.errors import UsageError
    from perfutils.models import load_model

    class Handle:
        perfutils_backend = "echo"

        def __init__(self, adapter):
            self.adapter = adapter

    def load(name, *, adapter=None, cache_dir=None):
        return Handle(adapter), _BaseTok()

    def sample(model, tokenizer, batch, samples_per_prompt, settings):
        return [[f"\n  return {model.adapter}.size();\n}}"] * samples_per_prompt for _ in batch], [7] * len(batch), 0.5, 3

    monkeypatch.setitem(generation.GENERATION_BACKENDS, "echo",
                        generation.GenerationBackend("echo", sample=sample, load=load))
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text("{}")
    model, tok = load_model("any", backend="echo", adapter=adapter)
    reqs = [PromptRequest("p/serial", "p", "serial", f"{SIG} {{\n", SIG)]
    records = generate_samples(model, tok, reqs, samples_per_prompt=2, out_path=tmp_path / "s.jsonl", progress=False)
    assert [r["code"] for r in records] == [f"{SIG} {{\n  return {adapter}.size();\n}}\n"] * 2
    with pytest.raises(UsageError, match="samples completions only"):
        load_model("any", backend="echo", trainable=True)


def test_evaluate_models_refuses_a_bad_backend_or_executor_before_sampling(tmp_path):
    from perfutils.evaluation import evaluate_models

    with pytest.raises(ValueError, match="backend must be 'hf' or 'vllm' or 'llamacpp'"):
        evaluate_models({"base": None}, "tiny", [], samples_per_prompt=1, out_dir=tmp_path, settings=SamplingSettings(),
                        backend="auto")
    with pytest.raises(ValueError, match="unknown executor 'slurm': use local or ray"):
        evaluate_models({"base": None}, "tiny", [], samples_per_prompt=1, out_dir=tmp_path,
                        settings=SamplingSettings(), executor="slurm")
    assert not list(tmp_path.glob("samples_*.jsonl"))
