"""The sidebar's Documents section: each collection with its counts, a bar while it is indexed, a menu.

A view only: it shows what DocumentsController says and emits what the user asks for.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.documents.collection_store import CollectionInfo
from desktop.core.documents.indexer import IndexProgress
from desktop.ui.i18n import tr
from desktop.ui.plain import plain, plain_label
from desktop.ui.theme import COLORS

MAX_LIST_HEIGHT = 260  # past this the collections scroll: the chats keep most of the sidebar
BAR_STEPS = 1000
# The words `counted` counts, one and more of them, shown through tr().
COUNTED = {
    "file": (QT_TRANSLATE_NOOP("", "{count} file"), QT_TRANSLATE_NOOP("", "{count} files")),
    "passage": (QT_TRANSLATE_NOOP("", "{count} passage"), QT_TRANSLATE_NOOP("", "{count} passages")),
    "problem": (QT_TRANSLATE_NOOP("", "{count} problem"), QT_TRANSLATE_NOOP("", "{count} problems")),
}


def counted(count: int, word: str) -> str:
    """ "1 file", "1,200 passages": `word` is one of COUNTED's."""
    one, many = COUNTED[word]
    return tr(one if count == 1 else many).format(count=f"{count:,}")


def about(seconds: float | None) -> str:
    """ "about 40 s left"; "" while there is no pace to go by yet."""
    if seconds is None:
        return ""
    if seconds < 90:
        return tr("about {seconds} s left").format(seconds=max(1, round(seconds)))
    if seconds < 90 * 60:
        return tr("about {minutes} min left").format(minutes=round(seconds / 60))
    return tr("about {hours} h left").format(hours=f"{seconds / 3600:.1f}")


def progress_line(progress: IndexProgress) -> str:
    if progress.phase == "scanning":
        return tr("Looking for files…")
    if progress.phase == "embedding":
        parts = [
            tr("Embedding {done} of {total} passages").format(
                done=f"{progress.embedded:,}", total=f"{progress.to_embed:,}"
            )
        ]
    else:
        parts = [
            tr("{done} of {files}").format(
                done=f"{progress.files_done:,}", files=counted(progress.files_total, "file")
            ),
            counted(progress.passages, "passage"),
        ]
    left = about(progress.eta_s)
    return " · ".join(parts + ([left] if left else []))


def counts_line(info: CollectionInfo) -> str:
    if not info.sources:
        return tr("No folders or files yet")
    if not info.files and not info.problems and not info.indexed:
        return tr("Not indexed yet")
    return f"{counted(info.files, 'file')} · {counted(info.passages, 'passage')}"


def _unbroken(text: str) -> str:
    """HTML-escaped, its line breaks only after a " · ": a count and its word stay together."""
    return "\u00a0· ".join(html.escape(part).replace(" ", "\u00a0") for part in text.split(" · "))


def warning_colour() -> str:
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return COLORS["dark" if dark else "light"]["warning"]


