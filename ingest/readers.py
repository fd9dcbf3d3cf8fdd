"""Read one file (txt, md, html, pdf) into a Document's text, keeping pages."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from panelsearch.errors import UnreadableFile
from panelsearch.records import Document

MAX_FILE_BYTES = 50 * 2**20  # one paper; a bigger file is a dump or an archive, not a paper
SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
            ".html": "html", ".htm": "html", ".pdf": "pdf"}

# Tags whose text is page furniture, not the paper.
_NOISE_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form",
               "button", "svg", "iframe", "template"]
_NOISE_MARKERS = re.compile(r"(^|[-_ ])(nav|navbar|menu|breadcrumbs?|cookie|skip|footer|"
                            r"masthead|sidebar|banner|share|social)([-_ ]|$)", re.I)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "li", "ul", "ol", "table", "tr", "h1",
               "h2", "h3", "h4", "h5", "h6", "br", "dt", "dd", "dl", "blockquote", "pre",
               "caption", "tbody", "thead", "hr"}


def load(path: str | Path, doc_id: str | None = None) -> Document:
    """Read a file into a Document (text and pages only; metadata comes from `segment`)."""
    path = Path(path)
    if not path.exists():
        raise UnreadableFile(path, "file not found")
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise UnreadableFile(path, f"unsupported file type '{path.suffix or '(none)'}'"
                             f" (supported: {', '.join(sorted(set(SUFFIXES)))})")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(path, f"file is {size / 2**20:.0f} MB, over the "
                                       f"{MAX_FILE_BYTES // 2**20} MB limit for one paper")
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(path, f"cannot read file ({exc.strerror or exc})") from exc
    if not raw.strip():
        raise UnreadableFile(path, "file is empty")
    fmt = _sniffed(raw) or fmt
    page_starts: list[int] = []
    layout_items: list[tuple[int, str | None, str]] = []
    if fmt == "pdf":
        text, page_starts = _pdf_text(path, raw)
    elif fmt == "html":
        text, layout_items = _html_text(_decode(path, raw))
    else:
        text = _decode(path, raw).replace("\r\n", "\n").replace("\r", "\n")
        if "\f" in text:  # text exported from PDF keeps page breaks as form feeds
            page_starts = [0] + [m.end() for m in re.finditer("\f", text)]
    if len(re.sub(r"\W", "", text)) < 20:
        raise UnreadableFile(path, "no readable text in file")
    return Document(doc_id=doc_id or path.name, source=str(path), format=fmt, text=text,
                    page_starts=page_starts, content_hash=hashlib.sha256(raw).hexdigest(),
                    layout_items=layout_items)


_HTML_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!doctype\s+html|<(?:html|head|body)[\s>])", re.I)


def _sniffed(raw: bytes) -> str | None:
    """The format the bytes say they are, whatever the name: an archive may save a web page
    as .txt, or a PDF under another name."""
    if raw.startswith(b"%PDF-"):
        return "pdf"
    if _HTML_START.match(raw[:1024]):
        return "html"
    return None


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 first, then cp1252 (common in council exports); binary data is refused."""
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile(path, "binary data, not text")
    for encoding in ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) \
            else ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
        if controls > 0.05 * min(len(text), 4096):
            raise UnreadableFile(path, "binary data, not text")
        return text
    return raw.decode("latin-1")


def _pdf_text(path: Path, raw: bytes) -> tuple[str, list[int]]:
    import io
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise UnreadableFile(path, "PDF is encrypted (password required)")
            except UnreadableFile:
                raise
            except Exception as exc:
                raise UnreadableFile(path, "PDF is encrypted and cannot be opened") from exc
        pages = [(page.extract_text() or "") for page in reader.pages]
    except UnreadableFile:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        detail = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise UnreadableFile(path, f"corrupt or unreadable PDF ({detail})") from exc
    if not pages:
        raise UnreadableFile(path, "PDF has no pages")
    if not any(re.search(r"\w{3}", page) for page in pages):
        raise UnreadableFile(path, f"PDF has no text layer ({len(pages)} pages of images; "
                             "run OCR first)")
    text_parts, page_starts, offset = [], [], 0
    for page in pages:
        page_starts.append(offset)
        text_parts.append(page)
        offset += len(page) + 2
    return "\n\n".join(text_parts), page_starts


_ROW_MARK = "\ue000"  # a private-use character: marks where an item-table row starts


def _html_text(markup: str) -> tuple[str, list[tuple[int, str | None, str]]]:
    """The readable text of a council web page, one block per line, navigation dropped,
    and the agenda items its modern.gov item table marks: (offset, number, title)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup.replace(_ROW_MARK, ""), "lxml")
    for tag in soup(_NOISE_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.attrs is None:
            continue
        marks = " ".join([tag.get("id") or ""] + list(tag.get("class") or []) + [tag.get("role") or ""])
        if marks.strip() and _NOISE_MARKERS.search(marks) and tag.name not in ("body", "html", "main"):
            tag.decompose()
    root = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.find(id="content") \
        or soup.body or soup
    rows = _mark_item_rows(root)
    lines = [re.sub(r"[ \xa0]+", " ", line).strip(" ") for line in _block_text(root).split("\n")]
    text = "\n".join(line.rstrip("\t ").lstrip() for line in lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    pieces = text.split(_ROW_MARK)
    out, starts = pieces[0], []
    for piece in pieces[1:]:
        starts.append(len(out))
        out += piece.lstrip("\t\n ")
    return out, [(start, number, title) for start, (number, title) in zip(starts, rows)]


def _block_text(root) -> str:
    """The text of a tree with a line break around each block and a tab after each cell.

    Walked with an explicit stack, not by inserting breaks into the tree: bs4's insert
    is linear in the depth below, so a page of 100,000 nested divs took minutes."""
    from bs4 import CData, NavigableString, Tag

    out: list[str] = []
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            out.append(node)  # a closing break or tab pushed below
        elif isinstance(node, Tag):
            closing = ("\t" if node.name in ("td", "th") else "") + \
                ("\n" if node.name in _BLOCK_TAGS else "")
            if node.name in _BLOCK_TAGS:
                out.append("\n")
            if closing:
                stack.append(closing)
            stack.extend(reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            out.append(str(node))
    return "".join(out)


def _mark_item_rows(root) -> list[tuple[str | None, str]]:
    """(number, title) of each row of a modern.gov item table, its start marked in the text."""
    rows = []
    for table in root.select("table.mgItemTable"):
        for row in table.find_all("tr"):
            title = row.select_one(".mgAiTitleTxt")
            if title is None or row.find_parent("table") is not table:
                continue
            cell = row.select_one("td.mgItemNumberCell")
            number = cell.get_text(" ", strip=True).rstrip(".") if cell else ""
            row.insert(0, _ROW_MARK)
            rows.append((number or None, " ".join(title.get_text(" ", strip=True).split())))
    return rows
