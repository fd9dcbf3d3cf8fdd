"""Browsing the index: meetings, their items, an item's text rebuilt verbatim."""

from __future__ import annotations

import pytest

import index
import ingest
from tests.conftest import CORPUS


def test_meetings_list_every_paper_with_its_metadata(searcher):
    meetings = {m.doc_id: m for m in index.meetings(searcher)}
    assert set(meetings) == {p.name for p in CORPUS.iterdir()}
    pack = meetings["leicestershire-pcp-2015-09-16-agenda-pack.txt"]
    assert (pack.panel, pack.meeting_date, pack.doc_type, pack.items) == \
        ("Leicestershire", "2015-09-16", "agenda pack", 15)


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir()))
def test_item_text_is_rebuilt_verbatim_from_chunks(searcher, name):
    doc = ingest.load(CORPUS / name)
    items = ingest.segment(doc)
    listed = index.items_of(searcher, name)
    assert [(e.number, e.title) for e in listed] == [(i.number, i.title) for i in items]
    for entry, item in zip(listed, items):
        assert index.item_text(searcher, name, entry.item_index) == item.text


def test_neighbours_stay_inside_one_item(searcher):
    for row, chunk in enumerate(searcher.chunks):
        for other in searcher.neighbours(row):
            if other is not None:
                assert (searcher.chunks[other].doc_id, searcher.chunks[other].item_index) == \
                    (chunk.doc_id, chunk.item_index)
