"""llama.cpp generation (perfutils.llamacpp) against transformers, on the tiny model.

The tiny checkpoint is converted to a float32 GGUF by llama.cpp's own converter, so both engines
compute the same function and may differ only by float noise: prompt token ids must be
identical, greedy continuations identical (or split only where the two best logits were within
noise), and an adapter's next-token log-probabilities within LOGPROB_TOLERANCE of transformers +
PEFT. Skipped where llama.cpp is not installed (scripts/setup.sh builds it on CPU machines).
"""

from __future__ import annotations

import json
import sys

import numpy as np
import pytest

from perfutils.generation import PromptRequest, SamplingSettings, completion_end, format_prompt
from perfutils.llamacpp import (AdapterConversionError, LlamaCppNotInstalledError, adapter_gguf,
                                llamacpp_usable)

USABLE, WHY = llamacpp_usable()
needs_llamacpp = pytest.mark.skipif(not USABLE, reason=f"llama.cpp is not installed here: {WHY}")

GREEDY_TOKENS = 64
PROMPTS = 20
# Float32 on both sides: logits agree to ~1e-5 here; a greedy split is explained when the two
# candidate tokens' logits were closer than this on the transformers side.
LOGIT_NOISE = 1e-3
# Adapter applied by llama.cpp at run time vs merged into the forward pass by PEFT: measured
# ~3e-4 on the tiny model (float32 everywhere, the LoRA path summed in another order).
LOGPROB_TOLERANCE = 2e-3


@pytest.fixture(scope="module")
def tiny(tiny_checkpoint):
    from perfutils.models import load_model

    return load_model("tiny")


@pytest.fixture(scope="module")
def generator(tiny_checkpoint):
    from perfutils.llamacpp import LlamaCppGenerator

    if not USABLE:
        pytest.skip(f"llama.cpp is not installed here: {WHY}")
    generator = LlamaCppGenerator("tiny", max_sequences=8)
    yield generator
    generator.close()


