"""Sandbox: run untrusted commands (compiler on generated code, the candidate program).

WARNING: everything the runner compiles or runs is model-generated, untrusted code. It only
ever runs through `Sandbox.run`, which layers:

* bubblewrap (`bwrap`): new user, PID, network, IPC and UTS namespaces; a read-only root with
  only /usr (and the loader cache) visible, a read-only /dev, size-capped tmpfs for /tmp and the
  job directory, no network, killed with its parent (`--die-with-parent`), so children that
  called `setsid()` die too;
* an unprivileged user id per worker slot when the runner is root (root ignores RLIMIT_NPROC),
  via `setpriv` with no-new-privileges; the slot's leftover processes are killed after each job;
* resource limits via `prlimit`: CPU seconds, address space, file size, processes, open files,
  no core dumps; a wall-clock timeout that kills the whole process group;
* output read with a cap.

Isolation levels, recorded in every result: "bwrap+uid" (root), "bwrap" (non-root with user
namespaces), "none" (no bubblewrap: refused unless the caller explicitly allows it).

Usage::

    sb = Sandbox()
    res = sb.run(["/usr/bin/true"], limits=Limits(cpu_s=5))
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from .slots import slot_lease

UID_BASE = 61000  # slot uids: UID_BASE + slot; no real account uses this range on Debian


# Carried by every result of a sandbox without isolation (RunResult.warnings), so that a stored
# result says how it was obtained wherever it ends up.
UNISOLATED_WARNING = ("ran WITHOUT isolation (allow_unsandboxed=True): the candidate could read, write and "
                      "connect to anything this user can")


class SandboxUnavailable(RuntimeError):
    """No isolation is available and the caller did not allow running unisolated."""


@dataclass(frozen=True)
class Limits:
    cpu_s: float = 60.0  # CPU seconds (all threads together)
    wall_s: float = 120.0  # wall-clock seconds before the process group is killed
    memory_bytes: int = 4 << 30  # address space
    file_bytes: int = 64 << 20  # largest file the job may write
    processes: int = 64  # per slot user (needs the unprivileged uid to be enforced)
    open_files: int = 256
    tmpfs_bytes: int = 64 << 20  # size of each tmpfs (/tmp and, for runs, the job directory)
    output_bytes: int = 256 << 10  # stdout and stderr kept, each


@dataclass
class SandboxResult:
    returncode: int  # negative: killed by that signal
    stdout: bytes
    stderr: bytes
    wall_s: float
    timed_out: bool
    isolation: str
    stdout_truncated: bool = False
    stderr_truncated: bool = False
    leftover_processes: int = 0  # processes of the slot uid that had to be killed afterwards

    @property
    def signal(self) -> int | None:
        if self.returncode < 0:
            return -self.returncode
        # bwrap reports a child killed by signal N as exit status 128 + N
        if self.returncode > 128 and self.isolation != "none":
            return self.returncode - 128
        return None


def _read_capped(stream, cap: int, out: list, flags: list) -> None:
    kept = bytearray()
    while True:
        chunk = stream.read(65536)
        if not chunk:
            break
        if len(kept) < cap:
            kept.extend(chunk[: cap - len(kept)])
            if len(kept) >= cap:
                flags.append(True)
        else:
            flags.append(True)  # keep draining so the child never blocks on a full pipe
    out.append(bytes(kept))


def _processes_of_uid(uid: int, *, zombies: bool = False) -> list[int]:
    """Live processes of `uid` (with `zombies`, unreaped ones too). Zombies are left out by
    default: they run nothing and hold no memory, and SIGKILL cannot remove them; they wait for
    their parent to reap them. Sandbox launchers that exit are reparented to PID 1, which on some
    machines (a VM's init agent) reaps them only after seconds; waiting for that after every job
    cost ~1.8 s per job here. But zombies still count against RLIMIT_NPROC: see
    `_wait_for_process_room`."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as f:
                for line in f:
                    if not zombies and line.startswith("State:") and line.split()[1] in ("Z", "X"):
                        break
                    if line.startswith("Uid:"):
                        if int(line.split()[1]) == uid:
                            pids.append(int(entry))
                        break
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return pids


def _wait_for_process_room(uid: int, limit: int, timeout_s: float = 30.0) -> None:
    """Wait until `uid` has fewer than half of `limit` processes, zombies included.

    The kernel counts a process against its uid's RLIMIT_NPROC until it is reaped, so after a
    job that left many processes (a fork bomb, killed) the next job of the slot would fail to
    start (`setpriv: failed to execute ...: Resource temporarily unavailable`) until PID 1 reaps
    them. Normally there are a few zombies at most and this returns at once."""
    deadline = time.monotonic() + timeout_s
    while len(_processes_of_uid(uid, zombies=True)) >= limit // 2 and time.monotonic() < deadline:
        time.sleep(0.05)


def kill_uid_processes(uid: int, timeout_s: float = 5.0) -> int:
    """Kill every process of `uid` and wait until none is left. Returns how many were found."""
    found = _processes_of_uid(uid)
    deadline = time.monotonic() + timeout_s
    pids = found
    while pids and time.monotonic() < deadline:
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        time.sleep(0.01)
        pids = _processes_of_uid(uid)
    if pids:
        raise RuntimeError(f"processes of sandbox uid {uid} survived SIGKILL: {pids}")
    return len(found)


class Sandbox:
    """Runs commands isolated. `isolation`: "auto", "bwrap+uid", "bwrap" or "none"."""

    def __init__(self, isolation: str = "auto", *, allow_unsandboxed: bool = False):
        self.is_root = os.geteuid() == 0
        self.bwrap = shutil.which("bwrap")
        self.allow_unsandboxed = allow_unsandboxed
        if isolation == "auto":
            isolation = self._detect()
        if isolation not in ("bwrap+uid", "bwrap", "none"):
            raise ValueError(f"unknown isolation {isolation!r}: use auto, bwrap+uid, bwrap or none")
        if isolation == "bwrap+uid" and not self.is_root:
            raise ValueError("isolation 'bwrap+uid' needs root (to switch to the slot uids); use 'bwrap'")
        if isolation == "none":
            if not allow_unsandboxed:
                raise SandboxUnavailable(
                    "no sandbox available: bubblewrap (`bwrap`) is missing or user namespaces are disabled. "
                    "Install it (Debian/Ubuntu: apt-get install bubblewrap) or, only for code you trust, "
                    "pass allow_unsandboxed=True (CLI: --allow-unsandboxed)."
                )
            warnings.warn(UNISOLATED_WARNING, stacklevel=2)
        self.isolation = isolation

    def _detect(self) -> str:
        if self.bwrap:
            level = "bwrap+uid" if self.is_root else "bwrap"
            with slot_lease() as slot:
                probe = self._command(["/usr/bin/true"], level, slot=slot, limits=Limits(), jobdir=None, ro_binds={},
                                      tmpfs_job=True)
                try:
                    ok = subprocess.run(probe, capture_output=True, timeout=20).returncode == 0
                except (OSError, subprocess.TimeoutExpired):
                    ok = False
            if ok:
                return level
        return "none"

    @staticmethod
    def slot_uid(slot: int) -> int:
        return UID_BASE + slot

    def _command(self, argv, level, *, slot, limits, jobdir, ro_binds, tmpfs_job, env=None):
        lim = [
            "prlimit",
            f"--cpu={max(1, int(limits.cpu_s + 0.999))}",
            f"--as={limits.memory_bytes}",
            f"--fsize={limits.file_bytes}",
            f"--nofile={limits.open_files}",
            "--core=0",
        ]
        if level == "bwrap+uid" or (level == "none" and self.is_root):
            lim.append(f"--nproc={limits.processes}")
        cmd = lim + ["--"]
        if self.is_root:
            uid = str(self.slot_uid(slot))
            cmd += ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--no-new-privs", "--"]
        env = {"PATH": "/usr/bin:/bin", "HOME": "/job", "LANG": "C", "OMP_WAIT_POLICY": "passive", **(env or {})}
        if level == "none":
            return ["env", "-i", *[f"{k}={v}" for k, v in env.items()], *cmd, *argv]
        b = [
            self.bwrap, "--unshare-all", "--unshare-user", "--die-with-parent", "--new-session", "--disable-userns",
            "--ro-bind", "/usr", "/usr",
            "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib",
            "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/sbin", "/sbin",
            "--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache",
            "--proc", "/proc", "--dev", "/dev",
            "--size", str(limits.tmpfs_bytes), "--tmpfs", "/tmp",
        ]
        if tmpfs_job:
            b += ["--size", str(limits.tmpfs_bytes), "--tmpfs", "/job"]
        else:
            b += ["--bind", str(jobdir), "/job"]
        for inside, host in ro_binds.items():
            b += ["--ro-bind", str(host), f"/job/{inside}"]
        b += ["--remount-ro", "/dev", "--remount-ro", "/", "--chdir", "/job", "--clearenv"]
        for k, v in env.items():
            b += ["--setenv", k, v]
        return cmd + b + ["--", *argv]

    def run(
        self,
        argv: list[str],
        *,
        slot: int | None = None,
        limits: Limits = Limits(),
        jobdir: str | Path | None = None,
        ro_binds: dict[str, str | Path] | None = None,
        env: dict[str, str] | None = None,
        judge: list[str] | None = None,
    ) -> SandboxResult:
        """Run argv in the sandbox with cwd /job.

        `jobdir`: a host directory bound read-write at /job (compiles write their object files
        there); None gives /job as a size-capped tmpfs that vanishes with the job (runs).
        `ro_binds`: {name: host path} made visible read-only at /job/<name>.
        `judge`: a trusted program started instead, outside the sandbox, as the runner's own user,
        with the sandboxed command appended after `--`; it starts that command itself and talks to
        it (harness/pf_judge.cpp). The result's stdout and stderr are then the judge's; the
        sandboxed command's stdout is /dev/null and its stderr goes to the judge. Limits apply to
        the sandboxed command; the wall-clock limit kills both."""
        if slot is None:
            # Each concurrent job needs its own uid: see slots.py.
            with slot_lease() as leased:
                return self.run(argv, slot=leased, limits=limits, jobdir=jobdir, ro_binds=ro_binds, env=env,
                                judge=judge)
        ro_binds = dict(ro_binds or {})
        tmp_holder = None
        if self.isolation == "none":
            # No mount namespace: make the same relative layout in a real directory.
            if jobdir is None:
                tmp_holder = tempfile.TemporaryDirectory(prefix="pf-job-")
                jobdir = tmp_holder.name
            for inside, host in ro_binds.items():
                target = Path(jobdir) / inside
                target.parent.mkdir(parents=True, exist_ok=True)
                if not target.exists():
                    target.symlink_to(Path(host).resolve())
            if self.is_root:
                os.chmod(jobdir, 0o777)
        elif jobdir is not None and self.is_root:
            os.chown(jobdir, self.slot_uid(slot), self.slot_uid(slot))
        if self.is_root:
            _wait_for_process_room(self.slot_uid(slot), limits.processes)
        cmd = self._command(argv, self.isolation, slot=slot, limits=limits, jobdir=jobdir, ro_binds=ro_binds,
                            tmpfs_job=jobdir is None, env=env)
        if judge:
            cmd = [*judge, "--", *cmd]
        start = time.monotonic()
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            start_new_session=True, cwd=jobdir if self.isolation == "none" else None,
        )
        outs: list = []
        errs: list = []
        out_flag: list = []
        err_flag: list = []
        readers = [
            threading.Thread(target=_read_capped, args=(proc.stdout, limits.output_bytes, outs, out_flag), daemon=True),
            threading.Thread(target=_read_capped, args=(proc.stderr, limits.output_bytes, errs, err_flag), daemon=True),
        ]
        for r in readers:
            r.start()
        timed_out = False
        try:
            proc.wait(timeout=limits.wall_s)
        except subprocess.TimeoutExpired:
            timed_out = True
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
        wall = time.monotonic() - start
        for r in readers:
            r.join(timeout=5)
        leftovers = 0
        if self.is_root:
            leftovers = kill_uid_processes(self.slot_uid(slot))
        if tmp_holder is not None:
            tmp_holder.cleanup()
        return SandboxResult(
            returncode=proc.returncode, stdout=outs[0] if outs else b"", stderr=errs[0] if errs else b"",
            wall_s=wall, timed_out=timed_out, isolation=self.isolation,
            stdout_truncated=bool(out_flag), stderr_truncated=bool(err_flag), leftover_processes=leftovers,
        )
