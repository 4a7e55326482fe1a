"""Execute: check a built candidate for correctness, then time it against the baseline.

    result = run_candidate(problem, code, RunConfig(parallelism="omp"), sandbox)

Every run is two processes: the problem's judge (harness/pf_judge.cpp: inputs, the baseline,
the comparison, the clock; no candidate code) and, in the sandbox, the candidate's worker
(harness/pf_worker.cpp linked with the candidate), which the judge starts, feeds and reads.
Correctness runs the candidate on several fresh inputs from a seed it cannot predict, at the
problem's edge and validation sizes, for every validation case the driver defines. Timing calls
the candidate and the baseline interleaved, on a fresh input per repetition, in `processes`
separate launches; the speedup is the ratio of the medians. Contention from other work (CPU
pressure, CPU time below wall time, the baseline's median moving between processes) is
detected; such a timing is retried and, if it stays disturbed, flagged `unstable`. Whatever the
judge reports (or fails to) becomes a status here, never an exception.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import signal
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

from ..problems import Problem
from .build import ProblemBuild, build_candidate, build_problem, normalize_code
from .results import STATUSES, RunConfig, RunResult
from .sandbox import UNISOLATED_WARNING, Limits, Sandbox

VALIDATE_LIMITS = Limits(cpu_s=60, wall_s=90, memory_bytes=4 << 30, processes=64)
VALIDATION_CALL_TIMEOUT_MS = 1_000  # floor of a validation call's limit (max_slowdown x reference above it)
DETERMINISTIC_SEED = 20240427  # fixed timing input for instruction counts


def _read_pressure() -> float | None:
    """Total microseconds some task waited for a CPU (Linux PSI), or None where unavailable."""
    try:
        with open("/proc/pressure/cpu") as f:
            for line in f:
                if line.startswith("some"):
                    return float(re.search(r"total=(\d+)", line).group(1))
    except (OSError, AttributeError):
        return None
    return None


def _events(stdout: bytes) -> list[dict]:
    """The judge's JSON lines. It is trusted, but a line it could not finish (killed) is skipped."""
    events = []
    for line in stdout.decode(errors="replace").splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(event, dict):
                events.append(event)
    return events


def _crash(res, done: dict) -> tuple[str, str]:
    """(status, message) for a worker that died: from its exit, signal and stderr, as the judge saw them."""
    stderr = str(done.get("stderr", ""))
    tail = "\n".join(stderr.strip().splitlines()[-10:])
    code, sig = done.get("exit_code"), done.get("signal") or None
    if not isinstance(code, int) or not isinstance(sig, (int, type(None))):
        return "protocol_error", "the judge reported a malformed exit"
    if not done.get("started") and re.match(r"(bwrap|setpriv|prlimit|env|valgrind)\b", stderr.strip()):
        # No candidate code ran before its greeting (code before main is rejected at build time):
        # this is the sandbox's launcher failing on the machine's state.
        return LAUNCHER_FAILED, "the sandbox could not start the candidate's program: " + tail
    if sig is None and code > 128 and res.isolation != "none":
        sig = code - 128  # bubblewrap reports a child killed by signal N as exit status 128 + N
    if "bad_alloc" in stderr or "cannot allocate memory" in stderr.lower():
        return "memory_limit", tail
    if sig in (signal.SIGXCPU, signal.SIGKILL):
        return "timeout", f"killed by signal {signal.Signals(sig).name} (CPU time limit)"
    if sig == signal.SIGXFSZ:
        return "runtime_error", "exceeded the file size limit"
    if sig:
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        return "runtime_error", f"killed by signal {name}" + (f"\n{tail}" if tail else "")
    return "runtime_error", f"exited with status {code} before finishing" + (f"\n{tail}" if tail else "")


LAUNCHER_FAILED = "launcher_failed"  # classify_exit only: a runtime_error that says nothing of the candidate


def _public(status: str) -> str:
    return "runtime_error" if status == LAUNCHER_FAILED else status


