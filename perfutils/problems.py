"""Problems: load and validate problem directories, render prompts and the C++ glue.

A problem is a directory (see data/problems/README.md)::

    data/problems/<split>/<id>/
        problem.yaml          the spec: signature, prompt text, sizes, tolerance, references
        driver.cpp            problem logic: make inputs for (size, rng, case), optional check
        solutions/*.cpp       reference solutions in candidate form

Usage::

    from perfutils.problems import load_problems
    problems = load_problems("data/problems/train")
    print(problems[0].prompt("omp"))
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

PROBLEM_TYPES = (
    "dense_la",
    "sparse_la",
    "fft",
    "geometry",
    "graph",
    "histogram",
    "reduce",
    "scan",
    "search",
    "sort",
    "stencil",
    "transform",
)
PARALLELISMS = ("serial", "omp")
ROLES = ("input", "output", "inout")
SPEC_FILE = "problem.yaml"
DRIVER_FILE = "driver.cpp"
DEFAULT_VALIDATION_SIZES = (1, 2, 3, 7, 16, 100, 1000)
DEFAULT_OMP_NOTE = "Use OpenMP to compute in parallel."
REPO_ROOT = Path(__file__).resolve().parent.parent
PROBLEMS_ROOT = REPO_ROOT / "data" / "problems"
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PROBLEM_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class ProblemSpecError(ValueError):
    """A problem directory is malformed. The message names the file and the field."""


class UnknownProblemError(ProblemSpecError):
    """A problem id asked for that no problem folder under the root has."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # C++ type as written in the signature, e.g. "std::vector<double> const&"
    role: str  # input (must stay unchanged), output or inout (compared with the reference)


@dataclass(frozen=True)
class Reference:
    name: str  # file stem in solutions/
    parallelism: str
    anti_pattern: str | None = None  # for slow references: the performance mistake it makes


