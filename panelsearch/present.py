"""How answers and papers are shown to a reader: safe text, grouping, ordering, a timeline.

Pure functions over records, used by the app (and testable without it). Paper text
is never rendered as Markdown or HTML: it is shown as text, escaped, with the cited
sentences marked.
"""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .records import Passage

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$:])")


def plain(text: str) -> str:
    """Text safe to use where Streamlit renders Markdown (labels, captions): every
    Markdown character escaped, so a paper's title or file name can't become a link,
    an image fetched from elsewhere, or a heading."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", " ".join(str(text).split()))


_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]*", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)\)")
_ANGLE_LINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,300}>")


def readable(text: str) -> str:
    """An item's text as a reader should see it: Markdown marks and stray HTML tags taken
    out ("#### POLICE AND CRIME PANEL" -> "POLICE AND CRIME PANEL", a mail link -> its
    address), blank runs collapsed. The words are left as printed."""
    text = _MD_HEADING.sub("", text)
    text = _MD_LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _ANGLE_LINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    text = _TAG.sub("", text)
    return re.sub(r"\n[ \t\xa0]*\n(?:[ \t\xa0]*\n)+", "\n\n", text).strip()


def marked_html(text: str, sentences: list[str], query_words: list[str] | None = None) -> str:
    """Escaped text with the cited sentences in <mark> and the question's words in <b>."""
    out = html.escape(text)
    for sentence in sentences:
        escaped = html.escape(readable(sentence))
        if escaped:
            out = out.replace(escaped, f"<mark>{escaped}</mark>")
    from bm25s.stopwords import STOPWORDS_EN

    common = set(STOPWORDS_EN) | {"what", "which", "did", "does", "said", "say", "panel", "panels"}
    for word in sorted(set(query_words or []), key=len, reverse=True):
        if len(word) > 2 and word.lower() not in common:
            out = re.sub(rf"(?<![\w&#])({re.escape(html.escape(word))})(?![\w;])", r"<b>\1</b>",
                         out, flags=re.I)
    return out


@dataclass
class MeetingGroup:
    """The passages of one agenda item of one meeting."""

    panel: str
    meeting_date: str | None
    item: str
    passages: list[Passage] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"{self.panel} · {self.meeting_date or 'undated'} · {self.item}"


def group_by_meeting(passages: list[Passage], order: str = "relevance") -> list[MeetingGroup]:
    """Passages grouped by (panel, meeting, item), groups by best rank or by date (newest
    first, undated last)."""
    groups: dict[tuple, MeetingGroup] = {}
    for passage in passages:
        item = f"item {passage.item_number} \u201c{passage.item_title}\u201d" if passage.item_number \
            else f"\u201c{passage.item_title}\u201d"
        key = (passage.doc_id, passage.item_number, passage.item_title)
        groups.setdefault(key, MeetingGroup(passage.panel or "panel not stated",
                                            passage.meeting_date, item)).passages.append(passage)
    ordered = list(groups.values())
    if order == "date":
        ordered.sort(key=lambda g: (g.meeting_date is None, _negated(g.meeting_date)))
    return ordered


def _negated(iso: str | None) -> str:
    return "".join(chr(ord("9") - ord(ch) + ord("0")) if ch.isdigit() else ch for ch in iso or "")


def citation_label(passage: Passage) -> str:
    """What a screen reader says for a citation link: "Citation 2: West Mercia, ..."."""
    return f"Citation {passage.rank}: {passage.citation()}"


def undated_note(passages: list[Passage]) -> str | None:
    """"3 of these passages come from papers that print no meeting date.", if any do."""
    undated = sum(1 for passage in passages if not passage.meeting_date)
    if not undated:
        return None
    if undated == 1:
        return "1 of these passages comes from a paper that prints no meeting date."
    return f"{undated} of these passages come from papers that print no meeting date."


