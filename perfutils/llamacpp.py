"""Generation on llama.cpp from the embedded GGUF weights (CPU), with PEFT adapters.

    from perfutils.llamacpp import LlamaCppGenerator
    generator = LlamaCppGenerator("qwen2.5-coder-1.5b-instruct", adapter="runs/R/03_sft/adapter")
    texts, seconds, new_tokens = generator.generate(tokenizer, requests, n=4, settings=settings)

Same contract as the transformers path (`perfutils.generation`'s "hf" backend): the HF tokenizer
formats and tokenizes the prompt (`format_prompt`) and llama.cpp is fed those token ids, so
prompts are identical token for token; a sequence stops at EOS, at `max_new_tokens` or when the
function's closing brace closes (`completion_end` on the decoded text, as `FunctionEnd` does);
texts are decoded by the same tokenizer and cut at the closing brace.

How it is fast: the base model runs from the GGUF as shipped (Q4, llama.cpp's quantized
kernels, built natively with AVX-512/VNNI where the CPU has them), each prompt is evaluated once
and its KV cache copied to its n samples, and every live sequence of every prompt in the batch
advances in one decode call per step (no padding: finished sequences leave the batch).

Adapters are converted to llama.cpp LoRA GGUFs (float32, so the adapter loses no precision) and
applied at run time on top of the same quantized base: base and adapted models go through the
same path. Converted adapters and GGUFs are cached by content hash in the model cache.

llama.cpp comes from `llama-cpp-python`, built from source by `scripts/setup.sh`; the converters
(`convert_hf_to_gguf.py`, `convert_lora_to_gguf.py`) are those of the llama.cpp it vendors.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

from .errors import PerfutilsError, UsageError
from .generation import PromptRequest, SamplingSettings, _seed_for, completion_end, format_prompt

log = logging.getLogger(__name__)

# The llama-cpp-python release scripts/setup.sh builds; its sdist also carries the converters.
LLAMA_CPP_PYTHON_VERSION = "0.3.36"
INSTALL_HINT = (f"build it with 'bash scripts/setup.sh' (on a machine without a GPU it builds "
                f"llama-cpp-python=={LLAMA_CPP_PYTHON_VERSION} from source, about 6 minutes on 2 cores; "
                f"needs g++ and cmake), or 'pip install llama-cpp-python=={LLAMA_CPP_PYTHON_VERSION} sentencepiece'; "
                "or use generation_backend 'hf'")
# transformers samples with top_k=50 unless the checkpoint's generation config sets it (the
# embedded checkpoints set none), so the transformers path samples from the top 50; so do we.
HF_DEFAULT_TOP_K = 50
# Converted HF checkpoints (the tiny test model, local checkpoints) keep float32 weights, so
# llama.cpp computes what transformers computes up to float noise.
CHECKPOINT_GGUF_TYPE = "f32"
# LoRA GGUFs keep the adapter's float32 weights exactly; the base stays as shipped.
ADAPTER_GGUF_TYPE = "f32"


class LlamaCppNotInstalledError(UsageError):
    """generation_backend 'llamacpp' where llama-cpp-python cannot be imported."""


class AdapterConversionError(UsageError):
    """A PEFT adapter that llama.cpp's converter cannot turn into a LoRA GGUF."""


def llamacpp_usable() -> tuple[bool, str]:
    """Whether llama.cpp can generate here, and if not, why (with what to install)."""
    try:
        import llama_cpp  # noqa: F401
    except (ImportError, OSError) as error:  # OSError: the shared library failed to load
        return False, f"llama-cpp-python is not importable ({type(error).__name__}: {error}); {INSTALL_HINT}"
    return True, ""


def _llama_cpp():
    usable, why = llamacpp_usable()
    if not usable:
        raise LlamaCppNotInstalledError(f"generation_backend 'llamacpp': {why}.")
    import llama_cpp

    # llama.cpp logs every tensor it loads; keep its errors only.
    logging.getLogger("llama-cpp-python").setLevel(logging.ERROR)
    return llama_cpp


