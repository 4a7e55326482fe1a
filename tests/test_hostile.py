"""Hostile candidates: each gets a clear status and leaves the machine unharmed.

Every test asserts the status AND that nothing escaped: no process of the sandbox uids is left
(including children that called setsid), planted files outside the job are unchanged and were
not read, and the disk did not fill up.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from perfutils.problems import load_problem
from perfutils.runner.execute import run_candidate
from perfutils.runner.results import RunConfig
from perfutils.runner.sandbox import Limits, Sandbox

FIXTURES = Path(__file__).parent / "fixtures" / "problems"
SIG = "double sumOfSquares(std::vector<double> const& x)"
CORRECT_BODY = "double s = 0; for (double v : x) s += v * v; return s;"
VALIDATE = RunConfig(validate_only=True)


@pytest.fixture(scope="module")
def problem():
    return load_problem(FIXTURES / "reduce_sum_of_squares")


@pytest.fixture(scope="module", autouse=True)
def fresh_build_cache():
    """A build cache of this module's own: every candidate is compiled here, in the sandbox, so
    that `unharmed` sees a job even for a candidate rejected at build time, which a warm cache
    (an earlier run of the suite) would answer without running anything. Outside pytest's private
    tmp folders, which the sandbox's uids cannot enter."""
    cache = Path(tempfile.mkdtemp(prefix="perfutils-hostile-builds-"))
    os.chmod(cache, 0o755)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PERFUTILS_BUILD_CACHE", str(cache))
        yield cache
    shutil.rmtree(cache, ignore_errors=True)


@pytest.fixture(scope="module")
def sandbox():
    sb = Sandbox()
    assert sb.isolation in ("bwrap+uid", "bwrap")
    return sb


