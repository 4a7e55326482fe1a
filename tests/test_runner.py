"""The compile-and-time runner on the fixture problems: real g++, real programs."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from perfutils.problems import load_problem, trivial_candidates
from perfutils.runner.build import build_candidate, build_problem, inspect_object, normalize_code
from perfutils.runner.execute import run_candidate
from perfutils.runner.executors import Task, evaluate_candidates
from perfutils.runner.results import RunConfig, RunResult, default_threads, thread_counts
from perfutils.runner.sandbox import Sandbox
from perfutils.runner.store import ResultStore, result_key

FIXTURES = Path(__file__).parent / "fixtures" / "problems"
PROBLEM_IDS = sorted(p.name for p in FIXTURES.iterdir() if (p / "problem.yaml").exists())
# Few repetitions: these tests check behaviour, not precision.
FAST_TIMING = RunConfig(processes=1, min_reps=3, max_reps=6, budget_s=0.5, warmup=1, retries=0)


@pytest.fixture(scope="module")
def sandbox():
    return Sandbox()


def _problem(pid):
    return load_problem(FIXTURES / pid)


def _candidate(problem, name):
    return (problem.path / "candidates" / f"{name}.cpp").read_text()


@pytest.mark.parametrize("pid", PROBLEM_IDS)
def test_statuses_of_fixture_solutions(pid, sandbox):
    p = _problem(pid)
    quick = RunConfig(validate_only=True)
    assert run_candidate(p, p.solution_code(p.baseline), quick, sandbox).status == "ok"
    assert run_candidate(p, _candidate(p, "wrong"), quick, sandbox).status == "wrong_answer"
    bad = run_candidate(p, _candidate(p, "no_compile"), quick, sandbox)
    assert bad.status == "compile_error" and "error" in bad.message
    assert run_candidate(p, _candidate(p, "crash"), quick, sandbox).status == "runtime_error"
    omp_ref = next(r.name for r in p.references if r.parallelism == "omp")
    res = run_candidate(p, p.solution_code(omp_ref), RunConfig(parallelism="omp", threads=(1, 2), validate_only=True),
                        sandbox)
    assert res.status == "ok"


@pytest.mark.parametrize("pid", PROBLEM_IDS)
def test_fast_beats_slow_in_the_same_run(pid, sandbox):
    p = _problem(pid)
    fast = run_candidate(p, p.solution_code(p.baseline), FAST_TIMING, sandbox)
    slow = run_candidate(p, p.solution_code(p.serial_order[0]), FAST_TIMING, sandbox)
    assert fast.status == slow.status == "ok"
    assert fast.speedup > slow.speedup
    # The baseline against itself: a speedup near 1 (loose: the machine is shared).
    assert 0.5 < fast.speedup < 2.0
    assert fast.reference_ms > 0 and fast.reps >= 3 and "reference" in fast.cv


def test_trivial_candidates_fail_every_fixture(sandbox):
    for pid in PROBLEM_IDS:
        p = _problem(pid)
        for name, code in trivial_candidates(p).items():
            res = run_candidate(p, code, RunConfig(validate_only=True), sandbox)
            assert res.status == "wrong_answer", (pid, name, res.status, res.message)


def test_omp_speedups_per_thread_count(sandbox):
    p = _problem("reduce_sum_of_squares")
    cfg = RunConfig(parallelism="omp", threads=(1, 2), processes=1, min_reps=3, max_reps=5, budget_s=0.5, retries=0)
    res = run_candidate(p, p.solution_code("omp"), cfg, sandbox)
    assert res.status == "ok"
    assert set(res.speedups) == {"1", "2"} and res.threads == 2
    assert res.speedup == res.speedups["2"]


def test_deterministic_mode_gives_identical_counts(sandbox):
    p = _problem("transform_scale_shift")
    cfg = RunConfig(deterministic=True, size=20000)
    a = run_candidate(p, p.solution_code("slow_pushback"), cfg, sandbox)
    b = run_candidate(p, p.solution_code("slow_pushback"), cfg, sandbox)
    assert a.status == b.status == "ok"
    assert a.instructions == b.instructions
    assert a.instructions["candidate"] > a.instructions["reference"]
    assert a.speedup < 1


def test_build_cache_reuses_duplicates(sandbox):
    p = _problem("reduce_sum_of_squares")
    pb = build_problem(p, sandbox)
    code = p.solution_code("baseline") + f"\n// a new comment makes a new build {time.time_ns()}\n"
    first = build_candidate(p, pb, code, "serial", sandbox)
    again = build_candidate(p, pb, code.replace("\n", "\r\n") + "   \n\n", "serial", sandbox)
    assert first.status == "ok" and not first.cached
    assert again.cached and again.key == first.key
    assert normalize_code("a  \r\nb\n\n") == "a\nb\n"


def test_candidates_compile_after_the_standard_headers(sandbox):
    """Code that leans on standard headers the prompt does not include (std::sort without
    <algorithm>, size_t, std::priority_queue, DBL_MAX from <cfloat>, assert, snprintf) compiles, as
    it would after ParEval's drivers (which include <cfloat>, <cassert>, <cstdio>, <chrono>)."""
    p = _problem("reduce_sum_of_squares")
    code = ("double sumOfSquares(std::vector<double> const& x) {\n"
            "  std::vector<double> y(x.begin(), x.end());\n"
            "  std::sort(y.begin(), y.end());\n"
            "  std::priority_queue<int> q;\n  q.push(1);\n"
            "  double low = DBL_MAX;\n  for (double v : y) low = v < low ? v : low;\n"
            "  assert(y.empty() || low <= y[0]);\n"
            "  char buf[8];\n  snprintf(buf, sizeof buf, \"%d\", q.top());\n"
            "  (void)std::chrono::steady_clock::now();\n"
            "  double s = 0;\n  for (size_t i = 0; i < y.size(); ++i) s += y[i] * y[i];\n"
            "  return s * (buf[0] - '0');\n}\n")
    assert "#include" not in code
    serial = run_candidate(p, code, RunConfig(validate_only=True), sandbox)
    omp = run_candidate(p, code, RunConfig(parallelism="omp", threads=(1, 2), validate_only=True), sandbox)
    assert serial.status == omp.status == "ok", (serial.message, omp.message)


