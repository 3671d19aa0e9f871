"""The sidebar: its look with thousands of chats, and what a search hit shows."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionSlider

from desktop.core.store import ConversationStore
from desktop.core.store.records import ConversationSummary
from desktop.ui.sidebar import ID_ROLE, Sidebar
from desktop.ui.theme import COLORS, apply_theme


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The application's look put back after a test that changes it (it is shared by the tests that follow)."""
    sheet, palette = qapp.styleSheet(), qapp.palette()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_scroll_bar_trough_is_the_sidebar_colour_with_thousands_of_chats(
    qtbot, open_window, themed, mode: str
) -> None:
    window = open_window().window
    window.apply_palette(apply_theme(themed, mode))
    qtbot.waitExposed(window)
    sidebar = window.sidebar
    now = time.time()
    sidebar.set_conversations([ConversationSummary(i, f"Chat {i}", "m", now - i * 60, 2) for i in range(5000)])
    bar = sidebar.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0)  # laid out on the next turn
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    style = bar.style()
    handle = style.subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar)
    groove = style.subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarGroove, bar)
    image = window.grab().toImage()  # the window's: a widget grabbed alone is filled with its own colour

    def pixel(x: int, y: int) -> tuple[int, ...]:
        return image.pixelColor(bar.mapTo(window, QPoint(x, y))).getRgb()[:3]

    def distance(a: tuple[int, ...], b: tuple[int, ...]) -> int:
        return max(abs(one - other) for one, other in zip(a, b, strict=True))

    # The middle of the trough, well below the handle (the list is at its top).
    below = max(handle.bottom() + 20, (groove.top() + groove.bottom()) // 2)
    assert below < groove.bottom()
    trough = pixel(groove.center().x(), below)
    sidebar_colour = QColor(COLORS[mode]["sidebar"]).getRgb()[:3]
    margin = image.pixelColor(sidebar.mapTo(window, QPoint(2, sidebar.height() // 2))).getRgb()[:3]  # beside the list
    assert distance(margin, sidebar_colour) <= 2, f"sidebar drawn {margin}, not {sidebar_colour}"
    assert distance(trough, sidebar_colour) <= 2, f"trough {trough}, sidebar {sidebar_colour}"
    assert distance(pixel(handle.center().x(), handle.center().y()), trough) >= 30  # and the handle shows on it


def test_a_search_hit_on_the_title_shows_the_title_once(qtbot, tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "hearth.db")
    try:
        only_title = store.create("model.gguf")
        store.rename(only_title.id, "Sourdough starter")
        store.add_message(only_title.id, None, "user", "How often do I feed it?")
        both = store.create("model.gguf")
        store.rename(both.id, "Sourdough loaf")
        asked = store.add_message(both.id, None, "user", "Why is my sourdough so dense?")
        hits = store.search("sourdough")
    finally:
        store.close()
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_search_hits(hits)
    rows = {sidebar.list.item(row).data(ID_ROLE): sidebar.list.item(row) for row in range(sidebar.list.count())}
    assert rows[only_title.id].text() == "Sourdough starter"  # no second line repeating it
    assert rows[both.id].text().splitlines() == ["Sourdough loaf", "Why is my «sourdough» so dense?"]
    assert [hit.message_id for hit in hits if hit.conversation_id == both.id] == [asked.id]