@pytest.fixture(scope="module")
def prompts(tiny):
    from perfutils.problems import PROBLEMS_ROOT, load_problems

    _, tok = tiny
    problems = sorted(load_problems(PROBLEMS_ROOT / "train"), key=lambda p: p.id)[:PROMPTS // 2]
    texts = [format_prompt(tok, p.prompt(par)) for p in problems for par in ("serial", "omp")]
    return [tok(t, add_special_tokens=False)["input_ids"] for t in texts], texts


def _log_softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max()
    return shifted - np.log(np.exp(shifted).sum())


@needs_llamacpp
def test_prompt_token_ids_are_the_transformers_tokenizers(generator, tiny, monkeypatch):
    """llama.cpp is fed the ids transformers' tokenizer makes of `format_prompt`'s text."""
    _, tok = tiny
    sig = "double f(std::vector<double> const& x)"
    reqs = [PromptRequest("p/serial", "p", "serial", f"/* the sum of 2N values */\n{sig} {{\n", sig)]
    fed = []
    real = generator.generate_ids
    monkeypatch.setattr(generator, "generate_ids", lambda prompts, n, **kw: fed.extend(prompts) or real(prompts, n, **kw))
    generator.generate(tok, reqs, 1, SamplingSettings(max_new_tokens=2))
    assert fed == [tok(format_prompt(tok, reqs[0].prompt), add_special_tokens=False)["input_ids"]]


@needs_llamacpp
def test_llamacpp_tokenizer_segments_some_prompts_differently(generator, tiny, prompts):
    """Why the generator feeds transformers' ids: llama.cpp's own tokenizer of SmolLM2 (the tiny
    model's) splits some whitespace-before-digit runs differently ("\n   " "2" vs "\n  " " 2";
    4 of the 60 prompts of the first 30 train problems); the text is the same, the ids not.
    Qwen2.5-Coder's agrees on all 60 (benchmarks/README.md)."""
    lib = generator.llama_cpp
    _, tok = tiny
    ids, texts = prompts
    for expected, text in zip(ids, texts):
        data = text.encode()
        buffer = (lib.llama_token * (len(expected) + 64))()
        count = lib.llama_tokenize(generator.vocab, data, len(data), buffer, len(buffer), False, True)
        theirs = list(buffer[:count])
        assert theirs == expected or tok.decode(theirs) == tok.decode(expected) == text


@needs_llamacpp
def test_greedy_continuations_match_transformers(generator, tiny, prompts):
    """64 greedy tokens on 20 prompts, all prompts decoded together: identical to transformers,
    or the first split explained by logits within float noise."""
    import torch

    model, tok = tiny
    ids, _ = prompts
    ours, stats = generator.generate_ids(ids, 1, max_new_tokens=GREEDY_TOKENS)
    assert stats.prompt_tokens == sum(map(len, ids))
    identical, explained = 0, []
    for prompt, [continuation] in zip(ids, ours):
        with torch.inference_mode():
            out = model.generate(torch.tensor([prompt]), max_new_tokens=GREEDY_TOKENS, do_sample=False,
                                 pad_token_id=tok.pad_token_id)
        theirs = out[0, len(prompt):].tolist()
        if theirs == continuation:
            identical += 1
            continue
        split = next(i for i, (a, b) in enumerate(zip(theirs, continuation)) if a != b)
        with torch.inference_mode():
            logits = model(torch.tensor([prompt + theirs[:split]])).logits[0, -1].numpy()
        gap = abs(float(logits[theirs[split]] - logits[continuation[split]]))
        assert gap < LOGIT_NOISE, f"greedy split at token {split} with a logit gap of {gap}"
        explained.append(gap)
    assert identical + len(explained) == len(ids) >= 20
    assert identical >= len(ids) // 2, f"only {identical} of {len(ids)} identical"


@needs_llamacpp
def test_next_token_logits_match_transformers(generator, tiny, prompts):
    import torch

    model, _ = tiny
    prompt = prompts[0][0]
    with torch.inference_mode():
        theirs = model(torch.tensor([prompt])).logits[0, -1].numpy()
    assert np.abs(generator.next_token_logits(prompt) - theirs).max() < LOGIT_NOISE


@needs_llamacpp
def test_samples_share_the_prompt_and_have_their_own_seeds(generator, prompts):
    ids, _ = prompts
    greedy, _ = generator.generate_ids(ids[:2], 3, max_new_tokens=8)
    assert all(s == per[0] for per in greedy for s in per)  # the copied prompt cache is the prompt's
    seeds = [[11, 12, 13], [21, 22, 23]]
    sampled, _ = generator.generate_ids(ids[:2], 3, max_new_tokens=8, temperature=1.0, top_p=0.95, seeds=seeds)
    again, _ = generator.generate_ids(ids[:2], 3, max_new_tokens=8, temperature=1.0, top_p=0.95, seeds=seeds)
    assert sampled == again
    assert len({tuple(s) for per in sampled for s in per}) > 1
    stopped, _ = generator.generate_ids(ids[:1], 2, max_new_tokens=8, stop=lambda seq: len(seq) >= 3)
    assert [len(s) for s in stopped[0]] == [3, 3]


@needs_llamacpp
def test_generate_returns_what_the_transformers_path_returns(generator, tiny):
    _, tok = tiny
    sig = "int f(int x)"
    reqs = [PromptRequest(f"p{i}/serial", f"p{i}", "serial", f"/* task {i} */\n{sig} {{\n", sig) for i in range(3)]
    texts, seconds, tokens = generator.generate(tok, reqs, 2, SamplingSettings(max_new_tokens=6, temperature=0.7))
    assert [len(t) for t in texts] == [2, 2, 2] and seconds > 0 and 0 < tokens <= 3 * 2 * 6
    assert all(isinstance(t, str) and (completion_end(t) in (-1, len(t))) for per in texts for t in per)


@needs_llamacpp
def test_adapter_log_probabilities_match_transformers_and_peft(generator, tiny, prompts, tmp_path):
    import torch
    from peft import LoraConfig, PeftModel, get_peft_model

    from perfutils.models import load_model

    model, _ = load_model("tiny")
    torch.manual_seed(0)
    # init_lora_weights=False: B is random too, so the adapter changes the output from the start.
    get_peft_model(model, LoraConfig(r=8, lora_alpha=16, target_modules="all-linear",
                                     init_lora_weights=False)).save_pretrained(tmp_path / "adapter")
    base, _ = load_model("tiny")
    adapted = PeftModel.from_pretrained(base, str(tmp_path / "adapter")).eval()
    try:
        generator.set_adapter(tmp_path / "adapter")
        for prompt in prompts[0][:4]:
            with torch.inference_mode():
                theirs = torch.log_softmax(adapted(torch.tensor([prompt])).logits[0, -1], -1).numpy()
                with adapted.disable_adapter():
                    unadapted = torch.log_softmax(adapted(torch.tensor([prompt])).logits[0, -1], -1).numpy()
            ours = _log_softmax(generator.next_token_logits(prompt))
            assert np.abs(ours - theirs).max() < LOGPROB_TOLERANCE
            assert np.abs(theirs - unadapted).max() > 100 * LOGPROB_TOLERANCE  # the adapter matters
        generator.set_adapter(None)
        ours = _log_softmax(generator.next_token_logits(prompts[0][3]))
        assert np.abs(ours - unadapted).max() < LOGPROB_TOLERANCE
    finally:
        generator.set_adapter(None)


@needs_llamacpp
def test_a_warm_converter_writes_the_same_adapter_gguf_and_reports_failures(tiny_checkpoint, tmp_path):
    """LoraConverter (RLPF converts an adapter every step) gives the GGUF a converter process of its
    own gives, byte for byte, job after job; a failing job gets the converter's reason and the
    worker goes on."""
    import torch
    from peft import LoraConfig, get_peft_model

    from perfutils.llamacpp import LoraConverter
    from perfutils.models import load_model

    model, _ = load_model("tiny")
    torch.manual_seed(0)
    model = get_peft_model(model, LoraConfig(r=8, lora_alpha=16, target_modules="all-linear", init_lora_weights=False))
    model.save_pretrained(tmp_path / "one")
    with torch.no_grad():
        next(w for name, w in model.named_parameters() if "lora_B" in name).add_(1.0)
    model.save_pretrained(tmp_path / "two")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "adapter_config.json").write_text((tmp_path / "one" / "adapter_config.json").read_text())
    (broken / "adapter_model.safetensors").write_bytes(b"not safetensors")
    alone = adapter_gguf(tmp_path / "one", tiny_checkpoint, dest_dir=tmp_path / "alone")
    converter = LoraConverter()
    try:
        warm = [adapter_gguf(tmp_path / name, tiny_checkpoint, dest_dir=tmp_path / "warm", converter=converter)
                for name in ("one", "two")]
        with pytest.raises(AdapterConversionError, match="could not convert the adapter .*broken"):
            adapter_gguf(broken, tiny_checkpoint, dest_dir=tmp_path / "warm", converter=converter)
        again = adapter_gguf(tmp_path / "two", tiny_checkpoint, dest_dir=tmp_path / "again", converter=converter)
    finally:
        converter.close()
    assert warm[0].read_bytes() == alone.read_bytes()
    assert warm[1].read_bytes() != warm[0].read_bytes() and again.read_bytes() == warm[1].read_bytes()


