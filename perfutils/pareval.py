"""ParEval: the paper's benchmark (its serial and OpenMP prompts) through our generation, sandbox
and metrics, with an audit of its validators.

    python -m perfutils pareval --pareval ~/src/ParEval --model qwen2.5-coder-1.5b-instruct \\
        --samples-per-prompt 2
        --out data/runs/pareval-coder
    python -m perfutils pareval --pareval ~/src/ParEval --audit-only --out data/runs/pareval-audit

    from perfutils.pareval import load_checkout, audit_validators, evaluate_pareval, pareval_report
    checkout = load_checkout("~/src/ParEval")
    samples = evaluate_pareval(checkout, {"base": None}, "qwen2.5-coder-1.5b-instruct",
                               samples_per_prompt=2, out_dir=out)

The project ships none of ParEval's files: the user brings a checkout (its `prompts/` and
`drivers/`; see the README for where to get it and the version it was tested with).

How a sample runs, as ParEval's own C++ driver runs it, but sandboxed: the prompt (with ParEval's
`NO_INLINE` patch) and the sample become `generated-code.hpp`, which the problem's driver
(`drivers/cpp/benchmarks/<type>/<name>/cpu.cc`) includes; it is compiled with ParEval's main for the
execution model (`drivers/cpp/models/<model>-driver.cc`), ParEval's flags and problem size, inside
`Sandbox.run` (compile and run alike: the same isolation and limits as our runner). The program
prints `Validation: PASS|FAIL`, `Time:` and `BestSequential:` (mean seconds of 5 calls of the
sample and of ParEval's sequential baseline, in the same process); OpenMP programs run once per
thread count. A sample is correct when every run passes (ParEval's rule); its speedup is
BestSequential / Time of the run at the largest thread count.

WARNING, trust: ParEval's driver validates and times inside the process that runs the sample, so
unlike our runner's verdicts these come from a process running untrusted code. The sandbox keeps
the machine safe; what protects the verdict is only a screen of the sample's source (no output,
no process exit, no preprocessor tricks: `screen_candidate`) and a strict parse (each verdict line
exactly once). Read ParEval figures with that in mind, and the validator audit beside them.

Validator audit: trivial samples (a constant, an untouched output, a copy of an input: the same
generator as our problems use) are built and run against every problem; a problem whose
validator accepts one is listed, its samples are marked `weak_validator`, and every table is
reported with and without those problems. A control sample that calls ParEval's own baseline
must pass; when it does not, our build of that problem is wrong and the audit says so.

ParEval is held out: nothing about training is chosen by looking at its results.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, Sequence

from .errors import UsageError
from .layout import ParEvalFolder
from .models import check_adapter
from .problems import Param, trivial_candidates
from .runner.results import RunResult, thread_counts
from .runner.sandbox import UNISOLATED_WARNING, Limits, Sandbox

if TYPE_CHECKING:  # pandas and numpy load on use: `perfutils --help` stays fast
    import pandas as pd

RUN_MODELS = ("serial", "omp")  # ParEval's execution models that this module runs
OTHER_MODELS = {"mpi": "MPI", "mpi+omp": "MPI+OpenMP", "kokkos": "Kokkos", "cuda": "CUDA", "hip": "HIP"}
HELD_OUT = ("ParEval is a held-out benchmark here: no training choice (data, steps, hyperparameters, which "
            "adapter is primary) was made by looking at ParEval results.")
# ParEval's compiler settings (drivers/cpp/cpp_driver_wrapper.py), plus a cap on error output.
FLAGS = {"serial": ("-std=c++17", "-O3", "-DUSE_SERIAL"), "omp": ("-std=c++17", "-O3", "-fopenmp", "-DUSE_OMP")}
DEFAULT_PROBLEM_SIZE = "(1<<18)"  # ParEval's size for a problem missing from problem-sizes.json
COMPILE_LIMITS = Limits(cpu_s=120, wall_s=600, memory_bytes=3 << 30, file_bytes=256 << 20, processes=32,
                        tmpfs_bytes=256 << 20, output_bytes=64 << 10)
RUN_TIMEOUT_S = 180.0  # ParEval's run timeout
MESSAGE_CHARS = 1500  # compiler or runtime evidence kept per result
# What the checks and the build command are; part of every build and result key.
LOGIC_VERSION = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]

# Source-level screen of a sample (see the module docstring): ParEval's verdict is printed by the
# sample's own process, so a sample must not print, end the process, or redefine what the driver
# compiles after it.
_FORBIDDEN = [
    (re.compile(r"\b(printf|puts|putchar|fprintf|fputs|fputc|fwrite|putc|cout|cerr|clog|write|writev|"
                r"dprintf|vprintf|freopen|dup2?|setvbuf)\b"), "writes output"),
    (re.compile(r"\b(exit|_exit|_Exit|quick_exit|abort|terminate|kill|raise|longjmp|system|popen|fork|"
                r"vfork|execv\w*|execl\w*|syscall|ptrace)\b"), "ends or replaces the process"),
    (re.compile(r"\b(asm|__asm__|__asm)\b"), "uses inline assembly"),
    (re.compile(r"\bmain\s*\("), "defines or calls main"),
    (re.compile(r"^\s*#\s*(define|undef|line)\b", re.M), "uses #define/#undef/#line"),
    # `#pragma GCC optimize` would also apply to the driver code after it (the baseline in some drivers).
    (re.compile(r"^\s*#\s*pragma\s+(?!omp\b|unroll\b|GCC\s+(ivdep|unroll)\b)", re.M),
     "uses a #pragma other than omp, unroll or GCC ivdep/unroll"),
]


class NotAParEvalCheckout(UsageError):
    """The folder given is not a ParEval checkout."""


class MissingDriverError(UsageError):
    """A prompt's problem has no C++ driver in the checkout."""


