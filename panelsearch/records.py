"""Plain records passed between the pipeline stages.

Each serialises with ``dataclasses.asdict`` to the JSON shapes in DESIGN.md.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, fields


@dataclass
class FileEntry:
    """One indexed paper in the manifest: its content hash and what was read from it."""

    hash: str
    source: str
    panel: str | None = None
    body: str | None = None
    meeting_date: str | None = None
    doc_type: str = "report"
    items: int = 0
    chunks: int = 0


@dataclass
class SkippedEntry:
    """A file the index could not read, kept so an unchanged bad file is not read again."""

    hash: str
    reason: str


@dataclass
class IndexedPanel:
    panel: str  # force area, e.g. "West Mercia"
    body: str | None  # the name the papers print, e.g. "West Mercia Police and Crime Panel"


@dataclass
class Manifest:
    """What an index generation holds and was built with (`manifest.json`)."""

    embedder: str
    dimension: int
    corpus: str
    ingest_code: str = ""  # fingerprint of the segmentation code the chunks were cut with
    chunking: str = "agenda items"  # or the generic baseline's "fixed 1500/200"
    files: dict[str, FileEntry] = field(default_factory=dict)  # doc_id -> entry
    skipped: dict[str, SkippedEntry] = field(default_factory=dict)
    format_version: int = 0
    faiss: str | None = None  # "flat" | "hnsw"
    chunks: int = 0
    created: str = ""

    @property
    def panels(self) -> list[IndexedPanel]:
        """Each indexed panel once, with the body name its papers print."""
        pairs = {(e.panel, e.body) for e in self.files.values() if e.panel}
        return [IndexedPanel(p, b) for p, b in sorted(pairs, key=lambda pair: (pair[0], pair[1] or ""))]

    def as_json(self) -> dict:
        from dataclasses import asdict

        out = asdict(self)
        out["panels"] = [asdict(p) for p in self.panels]  # for readers of the file alone
        return out

    @classmethod
    def from_json(cls, data: dict) -> Manifest:
        """Keys this version does not know (written by a newer one) are left aside."""
        return cls(**_known(cls, data, leave=("files", "skipped")),
                   files={d: FileEntry(**_known(FileEntry, e)) for d, e in data.get("files", {}).items()},
                   skipped={d: SkippedEntry(**_known(SkippedEntry, e))
                            for d, e in data.get("skipped", {}).items()})


def _known(record: type, data: dict, leave: tuple[str, ...] = ()) -> dict:
    names = {f.name for f in fields(record)} - set(leave)
    return {key: value for key, value in data.items() if key in names}


@dataclass
class Document:
    """One file read into text, with what we know of its meeting."""

    doc_id: str  # stable id: the file's path relative to the corpus
    source: str  # path of the file as given
    format: str  # txt | md | html | pdf
    text: str
    page_starts: list[int] = field(default_factory=list)  # char offset of each page (PDF, form feeds)
    panel: str | None = None  # force area, e.g. "Dorset"
    body: str | None = None  # full name of the panel or board, when printed
    panel_evidence: str | None = None  # what told the panel ("header names panel '...'")
    meeting_date: str | None = None  # ISO date, None when the text gives none
    doc_type: str = "report"  # agenda | minutes | report | agenda pack
    content_hash: str = ""
    # items a page's own structure marks (a modern.gov item table): (offset, number, title)
    layout_items: list[tuple[int, str | None, str]] = field(default_factory=list)

    def page_at(self, offset: int) -> int | None:
        """1-based page holding a character offset, or None for unpaged text."""
        if not self.page_starts:
            return None
        return max(bisect.bisect_right(self.page_starts, offset), 1)


@dataclass
class Item:
    """One agenda item: its own text, verbatim, starting at its heading."""

    number: str | None
    title: str
    text: str
    panel: str | None
    meeting_date: str | None
    doc_type: str
    page: int | None
    start: int = 0  # char offset in the document text
    end: int = 0

    def as_json(self) -> dict:
        keys = ("number", "title", "text", "panel", "meeting_date", "doc_type", "page")
        return {key: getattr(self, key) for key in keys}


@dataclass
class Chunk:
    """A piece of one item small enough to embed; `text` is verbatim."""

    chunk_id: str
    doc_id: str
    source: str
    panel: str | None
    body: str | None
    meeting_date: str | None
    doc_type: str
    item_number: str | None
    item_title: str
    item_index: int  # position of the item in its document (-1: front matter)
    page: int | None
    start: int  # char offset in the document text
    text: str
    context: str  # short header embedded with the text: panel, date, item title


@dataclass
class Passage:
    """A retrieved chunk as the `ask` JSON shows it."""

    rank: int
    doc_id: str
    source: str
    panel: str | None
    meeting_date: str | None
    item_number: str | None
    item_title: str
    page: int | None
    text: str
    score: float
    doc_type: str = ""
    chunk_id: str = ""

    def citation(self) -> str:
        """"West Mercia, 2017-09-22, item 81 “Title”, p. 3 (file)"."""
        parts = [self.panel or "panel not stated", self.meeting_date or "undated"]
        item = f"item {self.item_number} " if self.item_number else ""
        parts.append(f"{item}\u201c{self.item_title}\u201d")
        if self.page:
            parts.append(f"p. {self.page}")
        return ", ".join(parts) + f" ({self.doc_id})"


@dataclass
class Answer:
    """The reply to one question."""

    id: str | None
    question: str
    answer: str
    abstained: bool
    filters: dict
    passages: list[Passage]

    def as_json(self) -> dict:
        from dataclasses import asdict

        out = asdict(self)
        for passage in out["passages"]:
            passage.pop("chunk_id", None)
        return out
