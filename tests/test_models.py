"""Tests of perfutils.models: loading the embedded models, the tiny test model and checkpoints,
with an adapter and for a backend, and the errors that say what was tried."""

from __future__ import annotations

import os

import pytest

from perfutils import model_sources
from perfutils.errors import UsageError
from perfutils.generation import generate_completion
from perfutils.model_sources import ModelNotFoundError, resolve_model
from perfutils.models import load_model

SENTENCE = "The capital of France is Paris. It is known for the Eiffel Tower and its museums."


def _mean_token_loss(model, tokenizer, text: str) -> float:
    import torch

    ids = tokenizer(text, return_tensors="pt")["input_ids"]
    with torch.inference_mode():
        return float(model(input_ids=ids, labels=ids).loss)


# --------------------------------------------------------------------------- embedded SmolLM2


def test_smollm2_loads_offline_and_generates(smollm2_checkpoint, no_network):
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    model, tokenizer = load_model("smollm2-135m-instruct")

    assert model.config.model_type == "llama"
    assert tokenizer.pad_token is not None and tokenizer.chat_template
    chat = tokenizer.apply_chat_template([{"role": "user", "content": "hi"}],
                                         add_generation_prompt=True, tokenize=False)
    assert chat.rstrip().endswith("assistant")
    # Real (dequantized) weights model English; random weights sit near ln(49152) = 10.8.
    assert _mean_token_loss(model, tokenizer, SENTENCE) < 4.0

    completion = generate_completion(model, tokenizer, "int add(int a, int b) {",
                                     max_new_tokens=8)
    assert completion.new_tokens > 0 and completion.text.strip()
    assert completion.tokens_per_second > 0


def test_second_load_does_not_convert(smollm2_checkpoint, monkeypatch):
    weights = smollm2_checkpoint / "model.safetensors"
    before = weights.stat().st_mtime_ns

    def must_not_run(*args, **kwargs):
        raise AssertionError("converted again although the checkpoint is cached")

    monkeypatch.setattr(model_sources, "convert_gguf", must_not_run)
    monkeypatch.setattr(model_sources, "pip_download", must_not_run)
    assert resolve_model("smollm2-135m-instruct") == smollm2_checkpoint
    load_model("smollm2-135m-instruct")
    assert weights.stat().st_mtime_ns == before


# --------------------------------------------------------------------------- tiny model


def test_tiny_model_is_small_seeded_and_uses_the_real_tokenizer(tiny_checkpoint, smollm2_checkpoint):
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    model, tokenizer = load_model("tiny")
    real_tokenizer = AutoTokenizer.from_pretrained(smollm2_checkpoint)
    assert tokenizer.get_vocab() == real_tokenizer.get_vocab()
    assert model.config.vocab_size == len(tokenizer)
    assert (model.config.num_hidden_layers, model.config.hidden_size) == (2, 64)
    assert model.num_parameters() < 5e6

    torch.manual_seed(model_sources.TINY_SEED)
    rebuilt = LlamaForCausalLM(LlamaConfig.from_pretrained(tiny_checkpoint))
    for name, tensor in rebuilt.state_dict().items():
        assert torch.equal(tensor, model.state_dict()[name]), name

    completion = generate_completion(model, tokenizer, "int main() {", max_new_tokens=5)
    assert completion.new_tokens == 5


def test_sequence_classification_task_gives_one_score_per_sequence(tiny_checkpoint):
    import torch

    model, tokenizer = load_model("tiny", task="sequence-classification")
    assert model.config.num_labels == 1
    assert model.config.pad_token_id == tokenizer.pad_token_id is not None
    batch = tokenizer(["int f() { return 1; }", "int g(int x) { return x * x + 1; }"],
                      return_tensors="pt", padding=True)
    with torch.inference_mode():
        scores = model(**batch).logits
    assert scores.shape == (2, 1)


def test_dtype_is_applied(tiny_checkpoint):
    import torch

    model, _ = load_model("tiny", dtype="bfloat16")
    assert model.dtype == torch.bfloat16


