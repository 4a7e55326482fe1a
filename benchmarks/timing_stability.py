"""Timing stability: each reference's speedup measured repeatedly, each time in fresh processes.

    python benchmarks/timing_stability.py [--repeats 10] [--split eval] [--problems 12] [--processes 2]
    python benchmarks/timing_stability.py --identical [--repeats 2]

Prints, per reference, the coefficient of variation (CV) of its speedup over the repeats; the
median and worst CV (goal: median <= 3% for references of 10 ms or more); and the share of known
(slow, fast) serial pairs with a true ratio of 1.25x or more that the runner orders correctly
in every repeat (goal: 100%).

`--identical` measures a bias that the CV cannot show: each baseline timed against itself (the
true speedup is 1), with a helper of 0 to 520 bytes placed before it so that the link puts it
at another address, once with the runner's 64-byte code alignment (`LAYOUT_FLAGS`) and once
with GCC's default, side by side. It prints how far the speedups fall from 1.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import perfutils.runner.build as build  # noqa: E402
from perfutils.layout import PROBLEMS_ROOT  # noqa: E402
from perfutils.problems import load_problems, select_problems  # noqa: E402
from perfutils.runner.execute import run_candidate  # noqa: E402
from perfutils.runner.results import RunConfig  # noqa: E402
from perfutils.runner.sandbox import Sandbox  # noqa: E402


def _cv(xs: list[float]) -> float:
    """Coefficient of variation (population standard deviation over the mean)."""
    return statistics.pstdev(xs) / statistics.mean(xs)


def _quantile(xs: list[float], q: float) -> float:
    return statistics.quantiles(xs, n=100, method="inclusive")[int(q * 100) - 1] if len(xs) > 1 else xs[0]


# Other ways to turn one measurement's interleaved timings (reference and candidate on the same
# input in each repetition, pooled over the processes) into a speedup, computed from the same raw
# timings as the runner's, so their stability can be compared side by side.
ESTIMATORS = {
    "ratio of medians": lambda ref, cand: statistics.median(ref) / statistics.median(cand),
    "median of paired ratios": lambda ref, cand: statistics.median(r / c for r, c in zip(ref, cand)),
    "ratio of lower quartiles": lambda ref, cand: _quantile(ref, 0.25) / _quantile(cand, 0.25),
    "ratio of minimums": lambda ref, cand: min(ref) / min(cand),
}


PADS = (0, 16, 40, 72, 136, 520)  # bytes before the function: within a line and across lines


def identical_code(chosen, sandbox, repeats: int) -> None:
    """Each baseline against itself at each link position of PADS, with and without LAYOUT_FLAGS."""
    ours = build.BASE_FLAGS
    settings = {"64-byte alignment (ours)": ours,
                "GCC default alignment": tuple(f for f in ours if f not in build.LAYOUT_FLAGS)}
    summary = {}
    for label, flags in settings.items():
        build.BASE_FLAGS = flags  # read at build time; every key covers the flags
        devs = []
        for p in chosen:
            row = []
            for pad in PADS:
                helper = f'__attribute__((used, noinline)) void pf_layout_pad() {{ asm volatile(".skip {pad + 1}, 0x90"); }}\n'
                xs = [run_candidate(p, helper + p.solution_code("baseline"), RunConfig(), sandbox)
                      for _ in range(repeats)]
                row.append(statistics.median(r.speedup for r in xs if r.status == "ok"))
            devs += [abs(x - 1) for x in row]
            print(f"{label:26s} {p.id:45s} " + " ".join(f"{x:6.3f}" for x in row), flush=True)
        summary[label] = devs
    build.BASE_FLAGS = ours
    print(f"\nidentical code, {len(chosen)} problems x {len(PADS)} link positions x median of {repeats}: "
          "|speedup - 1| median / worst; share off by more than 3%")
    for label, devs in summary.items():
        print(f"  {label:26s} {100 * statistics.median(devs):5.2f}% / {100 * max(devs):5.2f}%; "
              f"{sum(d > 0.03 for d in devs)}/{len(devs)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=None, help="default 10 (2 with --identical)")
    ap.add_argument("--split", default="eval")
    ap.add_argument("--problems", type=int, default=12, help="problems sampled, one per type first")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--processes", type=int, default=RunConfig().processes,
                    help="timing processes per measurement (the runner's default: %(default)s)")
    ap.add_argument("--target-rel-err", type=float, default=RunConfig().target_rel_err,
                    help="precision at which a timing process stops (the runner's default: %(default)s)")
    ap.add_argument("--identical", action="store_true",
                    help="time each baseline against itself at shifted addresses (see above)")
    args = ap.parse_args()
    root = Path(args.split) if Path(args.split).exists() else PROBLEMS_ROOT / args.split
    chosen = select_problems(load_problems(root), per_type=1, limit=args.problems, seed=args.seed)
    sb = Sandbox()
    if args.identical:
        return identical_code(chosen, sb, args.repeats or 2)
    args.repeats = args.repeats or 10
    config = RunConfig(processes=args.processes, target_rel_err=args.target_rel_err)
    cvs, long_cvs, pairs_ok, pairs = [], [], 0, 0
    steady_cvs = []  # CV over the measurements not flagged unstable (what a user would trust)
    by_role = {"baseline": [], "slower": []}  # the baseline timed against itself vs slower references
    alt_cvs = {name: [] for name in ESTIMATORS}  # CV per reference under each estimator
    unstable = 0
    for p in chosen:
        speeds = {}
        for name in p.serial_order:
            xs, ms, steady = [], [], []
            alts = {e: [] for e in ESTIMATORS}
            for _ in range(args.repeats):
                r = run_candidate(p, p.solution_code(name), config, sb)
                if r.status != "ok":
                    print(f"{p.id}/{name}: {r.status} {r.message}")
                    break
                xs.append(r.speedup)
                for e, f in ESTIMATORS.items():
                    alts[e].append(f(r.timings["ref_ms"], r.timings["candidate_ms"]["1"]))
                ms.append(statistics.median(r.timings["candidate_ms"]["1"]))
                unstable += r.unstable
                if not r.unstable:
                    steady.append(r.speedup)
            if len(xs) < 2:
                continue
            speeds[name] = xs
            cv = _cv(xs)
            cvs.append(cv)
            for e in ESTIMATORS:
                alt_cvs[e].append(_cv(alts[e]))
            by_role["baseline" if name == "baseline" else "slower"].append(cv)
            if statistics.median(ms) >= 10:
                long_cvs.append(cv)
            steady_cv = _cv(steady) if len(steady) > 1 else None
            if steady_cv is not None:
                steady_cvs.append(steady_cv)
            print(f"{p.id:45s} {name:22s} speedup {statistics.median(xs):7.3f}  CV {100 * cv:5.2f}%  "
                  f"({statistics.median(ms):.1f} ms); not flagged {len(steady)}/{len(xs)}"
                  + (f", CV {100 * steady_cv:5.2f}%" if steady_cv is not None else ""), flush=True)
        for slower, faster in zip(p.serial_order, p.serial_order[1:]):
            if slower in speeds and faster in speeds:
                true_ratio = statistics.median(speeds[faster]) / statistics.median(speeds[slower])
                if true_ratio >= 1.25:
                    pairs += 1
                    pairs_ok += all(f > s for f, s in zip(speeds[faster], speeds[slower]))
    print(f"\nreferences: {len(cvs)}; CV of speedup over {args.repeats} fresh-process repeats: "
          f"median {100 * statistics.median(cvs):.2f}%, worst {100 * max(cvs):.2f}%")
    for role, xs in by_role.items():
        if xs:
            print(f"  {role:8s} references ({len(xs)}): median CV {100 * statistics.median(xs):.2f}%, "
                  f"worst {100 * max(xs):.2f}%")
    print("the same timings under other estimators of the speedup (median / worst CV):")
    for e, xs in alt_cvs.items():
        print(f"  {e:26s} {100 * statistics.median(xs):5.2f}% / {100 * max(xs):5.2f}%")
    if long_cvs:
        print(f"references of >= 10 ms: median CV {100 * statistics.median(long_cvs):.2f}% (goal <= 3%)")
    if steady_cvs:
        print(f"over measurements not flagged unstable ({len(steady_cvs)} references with 2 or more): "
              f"median CV {100 * statistics.median(steady_cvs):.2f}%, worst {100 * max(steady_cvs):.2f}%")
    print(f"(slow, fast) pairs with true ratio >= 1.25x ordered correctly in every repeat: {pairs_ok}/{pairs} "
          f"(goal: all); measurements flagged unstable: {unstable}")


if __name__ == "__main__":
    main()
