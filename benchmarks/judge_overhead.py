"""What a timing process costs beyond its timed calls.

    python benchmarks/judge_overhead.py [--problems scan_exclusive_prefix_sum,...] [--reps 1,8] [--repeats 3]

Each problem's baseline, built as a candidate, is timed against the baseline in one judge process
at the problem's timing size, with no warm-up and exactly `reps` repetitions, `repeats` times.
Prints the median wall time of the process (as the runner sees it: sandbox, worker start, inputs,
copies, checks, exit) beside the time inside the timed calls (reference and candidate), and the
share of the wall time that the calls are. With 1 and 8 repetitions the difference between the
two rows is the cost of a repetition; the 1-repetition row is mostly a process's fixed cost.
To compare two revisions of the runner, run it in each checkout, one after the other, alone on
the machine.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from perfutils.layout import PROBLEMS_ROOT  # noqa: E402
from perfutils.problems import load_problem  # noqa: E402
from perfutils.runner.build import build_candidate, build_problem  # noqa: E402
from perfutils.runner.execute import _size, _time_once  # noqa: E402
from perfutils.runner.results import RunConfig  # noqa: E402
from perfutils.runner.sandbox import Sandbox  # noqa: E402

DEFAULT_PROBLEMS = "scan_exclusive_prefix_sum,histogram_dinucleotides,dense_la_gram_matrix,stencil_heat_1d"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--problems", default=DEFAULT_PROBLEMS, help="eval problem ids, comma-separated")
    ap.add_argument("--reps", default="1,8", help="repetitions per process, comma-separated")
    ap.add_argument("--repeats", type=int, default=3, help="processes per setting (the median is printed)")
    args = ap.parse_args()
    sandbox = Sandbox()
    print(f"{'problem':34} {'reps':>4} {'wall s':>8} {'calls s':>8} {'calls/wall':>10}")
    for pid in args.problems.split(","):
        problem = load_problem(PROBLEMS_ROOT / "eval" / pid)
        build = build_candidate(problem, build_problem(problem, sandbox), problem.solution_code(problem.baseline),
                                "serial", sandbox)
        if build.status != "ok":
            sys.exit(f"{pid}: the baseline does not build as a candidate: {build.message}")
        for reps in (int(r) for r in args.reps.split(",")):
            config = RunConfig(warmup=0, min_reps=reps, max_reps=reps, processes=1, retries=0)
            walls, calls = [], []
            for _ in range(args.repeats):
                t0 = time.monotonic()
                status, message, pooled = _time_once(problem, build.binary, config, sandbox, None, _size(problem, config))
                walls.append(time.monotonic() - t0)
                if status != "ok":
                    sys.exit(f"{pid}: {status}: {message}")
                calls.append((sum(pooled["ref_ms"]) + sum(pooled["cand_ms"][1])) / 1000)
            wall, call = statistics.median(walls), statistics.median(calls)
            print(f"{pid:34} {reps:4d} {wall:8.3f} {call:8.3f} {call / wall:10.0%}", flush=True)


if __name__ == "__main__":
    main()