# ------------------------------------------------------------------ bad input
def test_adapter_folder_without_config_is_refused(tmp_path, tiny_checkpoint):
    with pytest.raises(AdapterConversionError, match="no adapter_config.json"):
        adapter_gguf(tmp_path, tiny_checkpoint)
    (tmp_path / "adapter_config.json").write_text(json.dumps({"peft_type": "IA3"}))
    with pytest.raises(AdapterConversionError, match="IA3 adapter; llama.cpp runs LoRA adapters only"):
        adapter_gguf(tmp_path, tiny_checkpoint)


@needs_llamacpp
def test_adapter_the_converter_rejects_gets_its_reason(tmp_path, tiny_checkpoint):
    (tmp_path / "adapter_config.json").write_text(json.dumps(
        {"peft_type": "LORA", "r": 8, "lora_alpha": 16, "target_modules": ["q_proj"], "base_model_name_or_path": "x"}))
    (tmp_path / "adapter_model.safetensors").write_bytes(b"not safetensors")
    with pytest.raises(AdapterConversionError, match="convert_lora_to_gguf.py could not convert the adapter"):
        adapter_gguf(tmp_path, tiny_checkpoint)


def test_missing_llamacpp_says_what_to_install(monkeypatch, tiny_checkpoint):
    from perfutils.llamacpp import LlamaCppGenerator

    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # import llama_cpp now raises ImportError
    usable, why = llamacpp_usable()
    assert not usable and "scripts/setup.sh" in why and "pip install llama-cpp-python==" in why
    with pytest.raises(LlamaCppNotInstalledError, match="generation_backend 'llamacpp'.*use generation_backend 'hf'"):
        LlamaCppGenerator("tiny")


def test_setup_builds_the_version_the_module_expects(repo_root):
    from perfutils.llamacpp import LLAMA_CPP_PYTHON_VERSION

    assert f"LLAMACPP_VERSION={LLAMA_CPP_PYTHON_VERSION}" in (repo_root / "scripts" / "setup.sh").read_text()
