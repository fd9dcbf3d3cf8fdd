"""panelsearch in the browser: ask, filter, read cited passages in context, browse, evaluate.

A thin layer over the library (index, qa, eval, panelsearch.present); run with
`panelsearch serve` or `make app`. Every page can be linked: the question, the
filters and the Browse position are in the address (/?q=What+did+Dorset+decide+on+CCTV).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import json
import logging
import re
import tempfile
from pathlib import Path

import streamlit as st

import index
import qa
from eval import report as reporting
from index import store
from panelsearch import present, settings
from panelsearch.errors import PanelSearchError

log = logging.getLogger("panelsearch.app")
EXAMPLES = [
    "What did Dorset decide on CCTV?",
    "What did West Mercia decide about CCTV funding for community safety partnerships?",
    "How much has the use of stop and search fallen in Leicestershire?",
    "What did the Leicestershire panel resolve about the PCC's Annual Report 2014/15?",
]
SHOWN = 5  # meeting groups shown before "more"
DOC_TYPES = ["any", "minutes", "agenda", "report", "agenda pack", "item"]
CSS = """
<style>
.ps-card {border: 1px solid rgba(128,128,128,.35); border-radius: .5rem; padding: .75rem 1rem;
          margin-bottom: .75rem; scroll-margin-top: 4rem;}
