"""The problem suite: complete, well-formed, disjoint splits, sound validators."""

from __future__ import annotations

import os
import random
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from perfutils.generation import candidate_to_completion
from perfutils.problems import PROBLEM_TYPES, PROBLEMS_ROOT, ProblemSpecError, load_problem, load_problems, trivial_candidates
from perfutils.runner.check import check_problems_list
from perfutils.runner.sandbox import Sandbox

MIN_PER_TYPE = {"eval": 5, "train": 10}
QUICK_SAMPLE = int(os.environ.get("PERFUTILS_QUICK_SAMPLE", "12"))  # problems quick-checked per test run


@pytest.fixture(scope="module")
def suite():
    return {split: load_problems(PROBLEMS_ROOT / split) for split in ("train", "eval")}


def test_every_problem_loads(suite):
    assert suite["train"] and suite["eval"]


def test_each_type_has_enough_problems(suite):
    for split, problems in suite.items():
        counts = Counter(p.type for p in problems)
        short = {t: counts.get(t, 0) for t in PROBLEM_TYPES if counts.get(t, 0) < MIN_PER_TYPE[split]}
        assert not short, f"{split}: types below {MIN_PER_TYPE[split]} problems: {short}"


def _tokens(text: str) -> list[str]:
    text = re.sub(r"//[^\n]*|/\*.*?\*/", " ", text, flags=re.S)
    return re.findall(r"[A-Za-z_]\w*|\d+|\S", text)


def _shingles(tokens: list[str], n: int = 4) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))}


def _normalized_code(code: str) -> list[str]:
    """Identifiers renamed by first occurrence (keywords and std names kept), so a renamed copy
    of a function still matches."""
    keep = {"for", "if", "else", "while", "return", "const", "auto", "int", "double", "float", "bool", "std",
            "size_t", "vector", "void", "long", "char", "unsigned", "struct", "break", "continue", "true", "false"}
    names: dict[str, str] = {}
    out = []
    for tok in _tokens(code):
        if re.match(r"[A-Za-z_]", tok) and tok not in keep:
            tok = names.setdefault(tok, f"v{len(names)}")
        elif tok.isdigit():
            tok = "N"  # changed constants are not a different problem
        out.append(tok)
    return out


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / max(1, len(a | b))


def test_train_and_eval_are_disjoint_in_substance(suite):
    def features(p):
        return {
            "function": p.function.lower(),
            "signature": re.sub(r"\s+", "", p.returns + "(" + ",".join(q.type for q in p.params) + ")"),
            "prompt": _shingles(_tokens(p.description.lower())),
            "code": _shingles(_normalized_code(p.solution_code(p.baseline)), 6),
        }

    train = [(p, features(p)) for p in suite["train"]]
    problems = []
    for e in suite["eval"]:
        fe = features(e)
        for t, ft in train:
            if fe["function"] == ft["function"] and fe["signature"] == ft["signature"]:
                problems.append(f"{e.id} ~ {t.id}: same function and signature")
            prompt_sim = _jaccard(fe["prompt"], ft["prompt"])
            code_sim = _jaccard(fe["code"], ft["code"])
            if prompt_sim > 0.6:
                problems.append(f"{e.id} ~ {t.id}: prompt text {prompt_sim:.0%} similar")
            if code_sim > 0.8 and len(fe["code"]) > 10:
                problems.append(f"{e.id} ~ {t.id}: normalized baseline code {code_sim:.0%} similar")
    assert not problems, "near-duplicates across splits:\n" + "\n".join(problems)


def test_ids_are_unique_across_splits(suite):
    ids = [p.id for ps in suite.values() for p in ps]
    assert len(ids) == len(set(ids))


def test_every_problem_has_trivial_candidates(suite):
    for p in suite["train"] + suite["eval"]:
        assert trivial_candidates(p), f"{p.id}: no trivial candidate could be generated"


def test_train_references_are_expressible_as_completions(suite):
    """Training data (SFT rows, preference pairs) is in completion style: the text after the
    prompt's `{`. A train reference that defines helpers, types or constants before the function
    cannot be expressed that way and is lost for training, so everything must live inside the
    function's body. Eval references only need candidate form."""
    bad = [f"{p.id}/{r.name}" for p in suite["train"] for r in p.references
           if candidate_to_completion(p.solution_code(r.name), p.signature) is None]
    assert not bad, "train references with code before the function:\n" + "\n".join(bad)


