"""Compile cost of the standard header set: precompiled (ours) vs parsed as text vs no set.

    python benchmarks/compile_prelude.py [--problems 12] [--repeats 5] [--split eval]

Every candidate is compiled after `harness/pf_std.hpp` (the standard headers ParEval's drivers
give generated code) and the problem's prelude. This compiles each selected problem's baseline,
as a candidate (`g++ -c` with a candidate's serial flags, outside the sandbox: compiler cost
only), three ways, interleaved: with the set as the runner uses it (a GCC precompiled header),
with the same set parsed as text, and with the problem's prelude alone (the runner before the set
existed). Prints the median compile time of each way over problems and repeats, and the ratios.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from perfutils.layout import PROBLEMS_ROOT  # noqa: E402
from perfutils.problems import load_problems, select_problems  # noqa: E402
from perfutils.runner.build import (CANDIDATE_COMPILE_FLAGS, CXX, STD_HEADER, build_std_header,  # noqa: E402
                                    candidate_flags, candidate_includes)
from perfutils.runner.sandbox import Sandbox  # noqa: E402


def compile_seconds(workdir: Path, includes: tuple[str, ...]) -> float:
    cmd = [CXX, *candidate_flags("serial"), *CANDIDATE_COMPILE_FLAGS, "-Winvalid-pch", *includes, "-I.",
           "-c", "candidate.cpp", "-o", "cand.o"]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if out.returncode != 0 or "invalid" in out.stderr:
        raise SystemExit(f"compile failed in {workdir}: {' '.join(cmd)}\n{out.stderr[:2000]}")
    return elapsed


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--problems", type=int, default=12, help="problems sampled (one per type first)")
    ap.add_argument("--repeats", type=int, default=5, help="compiles per way and problem")
    ap.add_argument("--split", default="eval", help="problem split to draw from (or a path)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    root = Path(args.split) if Path(args.split).exists() else PROBLEMS_ROOT / args.split
    chosen = select_problems(load_problems(root), per_type=1, limit=args.problems, seed=args.seed)
    _, pch_dir = build_std_header("serial", Sandbox())
    prelude_only = ("-include", "pf/pf_prelude_serial.hpp")
    ways = {"precompiled set (ours)": candidate_includes("serial"), "set parsed as text": candidate_includes("serial"),
            "prelude only (no set)": prelude_only}
    times: dict[str, list[float]] = {w: [] for w in ways}
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as d:
        for p in chosen:
            dirs = {}
            for i, way in enumerate(ways):
                job = Path(d) / p.id / str(i)
                (job / "pf").mkdir(parents=True)
                (job / "pf" / "pf_prelude_serial.hpp").write_text(p.prelude("serial"))
                (job / "candidate.cpp").write_text(p.solution_code(p.baseline))
                if way == "precompiled set (ours)":
                    (job / "std").symlink_to(pch_dir)
                else:
                    (job / "std").mkdir()
                    shutil.copy(STD_HEADER, job / "std" / "pf_std.hpp")
                dirs[way] = job
            for _ in range(args.repeats):
                order = list(ways)
                rng.shuffle(order)  # interleaved, in a fresh order each round
                for way in order:
                    times[way].append(compile_seconds(dirs[way], ways[way]))
            print(f"{p.id}: " + ", ".join(f"{w} {statistics.median(times[w][-args.repeats:]):.3f} s" for w in ways),
                  flush=True)
    med = {w: statistics.median(t) for w, t in times.items()}
    print(f"\n{len(chosen)} problems x {args.repeats} compiles per way (baseline as candidate, serial flags):")
    for w, m in med.items():
        print(f"  {w:24s} median {m:.3f} s")
    ours = med["precompiled set (ours)"]
    print(f"set parsed as text / precompiled: {med['set parsed as text'] / ours:.2f}x; "
          f"prelude only / precompiled: {med['prelude only (no set)'] / ours:.2f}x")


if __name__ == "__main__":
    main()
