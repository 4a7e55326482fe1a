"""Result value objects: a compile error or a timeout is a result, never an exception."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field

# protocol_error: a harness process (the judge, or the candidate's worker talking to it) broke the
# protocol between them: no verdict, a malformed one, or a worker that said what it may not.
STATUSES = ("ok", "compile_error", "runtime_error", "wrong_answer", "timeout", "memory_limit", "rejected",
            "protocol_error")


def default_threads() -> tuple[int, ...]:
    """OpenMP thread counts timed by default: 1, 2 and every core this process may use."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return tuple(sorted({1, 2, usable}))


def thread_counts(threads=None) -> tuple[int, ...]:
    """`threads` as a tuple; None or empty: `default_threads()`."""
    return tuple(int(t) for t in threads) if threads else default_threads()


@dataclass(frozen=True)
class RunConfig:
    """How a candidate is checked and timed. Everything here is part of a result's store key."""

    parallelism: str = "serial"  # serial | omp (ParEval's execution model)
    threads: tuple[int, ...] = field(default_factory=default_threads)  # omp: thread counts; the headline is the largest
    deterministic: bool = False  # count instructions under valgrind instead of timing (serial)
    size: str | int = "timing"  # "timing", "tiny" or an explicit problem size for timed runs
    validate_only: bool = False  # stop after correctness (no timing)
    processes: int = 2  # timing processes per candidate: results vary between launches
    warmup: int = 2  # untimed repetitions per process
    min_reps: int = 3  # repetitions per process before the stability test may stop it
    max_reps: int = 30
    budget_s: float = 1.5  # time budget per timing process, after min_reps
    target_rel_err: float = 0.01  # stop when the median reference/candidate ratio's relative standard error is below this
    max_slowdown: float = 50.0  # a candidate call slower than this many baselines is a timeout
    retries: int = 1  # re-time a measurement flagged unstable (CPU contention) this many times
    max_stall_share: float = 0.10  # /proc/pressure/cpu share above which a timing is unstable
    min_cpu_ratio: float = 0.90  # serial: CPU time / wall time below which a repetition was disturbed
    max_process_spread: float = 0.10  # baseline median differing more between timing processes: the host was noisy
    tolerance: tuple[float, float] | None = None  # (rel, abs); None: the problem's own

    def __post_init__(self):
        if self.parallelism not in ("serial", "omp"):
            raise ValueError(f"unknown parallelism {self.parallelism!r}: use serial or omp")
        if self.deterministic and self.parallelism != "serial":
            raise ValueError("deterministic (instruction-count) mode is for serial candidates only")
        if not self.threads or any(int(t) < 1 for t in self.threads):
            raise ValueError(f"threads must be positive integers, got {self.threads!r}")
        object.__setattr__(self, "threads", tuple(sorted({int(t) for t in self.threads})))

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class RunResult:
    status: str
    problem_id: str
    parallelism: str
    message: str = ""  # bounded evidence: first lines of the compiler or runtime message
    speedup: float | None = None  # reference median / candidate median (largest thread count for omp)
    speedups: dict[str, float] = field(default_factory=dict)  # per thread count (omp), as strings
    reference_ms: float | None = None
    candidate_ms: dict[str, float] = field(default_factory=dict)
    cv: dict[str, float] = field(default_factory=dict)  # coefficient of variation per series
    reps: int = 0
    unstable: bool = False  # contention detected and not resolved by retries
    contention: dict = field(default_factory=dict)
    instructions: dict[str, int] = field(default_factory=dict)  # deterministic mode
    threads: int = 1  # threads of the headline speedup
    isolation: str = ""
    warnings: list[str] = field(default_factory=list)  # e.g. that the candidate ran without isolation
    build: dict = field(default_factory=dict)
    timings: dict = field(default_factory=dict)  # raw samples
    changed_settings: list[str] = field(default_factory=list)
    code_sha: str = ""
    key: str = ""
    retryable: bool = False  # a verdict of the machine's state (a timeout under contention): never stored

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(f"unknown status {self.status!r}")

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    def to_dict(self) -> dict:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    @classmethod
    def from_dict(cls, d: dict) -> "RunResult":
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in d.items() if k in known})