@pytest.fixture
def unharmed(tmp_path, sandbox, monkeypatch):
    """Plants a secret and a target file outside the sandbox; checks the machine afterwards,
    including that no process of a job outlived its sandbox: the processes of the slot's uid that
    the runner's cleanup sweep found (and killed) after each job, counted before the sweep."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-42\n")
    target = tmp_path / "target.txt"
    target.write_text("original\n")
    os.chmod(tmp_path, 0o777)
    os.chmod(target, 0o666)
    os.chmod(secret, 0o644)
    swept = []
    run_job = sandbox.run

    def counting_run(*args, **kwargs):
        res = run_job(*args, **kwargs)
        swept.append(res.leftover_processes)
        return res

    monkeypatch.setattr(sandbox, "run", counting_run)
    disk_before = shutil.disk_usage("/").used
    yield {"secret": secret, "target": target}
    assert swept, "the test ran no sandboxed job"
    if os.geteuid() == 0:  # only as root has each job a uid of its own whose processes can be counted
        assert sum(swept) == 0, f"{sum(swept)} processes outlived their sandbox and were killed by the sweep"
    assert target.read_text() == "original\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.txt", "target.txt"]
    assert shutil.disk_usage("/").used - disk_before < 200 << 20


@pytest.mark.skipif(os.geteuid() != 0, reason="slot uids (and so the count of a job's leftover processes) need root")
def test_the_leftover_count_sees_a_process_outside_the_pid_namespace(sandbox):
    """The count `unharmed` relies on is not always 0: run unisolated (no PID namespace to tear
    down), a daemon survives its job and the sweep finds it."""
    unisolated = Sandbox("none", allow_unsandboxed=True)
    res = unisolated.run(["/bin/sh", "-c", "setsid sleep 60 </dev/null >/dev/null 2>&1 &"], limits=Limits(wall_s=10))
    assert res.leftover_processes >= 1


def run(problem, sandbox, code, config=VALIDATE):
    return run_candidate(problem, code, config, sandbox)


def test_infinite_loop_times_out(problem, sandbox, unharmed):
    res = run(problem, sandbox, SIG + " { volatile double s = 0; while (true) s += 1; return s; }")
    assert res.status == "timeout"


def test_fork_bomb(problem, sandbox, unharmed):
    code = "#include <unistd.h>\n" + SIG + " { while (true) fork(); return 0; }"
    res = run(problem, sandbox, code)
    assert res.status in ("timeout", "runtime_error")


def test_setsid_child_is_seen_and_does_not_survive(problem, sandbox, unharmed):
    """The daemon left its process group and session; the judge still sees it in the sandbox's
    PID namespace, and it dies with the sandbox."""
    code = ("#include <unistd.h>\n" + SIG + " {\n  static bool once = false;\n"
            "  if (!once) { once = true; if (fork() == 0) { setsid(); while (true) sleep(1); } }\n  "
            + CORRECT_BODY + "\n}")
    res = run(problem, sandbox, code)
    assert res.status == "rejected" and "process" in res.message, (res.status, res.message)


def test_memory_bomb(problem, sandbox, unharmed):
    code = SIG + " { std::vector<char*> hog; while (true) hog.push_back(new char[std::size_t(1) << 30]); return 0; }"
    res = run(problem, sandbox, code)
    assert res.status == "memory_limit"


def test_disk_filler(problem, sandbox, unharmed):
    code = ("#include <cstdio>\n#include <string>\n" + SIG + " {\n"
            "  std::string block(1 << 20, 'x');\n"
            "  for (int i = 0; i < 100000; ++i) {\n"
            "    std::FILE* f = std::fopen((\"fill\" + std::to_string(i)).c_str(), \"w\");\n"
            "    if (!f) break;\n"
            "    for (int j = 0; j < 64; ++j) if (std::fwrite(block.data(), 1, block.size(), f) != block.size()) break;\n"
            "    std::fclose(f);\n  }\n  " + CORRECT_BODY + "\n}")
    res = run(problem, sandbox, code)
    assert res.status in ("ok", "timeout", "runtime_error")


def test_network_connection_is_blocked(problem, sandbox, unharmed):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.2)
    port = listener.getsockname()[1]
    accepted = []

    def accept_loop():
        for _ in range(50):
            try:
                conn, _ = listener.accept()
                accepted.append(conn)
            except OSError:
                pass

    t = threading.Thread(target=accept_loop)
    t.start()
    code = ("#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\n#include <unistd.h>\n" + SIG +
            " {\n  int fd = socket(AF_INET, SOCK_STREAM, 0);\n  sockaddr_in a{};\n  a.sin_family = AF_INET;\n"
            f"  a.sin_port = htons({port});\n  inet_pton(AF_INET, \"127.0.0.1\", &a.sin_addr);\n"
            "  bool connected = fd >= 0 && connect(fd, (sockaddr*)&a, sizeof a) == 0;\n"
            "  if (fd >= 0) close(fd);\n  if (connected) return -1;\n  " + CORRECT_BODY + "\n}")
    res = run(problem, sandbox, code)
    t.join()
    listener.close()
    assert accepted == []
    assert res.status == "ok"  # it computed the right answer because the connection failed


def test_reading_a_planted_secret_fails(problem, sandbox, unharmed):
    secret = unharmed["secret"]
    code = ("#include <cstdio>\n" + SIG + " {\n"
            f"  if (std::FILE* f = std::fopen(\"{secret}\", \"r\")) {{ std::fclose(f); return -42; }}\n"
            "  if (std::FILE* f = std::fopen(\"/etc/shadow\", \"r\")) { std::fclose(f); return -43; }\n  "
            + CORRECT_BODY + "\n}")
    assert run(problem, sandbox, code).status == "ok"  # both opens failed


def test_secret_via_include_fails_to_compile(problem, sandbox, unharmed):
    code = f'#include "{unharmed["secret"]}"\n' + SIG + " { " + CORRECT_BODY + " }"
    res = run(problem, sandbox, code)
    assert res.status == "compile_error"
    assert "TOP-SECRET" not in res.message


def test_writing_outside_the_job_fails(problem, sandbox, unharmed):
    target = unharmed["target"]
    code = ("#include <cstdio>\n" + SIG + " {\n"
            f"  if (std::FILE* f = std::fopen(\"{target}\", \"w\")) {{ std::fputs(\"pwned\", f); std::fclose(f); }}\n"
            f"  if (std::FILE* f = std::fopen(\"{target.parent}/planted.txt\", \"w\")) std::fclose(f);\n"
            "  if (std::FILE* f = std::fopen(\"/usr/pwned\", \"w\")) std::fclose(f);\n  " + CORRECT_BODY + "\n}")
    assert run(problem, sandbox, code).status == "ok"
    assert not Path("/usr/pwned").exists()


def test_output_far_beyond_the_cap_is_cut(problem, sandbox, unharmed):
    """64 MB to stdout (/dev/null for the worker) and to stderr (read by the judge, which keeps the
    last few kilobytes), then a last line and a crash: the message shows that last line and is
    cut to a bounded size. (64 MB is thousands of times the cap and is written well within the
    first validation call's 1 s limit even on a loaded machine; a gigabyte was not.)"""
    code = ("#include <cstdio>\n#include <cstdlib>\n#include <string>\n" + SIG + " {\n"
            "  std::string line(1 << 20, 'y'); line += '\\n';\n"
            "  for (int i = 0; i < 64; ++i) { std::fputs(line.c_str(), stdout); std::fputs(line.c_str(), stderr); }\n"
            "  std::fputs(\"LAST-LINE\\n\", stderr); std::fflush(stderr); std::abort();\n}")
    res = run(problem, sandbox, code)
    assert res.status == "runtime_error", (res.status, res.message[:200])
    assert "SIGABRT" in res.message and "LAST-LINE" in res.message
    assert len(res.message) < 20_000


def test_sandbox_output_is_cut_at_its_cap(sandbox):
    cap = 64 << 10
    res = sandbox.run(["/bin/sh", "-c", "yes | head -c 50000000; echo done >&2"], limits=Limits(output_bytes=cap))
    assert res.stdout_truncated and len(res.stdout) == cap and set(res.stdout) == set(b"y\n")
    assert not res.stderr_truncated and res.stderr == b"done\n"


@pytest.mark.parametrize("definition", [
    "int main() { return 0; }",
    '#include <time.h>\nextern "C" int clock_gettime(clockid_t, struct timespec* ts) { ts->tv_sec = 0; ts->tv_nsec = 0; return 0; }',
    'extern "C" double omp_get_wtime() { return 0.0; }',
    "#include <new>\n#include <cstdlib>\nvoid* operator new(std::size_t n) { return std::malloc(n); }",
])
def test_redefining_main_timers_or_allocator_is_rejected(problem, sandbox, unharmed, definition):
    res = run(problem, sandbox, definition + "\n" + SIG + " { " + CORRECT_BODY + " }")
    assert res.status == "rejected", res.message


@pytest.mark.parametrize("code", [
    "#include <cstdlib>\n__attribute__((constructor)) static void early() { std::system(\"true\"); }\n",
    "#include <unistd.h>\nstatic int spin = [] { volatile int i = 0; while (i < 100000000) i = i + 1; return i; }();\n",
])
def test_code_before_main_is_rejected(problem, sandbox, unharmed, code):
    res = run(problem, sandbox, code + SIG + " { " + CORRECT_BODY + " }")
    assert res.status == "rejected", res.message


def test_iostream_static_init_is_allowed(problem, sandbox, unharmed):
    res = run(problem, sandbox, "#include <iostream>\n" + SIG + " { " + CORRECT_BODY + " }")
    assert res.status == "ok", res.message


def test_caching_answers_in_a_static_is_caught(problem, sandbox, unharmed):
    code = SIG + " {\n  static bool done = false; static double cached = 0;\n  if (done) return cached;\n"
    code += "  double s = 0; for (double v : x) s += v * v;\n  done = true; cached = s; return s;\n}"
    assert run(problem, sandbox, code).status == "wrong_answer"


def test_writing_to_const_input_is_caught(problem, sandbox, unharmed):
    code = SIG + " {\n  auto& y = const_cast<std::vector<double>&>(x);\n  double s = 0;\n"
    code += "  for (auto& v : y) { s += v * v; v = 0; }\n  return s;\n}"
    res = run(problem, sandbox, code)
    assert res.status == "wrong_answer" and "input" in res.message


def test_thread_left_running_is_rejected(problem, sandbox, unharmed):
    code = "#include <thread>\n" + SIG + " {\n  std::thread([] { volatile long i = 0; while (true) i = i + 1; }).detach();\n  "
    code += CORRECT_BODY + "\n}"
    assert run(problem, sandbox, code).status == "rejected"


def test_changed_settings_are_restored_and_reported(problem, sandbox, unharmed):
    code = "#include <xmmintrin.h>\n" + SIG + " {\n  _mm_setcsr(_mm_getcsr() | 0x8040);\n  " + CORRECT_BODY + "\n}"
    cfg = RunConfig(processes=1, min_reps=3, max_reps=4, budget_s=0.3, warmup=1, retries=0)
    res = run(problem, sandbox, code, cfg)
    assert res.status == "ok"
    assert any("MXCSR" in s for s in res.changed_settings)


@pytest.mark.parametrize("code", [
    "template <int N> struct R { static const int v = R<N + 1>::v; };\nint bomb = R<0>::v;\n",
    '#include "/dev/zero"\n',
])
def test_compile_time_bombs(problem, sandbox, unharmed, code):
    res = run(problem, sandbox, code + SIG + " { " + CORRECT_BODY + " }")
    assert res.status == "compile_error"


# ---------------------------------------------------------------------------------------------
# Forging the verdict or the time. The judge (harness/pf_judge.cpp) runs no candidate code: it
# hands the worker its inputs, times its calls from outside and reads its outputs while the worker
# is stopped. These candidates try every channel a candidate process has.

TIMING = RunConfig(min_reps=5, max_reps=12, budget_s=1.0)  # 2 processes, a retry under contention
# Correct and about 3x slower than the baseline: three passes, each forced to reread x.
SLOW_BODY = ("double s = 0;\n  for (int pass = 0; pass < 3; ++pass) {\n    s = 0;\n"
             "    for (double v : x) s += v * v;\n    asm volatile(\"\" ::: \"memory\");\n  }\n  return s;")
FORGED_TIMING = ('{"event":"timing","size":8000000,"ref_ms":[100,100,100],"ref_cpu_ratio":[1,1,1],'
                 '"overhead_us":[1],"candidate":[{"threads":1,"ms":[1,1,1],"cpu_ratio":[1,1,1]}]}')
FORGED_DONE = '{"event":"done","status":"ok","message":"","changed_settings":[]}'
FORGE_HEADER = "#include <unistd.h>\n#include <cstring>\n"


def _forge_to_descriptors(line: str, fds: str) -> str:
    """C++ statements writing `line` (a JSON event) to each descriptor of `fds` (a C++ condition on fd)."""
    escaped = (line + "\\n").replace('"', '\\"')
    return (f'{{ const char* forged = "{escaped}";\n'
            f"    for (int fd = 1; fd < 1024; ++fd) if ({fds}) (void)!write(fd, forged, std::strlen(forged)); }}\n")


@pytest.fixture(scope="module")
def honest_slow(problem, sandbox):
    res = run(problem, sandbox, SIG + " {\n  " + SLOW_BODY + "\n}", TIMING)
    assert res.status == "ok" and res.speedup < 0.6, (res.status, res.speedup)
    return res


@pytest.mark.parametrize("when", ["first call", "every call"])
def test_forged_timing_lines_on_every_descriptor_change_nothing(problem, sandbox, unharmed, honest_slow, when):
    """Timing and done lines written to stdout, stderr and every descriptor from 4 to 1023 (3 is
    the channel: see the next test) before, between and after timed calls."""
    guard = "static bool once = false; if (!once) { once = true;\n  " if when == "first call" else "{\n  "
    code = (FORGE_HEADER + SIG + " {\n  " + guard + _forge_to_descriptors(FORGED_TIMING, "fd != 3")
            + _forge_to_descriptors(FORGED_DONE, "fd != 3") + "  }\n  " + SLOW_BODY + "\n}")
    res = run(problem, sandbox, code, TIMING)
    assert res.status == "ok", res.message
    assert 1 / 1.2 < res.speedup / honest_slow.speedup < 1.2, (res.speedup, honest_slow.speedup)


def test_forged_lines_into_the_channel_are_a_protocol_error(problem, sandbox, unharmed):
    code = (FORGE_HEADER + SIG + " {\n  " + _forge_to_descriptors(FORGED_TIMING, "fd == 3")
            + "  " + CORRECT_BODY + "\n}")
    res = run(problem, sandbox, code, TIMING)
    assert res.status == "protocol_error", (res.status, res.message)


def test_forged_done_then_exit_is_not_ok(problem, sandbox, unharmed):
    """A wrong candidate that announces success everywhere and leaves before any check."""
    code = (FORGE_HEADER + SIG + " {\n  " + _forge_to_descriptors(FORGED_DONE, "true") + "  _exit(0);\n}")
    res = run(problem, sandbox, code, TIMING)
    assert res.status in ("runtime_error", "protocol_error"), (res.status, res.message)


def test_forged_timing_then_slow_correct_work(problem, sandbox, unharmed, honest_slow):
    code = (FORGE_HEADER + SIG + " {\n  " + _forge_to_descriptors(FORGED_TIMING, "fd != 3")
            + "  " + SLOW_BODY + "\n}")
    res = run(problem, sandbox, code, TIMING)
    assert res.status == "ok"
    assert 1 / 1.2 < res.speedup / honest_slow.speedup < 1.2, (res.speedup, honest_slow.speedup)


def test_a_well_formed_early_reply_finds_the_output_unfinished(problem, sandbox, unharmed):
    """The candidate sends the protocol's own 'done' message for the current call before it has
    computed anything, then computes slowly. The judge stops the clock at the first reply, stops
    the worker at once and reads the outputs it had then: nothing."""
    code = ("#include <sys/socket.h>\n#include <cstdint>\n#include <cstring>\n" + SIG + " {\n"
            "  struct Message { std::uint32_t magic, kind; std::uint64_t seq, arg, arg2; std::uint32_t count;\n"
            "                   char text[236]; std::uint64_t words[4096]; };\n"
            "  static Message m;\n  static std::uint64_t seq = 0;\n"
            "  // The judge numbers its requests 1, 2, ... (prepare, call, prepare, call...): this call's is even.\n"
            "  seq += 2; std::memset(&m, 0, sizeof m); m.magic = 0x70664348; m.kind = 6; m.seq = seq;\n"
            "  send(3, &m, sizeof m, MSG_NOSIGNAL);\n  " + SLOW_BODY + "\n}")
    res = run(problem, sandbox, code, TIMING)
    assert res.status in ("wrong_answer", "protocol_error"), (res.status, res.message)


def test_finishing_in_a_detached_thread_after_replying_is_caught(problem, sandbox, unharmed):
    code = ("#include <thread>\n#include <chrono>\n" + SIG + " {\n"
            "  static double result; const std::vector<double>* px = &x;\n"
            "  std::thread([px] { double s = 0; for (double v : *px) s += v * v; result = s; }).detach();\n"
            "  return result;\n}")
    res = run(problem, sandbox, code, TIMING)
    assert res.status in ("rejected", "wrong_answer"), (res.status, res.message)


def test_the_judge_cannot_be_reached_from_the_candidate(problem, sandbox, unharmed):
    """Signals, ptrace and process_vm_writev to every pid the candidate can name, and writes to
    every /proc/<pid>/mem it can open. Its PID namespace holds only itself and the sandbox's init
    (pid 1, left alone here), so a correct answer comes back only if none of those reached any
    other process, and the verdict is the judge's."""
    code = ("#include <signal.h>\n#include <sys/ptrace.h>\n#include <sys/uio.h>\n#include <fcntl.h>\n"
            "#include <unistd.h>\n#include <string>\n" + SIG + " {\n"
            "  static bool once = false; int reached = 0;\n"
            "  if (!once) { once = true; char byte = 0;\n"
            "    for (pid_t pid = 2; pid < 65536; ++pid) {\n"
            "      if (pid == getpid()) continue;\n"
            "      if (kill(pid, 0) == 0) ++reached;\n"
            "      if (ptrace(PTRACE_ATTACH, pid, nullptr, nullptr) == 0) ++reached;\n"
            "      iovec l{&byte, 1}, r{reinterpret_cast<void*>(0x400000), 1};\n"
            "      if (process_vm_writev(pid, &l, 1, &r, 1, 0) > 0) ++reached;\n"
            "    }\n"
            "    for (pid_t pid = 2; pid < 4096; ++pid) {\n"
            "      int fd = open((\"/proc/\" + std::to_string(pid) + \"/mem\").c_str(), O_WRONLY);\n"
            "      if (fd >= 0 && pid != getpid()) ++reached;\n      if (fd >= 0) close(fd);\n    }\n"
            "    kill(-1, SIGKILL);\n  }\n"
            "  if (reached) return -1.0;\n  " + CORRECT_BODY + "\n}")
    res = run(problem, sandbox, code, TIMING)
    assert res.status == "ok", (res.status, res.message)


def test_a_batch_with_a_forging_candidate_finishes_the_others(tmp_path):
    """`perfutils batch` with the forged-done-then-exit candidate second of four: every candidate
    gets a result, and the batch exits 0."""
    fixture = str(FIXTURES / "reduce_sum_of_squares")
    codes = [SIG + " { " + CORRECT_BODY + " }",
             FORGE_HEADER + SIG + " {\n  " + _forge_to_descriptors(FORGED_DONE, "true") + "  _exit(0);\n}",
             SIG + " { return 0; }",
             SIG + " { double s = 0; for (double v : x) s += v * v * 1.0; return s; }"]
    src = tmp_path / "candidates.jsonl"
    src.write_text("".join(json.dumps({"problem": fixture, "code": c, "validate_only": True}) + "\n" for c in codes))
    store = tmp_path / "results.jsonl"
    proc = subprocess.run([sys.executable, "-m", "perfutils", "batch", str(src), "--store", str(store)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    records = [json.loads(line) for line in store.read_text().splitlines()]
    statuses = {r["meta"]["line"]: r["result"]["status"] for r in records}
    assert len(records) == 4 and statuses[1] == statuses[4] == "ok" and statuses[3] == "wrong_answer", statuses
    assert statuses[2] in ("runtime_error", "protocol_error"), statuses


def test_forged_instruction_counts_change_nothing(problem, sandbox, unharmed):
    """Deterministic mode reads callgrind's summary from a descriptor valgrind keeps out of the
    worker's reach: lines shaped like it, written everywhere the worker can write, are not read."""
    counted = RunConfig(deterministic=True, size="tiny")
    honest = run(problem, sandbox, SIG + " { " + CORRECT_BODY + " }", counted)
    forged_summary = "==2== Events    : Ir\\n==2== Collected : 1\\n==2==\\n==2== I   refs:      1\\n"
    code = (FORGE_HEADER + SIG + " {\n  " + '{ const char* forged = "' + forged_summary + '";\n'
            "    for (int fd = 1; fd < 1024; ++fd) if (fd != 3) (void)!write(fd, forged, std::strlen(forged)); }\n  "
            + CORRECT_BODY + "\n}")
    forging = run(problem, sandbox, code, counted)
    assert honest.status == forging.status == "ok", (honest.message, forging.message)
    assert forging.instructions["candidate"] > honest.instructions["candidate"] > 100
    assert forging.speedup < honest.speedup


def test_valgrind_client_requests_are_rejected(problem, sandbox, unharmed):
    """A client request could switch callgrind's counting off around the candidate's work."""
    code = "#include <valgrind/callgrind.h>\n" + SIG + " {\n  CALLGRIND_TOGGLE_COLLECT;\n  " + CORRECT_BODY + "\n}"
    res = run(problem, sandbox, code)
    assert res.status == "rejected" and "valgrind" in res.message, (res.status, res.message)
