"""The Streamlit app through Streamlit's AppTest: ask, filters, abstention, browse, no index."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT

APP = str(ROOT / "app.py")


@pytest.fixture
def app(seed_index, monkeypatch):
    monkeypatch.setenv("PANELSEARCH_INDEX", str(seed_index))
    return AppTest.from_file(APP, default_timeout=180)


def _markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def _linked(app, question: str) -> str:
    """The page's Markdown after opening the app at a link asking `question`."""
    app.query_params["q"] = question
    app.run()
    assert not app.exception
    return _markdown(app)


def test_linked_question_is_answered_with_abstention(app):
    text = _linked(app, "What did Dorset decide on CCTV?")
    assert "Not in the papers as asked" in text
    assert "The Dorset papers do not discuss CCTV" in text and "West Mercia" in text
    assert 'href="#passage-1"' in text and 'id="passage-1"' in text
    assert app.text_input(key="question").value == "What did Dorset decide on CCTV?"


def test_asking_shows_cited_answer_and_passages(app):
    app.run()
    app.text_input(key="question").input("How large is the Essex general reserve?")
    app.button[0].click()
    app.run()
    text = _markdown(app)
    assert "13.2m" in text and "<mark>" in text
    assert "Not in the papers" not in text
    assert app.query_params["q"] == "How large is the Essex general reserve?"
    assert any("Read the whole item" in e.label for e in app.expander)


def test_sidebar_panel_filter_restricts_passages(app):
    app.run()
    app.sidebar.multiselect(key="panels").select("West Mercia")
    app.text_input(key="question").input("What was said about CCTV?")
    app.run()
    cards = [m.value for m in app.markdown if 'class="ps-card"' in m.value]
    assert cards and all("West Mercia" in card for card in cards)


def test_understood_filter_can_be_removed(app):
    app.query_params["q"] = "What did Dorset decide on CCTV?"
    app.run()
    pills = app.get("button_group")[0]
    assert "panel: Dorset" in pills.options
    pills.set_value(["asks for a decision"]).run()
    text = _markdown(app)
    assert "The Dorset papers do not discuss" not in text  # without the panel, West Mercia answers


def test_paper_text_is_escaped(app, tmp_path, monkeypatch):
    import index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        "Dorset Police and Crime Panel\n\n1. Apologies\n\nNone.\n\n2. Drones\n\nThe Panel "
        "discussed drones <script>alert('x')</script> and <b>bold</b> claims about drones.\n")
    index.build(corpus, tmp_path / "idx")
    monkeypatch.setenv("PANELSEARCH_INDEX", str(tmp_path / "idx"))
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["q"] = "What did the panel discuss about drones?"
    at.run()
    text = _markdown(at)
    assert "<script>" not in text and "<b>bold</b>" not in text  # tags never reach the page
    assert "alert(&#x27;x&#x27;)" in text or "alert('x')" in text  # their words shown as text


def test_browse_lists_meetings_and_items(app):
    app.run()
    app.sidebar.radio(key="page").set_value("Browse").run()
    app.selectbox(key="browse_panel").set_value("Leicestershire").run()
    labels = [e.label.replace("\\", "") for e in app.expander]  # labels are Markdown-escaped
    assert "145. Chairman's Announcement (2015-07-17)" in labels
    assert any(label.startswith("5. Project Edison Review") for label in labels)
    assert app.query_params["paper"] and app.query_params["panel_b"] == "Leicestershire"


def test_evaluation_page_without_report_says_how(app, monkeypatch, tmp_path):
    from eval import report

    monkeypatch.setattr(report, "REPORT_DIR", tmp_path / "none")
    app.run()
    app.sidebar.radio(key="page").set_value("Evaluation").run()
    assert not app.exception
    assert any("panelsearch eval" in i.value for i in app.info)


def test_no_index_offers_to_build(monkeypatch, tmp_path):
    monkeypatch.setenv("PANELSEARCH_INDEX", str(tmp_path / "empty"))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert any("No index yet" in w.value for w in at.warning)
    assert at.button[0].label == "Build the index now"


