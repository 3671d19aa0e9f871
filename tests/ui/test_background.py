"""Background calls: results come back on the GUI thread, and not to a widget that is gone."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.background import run_in_background, wait_for_background


def test_a_result_reaches_its_widget_and_not_one_deleted_meanwhile(qtbot) -> None:
    kept, gone = QWidget(), QWidget()
    release = threading.Event()
    results: list[str] = []
    for owner, name in ((kept, "kept"), (gone, "gone")):
        run_in_background(lambda n=name: release.wait(10) and n, results.append, owner=owner)
    shiboken6.delete(gone)  # closed while its call was still running
    release.set()
    assert wait_for_background(10_000)
    QApplication.processEvents()  # deliver both answers
    assert results == ["kept"]
    kept.deleteLater()
