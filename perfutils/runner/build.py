"""Build: compile a problem's harness once and each candidate as its own translation unit.

The generic main, the driver and the baseline reference are compiled once per problem; a
candidate is compiled after a standard set of headers (`harness/pf_std.hpp`, precompiled once per
compiler and flags) and the problem's prelude (headers, types, declaration), inspected, and
linked against them. Both are cached under a hash of everything that determines the binary
(normalized code, flags, compiler version, problem build), so duplicate samples cost nothing.
Compilation happens in the sandbox too: `#include "/etc/shadow"` is an attack at compile time.

A candidate is `rejected` before it runs when its object file defines a symbol that would
replace a library or harness function (`main`, `clock_gettime`, `omp_get_wtime`,
`operator new`, ...) or carries code that would run before `main` (beyond the static
initialization `<iostream>` emits). The check reads the object's symbol table and
disassembly, not the source text.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from ..problems import Problem
from .sandbox import Limits, Sandbox

HARNESS_DIR = Path(__file__).resolve().parent / "harness"
REPO_ROOT = Path(__file__).resolve().parents[2]
CXX = os.environ.get("PERFUTILS_CXX", "g++")
# Every function and loop starts on a 64-byte boundary (a cache line, the unit the CPU's front
# end fetches and caches decoded code by). The candidate and the baseline sit at different
# addresses in one binary; with GCC's default 16-byte alignment the same code timed against
# itself ran 0.86x to 1.18x depending on where the link put it
# (`benchmarks/timing_stability.py --identical`).
LAYOUT_FLAGS = ("-falign-functions=64", "-falign-loops=64")
BASE_FLAGS = ("-std=c++17", "-O3") + LAYOUT_FLAGS
OMP_FLAGS = ("-fopenmp",)
# Bounds on what a candidate's compile may do (a compile-time bomb meets these before the limits).
CANDIDATE_COMPILE_FLAGS = ("-fmax-errors=5", "-ftemplate-depth=256", "-fconstexpr-ops-limit=33554432")
STD_HEADER = HARNESS_DIR / "pf_std.hpp"
# CPU seconds bound a compile-time bomb; the wall limit is generous because a loaded machine
# stretches wall time without the compile doing more work.
COMPILE_LIMITS = Limits(cpu_s=60, wall_s=600, memory_bytes=3 << 30, file_bytes=256 << 20, processes=32,
                        tmpfs_bytes=256 << 20, output_bytes=64 << 10)
MESSAGE_LINES = 20  # compiler messages kept as evidence
# How candidates are built and checked; part of every build and result key.
BUILD_LOGIC = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


class ProblemBuildError(RuntimeError):
    """The problem itself (driver, baseline, spec) does not compile: a bug in the problem."""


def build_cache_dir() -> Path:
    """The build cache: `PERFUTILS_BUILD_CACHE` or `.cache/builds` in the repository.

    Compiles and runs happen as an unprivileged sandbox uid, which must be able to traverse the
    cache to reach its build directory; a root-owned private directory (as `mkdtemp` makes) gets
    search permission (o+x, not read) added so that its builds do not fail with EACCES."""
    root = Path(os.environ.get("PERFUTILS_BUILD_CACHE", REPO_ROOT / ".cache" / "builds"))
    root.mkdir(parents=True, exist_ok=True)
    mode = root.stat().st_mode
    if os.geteuid() == 0 and not mode & 0o001:
        os.chmod(root, mode | 0o011)
    return root


@functools.lru_cache(maxsize=None)
def compiler_version() -> str:
    out = subprocess.run([CXX, "--version"], capture_output=True, text=True, check=True).stdout
    return out.splitlines()[0].strip()


def normalize_code(code: str) -> str:
    """Line endings, trailing whitespace and surrounding blank lines do not change a build."""
    lines = [line.rstrip() for line in code.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def _sha(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode())
        h.update(b"\0")
    return h.hexdigest()


def _first_lines(text: str, n: int = MESSAGE_LINES) -> str:
    lines = text.strip().splitlines()
    return "\n".join(lines[:n]) + (f"\n... ({len(lines) - n} more lines)" if len(lines) > n else "")


def _publish(tmp: Path, final: Path) -> None:
    """Atomic publication into the shared cache: the first finished writer wins."""
    os.chmod(tmp, 0o755)
    final.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.rename(tmp, final)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)


# ------------------------------------------------------------------------ problem builds
@dataclass(frozen=True)
class ProblemBuild:
    problem_id: str
    key: str
    dir: Path  # headers, the judge program, and worker.o for candidates to link with

    @property
    def judge(self) -> Path:
        return self.dir / "judge"


def build_problem(problem: Problem, sandbox: Sandbox, *, slot: int | None = None) -> ProblemBuild:
    """Compile the problem's generic main, driver and baseline once (cached)."""
    files = {
        "pf_harness.hpp": (HARNESS_DIR / "pf_harness.hpp").read_text(),
        "pf_channel.hpp": (HARNESS_DIR / "pf_channel.hpp").read_text(),
        "pf_judge.cpp": (HARNESS_DIR / "pf_judge.cpp").read_text(),
        "pf_worker.cpp": (HARNESS_DIR / "pf_worker.cpp").read_text(),
        "pf_prelude_serial.hpp": problem.prelude("serial"),
        "pf_prelude_omp.hpp": problem.prelude("omp"),
        "pf_problem.hpp": problem.problem_header(),
        "driver.cpp": problem.driver_code,
        "ref.cpp": problem.reference_unit(problem.baseline),
    }
    key = _sha(compiler_version(), *BASE_FLAGS, *OMP_FLAGS, *(k + v for k, v in sorted(files.items())))[:24]
    cache = build_cache_dir()
    final = cache / "problems" / f"{problem.id}-{key}"
    if (final / "ok").exists():
        return ProblemBuild(problem.id, key, final)
    root = cache / "problems"
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{problem.id}-", dir=root))
    os.chmod(tmp, 0o777)
    for name, text in files.items():
        (tmp / name).write_text(text)
    flags = " ".join(BASE_FLAGS + OMP_FLAGS)
    # The judge (trusted: inputs, reference, verdict, clock) is linked here, once per problem; the
    # worker's object is linked with each candidate into the program that runs in the sandbox.
    script = (
        f"{CXX} {flags} -I. -c pf_judge.cpp -o judge.o && "
        f"{CXX} {flags} -I. -c driver.cpp -o driver.o && "
        f"{CXX} {flags} -I. -c ref.cpp -o ref.o && "
        f"{CXX} {flags} -I. -c pf_worker.cpp -o worker.o && "
        f"{CXX} -fopenmp judge.o driver.o ref.o -o judge -lpthread"
    )
    res = sandbox.run(["/bin/sh", "-c", script], slot=slot, jobdir=tmp, limits=COMPILE_LIMITS)
    if res.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ProblemBuildError(
            f"problem {problem.id} ({problem.path}) does not build: "
            + _first_lines(res.stderr.decode(errors="replace") or "compiler timed out", 40)
        )
    if os.geteuid() == 0:
        # The sandbox's user compiled these; the judge runs as this user and must be a program
        # that no sandboxed job can have touched since.
        for f in [tmp, *tmp.iterdir()]:
            os.chown(f, 0, 0)
    (tmp / "ok").write_text(json.dumps({"compiler": compiler_version(), "flags": flags}))
    _publish(tmp, final)
    return ProblemBuild(problem.id, key, final)


