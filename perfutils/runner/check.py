"""check-problems: is every problem sound? Reports every failing problem, not just the first.

    python -m perfutils check-problems data/problems/train --quick

Checks: the spec loads; the driver and baseline build; every reference compiles and passes
validation (omp references at every thread count); every trivial candidate (constant, untouched
output, copy of the input) fails. Without --quick also: the recorded serial order holds (each
solution at least `min_ratio` x faster than the one before it), the OpenMP reference at one
thread is not much slower than the baseline (its 2-thread gain is reported), and the baseline
takes 10-200 ms at the timing size (a warning: sizes were tuned on one machine).
"""

from __future__ import annotations

import statistics
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import (SPEC_FILE, Problem, ProblemSpecError, UnknownProblemError, load_problem, load_problems,
                        trivial_candidates)
from .build import ProblemBuildError, build_problem
from .execute import baseline_ms, run_candidate
from .results import RunConfig
from .sandbox import Sandbox
from .slots import slot_lease

BASELINE_WINDOW_MS = (10.0, 200.0)
MIN_ORDER_RATIO = 1.25
MAX_OMP_ONE_THREAD_SLOWDOWN = 1.5  # omp reference at 1 thread vs the baseline


@dataclass
class ProblemCheck:
    problem_id: str
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    info: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def check_problem(problem: Problem, sandbox: Sandbox, *, quick: bool, slot: int | None = None, threads=(1, 2)) -> ProblemCheck:
    out = ProblemCheck(problem.id)
    try:
        pbuild = build_problem(problem, sandbox, slot=slot)
    except ProblemBuildError as err:
        out.errors.append(str(err))
        return out
    size = "tiny" if quick else "timing"
    for ref in problem.references:
        cfg = RunConfig(parallelism=ref.parallelism, threads=threads, validate_only=True, size=size)
        res = run_candidate(problem, problem.solution_code(ref.name), cfg, sandbox, slot=slot, pbuild=pbuild)
        if res.status != "ok":
            out.errors.append(f"reference {ref.name} ({ref.parallelism}): {res.status}: {res.message}")
    for name, code in trivial_candidates(problem).items():
        res = run_candidate(problem, code, RunConfig(validate_only=True, size=size), sandbox, slot=slot, pbuild=pbuild)
        if res.status == "ok":
            out.errors.append(f"trivial candidate {name} passes validation: the validation inputs must make it fail")
        elif res.status in ("compile_error", "rejected"):
            out.warnings.append(f"trivial candidate {name} did not build ({res.status}); it proves nothing")
    if quick or out.errors:
        return out
    # Timing checks (full mode only): the serial order, the OpenMP reference, the window.
    speedups = {}
    for name in problem.serial_order:
        res = run_candidate(problem, problem.solution_code(name), RunConfig(), sandbox, slot=slot, pbuild=pbuild)
        if res.status != "ok":
            out.errors.append(f"reference {name} failed when timed: {res.status}: {res.message}")
            return out
        speedups[name] = res.speedup
        if res.unstable:
            out.warnings.append(f"timing of {name} was disturbed by other load (flagged unstable)")
    out.info["serial_speedups"] = {k: round(v, 3) for k, v in speedups.items()}
    for slower, faster in zip(problem.serial_order, problem.serial_order[1:]):
        ratio = speedups[faster] / speedups[slower]
        if ratio < MIN_ORDER_RATIO:
            out.errors.append(f"serial order: {faster} is only {ratio:.2f}x faster than {slower} (needs {MIN_ORDER_RATIO}x)")
    slowest = min(speedups.values())
    if slowest < 1 / 20:
        out.warnings.append(f"slowest reference is {1 / slowest:.1f}x slower than the baseline (aim for at most 20x)")
    for ref in problem.references:
        if ref.parallelism != "omp":
            continue
        res = run_candidate(problem, problem.solution_code(ref.name), RunConfig(parallelism="omp", threads=threads),
                            sandbox, slot=slot, pbuild=pbuild)
        if res.status != "ok":
            out.errors.append(f"omp reference {ref.name} failed when timed: {res.status}: {res.message}")
            continue
        out.info[f"omp_speedups_{ref.name}"] = {k: round(v, 3) for k, v in res.speedups.items()}
        one = res.speedups.get("1")
        if one is not None and one < 1 / MAX_OMP_ONE_THREAD_SLOWDOWN:
            out.errors.append(f"omp reference {ref.name} at 1 thread is {1 / one:.2f}x slower than the baseline")
    ms = statistics.median(baseline_ms(problem, sandbox, slot=slot))
    out.info["baseline_ms"] = round(ms, 2)
    lo, hi = BASELINE_WINDOW_MS
    if not lo <= ms <= hi:
        out.warnings.append(f"baseline takes {ms:.1f} ms at size {problem.timing_size}, outside {lo:.0f}-{hi:.0f} ms "
                            "on this machine (sizes were tuned on a 2-core x86-64 VM)")
    return out


def check_problems(root, *, quick: bool = False, ids=None, workers: int = 2, sandbox: Sandbox | None = None,
                   progress=None) -> list[ProblemCheck]:
    """Check problems under `root` (only `ids`, when given; an unknown id raises
    UnknownProblemError before anything runs). Malformed specs are one failed check named
    `<specs>`; the well-formed problems are still checked. Quick checks run `workers` problems in
    parallel; timing checks run one at a time so that nothing else of the runner competes for the CPU."""
    sandbox = sandbox or Sandbox()
    try:
        problems = load_problems(root, ids=ids)
        results = []
    except UnknownProblemError:
        raise
    except ProblemSpecError as err:
        # Report every malformed spec, then check the well-formed ones.
        bad = ProblemCheck("<specs>", errors=str(err).splitlines()[1:] or [str(err)])
        if progress:
            progress(bad)
        results, problems = [bad], []
        for spec in sorted(Path(root).glob(f"**/{SPEC_FILE}")):
            if ids is None or spec.parent.name in ids:
                try:
                    problems.append(load_problem(spec.parent))
                except ProblemSpecError:
                    pass
    return results + check_problems_list(problems, quick=quick, workers=workers, sandbox=sandbox, progress=progress)


def check_problems_list(problems, *, quick, workers, sandbox, progress=None) -> list[ProblemCheck]:
    def one(p):
        with slot_lease() as slot:
            try:
                return check_problem(p, sandbox, quick=quick, slot=slot)
            except Exception as err:  # a harness error in one problem must not hide the others
                return ProblemCheck(p.id, errors=[f"check crashed: {type(err).__name__}: {err}"])

    results = []
    if quick and workers > 1:
        with ThreadPoolExecutor(workers) as pool:
            for r in pool.map(one, problems):
                results.append(r)
                if progress:
                    progress(r)
    else:
        for p in problems:
            r = one(p)
            results.append(r)
            if progress:
                progress(r)
    return results
