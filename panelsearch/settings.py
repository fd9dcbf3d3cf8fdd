"""Where state lives and which embedder to use: environment first, then defaults."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EMBEDDER = "all-MiniLM-L6-v2"


def index_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The index folder: --index, else $PANELSEARCH_INDEX, else .panelsearch/ at the repo root."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("PANELSEARCH_INDEX")
    return Path(env) if env else ROOT / ".panelsearch"


def dev_dir(explicit: str | os.PathLike | None = None) -> Path:
    """Where the index of every development paper is kept (eval, calibrate, the app's
    Evaluation page): --dev-dir, else dev/ inside the index folder."""
    return Path(explicit) if explicit else index_dir() / "dev"


def corpus_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit)
    env = os.environ.get("PANELSEARCH_CORPUS")
    return Path(env) if env else ROOT / "corpus"


def embedder_name() -> str:
    """The embedder: a model name or a local folder ($PANELSEARCH_EMBEDDER)."""
    return os.environ.get("PANELSEARCH_EMBEDDER", DEFAULT_EMBEDDER)


def cache_dir() -> Path:
    """Derived files shared by every index (the exported question encoder):
    $PANELSEARCH_CACHE, else $XDG_CACHE_HOME/panelsearch, else ~/.cache/panelsearch."""
    env = os.environ.get("PANELSEARCH_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "panelsearch"


def own_synonyms() -> Path | None:
    """A council's own synonyms file, read after the packaged one: $PANELSEARCH_SYNONYMS."""
    env = os.environ.get("PANELSEARCH_SYNONYMS")
    return Path(env) if env else None
