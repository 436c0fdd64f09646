"""Shared fixtures: the hub switched off for every test, a tiny Gemma, the embedded model cache."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tiny import build_tiny_gemma


@pytest.fixture(autouse=True, scope="session")
def offline_hub() -> Iterator[None]:
    """Nothing may come from the Hugging Face hub during tests, session fixtures included; no warm twins."""
    # huggingface_hub reads the variable once, at import; an earlier import would have missed it.
    from huggingface_hub import constants

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setenv("HF_HUB_OFFLINE", "1")
        monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
        # No test leaves a warm twin behind (cli/warm.py); the tests of warming switch it on themselves.
        monkeypatch.setenv("TWIN_KEEP_WARM", "0")
        monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
        yield


@pytest.fixture
def fresh_model_caches() -> Iterator[None]:
    """The process-wide model caches emptied before and after a test (`models.clear_cache`)."""
    import models

    models.clear_cache()
    yield
    models.clear_cache()


@pytest.fixture(scope="session")
def tiny_gemma_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random Gemma 3 with a real tokenizer and Gemma's chat template, built once per session."""
    return build_tiny_gemma(tmp_path_factory.mktemp("tiny-gemma"))


@pytest.fixture(scope="session")
def embedded_cache_dir() -> Path:
    """Where integration tests keep the converted embedded checkpoint, so it is converted once, not per run.

    TWIN_TEST_CACHE_DIR when set (CI points it at a cached folder), else the twin's own default cache.
    """
    configured = os.environ.get("TWIN_TEST_CACHE_DIR")
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base).expanduser() if base else Path.home() / ".cache") / "ai-twin"