STAGE_NAMES = {"read": "Reading and segmenting papers", "embed": "Embedding passages and sentences",
               "write": "Writing the index"}


@dataclass
class BuildProgress:
    """What a build is doing, as a progress bar says it: the stage, how far, and (while
    embedding) the rate and the time left; then how long each stage took."""

    clock: Callable[[], float] = time.perf_counter  # tests pass their own
    started: dict[str, float] = field(default_factory=dict)
    last: dict[str, float] = field(default_factory=dict)

    def update(self, stage: str, done: int, total: int) -> tuple[float, str]:
        """(fraction done, text) for one progress report of `index.build`."""
        now = self.clock()
        self.started.setdefault(stage, now)
        self.last[stage] = now
        text = f"{STAGE_NAMES.get(stage, stage)}: {done} of {total}"
        elapsed = now - self.started[stage]
        if stage == "embed" and done and elapsed > 0:
            rate = done / elapsed
            text += f" ({rate:.0f} per second, about {(total - done) / rate:.0f} s left)"
        return min(done / max(total, 1), 1.0), text

    def summary(self) -> str:
        """"reading 0.4 s, embedding 8.2 s, writing 0.3 s": each stage seen, in order."""
        stages = list(self.started)
        parts = []
        for stage, following in zip(stages, [*stages[1:], None]):
            end = self.started[following] if following else self.last[stage]
            parts.append(f"{STAGE_NAMES.get(stage, stage).split()[0].lower()} "
                         f"{end - self.started[stage]:.1f} s")
        return ", ".join(parts)


def timeline_svg(points: list[dict], width: int = 720) -> str:
    """The dated points as a small SVG chart: one row per panel, meetings along a time axis,
    each dot a link to its item (with the item title as its tooltip). Drawn here rather than
    by a charting library: the browser shows it at once, even with several sessions busy."""
    dated = sorted((p for p in points if p.get("meeting_date")), key=lambda p: p["meeting_date"])
    if not dated:
        return ""
    panels = sorted({p["panel"] or "panel not stated" for p in dated})
    years = [int(p["meeting_date"][:4]) + (int(p["meeting_date"][5:7]) - 1) / 12 for p in dated]
    low, high = min(years) - 0.3, max(max(years), min(years) + 1) + 0.3  # room for the end dots
    left, right, row_height, top = 170, 20, 28, 10
    height = top + row_height * len(panels) + 30

    def x_of(year: float) -> float:
        return left + (year - low) / (high - low) * (width - left - right)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="100%" '
             f'viewBox="0 0 {width} {height}" aria-label="Meetings that discussed this topic, '
             f'by panel and date">']
    for row, panel in enumerate(panels):
        y = top + row_height * row + row_height / 2
        parts.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end" font-size="12" '
                     f'fill="currentColor">{html.escape(panel)}</text>'
                     f'<line x1="{left}" x2="{width - right}" y1="{y}" y2="{y}" stroke="#ccc"/>')
    axis_y = top + row_height * len(panels) + 14
    for tick in range(int(low), int(high) + 1):
        if left <= x_of(tick) <= width - right:
            parts.append(f'<text x="{x_of(tick):.0f}" y="{axis_y}" text-anchor="middle" '
                         f'font-size="11" fill="currentColor">{tick}</text>')
    for point, year in zip(dated, years):
        y = top + row_height * panels.index(point["panel"] or "panel not stated") + row_height / 2
        label = f'{point["panel"] or "panel not stated"}, {point["meeting_date"]}: {point["item_title"]}'
        href = f"?page=Browse&paper={point['doc_id']}&item={point.get('item_index', '')}"
        parts.append(f'<a href="{html.escape(href, quote=True)}" target="_self">'
                     f'<circle cx="{x_of(year):.1f}" cy="{y}" r="7" fill="#1f77b4" fill-opacity=".75">'
                     f'<title>{html.escape(label)}</title></circle></a>')
    parts.append("</svg>")
    return "".join(parts)
