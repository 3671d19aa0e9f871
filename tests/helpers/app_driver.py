"""Run the real app headless in a subprocess, drive it with JSON commands on stdin, read JSON events from stdout.

The child (`python -m tests.helpers.app_driver [hearth arguments]`) starts Hearth through its own
entry point (`desktop.cli.main.main`, so `run_app`, its store, real engine, validation child and
exit path), with one hook: when `open_session` returns, a `Driver` attaches to the window. It
prints one JSON line per event (`{"event": ..., "t": <monotonic seconds>, ...}`: messages added,
streamed pieces, store writes, loads, notices, downloads, dialogs) and runs the commands the
parent writes (send, switch, export, close, ...). Dialogs are answered by the driver, never shown.

The parent side is `AppProcess`: it starts the child, reads its events on a thread, and offers
`wait_for`, `command` and `kill`. Both sides run on Linux's shared monotonic clock, so the
parent can compare the child's event times with its own (the moment of a kill, say).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
_print_lock = threading.Lock()


def emit(event: str, **fields: Any) -> None:
    """One event as a JSON line on stdout (any thread)."""
    line = json.dumps({"event": event, "t": time.monotonic(), **fields}, ensure_ascii=True, default=str)
    with _print_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


# ---------------------------------------------------------------------------------------------------------
# The child: the app, and the driver attached to its window
# ---------------------------------------------------------------------------------------------------------


class _Answers:
    """How the driver answers dialogs: per kind ("warning", "question", ...), "yes" or "no"."""

    def __init__(self) -> None:
        self.by_kind: dict[str, str] = {}
        self.default = os.environ.get("HEARTH_DRIVER_ANSWER", "no")

    def button(self, kind: str) -> Any:
        from PySide6.QtWidgets import QMessageBox

        answer = self.by_kind.get(kind, self.default)
        return QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.No


ANSWERS = _Answers()
DIALOGS: list[dict[str, str]] = []  # every dialog "shown", in order


def install_dialog_stubs() -> None:
    """Every modal dialog becomes an event and an answer; nothing waits for a user who is not there."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    def box(kind: str) -> Callable[..., Any]:
        def show(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            DIALOGS.append({"kind": kind, "title": title, "text": text})
            emit("dialog", kind=kind, title=title, text=text)
            return ANSWERS.button(kind)

        return staticmethod(show)

    for kind in ("warning", "question", "critical", "information"):
        setattr(QMessageBox, kind, box(kind))
    QMessageBox.about = staticmethod(lambda parent, title, text: emit("dialog", kind="about", title=title, text=text))
    QInputDialog.getText = staticmethod(lambda *a, **k: (emit("dialog", kind="input", title=str(a[1:2])), ("", False)))
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: ("", ""))
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: ("", ""))

    def open_url(url: Any) -> bool:
        emit("open_url", url=url.toString())
        return True

    QDesktopServices.openUrl = staticmethod(open_url)


def _message(message: Any, with_content: bool = True) -> dict[str, Any]:
    data = {
        "id": message.id,
        "conversation": message.conversation_id,
        "role": message.role,
        "state": message.state,
        "chars": len(message.content),
    }
    if with_content:
        data["content"] = message.content
    return data


class _StdinReader(threading.Thread):
    def __init__(self, deliver: Callable[[str], None]) -> None:
        super().__init__(name="driver-stdin", daemon=True)
        self._deliver = deliver

    def run(self) -> None:
        for line in sys.stdin:
            if line.strip():
                self._deliver(line)
        self._deliver('{"cmd": "stdin_closed"}')


