"""Hostile candidates: each gets a clear status and leaves the machine unharmed.

Every test asserts the status AND that nothing escaped: no process of the sandbox uids is left
(including children that called setsid), planted files outside the job are unchanged and were
not read, and the disk did not fill up.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import threading
from pathlib import Path

import pytest

from perfutils.problems import load_problem
from perfutils.runner.execute import run_candidate
from perfutils.runner.results import RunConfig
from perfutils.runner.sandbox import Sandbox, _processes_of_uid
from perfutils.runner.slots import LOCK_DIR

FIXTURES = Path(__file__).parent / "fixtures" / "problems"
SIG = "double sumOfSquares(std::vector<double> const& x)"
CORRECT_BODY = "double s = 0; for (double v : x) s += v * v; return s;"
VALIDATE = RunConfig(validate_only=True)


@pytest.fixture(scope="module")
def problem():
    return load_problem(FIXTURES / "reduce_sum_of_squares")


@pytest.fixture(scope="module")
def sandbox():
    sb = Sandbox()
    assert sb.isolation in ("bwrap+uid", "bwrap")
    return sb


def _leftover_sandbox_processes(sandbox) -> list[int]:
    """Processes of the slot uids this sandbox used, for slots no other job holds right now."""
    leftovers = []
    for slot in sorted(sandbox.used_slots):
        fd = os.open(LOCK_DIR / f"slot-{slot}.lock", os.O_CREAT | os.O_RDWR, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue  # another job (a parallel test run) uses this slot now
        try:
            leftovers += _processes_of_uid(Sandbox.slot_uid(slot))
        finally:
            os.close(fd)
    return leftovers


@pytest.fixture
def unharmed(tmp_path, sandbox):
    """Plants a secret and a target file outside the sandbox; checks the machine afterwards."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-42\n")
    target = tmp_path / "target.txt"
    target.write_text("original\n")
    os.chmod(tmp_path, 0o777)
    os.chmod(target, 0o666)
    os.chmod(secret, 0o644)
    disk_before = shutil.disk_usage("/").used
    yield {"secret": secret, "target": target}
    assert _leftover_sandbox_processes(sandbox) == [], "processes of the sandbox survived the job"
    assert target.read_text() == "original\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.txt", "target.txt"]
    assert shutil.disk_usage("/").used - disk_before < 200 << 20


def run(problem, sandbox, code, config=VALIDATE):
    return run_candidate(problem, code, config, sandbox)


def test_infinite_loop_times_out(problem, sandbox, unharmed):
    res = run(problem, sandbox, SIG + " { volatile double s = 0; while (true) s += 1; return s; }")
    assert res.status == "timeout"


def test_fork_bomb(problem, sandbox, unharmed):
    code = "#include <unistd.h>\n" + SIG + " { while (true) fork(); return 0; }"
    res = run(problem, sandbox, code)
    assert res.status in ("timeout", "runtime_error")


def test_setsid_child_does_not_survive(problem, sandbox, unharmed):
    code = ("#include <unistd.h>\n" + SIG + " {\n  static bool once = false;\n"
            "  if (!once) { once = true; if (fork() == 0) { setsid(); while (true) sleep(1); } }\n  "
            + CORRECT_BODY + "\n}")
    res = run(problem, sandbox, code)
    assert res.status in ("ok", "rejected")


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


def test_a_gigabyte_of_output_is_capped(problem, sandbox, unharmed):
    code = ("#include <cstdio>\n#include <string>\n" + SIG + " {\n  static bool once = false;\n"
            "  if (!once) { once = true; std::string line(1 << 20, 'y');\n"
            "    for (int i = 0; i < 1024; ++i) { std::fputs(line.c_str(), stdout); std::fputs(line.c_str(), stderr); } }\n  "
            + CORRECT_BODY + "\n}")
    res = run(problem, sandbox, code)
    assert res.status in ("ok", "timeout")
    assert len(res.message) < 100_000


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
