"""The command line of perfutils, all of it: one ``argparse`` parser, one module per command group.

Usage:
    python -m perfutils --help
    python -m perfutils models list
    python -m perfutils pipeline --preset cpu

Each module here registers its commands (``add_cli(subparsers)``) and calls library functions;
no library module parses arguments or imports from here. To add a command, write a module
here (keep torch/transformers imports inside functions, so that ``--help`` stays fast)::

    def add_cli(subparsers):
        parser = subparsers.add_parser("mycommand", help="one line")
        parser.add_argument(...)
        parser.set_defaults(func=_run_mycommand)   # func(args) -> int | None

and append its name to ``COMMAND_MODULES`` below. Library functions raise
:class:`perfutils.errors.UsageError` for input the user must fix (printed on one line, exit
code 2) and :class:`perfutils.errors.PerfutilsError` for other expected failures (exit code 1).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from typing import Sequence

import perfutils
from perfutils.errors import PerfutilsError, UsageError

# Modules that register subcommands, in the order they appear in --help.
COMMAND_MODULES: list[str] = [
    "perfutils.cli.models",
    "perfutils.cli.pipeline",
    "perfutils.cli.runner",
    "perfutils.cli.adapters",
    "perfutils.cli.pareval",
]


class _OneLineErrorParser(argparse.ArgumentParser):
    """ArgumentParser whose errors are one line (argparse prints the whole usage first)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The full parser, with every module of ``COMMAND_MODULES`` registered."""
    parser = _OneLineErrorParser(
        prog="perfutils",
        description="Compile, time and performance-align LLM-written C++ code.",
    )
    parser.add_argument("--version", action="version", version=f"perfutils {perfutils.__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True,
                                       parser_class=_OneLineErrorParser)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).add_cli(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    # perfutils logs its progress (downloads, conversions, notebooks) at INFO; libraries such as
    # papermill log chatter at INFO too, so only perfutils' own loggers are raised.
    logging.basicConfig(level=logging.WARNING, format="perfutils: %(message)s")
    logging.getLogger("perfutils").setLevel(logging.INFO)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except PerfutilsError as error:
        # Messages can span lines when they list choices; keep the report to one line.
        print(f"perfutils: error: {' '.join(str(error).split())}", file=sys.stderr)
        return 2 if isinstance(error, UsageError) else 1
    except KeyboardInterrupt:
        print("perfutils: interrupted", file=sys.stderr)
        return 130