class ElidedLabel(QLabel):
    """One line of plain text, cut with "…" to the width it is given (a long collection name)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def minimumSizeHint(self) -> QSize:  # Qt override
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)


class CollectionRow(QFrame):
    """One collection: its name, "12 files · 340 passages · 2 problems", and its progress."""

    menuRequested = Signal(str, QPoint)  # name, where (global)

    def __init__(self, info: CollectionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("collectionRow")
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda at: self.menuRequested.emit(self.name, self.mapToGlobal(at)))
        self.name_label = ElidedLabel()
        self.name_label.setObjectName("collectionName")
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("collectionMenuButton")
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setAccessibleName(tr("{name}: menu").format(name=info.name))
        self.menu_button.setAccessibleDescription(tr("Opens this collection's menu."))
        self.menu_button.setToolTip(tr("Add folders or files, refresh, problems, remove"))
        self.menu_button.clicked.connect(
            lambda: self.menuRequested.emit(
                self.name, self.menu_button.mapToGlobal(self.menu_button.rect().bottomLeft())
            )
        )
        # One label, wrapped between its parts: "668 files · 7,826 passages · 3 problems" is wider
        # than the sidebar. Rich text for the problems' colour; it holds only numbers and fixed words.
        self.counts = QLabel()
        self.counts.setObjectName("collectionCounts")
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)
        self.counts_text = ""
        self.bar = QProgressBar()
        self.bar.setObjectName("indexProgress")
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(4)
        self.status = plain_label()
        self.status.setObjectName("collectionCounts")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(2)
        top.addWidget(self.name_label, 1)
        top.addWidget(self.menu_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 2, 5)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        self.info = info
        self.set_info(info)
        self.show_idle()

    @property
    def name(self) -> str:
        return self.info.name

    def set_info(self, info: CollectionInfo) -> None:
        self.info = info
        self.name_label.setText(info.name)
        counts = counts_line(info)
        problems = counted(info.problems, "problem") if info.problems else ""
        self.counts_text = f"{counts} · {problems}" if problems else counts
        shown = _unbroken(counts)
        if problems:
            shown += f'\u00a0· <span style="color: {warning_colour()}">{_unbroken(problems)}</span>'
        self.counts.setText(shown)
        self.counts.setToolTip(
            tr("Files skipped or only partly indexed: Show problems… in its menu says why") if problems else ""
        )
        sources = "\n".join(info.sources) or tr("No folders or files yet")
        self.setToolTip(plain(f"{info.name}\n{sources}"))
        self.setAccessibleName(tr("Collection {name}").format(name=info.name))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light or dark: the problems' colour follows
            self.set_info(self.info)

    def text(self) -> str:
        """Everything the row says, as one line of text (for the accessible description and tests)."""
        parts = [self.name_label.text(), self.counts_text]
        if not self.status.isHidden():
            parts.append(self.status.text())
        return " — ".join(parts)

    def show_waiting(self) -> None:
        self.counts.show()
        self.bar.hide()
        indexed = self.info.files or self.info.problems
        self.status.setText(tr("Waiting to check for changes…") if indexed else tr("Waiting to be indexed…"))
        self.status.show()

    def show_progress(self, progress: IndexProgress | None) -> None:
        if progress is None or progress.phase == "scanning":
            self.bar.setRange(0, 0)  # busy: the total is not known yet
            self.status.setText(tr("Looking for files…"))
        else:
            self.bar.setRange(0, BAR_STEPS)
            self.bar.setValue(int(progress.fraction * BAR_STEPS))
            self.status.setText(progress_line(progress))
        self.counts.hide()  # the counts of the last run would contradict this run's progress
        self.bar.show()
        self.status.show()

    def show_idle(self) -> None:
        self.counts.show()
        self.bar.hide()
        self.status.hide()


class DocumentsPanel(QWidget):
    """Emits what the user asks of collections (by name); the window decides what that does."""

    newRequested = Signal()
    addFolderRequested = Signal(str)
    addFilesRequested = Signal(str)
    refreshRequested = Signal(str)
    stopRequested = Signal(str)
    problemsRequested = Signal(str)
    removeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # its top border
        self.toggle = QToolButton()
        self.toggle.setObjectName("documentsHeader")
        self.toggle.setText(tr("Documents"))
        self.toggle.setAccessibleName(tr("Documents"))
        self.toggle.setAccessibleDescription(tr("Shows or hides your document collections."))
        self.toggle.setToolTip(tr("Show or hide your document collections"))
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.clicked.connect(lambda: self._expand(self.body.isHidden()))
        self.add_button = QToolButton()
        self.add_button.setObjectName("newCollectionButton")
        self.add_button.setText("+")
        self.add_button.setAutoRaise(True)
        self.add_button.setAccessibleName(tr("New collection"))
        self.add_button.setAccessibleDescription(tr("Makes a new collection of a folder or files to chat with."))
        self.add_button.setToolTip(tr("New collection… (a folder or files to chat with)"))
        self.add_button.clicked.connect(self.newRequested)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle)
        header.addStretch(1)
        header.addWidget(self.add_button)

        self.hint = plain_label(
            tr("Add a folder to chat with your documents: Hearth answers from them, citing its sources.")
        )
        self.hint.setObjectName("documentsHint")
        self.hint.setWordWrap(True)
        self.hint.setIndent(6)
        self.empty_button = QPushButton(tr("Add a folder…"))
        self.empty_button.setObjectName("addFolderButton")
        self.empty_button.setAccessibleName(tr("Add a folder"))
        self.empty_button.setAccessibleDescription(tr("Makes your first collection, of a folder to chat with."))
        self.empty_button.clicked.connect(self.newRequested)
        self.rows_widget = QWidget()
        self.rows_widget.setObjectName("collectionRows")
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(2)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("collectionScroll")
        self.scroll.setAccessibleName(tr("Collections"))
        self.scroll.setAccessibleDescription(tr("Your document collections: each row has its own menu."))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.rows_widget)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        body.addWidget(self.hint)
        empty = QHBoxLayout()
        empty.setContentsMargins(6, 0, 0, 0)  # level with the rows' text
        empty.addWidget(self.empty_button)
        empty.addStretch(1)
        body.addLayout(empty)
        body.addWidget(self.scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.body)
        self.rows: dict[str, CollectionRow] = {}
        self.set_collections([])

    # -- what is shown ------------------------------------------------------------------

    def set_collections(
        self,
        infos: list[CollectionInfo],
        indexing: str = "",
        waiting: list[str] | None = None,
        progress: IndexProgress | None = None,
    ) -> None:
        """The collections, and which one is being indexed (with its last progress) or waits its turn."""
        names = [info.name for info in infos]
        if names != list(self.rows):
            for row in self.rows.values():
                row.hide()
                row.deleteLater()
            self.rows = {}
            for info in infos:
                row = CollectionRow(info)
                row.menuRequested.connect(self._menu_at)
                self.rows_layout.addWidget(row)
                self.rows[info.name] = row
        for info in infos:
            row = self.rows[info.name]
            row.set_info(info)
            if info.name == indexing:
                row.show_progress(progress if progress is not None and progress.collection == indexing else None)
            elif info.name in (waiting or []):
                row.show_waiting()
            else:
                row.show_idle()
        empty = not infos
        self.hint.setVisible(empty)
        self.empty_button.setVisible(empty)
        self.scroll.setVisible(not empty)
        self._fit()

    def show_progress(self, progress: IndexProgress) -> None:
        row = self.rows.get(progress.collection)
        if row is not None and progress.phase != "done":
            row.show_progress(progress)
            self._fit()

    def row(self, name: str) -> CollectionRow | None:
        return self.rows.get(name)

    def _fit(self) -> None:
        # As tall as its rows, up to a limit: a scroll area otherwise takes a fixed share of the sidebar.
        layout, width = self.rows_layout, self.scroll.viewport().width()
        layout.activate()
        height = layout.heightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
        self.scroll.setFixedHeight(min(max(height, 0), MAX_LIST_HEIGHT))

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit()  # its rows' wrapped lines take more or less height at another width

    def _expand(self, expanded: bool) -> None:
        self.body.setVisible(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)

    # -- the menu -----------------------------------------------------------------------

    def menu_for(self, name: str, indexing: bool = False) -> QMenu:
        row = self.rows.get(name)
        indexing = indexing or (row is not None and not row.bar.isHidden())
        menu = QMenu(self)
        menu.addAction(tr("Add folder…"), lambda: self.addFolderRequested.emit(name))
        menu.addAction(tr("Add files…"), lambda: self.addFilesRequested.emit(name))
        menu.addSeparator()
        if indexing:
            menu.addAction(tr("Stop indexing"), lambda: self.stopRequested.emit(name))
        else:
            menu.addAction(tr("Refresh"), lambda: self.refreshRequested.emit(name))
        problems = menu.addAction(tr("Show problems…"), lambda: self.problemsRequested.emit(name))
        problems.setEnabled(row is None or row.info.problems > 0)
        menu.addSeparator()
        menu.addAction(tr("Remove…"), lambda: self.removeRequested.emit(name))
        return menu

    def _menu_at(self, name: str, where: QPoint) -> None:
        menu = self.menu_for(name)
        menu.exec(where)
        menu.deleteLater()
