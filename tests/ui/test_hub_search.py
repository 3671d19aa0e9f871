"""Search the Hub: a downloaded file is in the library and can be used; the fit badge reads on a
selected row; the tab puts the focus in its search field."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.hub.client import RepoFiles
from desktop.core.hub.jobs import DownloadStatus, State
from desktop.core.hub.quant import GgufModel, RemoteFile
from desktop.ui.models_page.fit_badge import FitBadge
from desktop.ui.models_page.hub_search import FileActions, HubSearchView
from desktop.ui.theme import apply_theme
from tests.helpers.stub_hub import StubHub
from tests.helpers.window import wait_ready


@pytest.fixture
def hub(stub_hub: StubHub, tiny_model: Path) -> StubHub:
    stub_hub.add_repo("acme/Tiny-GGUF", {"Tiny-Q4_K_M.gguf": tiny_model.read_bytes()}, downloads=42)
    return stub_hub


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The application's look put back after a test that changes it (it is shared by the tests that follow)."""
    sheet, palette = qapp.styleSheet(), qapp.palette()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def open_tiny_repo(qtbot, search: HubSearchView) -> None:
    search.open_repo("acme/Tiny-GGUF")
    qtbot.waitUntil(lambda: search.tree.topLevelItemCount() == 1, timeout=10_000)


def test_a_downloaded_file_is_in_the_library_and_use_loads_it(
    qtbot, open_window, engine, hub, fake_models, models_dir: Path
) -> None:
    session = open_window()
    window = session.window
    window.start()
    wait_ready(qtbot, session)  # on one of the models already here: the download is not put to use by itself
    window.show_models_page()
    search = window.models_page.search
    window.models_page.tabs.setCurrentWidget(search)
    open_tiny_repo(qtbot, search)
    row = search.tree.itemWidget(search.tree.topLevelItem(0).child(0), 3)
    assert (row.button.text(), row.state.isVisible()) == ("Download", False)
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    path = models_dir / "acme" / "Tiny-GGUF" / "Tiny-Q4_K_M.gguf"
    qtbot.waitUntil(lambda: [s.state for s in window.downloads.manager.downloads()] == [State.DONE], timeout=15_000)
    qtbot.waitUntil(lambda: row.button.text() == "Use")  # once the "done" snapshot has reached the GUI thread
    assert path.is_file()
    assert row.state.isVisible() and row.state.text() == "In library" and row.button.isEnabled()
    assert row.button.accessibleName() == "Use Tiny-Q4_K_M.gguf"
    assert engine.loads == [str(fake_models[0])]
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: engine.loads[-1:] == [str(path)], timeout=5000)
    assert window.pages.currentWidget() is not window.models_page  # back in the chat, on that model
    assert window.picker.currentData() == str(path)
    # Listed again, the file is still known to be here; deleted, it can be downloaded again.
    search.files = None
    search._listing = ""
    search.tree.clear()
    open_tiny_repo(qtbot, search)
    row = search.tree.itemWidget(search.tree.topLevelItem(0).child(0), 3)
    assert row.button.text() == "Use"
    assert window.model_actions.delete(str(path))
    assert (row.button.text(), row.state.isVisible()) == ("Download", False)