def machine_cores() -> int:
    """The cores this process may run on (what llama.cpp's threads should match)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


# --------------------------------------------------------------------------- files


def _sha256_files(paths: Sequence[Path], *extra: str) -> str:
    digest = hashlib.sha256()
    for part in extra:
        digest.update(part.encode() + b"\0")
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


def _cache_root(cache_dir: str | os.PathLike | None) -> Path:
    from .layout import model_cache_dir

    return model_cache_dir(cache_dir) / "llamacpp"


@contextlib.contextmanager
def _locked(root: Path, name: str):
    from filelock import FileLock

    (root / "locks").mkdir(parents=True, exist_ok=True)
    with FileLock(str(root / "locks" / f"{name}.lock")):
        yield


def converter_dir(cache_dir: str | os.PathLike | None = None) -> Path:
    """llama.cpp's GGUF converters (`convert_hf_to_gguf.py`, `convert_lora_to_gguf.py`, their
    `conversion` package and `gguf-py`), from the llama-cpp-python sdist of the installed version.

    The sdist is the one `scripts/setup.sh` built from when it is in `<cache>/llamacpp/`, else
    pip downloads it there (76 MB, once). Only the converters are unpacked, next to it."""
    llama_cpp = _llama_cpp()
    version = llama_cpp.__version__
    root = _cache_root(cache_dir)
    dest = root / f"convert-{version}"
    if (dest / "convert_lora_to_gguf.py").is_file():
        return dest
    with _locked(root, f"convert-{version}"):
        if (dest / "convert_lora_to_gguf.py").is_file():
            return dest
        sdist = root / f"llama_cpp_python-{version}.tar.gz"
        if not sdist.is_file():
            log.info("downloading the llama-cpp-python %s sdist for llama.cpp's GGUF converters", version)
            with tempfile.TemporaryDirectory(dir=root) as tmp:
                command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                           "--disable-pip-version-check", "-d", tmp, f"llama-cpp-python=={version}"]
                process = subprocess.run(command, capture_output=True, text=True)
                found = list(Path(tmp).glob("*.tar.gz"))
                if process.returncode != 0 or not found:
                    raise PerfutilsError(
                        f"pip could not download the llama-cpp-python {version} sdist, which carries "
                        f"llama.cpp's GGUF converters: {_tail(process.stderr, 1)}. Put "
                        f"llama_cpp_python-{version}.tar.gz into {root} yourself.")
                os.replace(found[0], sdist)
        prefix = f"llama_cpp_python-{version}/vendor/llama.cpp/"
        wanted = ("convert_hf_to_gguf.py", "convert_lora_to_gguf.py", "conversion/", "gguf-py/gguf/")
        with tempfile.TemporaryDirectory(dir=root) as tmp:
            with tarfile.open(sdist) as archive:
                members = [m for m in archive.getmembers()
                           if m.name.startswith(prefix) and m.name[len(prefix):].startswith(wanted)
                           and (m.isfile() or m.isdir())]
                for member in members:
                    member.name = member.name[len(prefix):]
                # The "data" filter (no links out, no special files) where this Python has it.
                safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
                archive.extractall(tmp, members=members, **safe)
            if dest.exists():
                shutil.rmtree(dest)
            os.replace(tmp, dest)
            os.makedirs(tmp)  # TemporaryDirectory removes it on exit
    return dest


def _converter_env() -> dict[str, str]:
    # NO_LOCAL_GGUF unset: the converter puts its own gguf-py first, the version it was written for.
    env = {k: v for k, v in os.environ.items() if k != "NO_LOCAL_GGUF"}
    env.setdefault("HF_HUB_OFFLINE", "1")
    return env


def _run_converter(script: str, args: Sequence[str], *, cache_dir,
                   worker: LoraConverter | None = None) -> subprocess.CompletedProcess:
    """Run one of llama.cpp's converters on `args`: in a process of its own, or in `worker`."""
    if worker is not None:
        return worker.run(script, args)
    convert = converter_dir(cache_dir)
    return subprocess.run([sys.executable, str(convert / script), *args], capture_output=True, text=True,
                          cwd=convert, env=_converter_env())