def make_driver(session: Any) -> Any:
    """Attach a Driver (a QObject in the GUI thread) to a freshly opened session."""
    from PySide6.QtCore import QObject, QTimer, Signal

    class Driver(QObject):
        commandArrived = Signal(str)

        def __init__(self) -> None:
            super().__init__()
            self.session = session
            self.window = session.window
            self.chat = session.window.chat
            self.engine = session.engine
            self.store = session.store
            self._opening: list[str] = []
            self._open_result: dict[str, Any] | None = None
            self._open_timer: QTimer | None = None
            self._open_started = 0.0
            self._open_dialogs = 0
            self._hook()
            self.commandArrived.connect(self._run)  # queued: the reader thread emits
            _StdinReader(self.commandArrived.emit).start()
            QTimer.singleShot(0, self._ready)

        # -- events ---------------------------------------------------------------------------------

        def _hook(self) -> None:
            chat, engine, window = self.chat, self.engine, self.window
            chat.messageAdded.connect(lambda m: emit("message", **_message(m)))
            batches = itertools.count()  # which arrival a piece came in: the pieces of one are shown together

            def chunks(message_id: int, pieces: list[str]) -> None:
                batch = next(batches)
                for piece in pieces:
                    emit("chunk", id=message_id, piece=piece, batch=batch)

            chat.piecesArrived.connect(chunks)
            chat.replyEnded.connect(lambda m: emit("ended", **_message(m)))
            chat.notice.connect(lambda text: emit("notice", text=text))
            window.status.messageChanged.connect(lambda text: text and emit("status", text=text))
            engine.stateChanged.connect(lambda state: emit("engine", state=state))
            engine.loaded.connect(self._loaded)
            engine.loadFailed.connect(self._load_failed)
            refused = getattr(engine, "loadRefused", None)  # the memory check's "too big" (asks the user)
            if refused is not None:
                refused.connect(self._load_refused)
            downloads = getattr(window, "downloads", None)
            if downloads is not None:
                downloads.changed.connect(self._download)
            documents = getattr(window, "documents", None)
            if documents is not None:
                documents.progress.connect(
                    lambda p: emit("index_progress", collection=p.collection, phase=p.phase, done=p.files_done)
                )
            store = self.store
            for name in ("update_message", "add_message"):
                real = getattr(store, name)

                def wrapped(*args: Any, _real: Callable[..., Any] = real, _name: str = name, **kwargs: Any) -> Any:
                    result = _real(*args, **kwargs)
                    if _name == "add_message":
                        emit("stored", **_message(result, with_content=False))
                    else:
                        content = kwargs.get("content")
                        emit("saved", id=args[0], state=kwargs.get("state"), content=content)
                    return result

                setattr(store, name, wrapped)

        def snapshot(self) -> dict[str, Any]:
            window = self.window
            conversation = self.chat.conversation
            return {
                "conversation": conversation.id if conversation else None,
                "conversation_model": conversation.model if conversation else None,
                "messages": [_message(m) for m in window.transcript.messages],
                "engine": self.engine.state,
                "model": self.engine.model.path if self.engine.model else None,
                "models": [str(p) for p in window.picker.paths],
                "status": window.status.currentMessage(),
                "alert": window.alert.text() if not window.alert.isHidden() else "",
                "busy": self.chat.busy,
                "last_model": window.settings.last_model,
            }

        def _ready(self) -> None:
            emit("ready", pid=os.getpid(), **self.snapshot())

        def _loaded(self, info: Any) -> None:
            emit("loaded", path=info.path, template_note=info.template_note, context=info.context_length)
            self._finish_open("loaded", info.path, "")

        def _load_failed(self, path: str, message: str) -> None:
            emit("load_failed", path=path, message=message, alert=self.window.alert.text())
            self._finish_open("failed", path, message)

        def _load_refused(self, path: str, refusal: str) -> None:
            emit("load_refused", path=path, message=refusal)

            def settled() -> None:  # after the window's question: loading anyway, or not
                if self.engine.state != "loading":
                    self._finish_open("refused", path, refusal)

            QTimer.singleShot(0, settled)

        def _download(self, status: Any) -> None:
            emit(
                "download",
                id=status.id,
                name=status.name,
                state=str(status.state),
                done=status.bytes_done,
                total=status.bytes_total,
                error=status.error,
                path=str(status.path),
            )

        # -- commands -------------------------------------------------------------------------------

        def _run(self, line: str) -> None:
            try:
                command = json.loads(line)
                name = command.pop("cmd")
                emit("command", cmd=name)
                handler = getattr(self, f"cmd_{name}", None)
                if handler is None:
                    raise ValueError(f"unknown command {name!r}")
                handler(**command)
            except BaseException as error:
                emit("command_error", error=f"{type(error).__name__}: {error}", trace=traceback.format_exc())

        def cmd_ping(self, **_: Any) -> None:
            emit("pong")

        def cmd_dump(self) -> None:
            emit("dump", **self.snapshot())

        def cmd_answer(self, kind: str, answer: str) -> None:
            ANSWERS.by_kind[kind] = answer
            emit("ack", cmd="answer")

        def cmd_send(self, text: str) -> None:
            from PySide6.QtCore import Qt
            from PySide6.QtTest import QTest

            composer = self.window.composer
            composer.set_text(text)
            composer.edit.setFocus()
            QTest.keyClick(composer.edit, Qt.Key.Key_Return)
            emit("ack", cmd="send", busy=self.chat.busy)

        def cmd_chat_settings(self, **values: Any) -> None:
            from desktop.core.chat_settings import ChatSettings

            settings = ChatSettings.from_dict({**self.chat.chat_settings.__dict__, **values})
            self.chat.set_chat_settings(settings)
            self.chat.draft_settings = settings
            emit("ack", cmd="chat_settings")

        def cmd_switch(self, path: str) -> None:
            self.window.open_model_file(path)
            emit("ack", cmd="switch", engine=self.engine.state)

        def cmd_new_chat(self) -> None:
            self.window.new_chat()
            emit("ack", cmd="new_chat")

        def cmd_open(self, id: int) -> None:
            self.window.open_conversation(id)
            emit("ack", cmd="open", **self.snapshot())

        def cmd_regenerate(self) -> None:
            emit("ack", cmd="regenerate", started=self.chat.regenerate())

        def cmd_stop(self) -> None:
            self.chat.stop()
            emit("ack", cmd="stop")

        def cmd_export(self, kind: str, path: str, id: int | None = None) -> None:
            from desktop.ui import file_actions

            conversation = id if id is not None else self.chat.conversation.id
            emit("ack", cmd="export", ok=file_actions.export_chat(self.window, conversation, kind, path))

        def cmd_models_page(self) -> None:
            self.window.show_models_page()
            emit("ack", cmd="models_page")

        def cmd_chat_page(self) -> None:
            self.window.show_chat_page()
            emit("ack", cmd="chat_page")

        def cmd_save_settings(self, count: int, start: int = 0) -> None:
            """Save the settings `count` times, each with a new `default_preset`, one per event-loop turn."""

            def one(index: int) -> None:
                not_saved = self.window.settings_store.update(default_preset=f"v{index}")
                assert not not_saved, not_saved
                emit("settings_saved", index=index)
                if index + 1 < start + count:
                    QTimer.singleShot(0, lambda: one(index + 1))

            one(start)

        def cmd_download(self, repo: str, quant: str | None = None) -> None:
            from desktop.core.hub.client import HubClient

            listing = HubClient().repo_files(repo)
            model = next((m for m in listing.models if quant is None or m.quant == quant), listing.models[0])
            status = self.window.downloads.manager.add(listing.repo_id, model, listing.revision)
            emit("ack", cmd="download", id=status.id, state=str(status.state))

        def cmd_index(self, name: str, folder: str) -> None:
            """A document collection of `folder`, indexed in the background as one added in the window is."""
            self.window.documents.create(name, [folder])
            emit("ack", cmd="index")

        def cmd_search(self, query: str) -> None:
            from desktop.core.hub.client import HubClient
            from desktop.core.hub.errors import HubError

            try:
                results = HubClient().search(query)
            except HubError as error:
                emit("ack", cmd="search", repos=[], error=str(error))
                return
            emit("ack", cmd="search", repos=[r.repo_id for r in results], error=None)

        def cmd_fault(self, kind: str) -> None:
            """Make the store's next writes fail as on a full disk or a read-only folder; "none" heals it."""
            db = self.store.db
            if kind == "full":
                pages = db.execute("PRAGMA page_count").fetchone()[0]
                db.execute(f"PRAGMA max_page_count = {pages}")
            elif kind == "readonly":
                db.execute("PRAGMA query_only = ON")
            else:
                db.execute("PRAGMA query_only = OFF")
                db.execute("PRAGMA max_page_count = 1073741823")
            emit("ack", cmd="fault", kind=kind)

        def cmd_probe_network(self, host: str, port: int) -> None:
            """Try a connection, to show that the network guard (if any) catches it."""
            import socket

            try:
                socket.create_connection((host, port), timeout=2).close()
                outcome = "connected"
            except OSError as error:
                outcome = f"{type(error).__name__}: {error}"
            emit("ack", cmd="probe_network", outcome=outcome)

        def cmd_close(self) -> None:
            emit("closing")
            self.window.close()

        def cmd_stdin_closed(self) -> None:
            pass

        def cmd_open_files(self, paths: list[str], timeout_s: float = 120.0) -> None:
            """Open each file in turn as a user would ("Open a GGUF file…"), reporting how each ended."""
            self._opening = list(paths)
            self._open_timer = QTimer(self)
            self._open_timer.setSingleShot(True)
            self._open_timer.timeout.connect(lambda: self._finish_open("hang", "", f"nothing after {timeout_s} s"))
            self._open_timeout_ms = int(timeout_s * 1000)
            QTimer.singleShot(0, self._open_next)

        def _open_next(self) -> None:
            if not self._opening:
                emit("opened_all", **self.snapshot())
                return
            path = self._opening[0]
            self._open_result = None
            self._open_dialogs = len(DIALOGS)
            self._open_started = time.monotonic()
            try:
                self.window.open_model_file(path)
            except BaseException as error:
                self._finish_open("exception", path, f"{type(error).__name__}: {error}", traceback.format_exc())
                return
            if self._open_result is None and self.engine.state != "loading":
                # No load started (a refusal before loading, say): report what the window shows.
                self._finish_open("no-load", path, "")
                return
            if self._open_result is None and self._open_timer is not None:
                self._open_timer.start(self._open_timeout_ms)

        def _finish_open(self, outcome: str, path: str, message: str, trace: str = "") -> None:
            if not self._opening or self._open_result is not None:
                return
            if self._open_timer is not None:
                self._open_timer.stop()
            requested = self._opening.pop(0)
            self._open_result = {"outcome": outcome}
            emit(
                "opened",
                requested=requested,
                outcome=outcome,
                path=path,
                message=message,
                trace=trace,
                alert=self.window.alert.text() if not self.window.alert.isHidden() else "",
                status=self.window.status.currentMessage(),
                engine=self.engine.state,
                seconds=time.monotonic() - self._open_started,
                dialogs=DIALOGS[self._open_dialogs :],
            )
            if outcome != "hang":
                QTimer.singleShot(0, self._open_next)

    return Driver()


