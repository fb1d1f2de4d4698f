"""export.pdf: what every CoachDesk PDF shares: the deterministic page, its footer and
metadata, the building blocks (signed changes, tables), read back from real PDFs."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from reportlab.platypus import Flowable
from scripts_data import pdftotext

from coachdesk.domain import Language
from coachdesk.export import pdf
from coachdesk.export.i18n import Texts

DAY = dt.date(2026, 3, 14)


def _render(flowables: list[Flowable], texts: Texts, *, recipient: str = "Ελένη") -> bytes:
    pdf.register_fonts()
    buffer = io.BytesIO()
    doc = pdf._document(buffer, texts, "title", "Coach Ó Briain")
    canvas = pdf._canvas_class(texts, day=DAY, author="Coach Ó Briain", recipient=recipient)
    pdf._build(doc, flowables, canvas)
    return buffer.getvalue()


def _rows(n: int, styles: pdf.Styles, width: float) -> list[Flowable]:
    return pdf._table(
        ["Date", "Value"], [[f"row {i}", str(i)] for i in range(n)], [width / 2, width / 2], styles
    )


def test_every_page_is_numbered_n_of_total_and_carries_the_recipient_footer():
    texts = Texts(Language.EN)
    data = _render(_rows(120, pdf._styles(), 400), texts)
    pages = pdftotext(data).split("\f")[:-1]
    assert len(pages) >= 2
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page
        assert "Confidential · for Ελένη only" in page


def test_the_metadata_is_fixed_and_dated_from_the_document_s_day():
    data = _render(_rows(3, pdf._styles(), 400), Texts(Language.IT))
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None
    assert meta.title == "Report di coaching"
    assert meta.author == "Coach Ó Briain"
    assert meta.producer == pdf.PRODUCER and meta.creator == pdf.PRODUCER
    assert meta["/CreationDate"].startswith("D:20260314000000")


def test_the_same_story_gives_the_same_bytes():
    texts = Texts(Language.EN)
    first = _render(_rows(40, pdf._styles(), 400), texts)
    assert _render(_rows(40, pdf._styles(), 400), texts) == first


def test_a_table_prints_its_header_and_every_cell_in_order():
    text = pdftotext(_render(_rows(3, pdf._styles(), 400), Texts(Language.EN)))
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    assert lines.index("Date") < lines.index("row 0") < lines.index("row 1") < lines.index("row 2")


def test_a_change_has_its_sign_a_true_minus_and_the_locale_s_decimal_mark():
    en, it = Texts(Language.EN), Texts(Language.IT)
    assert pdf._signed(12.5, en) == "+12.5"
    assert pdf._signed(-3, en) == "\u22123"
    assert pdf._signed(1234.5, it) == "+1.234,5"
    assert pdf._signed(0, en) == "0"
    assert pdf._signed(-0.001, en) == "0"  # rounds to nothing: no sign