# The worker of LoraConverter: runs a converter script as __main__ for each job it reads (one JSON
# line on stdin: script and arguments) and answers one JSON line (exit status, the script's output)
# on its stdout, which nothing else writes to: the scripts' Python output is collected per job,
# and anything written to file descriptor 1 below Python goes to stderr.
_WORKER = r"""
import io, json, logging, os, runpy, sys, traceback

answers = os.fdopen(os.dup(1), "w")
os.dup2(2, 1)


class JobOutput(io.TextIOBase):
    text = []

    def write(self, part):
        JobOutput.text.append(part)
        return len(part)


sys.stdout = sys.stderr = JobOutput()
logging.basicConfig(level=logging.INFO, stream=sys.stderr)  # the scripts' own basicConfig is then a no-op
path = list(sys.path)
for line in sys.stdin.buffer:
    job = json.loads(line)
    JobOutput.text = []
    sys.argv = [job["script"], *job["args"]]
    sys.path[:] = path  # each run puts the converters' gguf-py in front again
    try:
        runpy.run_path(job["script"], run_name="__main__")
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    except BaseException:
        traceback.print_exc()
        code = 1
    answers.write(json.dumps({"returncode": code, "output": "".join(JobOutput.text)[-20000:]}) + "\n")
    answers.flush()
"""