def test_quick_check_on_a_random_sample(suite):
    """Timing-free checks (references pass, trivial candidates fail) on a random sample, one
    problem per type at least; the full suite runs with `check-problems --quick` (slow-marked
    test below) and the timing checks with `check-problems`."""
    seed = int(os.environ.get("PERFUTILS_SAMPLE_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    everything = suite["train"] + suite["eval"]
    by_type = {t: [p for p in everything if p.type == t] for t in PROBLEM_TYPES}
    sample = [rng.choice(ps) for ps in by_type.values() if ps]
    rest = [p for p in everything if p not in sample]
    sample += rng.sample(rest, max(0, min(len(rest), QUICK_SAMPLE - len(sample))))
    results = check_problems_list(sample, quick=True, workers=2, sandbox=Sandbox())
    failed = [f"{r.problem_id}: {r.errors}" for r in results if not r.ok]
    assert not failed, f"sample seed {seed} (rerun with PERFUTILS_SAMPLE_SEED={seed}):\n" + "\n".join(failed)


@pytest.mark.slow
def test_quick_check_on_every_problem(suite):
    results = check_problems_list(suite["train"] + suite["eval"], quick=True, workers=2, sandbox=Sandbox())
    failed = [f"{r.problem_id}: {r.errors}" for r in results if not r.ok]
    assert not failed, "\n".join(failed)


# ------------------------------------------------------------------ malformed problems
FIXTURE = Path(__file__).parent / "fixtures" / "problems" / "reduce_sum_of_squares"


def _broken_copy(tmp_path, edit) -> Path:
    d = tmp_path / "reduce_sum_of_squares"
    shutil.copytree(FIXTURE, d)
    spec = d / "problem.yaml"
    spec.write_text(edit(spec.read_text()))
    return d


@pytest.mark.parametrize("edit, field", [
    (lambda s: s.replace("type: reduce", "type: reduction"), "type"),
    (lambda s: s.replace("role: input", "role: sideways"), "role"),
    (lambda s: s.replace("  timing: 8000000\n", ""), "timing"),
    (lambda s: s.replace("Example:", "Sample:"), "description"),
    (lambda s: s.replace("serial_order: [slow_copy, baseline]", "serial_order: [baseline]"), "serial_order"),
    (lambda s: s.replace("{name: omp, parallelism: omp}", "{name: missing_file, parallelism: omp}"), "references"),
    (lambda s: s.replace("id: reduce_sum_of_squares", "id: other_name"), "id"),
    (lambda s: s + "\nsurprise: 1\n", "unknown field"),
    (lambda s: s.replace("sizes:", "sizes: [1, 2]\nold_sizes:"), "sizes"),
    (lambda s: "{ not yaml", "YAML"),
])
def test_malformed_problem_names_file_and_field(tmp_path, edit, field):
    d = _broken_copy(tmp_path, edit)
    with pytest.raises(ProblemSpecError) as err:
        load_problem(d)
    assert str(d / "problem.yaml") in str(err.value)
    assert field in str(err.value)


def test_all_malformed_problems_are_reported_together(tmp_path):
    _broken_copy(tmp_path / "a", lambda s: s.replace("type: reduce", "type: nope"))
    _broken_copy(tmp_path / "b", lambda s: s.replace("function: sumOfSquares", "function: 3bad"))
    with pytest.raises(ProblemSpecError) as err:
        load_problems(tmp_path)
    assert "2 malformed" in str(err.value)


def test_prompt_renders_in_both_execution_models():
    p = load_problem(FIXTURE)
    serial, omp = p.prompt("serial"), p.prompt("omp")
    assert serial.rstrip().endswith("double sumOfSquares(std::vector<double> const& x) {")
    assert "#include <omp.h>" in omp and "OpenMP" in omp
    assert "#include <omp.h>" not in serial and "Example" in serial
    with pytest.raises(ValueError):
        p.prompt("cuda")