def classify_exit(res, events: list[dict], needs: str | None = None) -> tuple[str, str]:
    """(status, message) of a judged run from the judge's single done line. Anything else (no
    done line, two, an unknown status, an ok without the `needs` event) is a failing status,
    never an exception: a batch goes on with its other candidates."""
    dones = [e for e in events if e.get("event") == "done"]
    if len(dones) != 1:
        if res.timed_out:
            return "timeout", "killed after the wall-clock limit"
        tail = "\n".join(res.stderr.decode(errors="replace").strip().splitlines()[-5:])
        what = "no verdict" if not dones else f"{len(dones)} verdicts"
        return "protocol_error", f"the judge gave {what} (exit status {res.returncode})" + (f"\n{tail}" if tail else "")
    done = dones[0]
    status, message = done.get("status"), str(done.get("message", ""))
    if status == "crashed":
        return _crash(res, done)
    if status in ("usage", "harness_error"):
        return "protocol_error", f"harness error: {message}"
    if status not in STATUSES:
        return "protocol_error", f"the judge gave an unknown status {status!r}"
    if status == "ok" and needs and sum(e.get("event") == needs for e in events) != 1:
        return "protocol_error", f"the judge said ok without exactly one {needs} event"
    return status, message


def _judged(problem: Problem, binary, sandbox: Sandbox, slot, mode: str, args: list[str], limits: Limits,
            env: dict | None = None, worker: list[str] = ("./prog",)):
    """Runs the problem's judge in `mode`; it starts `worker` (the candidate's program) in the sandbox."""
    judge = build_problem(problem, sandbox, slot=slot).judge
    return sandbox.run(list(worker), slot=slot, ro_binds={"prog": binary} if binary else {}, limits=limits, env=env,
                       judge=[str(judge), mode, *args])


def _contended(stall_before: float | None, t0: float, config: RunConfig) -> bool:
    """Did other work wait for a CPU for more than `max_stall_share` of the time since t0?"""
    stall_after, elapsed = _read_pressure(), time.monotonic() - t0
    if stall_before is None or stall_after is None or elapsed <= 0:
        return False
    return (stall_after - stall_before) / 1e6 / elapsed > config.max_stall_share


def _size(problem: Problem, config: RunConfig) -> int:
    if config.size == "timing":
        return problem.timing_size
    if config.size == "tiny":
        return problem.tiny_size
    return int(config.size)


def _tolerance(problem: Problem, config: RunConfig) -> tuple[float, float]:
    return config.tolerance if config.tolerance is not None else (problem.tol_rel, problem.tol_abs)


def _common_args(problem: Problem, config: RunConfig) -> list[str]:
    rel, abs_ = _tolerance(problem, config)
    args = ["--parallelism", config.parallelism, "--tol-rel", repr(rel), "--tol-abs", repr(abs_)]
    if config.parallelism == "omp":
        args += ["--threads", ",".join(map(str, config.threads))]
    return args


def _cv(xs: list[float]) -> float:
    return statistics.pstdev(xs) / statistics.mean(xs) if len(xs) > 1 and statistics.mean(xs) > 0 else 0.0


def validate(problem: Problem, binary, config: RunConfig, sandbox: Sandbox, *, slot: int | None = None) -> tuple[str, str, dict]:
    sizes = sorted(set(problem.validation_sizes) | {problem.tiny_size})
    args = ["--seed", str(secrets.randbits(62)), "--sizes", ",".join(map(str, sizes)),
            "--call-timeout-ms", str(VALIDATION_CALL_TIMEOUT_MS), "--max-slowdown", str(config.max_slowdown)]
    stall_before, t0 = _read_pressure(), time.monotonic()
    res = _judged(problem, binary, sandbox, slot, "validate", args + _common_args(problem, config), VALIDATE_LIMITS)
    events = _events(res.stdout)
    status, message = classify_exit(res, events)
    retryable = status == LAUNCHER_FAILED or status == "timeout" and _contended(stall_before, t0, config)
    done = next((e for e in events if e.get("event") == "done"), {})
    info = {"changed_settings": done.get("changed_settings", []), "isolation": res.isolation,
            "wall_s": round(res.wall_s, 3), "retryable": retryable}
    return _public(status), message, info


