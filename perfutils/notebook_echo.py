"""What the pipeline's console shows of a running notebook: the lines it prints and its progress.

papermill runs each notebook in a Jupyter kernel. What the kernel prints reaches the pipeline as
stream messages: tqdm's bars (sampling, the runner, datasets) are text on stderr that redraws
itself after a carriage return; transformers' trainers draw theirs as an HTML display that is
updated in place, which papermill does not pass on. :class:`NotebookEcho` shows both, with the
notebook's name in front: the notebook's printed lines as they come, and the running bar's
latest state (counts, elapsed time, time left) on a status line below the pipeline's own bar on
a terminal, or as a line about every 30 seconds in a log. A bar that ran for 30 seconds or more
is printed once more as it ended; shorter ones (saving a dataset, loading weights) only pass by.

Usage (what :func:`perfutils.pipeline.run_pipeline` does)::

    echo = NotebookEcho("03_sft", lines=True, bars=True)
    papermill.execute_notebook(..., engine_name=papermill_engine(), **echo.papermill_arguments())
    echo.close()
"""

from __future__ import annotations

import html
import math
import re
import shutil
import sys
import time
from typing import Any, Callable

ENGINE = "perfutils"  # the papermill engine that passes display updates on (registered below)
LONG_S = 30.0  # a bar running this long is a long stage: in a log, a line this often, and its end
# transformers.utils.notebook.html_progress_bar: the bar, then its label "[ 5/40 00:12 < 01:20, 0.45 it/s]"
_HTML_BAR = re.compile(r"<progress\s+value='(\d+)'\s+max='(\d+)'[^>]*>\s*</progress>\s*([^<]*)")


class _Stream:
    """The file-like object papermill writes a stream to."""

    def __init__(self, write: Callable[[str], None], flush: Callable[[], None]) -> None:
        self.write, self.flush = write, flush


