"""Process-wide settings: where things live and which models to use, read from the environment once.

Everything a single run may want to change (top_k, thresholds, prompts) lives in the graph's run
context instead; this module only holds what is fixed for the life of a process.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from twin.errors import TwinError

EMBEDDED_GENERATOR = "embedded:gemma-3-270m"
EMBEDDED_EMBEDDINGS = "embedded:all-minilm-l6-v2"


def _path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else default


def _rate_limit() -> int:
    value = os.environ.get("TWIN_RATE_LIMIT", "").strip() or "0"
    if not value.isdecimal():
        raise TwinError(
            f"TWIN_RATE_LIMIT is {value!r}: give a whole number of questions per minute per visitor (0: off)"
        )
    return int(value)


def _keep_warm() -> int:
    value = os.environ.get("TWIN_KEEP_WARM", "").strip() or "300"
    if not value.isdecimal():
        raise TwinError(f"TWIN_KEEP_WARM is {value!r}: give a whole number of seconds (0: off)")
    return int(value)


def _default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base).expanduser() if base else Path.home() / ".cache") / "ai-twin"


@dataclass(frozen=True)
class Settings:
    """Where the twin keeps its data and which models it runs.

    `home` is the person's workspace: the knowledge file, the index, adapters, traces, memory.
    `cache_dir` holds what can be rebuilt (converted model checkpoints, API response caches).
    """

    home: Path = field(default_factory=lambda: _path("TWIN_HOME", Path("twin-data")))
    cache_dir: Path = field(default_factory=lambda: _path("TWIN_CACHE_DIR", _default_cache()))
    generator: str = field(default_factory=lambda: os.environ.get("TWIN_GENERATOR", EMBEDDED_GENERATOR))
    embeddings: str = field(default_factory=lambda: os.environ.get("TWIN_EMBEDDINGS", EMBEDDED_EMBEDDINGS))
    load_in_4bit: bool = field(default_factory=lambda: os.environ.get("TWIN_4BIT", "0") == "1")
    # Apply the shipped reader adapter (models/reader/) to the embedded Gemma when no adapter of the person's is
    # current; 0 serves the bare base model.
    use_reader: bool = field(default_factory=lambda: os.environ.get("TWIN_READER", "1") != "0")
    # On the CPU, serve with int8 decode matmuls (models/fast.py); 0 serves plain float32.
    fast_cpu: bool = field(default_factory=lambda: os.environ.get("TWIN_FAST_CPU", "1") == "1")
    chroma_url: str | None = field(default_factory=lambda: os.environ.get("TWIN_CHROMA_URL") or None)
    openai_api_key: str | None = field(default_factory=lambda: os.environ.get("OPENAI_API_KEY") or None)
    openai_model: str = field(default_factory=lambda: os.environ.get("TWIN_OPENAI_MODEL", "gpt-4o-mini"))
    max_source_mb: float = field(default_factory=lambda: float(os.environ.get("TWIN_MAX_SOURCE_MB", "50")))
    # Opens the page's Owner tab (the questions the twin could not answer); unset, the page has no such tab.
    owner_token: str | None = field(
        default_factory=lambda: os.environ.get("TWIN_OWNER_TOKEN") or None, repr=False
    )
    # The visitor limit of a served twin: questions per minute per client address (page, OpenAI API, MCP); 0 is off.
    rate_limit: int = field(default_factory=_rate_limit)
    # How long a `twin ask` leaves the twin loaded in a background process for the next one (seconds; 0: off).
    keep_warm_s: int = field(default_factory=_keep_warm)

    @property
    def knowledge_file(self) -> Path:
        return self.home / "knowledge.md"

    @property
    def index_dir(self) -> Path:
        return self.home / "index"

    @property
    def adapters_dir(self) -> Path:
        return self.home / "adapters"

    @property
    def traces_db(self) -> Path:
        return self.home / "traces.sqlite"

    @property
    def memory_db(self) -> Path:
        return self.home / "memory.sqlite"

    @property
    def unanswered_log(self) -> Path:
        return self.home / "unanswered.jsonl"

    @property
    def warm_socket(self) -> Path:
        """Where the warm twin of this workspace listens (cli/warm.py): under the cache, named by the workspace's
        absolute path (short: a Unix socket path must fit in about 100 bytes)."""
        home = str(self.home.expanduser().resolve())
        digest = hashlib.sha256(home.encode()).hexdigest()[:16]
        return self.cache_dir.expanduser() / "warm" / f"{digest}.sock"

    def with_home(self, home: Path | str) -> Settings:
        return replace(self, home=Path(home))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
