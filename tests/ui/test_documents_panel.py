"""The sidebar's Documents section: a collection made from a folder, indexed in the background,
its counts, its progress, its problems, stopping, removing, and the refresh at start."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.core.documents import indexer
from desktop.core.documents.collection_store import CollectionStore
from desktop.core.documents.service import Documents
from desktop.ui.documents_actions import ProblemsDialog
from desktop.ui.documents_menu import NO_COLLECTIONS
from tests.helpers.window import close, wait_ready

WAIT_MS = 10_000


def notes_folder(root: Path, files: int = 3) -> Path:
    folder = root / "notes"
    folder.mkdir()
    for n in range(files):
        (folder / f"note{n}.txt").write_text(f"Note {n}: the lighthouse keeper logs the tide at dawn.\n", "utf-8")
    (folder / "empty.txt").write_text("", "utf-8")
    return folder


def trigger(menu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text() == text)
    assert action.isEnabled(), text
    action.trigger()


@pytest.fixture
def window(qtbot, open_window):
    return open_window().window


def test_new_collection_asks_a_name_and_a_folder_then_shows_its_counts(qtbot, window, tmp_path, monkeypatch) -> None:
    folder = notes_folder(tmp_path)
    panel = window.documents_panel
    assert panel.hint.isVisible() and "Add a folder" in panel.hint.text()
    assert not window.documents_button.isEnabled() and window.documents_button.toolTip() == NO_COLLECTIONS
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Field notes", True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    with qtbot.waitSignal(window.documents.finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(panel.empty_button, Qt.MouseButton.LeftButton)
    report = finished.args[0]
    assert (report.collection, report.files_indexed, report.files_skipped) == ("Field notes", 3, 1)
    row = panel.row("Field notes")
    assert row is not None and row.isVisible()
    assert row.text() == f"Field notes — 3 files · {report.passages} passages · 1 problem"
    assert "1\u00a0problem</span>" in row.counts.text()  # in the warning colour
    assert row.bar.isHidden() and row.status.isHidden()
    assert not panel.hint.isVisible()
    assert window.statusBar().currentMessage() == "Field notes: 3 files indexed, 1 skipped"
    assert window.documents_button.isEnabled() and window.documents_button.text() == "Documents"
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)  # the section folds away, and back
    assert not row.isVisible() and panel.toggle.arrowType() == Qt.ArrowType.RightArrow
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    assert row.isVisible()


def test_without_a_folder_new_collection_takes_files(qtbot, window, tmp_path, monkeypatch) -> None:
    folder = notes_folder(tmp_path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Two notes", True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    chosen = [str(folder / "note0.txt"), str(folder / "note1.txt")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    with qtbot.waitSignal(window.documents.finished, timeout=WAIT_MS):
        qtbot.mouseClick(window.documents_panel.add_button, Qt.MouseButton.LeftButton)
    info = window.documents.info("Two notes")
    assert info is not None and info.sources == tuple(chosen) and info.files == 2
    assert window.documents_panel.row("Two notes").text().startswith("Two notes — 2 files · ")


def test_a_cancelled_name_makes_nothing(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ignored", False))
    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append(1) or "")
    qtbot.mouseClick(window.documents_panel.add_button, Qt.MouseButton.LeftButton)
    assert asked == [] and window.documents.collections == [] and window.documents_panel.rows == {}


@pytest.fixture
def held_reader(monkeypatch):
    """Every file's reading waits for `release`: indexing stays mid-way for as long as a test needs."""
    release = threading.Event()
    read = indexer.read_file

    def held(path):
        assert release.wait(WAIT_MS / 1000)
        return read(path)

    monkeypatch.setattr(indexer, "read_file", held)
    return release


def test_the_progress_bar_shows_while_a_collection_is_indexed(qtbot, window, tmp_path, held_reader) -> None:
    folder = notes_folder(tmp_path, files=5)
    window.documents.create("Notes", [str(folder)])
    row = window.documents_panel.row("Notes")
    qtbot.waitUntil(lambda: "of 6 files" in row.status.text(), timeout=WAIT_MS)
    assert row.bar.isVisible() and row.bar.maximum() == 1000 and row.status.isVisible()
    assert row.counts.isHidden()  # the last run's counts would contradict this one's progress
    assert row.status.text().startswith("0 of 6 files · 0 passages")
    assert window.documents.indexing == "Notes"
    assert "Stop indexing" in [a.text() for a in window.documents_panel.menu_for("Notes").actions()]
    with qtbot.waitSignal(window.documents.finished, timeout=WAIT_MS) as finished:
        held_reader.set()
    assert finished.args[0].files_indexed == 5 and not finished.args[0].stopped
    assert row.bar.isHidden() and row.status.isHidden()
    assert row.counts_text.startswith("5 files · ")


