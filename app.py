"""panelsearch in the browser: ask, filter, read cited passages in context, browse, evaluate.

A thin layer over the library (index, qa, eval); run with `panelsearch serve` or
`make app`. A question can be linked: /?q=What+did+Dorset+decide+on+CCTV
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import streamlit as st

import index
import qa
from eval import report as reporting
from index import store
from panelsearch import settings
from panelsearch.errors import PanelSearchError
from panelsearch.render import citation

EXAMPLES = [
    "What did Dorset decide on CCTV?",
    "What did West Mercia decide about CCTV funding for community safety partnerships?",
    "How much has the use of stop and search fallen in Leicestershire?",
    "What did the Leicestershire panel resolve about the PCC's Annual Report 2014/15?",
]
CSS = """
<style>
.ps-card {border: 1px solid rgba(128,128,128,.35); border-radius: .5rem; padding: .75rem 1rem;
          margin-bottom: .75rem; scroll-margin-top: 4rem;}
.ps-meta {font-size: .85rem; opacity: .8; margin-bottom: .4rem;}
.ps-text {white-space: pre-wrap; font-size: .92rem; line-height: 1.45;}
.ps-answer {font-size: 1.08rem; line-height: 1.6; padding: .6rem 0;}
.ps-answer a {text-decoration: none; font-weight: 600;}
mark {background: #ffe48a; padding: 0 .1rem;}
</style>
"""


@st.cache_resource(show_spinner="Loading the index and the model ...")
def load_searcher(index_dir: str, generation: str) -> index.Searcher:
    """Loaded once per process and index generation, not per question."""
    searcher = index.Searcher(index_dir)
    searcher.encode_query("warm up")
    return searcher


def current_searcher() -> index.Searcher | None:
    index_dir = settings.index_dir()
    live = store.live_folder(index_dir)
    if live is None:
        return None
    return load_searcher(str(index_dir), live.name)


def no_index_page() -> None:
    st.warning(f"No index yet in `{settings.index_dir()}`. Build it from "
               f"`{settings.corpus_dir()}` to start asking questions.")
    if st.button("Build the index now", type="primary"):
        bar = st.progress(0.0, text="Starting ...")
        stages = {"read": "Reading and segmenting papers", "embed": "Embedding chunks",
                  "write": "Writing the index"}

        def progress(stage: str, done: int, total: int) -> None:
            bar.progress(min(done / max(total, 1), 1.0), text=f"{stages.get(stage, stage)}: "
                                                              f"{done}/{total}")

        try:
            report = index.build(settings.corpus_dir(), settings.index_dir(), progress=progress)
        except PanelSearchError as exc:
            st.error(str(exc))
            return
        st.success(f"Indexed {report.files} files: {report.items} items, {report.chunks} chunks.")
        for skipped in report.skipped:
            st.caption(f"Skipped {skipped.path}: {skipped.reason}")
        st.rerun()


def sidebar_filters(searcher: index.Searcher) -> qa.Overrides:
    st.sidebar.header("Filters")
    panels = sorted({p["panel"] for p in searcher.manifest.get("panels", [])})
    chosen = st.sidebar.multiselect("Panel", panels, key="panels")
    dates = sorted(m.meeting_date for m in index.meetings(searcher) if m.meeting_date)
    since = until = None
    if dates and st.sidebar.checkbox("Limit meeting dates", key="use_dates"):
        first, last = dt.date.fromisoformat(dates[0]), dt.date.fromisoformat(dates[-1])
        picked = st.sidebar.date_input("Meetings between", (first, last), key="dates")
        if isinstance(picked, tuple) and len(picked) == 2:
            since, until = picked[0].isoformat(), picked[1].isoformat()
    doc_type = st.sidebar.selectbox("Document type", ["any", "minutes", "agenda", "report",
                                                      "agenda pack"], key="doc_type")
    return qa.Overrides(panels=chosen or None, since=since, until=until,
                        doc_type=None if doc_type == "any" else doc_type)


def ask_page(searcher: index.Searcher) -> None:
    overrides = sidebar_filters(searcher)
    linked = st.query_params.get("q", "")
    if linked and st.session_state.get("linked") != linked:
        st.session_state["question"] = linked
        st.session_state["linked"] = linked
    st.title("Ask the panel papers")
    example = st.selectbox("Examples", ["(choose an example)"] + EXAMPLES, key="example")
    if example in EXAMPLES and st.session_state.get("last_example") != example:
        st.session_state["question"] = example
        st.session_state["last_example"] = example
    question = st.text_input("Your question", key="question",
                             placeholder="e.g. What did Dorset decide on CCTV?")
    st.button("Ask", type="primary")
    if not question.strip():
        st.caption(f"{len(searcher.manifest['files'])} papers indexed from "
                   f"{len(searcher.manifest.get('panels', []))} panels.")
        return
    if st.query_params.get("q") != question:
        st.query_params["q"] = question  # the address bar now links to this question

    understood = qa.understand(question, qa.panel_catalog(searcher.manifest.get("panels", [])))
    kinds = labels_kinds(understood)
    labels = list(kinds)
    keep = labels
    if labels:
        keep = st.pills("Understood from your question (click to remove)", labels,
                        selection_mode="multi", default=labels, key=f"pills-{question}") or []
    overrides.ignore = frozenset(kind for label, kind in kinds.items() if label not in keep)
    answer = qa.ask(question, searcher, k=10, overrides=overrides)
    show_answer(answer)
    st.download_button("Export answer as Markdown", qa.to_markdown(answer),
                       file_name="panelsearch-answer.md", mime="text/markdown")
    show_passages(searcher, answer)


def labels_kinds(filters: index.Filters) -> dict[str, str]:
    out = {}
    for panel in filters.panels:
        out[f"panel: {panel}"] = "panel"
    if filters.unknown_panel:
        out[f"panel: {filters.unknown_panel} (no papers)"] = "panel"
    if filters.since or filters.until:
        out[f"meetings {filters.since or '...'} to {filters.until or '...'}"] = "period"
    if filters.decision:
        out["asks for a decision"] = "decision"
    return out


def show_answer(answer) -> None:
    body = html.escape(answer.answer)
    body = re.sub(r"\[(\d+)\]", r'<a href="#passage-\1" title="go to passage \1">[\1]</a>', body)
    if answer.abstained:
        st.markdown("**Not in the papers as asked.**")
    st.markdown(f'<div class="ps-answer">{body}</div>', unsafe_allow_html=True)


def show_passages(searcher: index.Searcher, answer) -> None:
    st.subheader("Passages")
    cited = qa.citations(answer)
    for passage in answer.passages:
        sentences = [c.sentence for c in cited if c.rank == passage.rank]
        text = highlight(passage.text, sentences)
        meta = html.escape(citation(passage))
        st.markdown(f'<div class="ps-card" id="passage-{passage.rank}">'
                    f'<div class="ps-meta"><b>[{passage.rank}]</b> {meta} · score '
                    f'{passage.score:.2f}</div><div class="ps-text">{text}</div></div>',
                    unsafe_allow_html=True)
        row = searcher.row_of.get(passage.chunk_id)
        chunk = searcher.chunks[row] if row is not None else None
        if chunk is not None and chunk.item_index >= 0:
            with st.expander(f"Read the whole item: {passage.item_title}"):
                st.text(index.item_text(searcher, chunk.doc_id, chunk.item_index))
        source = Path(passage.source)
        if source.is_file():
            st.download_button(f"Download {source.name}", source.read_bytes(),
                               file_name=source.name, key=f"dl-{passage.rank}")


def highlight(text: str, sentences: list[str]) -> str:
    """Escaped passage text with the cited sentences marked."""
    out = html.escape(re.sub(r"\n[\s\xa0]*\n[\s\xa0]*", "\n\n", text).strip())
    for sentence in sentences:
        escaped = html.escape(sentence)
        out = out.replace(escaped, f"<mark>{escaped}</mark>")
    return out


def browse_page(searcher: index.Searcher) -> None:
    st.title("Browse meetings")
    papers = index.meetings(searcher)
    panels = sorted({m.panel or "unknown" for m in papers})
    panel = st.selectbox("Panel", panels, key="browse_panel")
    shown = [m for m in papers if (m.panel or "unknown") == panel]
    labels = [f"{m.meeting_date or 'undated'} · {m.doc_type} · {m.doc_id} ({m.items} items)"
              for m in shown]
    choice = st.radio("Paper", labels, key="browse_paper")
    paper = shown[labels.index(choice)]
    if paper.body:
        st.caption(paper.body)
    for item in index.items_of(searcher, paper.doc_id):
        number = f"{item.number}. " if item.number else ""
        date = f" ({item.meeting_date})" if item.meeting_date != paper.meeting_date else ""
        with st.expander(f"{number}{item.title}{date}"):
            st.text(index.item_text(searcher, paper.doc_id, item.item_index))


def evaluation_page() -> None:
    st.title("Evaluation")
    folder = reporting.REPORT_DIR
    report_md = folder / "report.md"
    if st.button("Run the evaluation now (about a minute)"):
        with st.spinner("Evaluating every method on the gold questions ..."):
            from eval import segmentation
            from eval.gold import load_questions
            from eval.runner import evaluate

            data = settings.ROOT / "eval" / "data"
            seg = segmentation.evaluate_sets(segmentation.default_sets(settings.corpus_dir()))
            result = evaluate(load_questions(data / "questions.jsonl"),
                              index.Searcher(settings.index_dir()), settings.corpus_dir())
            reporting.write(reporting.as_json(result, seg), folder)
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
        searcher = current_searcher()
    except PanelSearchError as exc:
        st.error(str(exc))
        return
    if searcher is None:
        no_index_page()
        return
    page = st.sidebar.radio("Page", ["Ask", "Browse", "Evaluation"], key="page")
    if page == "Ask":
        ask_page(searcher)
    elif page == "Browse":
        browse_page(searcher)
    else:
        evaluation_page()


main()
