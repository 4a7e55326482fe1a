"""The runner's commands: `run` one candidate, `batch` many into a store, `check-problems`.

    python -m perfutils run --problem data/problems/eval/reduce_x --solution my.cpp --parallelism omp --json
    python -m perfutils batch candidates.jsonl --store results.jsonl
    python -m perfutils check-problems data/problems --quick
"""

from __future__ import annotations

import json
from pathlib import Path

from perfutils.errors import UsageError
from perfutils.layout import PROBLEMS_ROOT
from perfutils.problems import parse_size


def _threads(text: str) -> tuple[int, ...]:
    try:
        threads = tuple(int(t) for t in text.split(",") if t.strip())
    except ValueError:
        raise UsageError(f"--threads {text!r}: give thread counts separated by commas, e.g. 1,2") from None
    if not threads or min(threads) < 1:
        raise UsageError(f"--threads {text!r}: thread counts must be positive integers")
    return threads


def _sandbox(args):
    from perfutils.runner.sandbox import Sandbox, SandboxUnavailable

    try:
        return Sandbox(allow_unsandboxed=args.allow_unsandboxed)
    except SandboxUnavailable as err:
        raise UsageError(str(err)) from None


def _load_problem(path: str):
    from perfutils.problems import ProblemSpecError, load_problem

    p = Path(path)
    if not p.exists():
        raise UsageError(f"--problem {path}: no such problem directory")
    try:
        return load_problem(p)
    except ProblemSpecError as err:
        raise UsageError(str(err)) from None


def _size(text: str) -> str | int:
    try:
        return parse_size(text)
    except ValueError as err:
        raise UsageError(f"--size {err}") from None


def read_code(path: str) -> str:
    p = Path(path)
    if not p.is_file():
        raise UsageError(f"--solution {path}: no such file")
    try:
        code = p.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"--solution {path}: not UTF-8 text") from None
    if not code.strip():
        raise UsageError(f"--solution {path}: the file is empty")
    return code


def _cmd_run(args) -> int:
    from perfutils.runner.execute import run_candidate
    from perfutils.runner.results import RunConfig, default_threads

    problem = _load_problem(args.problem)
    code = read_code(args.solution)
    threads = _threads(args.threads) if args.threads is not None else default_threads()
    config = RunConfig(parallelism=args.parallelism, threads=threads, deterministic=args.deterministic,
                       size=_size(args.size))
    result = run_candidate(problem, code, config, _sandbox(args))
    if args.json:
        print(result.to_json())
    else:
        line = f"{problem.id} [{result.parallelism}] {result.status}"
        if result.speedup is not None:
            line += f"  speedup {result.speedup:.3f}x"
            if result.parallelism == "omp":
                line += "  (" + ", ".join(f"{t} threads: {s:.3f}x" for t, s in result.speedups.items()) + ")"
            if result.instructions:
                line += f"  instructions {result.instructions['candidate']} vs {result.instructions['reference']}"
            if result.unstable:
                line += "  [UNSTABLE: CPU contention]"
        print(line)
        if result.message:
            print(result.message)
        for warning in result.warnings:
            print(f"warning: {warning}")
    return 0