@dataclass(frozen=True)
class Problem:
    id: str
    type: str
    path: Path
    function: str
    returns: str
    params: tuple[Param, ...]
    headers: tuple[str, ...]
    types: str
    description: str
    omp_note: str
    tiny_size: int
    timing_size: int
    validation_sizes: tuple[int, ...]
    tol_rel: float
    tol_abs: float
    references: tuple[Reference, ...]
    serial_order: tuple[str, ...]  # serial references, slowest first; the last is the baseline
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    # ---------------------------------------------------------------- identity
    @property
    def split(self) -> str:
        return self.path.parent.name

    @property
    def baseline(self) -> str:
        """Name of the fast serial reference: every speedup is relative to it."""
        return self.serial_order[-1]

    def reference(self, name: str) -> Reference:
        for ref in self.references:
            if ref.name == name:
                return ref
        raise KeyError(f"problem {self.id} has no reference solution {name!r}; it has {[r.name for r in self.references]}")

    def solution_code(self, name: str) -> str:
        return (self.path / "solutions" / f"{name}.cpp").read_text()

    @property
    def driver_code(self) -> str:
        return (self.path / DRIVER_FILE).read_text()

    def version(self) -> str:
        """Hash of everything that defines the problem's behaviour: spec, driver, baseline and the
        glue generated from them (preludes, problem header), whose generator may change too."""
        h = hashlib.sha256()
        h.update((self.path / SPEC_FILE).read_bytes())
        h.update(self.driver_code.encode())
        h.update(self.solution_code(self.baseline).encode())
        for text in (self.prelude("serial"), self.prelude("omp"), self.problem_header()):
            h.update(text.encode())
        return h.hexdigest()[:16]

    # ---------------------------------------------------------------- C++ text
    @property
    def param_list(self) -> str:
        return ", ".join(f"{p.type} {p.name}" for p in self.params)

    @property
    def signature(self) -> str:
        return f"{self.returns} {self.function}({self.param_list})"

    def include_lines(self, parallelism: str) -> list[str]:
        lines = [f"#include <{h}>" for h in self.headers]
        if parallelism == "omp":
            lines.append("#include <omp.h>")
        return lines

    def prompt(self, parallelism: str) -> str:
        """The prompt a model sees: headers, types, a doc comment with an example, the signature
        ending in `{` (ParEval's style)."""
        _check_parallelism(parallelism)
        text = self.description.strip()
        if parallelism == "omp":
            # The sentence asking for OpenMP goes after the task's first paragraph.
            first, sep, rest = text.partition("\n\n")
            text = first + "\n" + self.omp_note + (sep + rest if sep else "")
        comment = "/* " + "\n".join(("   " + line).rstrip() for line in text.splitlines()).lstrip() + "\n*/"
        parts = ["\n".join(self.include_lines(parallelism))]
        if self.types.strip():
            parts.append(self.types.strip())
        parts.append(comment + "\n" + self.signature + " {")
        return "\n\n".join(parts) + "\n"

    def prelude(self, parallelism: str) -> str:
        """What every candidate translation unit is compiled after: headers, types, declaration."""
        _check_parallelism(parallelism)
        body = "\n".join(self.include_lines(parallelism))
        if self.types.strip():
            body += "\n\n" + self.types.strip()
        return f"#pragma once\n{body}\n\n{self.signature};\n"

    def problem_header(self) -> str:
        """pf_problem.hpp: glue between the generic main, the driver, the candidate and the
        reference, generated from the structured signature so that drivers hold only logic."""
        ret_void = self.returns.strip() == "void"
        fields = [f"  pf::storage_t<{p.type}> {p.name}{{}};" for p in self.params]
        if not ret_void:
            fields.append(f"  pf::storage_t<{self.returns}> ret{{}};")
        call_args = ", ".join(f"a.{p.name}" for p in self.params)
        assign = "" if ret_void else "a.ret = "
        compares = [] if ret_void else ['pf::compare("return value", e.ret, g.ret, tol, why)']
        compares += [f'pf::compare("{p.name}", e.{p.name}, g.{p.name}, tol, why)' for p in self.params if p.role != "input"]
        fields_visit = [f'  f("{p.name}", {"true" if p.role == "input" else "false"}, a.{p.name});' for p in self.params]
        if not ret_void:
            fields_visit.append('  f("return value", false, a.ret);')
        unchanged = [
            f'  if (!pf::same(before.{p.name}, after.{p.name})) {{ why = "{p.name}"; return false; }}'
            for p in self.params
            if p.role == "input"
        ]
        return "\n".join(
            [
                "// Generated by perfutils.problems from problem.yaml: do not edit.",
                "#pragma once",
                '#include "pf_prelude_serial.hpp"',
                '#include "pf_harness.hpp"',
                "",
                f"namespace pf_ref {{ {self.signature}; }}",
                "",
                "namespace pf_gen {",
                "struct Args {",
                *fields,
                "};",
                f"inline void call_candidate(Args& a) {{ {assign}::{self.function}({call_args}); }}",
                f"inline void call_reference(Args& a) {{ {assign}pf_ref::{self.function}({call_args}); }}",
                "inline bool check_outputs(const Args& e, const Args& g, const pf::Tolerance& tol, std::string& why) {",
                "  (void)e; (void)g; (void)tol; (void)why;",
                "  return " + (" && ".join(compares) if compares else "true") + ";",
                "}",
                "// Every field (name, whether it is input-only, the field): how the judge moves an Args",
                "// into and out of the candidate's process (pf_channel.hpp).",
                "template <class A, class F>",
                "void for_each_field(A& a, F&& f) {",
                "  (void)a; (void)f;",
                *fields_visit,
                "}",
                "inline bool inputs_unchanged(const Args& before, const Args& after, std::string& why) {",
                "  (void)before; (void)after; (void)why;",
                *unchanged,
                "  return true;",
                "}",
                "}  // namespace pf_gen",
                "",
                "namespace problem {",
                "using pf_gen::Args;",
                "// Number of validation cases; case 0 is a typical input and is also the timing input.",
                "extern const int kNumCases;",
                "void make_input(Args& a, std::size_t n, pf::Rng& rng, int kase);",
                "bool check(const Args& input, const Args& expected, const Args& got, const pf::Tolerance& tol, std::string& why);",
                "}  // namespace problem",
                "",
            ]
        )

    def reference_unit(self, name: str) -> str:
        """A reference solution compiled into namespace pf_ref, so that it can share the process
        with a candidate that defines the same function and helpers."""
        includes, body = split_includes(self.solution_code(name))
        return (
            '#include "pf_prelude_serial.hpp"\n'
            + "".join(line + "\n" for line in includes)
            + "namespace pf_ref {\n"
            + f'#line 1 "{name}.cpp"\n'
            + body
            + "\n}  // namespace pf_ref\n"
        )