def test_three_questions_in_a_row_each_get_their_answer(app):
    app.run()
    for question, expected in [("How large is the Essex general reserve?", "13.2m"),
                               ("What did Dorset decide on CCTV?", "The Dorset papers do not discuss"),
                               ("What did West Mercia decide about CCTV funding?", "65,000")]:
        app.text_input(key="question").input(question).run()
        assert app.text_input(key="question").value == question
        assert app.query_params["q"] == question
        assert expected in _markdown(app), question


def test_passages_are_grouped_by_meeting_with_more(app):
    app.query_params["q"] = "What was said about CCTV?"
    app.run()
    headings = [m.value for m in app.markdown if m.value.startswith("#### ")]
    assert headings and all(" · " in h for h in headings)
    assert len(headings) <= 5
    assert app.radio(key="order").options == ["relevance", "meeting date"]


def test_filters_are_in_the_address_and_read_back(app, seed_index):
    app.run()
    app.sidebar.multiselect(key="panels").select("West Mercia")
    app.sidebar.selectbox(key="doc_type").set_value("minutes")
    app.text_input(key="question").input("What was said about CCTV?").run()
    assert app.query_params["panel"] == ["West Mercia"] or app.query_params["panel"] == "West Mercia"
    assert app.query_params["type"] == "minutes"
    shared = AppTest.from_file(APP, default_timeout=180)
    shared.query_params["q"] = "What was said about CCTV?"
    shared.query_params["panel"] = "West Mercia"
    shared.query_params["type"] = "minutes"
    shared.run()
    assert shared.sidebar.multiselect(key="panels").value == ["West Mercia"]
    assert shared.sidebar.selectbox(key="doc_type").value == "minutes"


def test_paper_markup_is_shown_as_text(tmp_path, monkeypatch):
    import index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "paper.md").write_text(
        "# Dorset Police and Crime Panel\n\nMinutes of the meeting held on 3 March 2021\n\n"
        "## 1. Drones\n\n#### POLICE AND CRIME PANEL\n\nThe Panel discussed police drones "
        "with <a href=\"mailto:clerk@example.org\">the clerk</a> and ![x](http://example.org/x.png) "
        "an image.\n\n## 2. Close\n\nThe meeting closed.\n", encoding="utf-8")
    index.build(corpus, tmp_path / "idx")
    monkeypatch.setenv("PANELSEARCH_INDEX", str(tmp_path / "idx"))
    monkeypatch.setenv("PANELSEARCH_CORPUS", str(corpus))
    at = AppTest.from_file(APP, default_timeout=180)
    at.query_params["q"] = "What did the panel say about drones?"
    at.run()
    cards = "\n".join(m.value for m in at.markdown if "ps-text" in m.value)
    assert "####" not in cards and "<a href" not in cards and "example.org/x.png" not in cards
    assert "POLICE AND CRIME PANEL" in cards and "the clerk" in cards
    answer = "\n".join(m.value for m in at.markdown if "ps-answer" in m.value)
    assert "drones" in answer and "&lt;a href" not in answer and "<a href=\"mailto" not in answer


def test_undated_papers_are_said_to_be_undated(app):
    app.query_params["q"] = "What did West Mercia decide about CCTV funding?"
    app.run()
    assert any(c.value.endswith("of these passages come from papers that print no meeting date.")
               or c.value == "1 of these passages comes from a paper that prints no meeting date."
               for c in app.caption)


@pytest.mark.parametrize("dates, note", [
    (["2017-09-22", "2017-09-22"], None),
    ([None, "2017-09-22"], "1 of these passages comes from a paper that prints no meeting date."),
    ([None, None], "2 of these passages come from papers that print no meeting date."),
])
def test_undated_note_counts_in_plain_english(dates, note):
    from panelsearch.present import undated_note
    from panelsearch.records import Passage

    passages = [Passage(rank=i, doc_id="a.txt", source="a.txt", panel="Dorset", meeting_date=date,
                        item_number="1", item_title="T", page=None, text="x", score=0.0)
                for i, date in enumerate(dates, start=1)]
    assert undated_note(passages) == note


