"""Generated papers (hypothesis): items and chunks stay verbatim, cover the text, fit the limit."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ingest
from ingest.chunking import MAX_CHARS
from panelsearch.records import Document

# Lines that look like panel papers, and the characters that broke the chunk limit once
_LINES = st.one_of(
    st.sampled_from(["Police and Crime Panel", "Minutes of the meeting held on 3 March 2021",
                     "Agenda", "Items", "No. Item", "Minutes:", "RESOLVED that the report be noted.",
                     "Additional documents:", "pdf icon PDF 80 KB", ""]),
    st.builds(lambda n, t: f"{n}. {t}", st.integers(0, 400), st.text(min_size=0, max_size=40)),
    st.builds(lambda n: f"{n}", st.integers(0, 400)),
    st.text(alphabet=st.sampled_from("ab cd. EF\t\u200b\u00ad\u2028 "), min_size=0, max_size=600),
    st.text(min_size=0, max_size=120),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINES, min_size=1, max_size=60))
def test_items_and_chunks_are_verbatim_and_within_the_limit(lines):
    text = "\n".join(lines)
    doc = Document(doc_id="fuzz.txt", source="fuzz.txt", format="txt", text=text)
    items = ingest.segment(doc)
    previous_end = 0
    for item in items:
        assert doc.text[item.start:item.start + len(item.text)] == item.text
        assert item.start >= previous_end  # in order, never overlapping
        previous_end = item.start + len(item.text)
    chunks = ingest.chunk(doc, items)
    for chunk in chunks:
        assert len(chunk.text) <= MAX_CHARS
        assert doc.text[chunk.start:chunk.start + len(chunk.text)] == chunk.text
    covered = {i for c in chunks for i in range(c.start, c.start + len(c.text))}
    words = [i for i, ch in enumerate(text) if ch.isalnum()]
    assert all(i in covered for i in words)  # every word of the paper is in some chunk
