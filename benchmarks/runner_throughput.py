"""Runner throughput: our runner vs the naive way, on the same candidates, in one run.

    python benchmarks/runner_throughput.py [--n 300] [--split eval] [--seed 0]

The mix is like a real sampling run: a third exact duplicates, a third failures (compile errors
and wrong answers), a third unique correct candidates (references, made unique by a comment).
Ours: the local executor (parallel cached builds, sandboxed validation, the candidate timed by the
judge process interleaved with the baseline, across 2 processes). Naive (ParEval-style): one g++
call per candidate compiling driver, baseline, candidate and benchmarks/naive_main.cpp together
(the candidate after the same standard headers, not precompiled), no cache, sequential, no
sandbox; the program validates in-process and reports the mean of 5 timed runs of the candidate.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from perfutils.layout import PROBLEMS_ROOT  # noqa: E402
from perfutils.problems import load_problems, select_problems, trivial_candidates  # noqa: E402
from perfutils.runner.build import BASE_FLAGS, HARNESS_DIR  # noqa: E402
from perfutils.runner.results import RunConfig  # noqa: E402

NAIVE_MAIN = Path(__file__).resolve().parent / "naive_main.cpp"


def make_mix(problems, n, rng):
    third = n // 3
    correct, failing = [], []
    for i in range(third):
        p = rng.choice(problems)
        ref = rng.choice([r for r in p.references if r.parallelism == "serial"])
        correct.append((p, p.solution_code(ref.name) + f"\n// unique sample {i}\n", "unique_correct"))
    for i in range(third):
        p = rng.choice(problems)
        if i % 2:
            code = rng.choice(list(trivial_candidates(p).values())) + f"// wrong {i}\n"
            failing.append((p, code, "wrong"))
        else:
            failing.append((p, p.signature + " {\n  return undefined_helper_" + str(i) + "();\n}\n", "compile_error"))
    dups = [(p, code, "duplicate") for p, code, _ in rng.choices(correct + failing, k=n - 2 * third)]
    mix = correct + failing + dups
    rng.shuffle(mix)
    return mix


def run_ours(mix, target_rel_err):
    from perfutils.runner.executors import Task, evaluate_candidates

    tasks = [Task(p, code, RunConfig(target_rel_err=target_rel_err)) for p, code, _ in mix]
    t0 = time.monotonic()
    results = evaluate_candidates(tasks, workers=2, progress=True)
    return time.monotonic() - t0, results


def naive_one(problem, code, workdir: Path):
    """Everything compiled in one g++ call (benchmarks/naive_main.cpp), then validated in the same
    process and timed over 5 runs (mean)."""
    for name, text in {"pf_prelude_serial.hpp": problem.prelude("serial"), "pf_problem.hpp": problem.problem_header(),
                       "ref.cpp": problem.reference_unit(problem.baseline),
                       "cand.cpp": f'#include "pf_std.hpp"\n#include "pf_prelude_serial.hpp"\n{code}'}.items():
        (workdir / name).write_text(text)
    prog = workdir / "prog"
    c = subprocess.run(["g++", *BASE_FLAGS, "-fopenmp", f"-I{HARNESS_DIR}", f"-I{workdir}", str(NAIVE_MAIN),
                        str(problem.path / "driver.cpp"), str(workdir / "ref.cpp"), str(workdir / "cand.cpp"),
                        "-o", str(prog)], capture_output=True, timeout=300)
    if c.returncode:
        return "compile_error"
    r = subprocess.run([str(prog), repr(problem.tol_rel), repr(problem.tol_abs), str(problem.timing_size),
                        ",".join(map(str, problem.validation_sizes))], capture_output=True, text=True, timeout=600)
    return "ok" if r.stdout.startswith("ok") else "wrong"


def run_naive(mix):
    t0 = time.monotonic()
    statuses = []
    with tempfile.TemporaryDirectory() as d:
        for i, (p, code, _) in enumerate(mix):
            statuses.append(naive_one(p, code, Path(d)))
            print(f"\rnaive {i + 1}/{len(mix)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return time.monotonic() - t0, statuses


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="number of candidates")
    ap.add_argument("--split", default="eval", help="problem split to draw from (or a path)")
    ap.add_argument("--problems", type=int, default=12, help="number of problems sampled (one per type first)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--target-rel-err", type=float, default=RunConfig().target_rel_err,
                    help="precision at which our timing processes stop (the runner's default: %(default)s)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    root = Path(args.split) if Path(args.split).exists() else PROBLEMS_ROOT / args.split
    chosen = select_problems(load_problems(root), per_type=1, limit=args.problems, seed=args.seed)
    mix = make_mix(chosen, args.n, rng)
    kinds = {k: sum(1 for *_, kk in mix if kk == k) for k in ("unique_correct", "compile_error", "wrong", "duplicate")}
    # A cold build cache for our runner, so that the comparison includes every compile.
    os.environ["PERFUTILS_BUILD_CACHE"] = tempfile.mkdtemp(prefix="pf-bench-cache-")
    ours_s, results = run_ours(mix, args.target_rel_err)
    naive_s, _ = run_naive(mix)
    n_unique = kinds["unique_correct"]
    ok = sum(r.status == "ok" for r in results)
    print(f"problems: {len(chosen)} ({', '.join(p.id for p in chosen)})")
    print(f"mix: {args.n} candidates: {kinds}; our runner found {ok} correct")
    print(f"ours : {ours_s:8.1f} s  {60 * args.n / ours_s:7.1f} candidates/min  "
          f"{ours_s / max(1, n_unique):6.2f} s per unique correct candidate (whole run / unique correct)")
    print(f"naive: {naive_s:8.1f} s  {60 * args.n / naive_s:7.1f} candidates/min  "
          f"{naive_s / max(1, n_unique):6.2f} s per unique correct candidate")
    print(f"throughput ratio (ours / naive): {naive_s / ours_s:.2f}x  (goal: >= 3x)")
    reps = [r.reps for r in results if r.status == "ok"]
    if reps:
        print(f"ours timed each correct candidate {statistics.median(reps):.0f} repetitions (median) against the "
              "baseline, over 2 judge processes, plus sandboxed validation; naive: 5 runs, no baseline")
        # Where ours' time goes: the timed calls themselves (reference and candidate, warm-up
        # repetitions not counted), once per distinct candidate (duplicates share a result).
        timed = {r.key: (sum(r.timings["ref_ms"]) + sum(sum(v) for v in r.timings["candidate_ms"].values())) / 1000
                 for r in results if r.status == "ok" and r.timings}
        print(f"ours spent {sum(timed.values()):.1f} s of its {ours_s:.1f} s inside timed calls "
              f"({sum(timed.values()) / ours_s:.0%}; warm-up calls, inputs, checks, builds and process starts are the rest)")


if __name__ == "__main__":
    main()
