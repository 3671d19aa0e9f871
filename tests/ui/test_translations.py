"""Hearth in six languages: every text translated with its placeholders, the files current, the
system's language chosen, and every visible string of the window going through Qt's translator."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.core import build_info
from desktop.core.chat_settings import ChatSettings
from desktop.core.library.catalog import load_catalog
from desktop.core.settings import Settings
from desktop.ui import translation_files
from desktop.ui.i18n import ENGLISH, LANGUAGES, language_for, tr, translation, translation_file
from tests.helpers.window import press_send, wait_ready

# What a translation must keep: {named} fields, Qt's %n / %1, and markup tags.
PLACEHOLDER = re.compile(r"\{[a-z_][a-z0-9_]*\}|%n|%\d|</?[a-zA-Z][a-zA-Z0-9]*")


def messages(language: str) -> list[ET.Element]:
    return list(ET.parse(translation_files.ts_file(language)).getroot().iter("message"))


def translations_of(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [node.text or ""]


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_translation_file_holds_every_text_of_the_code_and_no_other(language: str) -> None:
    missing, unused = translation_files.stale(language)
    assert not missing, f"run python -m desktop.ui.translation_files: {sorted(t for _, t in missing)[:5]}"
    assert not unused, f"run python -m desktop.ui.translation_files: {sorted(t for _, t in unused)[:5]}"


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_text_is_translated_and_keeps_its_placeholders(language: str) -> None:
    found = messages(language)
    assert len(found) > 300  # the window's texts, not an empty file
    untranslated, broken = [], []
    for message in found:
        source = message.findtext("source") or ""
        node = message.find("translation")
        assert node is not None
        texts = translations_of(message)
        if node.get("type") == "unfinished" or not all(text.strip() for text in texts):
            untranslated.append(source)
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                broken.append(f"{source!r} -> {text!r}")
    assert not untranslated, f"{len(untranslated)} untranslated in {language}, e.g. {untranslated[:5]}"
    assert not broken, f"placeholders lost in {language}: {broken[:5]}"


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_the_shipped_qm_file_is_compiled_from_the_ts_file(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"hearth_{language}.qm"
    translation_files.compile_ts(translation_files.ts_file(language), fresh)
    assert Path(translation_file(language)).read_bytes() == fresh.read_bytes()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("de_AT", "de"),
        ("fr_CA", "fr"),
        ("es_MX", "es"),
        ("pt_BR", "pt_BR"),
        ("pt_PT", "pt_BR"),
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", ENGLISH),  # Traditional Chinese readers get English, not Simplified
        ("ja_JP", "ja"),
        ("ar_EG", ENGLISH),
        ("en_GB", ENGLISH),
    ],
)
def test_the_system_language_is_used_when_hearth_has_it(locale: str, expected: str) -> None:
    assert language_for("", QLocale(locale)) == expected


def test_the_language_chosen_in_settings_wins_over_the_system() -> None:
    assert language_for("ja", QLocale("de_DE")) == "ja"
    assert language_for("en", QLocale("de_DE")) == ENGLISH
    assert language_for("xx", QLocale("fr_FR")) == "fr"  # a hand-edited typo: the system's


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_installing_a_language_translates_the_window_texts(qapp: QApplication, language: str) -> None:
    try:
        assert translation.install(qapp, language) == language
        assert tr("Send") != "Send"
        assert "{" not in tr("Send")
        # Qt's own texts (a dialog's Cancel button) come in the same language, from Qt's translations.
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") != "Cancel"
        box.deleteLater()
    finally:
        translation.remove(qapp)
    assert tr("Send") == "Send"


# -- every visible string goes through the translator ------------------------------------

MARK_OPEN, MARK_CLOSE = "\u27e6", "\u27e7"


@pytest.fixture
def pseudo_translation(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """A translation that brackets every text: a visible string without brackets skipped tr()."""
    tree = ET.parse(translation_files.ts_file("de"))
    for message in tree.getroot().iter("message"):
        node = message.find("translation")
        assert node is not None
        node.attrib.pop("type", None)
        source = message.findtext("source") or ""
        for form in node.findall("numerusform") or [node]:
            form.text = MARK_OPEN + source + MARK_CLOSE
    ts = tmp_path / "pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    translation_files.compile_ts(ts, tmp_path / "pseudo.qm")
    translator = QTranslator(qapp)
    assert translator.load(str(tmp_path / "pseudo.qm"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def visible_texts(root: QWidget) -> Iterator[tuple[QObject, str]]:
    """(widget or action, text) of what a user can read or a screen reader says, in `root` and below."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            yield widget, re.sub(r"<[^>]+>", " ", widget.text())
        if isinstance(widget, QAbstractButton):
            yield widget, widget.text()
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            yield widget, widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield widget, widget.title()
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield widget, widget.itemText(index)
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield widget, widget.tabText(index)
        if widget.isWindow():
            yield widget, widget.windowTitle()
        yield widget, widget.toolTip()
        yield widget, widget.accessibleName()
        yield widget, widget.accessibleDescription()
    for action in root.findChildren(QAction):
        yield action, action.text()
        tip = action.toolTip()
        yield action, tip if tip != action.text().replace("&", "") else ""


# Qt's own parts of its widgets (a tab bar's scroll arrows): Qt's translations, not Hearth's, cover them.
QT_INTERNAL = ("ScrollLeftButton", "ScrollRightButton", "qt_")