.ps-meta {font-size: .85rem; opacity: .85; margin-bottom: .4rem;}
.ps-text {white-space: pre-wrap; font-size: .92rem; line-height: 1.45; overflow-wrap: anywhere;}
.ps-answer {font-size: 1.08rem; line-height: 1.6; padding: .6rem 0; white-space: pre-wrap;}
.ps-answer a {text-decoration: none; font-weight: 600;}
mark {background: #ffe48a; padding: 0 .1rem;}
@media (max-width: 480px) { .ps-answer {font-size: 1rem;} .ps-card {padding: .5rem .6rem;} }
</style>
"""


@st.cache_resource(show_spinner="Loading the index ...")
def load_searcher(index_dir: str, generation: str) -> index.Searcher:
    """Loaded once per process and index generation, shared by every session."""
    searcher = index.Searcher(index_dir)
    searcher.encode("warm up")
    return searcher


@st.cache_data(max_entries=512, show_spinner=False)
def cached_answer(index_dir: str, generation: str, question: str, filters_json: str) -> dict:
    """One answer per (question, filters, index generation), shared by every session."""
    searcher = load_searcher(index_dir, generation)
    answer = qa.ask(question, searcher, k=10, filters=index.Filters(**json.loads(filters_json)))
    return dataclasses.asdict(answer)


@st.cache_data(max_entries=256, show_spinner=False)
def cached_timeline(index_dir: str, generation: str, question: str) -> list[dict]:
    return [dataclasses.asdict(p) for p in qa.timeline(question, load_searcher(index_dir, generation))]


def current_searcher() -> tuple[index.Searcher, str] | None:
    index_dir = settings.index_dir()
    live = store.live_folder(index_dir)
    if live is None:
        return None
    return load_searcher(str(index_dir), live.name), live.name


def no_index_page() -> None:
    st.warning(f"No index yet in {present.plain(str(settings.index_dir()))}. Build it from "
               f"{present.plain(str(settings.corpus_dir()))} to start asking questions.")
    if st.button("Build the index now", type="primary"):
        build_with_progress()


def build_with_progress() -> None:
    """Reading, embedding (with passages per second and time left) and writing, as they happen."""
    bar = st.progress(0.0, text="Starting ...")
    stages = present.BuildProgress()

    def progress(stage: str, done: int, total: int) -> None:
        fraction, text = stages.update(stage, done, total)
        bar.progress(fraction, text=text)

    try:
        report = index.build(settings.corpus_dir(), settings.index_dir(), progress=progress)
    except PanelSearchError as exc:
        st.error(str(exc))
        return
    # shown once on the page the rerun opens, so the reader sees what was built
    st.session_state["built"] = (f"Indexed {report.files} files: {report.items} items, "
                                 f"{report.chunks} passages ({stages.summary()}).",
                                 [f"Skipped {present.plain(s.path)}: {present.plain(s.reason)}"
                                  for s in report.skipped])
    st.rerun()


def url_list(name: str) -> list[str]:
    return [v for v in st.query_params.get_all(name) if v]


def sidebar_filters(searcher: index.Searcher) -> index.Filters:
    """Panel, dates and document type, read from and written to the address."""
    st.sidebar.header("Filters")
    panels = sorted({p.panel for p in searcher.panels})
    if "panels" not in st.session_state:
        st.session_state["panels"] = [p for p in url_list("panel") if p in panels]
    chosen = st.sidebar.multiselect("Panel", panels, key="panels")
    papers = index.meetings(searcher)
    dates = sorted(m.meeting_date for m in papers if m.meeting_date)
    since = until = None
    if "use_dates" not in st.session_state:
        st.session_state["use_dates"] = bool(st.query_params.get("since"))
    if dates and st.sidebar.checkbox("Limit meeting dates", key="use_dates"):
        first, last = dt.date.fromisoformat(dates[0]), dt.date.fromisoformat(dates[-1])
        if "dates" not in st.session_state and st.query_params.get("since"):
            st.session_state["dates"] = (dt.date.fromisoformat(st.query_params["since"]),
                                         dt.date.fromisoformat(st.query_params.get("until", dates[-1])))
        picked = st.sidebar.date_input("Meetings between", (first, last), key="dates")
        if isinstance(picked, tuple) and len(picked) == 2:
            since, until = picked[0].isoformat(), picked[1].isoformat()
        undated = sum(1 for m in papers if not m.meeting_date)
        if undated:
            st.sidebar.caption(f"{undated} undated papers are kept in, unless the dates their text "
                               "names all fall outside these.")
    if "doc_type" not in st.session_state:
        wanted = st.query_params.get("type", "any")
        st.session_state["doc_type"] = wanted if wanted in DOC_TYPES else "any"
    doc_type = st.sidebar.selectbox("Document type", DOC_TYPES, key="doc_type")
    _set_param("panel", chosen)
    _set_param("since", since)
    _set_param("until", until)
    _set_param("type", None if doc_type == "any" else doc_type)
    return index.Filters(chosen, since, until, None if doc_type == "any" else doc_type)


def _set_param(name: str, value) -> None:
    if isinstance(value, list):
        if url_list(name) != value:
            st.query_params[name] = value
    elif value and st.query_params.get(name) != value:
        st.query_params[name] = value
    elif not value and name in st.query_params:
        del st.query_params[name]


def _typed() -> None:
    st.session_state["typed"] = True


def ask_page(searcher: index.Searcher, generation: str) -> None:
    chosen = sidebar_filters(searcher)
    if "built" in st.session_state:
        built, skipped = st.session_state.pop("built")
        st.success(built)
        for line in skipped:
            st.caption(line)
    st.title("Ask the panel papers")
    # The address and the box agree: a question typed here goes into the address; a new
    # address (a shared link, Back or Forward) goes into the box. Whichever changed wins.
    linked = st.query_params.get("q", "")
    if not st.session_state.pop("typed", False) and linked != st.session_state.get("url_seen"):
        st.session_state["question"] = linked
        st.session_state["url_seen"] = linked
    example = st.selectbox("Examples", ["(choose an example)"] + EXAMPLES, key="example")
    if example in EXAMPLES and st.session_state.get("last_example") != example:
        st.session_state["question"] = example
        st.session_state["last_example"] = example
    question = st.text_input("Your question", key="question", on_change=_typed,
                             placeholder="e.g. What did Dorset decide on CCTV?")
    st.button("Ask", type="primary")
    if question != linked:
        st.query_params["q"] = question  # the address now links to this question
        st.session_state["url_seen"] = question
    if not question.strip():
        st.caption(f"{len(searcher.manifest.files)} papers indexed from "
                   f"{len(searcher.panels)} panels.")
        return
    understood = qa.question_filters(question, searcher)
    parts = understood.parts()
    keep = list(parts)
    if parts:
        keep = st.pills("Understood from your question (click to remove)", list(parts),
                        selection_mode="multi", default=list(parts), key=f"pills-{question}") or []
    filters = understood.without(*(part for label, part in parts.items() if label not in keep)) \
        .overridden(chosen)
    try:
        data = cached_answer(str(searcher.index_dir), generation, question,
                             json.dumps(dataclasses.asdict(filters)))
    except PanelSearchError as exc:
        st.error(str(exc))
        return
    answer = qa.answer_from_json(data)
    show_answer(answer)
    show_timeline(searcher, generation, question)
    st.download_button("Export answer as Markdown", qa.to_markdown(answer),
                       file_name="panelsearch-answer.md", mime="text/markdown")
    show_passages(searcher, answer, question)


def show_answer(answer) -> None:
    by_rank = {p.rank: p for p in answer.passages}

    def link(match: re.Match) -> str:
        rank = int(match.group(1))
        label = present.citation_label(by_rank[rank]) if rank in by_rank else f"Citation {rank}"
        return (f'<a href="#passage-{rank}" aria-label="{html.escape(label, quote=True)}" '
                f'title="{html.escape(label, quote=True)}">[{rank}]</a>')

    body = re.sub(r"\[(\d+)\]", link, html.escape(present.readable(answer.answer)))
    if answer.abstained:
        st.markdown("**Not in the papers as asked.**")
    st.markdown(f'<div class="ps-answer">{body}</div>', unsafe_allow_html=True)
    undated = present.undated_note(answer.passages)
    if undated:
        st.caption(undated)


def show_timeline(searcher: index.Searcher, generation: str, question: str) -> None:
    """The meetings, by panel and over time, whose items discuss the question's topic."""
    points = cached_timeline(str(searcher.index_dir), generation, question)
    if not points:
        return
    count = f"{len(points)} agenda item" + ("s" if len(points) != 1 else "")
    with st.expander(f"Where this topic was discussed: {count}", expanded=True):
        chart = present.timeline_svg(points)
        if chart:
            st.markdown(chart, unsafe_allow_html=True)
        undated = [p for p in points if not p["meeting_date"]]
        for p in undated:
            st.caption(f"Undated: {present.plain(p['panel'] or 'panel not stated')}, "
                       f"{present.plain(p['item_title'])}")


def show_passages(searcher: index.Searcher, answer, question: str) -> None:
    st.subheader("Passages")
    order = st.radio("Order", ["relevance", "meeting date"], horizontal=True, key="order")
    groups = present.group_by_meeting(answer.passages, "date" if order == "meeting date" else "relevance")
    cited = qa.citations(answer)
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", question)
    more = st.session_state.get("more", False)
    for group in groups if more else groups[:SHOWN]:
        st.markdown(f"#### {present.plain(group.heading)}")
        marked = [c.sentence for c in cited if c.rank in {p.rank for p in group.passages}]
        for passage in group.passages:
            show_passage(passage, [c.sentence for c in cited if c.rank == passage.rank], words)
        # one whole item and one download per meeting item, not per passage: less to send
        show_item_and_source(searcher, group.passages[0], marked)
    if len(groups) > SHOWN and not more:
        st.button(f"Show {len(groups) - SHOWN} more meetings", key="show_more",
                  on_click=lambda: st.session_state.update(more=True))


def show_passage(passage, sentences: list[str], words: list[str]) -> None:
    text = present.marked_html(present.readable(passage.text), sentences, words)
    page = f" · page {passage.page}" if passage.page else ""
    st.markdown(f'<div class="ps-card" id="passage-{passage.rank}">'
                f'<div class="ps-meta"><b>[{passage.rank}]</b> {html.escape(passage.citation())}'
                f'{page} · score {passage.score:.2f}</div><div class="ps-text">{text}</div></div>',
                unsafe_allow_html=True)


def show_item_and_source(searcher: index.Searcher, passage, sentences: list[str]) -> None:
    chunk = searcher.chunk_by_id(passage.chunk_id)
    if chunk is not None and chunk.item_index >= 0:
        with st.expander(f"Read the whole item: {present.plain(passage.item_title)}"):
            whole = present.readable(index.item_text(searcher, chunk.doc_id, chunk.item_index))
            st.markdown(f'<div class="ps-text">{present.marked_html(whole, sentences)}</div>',
                        unsafe_allow_html=True)
    source = searcher.source_file(passage.doc_id, settings.corpus_dir())
    if source is not None:
        # read on click only: a PDF of several MB is not sent with every answer
        st.download_button(f"Download {present.plain(source.name)}", source.read_bytes,
                           file_name=source.name, key=f"dl-{passage.rank}", on_click="ignore")


def browse_page(searcher: index.Searcher) -> None:
    st.title("Browse meetings")
    papers = index.meetings(searcher)
    panels = sorted({m.panel or "panel not stated" for m in papers})
    wanted = st.query_params.get("paper")
    if "browse_panel" not in st.session_state:
        from_paper = next((m.panel or "panel not stated" for m in papers if m.doc_id == wanted), None)
        st.session_state["browse_panel"] = from_paper or st.query_params.get("panel_b", panels[0])
    panel = st.selectbox("Panel", panels, key="browse_panel")
    shown = [m for m in papers if (m.panel or "panel not stated") == panel]
    labels = [f"{m.meeting_date or 'undated'} · {m.doc_type} · {m.doc_id} ({m.items} items)"
              for m in shown]
    ids = [m.doc_id for m in shown]
    if st.session_state.get("browse_paper") not in labels and wanted in ids:
        st.session_state["browse_paper"] = labels[ids.index(wanted)]
    choice = st.radio("Paper", labels, key="browse_paper", format_func=present.plain)
    paper = shown[labels.index(choice)]
    st.query_params["panel_b"] = panel
    st.query_params["paper"] = paper.doc_id
    if paper.body:
        st.caption(present.plain(paper.body))
    opened = st.query_params.get("item")  # a timeline dot opens its own item
    for item in index.items_of(searcher, paper.doc_id):
        number = f"{item.number}. " if item.number else ""
        date = f" ({item.meeting_date})" if item.meeting_date != paper.meeting_date else ""
        page = f", p. {item.page}" if item.page else ""
        with st.expander(present.plain(f"{number}{item.title}{date}{page}"),
                         expanded=opened == str(item.item_index)):
            text = present.readable(index.item_text(searcher, paper.doc_id, item.item_index))
            st.markdown(f'<div class="ps-text">{html.escape(text)}</div>', unsafe_allow_html=True)


def evaluation_page() -> None:
    st.title("Evaluation")
    folder = reporting.REPORT_DIR
    uploaded = st.file_uploader("Score your own questions (JSONL: id, question, answerable, "
                                "evidence)", type=["jsonl"], key="questions_upload")
    if uploaded is not None and st.button("Score these questions", key="score_upload"):
        with tempfile.TemporaryDirectory(prefix="panelsearch-upload-") as work:
            path = Path(work) / "questions.jsonl"
            path.write_bytes(uploaded.getvalue())
            run_evaluation(path, Path(work) / "report")
            show_report(Path(work) / "report")
        return
    if st.button("Run the evaluation on the development sets", key="run_eval"):
        run_evaluation(None, settings.index_dir() / "eval-report")
    latest = settings.index_dir() / "eval-report"
    show_report(latest if (latest / "report.md").is_file() else folder)


def run_evaluation(questions: Path | None, out: Path) -> None:
    """Runs write to the index folder or a temporary folder, never into the install."""
    import eval as evaluation

    bar = st.progress(0.0, text="Indexing the development papers ...")

    def progress(stage: str, done: int, total: int) -> None:
        bar.progress(min(done / max(total, 1), 1.0), text=f"{stage}: {done} of {total}")

    try:
        with st.spinner("Scoring every method and every answer (a few minutes) ..."):
            report = evaluation.run(settings.corpus_dir(), settings.dev_dir(), questions,
                                    settings.index_dir(), progress=progress)
    except PanelSearchError as exc:
        st.error(str(exc))
        return
    bar.progress(1.0, text="Done")
    reporting.write(report, out)


def show_report(folder: Path) -> None:
    report_md = folder / "report.md"
    if not report_md.is_file():
        st.info("No evaluation report yet: run `panelsearch eval` or press the button above.")
        return
    st.markdown(report_md.read_text(encoding="utf-8").split("![")[0])
    plot = folder / "retrieval.png"
    if plot.is_file():
        st.image(str(plot))


def main() -> None:
    st.set_page_config(page_title="panelsearch", page_icon=":mag:", layout="wide")
    st.markdown(CSS, unsafe_allow_html=True)
    try:
        loaded = current_searcher()
        if loaded is None:
            no_index_page()
            return
        searcher, generation = loaded
        pages = ["Ask", "Browse", "Evaluation"]
        if "page" not in st.session_state:
            wanted = st.query_params.get("page", "Ask")
            st.session_state["page"] = wanted if wanted in pages else "Ask"
        page = st.sidebar.radio("Page", pages, key="page")
        _set_param("page", None if page == "Ask" else page)
        if page == "Ask":
            ask_page(searcher, generation)
        elif page == "Browse":
            browse_page(searcher)
        else:
            evaluation_page()
    except PanelSearchError as exc:
        st.error(str(exc))
    except Exception as exc:  # noqa: BLE001 - a visitor sees one line; the log has the rest
        log.exception("app error")
        st.error(f"Something went wrong ({type(exc).__name__}); the server log has the details.")


main()