# ------------------------------------------------------------------------ standard headers
@functools.lru_cache(maxsize=None)
def _std_header_spec(parallelism: str) -> tuple[str, tuple[str, ...], str]:
    """Text, flags and key of the standard set, read once per process (every build asks)."""
    text = STD_HEADER.read_text()
    flags = candidate_flags(parallelism) + CANDIDATE_COMPILE_FLAGS
    return text, flags, _sha(compiler_version(), *flags, text)[:24]


def build_std_header(parallelism: str, sandbox: Sandbox, *, slot: int | None = None) -> tuple[str, Path]:
    """Precompile `pf_std.hpp` with exactly a candidate's flags (cached; GCC uses a precompiled
    header only when the flags match). Returns its key and the directory holding the header and
    its `.gch`, which candidate compiles see as `std/`."""
    text, flags, key = _std_header_spec(parallelism)
    root = build_cache_dir() / "std"
    final = root / f"{parallelism}-{key}"
    if (final / "ok").exists():
        return key, final
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{parallelism}-", dir=root))
    os.chmod(tmp, 0o777)
    (tmp / "pf_std.hpp").write_text(text)
    res = sandbox.run(["/bin/sh", "-c", f"{CXX} {' '.join(flags)} -x c++-header pf_std.hpp -o pf_std.hpp.gch"],
                      slot=slot, jobdir=tmp, limits=COMPILE_LIMITS)
    if res.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        raise RuntimeError(f"the compiler {CXX!r} cannot precompile the standard headers ({STD_HEADER}): "
                           + _first_lines(res.stderr.decode(errors="replace") or "compiler timed out", 40)
                           + "\nCheck that g++ and its C++ standard library are installed.")
    for f in tmp.iterdir():
        os.chmod(f, 0o644)
    (tmp / "ok").write_text(json.dumps({"compiler": compiler_version(), "flags": list(flags)}))
    _publish(tmp, final)
    return key, final