_DRIVERS: list[Any] = []


def child_main(argv: list[str]) -> int:
    """Start Hearth as `hearth argv...` would, with the driver attached to its window."""
    install_dialog_stubs()
    import desktop.ui.app as app_module
    from desktop.cli.main import main as hearth_main

    real_open = app_module.open_session

    def open_and_drive(*args: Any, **kwargs: Any) -> Any:
        session = real_open(*args, **kwargs)
        _DRIVERS.append(make_driver(session))
        return session

    app_module.open_session = open_and_drive
    code = hearth_main(argv)
    emit("exit", code=code)
    return code


# ---------------------------------------------------------------------------------------------------------
# The parent: start the child, read its events, send it commands
# ---------------------------------------------------------------------------------------------------------


class AppDied(AssertionError):
    """The app process ended (or went quiet) while the test waited for an event."""


class AppProcess:
    """The app in a subprocess. Every event is kept in `events`; `wait_for` consumes them in order."""

    def __init__(
        self,
        data_dir: Path,
        args: Iterable[str] = (),
        env: dict[str, str] | None = None,
        wrapper: Iterable[str] = (),
        log_path: Path | None = None,
    ) -> None:
        self.data_dir = data_dir
        base = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
        self.env = {
            **base,
            "HEARTH_DATA_DIR": str(data_dir),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": os.pathsep.join([str(ROOT), base.get("PYTHONPATH", "")]).rstrip(os.pathsep),
            "PYTHONUNBUFFERED": "1",
            **(env or {}),
        }
        self.log_path = log_path or data_dir.parent / f"app-{time.monotonic_ns()}.stderr"
        self._stderr = self.log_path.open("w", encoding="utf-8")
        command = [*wrapper, sys.executable, "-m", "tests.helpers.app_driver", *args]
        self.started_at = time.monotonic()
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            encoding="utf-8",
        )
        self.events: list[dict[str, Any]] = []
        self.commands: list[dict[str, Any]] = []
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, name="app-events", daemon=True)
        self._reader.start()
        self.exit_seen_at: float | None = None

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                event = {"event": "stdout", "line": line.rstrip("\n"), "t": time.monotonic()}
            event["received"] = time.monotonic()
            self.events.append(event)
            self._queue.put(event)
        self.exit_seen_at = time.monotonic()
        self._queue.put(None)

    # -- waiting ----------------------------------------------------------------------------------------

    def wait_for(
        self,
        name: str,
        predicate: Callable[[dict[str, Any]], bool] | None = None,
        timeout: float = 60.0,
        any_name: bool = False,
    ) -> dict[str, Any]:
        """The next event called `name` (that satisfies `predicate`); earlier other events are skipped."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AppDied(f"no {name!r} event within {timeout} s\n{self.tail()}\n{self.stacks()}")
            try:
                event = self._queue.get(timeout=remaining)
            except queue.Empty:
                continue
            if event is None:
                self._queue.put(None)  # keep reporting the end to later waits
                raise AppDied(f"the app ended (code {self.process.poll()}) before a {name!r} event\n{self.tail()}")
            if event["event"] == "command_error":
                raise AssertionError(f"a driver command failed: {event['error']}\n{event['trace']}")
            if (any_name or event["event"] == name) and (predicate is None or predicate(event)):
                return event

    def wait_for_any(self, names: set[str], timeout: float = 60.0) -> dict[str, Any]:
        """The next event whose name is one of `names`."""
        return self.wait_for("", lambda e: e["event"] in names, timeout, any_name=True)

    def command(self, cmd: str, **fields: Any) -> None:
        assert self.process.stdin is not None
        self.commands.append({"cmd": cmd, **fields})
        self.process.stdin.write(json.dumps({"cmd": cmd, **fields}) + "\n")
        self.process.stdin.flush()

    def ask(self, cmd: str, timeout: float = 60.0, **fields: Any) -> dict[str, Any]:
        """Send a command and wait for its acknowledgement."""
        self.command(cmd, **fields)
        return self.wait_for("ack", lambda e: e.get("cmd") == cmd, timeout)

    # -- ending -----------------------------------------------------------------------------------------

    def kill(self, sig: int = signal.SIGKILL) -> float:
        """Send `sig` (SIGKILL by default); return the monotonic time it was sent."""
        sent = time.monotonic()
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.process.pid, sig)
        return sent

    def wait_exit(self, timeout: float = 30.0) -> int:
        try:
            code = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            raise AppDied(f"the app did not exit within {timeout} s\n{self.tail()}") from None
        self._reader.join(5)
        self._stderr.close()
        return code

    def stop(self) -> None:
        """Make sure the process is gone (the end of a test, passed or failed)."""
        if self.process.poll() is None:
            self.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(10)
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError, ValueError):
                if stream is not None:
                    stream.close()
        if not self._stderr.closed:
            self._stderr.close()

    def __enter__(self) -> AppProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stderr(self) -> str:
        if not self._stderr.closed:
            self._stderr.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stacks(self) -> str:
        """Where every thread of a stuck app is (py-spy, when installed beside this Python)."""
        spy = Path(sys.executable).with_name("py-spy")
        if self.process.poll() is not None or not spy.exists():
            return ""
        command = [str(spy), "dump", "--native", "--pid", str(self.process.pid)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        return f"stacks:\n{done.stdout}{done.stderr}"

    def tail(self, count: int = 15) -> str:
        events = "\n".join(json.dumps(e)[:300] for e in self.events[-count:])
        commands = "\n".join(json.dumps(c)[:300] for c in self.commands[-5:])
        return f"last commands:\n{commands}\nlast events:\n{events}\nstderr:\n{self.stderr()[-3000:]}"


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