class NotebookEcho:
    """The console side of one notebook's run: ``lines`` echoes what it prints (stdout), ``bars``
    its progress bars. ``terminal`` (default: whether stderr is one) chooses a live status line
    over a line every ``interval_s`` seconds (default :data:`LONG_S`)."""

    def __init__(self, stem: str, *, lines: bool, bars: bool, terminal: bool | None = None,
                 interval_s: float | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.prefix, self.lines, self.bars = f"  {stem} | ", lines, bars
        self.terminal = sys.stderr.isatty() if terminal is None else terminal
        self.interval_s, self.clock = LONG_S if interval_s is None else interval_s, clock
        self.stdout = _Stream(self._write_stdout, self._flush_stdout)
        self.stderr = _Stream(self._write_stderr, lambda: None)
        self._printed = ""  # stdout text not yet ended by a newline
        self._line, self._redrawn = "", False  # stderr: the current line, and whether it redrew itself
        self._bar_key: Any = None
        self._bar_started = self._bar_shown = -math.inf
        self._bar_line: str | None = None  # the state last printed
        self._ended: set[Any] = set()
        self._status: Any = None  # the status line on a terminal (a tqdm without a bar)
        self._stderr_bars = 0

    def papermill_arguments(self) -> dict[str, Any]:
        """What ``papermill.execute_notebook`` takes to echo into this (nothing where nothing is echoed)."""
        return {"stdout_file": self.stdout if self.lines else None,
                "stderr_file": self.stderr if self.bars else None,
                "progress_echo": self if self.bars else None}

    # ----------------------------------------------------------------- what the kernel sends

    def _write_stdout(self, text: str) -> None:
        self._printed += text
        *lines, self._printed = self._printed.split("\n")
        for line in lines:
            self._print(line.rsplit("\r", 1)[-1])

    def _flush_stdout(self) -> None:
        pass  # a line is printed when it ends: a half line would break the pipeline's bar

    def _write_stderr(self, text: str) -> None:
        """tqdm draws a bar as ``\\r<state>`` again and again, then ``\\n``; other lines (warnings)
        stay in the executed notebook."""
        for piece in re.split(r"(\r|\n)", text):
            if piece == "\r":
                if not self._redrawn:
                    self._stderr_bars += 1
                self._line, self._redrawn = "", True
            elif piece == "\n":
                if self._redrawn and self._line.strip():
                    self.bar(("stderr", self._stderr_bars), self._line.strip(), ended=True)
                self._line, self._redrawn = "", False
            elif piece:
                self._line += piece
                if self._redrawn:
                    self.bar(("stderr", self._stderr_bars), self._line.strip())

    def display(self, data: dict[str, Any], display_id: str | None = None) -> None:
        """A display or its update: transformers' HTML progress bar becomes a line of text."""
        match = _HTML_BAR.search(str(data.get("text/html", "")))
        if match:
            value, total, label = int(match[1]), int(match[2]), html.unescape(" ".join(match[3].split()))
            self.bar(("display", display_id), f"trainer: {label}", ended=value >= total)

    # ----------------------------------------------------------------- what the console shows

    def bar(self, key: Any, state: str, *, ended: bool = False) -> None:
        """Show the state of bar ``key``; ``ended``: its last state."""
        if key in self._ended:
            return  # a trainer redraws its finished bar once more at the end
        now = self.clock()
        if key != self._bar_key:
            self._bar_key, self._bar_started, self._bar_shown, self._bar_line = key, now, now, None
        long = now - self._bar_started >= self.interval_s
        if self.terminal:
            self._show_status("" if ended else state)
        elif not ended and now - self._bar_shown >= self.interval_s:
            self._print(state)
            self._bar_shown, self._bar_line = now, state
        if ended:
            self._ended.add(key)
            self._bar_key = None
            if long and state != self._bar_line:
                self._print(state)

    def close(self) -> None:
        """Print what is left of the output and remove the status line."""
        if self._printed:
            self._print(self._printed)
            self._printed = ""
        if self._status is not None:
            self._status.close()
            self._status = None

    def _print(self, text: str) -> None:
        from tqdm import tqdm

        tqdm.write(f"{self.prefix}{text}", file=sys.stdout)  # above the bars, which stay intact

    def _show_status(self, state: str) -> None:
        from tqdm import tqdm

        if self._status is None:
            self._status = tqdm(total=0, bar_format="{desc}", position=1, leave=False, file=sys.stderr)
        width = shutil.get_terminal_size().columns - 1
        self._status.set_description_str(f"{self.prefix}{state}"[:width] if state else "")


# --------------------------------------------------------------------------- the papermill engine


def papermill_engine() -> str:
    """The name of papermill's nbclient engine with a client that also hands display updates to
    the echo (``progress_echo``); registered on first use, since papermill is slow to import."""
    global _registered
    if _registered:
        return ENGINE
    from papermill.clientwrap import PapermillNotebookClient
    from papermill.engines import NBClientEngine, papermill_engines
    from papermill.log import logger
    from papermill.utils import merge_kwargs, remove_args
    from traitlets import Any as AnyTrait

    class EchoingClient(PapermillNotebookClient):
        progress_echo = AnyTrait(None, allow_none=True)

        def process_message(self, msg: dict, cell: Any, cell_index: int) -> Any:
            if self.progress_echo is not None and msg.get("msg_type") in ("display_data", "update_display_data"):
                content = msg.get("content") or {}
                self.progress_echo.display(content.get("data") or {}, (content.get("transient") or {}).get("display_id"))
            return super().process_message(msg, cell, cell_index)

    class EchoingEngine(NBClientEngine):
        @classmethod
        def execute_managed_notebook(cls, nb_man: Any, kernel_name: str, log_output: bool = False,
                                     stdout_file: Any = None, stderr_file: Any = None, start_timeout: int = 60,
                                     execution_timeout: int | None = None, **kwargs: Any) -> Any:
            # What NBClientEngine does, with the client above.
            kwargs = remove_args(["input_path"], **kwargs)
            final = merge_kwargs(remove_args(["timeout", "startup_timeout"], **kwargs),
                                 timeout=execution_timeout if execution_timeout else kwargs.get("timeout"),
                                 startup_timeout=start_timeout, kernel_name=kernel_name, log=logger,
                                 log_output=log_output, stdout_file=stdout_file, stderr_file=stderr_file)
            return EchoingClient(nb_man, **final).execute()

    papermill_engines.register(ENGINE, EchoingEngine)
    _registered = True
    return ENGINE


_registered = False
