"""A printable evidence sheet of the result shown, as a PDF: what was asked, the verification,
what came back (the presenter's rows) and the raw exchange as the Raw tab shows it (the key
masked, never included). Written with QPdfWriter and a QTextDocument (no QtPrintSupport); all
text is escaped, gateway HTML is never rendered."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox

from leshua_gui.core.present.rows import Section
from leshua_gui.core.present.sections import zoned
from leshua_gui.ui.wording import fill

if TYPE_CHECKING:
    from leshua_gui.ui.result_view import ResultView


def tr(text: str) -> str:
    return QCoreApplication.translate("EvidenceSheet", text)


def _rows_html(section: Section) -> str:
    cells = []
    for row in section.rows:
        if row.title:
            cells.append(
                f"<tr><td valign='top' style='color:#555; padding-right:12px'>{escape(row.title)}</td>"
                f"<td valign='top'>{escape(row.shown)}</td></tr>"
            )
        else:  # a note spans the line
            cells.append(f"<tr><td colspan='2'>{escape(row.shown)}</td></tr>")
    head = f"<h3>{escape(section.title)}</h3>" if section.title else ""
    return head + "<table cellspacing='0' cellpadding='2'>" + "".join(cells) + "</table>"


def raw_text(view: ResultView) -> str:
    """The Raw tab's text of the result shown (form, signed string with the key masked, the
    verification, the answer as received)."""
    from leshua_gui.ui.raw_view import RawView

    result = view.result
    if result is None:
        return ""
    raw = RawView()
    try:
        raw.retranslate()
        raw.show_result(result)
        return raw.text.toPlainText()
    finally:
        raw.deleteLater()


def build_document(view: ResultView, saved_at: datetime | None = None) -> QTextDocument:
    """The sheet of the result shown in `view`, in its language."""
    lang = view.lang
    sections = view.sections()
    saved = zoned(saved_at or datetime.now(UTC), lang)
    parts = [
        f"<h1>{escape(tr('Evidence sheet'))}</h1>",
        f"<p>{escape(fill(tr('Saved at %1'), saved))}</p>",
        f"<h2>{escape(tr('What was asked'))}</h2>",
        f"<p>{escape(view.context_line.text())}</p>",
    ]
    for section in sections:
        if section.name == "asked":
            parts.append(_rows_html(section))
    parts.append(f"<h2>{escape(tr('Verification and state'))}</h2>")
    for section in sections:
        if section.name == "state":
            parts.append(_rows_html(section))
    parts.append(f"<h2>{escape(tr('What came back'))}</h2>")
    for section in sections:
        if section.name not in ("asked", "state"):
            parts.append(_rows_html(section))
    parts.append(f"<h2>{escape(tr('Raw exchange (keys masked)'))}</h2>")
    parts.append(
        "<pre style='font-size:7pt; white-space:pre-wrap'>" + escape(raw_text(view)) + "</pre>"
    )
    doc = QTextDocument()
    doc.setDefaultFont(view.font())
    doc.setHtml("<html><body>" + "".join(parts) + "</body></html>")
    return doc


def write_pdf(view: ResultView, path: str) -> QTextDocument:
    """Writes the sheet to `path` as an A4 PDF; returns the document that was written."""
    doc = build_document(view)
    writer = QPdfWriter(path)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(tr("Evidence sheet"))
    writer.setCreator("Leshua Desk")
    doc.print_(writer)
    return doc


def save_evidence_dialog(view: ResultView) -> None:
    """Asks where to save the sheet of the result shown, then writes it."""
    if view.result is None:
        return
    path, _ = QFileDialog.getSaveFileName(
        view, tr("Save evidence sheet"), "evidence.pdf", tr("PDF files (*.pdf)")
    )
    if not path:
        return
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        open(path, "ab").close()  # QPdfWriter says nothing when it cannot write: ask first
        write_pdf(view, path)
    except OSError as exc:
        QMessageBox.warning(view, tr("Save evidence sheet"), fill(tr("Not saved: %1"), str(exc)))