# ------------------------------------------------------------------------ candidate builds
@dataclass
class CandidateBuild:
    status: str  # ok | compile_error | rejected
    message: str
    key: str
    binary: Path | None
    compile_s: float
    cached: bool

    def evidence(self) -> dict:
        d = asdict(self)
        d["binary"] = str(self.binary) if self.binary else None
        return d


def candidate_flags(parallelism: str) -> tuple[str, ...]:
    return BASE_FLAGS + (OMP_FLAGS if parallelism == "omp" else ())


def candidate_includes(parallelism: str) -> tuple[str, ...]:
    """What a candidate's compile puts before its code: the standard set (the precompiled header,
    which GCC uses only as the first include), then the problem's prelude. `-include` keeps
    candidate.cpp exactly the candidate's code, so every compiler message quotes the right line."""
    return ("-include", "std/pf_std.hpp", "-include", f"pf/pf_prelude_{parallelism}.hpp")


def build_candidate(problem: Problem, pbuild: ProblemBuild, code: str, parallelism: str, sandbox: Sandbox, *,
                    slot: int | None = None) -> CandidateBuild:
    """Compile, inspect and link one candidate (cached by its normalized code)."""
    code = normalize_code(code)
    flags = candidate_flags(parallelism)
    std_key, std_dir = build_std_header(parallelism, sandbox, slot=slot)
    # The key covers this module's source too: a changed check or command never reuses a verdict.
    key = _sha(code, parallelism, compiler_version(), *flags, pbuild.key, std_key, BUILD_LOGIC)[:32]
    cache = build_cache_dir()
    final = cache / "candidates" / key[:2] / key
    if (final / "build.json").exists():
        meta = json.loads((final / "build.json").read_text())
        binary = final / "prog" if meta["status"] == "ok" else None
        return CandidateBuild(meta["status"], meta["message"], key, binary, meta["compile_s"], cached=True)
    root = cache / "candidates" / key[:2]
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{key[:8]}-", dir=root))
    (tmp / "candidate.cpp").write_text(code)
    cflags = " ".join(flags + CANDIDATE_COMPILE_FLAGS + candidate_includes(parallelism))
    # Compile, dump what the checks need, and link, all in one sandboxed job. The compile output
    # goes to a file so that a flood of diagnostics is capped by the file size limit.
    script = (
        f"{CXX} {cflags} -I. "
        "-c candidate.cpp -o cand.o 2> compile.txt || { cat compile.txt >&2; exit 10; }; "
        "nm -P --defined-only cand.o > syms.txt; "
        "readelf -SW cand.o > sections.txt; readelf -rW cand.o > relocs.txt; "
        "objdump -dr --no-show-raw-insn -j .text.startup cand.o > startup.txt 2>/dev/null; "
        "objdump -d --no-show-raw-insn cand.o > text.txt 2>/dev/null; "
        f"{CXX} -fopenmp pf/worker.o cand.o -o prog 2> link.txt || {{ cat link.txt >&2; exit 11; }}"
    )
    res = sandbox.run(["/bin/sh", "-c", script], slot=slot, jobdir=tmp, ro_binds={"pf": pbuild.dir, "std": std_dir},
                      limits=COMPILE_LIMITS)
    stderr = res.stderr.decode(errors="replace")
    # The script exits 0, 10 (compile) or 11 (link); anything else without a signal means the
    # sandbox's launcher (prlimit, setpriv, bwrap) failed before the compiler ran.
    launcher_failed = not res.timed_out and not res.signal and res.returncode not in (0, 10, 11)
    if res.timed_out or res.returncode not in (0, 10, 11):
        status, message = "compile_error", ("compiler exceeded its time or memory limit" if res.timed_out or res.signal
                                            else "the sandbox could not start the compiler: " + _first_lines(stderr))
    elif res.returncode == 10:
        status, message = "compile_error", _first_lines(stderr)
    else:
        reason = inspect_object(
            (tmp / "syms.txt").read_text(errors="replace"),
            (tmp / "sections.txt").read_text(errors="replace"),
            (tmp / "relocs.txt").read_text(errors="replace"),
            (tmp / "startup.txt").read_text(errors="replace") if (tmp / "startup.txt").exists() else "",
            forbidden=forbidden_symbols(pbuild),
            text=(tmp / "text.txt").read_text(errors="replace") if (tmp / "text.txt").exists() else "",
        )
        if reason:
            status, message = "rejected", reason
        elif res.returncode == 11:
            status = "compile_error"
            if "undefined reference" in stderr and problem.function in stderr:
                message = f"the candidate does not define `{problem.signature}` with exactly this signature:\n"
            else:
                message = "link failed:\n"
            message += _first_lines(stderr)
        else:
            status, message = "ok", ""
    for f in tmp.iterdir():
        if f.is_dir() and not f.is_symlink():  # without bwrap, pf/ and std/ are symlinks
            shutil.rmtree(f)
        elif f.name != "prog":
            f.unlink()
    if status != "ok" and (tmp / "prog").exists():
        (tmp / "prog").unlink()
    if status == "ok":
        os.chmod(tmp / "prog", 0o755)
    meta = {"status": status, "message": message, "compile_s": round(res.wall_s, 3), "compiler": compiler_version(),
            "flags": list(flags), "isolation": res.isolation}
    if res.timed_out or launcher_failed:
        # A wall-clock kill depends on the machine's load, and a sandbox that could not start
        # the compiler on the machine's state, not only on the code: not verdicts to cache.
        shutil.rmtree(tmp, ignore_errors=True)
        return CandidateBuild(status, message, key, None, res.wall_s, cached=False)
    (tmp / "build.json").write_text(json.dumps(meta))
    _publish(tmp, final)
    binary = final / "prog" if status == "ok" else None
    return CandidateBuild(status, message, key, binary, res.wall_s, cached=False)