def _time_once(problem, binary, config, sandbox, slot, size) -> tuple[str, str, dict]:
    """One round of `config.processes` timing processes; returns pooled samples."""
    pooled = {"ref_ms": [], "ref_cpu": [], "cand_ms": {t: [] for t in _threads(config)},
              "cand_cpu": {t: [] for t in _threads(config)}, "ref_process_medians": [], "overhead_us": []}
    stall_before, t0 = _read_pressure(), time.monotonic()
    changed = []
    for _ in range(config.processes):
        args = ["--seed", str(secrets.randbits(62)), "--size", str(size),
                "--warmup", str(config.warmup), "--min-reps", str(config.min_reps), "--max-reps", str(config.max_reps),
                "--budget-ms", str(int(config.budget_s * 1000)), "--target-rel-err", str(config.target_rel_err),
                "--max-slowdown", str(config.max_slowdown)] + _common_args(problem, config)
        # The judge stops a slow call itself (max_slowdown x the reference); this limit is the
        # backstop for everything else.
        wall = 60.0 + config.budget_s * 4
        limits = Limits(cpu_s=wall * max(_threads(config)), wall_s=wall, memory_bytes=8 << 30, processes=64)
        res = _judged(problem, binary, sandbox, slot, "time", args, limits)
        events = _events(res.stdout)
        status, message = classify_exit(res, events, needs="timing")
        if status != "ok":
            pooled["contended"] = status == LAUNCHER_FAILED or status == "timeout" and _contended(stall_before, t0, config)
            return _public(status), message, pooled
        timing = next(e for e in events if e.get("event") == "timing")
        done = next(e for e in events if e.get("event") == "done")
        try:
            series = {c["threads"]: (c["ms"], c["cpu_ratio"]) for c in timing["candidate"]}
            if set(series) != set(_threads(config)) or not timing["ref_ms"]:
                raise ValueError("thread counts or repetitions missing")
            for t, (ms, ratios) in series.items():
                pooled["cand_ms"][t] += [float(x) for x in ms]
                pooled["cand_cpu"][t] += [float(x) for x in ratios]
            pooled["ref_ms"] += [float(x) for x in timing["ref_ms"]]
            pooled["ref_cpu"] += [float(x) for x in timing["ref_cpu_ratio"]]
            pooled["ref_process_medians"].append(statistics.median(timing["ref_ms"]))
            pooled["overhead_us"] += [float(x) for x in timing.get("overhead_us", [])]
        except (KeyError, TypeError, ValueError) as err:
            return "protocol_error", f"the judge's timing event is malformed: {err}", pooled
        changed += [s for s in done.get("changed_settings", []) if s not in changed]
    elapsed = time.monotonic() - t0
    stall_after = _read_pressure()
    stall_share = None
    if stall_before is not None and stall_after is not None and elapsed > 0:
        stall_share = (stall_after - stall_before) / 1e6 / elapsed
    pooled["stall_share"] = stall_share
    pooled["changed_settings"] = changed
    return "ok", "", pooled


def _threads(config: RunConfig) -> tuple[int, ...]:
    return config.threads if config.parallelism == "omp" else (1,)


def _disturbed(pooled: dict, config: RunConfig) -> tuple[bool, dict]:
    info = {"stall_share": pooled["stall_share"]}
    disturbed = pooled["stall_share"] is not None and pooled["stall_share"] > config.max_stall_share
    # The baseline is the same code on inputs of the same size in every process: when its median
    # differs between processes, the machine changed under the measurement. This catches what
    # the guest cannot see (a virtual machine's host busy with other tenants: no CPU pressure,
    # no steal time, but shared caches and memory bandwidth).
    medians = pooled["ref_process_medians"]
    if len(medians) > 1 and min(medians) > 0:
        spread = max(medians) / min(medians) - 1
        info["reference_process_spread"] = round(spread, 4)
        disturbed = disturbed or spread > config.max_process_spread
    if config.parallelism == "serial":
        # A single-threaded call whose CPU time falls short of its wall time was descheduled.
        # Calls under a millisecond are skipped: there the ratio is clock granularity, not load.
        walls = pooled["ref_ms"] + pooled["cand_ms"][1]
        ratios = pooled["ref_cpu"] + pooled["cand_cpu"][1]
        judged = [r for w, r in zip(walls, ratios) if w >= 1.0]
        low = sum(r < config.min_cpu_ratio for r in judged) / max(1, len(judged))
        info["disturbed_rep_share"] = round(low, 3)
        disturbed = disturbed or low > 0.2
    return disturbed, info