def _cmd_batch(args) -> int:
    from perfutils.problems import ProblemSpecError, load_problem
    from perfutils.runner.executors import Task, evaluate_candidates
    from perfutils.runner.results import RunConfig, thread_counts
    from perfutils.runner.store import ResultStore

    src = Path(args.candidates)
    if not src.is_file():
        raise UsageError(f"{args.candidates}: no such candidates file (JSONL, one candidate per line)")
    problems, tasks = {}, []
    for lineno, raw in enumerate(src.read_text().splitlines(), 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
            ref = row["problem"]
            code = row["code"]
        except (json.JSONDecodeError, KeyError, TypeError):
            raise UsageError(f"{src}:{lineno}: each line must be JSON with at least 'problem' and 'code'") from None
        if not isinstance(code, str) or not code.strip():
            raise UsageError(f"{src}:{lineno}: 'code' is empty")
        if ref not in problems:
            candidates = [Path(ref), PROBLEMS_ROOT / "train" / ref, PROBLEMS_ROOT / "eval" / ref]
            path = next((c for c in candidates if (c / "problem.yaml").is_file()), None)
            if path is None:
                raise UsageError(f"{src}:{lineno}: unknown problem {ref!r} (give a problem directory or an id under {PROBLEMS_ROOT})")
            try:
                problems[ref] = load_problem(path)
            except ProblemSpecError as err:
                raise UsageError(str(err)) from None
        try:
            config = RunConfig(parallelism=row.get("parallelism", "serial"), threads=thread_counts(row.get("threads")),
                               deterministic=bool(row.get("deterministic", False)),
                               validate_only=bool(row.get("validate_only", False)))
        except ValueError as err:
            raise UsageError(f"{src}:{lineno}: {err}") from None
        tasks.append(Task(problems[ref], code, config, meta=row.get("meta", {"line": lineno})))
    store = ResultStore(args.store)
    results = evaluate_candidates(tasks, store=store, executor=args.executor, workers=args.workers,
                                  allow_unsandboxed=args.allow_unsandboxed, ray_address=args.ray_address)
    counts = {}
    for r in results:
        counts[r.status] = counts.get(r.status, 0) + 1
    print(f"{len(results)} candidates -> {args.store}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


def _cmd_check(args) -> int:
    from perfutils.problems import UnknownProblemError
    from perfutils.runner.check import check_problems

    root = Path(args.root)
    if not root.exists():
        raise UsageError(f"{args.root}: no such problem folder")
    failures = 0

    def report(r):
        nonlocal failures
        mark = "ok  " if r.ok else "FAIL"
        info = " ".join(f"{k}={v}" for k, v in r.info.items())
        print(f"{mark} {r.problem_id} {info}", flush=True)
        for e in r.errors:
            print(f"     error: {e}", flush=True)
        for w in r.warnings:
            print(f"     warning: {w}", flush=True)
        failures += not r.ok

    try:
        results = check_problems(root, quick=args.quick, ids=args.ids.split(",") if args.ids else None,
                                 workers=args.workers, sandbox=_sandbox(args), progress=report)
    except UnknownProblemError as err:
        raise UsageError(str(err)) from None
    print(f"{len(results) - failures} passed, {failures} failed")
    return 1 if failures else 0


def add_cli(subparsers) -> None:
    run = subparsers.add_parser("run", help="build, validate and time one candidate against a problem")
    run.add_argument("--problem", required=True, help="problem directory (with problem.yaml)")
    run.add_argument("--solution", required=True, help="C++ file with the candidate function")
    run.add_argument("--parallelism", choices=["serial", "omp"], default="serial")
    run.add_argument("--threads", default=None, help="omp thread counts, e.g. 1,2 (default: 1, 2 and all usable cores)")
    run.add_argument("--deterministic", action="store_true", help="count instructions under valgrind (serial)")
    run.add_argument("--size", default="timing", help="timing (default), tiny, or a number")
    run.add_argument("--json", action="store_true", help="print the full result as JSON")
    run.add_argument("--allow-unsandboxed", action="store_true", help="run without isolation if bwrap is missing")
    run.set_defaults(func=_cmd_run)

    batch = subparsers.add_parser("batch", help="evaluate a JSONL file of candidates, streaming results to a store")
    batch.add_argument("candidates", help="JSONL: {problem, code, parallelism?, threads?, deterministic?, meta?}")
    batch.add_argument("--store", required=True, help="append-only JSONL result store (reruns resume from it)")
    batch.add_argument("--executor", choices=["local", "ray"], default="local")
    batch.add_argument("--workers", type=int, default=2, help="parallel compiles/validations (local executor)")
    batch.add_argument("--ray-address", default=None, help="Ray cluster address (default: a local instance)")
    batch.add_argument("--allow-unsandboxed", action="store_true")
    batch.set_defaults(func=_cmd_batch)

    check = subparsers.add_parser("check-problems", help="validate problem directories (spec, references, validators)")
    check.add_argument("root", nargs="?", default=str(PROBLEMS_ROOT))
    check.add_argument("--quick", action="store_true", help="only checks that do not depend on timing (tiny size)")
    check.add_argument("--ids", help="comma-separated problem ids to check")
    check.add_argument("--workers", type=int, default=2, help="problems checked in parallel (quick mode)")
    check.add_argument("--allow-unsandboxed", action="store_true")
    check.set_defaults(func=_cmd_check)