# ------------------------------------------------------------------------ the checkout
@dataclass(frozen=True)
class ParEvalPrompt:
    name: str  # ParEval's problem name, e.g. "39_search_xor_contains"
    problem_type: str  # e.g. "search"
    parallelism: str  # serial | omp
    prompt: str  # ParEval's prompt, ending with the signature's "{"
    driver: Path  # drivers/cpp/benchmarks/<type>/<name>/cpu.cc
    problem_size: str  # e.g. "(1<<21)", from drivers/problem-sizes.json

    @property
    def prompt_id(self) -> str:
        return f"{self.name}/{self.parallelism}"

    @property
    def signature(self) -> str:
        """The prompt's last line without its `{`: what a candidate must define."""
        return self.prompt.rstrip().rsplit("\n", 1)[-1].strip().removesuffix("{").rstrip()

    @property
    def prefix(self) -> str:
        """Everything the prompt defines before the signature (headers, types, helpers)."""
        lines = self.prompt.rstrip().split("\n")
        return "\n".join(lines[:-1]) + "\n" if len(lines) > 1 else ""


@dataclass
class Checkout:
    root: Path
    prompts: list[ParEvalPrompt]
    skipped: dict[str, int] = field(default_factory=dict)  # prompts of models we do not run, per model
    commit: str | None = None  # the checkout's git revision, where it has one

    @property
    def problems(self) -> list[str]:
        return sorted({p.name for p in self.prompts})

    def skipped_message(self) -> str:
        if not self.skipped:
            return ""
        parts = ", ".join(f"{n} {OTHER_MODELS.get(m, m)}" for m, n in sorted(self.skipped.items()))
        return (f"skipped {parts} prompts: this runs ParEval's serial and OpenMP prompts only (MPI, Kokkos, "
                "CUDA and HIP need launchers, libraries or GPUs that the sandbox does not provide)")


def load_checkout(root: str | os.PathLike, parallelisms: Sequence[str] = RUN_MODELS,
                  problems: Sequence[str] | None = None) -> Checkout:
    """Read a ParEval checkout's prompts (`prompts/generation-prompts.json`) for `parallelisms`,
    each with its driver and problem size. `problems`: names to keep (None: all).

    Raises `NotAParEvalCheckout` for a folder without ParEval's layout, `MissingDriverError` when
    a prompt's problem has no driver, and `UsageError` for an unknown problem or when no execution
    model is left to run; execution models we do not run are skipped and counted (`skipped`)."""
    root = Path(root).expanduser().resolve()
    prompts_file = root / "prompts" / "generation-prompts.json"
    cpp = root / "drivers" / "cpp"
    missing = [str(p.relative_to(root)) for p in (prompts_file, cpp / "utilities.hpp", cpp / "benchmarks")
               if not p.exists()]
    if missing:
        raise NotAParEvalCheckout(
            f"{root} is not a ParEval checkout: it lacks {', '.join(missing)}. Pass the root of a clone of "
            "ParEval (the folder holding prompts/ and drivers/); see the README for where to get it.")
    wanted = list(dict.fromkeys(parallelisms))
    others = [m for m in wanted if m not in RUN_MODELS]
    unknown = [m for m in others if m not in OTHER_MODELS]
    if unknown:
        raise UsageError(f"unknown execution model(s) {unknown}; ParEval's are serial, omp, "
                         f"{', '.join(OTHER_MODELS)}, and this runs serial and omp.")
    wanted = [m for m in wanted if m in RUN_MODELS]
    if not wanted:
        raise UsageError(f"nothing to run: {', '.join(OTHER_MODELS[m] for m in others)} prompts are not run here "
                         "(this runs ParEval's serial and OpenMP prompts); ask for serial and/or omp.")
    try:
        entries = json.loads(prompts_file.read_text())
    except json.JSONDecodeError as error:
        raise NotAParEvalCheckout(f"{prompts_file} is not valid JSON: {error}") from error
    sizes_file = root / "drivers" / "problem-sizes.json"
    sizes = json.loads(sizes_file.read_text()) if sizes_file.exists() else {}
    names = {e["name"] for e in entries}
    if problems:
        bad = sorted(set(problems) - names)
        if bad:
            raise UsageError(f"no ParEval problem named {bad}; the checkout has {len(names)} problems, e.g. "
                             f"{sorted(names)[:3]}")
    selected, skipped, no_driver = [], {}, []
    for e in entries:
        if e.get("language", "cpp") != "cpp" or (problems and e["name"] not in problems):
            continue
        model = e["parallelism_model"]
        if model not in wanted:
            if model not in RUN_MODELS:
                skipped[model] = skipped.get(model, 0) + 1
            continue
        driver = cpp / "benchmarks" / e["problem_type"] / e["name"] / "cpu.cc"
        if not driver.is_file():
            no_driver.append(str(driver.relative_to(root)))
            continue
        size = sizes.get(e["name"], {}).get(model, DEFAULT_PROBLEM_SIZE)
        selected.append(ParEvalPrompt(e["name"], e["problem_type"], model, e["prompt"], driver, size))
    if no_driver:
        raise MissingDriverError(
            f"{len(no_driver)} prompt(s) have no driver in {root}: {', '.join(sorted(set(no_driver))[:5])}"
            f"{' ...' if len(set(no_driver)) > 5 else ''}. Use a complete checkout (drivers/ and prompts/ of the "
            "same revision), or leave those problems out with --problems.")
    for model in wanted:
        if not (cpp / "models" / f"{model}-driver.cc").is_file():
            raise NotAParEvalCheckout(f"{root} lacks ParEval's {model} main, drivers/cpp/models/{model}-driver.cc")
    selected.sort(key=lambda p: (p.name, RUN_MODELS.index(p.parallelism)))
    commit = None
    if (root / ".git").exists():
        out = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True)
        commit = out.stdout.strip() or None
    return Checkout(root, selected, skipped, commit)