def test_standard_headers_are_precompiled_and_used(sandbox, tmp_path):
    """GCC silently ignores a precompiled header whose flags differ: compile a candidate's
    translation unit with a candidate's flags and check with -H that the .gch was used."""
    from perfutils.runner.build import (CANDIDATE_COMPILE_FLAGS, CXX, build_std_header, candidate_flags,
                                        candidate_includes)

    p = _problem("reduce_sum_of_squares")
    keys = set()
    for par in ("serial", "omp"):
        key, built = build_std_header(par, sandbox)
        keys.add(key)
        assert (built / "pf_std.hpp.gch").stat().st_size > 0
        assert build_std_header(par, sandbox) == (key, built)  # cached
        job = tmp_path / par
        (job / "pf").mkdir(parents=True)
        (job / "std").symlink_to(built)
        (job / "pf" / f"pf_prelude_{par}.hpp").write_text(p.prelude(par))
        (job / "c.cpp").write_text(p.solution_code("baseline"))
        out = subprocess.run([CXX, *candidate_flags(par), *CANDIDATE_COMPILE_FLAGS, *candidate_includes(par),
                              "-Winvalid-pch", "-H", "-I.", "-c", "c.cpp", "-o", "c.o"],
                             cwd=job, capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        first = out.stderr.splitlines()[0]
        assert first.startswith("! ") and first.endswith("std/pf_std.hpp.gch"), out.stderr[:2000]
    assert len(keys) == 2  # serial and omp flags need their own precompiled header


def test_compiler_messages_quote_the_candidates_own_lines(sandbox):
    p = _problem("reduce_sum_of_squares")
    code = ("double sumOfSquares(std::vector<double> const& x) {\n"
            "  double s = 0;\n"
            "  s += undeclared_total_" + str(time.time_ns()) + ";\n"
            "  return s;\n}\n")
    res = run_candidate(p, code, RunConfig(validate_only=True), sandbox)
    assert res.status == "compile_error"
    assert "candidate.cpp:3:" in res.message and "s += undeclared_total_" in res.message, res.message


def test_candidate_builds_without_bubblewrap():
    """Without bwrap the problem build and the standard headers are symlinked into the job."""
    p = _problem("reduce_sum_of_squares")
    with pytest.warns(UserWarning, match="WITHOUT isolation"):
        bare = Sandbox("none", allow_unsandboxed=True)
    code = p.solution_code("baseline") + f"\n// unsandboxed build {time.time_ns()}\n"
    res = run_candidate(p, code, RunConfig(validate_only=True), bare)
    assert res.status == "ok", res.message
    assert res.isolation == "none"
    # Every result of an unisolated run says so, also when it fails and once it is stored.
    failed = run_candidate(p, p.signature + " {\n  return undefined_helper();\n}\n", RunConfig(), bare)
    assert failed.status == "compile_error"
    for r in (res, failed, RunResult.from_dict(json.loads(res.to_json()))):
        assert any("WITHOUT isolation" in w for w in r.warnings), r.warnings


def test_default_thread_counts_are_1_2_and_every_usable_core(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(16)))
    assert default_threads() == (1, 2, 16)
    assert RunConfig().threads == (1, 2, 16)
    assert thread_counts(None) == thread_counts([]) == (1, 2, 16)
    assert thread_counts([4, 1]) == (4, 1)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})  # one core: 2 threads still timed
    assert default_threads() == (1, 2)


