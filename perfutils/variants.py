"""Variant generator: correct-but-slower versions of reference solutions, by known anti-patterns.

    variants = generate_variants(problem, problem.solution_code(problem.baseline))
    kept = confirm_variants(problem, variants)      # only those the runner finds correct

Each rewrite is a performance mistake models make, applied to the source text:

* `copy_inputs`: read-only container arguments are copied into locals before use;
* `checked_indexing`: `v[i]` becomes `v.at(i)` (a bounds check on every access, no vectorization);
* `worse_container`: local `std::vector`s become `std::deque` (no contiguous storage);
* `loop_interchange`: the two loops of a perfect loop nest are swapped (cache-unfriendly order);
* `helpers_by_value`: helper functions take their container arguments by value (a copy per call);
* `allocation_in_loop`: a local container declared before a loop is re-created on every iteration.

Output flushing (`std::endl`) does not apply: no problem in this suite writes output.
Rewrites are textual, so some variants do not compile or are wrong; `confirm_variants` keeps
only those the runner confirms correct, labelled with their anti-pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cpptext import find_function, matching_brace
from .problems import Problem

ANTI_PATTERNS = ("copy_inputs", "checked_indexing", "worse_container", "loop_interchange", "helpers_by_value",
                 "allocation_in_loop")


@dataclass(frozen=True)
class Variant:
    anti_pattern: str
    code: str
    source: str  # the reference it was derived from


def copy_inputs(problem: Problem, code: str) -> str | None:
    span = find_function(code, problem.function)
    if not span:
        return None
    start, open_idx, _ = span
    header, body = code[start:open_idx], code[open_idx + 1:]
    copies = []
    for p in problem.params:
        if p.role == "input" and "&" in p.type and ("vector" in p.type or "string" in p.type):
            new_header = re.sub(rf"\b{p.name}\b(?=\s*[,)])", f"{p.name}_in", header, count=1)
            if new_header != header:
                header = new_header
                copies.append(f"\n  auto {p.name} = {p.name}_in;")
    if not copies:
        return None
    return code[:start] + header + "{" + "".join(copies) + body


def checked_indexing(problem: Problem, code: str) -> str | None:
    names = [p.name for p in problem.params if "vector" in p.type]
    names += re.findall(r"std::vector<[^;(){}]*>\s+(\w+)\s*[({;=]", code)
    out = code
    for n in set(names):
        out = re.sub(rf"\b{n}\[([^\[\]]+)\]", rf"{n}.at(\1)", out)
    return out if out != code else None


def worse_container(problem: Problem, code: str) -> str | None:
    span = find_function(code, problem.function)
    if not span:
        return None
    _, open_idx, close_idx = span
    body = code[open_idx:close_idx]
    new_body = re.sub(r"std::vector<(?!bool)([^;(){}]*?)>(\s+\w+\s*[({;=])", r"std::deque<\1>\2", body)
    if new_body == body:
        return None
    return "#include <deque>\n" + code[:open_idx] + new_body + code[close_idx:]


_FOR = re.compile(r"for\s*\(([^;()]*(?:\([^()]*\))?[^;()]*;[^;]*;[^)]*)\)\s*\{")


def loop_interchange(problem: Problem, code: str) -> str | None:
    """Swap the headers of the first perfectly nested pair of loops whose bounds do not depend
    on each other (the runner rejects the variant if that changed the result)."""
    for outer in _FOR.finditer(code):
        o_open = outer.end() - 1
        o_close = matching_brace(code, o_open)
        inner_text = code[o_open + 1:o_close]
        inner = _FOR.match(inner_text.strip())
        if not inner:
            continue
        lead = inner_text.index(inner_text.strip())
        i_open = o_open + 1 + lead + inner.end() - 1
        i_close = matching_brace(code, i_open)
        if code[i_close + 1:o_close].strip():
            continue  # not perfectly nested
        outer_var = re.match(r"\s*(?:[\w:<>]+\s+)?(\w+)\s*=", outer.group(1))
        if not outer_var or re.search(rf"\b{outer_var.group(1)}\b", inner.group(1)):
            continue  # inner bounds depend on the outer index (triangular loop)
        o_hdr, i_hdr = outer.group(0), inner.group(0)
        return (code[:outer.start()] + i_hdr + code[outer.end():o_open + 1 + lead] + o_hdr
                + code[o_open + 1 + lead + inner.end():])
    return None


def helpers_by_value(problem: Problem, code: str) -> str | None:
    out, changed = [], False
    for line in code.splitlines(keepends=True):
        is_main_fn = re.search(rf"\b{problem.function}\s*\(", line)
        if not is_main_fn and re.match(r"^\s*(static\s+|inline\s+)*[\w:<>,\s]+\s+\w+\s*\(.*(const\s+std::vector<[^&]*>\s*&|std::vector<[^&]*>\s+const\s*&)", line):
            new = re.sub(r"const\s+(std::vector<[^&]*>)\s*&", r"\1 ", line)
            new = re.sub(r"(std::vector<[^&]*>)\s+const\s*&", r"\1 ", new)
            changed |= new != line
            line = new
        out.append(line)
    return "".join(out) if changed else None


def allocation_in_loop(problem: Problem, code: str) -> str | None:
    """Move a local container declared right before a loop into the loop body."""
    m = re.search(r"\n(\s*)(std::vector<[^;]*?>\s+\w+\s*(\([^;]*\))?;)\s*\n(\s*)(for\s*\([^{]*\)\s*\{)", code)
    if not m:
        return None
    decl, loop = m.group(2), m.group(5)
    return code[:m.start()] + f"\n{m.group(4)}{loop}\n{m.group(4)}  {decl}" + code[m.end():]


REWRITES = {
    "copy_inputs": copy_inputs,
    "checked_indexing": checked_indexing,
    "worse_container": worse_container,
    "loop_interchange": loop_interchange,
    "helpers_by_value": helpers_by_value,
    "allocation_in_loop": allocation_in_loop,
}


def generate_variants(problem: Problem, code: str, *, source: str = "baseline",
                      anti_patterns: tuple[str, ...] = ANTI_PATTERNS, combine: bool = True) -> list[Variant]:
    """All applicable single rewrites of `code`, plus (with `combine`) pairs of them."""
    unknown = set(anti_patterns) - set(REWRITES)
    if unknown:
        raise ValueError(f"unknown anti-pattern(s) {sorted(unknown)}; known: {', '.join(ANTI_PATTERNS)}")
    singles = []
    for name in anti_patterns:
        new = REWRITES[name](problem, code)
        if new and new != code:
            singles.append(Variant(name, new, source))
    variants = list(singles)
    if combine:
        for i, a in enumerate(singles):
            for b in singles[i + 1:]:
                new = REWRITES[b.anti_pattern](problem, a.code)
                if new and new != a.code:
                    variants.append(Variant(f"{a.anti_pattern}+{b.anti_pattern}", new, source))
    seen, unique = set(), []
    for v in variants:
        if v.code not in seen:
            seen.add(v.code)
            unique.append(v)
    return unique


def confirm_variants(problem: Problem, variants: list[Variant], *, parallelism: str = "serial",
                     sandbox=None, store=None) -> list[Variant]:
    """Keep only the variants the runner confirms correct (validation on fresh inputs)."""
    from .runner.executors import Task, evaluate_candidates
    from .runner.results import RunConfig

    tasks = [Task(problem, v.code, RunConfig(parallelism=parallelism, validate_only=True)) for v in variants]
    results = evaluate_candidates(tasks, store=store, sandbox=sandbox, progress=False)
    return [v for v, r in zip(variants, results) if r.status == "ok"]