def split_includes(code: str) -> tuple[list[str], str]:
    """Separate `#include` lines (which must stay at global scope) from the rest of the code,
    keeping the line count of the rest so compiler messages point at the right lines."""
    includes, rest = [], []
    for line in code.splitlines():
        if line.lstrip().startswith("#include"):
            includes.append(line.strip())
            rest.append("")
        else:
            rest.append(line)
    return includes, "\n".join(rest)


def _check_parallelism(parallelism: str) -> None:
    if parallelism not in PARALLELISMS:
        raise ValueError(f"unknown parallelism {parallelism!r}: use one of {', '.join(PARALLELISMS)}")


# -------------------------------------------------------------------- loading
def _field(spec: dict, key: str, kind, where: str, *, required: bool = True, default=None):
    if key not in spec or spec[key] is None:
        if required:
            raise ProblemSpecError(f"{where}: missing required field '{key}'")
        return default
    value = spec[key]
    if kind is float and isinstance(value, int):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise ProblemSpecError(f"{where}: field '{key}' must be {names}, got {type(value).__name__} {value!r}")
    return value


def load_problem(path: str | Path) -> Problem:
    """Load and validate one problem directory; raises ProblemSpecError naming file and field."""
    path = Path(path)
    spec_path = path / SPEC_FILE
    where = str(spec_path)
    if not path.is_dir():
        raise ProblemSpecError(f"{path}: not a problem directory (expected a folder with {SPEC_FILE})")
    if not spec_path.is_file():
        raise ProblemSpecError(f"{where}: file missing; every problem directory needs a {SPEC_FILE}")
    try:
        spec = yaml.safe_load(spec_path.read_text())
    except yaml.YAMLError as err:
        raise ProblemSpecError(f"{where}: not valid YAML: {err}") from None
    if not isinstance(spec, dict):
        raise ProblemSpecError(f"{where}: must be a mapping of fields")
    known = {"id", "type", "function", "returns", "params", "headers", "types", "description", "omp_note",
             "sizes", "tolerance", "references", "serial_order", "notes"}
    unknown = sorted(set(spec) - known)
    if unknown:
        raise ProblemSpecError(f"{where}: unknown field(s) {unknown}; known fields are {sorted(known)}")

    pid = _field(spec, "id", str, where)
    if pid != path.name:
        raise ProblemSpecError(f"{where}: field 'id' is {pid!r} but the directory is named {path.name!r}; they must match")
    if not _PROBLEM_ID.match(pid):
        raise ProblemSpecError(f"{where}: field 'id' {pid!r} must be lower_snake_case")
    ptype = _field(spec, "type", str, where)
    if ptype not in PROBLEM_TYPES:
        raise ProblemSpecError(f"{where}: field 'type' is {ptype!r}; use one of {', '.join(PROBLEM_TYPES)}")
    if not pid.startswith(ptype + "_"):
        raise ProblemSpecError(f"{where}: field 'id' {pid!r} must start with its type, '{ptype}_'")
    function = _field(spec, "function", str, where)
    if not _IDENT.match(function):
        raise ProblemSpecError(f"{where}: field 'function' {function!r} is not a C++ identifier")
    returns = _field(spec, "returns", str, where).strip()

    raw_params = _field(spec, "params", list, where)
    params = []
    for i, raw in enumerate(raw_params):
        pw = f"{where}: params[{i}]"
        if not isinstance(raw, dict):
            raise ProblemSpecError(f"{pw}: must be a mapping with name, type, role")
        name = _field(raw, "name", str, pw)
        ctype = _field(raw, "type", str, pw).strip()
        role = _field(raw, "role", str, pw)
        if not _IDENT.match(name) or name == "ret":
            raise ProblemSpecError(f"{pw}: field 'name' {name!r} must be a C++ identifier other than 'ret'")
        if role not in ROLES:
            raise ProblemSpecError(f"{pw}: field 'role' is {role!r}; use one of {', '.join(ROLES)}")
        if "*" in ctype:
            raise ProblemSpecError(f"{pw}: field 'type' {ctype!r}: raw pointers are not supported; use std::vector or a reference")
        is_const_ref = ctype.endswith("&") and ("const" in ctype.split("<")[0] or ctype.rstrip("&").rstrip().endswith("const"))
        if role != "input" and (not ctype.endswith("&") or is_const_ref):
            raise ProblemSpecError(f"{pw}: role {role!r} needs a non-const reference type, got {ctype!r}")
        params.append(Param(name, ctype, role))
    if len({p.name for p in params}) != len(params):
        raise ProblemSpecError(f"{where}: field 'params' has duplicate names")
    if returns == "void" and not any(p.role != "input" for p in params):
        raise ProblemSpecError(f"{where}: a void function needs at least one output or inout parameter")

    headers = tuple(_field(spec, "headers", list, where, required=False, default=[]))
    for h in headers:
        if not isinstance(h, str) or not re.match(r"^[A-Za-z0-9_./]+$", h):
            raise ProblemSpecError(f"{where}: field 'headers' entry {h!r} must be a header name like vector or cmath")
    types = _field(spec, "types", str, where, required=False, default="")
    description = _field(spec, "description", str, where)
    if "xample" not in description:
        raise ProblemSpecError(f"{where}: field 'description' must contain an input/output example ('Example:')")
    omp_note = _field(spec, "omp_note", str, where, required=False, default=DEFAULT_OMP_NOTE)

    sizes = _field(spec, "sizes", dict, where)
    sw = f"{where}: sizes"
    tiny = _field(sizes, "tiny", int, sw)
    timing = _field(sizes, "timing", int, sw)
    validation = tuple(_field(sizes, "validation", list, sw, required=False, default=list(DEFAULT_VALIDATION_SIZES)))
    if tiny < 0 or timing <= 0 or any(not isinstance(v, int) or isinstance(v, bool) or v < 0 for v in validation):
        raise ProblemSpecError(f"{sw}: sizes must be non-negative integers (timing positive)")
    if not validation:
        raise ProblemSpecError(f"{sw}: field 'validation' must list at least one size")

    tol = _field(spec, "tolerance", dict, where, required=False, default={})
    tol_rel = _field(tol, "rel", float, f"{where}: tolerance", required=False, default=0.0)
    tol_abs = _field(tol, "abs", float, f"{where}: tolerance", required=False, default=0.0)
    if tol_rel < 0 or tol_abs < 0:
        raise ProblemSpecError(f"{where}: tolerance: rel and abs must be >= 0")

    refs = []
    raw_refs = _field(spec, "references", list, where)
    for i, raw in enumerate(raw_refs):
        rw = f"{where}: references[{i}]"
        if not isinstance(raw, dict):
            raise ProblemSpecError(f"{rw}: must be a mapping with name and parallelism")
        name = _field(raw, "name", str, rw)
        par = _field(raw, "parallelism", str, rw)
        if par not in PARALLELISMS:
            raise ProblemSpecError(f"{rw}: field 'parallelism' is {par!r}; use serial or omp")
        anti = _field(raw, "anti_pattern", str, rw, required=False)
        if not (path / "solutions" / f"{name}.cpp").is_file():
            raise ProblemSpecError(f"{rw}: solution file {path / 'solutions' / (name + '.cpp')} does not exist")
        refs.append(Reference(name, par, anti))
    names = [r.name for r in refs]
    if len(set(names)) != len(names):
        raise ProblemSpecError(f"{where}: field 'references' has duplicate names")
    order = tuple(_field(spec, "serial_order", list, where))
    serial_names = {r.name for r in refs if r.parallelism == "serial"}
    if len(order) < 2 or any(n not in serial_names for n in order) or len(set(order)) != len(order):
        raise ProblemSpecError(
            f"{where}: field 'serial_order' must list at least two distinct serial references, slowest first "
            f"(the last is the baseline); serial references are {sorted(serial_names)}"
        )
    if not any(r.parallelism == "omp" for r in refs):
        raise ProblemSpecError(f"{where}: field 'references' needs at least one omp reference")
    if not (path / DRIVER_FILE).is_file():
        raise ProblemSpecError(f"{path / DRIVER_FILE}: file missing; every problem needs a driver")
    return Problem(
        id=pid, type=ptype, path=path.resolve(), function=function, returns=returns, params=tuple(params),
        headers=headers, types=types, description=description, omp_note=omp_note, tiny_size=tiny,
        timing_size=timing, validation_sizes=validation, tol_rel=tol_rel, tol_abs=tol_abs,
        references=tuple(refs), serial_order=order, extra={"notes": spec.get("notes")},
    )