# ------------------------------------------------------------------------ signatures and candidates
def _split_top_level(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch in "<([{"
        depth -= ch in ">)]}"
        if ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def parse_signature(signature: str) -> SimpleNamespace:
    """The structure of a ParEval signature, shaped like a `Problem` for `trivial_candidates`:
    returns, function, params (a non-const reference is an in-out parameter, anything else an
    input), signature."""
    match = re.match(r"^(.*?)\b(\w+)\s*\((.*)\)\s*$", signature.strip(), flags=re.S)
    if not match:
        raise ValueError(f"cannot read the function signature {signature!r}")
    returns, function, arglist = match.group(1).strip(), match.group(2), match.group(3)
    params = []
    for arg in _split_top_level(arglist):
        name = re.search(r"(\w+)\s*(\[\s*\])?$", arg).group(1)
        ctype = arg[: arg.rfind(name)].strip()
        role = "inout" if "&" in ctype and "const" not in ctype.replace("&", " ").split() else "input"
        params.append(Param(name, ctype, role))
    return SimpleNamespace(signature=signature.strip(), returns=returns, function=function, params=tuple(params))


def baseline_function(prompt: ParEvalPrompt) -> str:
    """The name of ParEval's baseline for this prompt: what the driver's `best()` calls (usually
    `correct<Function>`, but not always: 07_fft_fft_conjugate's is `correctFft`)."""
    sig = parse_signature(prompt.signature)
    best = re.search(r"\bbest\s*\(\s*Context\s*\*\s*\w+\s*\)\s*\{(.*?)\n\}", prompt.driver.read_text(), re.S)
    calls = re.findall(r"\b([A-Za-z_]\w*)\s*\(", best.group(1)) if best else []
    callees = [c for c in calls if c not in ("if", "for", "while", "switch", "return", "sizeof", "void")]
    return callees[0] if callees else "correct" + sig.function[0].upper() + sig.function[1:]


def reference_candidate(prompt: ParEvalPrompt) -> str:
    """A control sample that calls ParEval's own baseline (`baseline_function`): it must pass,
    or our build of the problem is wrong."""
    sig = parse_signature(prompt.signature)
    correct = baseline_function(prompt)
    params = ", ".join(f"{p.type} {p.name}" for p in sig.params)
    call = f"{correct}({', '.join(p.name for p in sig.params)})"
    body = f"    {call};\n" if sig.returns == "void" else f"    return {call};\n"
    return f"{sig.returns} {correct}({params});\n\n{prompt.signature} {{\n{body}}}\n"


_ARITHMETIC = re.compile(r"^(const\s+)?(unsigned\s+|signed\s+)?(bool|char|short|int|long|long long|float|double|"
                         r"size_t|std::size_t|u?int(8|16|32|64)_t|std::u?int(8|16|32|64)_t)(\s+const)?$")


def audit_candidates(prompt: ParEvalPrompt) -> dict[str, str]:
    """The trivial samples of `perfutils.problems.trivial_candidates` for this prompt, plus, for
    an arithmetic return type, returning each arithmetic input (ParEval's scalar inputs are often
    a size: `return N;` is the copy of an input that its signatures allow)."""
    sig = parse_signature(prompt.signature)
    candidates = trivial_candidates(sig)
    if _ARITHMETIC.match(re.sub(r"\s+", " ", sig.returns)):
        for p in sig.params:
            if _ARITHMETIC.match(re.sub(r"\s+", " ", p.type)) and f"return_{p.name}" not in candidates:
                candidates[f"return_{p.name}"] = f"{sig.signature} {{\n  return {p.name};\n}}\n"
    return candidates


def screen_candidate(code: str) -> str | None:
    """Why a sample must not run under ParEval's in-process verdict, or None (module docstring).
    Comments and string literals are ignored."""
    text = re.sub(r"//[^\n]*|/\*.*?\*/", " ", code, flags=re.S)
    text = re.sub(r'"(?:\\.|[^"\\\n])*"', '""', text)
    for pattern, what in _FORBIDDEN:
        found = pattern.search(text)
        if found:
            return (f"rejected: the sample {what} (`{found.group(0).strip()}`); ParEval's driver prints its verdict "
                    "from the sample's own process, so samples may not print, exit or redefine macros")
    return None


def generated_code(prompt: ParEvalPrompt, code: str) -> str:
    """`generated-code.hpp` as ParEval writes it: the prompt, with `NO_INLINE` after the return
    type of the signature (ParEval's `patch_prompt`), continued by the sample. The sample is in
    candidate form (it restates the signature), so the prompt's text before the signature comes
    first and the signature is patched where the sample defines the function."""
    head, _, rest = prompt.signature.partition(" ")
    patched = f"{head} NO_INLINE {rest}" if rest else prompt.signature
    return prompt.prefix + code.replace(prompt.signature, patched, 1)


# ------------------------------------------------------------------------ build and run
def _sha(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part if isinstance(part, bytes) else part.encode())
        h.update(b"\0")
    return h.hexdigest()


def _driver_files(checkout: Checkout, prompt: ParEvalPrompt) -> list[Path]:
    """Every file a build of `prompt` reads from the checkout: its key covers them."""
    cpp = checkout.root / "drivers" / "cpp"
    files = [f for f in sorted(prompt.driver.parent.iterdir()) if f.is_file()]
    files += sorted(f for f in cpp.iterdir() if f.is_file() and f.suffix in (".h", ".hpp"))
    files += sorted((cpp / "models").glob(f"{prompt.parallelism}-driver.*"))
    return files


@dataclass
class SampleBuild:
    status: str  # ok | compile_error | rejected
    message: str
    key: str
    binary: Path | None
    cached: bool


def build_sample(checkout: Checkout, prompt: ParEvalPrompt, code: str, sandbox: Sandbox, *,
                 slot: int | None = None) -> SampleBuild:
    """Compile a sample with the problem's ParEval driver, inside the sandbox (cached by a hash of
    the generated header, every driver file, flags, problem size and compiler)."""
    from .runner.build import build_cache_dir, compiler_version

    header = generated_code(prompt, code)
    flags = FLAGS[prompt.parallelism]
    files = _driver_files(checkout, prompt)
    key = _sha(header, *flags, prompt.problem_size, compiler_version(), LOGIC_VERSION,
               *(f.name.encode() + f.read_bytes() for f in files))[:32]
    why = screen_candidate(code)
    if why:
        return SampleBuild("rejected", why, key, None, cached=False)
    final = build_cache_dir() / "pareval" / key[:2] / key
    if (final / "build.json").exists():
        meta = json.loads((final / "build.json").read_text())
        return SampleBuild(meta["status"], meta["message"], key, final / "prog" if meta["status"] == "ok" else None,
                           cached=True)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{key[:8]}-", dir=final.parent))
    (tmp / "generated-code.hpp").write_text(header)
    driver = prompt.driver.relative_to(checkout.root / "drivers" / "cpp")
    argv = ["g++", *flags, "-fmax-errors=5", "-I.", "-Ipareval", "-Ipareval/models",
            f"-DDRIVER_PROBLEM_SIZE={prompt.problem_size}", f"pareval/models/{prompt.parallelism}-driver.cc",
            f"pareval/{driver}", "-o", "prog"]
    res = sandbox.run(argv, slot=slot, jobdir=tmp, ro_binds={"pareval": checkout.root / "drivers" / "cpp"},
                      limits=COMPILE_LIMITS)
    if res.returncode == 0 and (tmp / "prog").exists():
        status, message = "ok", ""
    elif res.timed_out or res.signal:
        status, message = "compile_error", "the compiler exceeded its time or memory limit"
    else:
        status, message = "compile_error", res.stderr.decode(errors="replace")[:MESSAGE_CHARS]
    for f in tmp.iterdir():
        if f.name != "prog":
            shutil.rmtree(f) if f.is_dir() and not f.is_symlink() else f.unlink()
    if res.timed_out:  # depends on the machine's load, not only on the code: not cached
        shutil.rmtree(tmp, ignore_errors=True)
        return SampleBuild(status, message, key, None, cached=False)
    (tmp / "build.json").write_text(json.dumps({"status": status, "message": message, "argv": argv,
                                                "isolation": res.isolation}))
    os.chmod(tmp, 0o755)
    try:
        os.rename(tmp, final)
    except OSError:  # another process published the same build first
        shutil.rmtree(tmp, ignore_errors=True)
    return SampleBuild(status, message, key, final / "prog" if status == "ok" else None, cached=False)


def parse_driver_output(stdout: str) -> tuple[bool | None, float | None, float | None, str]:
    """(valid, seconds per call, baseline seconds per call, problem) from a ParEval driver's
    output. A verdict line printed more than once (the sample wrote one) is a problem."""
    found: dict[str, list[str]] = {"Validation": [], "Time": [], "BestSequential": []}
    for line in stdout.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() in found:
            found[key.strip()].append(value.strip())
    repeated = [k for k, v in found.items() if len(v) > 1]
    if repeated:
        return None, None, None, f"the program printed {', '.join(repeated)} more than once"
    valid = {"PASS": True, "FAIL": False}.get(found["Validation"][0]) if found["Validation"] else None

    def seconds(name: str) -> float | None:
        try:
            return float(found[name][0]) if found[name] else None
        except ValueError:
            return None

    return valid, seconds("Time"), seconds("BestSequential"), ""


def _run_once(binary: Path, prompt: ParEvalPrompt, threads: int, sandbox: Sandbox, timeout_s: float,
              slot: int | None) -> dict:
    """One launch of a built sample; returns ParEval's run record plus our status."""
    argv = ["./prog"] + ([str(threads)] if prompt.parallelism == "omp" else [])
    env = {"OMP_NUM_THREADS": str(threads)} if prompt.parallelism == "omp" else {}
    limits = Limits(cpu_s=timeout_s * threads, wall_s=timeout_s, memory_bytes=8 << 30, processes=64 + threads)
    res = sandbox.run(argv, slot=slot, ro_binds={"prog": binary}, limits=limits, env=env)
    stdout, stderr = res.stdout.decode(errors="replace"), res.stderr.decode(errors="replace")
    valid, runtime, best, problem = parse_driver_output(stdout)
    run = {"num_threads": threads, "exit_code": res.returncode, "did_run": res.returncode == 0 and not res.timed_out,
           "is_valid": valid, "runtime": runtime, "best_sequential_runtime": best, "wall_s": round(res.wall_s, 3)}
    tail = "\n".join(stderr.strip().splitlines()[-10:])
    if res.timed_out or res.signal in (signal.SIGXCPU, signal.SIGKILL):
        status, message = "timeout", f"killed after the time limit ({timeout_s:g} s)"
    elif "bad_alloc" in stderr or "cannot allocate memory" in stderr.lower():
        status, message = "memory_limit", tail
    elif res.signal or res.returncode != 0:
        status, message = "runtime_error", f"exited with status {res.returncode}" + (f"\n{tail}" if tail else "")
    elif problem:
        status, message = "runtime_error", problem
    elif valid is None:
        status, message = "runtime_error", "the driver printed no verdict (Validation: PASS|FAIL)"
    elif not valid:
        status, message = "wrong_answer", "ParEval's validator rejected the output"
    elif runtime is None or best is None:
        status, message = "runtime_error", "the driver printed no Time or BestSequential line"
    else:
        status, message = "ok", ""
    run["is_valid"] = bool(valid) if status in ("ok", "wrong_answer") else False
    return {**run, "status": status, "message": message[:MESSAGE_CHARS]}


def evaluate_sample(checkout: Checkout, prompt: ParEvalPrompt, code: str, sandbox: Sandbox, *,
                    threads: Sequence[int] = (1,), timeout_s: float = RUN_TIMEOUT_S, store=None,
                    slot: int | None = None) -> RunResult:
    """Build and run one sample: serial once, OpenMP once per thread count. Correct when every
    run passes; the speedup is that of the largest thread count. Results come from and go to
    `store` (a `ResultStore`) when given, so a rerun resumes."""
    from .runner.build import compiler_version
    from .runner.store import machine_id

    threads = tuple(sorted(set(threads))) if prompt.parallelism == "omp" else (1,)
    build = build_sample(checkout, prompt, code, sandbox, slot=slot)
    key = _sha(build.key, json.dumps(threads), repr(timeout_s), machine_id(), compiler_version(), LOGIC_VERSION)[:32]
    if store is not None and key in store:
        return store.get(key)
    base = dict(problem_id=prompt.name, parallelism=prompt.parallelism, threads=max(threads), key=key,
                isolation=sandbox.isolation, warnings=[UNISOLATED_WARNING] if sandbox.isolation == "none" else [],
                build={"status": build.status, "key": build.key, "cached": build.cached},
                code_sha=hashlib.sha256(code.encode()).hexdigest()[:16])
    if build.status != "ok":
        result = RunResult(status=build.status, message=build.message, **base)
    else:
        runs = [_run_once(build.binary, prompt, t, sandbox, timeout_s, slot) for t in threads]
        failed = next((r for r in runs if r["status"] != "ok"), None)
        timings = {"runs": runs, "problem_size": prompt.problem_size}
        if failed is not None:
            result = RunResult(status=failed["status"], message=failed["message"], timings=timings, **base)
        else:
            speedups = {str(r["num_threads"]): r["best_sequential_runtime"] / max(r["runtime"], 1e-8) for r in runs}
            result = RunResult(status="ok", speedup=speedups[str(max(threads))], speedups=speedups,
                               reference_ms=1000 * min(r["best_sequential_runtime"] for r in runs),
                               candidate_ms={str(r["num_threads"]): 1000 * r["runtime"] for r in runs},
                               timings=timings, **base)
    if store is not None:
        store.append(key, result, {"prompt_id": prompt.prompt_id})
    return result


# ------------------------------------------------------------------------ validator audit
def audit_validators(checkout: Checkout, sandbox: Sandbox | None = None, *, store=None,
                     timeout_s: float = RUN_TIMEOUT_S, progress: bool = True) -> pd.DataFrame:
    """Run the trivial samples and the baseline control against every problem (serial prompt, or
    OpenMP where a problem has no serial one). One row per (problem, sample): problem_id,
    problem_type, candidate, kind ("trivial" or "control"), status, accepted, message."""
    import pandas as pd
    from tqdm.auto import tqdm

    sandbox = sandbox or Sandbox()
    one_prompt = {}
    for p in checkout.prompts:
        if p.name not in one_prompt or p.parallelism == "serial":
            one_prompt[p.name] = p
    rows = []
    for prompt in tqdm(list(one_prompt.values()), desc="audit", unit="problem", disable=not progress):
        samples = {"baseline_control": ("control", reference_candidate(prompt))}
        samples.update({name: ("trivial", code) for name, code in audit_candidates(prompt).items()})
        for name, (kind, code) in samples.items():
            res = evaluate_sample(checkout, prompt, code, sandbox, threads=(1,), timeout_s=timeout_s, store=store)
            rows.append({"problem_id": prompt.name, "problem_type": prompt.problem_type, "candidate": name,
                         "kind": kind, "status": res.status, "accepted": res.status == "ok",
                         "message": res.message.strip().splitlines()[0][:200] if res.message.strip() else ""})
    return pd.DataFrame(rows, columns=["problem_id", "problem_type", "candidate", "kind", "status", "accepted",
                                       "message"])


def weak_validators(audit: pd.DataFrame) -> list[str]:
    """Problems whose validator accepted a trivial sample."""
    trivial = audit[(audit["kind"] == "trivial") & audit["accepted"]]
    return sorted(set(trivial["problem_id"]))


def broken_controls(audit: pd.DataFrame) -> list[str]:
    """Problems whose baseline control did not pass: our build of them is wrong."""
    control = audit[(audit["kind"] == "control") & ~audit["accepted"]]
    return sorted(set(control["problem_id"]))


# ------------------------------------------------------------------------ generation and evaluation
def sample_models(models: dict[str, str | Path | None], model_name: str, requests: list, *,
                  samples_per_prompt: int, folder: ParEvalFolder, settings, backend: str = "hf",
                  progress: bool = True) -> list[dict]:
    """`samples_per_prompt` samples per request from the base model and each adapter, through the
    project's generation (`load_model` for the backend, `generate_samples`: the same prompt
    formatting, seeds, records and resumable store as notebook 07), into `folder.samples(label)`.
    Records carry `label`."""
    from .generation import generate_samples, vllm_lora_rank
    from .models import load_model

    options = {"max_lora_rank": vllm_lora_rank(models.values())} if backend == "vllm" else {}
    rows = []
    for label, adapter in models.items():
        model = tokenizer = None
        try:
            model, tokenizer = load_model(model_name, backend=backend, adapter=adapter, **options)
            records = generate_samples(model, tokenizer, requests, samples_per_prompt=samples_per_prompt,
                                       out_path=folder.samples(label), settings=settings,
                                       model_name=f"{model_name}+{label}", progress=progress)
        finally:
            del model, tokenizer
            gc.collect()
        rows += [{**rec, "label": label} for rec in records]
    return rows


def evaluate_pareval(checkout: Checkout, models: dict[str, str | Path | None], model_name: str, *,
                     samples_per_prompt: int,
                     out_dir: str | Path, settings=None, threads=None, weak: Sequence[str] = (),
                     sandbox: Sandbox | None = None, timeout_s: float = RUN_TIMEOUT_S, backend: str = "hf",
                     progress: bool = True) -> pd.DataFrame:
    """Sample `samples_per_prompt` completions per prompt of `checkout` from each model (label -> adapter folder, or
    None for the base model) and build and run them all. One row per sample with the columns of
    `perfutils.metrics` plus weak_validator (its problem is in `weak`), uses_openmp (ParEval's
    source check for OpenMP prompts), message, code and runs (ParEval's per-run record)."""
    import pandas as pd
    from tqdm.auto import tqdm

    from .generation import PromptRequest, SamplingSettings
    from .runner.store import ResultStore

    settings = settings or SamplingSettings()
    threads = thread_counts(threads)
    folder = ParEvalFolder(out_dir).create()
    for adapter in models.values():
        if adapter is not None:
            check_adapter(adapter)
    sandbox = sandbox or Sandbox()
    by_id = {p.prompt_id: p for p in checkout.prompts}
    requests = [PromptRequest(p.prompt_id, p.name, p.parallelism, p.prompt, p.signature) for p in checkout.prompts]
    records = sample_models(models, model_name, requests, samples_per_prompt=samples_per_prompt, folder=folder,
                            settings=settings, backend=backend, progress=progress)
    store = ResultStore(folder.results)
    rows = []
    for rec in tqdm(records, desc="samples", unit="sample", disable=not progress):
        prompt = by_id[rec["prompt_id"]]
        code = rec["code"] or ""
        if code:
            res = evaluate_sample(checkout, prompt, code, sandbox, threads=threads, timeout_s=timeout_s, store=store)
        else:
            res = RunResult(status="compile_error", problem_id=prompt.name, parallelism=prompt.parallelism,
                            message="no function could be extracted from the output")
        rows.append({"model": rec["label"], "problem_id": prompt.name, "problem_type": prompt.problem_type,
                     "parallelism": prompt.parallelism, "sample_index": rec["sample_index"], "status": res.status,
                     "speedup": res.speedup if res.status == "ok" else float("nan"),
                     "threads": max(threads) if prompt.parallelism == "omp" else 1,
                     "weak_validator": prompt.name in set(weak),
                     "uses_openmp": "#pragma omp" in code if prompt.parallelism == "omp" else None,
                     "message": res.message[:300], "code": code, "extraction": rec["extraction"],
                     "runs": json.dumps(res.timings.get("runs", []))})
    return pd.DataFrame(rows)


# ------------------------------------------------------------------------ ParEval's own analysis
def pareval_metrics(samples: pd.DataFrame, k: int = 1) -> pd.DataFrame:
    """The numbers ParEval's `analysis/metrics.py` would print for these samples, per model,
    execution model and problem type, plus a row per model and execution model with problem_type
    "all": the mean over problem types (its per-type averaging).

    Its definitions, kept as its code has them: one row per run (a sample that built has one per
    thread count, one that did not has one), so build@k counts a built OpenMP sample once per
    thread count; pass@k: all of a sample's runs valid; speedup@k and efficiency@k: over valid
    runs at the headline thread count (ParEval: 32; here the largest run), against the prompt's
    smallest BestSequential, with ParEval's order-statistic weights (the expected slowest of k);
    speedup_max@k: each sample's fastest valid thread count (its first run must be valid); a
    problem type without any value gets 0. Where ParEval's code divides OpenMP efficiency by a
    constant 8, this divides by the thread count the speedup was measured with. Its estimator is
    `perfutils.metrics.expected_best_of_k(..., estimator="pareval_code")`, its pass@k the unbiased
    `pass_at_k` (its `_passk` is the same formula)."""
    import numpy as np
    import pandas as pd

    from .metrics import NOT_BUILT_STATUSES, expected_best_of_k, pass_at_k

    def speedup_at_k(runs: list[dict], baseline: float, per_thread: bool = False) -> float:
        speedups = [baseline / max(r["runtime"], 1e-8) / (r["num_threads"] if per_thread else 1) for r in runs]
        return expected_best_of_k(speedups, k, estimator="pareval_code")

    rows = []
    for (model, par, name), group in samples.groupby(["model", "parallelism", "problem_id"], sort=True):
        runs_per_sample = [json.loads(r) if isinstance(r, str) else (r or []) for r in group["runs"]]
        built = [s not in NOT_BUILT_STATUSES for s in group["status"]]
        run_rows = sum(max(1, len(r)) if b else 1 for r, b in zip(runs_per_sample, built))
        built_rows = sum(max(1, len(r)) for r, b in zip(runs_per_sample, built) if b)
        valid = sum(bool(r) and all(x["is_valid"] for x in r) for r in runs_per_sample)
        headline = [[x for x in r if x["is_valid"] and x["num_threads"] == max(y["num_threads"] for y in r)]
                    for r in runs_per_sample if r]
        head = [x for xs in headline for x in xs]
        first_ok = [[x for x in r if x["is_valid"]] for r in runs_per_sample if r and r[0]["is_valid"]]
        row = {"model": model, "parallelism": par, "problem_type": group["problem_type"].iloc[0], "problem_id": name,
               f"build@{k}": pass_at_k(run_rows, built_rows, k), f"pass@{k}": pass_at_k(len(group), valid, k),
               f"speedup@{k}": np.nan, f"speedup_max@{k}": np.nan, f"efficiency@{k}": np.nan}
        if head:
            baseline = min(x["best_sequential_runtime"] for x in head)
            row[f"speedup@{k}"] = speedup_at_k(head, baseline)
            row[f"efficiency@{k}"] = speedup_at_k(head, baseline, per_thread=True)
        if first_ok:
            baseline = min(min(x["best_sequential_runtime"] for x in xs) for xs in first_ok)
            fastest = [min(xs, key=lambda x: x["runtime"]) for xs in first_ok]
            row[f"speedup_max@{k}"] = speedup_at_k([{**x, "num_threads": 1} for x in fastest], baseline)
        rows.append(row)
    per_prompt = pd.DataFrame(rows)
    metrics = [f"build@{k}", f"pass@{k}", f"speedup@{k}", f"speedup_max@{k}", f"efficiency@{k}"]
    by_type = per_prompt.groupby(["model", "parallelism", "problem_type"], sort=True)[metrics].mean().fillna(0.0)
    by_type = by_type.reset_index()
    overall = by_type.groupby(["model", "parallelism"], sort=True)[metrics].mean().reset_index()
    overall.insert(2, "problem_type", "all")
    return pd.concat([overall, by_type], ignore_index=True)


# ------------------------------------------------------------------------ report
def pareval_report(samples: pd.DataFrame, audit: pd.DataFrame | None = None, *, k: int = 1,
                   baseline_model: str = "base", n_boot: int = 2000, seed: int = 0) -> dict[str, pd.DataFrame]:
    """Every table of a ParEval run: ours (`perfutils.metrics.summarize`) and ParEval's
    (`pareval_metrics`), each over all prompts and without the problems whose validator accepts
    trivial code; ours per problem type; paired bootstrap of each model against `baseline_model`."""
    import pandas as pd
    from . import metrics as M

    weak = set(weak_validators(audit)) if audit is not None and len(audit) else set(samples["problem_id"][
        samples.get("weak_validator", pd.Series(False, index=samples.index)).astype(bool)])
    sound = samples[~samples["problem_id"].isin(weak)]
    tables = {}
    for subset, frame in (("all", samples), ("sound", sound)):
        if frame.empty:
            continue
        ours = M.summarize(frame, by=("model", "parallelism"), k=k)
        ours.insert(2, "problems", subset)
        theirs = pareval_metrics(frame, k=k)
        theirs.insert(3, "problems", subset)
        tables[f"ours_{subset}"] = ours
        tables[f"pareval_{subset}"] = theirs
    tables["ours_by_type"] = M.summarize(samples, by=("model", "parallelism", "problem_type"), k=k)
    if baseline_model in set(samples["model"]) and samples["model"].nunique() > 1:
        tables["bootstrap"] = M.paired_bootstrap_table(samples, baseline_model, [f"pass@{k}", f"speedup_n@{k}_geo",
                                                       "expected_speedup"], by=("parallelism",), n_boot=n_boot,
                                                       seed=seed)
    return tables


def write_report(out_dir: str | Path, samples: pd.DataFrame | None, audit: pd.DataFrame | None, tables: dict,
                 info: dict) -> dict:
    """Write samples.csv, audit.csv, one CSV per table, results.md and metrics.json into `out_dir`
    (`ParEvalFolder`); returns what metrics.json holds."""
    folder = ParEvalFolder(out_dir).create()
    if samples is not None:
        samples.to_csv(folder.samples_table, index=False)
    if audit is not None:
        audit.to_csv(folder.audit_table, index=False)
    for name, table in tables.items():
        table.to_csv(folder.table(name), index=False)
    weak = weak_validators(audit) if audit is not None and len(audit) else []
    broken = broken_controls(audit) if audit is not None and len(audit) else []
    lines = ["# ParEval results", "", HELD_OUT, ""]
    lines += [f"- {key}: {value}" for key, value in info.items() if not isinstance(value, (dict, list))]
    if audit is not None:
        lines += ["", "## Validator audit", "",
                  f"Problems whose validator accepts trivial code ({len(weak)} of {audit['problem_id'].nunique()}): "
                  + (", ".join(weak) or "none"), ""]
        if broken:
            lines += [f"Baseline control failed (our build of these is wrong; read their rows): {', '.join(broken)}", ""]
        accepted = audit[audit["accepted"] & (audit["kind"] == "trivial")]
        if len(accepted):
            lines += [accepted[["problem_id", "candidate"]].to_markdown(index=False), ""]
    for name, table in tables.items():
        lines += [f"## {name}", "", table.drop(columns=[c for c in ("problem_id",) if c in table], errors="ignore")
                  .to_markdown(index=False, floatfmt=".3f"), ""]
    folder.results_markdown.write_text("\n".join(lines) + "\n")
    summary = {**info, "held_out": HELD_OUT, "weak_validators": weak, "broken_controls": broken,
               "tables": {name: table.to_dict(orient="records") for name, table in tables.items()}}
    folder.metrics.write_text(json.dumps(summary, indent=2, default=str) + "\n")
    return summary


def run_pareval(pareval_dir: str | Path, out_dir: str | Path, *, model_name: str = "qwen2.5-coder-1.5b-instruct",
                adapters: dict[str, str | Path | None] | None = None, samples_per_prompt: int = 1, settings=None,
                parallelisms: Sequence[str] = RUN_MODELS, problems: Sequence[str] | None = None, threads=None,
                audit_only: bool = False, allow_unsandboxed: bool = False, timeout_s: float = RUN_TIMEOUT_S,
                backend: str = "hf", n_boot: int = 2000, progress: bool = True) -> dict:
    """The whole ParEval job (what the CLI and notebook 08 call): read the checkout, audit its
    validators, sample and run every model, and write the report into `out_dir` (`ParEvalFolder`).
    The metrics are ParEval's @1 (pass@1, speedup@1, ...), estimated from `samples_per_prompt`
    samples per prompt (ParEval's paper: 20 at temperature 0.2)."""
    from .generation import SamplingSettings
    from .runinfo import collect_run_info
    from .runner.store import ResultStore

    checkout = load_checkout(pareval_dir, parallelisms, problems)
    if checkout.skipped and progress:
        print(f"perfutils: {checkout.skipped_message()}")
    sandbox = Sandbox(allow_unsandboxed=allow_unsandboxed)
    folder = ParEvalFolder(out_dir).create()
    threads = thread_counts(threads)
    settings = settings or SamplingSettings()
    audit = audit_validators(checkout, sandbox, store=ResultStore(folder.audit_results),
                             timeout_s=timeout_s, progress=progress)
    weak = weak_validators(audit)
    info: dict[str, Any] = {
        "pareval_commit": checkout.commit or "unknown (not a git checkout)", "problems": len(checkout.problems),
        "prompts": len(checkout.prompts), "parallelisms": ", ".join(sorted({p.parallelism for p in checkout.prompts})),
        "skipped": checkout.skipped_message() or "none", "isolation": sandbox.isolation,
        "omp_threads": ", ".join(map(str, threads)) + " (the headline speedup is at the largest)",
    }
    samples, tables = None, {}
    if not audit_only:
        models = {"base": None, **(adapters or {})}
        samples = evaluate_pareval(checkout, models, model_name, samples_per_prompt=samples_per_prompt,
                                   out_dir=folder.path, settings=settings,
                                   threads=threads, weak=weak, sandbox=sandbox, timeout_s=timeout_s, backend=backend,
                                   progress=progress)
        tables = pareval_report(samples, audit, k=1, n_boot=n_boot, seed=settings.seed)
        info.update({"model": model_name, "models": ", ".join(models), "samples_per_prompt": samples_per_prompt,
                     "temperature": settings.temperature,
                     "top_p": settings.top_p, "max_new_tokens": settings.max_new_tokens, "seed": settings.seed})
    info["run"] = collect_run_info()
    return write_report(folder.path, samples, audit, tables, info)
