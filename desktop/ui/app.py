"""Start the app: QApplication, store, the chat runtime, main window; and end it cleanly."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_NAME, __version__
from desktop.core.backends import default_backends
from desktop.core.paths import resource_path
from desktop.core.runtime.backend import BackendRegistry
from desktop.core.runtime.host import CHAT, ModelHost
from desktop.core.settings import Settings, SettingsStore, load_settings
from desktop.core.store import ConversationStore, StoreError
from desktop.ui.background import wait_for_background
from desktop.ui.engine_controller import EngineController
from desktop.ui.i18n import tr, translation
from desktop.ui.main_window import MainWindow
from desktop.ui.plain import plain
from desktop.ui.theme import apply_theme

log = logging.getLogger(__name__)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.INFO,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
qt_log = logging.getLogger("qt")


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    # Qt's own chatter goes to the log, not over the user's terminal.
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def application() -> QApplication:
    if not os.environ.get("HEARTH_QT_MESSAGES"):
        qInstallMessageHandler(_qt_message)
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("hearth")
    icon = resource_path("icons", "hearth.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


@dataclass
class Session:
    """One running window and what it owns; `close()` ends the runtime's threads and the store."""

    app: QApplication
    window: MainWindow
    engine: EngineController
    store: ConversationStore
    host: ModelHost

    def close(self) -> bool:
        """Save what was said, stop the model and the downloads; False if something is still running.

        Closing must take at most about two seconds even mid-reply, mid-load or mid-download:
        every wait here is short, and the caller leaves the process if a thread did not stop.
        """
        self.window.shutdown()
        finished = self.host.shutdown(1.0)  # each model is freed on its own thread
        self.engine.close()
        finished = wait_for_background(300) and finished
        self.window.deleteLater()
        self.store.close()
        return finished


def open_session(
    backends: BackendRegistry | None = None,
    settings: Settings | SettingsStore | None = None,
    store: ConversationStore | None = None,
) -> Session:
    """Everything the window needs, ready to show. Raises StoreError if the data folder is unusable.

    `backends` runs the models (default: llama.cpp for GGUF files); `settings` a value to start
    from (saved to the settings file as it changes), or a SettingsStore of the caller's.
    """
    app = application()
    settings_store = settings if isinstance(settings, SettingsStore) else SettingsStore(settings)
    translation.install(app, settings_store.current.language)  # before any text is made
    store = store or ConversationStore.open_default()
    recovered = store.recover_interrupted()
    store.purge_deleted()
    host = ModelHost(backends or default_backends())
    engine = EngineController(host.runner(CHAT), host=host)
    window = MainWindow(store, engine, settings_store)
    window.apply_palette(apply_theme(app, window.settings.theme, window.settings.font_size))
    if recovered:
        window.notify(
            tr("A reply was interrupted when Hearth last closed; it is kept as it was.")
            if recovered == 1
            else tr("{count} replies were interrupted when Hearth last closed; they are kept as they were.").format(
                count=recovered
            )
        )
    if store.read_only:
        window.alert.setText(tr("The data folder is read-only: your chats can be read, but nothing new is saved."))
        window.alert.show()
        window.notify(window.alert.text())
    return Session(app, window, engine, store, host)


class _AfterFirstPaint(QObject):
    """Runs `then` once the window has been painted the first time: work the user need not wait
    for to see the window. With `exit_after_paint` (`--exit-after-paint`), it says when, and quits."""

    def __init__(self, window: QWidget, then: Callable[[], None], exit_after_paint: bool = False) -> None:
        super().__init__(window)
        self._then = then
        self._exit = exit_after_paint
        window.installEventFilter(self)
        # A window that is never painted (minimised at once, say) still gets its work done.
        QTimer.singleShot(3000, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            if self._exit:
                print(f"first-paint {time.time():.6f}", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


class _QuitOnSignals(QObject):
    """SIGINT and SIGTERM close the window like the user would (saving what was said).

    Python runs signal handlers only when the interpreter gets control, which Qt's event loop
    does not give it; the wake-up fd makes a signal a readable byte that Qt notices at once.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._reader, writer = socket.socketpair()
        self._writer = writer
        self._reader.setblocking(False)
        writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(writer.fileno())
        self._previous = {sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGINT, signal.SIGTERM)}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_signal)

    def _on_signal(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)
        self._window.close()

    def restore(self) -> None:
        signal.set_wakeup_fd(self._previous_fd)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


def run_app(model: str | None = None, exit_after_paint: bool = False) -> int:
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    try:
        session = open_session()
    except StoreError as error:
        translation.install(application(), load_settings().language)
        QMessageBox.critical(None, APP_NAME, plain(tr("Hearth cannot start: {error}").format(error=error)))
        return 1
    try:
        # Downloads cut short by a crash or quit go on, once the window is up.
        _AfterFirstPaint(session.window, session.window.downloads.start, exit_after_paint)
        session.window.show()
        session.window.start(model)
        stop_on_signals = _QuitOnSignals(session.window)
        code = session.app.exec()
        stop_on_signals.restore()
    except BaseException:
        # Whatever went wrong, the model thread must not outlive the window (Qt would abort).
        if not session.close():
            os._exit(1)
        raise
    if not session.close():
        # The model thread is stuck in native code (a huge load, say): everything said is
        # already in the store, so leave now rather than keep the user waiting.
        log.warning("the model thread did not stop in time; exiting")
        os._exit(code)
    return code
