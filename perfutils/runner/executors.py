"""Executors: evaluate many candidates, locally or on a Ray cluster, streaming to a store.

    tasks = [Task(problem, code, RunConfig(parallelism="omp"), meta={"sample": 3}), ...]
    results = evaluate_candidates(tasks, store=ResultStore("run/results.jsonl"), executor="local")

Both executors split the work the same way: *prepare* (build the candidate, cached, and check
correctness) may run in parallel; *measure* (timing) runs alone. The local executor times only
while nothing else of the runner runs; on Ray each timing task reserves all CPUs of its node.
Identical (code, problem, config) tasks are evaluated once; finished keys in the store are
skipped, so an interrupted batch resumes where it stopped.
"""

from __future__ import annotations

import os
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from tqdm.auto import tqdm

from ..problems import Problem
from .build import build_cache_dir
from .execute import Prepared, evaluate_built, prepare
from .results import RunConfig, RunResult
from .sandbox import Sandbox
from .slots import slot_lease
from .store import ResultStore, result_key


@dataclass
class Task:
    problem: Problem
    code: str
    config: RunConfig = RunConfig()
    meta: dict = field(default_factory=dict)  # stored beside the result (sample index, source...)

    @property
    def key(self) -> str:
        return result_key(self.problem, self.code, self.config)


def measure(task: Task, prepared: Prepared, sandbox: Sandbox, slot: int) -> RunResult:
    return evaluate_built(task.problem, prepared.binary, task.config, sandbox, slot=slot, base=prepared.base)


class LocalExecutor:
    """Prepares `workers` candidates at a time, then times the prepared ones one by one."""

    def __init__(self, workers: int = 2, sandbox: Sandbox | None = None, chunk: int | None = None):
        self.workers = max(1, workers)
        self.sandbox = sandbox or Sandbox()
        self.chunk = chunk or 8 * self.workers

    def _prepare(self, task: Task) -> Prepared:
        with slot_lease() as slot:
            try:
                return prepare(task.problem, task.code, task.config, self.sandbox, slot=slot)
            except Exception as err:  # a harness failure must not lose the rest of the batch
                raise RuntimeError(f"preparing {task.problem.id}: {err}") from err

    def run(self, tasks: list[Task], on_result) -> None:
        with ThreadPoolExecutor(self.workers) as pool:
            for start in range(0, len(tasks), self.chunk):
                chunk = tasks[start:start + self.chunk]
                prepared = []
                # Results that need no timing (failures, validate-only) are stored as they finish.
                for task, prep in zip(chunk, pool.map(self._prepare, chunk)):
                    prepared.append(prep)
                    if prep.result is not None:
                        on_result(task, prep.result)
                # Timing: alone, after every compile and validation of the chunk has finished.
                for task, prep in zip(chunk, prepared):
                    if prep.result is None:
                        with slot_lease() as slot:
                            on_result(task, measure(task, prep, self.sandbox, slot))


def _ray_prepare(task: Task, allow_unsandboxed: bool):
    sandbox = Sandbox(allow_unsandboxed=allow_unsandboxed)
    with slot_lease() as slot:
        prep = prepare(task.problem, task.code, task.config, sandbox, slot=slot)
    binary = prep.binary.read_bytes() if prep.result is None else None
    return prep.result, binary, prep.base


def _ray_measure(task: Task, binary: bytes, base: dict, allow_unsandboxed: bool) -> RunResult:
    # The build cache may be on another node: install the binary locally under the same key.
    sandbox = Sandbox(allow_unsandboxed=allow_unsandboxed)
    target = build_cache_dir() / "ray" / base["build"]["key"] / "prog"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}")
        tmp.write_bytes(binary)
        os.chmod(tmp, 0o755)
        os.replace(tmp, target)
    with slot_lease() as slot:
        return measure(task, Prepared(None, target, base), sandbox, slot)