def test_a_file_being_downloaded_is_not_offered_again(qtbot, tmp_path: Path) -> None:
    model = GgufModel("Tiny-Q4_K_M.gguf", "Q4_K_M", (RemoteFile("Tiny-Q4_K_M.gguf", 1000, None),))
    row = FileActions(model)
    qtbot.addWidget(row)
    status = DownloadStatus(
        "id", "acme/Tiny-GGUF", "0" * 40, model.name, "Q4_K_M", State.DOWNLOADING, 400, 1000, 0.0, None, None, None,
        tmp_path / "acme" / "Tiny-GGUF" / model.filename, 1,
    )  # fmt: skip
    shown = []
    for state in (State.QUEUED, State.DOWNLOADING, State.VERIFYING, State.PAUSED, State.FAILED, State.CANCELLED):
        row.show_file(None, replace(status, state=state))
        shown.append((row.button.text(), row.button.isEnabled()))
    assert shown == [
        ("Queued…", False),
        ("Downloading 40%", False),
        ("Verifying…", False),
        ("Paused", False),
        ("Download", True),  # again
        ("Download", True),
    ]


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_fit_badge_and_in_library_read_on_a_selected_row(qtbot, themed, tmp_path: Path, mode: str) -> None:
    apply_theme(themed, mode)
    view = HubSearchView(4096, lambda: None, lambda: tmp_path)  # no Hub: the files are given below
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    downloaded = tmp_path / "acme" / "Tiny-GGUF" / "Tiny-Q4_K_M.gguf"
    downloaded.parent.mkdir(parents=True)
    downloaded.write_bytes(b"GGUF" + bytes(996))
    model = GgufModel("Tiny-Q4_K_M.gguf", "Q4_K_M", (RemoteFile("Tiny-Q4_K_M.gguf", 1000, None),))
    view._show_files(RepoFiles("acme/Tiny-GGUF", "0" * 40, False, (model,)))
    item = view.tree.topLevelItem(0).child(0)
    view.tree.setCurrentItem(item)
    assert item.isSelected()
    badge = view.tree.itemWidget(item, 2).findChild(FitBadge)
    assert badge.width() < view.tree.columnWidth(2)  # its own size, not stretched over the cell
    for verdict in ("fits", "tight", "too big", "unknown"):
        badge.show_estimate(replace(badge.estimate, verdict=verdict))
        text, background = drawn_colours(view, badge)
        assert contrast(text, background) >= 4.5, f"{verdict}: {text.name()} on {background.name()}"
    state = view.tree.itemWidget(item, 3).state
    assert state.text() == "In library"
    text, background = drawn_colours(view, state)
    assert contrast(text, background) >= 4.5, f"In library: {text.name()} on {background.name()}"


def drawn_colours(view: HubSearchView, widget: QWidget) -> tuple[QColor, QColor]:
    """The text and background colours of `widget` as drawn over its row: the viewport paints the
    selection, the widget goes on top. The background is the commonest colour, the text the one
    that stands out most from it."""
    where = QRect(widget.mapTo(view.tree.viewport(), QPoint(0, 0)), widget.size())
    image = view.tree.viewport().grab(where).toImage()
    colours = Counter(image.pixelColor(x, y).rgb() for x in range(image.width()) for y in range(image.height()))
    background = QColor.fromRgb(colours.most_common(1)[0][0])
    text = max((QColor.fromRgb(rgb) for rgb in colours), key=lambda colour: contrast(colour, background))
    return text, background


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        channels = [c / 255 for c in colour.getRgb()[:3]]
        red, green, blue = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_search_tab_puts_the_focus_in_its_search_field(qtbot, open_window) -> None:
    window = open_window().window
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    window.show_models_page()
    page = window.models_page
    field = page.search.query
    bar = page.tabs.tabBar()
    search_tab = page.tabs.indexOf(page.search)
    assert page.tabs.currentIndex() != search_tab
    # A click on the tab.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(search_tab).center())
    qtbot.waitUntil(field.hasFocus)
    # Ctrl+Tab from inside another tab.
    page.tabs.setCurrentIndex(0)
    inside = page.recommended.rows[0].button
    inside.setFocus()
    qtbot.waitUntil(inside.hasFocus)
    qtbot.keyClick(inside, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == search_tab
    qtbot.waitUntil(field.hasFocus)
    # Opening the Models page again on that tab.
    window.show_chat_page()
    window.composer.edit.setFocus()
    qtbot.waitUntil(window.composer.edit.hasFocus)
    window.show_models_page()
    qtbot.waitUntil(field.hasFocus)
    # Arrow keys on the focused tab bar pass through the tab: the focus stays on the tabs.
    page.tabs.setCurrentIndex(0)
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus)
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert page.tabs.currentIndex() == search_tab and bar.hasFocus()