def test_default_device_is_the_gpu_when_there_is_one(tiny_checkpoint):
    import torch

    model, _ = load_model("tiny")
    assert model.device.type == ("cuda" if torch.cuda.is_available() else "cpu")
    model, _ = load_model("tiny", device="cpu")
    assert model.device.type == "cpu"


# --------------------------------------------------------------------------- errors


def test_unknown_name_says_what_was_tried():
    with pytest.raises(ModelNotFoundError) as raised:
        load_model("no-such-model")
    message = str(raised.value)
    assert "no-such-model" in message and "Tried" in message
    for name in model_sources.MODELS:
        assert name in message
    assert isinstance(raised.value, FileNotFoundError)


def test_broken_paths_are_refused(tmp_path):
    with pytest.raises(ModelNotFoundError, match="no config.json"):
        load_model(tmp_path)
    with pytest.raises(ModelNotFoundError, match="a checkpoint is a directory"):
        (tmp_path / "weights.bin").write_bytes(b"\0")
        load_model(tmp_path / "weights.bin")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "config.json").write_text("{ not json")
    with pytest.raises(ModelNotFoundError, match="loading .* failed") as raised:
        load_model(broken)
    assert "smollm2-135m-instruct" in str(raised.value)
    with pytest.raises(ModelNotFoundError, match="not an existing directory"):
        load_model("./no/such/dir")


def test_hub_id_without_network_fails_with_the_names_tried():
    with pytest.raises(ModelNotFoundError, match="hub id") as raised:
        load_model("nonexistent-org/nonexistent-model")
    assert "tiny" in str(raised.value)


def test_unknown_task_and_dtype_are_refused(tiny_checkpoint):
    with pytest.raises(UsageError, match="valid tasks"):
        load_model("tiny", task="seq2seq")
    with pytest.raises(UsageError, match="unknown dtype"):
        load_model("tiny", dtype="float17")
    with pytest.raises(UsageError, match="unknown device"):
        load_model("tiny", device="gpu0")


# --------------------------------------------------------------------------- with an adapter


@pytest.fixture(scope="module")
def tiny_adapter(tmp_path_factory, tiny_checkpoint):
    """A LoRA adapter of the tiny model whose weights are not zero (so that it changes the output)."""
    import torch
    from peft import LoraConfig, get_peft_model

    model, _ = load_model("tiny")
    torch.manual_seed(0)
    adapter = tmp_path_factory.mktemp("adapter")
    get_peft_model(model, LoraConfig(r=4, target_modules="all-linear", init_lora_weights=False)).save_pretrained(adapter)
    return adapter


def test_an_adapter_loads_for_inference_for_training_or_merged(tiny_adapter):
    import torch
    from peft import PeftModel

    model, tokenizer = load_model("tiny", adapter=tiny_adapter)
    assert isinstance(model, PeftModel) and not model.training
    assert not any(p.requires_grad for name, p in model.named_parameters() if "lora_" in name)
    trainable, _ = load_model("tiny", adapter=tiny_adapter, trainable=True)
    assert any(p.requires_grad for name, p in trainable.named_parameters() if "lora_" in name)
    merged, _ = load_model("tiny", adapter=tiny_adapter, merge=True)
    assert not isinstance(merged, PeftModel)
    base, _ = load_model("tiny")
    ids = tokenizer("int f() {", return_tensors="pt")
    with torch.inference_mode():
        adapted = model(**ids).logits
        assert torch.allclose(adapted, merged(**ids).logits, atol=1e-4)
        assert not torch.allclose(adapted, base(**ids).logits, atol=1e-4)


def test_a_folder_without_an_adapter_is_refused_before_loading(tmp_path):
    with pytest.raises(UsageError, match="not an adapter folder"):
        load_model("no-such-model", adapter=tmp_path)
    with pytest.raises(UsageError, match="unknown generation_backend 'llama'"):
        load_model("tiny", backend="llama")
