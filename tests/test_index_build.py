"""Building the index: contents, incremental updates, atomic replacement."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

import index
from index import store
from panelsearch.errors import IndexMismatch, NoIndex
from tests.conftest import CORPUS, ROOT, searcher_of


def test_manifest_records_embedder_faiss_kind_and_hashes(seed_index):
    manifest = store.read_manifest(seed_index)
    assert manifest.embedder == "all-MiniLM-L6-v2" and manifest.dimension == 384
    assert manifest.faiss == "flat"
    assert set(manifest.files) == {p.name for p in CORPUS.iterdir()}
    assert all(len(entry.hash) == 64 for entry in manifest.files.values())
    panels = {p.panel for p in manifest.panels}
    assert panels == {"Dorset", "Essex", "Lancashire", "Leicestershire", "West Mercia"}


def test_chunks_are_verbatim_short_and_carry_item_metadata(searcher):
    texts = {p.name: p.read_text(encoding="utf-8") for p in CORPUS.iterdir()}
    for chunk in searcher.chunks:
        assert len(chunk.text) <= 1500
        assert texts[chunk.doc_id][chunk.start:chunk.start + len(chunk.text)] == chunk.text
        assert chunk.panel and chunk.doc_type
        assert chunk.item_title in chunk.context
    assert searcher.data.vectors.shape == (len(searcher.chunks), 384)


def test_every_item_is_covered_by_its_chunks(searcher):
    import ingest

    doc = ingest.load(CORPUS / "dorset-pcp-2017-09-22-minutes.txt")
    items = ingest.segment(doc)
    for position, item in enumerate(items):
        pieces = [c for c in searcher.chunks if c.doc_id == doc.doc_id and c.item_index == position]
        covered = set()
        for c in pieces:
            covered.update(range(c.start, c.start + len(c.text)))
        words = [m.start() + item.start for m in __import__("re").finditer(r"\w", item.text)]
        assert all(w in covered for w in words), item.title


def test_each_stored_vector_is_its_own_texts(tmp_path):
    """Ingest embeds a text met twice (a sentence in two chunks' overlap, a repeated line)
    once; every chunk and sentence must still get its own text's vector."""
    from index import store

    repeated = "Officers will bring the custody suite costs back to the Panel in June."
    searcher = searcher_of(tmp_path, {"kent.txt": (
        "Kent Police and Crime Panel\nMinutes of the meeting held on 3 March 2020\n\n"
        f"1. Apologies\n\nNone were received. {repeated}\n\n"
        f"2. Precept\n\nThe precept was agreed at £5 a year. {repeated}\n\n"
        "3. Estates\n\nThe new custody suite opens in May.\n")})
    sentences = [s for row in range(len(searcher.chunks)) for s in searcher.sentences(row)[0]]
    assert sentences.count(repeated) == 2
    for row, chunk in enumerate(searcher.chunks):
        assert float(searcher.vector(row) @ searcher.encode(store.indexed_text(chunk))) > 0.999
        for text, vector in zip(*searcher.sentences(row)):
            assert float(vector @ searcher.encode(text)) > 0.99  # stored as float16


def test_an_items_last_line_is_a_sentence_but_a_windows_cut_is_not(tmp_path):
    """A resolution printed without a full stop ends its item, and so does a stored page cut
    off mid-sentence: no other chunk holds more of either. A long item's windows overlap, so
    a sentence one window cuts is whole in the next."""
    resolution = ("To formally co-opt Councillors Amanda Paget and John Wright as members of the "
                  "Derbyshire Police and Crime Panel")
    cut = "There was a particular focus on the increased use of technology, body cameras and"
    long_item = " ".join(f"Members asked question {n} about the estates programme and the "
                         f"Commissioner answered it in full." for n in range(1, 80))
    searcher = searcher_of(tmp_path, {"derbyshire.txt": (
        "Derbyshire Police and Crime Panel\nMinutes of the meeting held on 3 March 2023\n\n"
        f"33/23 Appointment of Co-opted Members\n\nRESOLVED:\n\n{resolution}\n\n"
        f"34/23 Estates Update\n\n{long_item}\n\n"
        f"35/23 Chief Constable's Presentation\n\nThe panel welcomed the presentation. {cut}")})
    sentences = [s for row in range(len(searcher.chunks)) for s in searcher.sentences(row)[0]]
    assert resolution in sentences
    assert cut in sentences
    estates = [c for c in searcher.chunks if c.item_title == "Estates Update"]
    assert len(estates) > 1  # windows
    assert all(s.endswith("in full.") for s in sentences if s.startswith("Members asked"))


def test_first_ingest_reads_and_embeds_every_file(small_index_built):
    first = small_index_built[2]
    assert first.read == 2 and first.embedded == first.chunks > 0 and not first.up_to_date


def test_incremental_reingest(small_corpus, small_index):
    target = small_index
    before = len(index.Searcher(target).chunks)
    again = index.build(small_corpus, target)
    assert again.up_to_date and again.embedded == 0 and again.chunks == before

    dorset = small_corpus / "dorset-pcp-2017-09-22-minutes.txt"
    dorset.write_text(dorset.read_text(encoding="utf-8") + "\n88.\n\nAny Other Business\n\n"
                      "The Panel noted a late report on drones.\n", encoding="utf-8")
    changed = index.build(small_corpus, target)
    assert (changed.read, changed.reused) == (1, 1)
    dorset_chunks = [c for c in index.Searcher(target).chunks if c.doc_id == dorset.name]
    assert changed.embedded == len(dorset_chunks)
    assert any("drones" in c.text for c in dorset_chunks)

    (small_corpus / "west-mercia-pcp-performance-monitoring-minutes.txt").unlink()
    removed = index.build(small_corpus, target)
    assert removed.removed == 1 and removed.embedded == 0
    assert {c.doc_id for c in index.Searcher(target).chunks} == {dorset.name}


def test_up_to_date_ingest_reads_only_the_manifest(small_corpus, small_index, monkeypatch):
    """At a million chunks the vectors and chunks are gigabytes: a re-ingest with nothing new
    must not read them."""
    chunks = len(index.Searcher(small_index).chunks)

    def refuse(*_args):
        raise AssertionError("an up-to-date ingest read the index contents")

    monkeypatch.setattr(store, "generation", refuse)
    report = index.build(small_corpus, small_index)
    assert report.up_to_date and report.chunks == chunks


def test_index_cut_by_older_segmentation_code_is_read_again(tiny_corpus, tmp_path):
    target = tmp_path / "idx"
    index.build(tiny_corpus, target)
    manifest_file = store.live_folder(target) / "manifest.json"
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    current = manifest["ingest_code"]
    manifest["ingest_code"] = "older-segmentation-rules"  # as an index built before an upgrade
    manifest_file.write_text(json.dumps(manifest), encoding="utf-8")
    report = index.build(tiny_corpus, target)
    assert not report.up_to_date and report.read == 2 and report.reused == 0
    assert store.read_manifest(target).ingest_code == current


def test_bad_files_are_skipped_and_remembered(small_corpus, small_index):
    (small_corpus / "broken.pdf").write_bytes(b"%PDF-1.4 nonsense")
    report = index.build(small_corpus, small_index)
    assert [s.path.endswith("broken.pdf") for s in report.skipped] == [True]
    again = index.build(small_corpus, small_index)
    assert again.up_to_date and "corrupt" in again.skipped[0].reason


def test_failed_build_leaves_previous_index_live(small_corpus, small_index, monkeypatch):
    target = small_index
    before = store.read_manifest(target)

    def explode(texts):
        raise RuntimeError("disk full")

    (small_corpus / "new.txt").write_text("Kent Police and Crime Panel\n\n1. Apologies\n\nNone.\n"
                                          "\n2. Knife crime\n\nThe Panel discussed knife crime.\n",
                                          encoding="utf-8")
    monkeypatch.setattr(store.LexicalIndex, "build", staticmethod(explode))
    with pytest.raises(RuntimeError):
        index.build(small_corpus, target)
    assert store.read_manifest(target) == before
    assert index.Searcher(target).search("CCTV funding", 3)
    monkeypatch.undo()
    index.build(small_corpus, target)
    assert [p.name for p in target.iterdir() if p.name.startswith("tmp-")] == []
    assert "new.txt" in store.read_manifest(target).files


def test_killed_ingest_leaves_previous_index_usable(small_corpus, small_index):
    """SIGKILL while the new generation is being written. Writing a small index takes tens of
    milliseconds, so should the poll miss that window the ingest finishes; then another paper is
    added and the ingest run again."""
    target = small_index
    env = dict(os.environ, PANELSEARCH_INDEX=str(target))
    for paper in ("essex-pcc-performance-board-2017-05-25.txt",
                  "lancashire-pcp-2018-03-12-performance-report.md",
                  "leicestershire-pcp-2015-09-16-agenda-pack.txt"):
        live_before = store.live_folder(target)
        shutil.copy(CORPUS / paper, small_corpus / paper)
        process = subprocess.Popen([sys.executable, "-m", "panelsearch.cli", "ingest", "--corpus",
                                    str(small_corpus)], cwd=ROOT, env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        while not list(target.glob("tmp-gen-*")) and process.poll() is None:
            time.sleep(0.002)
        if process.poll() is None:
            break
        assert process.returncode == 0, process.communicate()
    else:
        pytest.fail("three ingests finished before the poll saw them writing")
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert store.live_folder(target) == live_before
    hits = index.Searcher(target).search("CCTV funding for community safety partnerships", 3)
    assert hits and hits[0].chunk.panel == "West Mercia"


def test_missing_index_and_embedder_mismatch_are_clear_errors(seed_index, tmp_path, monkeypatch):
    with pytest.raises(NoIndex):
        index.Searcher(tmp_path / "nothing-here")
    manifest_path = store.live_folder(seed_index) / "manifest.json"
    copy = tmp_path / "copy"
    shutil.copytree(seed_index, copy)
    manifest = json.loads(manifest_path.read_text())
    manifest["embedder"] = "some-other-model"
    (store.live_folder(copy) / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatch, match="some-other-model"):
        index.Searcher(copy)


def test_hnsw_index_searches_with_filters(small_corpus, small_index):
    report = index.build(small_corpus, small_index, faiss_kind="hnsw")
    searcher = index.Searcher(small_index)
    assert searcher.manifest.faiss == "hnsw" and report.chunks == len(searcher.chunks)
    assert report.embedded == 0  # a new FAISS kind re-indexes the vectors it already has
    hits = searcher.search("CCTV", 5, index.Filters(panels=["Dorset"]), method="dense")
    assert len(hits) == 5 and {h.chunk.panel for h in hits} == {"Dorset"}


def test_second_ingest_on_the_same_index_is_refused(small_corpus, small_index):
    import fcntl

    from panelsearch.errors import PanelSearchError

    target = small_index
    with open(target / ".lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a running ingest holds it
        with pytest.raises(PanelSearchError, match="another ingest"):
            index.build(small_corpus, target)
    assert index.build(small_corpus, target).files == 2


def test_manifest_round_trips_and_ignores_keys_it_does_not_know():
    from panelsearch.records import FileEntry, Manifest

    manifest = Manifest("all-MiniLM-L6-v2", 384, "corpus", files={
        "a.txt": FileEntry("f" * 64, "corpus/a.txt", "Dorset", "Dorset Police and Crime Panel",
                           "2017-09-22", "minutes", items=11, chunks=26)})
    data = manifest.as_json()
    assert data["panels"] == [{"panel": "Dorset", "body": "Dorset Police and Crime Panel"}]
    assert Manifest.from_json(data) == manifest
    data["shards"] = 4  # as a newer version might write
    data["files"]["a.txt"]["language"] = "en"
    assert Manifest.from_json(data) == manifest
