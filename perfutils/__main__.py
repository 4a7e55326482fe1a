"""Entry point for ``python -m perfutils``; see :mod:`perfutils.cli`."""

import sys

from perfutils.cli import main

if __name__ == "__main__":
    sys.exit(main())
