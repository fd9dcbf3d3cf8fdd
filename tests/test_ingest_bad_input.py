"""Bad files are named with a reason and skipped; good files beside them are still read."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import ingest
from panelsearch.cli import cli
from panelsearch.errors import UnreadableFile


def _pdf(path, text=None, encrypt=None):
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), encrypt=encrypt)
    if text:
        pdf.drawString(72, 720, text)
    else:  # an image-only page: shapes, no text layer
        pdf.rect(72, 500, 300, 200, fill=1)
    pdf.showPage()
    pdf.save()


@pytest.fixture
def messy_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text("Dorset Police and Crime Panel\n\n1. Apologies\n\nNone received."
                                     "\n\n2. Minutes\n\nAgreed.\n", encoding="utf-8")
    (folder / "windows.txt").write_bytes("Essex Police and Crime Panel \u2013 the Commissioner\u2019s"
                                         " report on \u00a312m savings\n".encode("cp1252"))
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj garbage\n%%EOF")
    _pdf(folder / "locked.pdf", "Secret minutes of the panel", encrypt="hunter2")
    _pdf(folder / "scanned.pdf")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "paper.docx").write_bytes(b"PK\x03\x04 not really")
    return folder


EXPECTED_REASONS = {
    "corrupt.pdf": "corrupt", "locked.pdf": "encrypted", "scanned.pdf": "no text layer",
    "empty.txt": "empty", "binary.txt": "binary", "paper.docx": "unsupported",
}


def test_every_good_file_read_every_bad_file_named(messy_corpus):
    results = list(ingest.read_corpus(messy_corpus))
    read = {doc.doc_id: doc for doc in results if not isinstance(doc, ingest.Skipped)}
    skipped = {s.path.rsplit("/", 1)[-1]: s.reason for s in results if isinstance(s, ingest.Skipped)}
    assert set(read) == {"good.txt", "windows.txt"}
    assert "\u00a312m" in read["windows.txt"].text and "\u2019" in read["windows.txt"].text
    assert set(skipped) == set(EXPECTED_REASONS)
    for name, word in EXPECTED_REASONS.items():
        assert word in skipped[name], (name, skipped[name])
        assert "\n" not in skipped[name]


@pytest.mark.parametrize("name", sorted(EXPECTED_REASONS))
def test_items_command_reports_bad_file_in_one_line(messy_corpus, name):
    result = CliRunner().invoke(cli, ["items", str(messy_corpus / name)])
    assert result.exit_code != 0
    assert isinstance(result.exception, UnreadableFile)
    assert name in str(result.exception) and EXPECTED_REASONS[name] in str(result.exception)