def time_candidate(problem: Problem, binary, config: RunConfig, sandbox: Sandbox, *, slot: int | None = None) -> dict:
    """Wall-clock timing against the baseline; returns fields of RunResult."""
    size = _size(problem, config)
    attempts = []
    for attempt in range(config.retries + 1):
        status, message, pooled = _time_once(problem, binary, config, sandbox, slot, size)
        if status != "ok":
            # A timeout while other work held the CPUs, or a sandbox that could not start, says more
            # about the machine than about the candidate: try again, and if it stays so, return it
            # as retryable (never stored).
            if pooled.get("contended"):
                if attempt < config.retries:
                    continue
                return {"status": status, "message": message + " (on a contended machine)", "retryable": True}
            return {"status": status, "message": message}
        disturbed, info = _disturbed(pooled, config)
        attempts.append(info)
        if not disturbed:
            break
    ref_med = statistics.median(pooled["ref_ms"])
    speedups, cand_med, cv = {}, {}, {"reference": round(_cv(pooled["ref_ms"]), 5)}
    for t, xs in pooled["cand_ms"].items():
        cand_med[str(t)] = statistics.median(xs)
        speedups[str(t)] = ref_med / cand_med[str(t)] if cand_med[str(t)] > 0 else float("inf")
        cv[str(t)] = round(_cv(xs), 5)
    top = str(max(_threads(config)))
    return {
        "status": "ok", "speedup": speedups[top], "speedups": speedups, "reference_ms": ref_med,
        "candidate_ms": cand_med, "cv": cv, "reps": len(pooled["ref_ms"]), "unstable": disturbed,
        "contention": {"attempts": attempts}, "threads": int(top),
        "timings": {"ref_ms": pooled["ref_ms"], "candidate_ms": {str(k): v for k, v in pooled["cand_ms"].items()},
                    "size": size, "overhead_us": pooled["overhead_us"]},
        "changed_settings": pooled["changed_settings"],
    }


def _count_one(problem: Problem, binary, config: RunConfig, sandbox: Sandbox, slot, size: int) -> tuple[str, str, int]:
    rel, abs_ = _tolerance(problem, config)
    args = ["--seed", str(DETERMINISTIC_SEED), "--size", str(size), "--tol-rel", repr(rel), "--tol-abs", repr(abs_)]
    worker = ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=pf_invoke_candidate",
              "--callgrind-out-file=/dev/null", "--vgdb=no", "--log-fd=4", "./prog"]
    limits = Limits(cpu_s=600, wall_s=900, memory_bytes=16 << 30, processes=64)
    res = _judged(problem, binary, sandbox, slot, "count", args, limits, env={"OMP_NUM_THREADS": "1"}, worker=worker)
    events = _events(res.stdout)
    status, message = classify_exit(res, events, needs="count")
    if status != "ok":
        return _public(status), message, 0
    n = next(e for e in events if e.get("event") == "count").get("instructions")
    if not isinstance(n, int) or n <= 0:
        return "protocol_error", f"the judge reported an instruction count of {n!r}", 0
    return "ok", "", n