def test_stop_indexing_keeps_what_was_done(qtbot, window, tmp_path, held_reader) -> None:
    folder = notes_folder(tmp_path, files=5)
    window.documents.create("Notes", [str(folder)])
    row = window.documents_panel.row("Notes")
    qtbot.waitUntil(lambda: row.bar.isVisible() and "of 6 files" in row.status.text(), timeout=WAIT_MS)
    with qtbot.waitSignal(window.documents.finished, timeout=WAIT_MS) as finished:
        trigger(window.documents_panel.menu_for("Notes"), "Stop indexing")
        held_reader.set()  # the file being read ends; no other is started
    report = finished.args[0]
    assert report.stopped and report.files_indexed <= 1
    assert "indexing stopped" in window.statusBar().currentMessage()
    assert row.bar.isHidden()
    assert "Refresh" in [a.text() for a in window.documents_panel.menu_for("Notes").actions()]
    with qtbot.waitSignal(window.documents.finished, timeout=WAIT_MS) as again:
        trigger(window.documents_panel.menu_for("Notes"), "Refresh")
    assert again.args[0].files_indexed + report.files_indexed == 5
    assert row.counts_text.startswith("5 files · ")


def test_show_problems_lists_the_file_skipped_and_why(qtbot, window, tmp_path, monkeypatch) -> None:
    folder = notes_folder(tmp_path)
    with qtbot.waitSignal(window.documents.finished, timeout=WAIT_MS):
        window.documents.create("Notes", [str(folder)])
    shown: list[ProblemsDialog] = []
    monkeypatch.setattr(ProblemsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    trigger(window.documents_panel.menu_for("Notes"), "Show problems…")
    (dialog,) = shown
    text = dialog.text.toPlainText()
    assert str(folder.resolve() / "empty.txt") in text and "skipped: empty file" in text
    assert "note0.txt" not in text
    assert dialog.text.isReadOnly() and dialog.summary.text().startswith("1 file was skipped")


def test_remove_asks_then_forgets_the_collection_and_leaves_the_files(qtbot, window, tmp_path, monkeypatch) -> None:
    folder = notes_folder(tmp_path)
    with qtbot.waitSignal(window.documents.finished, timeout=WAIT_MS):
        window.documents.create("Notes", [str(folder)])
    asked: list[str] = []

    def question(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    trigger(window.documents_panel.menu_for("Notes"), "Remove…")
    assert "not touched" in asked[0] and "3 indexed files are not touched" in asked[0]
    assert window.documents_panel.rows == {}  # at once; the index is deleted on the worker
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Removed Notes"), timeout=WAIT_MS)
    store = CollectionStore()
    try:
        assert store.all() == []
    finally:
        store.close()
    assert sorted(p.name for p in folder.iterdir()) == ["empty.txt", "note0.txt", "note1.txt", "note2.txt"]
    assert window.documents_panel.hint.isVisible() and not window.documents_button.isEnabled()


def test_every_collection_is_refreshed_at_start(qtbot, open_window, engine, fake_models, tmp_path) -> None:
    folder = notes_folder(tmp_path)
    store = CollectionStore()
    store.create("Notes", [str(folder)])
    store.close()
    documents = Documents()
    assert documents.index("Notes").files_indexed == 3
    documents.close()
    (folder / "later.md").write_text("# Later\n\nWritten while Hearth was closed.\n", "utf-8")
    session = open_window()
    row = session.window.documents_panel.row("Notes")
    assert row.counts_text.startswith("3 files · ")
    with qtbot.waitSignal(session.window.documents.finished, timeout=WAIT_MS) as finished:
        session.window.start(str(fake_models[0]))
    assert finished.args[0].files_indexed == 1 and finished.args[0].files_unchanged == 4
    assert row.counts_text.startswith("4 files · ")
    wait_ready(qtbot, session)


def test_closing_mid_index_stops_at_once_and_keeps_the_files_done(qtbot, open_window, tmp_path, held_reader) -> None:
    folder = notes_folder(tmp_path, files=5)
    session = open_window()
    documents = session.window.documents
    documents.create("Notes", [str(folder)])
    qtbot.waitUntil(lambda: "of 6 files" in session.window.documents_panel.row("Notes").status.text(), timeout=WAIT_MS)
    worker = documents._thread
    close(session)
    # The window did not wait for the file being read: its reader is still held. (How soon the app
    # exits when closed mid-index is the benchmark's `close_mid_index_s`.)
    assert worker.is_alive()
    held_reader.set()  # that file ends; no other is started
    worker.join(WAIT_MS / 1000)
    assert not worker.is_alive()
    store = CollectionStore()
    try:
        info = store.get("Notes")
    finally:
        store.close()
    assert info.files <= 1  # stopped after the file in hand; the next refresh goes on from there
