"""The exceptions perfutils raises on purpose, at the bottom of the package (imports nothing).

Usage::

    from perfutils.errors import PerfutilsError, UsageError
    raise UsageError("no preset 'cpuu'; available presets: cpu, gpu, smoke.")

Expected failures of a run are values (a compile error is a status, see ``perfutils.runner``);
these are for what stops a command or a notebook: input the user must fix (:class:`UsageError`)
and other failures whose message says what to do (:class:`PerfutilsError`). The command line
(``perfutils.cli``) prints either as one line, without a traceback, and exits with code 2 or 1.
Modules define their own subclasses beside the code that raises them (``ModelFetchError`` in
``perfutils.model_sources``, ``NotebookFailedError`` in ``perfutils.pipeline``).
"""

from __future__ import annotations


class PerfutilsError(Exception):
    """An expected failure whose message says what to do (a refused download, a failed notebook).

    The CLI reports it as ``perfutils: error: <message>`` and exits with code 1, no traceback.
    """


class UsageError(PerfutilsError):
    """Invalid input from the user (a bad name, path, preset or key): the message says what to do.

    The CLI reports it like :class:`PerfutilsError` but exits with code 2, as argparse does.
    """
