"""The sources under a reply: each passage it was given, where it is from and how it starts, cited
ones first; a click opens it. Foldable, and plain text throughout: a passage is quoted, never obeyed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from desktop.core.messages import CitationPart
from desktop.ui.i18n import tr
from desktop.ui.plain import plain, plain_label
from desktop.ui.source_names import place

EXCERPT_CHARS = 240  # of a passage's start, before the row elides it to its width


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" to the width it is given rather than widening the row.
    `fill`: it takes whatever width is left (an excerpt); otherwise it asks for its whole text's
    width and gives way only when the row is too narrow (a long file name)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, fill: bool = True) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        policy = QSizePolicy.Policy.Ignored if fill else QSizePolicy.Policy.Preferred
        self.setSizePolicy(policy, QSizePolicy.Policy.Preferred)
        self.full_text = ""
        self.set_full_text(text)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(
            min(self.sizeHint().width(), 8 * self.fontMetrics().averageCharWidth()), super().sizeHint().height()
        )

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self.updateGeometry()
        self._elide()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.width()
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, width) if width > 0 else ""
        if shown != self.text():
            self.setText(shown)


class SourceRow(QFrame):
    """One source: "[1] handbook.pdf, page 3  Water the ferns…"; a click, Enter or Space opens it.
    `muted`: the reply has ended without citing it."""

    clicked = Signal(object)  # the CitationPart

    def __init__(self, part: CitationPart, muted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.part = part
        self.muted = muted
        self.setObjectName("sourceRowUncited" if muted else "sourceRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(8)
        self.number = plain_label(f"[{part.n}]", self)
        self.number.setObjectName("sourceNumber")
        self.where = ElidedLabel(place(part), self, fill=False)
        self.where.setObjectName("sourceWhere")
        self.excerpt = ElidedLabel(excerpt(part.text), self)
        self.excerpt.setObjectName("sourceExcerpt")
        layout.addWidget(self.number)
        layout.addWidget(self.where)
        layout.addWidget(self.excerpt, 1)
        self.status = plain_label(tr("not cited") if muted else "", self)
        self.status.setObjectName("sourceStatus")
        self.status.setVisible(muted)
        layout.addWidget(self.status)
        name = tr("Source {number}: {place}, not cited by the reply") if muted else tr("Source {number}: {place}")
        self.setAccessibleName(plain(name.format(number=part.n, place=place(part))))
        self.setAccessibleDescription(tr("Opens the passage in its file."))
        self.setToolTip(plain(part.source + "\n" + tr("Click to see the passage in its file")))

    def mouseReleaseEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit(self.part)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.part)
            return
        super().keyPressEvent(event)


def excerpt(text: str) -> str:
    """A passage's start on one line."""
    return " ".join(text[: EXCERPT_CHARS * 2].split())[:EXCERPT_CHARS]


class SourcesView(QFrame):
    """Emits `sourceClicked(CitationPart)`. Shown only for a reply that was given sources."""

    sourceClicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesView")
        self.rows: list[SourceRow] = []
        self._shown: tuple[Any, ...] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(0)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("sourcesToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setAccessibleName(tr("Sources"))  # until it is given them, and their count
        self.toggle.setAccessibleDescription(tr("Shows or hides the passages this reply was given."))
        self.toggle.toggled.connect(self.set_expanded)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.unverified_note = plain_label("", self)
        self.unverified_note.setObjectName("sourcesNote")
        self.unverified_note.setWordWrap(True)
        self.unverified_note.hide()
        layout.addWidget(self.unverified_note)
        self.list = QWidget(self)
        self._list_layout = QVBoxLayout(self.list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(0)
        layout.addWidget(self.list)

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.list.setVisible(expanded)
        self.unverified_note.setVisible(expanded and bool(self.unverified_note.text()))

    def set_sources(
        self, sources: Sequence[CitationPart], cited: Sequence[int], unverified: Sequence[int], settled: bool = True
    ) -> None:
        """The passages, with the numbers the reply cites among them and those it cites that were none.
        Until the reply has `settled` (ended), a source not cited yet may still be: it is not muted,
        and the rows keep their order."""
        key = (tuple(sources), tuple(cited), tuple(unverified), settled)
        if key == self._shown:
            return  # while a reply streams this is asked at every render; rows are built only on change
        self._shown = key
        for row in self.rows:
            row.hide()
            row.deleteLater()
        cited_set = set(cited)
        ordered = sorted(sources, key=lambda part: (settled and part.n not in cited_set, part.n))
        self.rows = [SourceRow(part, settled and part.n not in cited_set, self.list) for part in ordered]
        for row in self.rows:
            row.clicked.connect(self.sourceClicked)
            self._list_layout.addWidget(row)
        count = len(sources)
        used = sum(part.n in cited_set for part in sources)
        self.toggle.setText(
            tr("Sources ({count}, {cited} cited)").format(count=count, cited=used)
            if settled and used != count
            else tr("Sources ({count})").format(count=count)
        )
        self.toggle.setAccessibleName(self.toggle.text())
        if unverified:
            listed = ", ".join(f"[{n}]" for n in unverified)
            note = (
                tr("The reply also cites {listed}, but it was given no source {number}.")
                if len(unverified) == 1
                else tr("The reply also cites {listed}, but it was given no sources of those numbers.")
            )
            self.unverified_note.setText(note.format(listed=listed, number=unverified[0]))
        else:
            self.unverified_note.setText("")
        self.set_expanded(self.expanded)
