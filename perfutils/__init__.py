"""perfutils: compile, time and performance-align LLM-written C++ code.

A reproduction of Nichols et al., "Performance-Aligned LLMs for Generating Fast Code" (2024).
Each pipeline stage is a module here and a numbered notebook in ``notebooks/``.

Usage:
    python -m perfutils --help
    from perfutils.models import load_model

Importing the package is deliberately cheap (no torch, no transformers): the CLI and the
notebook runner start in well under a second, and heavy libraries load only where used.
"""

__version__ = "0.1.0"