class LoraConverter:
    """llama.cpp's converters kept loaded in one worker process, for a run that converts an
    adapter at every step (RLPF's rollouts): a conversion then takes a fraction of a second
    instead of the ~4 s that starting Python and importing torch and transformers cost (measured
    on two cores for a SmolLM2 adapter; the GGUF is byte for byte the same). A process of its own,
    not this one: the converters import their own `gguf` package, which must not meet the one
    transformers imports here. Started on first use; `close` ends it."""

    def __init__(self, cache_dir: str | os.PathLike | None = None):
        self.cache_dir = cache_dir
        self.process: subprocess.Popen | None = None

    def run(self, script: str, args: Sequence[str]) -> subprocess.CompletedProcess:
        """What `subprocess.run` of the script would give: exit status and output (as stderr)."""
        convert = converter_dir(self.cache_dir)
        if self.process is None or self.process.poll() is not None:
            self.process = subprocess.Popen([sys.executable, "-c", _WORKER], cwd=convert, env=_converter_env(),
                                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        job = json.dumps({"script": str(convert / script), "args": [str(a) for a in args]})
        try:
            self.process.stdin.write(job + "\n")
            self.process.stdin.flush()
            answer = json.loads(self.process.stdout.readline() or "null")
        except (BrokenPipeError, ValueError):
            answer = None
        if answer is None:  # the worker died (out of memory, killed): the next job starts a new one
            self.close()
            return subprocess.CompletedProcess(script, 1, "", f"the converter's worker process ended ({script})")
        return subprocess.CompletedProcess(script, answer["returncode"], "", answer["output"])

    def close(self) -> None:
        if self.process is not None:
            with contextlib.suppress(Exception):
                self.process.stdin.close()
                self.process.wait(timeout=10)
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            self.process = None

    def __del__(self):
        with contextlib.suppress(Exception):
            self.close()


def _tail(text: str, lines: int = 3) -> str:
    kept = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " | ".join(kept[-lines:])


def model_gguf(name_or_path: str | os.PathLike, *, cache_dir: str | os.PathLike | None = None) -> Path:
    """The GGUF llama.cpp runs for a model: an embedded model's GGUF as shipped (assembled from
    its cached wheels and checked against its SHA-256), else a local checkpoint converted by
    llama.cpp's `convert_hf_to_gguf.py` at float32 and cached by content hash."""
    from .layout import model_cache_dir
    from .model_sources import MODELS, assemble_gguf, resolve_model

    text = os.fspath(name_or_path)
    cache = model_cache_dir(cache_dir)
    root = _cache_root(cache_dir)
    spec = MODELS.get(text)
    if spec is not None and spec.source is not None:
        dest = root / "models" / spec.name / spec.source.filename
        if dest.is_file() and dest.stat().st_size == spec.source.size:
            return dest
        resolve_model(text, cache_dir=cache_dir)  # fetches the wheels (and the checkpoint: its tokenizer)
        with _locked(root, spec.name):
            if not (dest.is_file() and dest.stat().st_size == spec.source.size):
                assemble_gguf(spec.source, dest, wheel_dir=cache / "wheels")
        return dest
    checkpoint = resolve_model(text, cache_dir=cache_dir)
    if not isinstance(checkpoint, Path):
        raise UsageError(f"llama.cpp runs local weights only: {text!r} is a hub id. Download it into a "
                         "checkpoint directory and pass that, or use generation_backend 'hf'.")
    files = sorted(p for p in checkpoint.iterdir()
                   if p.is_file() and p.suffix in (".json", ".safetensors", ".txt", ".model", ".jinja"))
    key = _sha256_files(files, CHECKPOINT_GGUF_TYPE)[:16]
    dest = root / "checkpoints" / f"{checkpoint.name}-{key}.gguf"
    if dest.is_file():
        return dest
    with _locked(root, dest.stem):
        if dest.is_file():
            return dest
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(dest.name + ".partial")
        process = _run_converter("convert_hf_to_gguf.py",
                                 [str(checkpoint), "--outtype", CHECKPOINT_GGUF_TYPE, "--outfile", str(partial)],
                                 cache_dir=cache_dir)
        if process.returncode != 0 or not partial.is_file():
            partial.unlink(missing_ok=True)
            raise PerfutilsError(f"llama.cpp's convert_hf_to_gguf.py could not convert {checkpoint}: "
                                 f"{_tail(process.stderr)}")
        os.replace(partial, dest)
    return dest


def adapter_gguf(adapter: str | os.PathLike, base_checkpoint: str | os.PathLike, *,
                 cache_dir: str | os.PathLike | None = None, dest_dir: str | os.PathLike | None = None,
                 converter: LoraConverter | None = None) -> Path:
    """A PEFT LoRA adapter folder as a llama.cpp LoRA GGUF (float32), converted once by
    `convert_lora_to_gguf.py` against the base's config and cached by the hash of the adapter's
    files and the base config, in the model cache or in `dest_dir` (a training run's per-step
    adapters: used once, removed by their run). `converter`: convert in that worker instead of a
    process of its own. Raises `AdapterConversionError` with the converter's reason."""
    adapter = Path(adapter)
    config = adapter / "adapter_config.json"
    if not config.is_file():
        raise AdapterConversionError(f"{adapter} is not an adapter folder (no adapter_config.json); pass the "
                                     "'adapter' folder a training notebook wrote, e.g. <run>/03_sft/adapter.")
    peft_type = json.loads(config.read_text()).get("peft_type", "LORA")
    if peft_type != "LORA":
        raise AdapterConversionError(f"{adapter} is a {peft_type} adapter; llama.cpp runs LoRA adapters only. "
                                     "Use generation_backend 'hf' for it.")
    weights = [p for p in (adapter / "adapter_model.safetensors", adapter / "adapter_model.bin") if p.is_file()]
    if not weights:
        raise AdapterConversionError(f"{adapter} has no adapter_model.safetensors (or .bin): the adapter's "
                                     "weights are missing.")
    base_config = Path(base_checkpoint) / "config.json"
    key = _sha256_files([config, weights[0], base_config], ADAPTER_GGUF_TYPE)[:16]
    root = _cache_root(cache_dir)
    dest = (root / "adapters" if dest_dir is None else Path(dest_dir)) / f"lora-{key}.gguf"
    if dest.is_file():
        return dest
    with _locked(root, dest.stem):
        if dest.is_file():
            return dest
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(dest.name + ".partial")
        process = _run_converter("convert_lora_to_gguf.py",
                                 [str(adapter.resolve()), "--base", str(Path(base_checkpoint).resolve()),
                                  "--outtype", ADAPTER_GGUF_TYPE, "--outfile", str(partial)],
                                 cache_dir=cache_dir, worker=converter)
        if process.returncode != 0 or not partial.is_file():
            partial.unlink(missing_ok=True)
            raise AdapterConversionError(f"llama.cpp's convert_lora_to_gguf.py could not convert the adapter "
                                         f"{adapter}: {_tail(process.stderr)}. Use generation_backend 'hf' "
                                         "for this adapter.")
        os.replace(partial, dest)
    return dest


# --------------------------------------------------------------------------- generation


@dataclass
class _Sequence:
    request: int  # index of its prompt in the call
    sample: int  # index among the prompt's n samples
    seq_id: int  # llama.cpp sequence (KV cache stream) it occupies
    prompt_len: int
    sampler: Any
    ids: list[int]


@dataclass(frozen=True)
class GenerationStats:
    """What one `generate_ids` call did, for benchmarks and records."""

    seconds: float
    new_tokens: int
    prompt_tokens: int  # evaluated: each prompt once, whatever n is
    first_token_seconds: list[float]  # per prompt, from the call's start to its first new token
    # With `generate_ids(..., logprobs=True)`: per prompt and sample, each new token's
    # log-probability under softmax(logits / temperature) (temperature 1 when greedy), the
    # quantity TRL computes for the trainee; otherwise None.
    logprobs: list[list[list[float]]] | None = None


class LlamaCppGenerator:
    """A llama.cpp model (the GGUF of `model`) with an optional LoRA adapter, sampling many
    sequences at once. One per model: `set_adapter` switches adapters without reloading."""

    def __init__(self, model: str | os.PathLike, *, adapter: str | os.PathLike | None = None,
                 max_sequences: int = 16, threads: int | None = None,
                 cache_dir: str | os.PathLike | None = None, gguf: str | os.PathLike | None = None,
                 kv_unified: bool = False):
        """`model`: an embedded name or a local checkpoint (as `load_model` takes; its folder gives
        the EOS tokens and the base config adapters are converted against). `max_sequences`:
        sequences decoded together (prompts x samples). `gguf`: run this GGUF instead of the
        model's own (it must be the same model). `kv_unified`: one KV buffer for all sequences
        instead of one per sequence (llama.cpp's trade-off; per sequence measured faster here)."""
        from .model_sources import resolve_model

        self.llama_cpp = _llama_cpp()
        self.cache_dir = cache_dir
        self.checkpoint = resolve_model(model, cache_dir=cache_dir)
        if not isinstance(self.checkpoint, Path):
            raise UsageError(f"llama.cpp runs local weights only: {os.fspath(model)!r} is a hub id.")
        self.gguf = Path(gguf) if gguf is not None else model_gguf(model, cache_dir=cache_dir)
        self.eos_ids, self.top_k = self._generation_defaults(self.checkpoint)
        self.max_sequences = int(max_sequences)
        self.threads = threads or machine_cores()
        self.kv_unified = kv_unified
        lib = self.llama_cpp
        lib.llama_backend_init()
        params = lib.llama_model_default_params()
        self.model = lib.llama_model_load_from_file(str(self.gguf).encode(), params)
        if not self.model:
            raise PerfutilsError(f"llama.cpp could not load {self.gguf}.")
        self.vocab = lib.llama_model_get_vocab(self.model)
        self.n_vocab = lib.llama_vocab_n_tokens(self.vocab)
        self.ctx = None
        self.ctx_per_sequence = 0
        self.batch = None
        self.adapter_path: Path | None = None
        self.last_stats: GenerationStats | None = None  # of the last `generate` call
        self._adapters: dict[Path, Any] = {}
        self.set_adapter(adapter)

    def load_tokenizer(self):
        """The model's HF tokenizer, completed as `load_model` completes it (chat template, pad
        token), without loading the transformers weights."""
        from transformers import AutoTokenizer

        from .model_sources import finish_tokenizer

        tokenizer = AutoTokenizer.from_pretrained(self.checkpoint, local_files_only=True)
        finish_tokenizer(tokenizer)
        return tokenizer

    @staticmethod
    def _generation_defaults(checkpoint: Path) -> tuple[set[int], int]:
        """What transformers' `generate` takes from the checkpoint: the tokens that end a
        sequence (the generation config's `eos_token_id`, else the tokenizer's, as `load_model`
        completes it) and the top-k of sampling."""
        config_path = checkpoint / "generation_config.json"
        config = json.loads(config_path.read_text()) if config_path.is_file() else {}
        eos = config.get("eos_token_id")
        if eos is None:
            from transformers import AutoTokenizer

            eos = AutoTokenizer.from_pretrained(checkpoint, local_files_only=True).eos_token_id
        top_k = config.get("top_k")
        return (set(eos) if isinstance(eos, list) else {eos}), (HF_DEFAULT_TOP_K if top_k is None else top_k)

    # ------------------------------------------------------------------ adapters
    def set_adapter(self, adapter: str | os.PathLike | None) -> None:
        """Generate with `adapter` (a PEFT LoRA folder, converted once, or a LoRA GGUF that
        `adapter_gguf` wrote) or with the base (None)."""
        lib = self.llama_cpp
        if adapter is None:
            path = None
        elif Path(adapter).suffix == ".gguf" and Path(adapter).is_file():
            path = Path(adapter)
        else:
            path = adapter_gguf(adapter, self.checkpoint, cache_dir=self.cache_dir)
        if path is not None and path not in self._adapters:
            handle = lib.llama_adapter_lora_init(self.model, str(path).encode())
            if not handle:
                raise AdapterConversionError(f"llama.cpp could not load the converted adapter {path} "
                                             f"(from {adapter}) onto {self.gguf.name}.")
            self._adapters[path] = handle
        self.adapter_path = path
        self.adapter = None if adapter is None else Path(adapter)
        if self.ctx is not None:
            self._apply_adapter()

    def forget_adapters(self) -> list[Path]:
        """Free every loaded adapter but the current one; returns their GGUF paths. A GRPO run
        applies each step's adapter once, so it frees the last step's when it sets the next."""
        lib = self.llama_cpp
        dropped = [path for path in self._adapters if path != self.adapter_path]
        for path in dropped:
            lib.llama_adapter_lora_free(self._adapters.pop(path))
        return dropped

    def _apply_adapter(self) -> None:
        lib = self.llama_cpp
        if self.adapter_path is None:
            status = lib.llama_set_adapters_lora(self.ctx, None, 0, None)
        else:
            handles = (lib.llama_adapter_lora_p_ctypes * 1)(self._adapters[self.adapter_path])
            status = lib.llama_set_adapters_lora(self.ctx, handles, 1, (ctypes.c_float * 1)(1.0))
        if status != 0:
            raise PerfutilsError(f"llama.cpp could not apply the adapter {self.adapter} (status {status}).")

    # ------------------------------------------------------------------ context
    def _ensure_context(self, per_sequence: int) -> None:
        """A context whose every sequence holds `per_sequence` tokens (prompt + new tokens)."""
        lib = self.llama_cpp
        per_sequence = -(-per_sequence // 256) * 256  # llama.cpp pads contexts to 256 anyway
        if self.ctx is not None and per_sequence <= self.ctx_per_sequence:
            lib.llama_memory_clear(lib.llama_get_memory(self.ctx), True)
            return
        self.close_context()
        params = lib.llama_context_default_params()
        params.n_ctx = per_sequence * self.max_sequences
        params.n_batch = max(512, self.max_sequences)
        params.n_ubatch = params.n_batch
        params.n_seq_max = self.max_sequences
        params.n_threads = params.n_threads_batch = self.threads
        params.kv_unified = self.kv_unified
        params.no_perf = True
        self.ctx = lib.llama_init_from_model(self.model, params)
        if not self.ctx:
            raise PerfutilsError(f"llama.cpp could not create a context of {params.n_ctx} tokens "
                                 f"({self.max_sequences} sequences of {per_sequence}); lower max_sequences.")
        self.ctx_per_sequence = per_sequence
        self.n_batch = params.n_batch
        self.batch = lib.llama_batch_init(self.n_batch, 0, 1)
        self._apply_adapter()

    def close_context(self) -> None:
        lib = self.llama_cpp
        if self.batch is not None:
            lib.llama_batch_free(self.batch)
            self.batch = None
        if self.ctx is not None:
            lib.llama_free(self.ctx)
            self.ctx = None
            self.ctx_per_sequence = 0

    def close(self) -> None:
        """Free the context, the adapters and the model (also done when the object is collected)."""
        lib = getattr(self, "llama_cpp", None)
        if lib is None:
            return
        self.close_context()
        for handle in self._adapters.values():
            lib.llama_adapter_lora_free(handle)
        self._adapters.clear()
        if getattr(self, "model", None):
            lib.llama_model_free(self.model)
            self.model = None

    def __del__(self):
        with contextlib.suppress(Exception):
            self.close()

    # ------------------------------------------------------------------ decoding
    def _decode(self, entries: Sequence[tuple[int, int, int, bool]]) -> None:
        """One llama_decode of (token, position, sequence, wants logits) entries."""
        lib, batch = self.llama_cpp, self.batch
        for i, (token, pos, seq_id, logits) in enumerate(entries):
            batch.token[i] = token
            batch.pos[i] = pos
            batch.n_seq_id[i] = 1
            batch.seq_id[i][0] = seq_id
            batch.logits[i] = logits
        batch.n_tokens = len(entries)
        status = lib.llama_decode(self.ctx, batch)
        if status != 0:
            raise PerfutilsError(f"llama_decode failed (status {status}) on a batch of {len(entries)} tokens.")

    def _eval_prompt(self, ids: Sequence[int], seq_id: int) -> None:
        """Put the prompt into `seq_id`'s cache; the logits of its last token are the last output."""
        for start in range(0, len(ids), self.n_batch):
            chunk = ids[start:start + self.n_batch]
            last = start + len(chunk) == len(ids)
            self._decode([(t, start + i, seq_id, last and i == len(chunk) - 1) for i, t in enumerate(chunk)])

    def _sampler(self, temperature: float, top_p: float, top_k: int, seed: int):
        """transformers' order: temperature, top-k, top-p, then a draw (top-k commutes with the
        temperature); greedy when the temperature is 0."""
        lib = self.llama_cpp
        chain = lib.llama_sampler_chain_init(lib.llama_sampler_chain_default_params())
        if temperature <= 0:
            lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_greedy())
            return chain
        if top_k > 0:
            lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_top_k(top_k))
        lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_temp(temperature))
        if top_p < 1.0:
            lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_top_p(top_p, 1))
        lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_dist(seed & 0xFFFFFFFF))
        return chain

    def generate_ids(self, prompts: Sequence[Sequence[int]], n: int, *, max_new_tokens: int,
                     temperature: float = 0.0, top_p: float = 1.0, top_k: int | None = None,
                     seeds: Sequence[Sequence[int]] | None = None,
                     stop: Callable[[list[int]], bool] | None = None,
                     logprobs: bool = False) -> tuple[list[list[list[int]]], GenerationStats]:
        """`n` continuations (token ids) of each prompt (token ids).

        Each prompt is evaluated once and its KV cache copied to its n sequences; all live
        sequences advance together, one decode per step, and a prompt is admitted as soon as n
        sequences are free (continuous batching). A sequence ends at an EOS token (kept, as
        transformers keeps it), when `stop(ids)` is true or after `max_new_tokens`.
        `seeds[k][j]` seeds sample j of prompt k; `top_k` defaults to the checkpoint's.
        `logprobs`: also record each new token's log-probability (`GenerationStats.logprobs`)."""
        if n < 1 or n > self.max_sequences:
            raise UsageError(f"n={n} samples per prompt, but the generator decodes at most "
                             f"{self.max_sequences} sequences at once; raise max_sequences.")
        import numpy as np

        lib = self.llama_cpp
        seeds = seeds or [[0] * n for _ in prompts]
        top_k = self.top_k if top_k is None else top_k
        self._ensure_context(max((len(p) for p in prompts), default=0) + max_new_tokens + 1)
        memory = lib.llama_get_memory(self.ctx)
        results: list[list[list[int]]] = [[[] for _ in range(n)] for _ in prompts]
        token_logprobs: list[list[list[float]]] = [[[] for _ in range(n)] for _ in prompts]
        scale = 1.0 / temperature if temperature > 0 else 1.0

        def logprob(output: int, token: int) -> float:
            """log softmax(logits / temperature)[token] of the logits at batch output `output`."""
            logits = np.ctypeslib.as_array(lib.llama_get_logits_ith(self.ctx, output), shape=(self.n_vocab,))
            scaled = logits.astype(np.float64) * scale
            top = scaled.max()
            return float(scaled[token] - top - np.log(np.exp(scaled - top).sum()))
        first_token = [0.0] * len(prompts)
        free = list(range(self.max_sequences))
        pending = list(range(len(prompts)))
        active: list[_Sequence] = []
        new_tokens = 0
        started = time.perf_counter()

        def take(seq: _Sequence, token: int) -> bool:
            """Append a sampled token; True when the sequence is finished (and freed)."""
            seq.ids.append(token)
            if token in self.eos_ids or len(seq.ids) >= max_new_tokens or (stop is not None and stop(seq.ids)):
                results[seq.request][seq.sample] = seq.ids
                lib.llama_sampler_free(seq.sampler)
                lib.llama_memory_seq_rm(memory, seq.seq_id, -1, -1)
                free.append(seq.seq_id)
                return True
            return False

        try:
            while pending or active:
                while pending and len(free) >= n:
                    k = pending.pop(0)
                    seq_ids = [free.pop(0) for _ in range(n)]
                    self._eval_prompt(prompts[k], seq_ids[0])
                    for seq_id in seq_ids[1:]:
                        lib.llama_memory_seq_cp(memory, seq_ids[0], seq_id, -1, -1)
                    for j, seq_id in enumerate(seq_ids):
                        seq = _Sequence(k, j, seq_id, len(prompts[k]),
                                        self._sampler(temperature, top_p, top_k, seeds[k][j]), [])
                        token = lib.llama_sampler_sample(seq.sampler, self.ctx, -1)
                        if logprobs:
                            token_logprobs[k][j].append(logprob(-1, token))
                        new_tokens += 1
                        if not take(seq, token):
                            active.append(seq)
                    first_token[k] = time.perf_counter() - started
                if not active:
                    continue
                self._decode([(s.ids[-1], s.prompt_len + len(s.ids) - 1, s.seq_id, True) for s in active])
                still = []
                for i, seq in enumerate(active):
                    token = lib.llama_sampler_sample(seq.sampler, self.ctx, i)
                    if logprobs:
                        token_logprobs[seq.request][seq.sample].append(logprob(i, token))
                    new_tokens += 1
                    if not take(seq, token):
                        still.append(seq)
                active = still
        finally:
            for seq in active:
                lib.llama_sampler_free(seq.sampler)
        stats = GenerationStats(time.perf_counter() - started, new_tokens, sum(len(p) for p in prompts), first_token,
                                token_logprobs if logprobs else None)
        return results, stats

    def next_token_logits(self, ids: Sequence[int]):
        """The logits (numpy, float32) of the token after `ids`: one prompt evaluation."""
        import numpy as np

        lib = self.llama_cpp
        self._ensure_context(len(ids) + 1)
        self._eval_prompt(ids, 0)
        pointer = lib.llama_get_logits_ith(self.ctx, -1)
        return np.ctypeslib.as_array(pointer, shape=(self.n_vocab,)).copy()

    def sample_texts(self, tokenizer, texts: Sequence[str], seeds: Sequence[Sequence[int]],
                     settings: SamplingSettings, *, top_k: int | None = None,
                     logprobs: bool = False) -> tuple[list[list[int]], list[list[list[int]]], GenerationStats]:
        """`(prompt ids, new ids per prompt and sample, stats)` for model prompts as
        `format_prompt` writes them: tokenized as the transformers path tokenizes them, each
        sequence stopped where the function's braces close (as `FunctionEnd` does), sample j of
        prompt k drawn with `seeds[k][j]`. `generate` and RLPF's GRPO rollouts both sample here."""
        prompts = [tokenizer(text, add_special_tokens=False)["input_ids"] for text in texts]

        def function_closed(ids: list[int]) -> bool:  # FunctionEnd, for one sequence
            return completion_end(tokenizer.decode(ids, skip_special_tokens=True)) > 0

        ids, stats = self.generate_ids(prompts, len(seeds[0]) if seeds else 1, max_new_tokens=settings.max_new_tokens,
                                       temperature=settings.temperature if settings.do_sample else 0.0,
                                       top_p=settings.top_p, top_k=top_k, seeds=seeds, stop=function_closed,
                                       logprobs=logprobs)
        return prompts, ids, stats

    def generate(self, tokenizer, batch: Sequence[PromptRequest], n: int, settings: SamplingSettings):
        """`(texts per request, seconds, new tokens)`: the same prompt token ids, stops and cut at
        the function's closing brace as the transformers backend; sample j of a request is drawn
        with `sample_seed(settings, prompt_id, j)`."""
        seeds = [[sample_seed(settings, r.prompt_id, j) for j in range(n)] for r in batch]
        _, ids, stats = self.sample_texts(tokenizer, [format_prompt(tokenizer, r.prompt) for r in batch],
                                          seeds, settings)
        self.last_stats = stats
        texts = []
        for per_prompt in ids:
            decoded = [tokenizer.decode(s, skip_special_tokens=True) for s in per_prompt]
            texts.append([d[:completion_end(d)] if completion_end(d) > 0 else d for d in decoded])
        return texts, stats.seconds, stats.new_tokens


def sample_seed(settings: SamplingSettings, prompt_id: str, sample_index: int) -> int:
    """The seed of one sample: its own, so a sample does not depend on what it was batched with."""
    return _seed_for(settings, f"{prompt_id}#{sample_index}")