# ------------------------------------------------------------------------ object inspection
_SYSTEM_LIBS = ("libc.so.6", "libm.so.6", "libstdc++.so.6", "libgomp.so.1", "libgcc_s.so.1", "libpthread.so.0")


@functools.lru_cache(maxsize=None)
def library_symbols() -> frozenset[str]:
    """Functions and data the C/C++/OpenMP runtime exports: a candidate must not replace them."""
    names: set[str] = set()
    for lib in _SYSTEM_LIBS:
        path = subprocess.run([CXX, f"-print-file-name={lib}"], capture_output=True, text=True).stdout.strip()
        if not path or not os.path.exists(path):
            continue
        out = subprocess.run(["nm", "-D", "--defined-only", "-P", path], capture_output=True, text=True).stdout
        for line in out.splitlines():
            name = line.split(" ", 1)[0].split("@", 1)[0]
            if name:
                names.add(name)
    return frozenset(names)


@functools.lru_cache(maxsize=256)
def _harness_symbols(build_dir: str) -> frozenset[str]:
    out = subprocess.run(["nm", "-P", "--defined-only", "worker.o"], cwd=build_dir,
                         capture_output=True, text=True).stdout
    names = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1] in "TDBRCi":
            names.add(parts[0])
    return frozenset(names)


def forbidden_symbols(pbuild: ProblemBuild) -> frozenset[str]:
    return library_symbols() | _harness_symbols(str(pbuild.dir))


def _demangle(names: list[str]) -> dict[str, str]:
    if not names:
        return {}
    out = subprocess.run(["c++filt"], input="\n".join(names), capture_output=True, text=True).stdout.splitlines()
    return dict(zip(names, out)) if len(out) == len(names) else {n: n for n in names}