class RayExecutor:
    """The same tasks on a Ray cluster (`address`, else $RAY_ADDRESS; neither: a local instance).

    Problems are read from the same paths on every node (run from a shared checkout or use
    Ray's `working_dir` runtime environment)."""

    def __init__(self, address: str | None = None, *, allow_unsandboxed: bool = False, timing_cpus: int | None = None):
        try:
            import ray
        except ImportError:
            raise ImportError("the Ray executor needs ray: pip install -e '.[ray]'") from None
        self.ray = ray
        address = address or os.environ.get("RAY_ADDRESS") or None
        if not ray.is_initialized():
            ray.init(address=address, include_dashboard=False, log_to_driver=False,
                     **({} if address else {"num_cpus": os.cpu_count()}))
        self.allow_unsandboxed = allow_unsandboxed
        # A timing task reserves every core of its node, so nothing else runs there meanwhile.
        self.timing_cpus = timing_cpus or int(min(n["Resources"].get("CPU", 1) for n in ray.nodes() if n["Alive"]))

    def run(self, tasks: list[Task], on_result) -> None:
        ray = self.ray
        prep_fn = ray.remote(num_cpus=1)(_ray_prepare)
        time_fn = ray.remote(num_cpus=self.timing_cpus)(_ray_measure)
        pending = {prep_fn.remote(t, self.allow_unsandboxed): ("prep", t) for t in tasks}
        while pending:
            done, _ = ray.wait(list(pending), num_returns=1)
            ref = done[0]
            stage, task = pending.pop(ref)
            if stage == "prep":
                result, binary, base = ray.get(ref)
                if result is not None:
                    on_result(task, result)
                else:
                    pending[time_fn.remote(task, binary, base, self.allow_unsandboxed)] = ("time", task)
            else:
                on_result(task, ray.get(ref))


def make_executor(name: str, *, workers: int = 2, sandbox: Sandbox | None = None, allow_unsandboxed: bool = False,
                  ray_address: str | None = None):
    """The executor called `name`: "local" (`workers` parallel compiles, one timing at a time) or
    "ray" (the cluster at `ray_address`, else $RAY_ADDRESS, else a local instance)."""
    if name == "local":
        return LocalExecutor(workers, sandbox or Sandbox(allow_unsandboxed=allow_unsandboxed))
    if name == "ray":
        return RayExecutor(ray_address, allow_unsandboxed=allow_unsandboxed)
    raise ValueError(f"unknown executor {name!r}: use local or ray")


def evaluate_candidates(tasks: list[Task], *, store: ResultStore | None = None, executor: str | object = "local",
                        workers: int = 2, progress: bool = True, sandbox: Sandbox | None = None,
                        allow_unsandboxed: bool = False, ray_address: str | None = None) -> list[RunResult]:
    """Evaluate tasks; returns results in task order. Finished keys in `store` are reused."""
    keys = [t.key for t in tasks]
    results: dict[str, RunResult] = {}
    if store is not None:
        for k in set(keys):
            if k in store:
                results[k] = store.get(k)
    todo, seen = [], set(results)
    for t, k in zip(tasks, keys):
        if k not in seen:
            seen.add(k)
            todo.append(t)
    if isinstance(executor, str):
        executor = make_executor(executor, workers=workers, sandbox=sandbox, allow_unsandboxed=allow_unsandboxed,
                                 ray_address=ray_address)
    per_key = Counter(keys)
    bar = tqdm(total=len(tasks), initial=sum(per_key[k] for k in results), desc="candidates", disable=not progress,
               unit="cand")

    def on_result(task: Task, result: RunResult) -> None:
        k = task.key
        result.key = k
        results[k] = result
        if store is not None and not result.retryable:
            store.append(k, result, {**task.meta, "problem_id": task.problem.id, "parallelism": task.config.parallelism})
        bar.update(per_key[k])
        bar.set_postfix_str(result.status)

    try:
        executor.run(todo, on_result)
    finally:
        bar.close()
    return [results[k] for k in keys]