def load_problems(root: str | Path = PROBLEMS_ROOT, *, ids: list[str] | None = None) -> list[Problem]:
    """Load every problem under `root` (a split folder, or the folder holding train/ and eval/).

    All malformed problems are reported together in one ProblemSpecError."""
    root = Path(root)
    if not root.is_dir():
        raise ProblemSpecError(f"{root}: no such problem folder (expected e.g. {PROBLEMS_ROOT / 'train'})")
    if (root / SPEC_FILE).is_file():
        dirs = [root]
    else:
        dirs = sorted(p.parent for p in root.glob(f"*/{SPEC_FILE}"))
        dirs += sorted(p.parent for p in root.glob(f"*/*/{SPEC_FILE}"))
    if ids is not None:
        wanted = set(ids)
        dirs = [d for d in dirs if d.name in wanted]
        missing = wanted - {d.name for d in dirs}
        if missing:
            raise UnknownProblemError(f"{root}: unknown problem id(s) {sorted(missing)}: give folder names of problems under it")
    problems, errors = [], []
    for d in dirs:
        try:
            problems.append(load_problem(d))
        except ProblemSpecError as err:
            errors.append(str(err))
    if errors:
        raise ProblemSpecError(f"{len(errors)} malformed problem(s):\n" + "\n".join(errors))
    seen: dict[str, Path] = {}
    for p in problems:
        if p.id in seen:
            raise ProblemSpecError(f"problem id {p.id!r} appears twice: {seen[p.id]} and {p.path}")
        seen[p.id] = p.path
    return problems