_RESERVED_NAMESPACES = ("pf::", "pf_ref::", "pf_gen::", "problem::", "(anonymous namespace)::")
_ALLOWED_STARTUP_CALLS = re.compile(
    r"^(__cxa_atexit|__dso_handle|_ZNSt8ios_base4InitC1Ev|_ZNSt8ios_base4InitD1Ev|_ZStL8__ioinit|"
    r"_Z\w*D[012]Ev|\.LC\d+|\.bss[\w.]*|\.data[\w.]*|\.rodata[\w.]*)([-+]0x[0-9a-f]+)?$"
)


# Valgrind's client-request preamble (x86-64): four rotations of %rdi that add up to 128 bits.
# Code carrying it could switch callgrind's counting off and forge an instruction count.
_VALGRIND_REQUEST = re.compile(r"rol\s+\$0x3,%rdi\s*\n.*rol\s+\$0xd,%rdi\s*\n.*rol\s+\$0x3d,%rdi\s*\n.*rol\s+\$0x33,%rdi")


def inspect_object(syms: str, sections: str, relocs: str, startup: str, *, forbidden: frozenset[str],
                   text: str = "") -> str | None:
    """Return why the candidate object must be rejected, or None when it is acceptable."""
    if _VALGRIND_REQUEST.search(text):
        return "candidate issues valgrind client requests (they could forge an instruction count)"
    defined = []
    for line in syms.splitlines():
        parts = line.split()
        if len(parts) < 2:
            continue
        name, kind = parts[0], parts[1]
        if kind.islower() and kind not in ("w", "v", "u", "i"):
            continue  # local symbols cannot replace anything
        defined.append((name, kind))
    demangled = _demangle([n for n, _ in defined])
    for name, kind in defined:
        pretty = demangled.get(name, name)
        if name == "main":
            return "candidate defines `main`: only the requested function (and its helpers) may be defined"
        if kind == "i":
            return f"candidate defines an indirect function `{pretty}`"
        if pretty.startswith(_RESERVED_NAMESPACES[:4]):
            return f"candidate defines `{pretty}` inside the harness's namespace"
        weak = kind in ("W", "w", "V", "v", "u")
        if weak and pretty.startswith(("std::", "__gnu_cxx::", "void std::", "__gnu_cxx")) or name.startswith("DW.ref."):
            continue  # inline/template instantiations of the standard library
        if weak and re.match(r"^[\w:<>,\s\*&\[\]\(\)]*std::", pretty) and name.startswith("_Z"):
            continue
        if name in forbidden:
            return f"candidate defines `{pretty}`, which would replace a library or harness symbol"
        if name.startswith("_Z") and pretty.startswith("operator new") or pretty.startswith("operator delete"):
            return f"candidate defines `{pretty}`, which would replace the allocator"
    section_names = set(re.findall(r"\]\s+(\S+)", sections))
    if {".preinit_array", ".ctors"} & section_names:
        return "candidate has code that would run before main (.preinit_array/.ctors)"
    if ".init_array" in section_names:
        # What `.init_array` points to must be the compiler's static-initialization function(s)
        # in .text.startup, and that code may only construct iostream and register destructors:
        # no loops, no system calls, no other calls.
        init_rel = relocs.split("'.rela.init_array'", 1)
        if len(init_rel) == 2:
            body = init_rel[1].split("Relocation section", 1)[0]
            for target in re.findall(r"R_X86_64_64\s+[0-9a-f]+\s+(\S+)", body):
                if not (target.startswith(".text.startup") or target.startswith("_GLOBAL__sub_I_")):
                    return f"candidate registers `{target}` to run before main"
        for line in startup.splitlines():
            m = re.match(r"\s*[0-9a-f]+:\s+R_X86_64_\w+\s+(\S+?)(-0x4)?$", line)
            if m:
                if not _ALLOWED_STARTUP_CALLS.match(m.group(1)):
                    name = _demangle([m.group(1)]).get(m.group(1), m.group(1))
                    return f"code that runs before main uses `{name}`"
                continue
            m = re.match(r"\s*([0-9a-f]+):\s+(\S+)\s*(.*)$", line)
            if m:
                addr, op, rest = int(m.group(1), 16), m.group(2), m.group(3)
                if op in ("syscall", "int", "sysenter", "int3", "ud2"):
                    return f"code that runs before main executes `{op}`"
                if op.startswith("j") or op.startswith("loop"):
                    tm = re.match(r"([0-9a-f]+)\s", rest + " ")
                    if tm and int(tm.group(1), 16) <= addr:
                        return "code that runs before main contains a loop"
    return None