def untranslated(root: QWidget, data: set[str]) -> list[str]:
    """Texts with words that did not come through the translator (`data`: what the test gave it)."""
    # OK, Cancel, Close of a dialog's button box: Qt names them, in the language of Qt's own translation.
    standard_buttons = {
        id(button)
        for box in root.findChildren(QDialogButtonBox)
        for button in box.buttons()
        if box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
    }
    found = []
    for owner, text in visible_texts(root):
        if owner.objectName().startswith(QT_INTERNAL) or id(owner) in standard_buttons:
            continue
        words = text.strip()
        for item in sorted(data, key=len, reverse=True):
            words = words.replace(item, "")
        words = re.sub(r"\d[\w.+-]*", "", words)  # numbers and versions ("0.5.0-dev", "8B")
        if re.search(r"[A-Za-z]{2}", words) and MARK_OPEN not in words:
            found.append(f"{type(owner).__name__}: {text!r}")
    return sorted(set(found))


def test_every_visible_string_of_the_window_goes_through_the_translator(
    pseudo_translation: None, open_window, engine, fake_models, qtbot
) -> None:
    from desktop.ui.about_dialog import AboutDialog
    from desktop.ui.settings_dialog import SettingsDialog

    engine.replies.append(["A reply ", "to read."])
    session = open_window(Settings())
    window = session.window
    data = {path.stem for path in fake_models} | {path.name for path in fake_models}
    data |= {entry.name for kind in ("chat", "embedding") for entry in load_catalog(kind=kind)}  # type: ignore[arg-type]
    data |= {"Hearth", "GGUF", "llama.cpp", "A reply to read.", "Hello there", "English", *LANGUAGES.values()}
    data |= {"VAR", "gpu-box", "http://gpu-box:8000/v1"}  # examples in the Engines tab's fields
    found = []
    for page in (window.welcome, window.models_page):
        window.pages.setCurrentWidget(page)
        qtbot.waitUntil(page.isVisible)
        found += untranslated(window, data)
    window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000):
        press_send(qtbot, session, "Hello there")
    window.refresh_conversations()
    found += untranslated(window, data)  # the chat page: sidebar, transcript, a reply's buttons, status bar
    settings = SettingsDialog(window, window.settings, window.chat.chat_settings, window.store)
    found += untranslated(settings, data)
    settings.deleteLater()
    about = AboutDialog(window)
    build = about.info
    licences = {f"{licence.component}: {licence.name}" for licence in build.licences}
    licences |= {title for title, _ in build_info.REFERENCED_TEXTS}  # the licences' own titles
    names = {"Python", "Qt", "PySide6", "llama-cpp-python"}  # the parts' names beside their versions
    found += untranslated(about, data | licences | names | {build.app_version, build.system})
    about.deleteLater()
    assert not found, "\n".join(sorted(set(found)))


# -- layouts in long and right-to-left languages --------------------------------------------


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[None]:
    """The window's language is the session's: whatever a test opens it in, the next test reads English."""
    yield
    translation.remove(qapp)


SMALL_SCREEN = 1024  # pixels across: a small laptop's screen


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_language_fits_a_small_screen_without_cutting_a_reply_off(
    language: str, english_after: None, open_window, engine, fake_models, qtbot
) -> None:
    engine.replies.append(["A reply ", "cut ", "off."])
    engine.delay_s = 0.02  # a time to first token, in the statistics
    model = fake_models[0].with_name("SmolLM2-135M-Instruct.Q4_K_M.gguf")  # a name as long as real ones
    model.write_bytes(b"GGUF")
    session = open_window(Settings(language=language))
    window = session.window
    window.resize(820, 600)  # narrower than the German pages need: the transcript must still fit
    window.start(str(model))
    wait_ready(qtbot, session)
    window.chat.set_chat_settings(ChatSettings(max_tokens=2))  # cut off: the reply offers Continue too
    with qtbot.waitSignal(window.chat.replyEnded, timeout=5000) as ended:
        press_send(qtbot, session, "Hallo")
    assert window.composer.button.text() == tr("Send") != "Send"  # the window is in that language
    reply = window.transcript.widget_for(ended.args[0].id)
    assert reply is not None and reply.stats_label.text()
    for _ in range(3):  # the layout requests the new text posted (a reply's, then its transcript's), done now
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert window.transcript.widget().width() <= window.transcript.viewport().width()
    # The statistics line wraps instead of widening the transcript past its right edge (German did).
    assert reply.geometry().right() <= window.transcript.viewport().width()
    assert window.minimumSizeHint().width() <= SMALL_SCREEN


def test_a_right_to_left_language_mirrors_the_window(qapp: QApplication, open_window, fake_models, qtbot) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        session = open_window(Settings())
        window = session.window
        window.resize(1000, 700)
        window.start(str(fake_models[0]))
        wait_ready(qtbot, session)
        sidebar = window.sidebar.mapTo(window, window.sidebar.rect().topLeft()).x()
        pages = window.pages.mapTo(window, window.pages.rect().topLeft()).x()
        assert sidebar > pages  # the chats on the right, the conversation on the left
        send = window.composer.button.mapTo(window, window.composer.button.rect().topLeft()).x()
        edit = window.composer.edit.mapTo(window, window.composer.edit.rect().topLeft()).x()
        assert send < edit  # Send at the start of the line, which is its left end
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_passage_viewers_notices_from_core_are_shown_translated(english_after: None, qapp) -> None:
    from desktop.core.documents import passage_source
    from desktop.ui.passage_viewer import notice_shown

    assert translation.install(qapp, "de") == "de"
    gone = passage_source.GONE.format(reason="No such file or directory")
    shown = [notice_shown(text) for text in (passage_source.CHANGED, passage_source.AS_INDEXED, gone)]
    assert all(text and text not in (passage_source.CHANGED, passage_source.AS_INDEXED, gone) for text in shown)
    assert "No such file or directory" in shown[2]  # the system's reason kept inside the German sentence
    assert notice_shown("") == ""