# -------------------------------------------------------------------- trivial candidates
def trivial_candidates(problem: Problem) -> dict[str, str]:
    """Junk candidates that a sound validator must reject: constants, untouched outputs, copies of
    inputs. Each is a complete function definition in candidate form."""
    sig = problem.signature
    ret = problem.returns
    outs = [p for p in problem.params if p.role != "input"]
    cands: dict[str, str] = {}
    if ret == "void":
        cands["untouched_outputs"] = f"{sig} {{\n}}\n"
    else:
        cands["return_default"] = f"{sig} {{\n  return {{}};\n}}\n"
        scalar = re.sub(r"\s+", " ", ret)
        if scalar == "bool":
            cands["return_true"] = f"{sig} {{\n  return true;\n}}\n"
        elif re.fullmatch(r"(unsigned |signed |const )?(int|long|long long|size_t|std::size_t|double|float|int64_t|std::int64_t|uint64_t|std::uint64_t|char|short|unsigned)", scalar):
            cands["return_one"] = f"{sig} {{\n  return 1;\n}}\n"
            cands["return_minus_one"] = f"{sig} {{\n  return static_cast<{ret}>(-1);\n}}\n"
    # Copy an input into an output of the same type, or return it.
    ins = [p for p in problem.params if p.role == "input"]

    def base(t: str) -> str:
        t = t.replace("const", "").replace("&", "")
        return re.sub(r"\s+", "", t)

    for o in outs:
        for i in ins:
            if base(o.type) == base(i.type):
                body = f"  {o.name} = {i.name};\n" + ("" if ret == "void" else "  return {};\n")
                cands[f"copy_{i.name}_to_{o.name}"] = f"{sig} {{\n{body}}}\n"
                break
    for i in ins:
        if ret != "void" and base(i.type) == base(ret):
            cands[f"return_{i.name}"] = f"{sig} {{\n  return {i.name};\n}}\n"
            break
    return cands


def select_problems(problems: list[Problem], *, per_type: int = 0, limit: int = 0, seed: int = 0) -> list[Problem]:
    """A reproducible subsample: `per_type` problems of each type (0: all), then at most `limit`
    (0: no limit), interleaving types so that a small limit still covers many types."""
    import random

    rng = random.Random(seed)
    by_type: dict[str, list[Problem]] = {}
    for p in sorted(problems, key=lambda p: p.id):
        by_type.setdefault(p.type, []).append(p)
    for group in by_type.values():
        rng.shuffle(group)
    picked = {t: (g[:per_type] if per_type > 0 else g) for t, g in by_type.items()}
    interleaved, rank = [], 0
    while any(rank < len(g) for g in picked.values()):
        for t in sorted(picked):
            if rank < len(picked[t]):
                interleaved.append(picked[t][rank])
        rank += 1
    return interleaved[:limit] if limit > 0 else interleaved