def test_uploaded_question_file_is_scored(small_index, small_corpus, monkeypatch):
    monkeypatch.setenv("PANELSEARCH_INDEX", str(small_index))
    monkeypatch.setenv("PANELSEARCH_CORPUS", str(small_corpus))
    questions = "\n".join(json.dumps(q) for q in [
        {"id": "u1", "question": "What did West Mercia decide about CCTV funding?",
         "answerable": True, "evidence": "£65,000"},
        {"id": "u2", "question": "What did Dorset decide on CCTV?",
         "answerable": False, "evidence": ""}])
    at = AppTest.from_file(APP, default_timeout=300)
    at.query_params["page"] = "Evaluation"
    at.run()
    at.file_uploader(key="questions_upload").upload("mine.jsonl", questions.encode(), "application/json")
    at.run()
    at.button(key="score_upload").click().run()
    report = _markdown(at)
    assert not at.error and not at.exception, [e.value for e in at.error]
    assert "custom" in report and "Recall@5" in report
    assert "| as shipped (fitted on these) | 1 of 1 | 1 of 1 |" in report
    assert "| held out by panel | not computed" in report  # two questions can't be refitted
    assert not (small_index / "eval-report").exists()  # an upload's run is kept in a temporary folder


def test_building_from_the_app_reports_each_stage(tiny_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("PANELSEARCH_INDEX", str(tmp_path / "new-index"))
    monkeypatch.setenv("PANELSEARCH_CORPUS", str(tiny_corpus))
    (tiny_corpus / "broken.pdf").write_bytes(b"%PDF-1.4 nonsense")
    at = AppTest.from_file(APP, default_timeout=300)
    at.run()
    at.button[0].click().run()
    built = " ".join(s.value for s in at.success)
    assert "Indexed 3 files" in built
    assert all(stage in built for stage in ("reading", "embedding", "writing")), built
    assert any("broken" in c.value and "corrupt" in c.value for c in at.caption)
    assert at.text_input(key="question")  # and the page is now the question page


def test_build_progress_names_stage_rate_and_time_left():
    from panelsearch.present import BuildProgress

    now = iter([0.0, 1.0, 1.0, 5.0, 6.0, 6.5])
    progress = BuildProgress(clock=lambda: next(now))
    assert progress.update("read", 1, 2)[1] == "Reading and segmenting papers: 1 of 2"
    progress.update("read", 2, 2)
    progress.update("embed", 0, 100)
    fraction, text = progress.update("embed", 40, 100)
    assert fraction == 0.4 and "10 per second, about 6 s left" in text
    progress.update("write", 0, 1)
    progress.update("write", 1, 1)
    assert progress.summary() == "reading 1.0 s, embedding 5.0 s, writing 0.5 s"


def test_timeline_chart_links_each_dated_item_and_escapes_titles():
    from panelsearch.present import timeline_svg

    svg = timeline_svg([
        {"panel": "Dorset", "meeting_date": "2017-09-22", "doc_id": "d.txt", "item_index": 3,
         "item_title": "CCTV <b>"},
        {"panel": "West Mercia", "meeting_date": "2019-03-01", "doc_id": "w.txt", "item_title": "Grants"},
        {"panel": None, "meeting_date": None, "doc_id": "u.txt", "item_title": "Undated item"}])
    assert svg.count("<circle") == 2 and "Undated item" not in svg
    assert 'href="?page=Browse&amp;paper=d.txt&amp;item=3"' in svg and "CCTV &lt;b&gt;" in svg
    assert ">2018<" in svg and ">Dorset<" in svg and ">West Mercia<" in svg
    assert timeline_svg([{"panel": "Dorset", "meeting_date": None, "doc_id": "u", "item_title": "x"}]) == ""


def test_whole_item_is_shown_with_the_cited_sentence_marked(app):
    app.query_params["q"] = "How large is the Essex general reserve?"
    app.run()
    assert [e for e in app.expander if e.label.startswith("Read the whole item")]
    items = [m.value for m in app.markdown if m.value.startswith('<div class="ps-text">')]
    assert items and any("<mark>" in item and "13.2m" in item for item in items)


def test_a_meeting_overview_lists_items_linked_to_their_passages(app):
    text = _linked(app, "What did the Dorset panel consider in September 2017?")
    assert "its items:" in text
    assert "Grants and Commissioning Update" in text
    assert 'href="#passage-1"' in text and 'id="passage-1"' in text