def test_problem_version_covers_the_generated_glue(monkeypatch):
    from perfutils.problems import Problem

    p = _problem("reduce_sum_of_squares")
    before = p.version()
    original = Problem.prelude
    monkeypatch.setattr(Problem, "prelude", lambda self, par: original(self, par) + "#include <map>\n")
    assert p.version() != before


def test_store_key_covers_tolerance_and_config():
    p = _problem("reduce_sum_of_squares")
    code = p.solution_code("baseline")
    k = result_key(p, code, RunConfig())
    assert k == result_key(p, code + "\n", RunConfig())
    assert k != result_key(p, code, RunConfig(tolerance=(1e-3, 0.0)))
    assert k != result_key(p, code, RunConfig(parallelism="omp"))
    assert k != result_key(p, code, RunConfig(deterministic=True))


def test_store_key_covers_every_runner_source_file(tmp_path):
    """A fix anywhere in the runner (the speedup computation, the exit classification, the judge)
    must not let a resumed batch mix old and new results."""
    import shutil

    from perfutils.runner.store import RUNNER_DIR, runner_code_hash

    copy = tmp_path / "runner"
    shutil.copytree(RUNNER_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    sources = sorted(f for f in copy.rglob("*") if f.suffix in (".py", ".cpp", ".hpp"))
    assert {"execute.py", "sandbox.py", "build.py", "store.py", "pf_judge.cpp", "pf_worker.cpp"} <= {f.name for f in sources}
    original = runner_code_hash(copy)
    assert original == runner_code_hash(RUNNER_DIR)
    for f in sources:
        text = f.read_bytes()
        f.write_bytes(text + b"\n")
        assert runner_code_hash.__wrapped__(copy) != original, f"{f.name} is not covered by the store key"
        f.write_bytes(text)


def test_store_survives_a_torn_line(tmp_path):
    path = tmp_path / "store.jsonl"
    store = ResultStore(path)
    store.append("k1", RunResult(status="ok", problem_id="x", parallelism="serial"))
    with open(path, "a") as f:
        f.write('{"key": "k2", "resu')  # a writer killed mid-line
    again = ResultStore(path)
    assert "k1" in again and "k2" not in again and len(again) == 1
    again.append("k2", RunResult(status="timeout", problem_id="x", parallelism="serial"))
    assert [json.loads(l)["key"] for l in path.read_text().splitlines()] == ["k1", "k2"]


def test_batch_killed_midway_resumes_without_loss_or_duplicates(tmp_path):
    """kill -9 the batch CLI while it runs, rerun it: every candidate has exactly one result."""
    p = _problem("transform_scale_shift")
    rows, nonce = [], uuid.uuid4().hex  # fresh builds: a build cache hit would end the batch too soon
    for i in range(6):
        code = p.solution_code("baseline") + f"\n// variant {i} {nonce}\n"
        rows.append({"problem": str(p.path), "code": code, "validate_only": True, "meta": {"i": i}})
    rows.append({"problem": str(p.path), "code": _candidate(p, "wrong"), "validate_only": True})
    cands = tmp_path / "cands.jsonl"
    cands.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    store = tmp_path / "results.jsonl"
    cmd = [sys.executable, "-m", "perfutils", "batch", str(cands), "--store", str(store), "--workers", "1"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True, env=env)
    deadline = time.time() + 120
    while time.time() < deadline:
        if store.exists() and len(store.read_text().splitlines()) >= 2:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = len(store.read_text().splitlines()) if store.exists() else 0
    assert 0 < done_before < len(rows), "the kill should land mid-run"
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr
    keys = [json.loads(l)["key"] for l in store.read_text().splitlines()]
    assert len(keys) == len(set(keys)) == len(rows)


def test_evaluate_candidates_dedups_and_streams(tmp_path, sandbox):
    p = _problem("search_contains_value")
    code = p.solution_code("baseline")
    tasks = [Task(p, code, RunConfig(validate_only=True)), Task(p, code, RunConfig(validate_only=True)),
             Task(p, _candidate(p, "wrong"), RunConfig(validate_only=True))]
    store = ResultStore(tmp_path / "r.jsonl")
    results = evaluate_candidates(tasks, store=store, progress=False, sandbox=sandbox)
    assert [r.status for r in results] == ["ok", "ok", "wrong_answer"]
    assert len(store) == 2


def test_ray_executor_matches_local(tmp_path, sandbox):
    ray = pytest.importorskip("ray")
    p = _problem("search_contains_value")
    tasks = [Task(p, p.solution_code("baseline"), RunConfig(validate_only=True)),
             Task(p, _candidate(p, "wrong"), RunConfig(validate_only=True)),
             Task(p, _candidate(p, "no_compile"), RunConfig(validate_only=True)),
             Task(p, _candidate(p, "crash"), RunConfig(validate_only=True)),
             Task(p, p.solution_code("slow_copy_count"), FAST_TIMING)]
    local = evaluate_candidates(tasks, executor="local", progress=False, sandbox=sandbox)
    try:
        ray_results = evaluate_candidates(tasks, executor="ray", progress=False)
    finally:
        ray.shutdown()  # the local Ray instance must not outlive this test
    assert [r.status for r in local] == [r.status for r in ray_results]
    assert ray_results[-1].speedup is not None


def test_make_executor_by_name():
    from perfutils.runner.executors import LocalExecutor, make_executor

    local = make_executor("local", workers=3)
    assert isinstance(local, LocalExecutor) and local.workers == 3
    with pytest.raises(ValueError, match="unknown executor 'slurm': use local or ray"):
        make_executor("slurm")


def test_object_inspection_rules():
    forbidden = frozenset({"clock_gettime", "_Znwm"})
    ok_syms = "_Z12sumOfSquaresRKSt6vectorIdSaIdEE T 0 10\n_ZNSt6vectorIdSaIdEED2Ev W 0 5\n"
    assert inspect_object(ok_syms, "", "", "", forbidden=forbidden) is None
    assert "main" in inspect_object("main T 0 4\n", "", "", "", forbidden=forbidden)
    assert "replace" in inspect_object("clock_gettime T 0 4\n", "", "", "", forbidden=forbidden)
    assert "before main" in inspect_object("", "  [ 5] .preinit_array INIT", "", "", forbidden=forbidden)


def test_cli_rejects_bad_arguments(tmp_path):
    p = FIXTURES / "reduce_sum_of_squares"
    empty = tmp_path / "empty.cpp"
    empty.write_text("  \n")
    binary = tmp_path / "bin.cpp"
    binary.write_bytes(b"\xff\xfe\x00bad")
    cases = [
        ["run", "--problem", str(p), "--solution", str(tmp_path / "missing.cpp")],
        ["run", "--problem", str(p), "--solution", str(empty)],
        ["run", "--problem", str(p), "--solution", str(binary)],
        ["run", "--problem", str(tmp_path / "nope"), "--solution", str(p / "solutions" / "baseline.cpp")],
        ["run", "--problem", str(p), "--solution", str(p / "solutions" / "baseline.cpp"), "--parallelism", "cuda"],
        ["run", "--problem", str(p), "--solution", str(p / "solutions" / "baseline.cpp"), "--threads", "0"],
        ["check-problems", str(FIXTURES), "--quick", "--ids", "reduce_sum_of_squares,no_such_problem"],
    ]
    for args in cases:
        out = subprocess.run([sys.executable, "-m", "perfutils", *args], capture_output=True, text=True)
        assert out.returncode == 2, (args, out.stderr)
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr
        assert "Traceback" not in out.stderr


def test_check_problems_cli_fails_on_a_malformed_spec(tmp_path):
    """A malformed spec fails the check (exit 1) while the well-formed problems are still checked."""
    import shutil

    shutil.copytree(FIXTURES / "reduce_sum_of_squares", tmp_path / "reduce_sum_of_squares")
    broken = tmp_path / "broken_problem"
    broken.mkdir()
    (broken / "problem.yaml").write_text("id: broken_problem\ntype: reduce\n")
    out = subprocess.run([sys.executable, "-m", "perfutils", "check-problems", str(tmp_path), "--quick"],
                         capture_output=True, text=True)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "FAIL <specs>" in out.stdout and "broken_problem" in out.stdout
    assert "ok   reduce_sum_of_squares" in out.stdout
    assert "1 passed, 1 failed" in out.stdout


def test_cli_run_prints_a_result():
    p = FIXTURES / "transform_scale_shift"
    out = subprocess.run([sys.executable, "-m", "perfutils", "run", "--problem", str(p), "--solution",
                          str(p / "candidates" / "wrong.cpp"), "--json"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    res = json.loads(out.stdout)
    assert res["status"] == "wrong_answer" and res["isolation"].startswith("bwrap")


@pytest.mark.skipif(os.geteuid() != 0, reason="the sandbox uid exists only when run as root")
def test_private_build_cache_becomes_traversable(tmp_path, monkeypatch):
    from perfutils.runner.build import build_cache_dir

    private = tmp_path / "cache"
    private.mkdir(mode=0o700)
    os.chmod(private, 0o700)
    monkeypatch.setenv("PERFUTILS_BUILD_CACHE", str(private))
    assert build_cache_dir() == private
    mode = private.stat().st_mode & 0o777
    assert mode & 0o001, "the sandbox uid cannot reach builds in a private cache"
    assert not mode & 0o004, "only search permission is added, never read"
    missing = tmp_path / "new" / "cache"
    monkeypatch.setenv("PERFUTILS_BUILD_CACHE", str(missing))
    assert build_cache_dir() == missing and missing.is_dir()


def test_a_sandbox_that_cannot_start_the_compiler_is_not_cached(sandbox):
    """A launcher failure (here: setpriv refused by RLIMIT_NPROC) says nothing about the code."""
    from perfutils.runner.sandbox import SandboxResult

    class RefusingSandbox:
        isolation = sandbox.isolation

        def __init__(self):
            self.calls = 0

        def run(self, argv, **kwargs):
            self.calls += 1
            return SandboxResult(returncode=1, stdout=b"", wall_s=0.01, timed_out=False,
                                 isolation=self.isolation, stderr=b"setpriv: failed to execute "
                                 b"/usr/bin/bwrap: Resource temporarily unavailable\n")

    from perfutils.runner.build import build_std_header

    p = _problem("reduce_sum_of_squares")
    pb = build_problem(p, sandbox)
    build_std_header("serial", sandbox)  # precompiled by a working sandbox; the candidate's compile fails
    code = p.solution_code("baseline") + f"\n// launcher failure {time.time_ns()}\n"
    refusing = RefusingSandbox()
    first = build_candidate(p, pb, code, "serial", refusing)
    again = build_candidate(p, pb, code, "serial", refusing)
    assert first.status == "compile_error" and "could not start the compiler" in first.message
    assert not again.cached and refusing.calls == 2
    assert build_candidate(p, pb, code, "serial", sandbox).status == "ok"  # a working sandbox builds it


def test_zombies_count_only_when_asked():
    """Unreaped children still count against RLIMIT_NPROC; the runner waits for room before a job."""
    from perfutils.runner.sandbox import _processes_of_uid

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # exited but not yet waited for: a zombie
        with open(f"/proc/{child.pid}/status") as f:
            if any(line.startswith("State:") and line.split()[1] == "Z" for line in f):
                break
        time.sleep(0.01)
    try:
        assert child.pid in _processes_of_uid(os.getuid(), zombies=True)
        assert child.pid not in _processes_of_uid(os.getuid())
    finally:
        child.wait()


def test_candidate_and_baseline_code_start_on_64_byte_lines(sandbox):
    """Where a function's loops fall on 64-byte lines changed the time of identical code by up to
    18% (benchmarks/timing_stability.py --identical): both copies are aligned alike, the
    candidate's in its worker program and the baseline's in the judge."""
    from perfutils.runner.build import build_problem
    from perfutils.runner.execute import prepare

    p = _problem("reduce_sum_of_squares")
    worker = prepare(p, p.solution_code("baseline"), RunConfig(validate_only=True), sandbox).binary
    starts = {}
    for binary in (worker, build_problem(p, sandbox).judge):
        symbols = subprocess.run(["nm", "-C", "--defined-only", str(binary)], capture_output=True, text=True,
                                 check=True).stdout
        starts.update({line.split(" ", 2)[2]: int(line.split()[0], 16) for line in symbols.splitlines()
                       if line.endswith("sumOfSquares(std::vector<double, std::allocator<double> > const&)")})
    assert set(starts) == {"sumOfSquares(std::vector<double, std::allocator<double> > const&)",
                           "pf_ref::sumOfSquares(std::vector<double, std::allocator<double> > const&)"}
    assert all(address % 64 == 0 for address in starts.values()), {k: hex(v) for k, v in starts.items()}


def test_serial_cpu_time_is_read_from_an_exact_clock(sandbox):
    """The contention check divides a serial call's CPU time by its wall time. Under the
    sandbox's RLIMIT_CPU the process CPU clock advances in scheduler ticks (4 ms here), so a call
    of a few ms read as up to a tick more CPU time than wall time and looked disturbed when it was
    not. One thread cannot use more CPU time than the wall time it ran for."""
    from perfutils.runner.execute import _time_once, prepare

    p = _problem("reduce_sum_of_squares")
    config = RunConfig(processes=1, warmup=1, min_reps=12, max_reps=12, retries=0)
    binary = prepare(p, p.solution_code("slow_copy"), config, sandbox).binary
    status, message, pooled = _time_once(p, binary, config, sandbox, None, p.timing_size)
    assert status == "ok", message
    walls = pooled["ref_ms"] + pooled["cand_ms"][1]
    cpus = [r * w for r, w in zip(pooled["ref_cpu"] + pooled["cand_cpu"][1], walls)]
    assert len(walls) == 24 and min(walls) > 1.0  # calls long enough to span ticks
    over = [(round(c, 3), round(w, 3)) for c, w in zip(cpus, walls) if c > w * 1.001 + 0.05]
    assert not over, f"(cpu ms, wall ms) of calls that used more CPU than wall time: {over}"


def test_baseline_median_moving_between_processes_flags_contention():
    """Host noise the guest cannot see (no CPU pressure, full CPU time) still shows as the
    baseline's median moving between timing processes."""
    from perfutils.runner.execute import _disturbed

    def pooled(medians):
        ref = [m for m in medians for _ in range(5)]
        return {"stall_share": 0.0, "ref_ms": ref, "ref_cpu": [1.0] * len(ref), "cand_ms": {1: ref},
                "cand_cpu": {1: [1.0] * len(ref)}, "ref_process_medians": list(medians)}

    calm, info = _disturbed(pooled([20.0, 20.6]), RunConfig())
    assert not calm and info["reference_process_spread"] == 0.03
    noisy, info = _disturbed(pooled([20.0, 27.0]), RunConfig())
    assert noisy and info["reference_process_spread"] == 0.35
    assert not _disturbed(pooled([20.0, 27.0]), RunConfig(max_process_spread=0.5))[0]
    assert not _disturbed(pooled([20.0]), RunConfig())[0]  # one process: nothing to compare


def test_every_malformed_verdict_is_a_failing_status():
    """Whatever the judge prints, or fails to, the runner returns a status, never raises."""
    from perfutils.runner.execute import _events, classify_exit
    from perfutils.runner.sandbox import SandboxResult

    def verdict(stdout: bytes, timed_out=False, isolation="bwrap+uid"):
        res = SandboxResult(returncode=0, stdout=stdout, stderr=b"", wall_s=1.0, timed_out=timed_out,
                            isolation=isolation)
        return classify_exit(res, _events(res.stdout), needs="timing")

    done = b'{"event":"done","status":"ok","message":""}\n'
    timing = b'{"event":"timing","ref_ms":[1],"candidate":[]}\n'
    assert verdict(timing + done) == ("ok", "")
    assert verdict(b"")[0] == "protocol_error"
    assert verdict(b"", timed_out=True)[0] == "timeout"
    assert verdict(timing + done + done)[0] == "protocol_error"
    assert verdict(done)[0] == "protocol_error"  # ok without its timing
    assert verdict(timing + timing + done)[0] == "protocol_error"
    assert verdict(b'{"event":"done","status":"great"}\n')[0] == "protocol_error"
    assert verdict(b'{"event":"done","status":"harness_error","message":"x"}\n')[0] == "protocol_error"
    assert verdict(b'[1, 2]\n{"event":"done\n' + timing + done) == ("ok", "")
    crashed = b'{"event":"done","status":"crashed","exit_code":%d,"signal":%d,"started":true,"stderr":"%s"}\n'
    assert verdict(crashed % (139, 0, b""))[0] == "runtime_error"  # SIGSEGV through bubblewrap
    assert "SIGSEGV" in verdict(crashed % (139, 0, b""))[1]
    assert verdict(crashed % (152, 0, b""))[0] == "timeout"  # SIGXCPU
    assert verdict(crashed % (134, 0, b"std::bad_alloc"))[0] == "memory_limit"
    assert verdict(crashed % (0, 0, b""))[1].startswith("exited with status 0")
    assert verdict(b'{"event":"done","status":"crashed","exit_code":"x"}\n')[0] == "protocol_error"
    launcher = b'{"event":"done","status":"crashed","exit_code":1,"signal":0,"started":false,"stderr":"bwrap: oops"}\n'
    assert verdict(launcher)[0] == "launcher_failed"