def count_instructions(problem: Problem, binary, config: RunConfig, sandbox: Sandbox, *, slot: int | None = None) -> dict:
    """Deterministic mode: instructions of the candidate's call and of the baseline's on a fixed
    input, counted by callgrind in the same kind of worker process; the same binary and input
    always give the same counts."""
    size = _size(problem, config)
    pbuild = build_problem(problem, sandbox, slot=slot)
    base_build = build_candidate(problem, pbuild, problem.solution_code(problem.baseline), "serial", sandbox, slot=slot)
    if base_build.status != "ok":
        return {"status": "protocol_error", "message": f"the baseline does not build as a candidate: {base_build.message}"}
    counts = {}
    for who, prog in (("reference", base_build.binary), ("candidate", binary)):
        status, message, n = _count_one(problem, prog, config, sandbox, slot, size)
        if status != "ok":
            return {"status": status, "message": ("the baseline: " if who == "reference" else "") + message}
        counts[who] = n
    ref, cand = counts["reference"], counts["candidate"]
    return {"status": "ok", "instructions": counts, "speedup": ref / cand, "speedups": {"1": ref / cand},
            "threads": 1, "timings": {"size": size, "seed": DETERMINISTIC_SEED}}


@dataclass
class Prepared:
    result: RunResult | None  # final already (build failed, wrong answer, validate-only)
    binary: Path | None
    base: dict  # fields every result of this candidate carries


def prepare(problem: Problem, code: str, config: RunConfig, sandbox: Sandbox, *, slot: int | None = None,
            pbuild: ProblemBuild | None = None) -> Prepared:
    """Build (cached) and validate a candidate: the part that may run in parallel."""
    pbuild = pbuild or build_problem(problem, sandbox, slot=slot)
    build = build_candidate(problem, pbuild, code, config.parallelism, sandbox, slot=slot)
    base = dict(problem_id=problem.id, parallelism=config.parallelism, isolation=sandbox.isolation,
                warnings=[UNISOLATED_WARNING] if sandbox.isolation == "none" else [],
                build=build.evidence(), code_sha=hashlib.sha256(normalize_code(code).encode()).hexdigest()[:16],
                threads=max(_threads(config)))
    if build.status != "ok":
        return Prepared(RunResult(status=build.status, message=build.message, **base), None, base)
    for attempt in range(config.retries + 1):
        status, message, info = validate(problem, build.binary, config, sandbox, slot=slot)
        if not info["retryable"]:
            break
    if status != "ok" or config.validate_only:
        result = RunResult(status=status, message=message, changed_settings=info["changed_settings"],
                           retryable=info["retryable"], **base)
        return Prepared(result, build.binary, base)
    return Prepared(None, build.binary, base)


def run_candidate(problem: Problem, code: str, config: RunConfig = RunConfig(), sandbox: Sandbox | None = None, *,
                  slot: int | None = None, pbuild: ProblemBuild | None = None) -> RunResult:
    """Build, validate and time one candidate. Always returns a RunResult (never raises for
    anything the candidate does)."""
    sandbox = sandbox or Sandbox()
    prep = prepare(problem, code, config, sandbox, slot=slot, pbuild=pbuild)
    if prep.result is not None:
        return prep.result
    return evaluate_built(problem, prep.binary, config, sandbox, slot=slot, base=prep.base)


def evaluate_built(problem: Problem, binary, config: RunConfig, sandbox: Sandbox, *, slot: int | None = None,
                   base: dict) -> RunResult:
    """Timing (or instruction counts) of a built and validated candidate."""
    measure = count_instructions if config.deterministic else time_candidate
    fields = measure(problem, binary, config, sandbox, slot=slot)
    fields["changed_settings"] = sorted(set(fields.get("changed_settings", [])))
    return RunResult(**{**base, **fields})


def baseline_ms(problem: Problem, sandbox: Sandbox, *, size: int | None = None, reps: int = 5, slot: int | None = None) -> list[float]:
    """Times the baseline alone at the timing size (for the 10-200 ms window check)."""
    args = ["--seed", str(secrets.randbits(62)), "--size", str(size or problem.timing_size), "--reps", str(reps)]
    res = _judged(problem, None, sandbox, slot, "baseline", args, VALIDATE_LIMITS)
    events = _events(res.stdout)
    status, message = classify_exit(res, events, needs="baseline")
    if status != "ok":
        raise RuntimeError(f"problem {problem.id}: baseline run failed: {status}: {message}")
    return next(e for e in events if e.get("event") == "baseline")["ref_ms"]


