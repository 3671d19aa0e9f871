"""Model output is untrusted: HTML, images and odd links in a reply stay inert, and a link opens only after a
click and a question that shows its address.

A local HTTP server counts requests: every image, style sheet, frame or redirect in the hostile reply
points at it, so any fetch at all would be seen. Clicks are real mouse clicks on the rendered anchors.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMessageBox

from desktop.ui import message_actions
from desktop.ui.app import Session
from desktop.ui.message_body import MessageBody
from tests.helpers.app_driver import AppProcess
from tests.helpers.hostile_gguf import parse_layout, replace_string
from tests.helpers.scripted_backend import ScriptedBackend
from tests.helpers.tiny_gguf import write_tiny_model


class Canary:
    """An HTTP server on 127.0.0.1 that records every request it gets."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        canary = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                canary.hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def canary() -> Iterator[Canary]:
    server = Canary()
    yield server
    server.stop()


def hostile_reply(base: str) -> list[str]:
    text = f"""Here is everything you asked for.

<img src="{base}/raw-img.png" onerror="alert(1)">
![pixel]({base}/md-img.png)
<link rel="stylesheet" href="{base}/style.css">
<style>@import url({base}/import.css); body {{ background: url({base}/bg.png) }}</style>
<iframe src="{base}/frame"></iframe><script>fetch('{base}/script')</script>
<meta http-equiv="refresh" content="0;url={base}/refresh">
<a href="javascript:alert(1)">html js link</a>

[js link](javascript:alert(document.cookie)) [vbs](vbscript:msgbox(1)) [local file](file:///etc/passwd)
[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [relative](../../etc/passwd)
[https://example.org/safe]({base}/disguised) <{base}/autolink> [mail](mailto:someone@example.org)

```html
<img src="{base}/in-code.png">
```
"""
    return [text[i : i + 7] for i in range(0, len(text), 7)]  # streamed in small pieces, as a model does


def anchors(body: MessageBody) -> list[tuple[str, int, int]]:
    """(href, start, length) of every anchor in the rendered reply."""
    found = []
    block = body.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                found.append((fragment.charFormat().anchorHref(), fragment.position(), fragment.length()))
            iterator += 1
        block = block.next()
    return found


def has_images(document: QTextDocument) -> bool:
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if iterator.fragment().charFormat().isImageFormat():
                return True
            iterator += 1
        block = block.next()
    return False


def click(qtbot, body: MessageBody, position: int, length: int) -> None:
    cursor = QTextCursor(body.document())
    cursor.setPosition(position + max(1, length // 2))
    point: QPoint = body.cursorRect(cursor).center()
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_a_hostile_reply_fetches_nothing_and_links_open_only_after_the_address_is_shown(
    qtbot, scripted: tuple[Session, ScriptedBackend], canary: Canary, monkeypatch: pytest.MonkeyPatch
) -> None:
    window_session, engine = scripted
    window = window_session.window
    engine.replies.append(hostile_reply(canary.base))
    questions: list[str] = []
    answers: list[QMessageBox.StandardButton] = []
    opened: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda parent, title, text, *a, **k: (questions.append(text), answers.pop(0))[1]),
    )
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))

    window.composer.set_text("Show me some HTML")
    with qtbot.waitSignal(window.chat.replyEnded, timeout=10_000) as ended:
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    reply = ended.args[0]
    widget = window.transcript.widget_for(reply.id)
    body = widget.body
    widget.grab()  # lay out and paint it all: images and style sheets would be fetched now

    shown = body.toPlainText()
    assert '<img src="' in shown and "<script>" in shown  # raw HTML is shown as text, not obeyed
    assert not has_images(body.document())
    links = anchors(body)
    schemes = {QUrl(href).scheme() for href, _, _ in links}
    assert schemes <= {"http", "mailto", "hearth-copy", ""}, schemes  # no javascript:, file:, data:, vbscript:
    assert canary.hits == []
    assert opened == []

    # A click on each web link asks first, showing the real address; only a Yes opens it.
    web = [(href, start, length) for href, start, length in links if QUrl(href).scheme() == "http"]
    assert {QUrl(href).path() for href, _, _ in web} == {"/disguised", "/autolink"}
    for href, start, length in web:
        answers.append(QMessageBox.StandardButton.No)
        click(qtbot, body, start, length)
        assert href in questions[-1]
    assert opened == []
    href, start, length = next(link for link in web if link[0].endswith("/disguised"))
    answers.append(QMessageBox.StandardButton.Yes)
    click(qtbot, body, start, length)
    assert "/disguised" in questions[-1] and "example.org" not in questions[-1].split("\n\n", 1)[1]
    assert opened == [href]
    # A link with no scheme (or any scheme but web and mail) is not even made a link by the
    # renderer; and were one clicked, it would not be opened, and the user would be told.
    assert [h for h, _, _ in links if QUrl(h).scheme() == ""] == []
    asked = len(questions)
    message_actions.open_link(window, QUrl("../../etc/passwd"))
    assert len(questions) == asked and "Not opened" in window.status.currentMessage()
    assert opened == [href for href, _, _ in web if href.endswith("/disguised")]
    assert canary.hits == []  # the opened URL went to the (fake) browser, not from the app


@pytest.mark.parametrize(
    ("link", "shown"),
    [
        ("https://www.example.com@evil.example/login", "evil.example"),  # the host is what follows the @
        ("https://\u0430pple.com/account", "xn--pple-43d.com"),  # a Cyrillic "а": shown in punycode
    ],
    ids=["lookalike-userinfo", "homograph"],
)
def test_a_link_shows_the_host_it_really_goes_to(
    link: str, shown: str, qtbot, scripted: tuple[Session, ScriptedBackend], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = scripted[0].window
    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda parent, title, text, *a, **k: questions.append(text) or QMessageBox.StandardButton.No),
    )
    message_actions.open_link(window, QUrl(link))
    assert shown in questions[-1]


@pytest.mark.slow
def test_a_model_whose_error_message_is_html_does_not_hang_the_window(data_dir: Path, tmp_path: Path) -> None:
    # A FIFO nobody writes to: reading it blocks for ever. (With /dev/zero instead, the window hangs
    # and its memory grows by about 400 MB a second: not something to do to a CI machine.)
    fifo = tmp_path / "never.fifo"
    os.mkfifo(fifo)
    sound = write_tiny_model(tmp_path / "source.gguf").read_bytes()
    hostile = tmp_path / "html-architecture.gguf"
    architecture = f'<img src="{fifo}">'.encode()
    hostile.write_bytes(replace_string(sound, parse_layout(sound), "general.architecture", architecture))
    with AppProcess(data_dir) as app:
        app.wait_for("ready", timeout=60)
        app.command("open_files", paths=[str(hostile)], timeout_s=30)
        app.wait_for("engine", lambda e: e["state"] == "failed", 60)  # the child refused it
        opened = app.wait_for("opened", timeout=10)
        assert "<img" in opened["message"] and opened["alert"] == opened["message"]
        app.command("ping")
        app.wait_for("pong", timeout=10)  # the window still answers once it has shown the error
        app.command("close")
        assert app.wait_exit(10) == 0


def test_a_link_the_model_writes_cannot_pose_as_a_copy_button(
    qtbot, scripted: tuple[Session, ScriptedBackend], monkeypatch: pytest.MonkeyPatch
) -> None:
    window_session, engine = scripted
    window = window_session.window
    engine.replies.append(["[Click to continue](hearth-copy:0)\n\n```sh\nrm -rf ~/important\n```\n"])
    copied: list[str] = []
    window.transcript.codeCopyRequested.connect(copied.append)
    window.composer.set_text("Help")
    with qtbot.waitSignal(window.chat.replyEnded, timeout=10_000) as ended:
        qtbot.keyClick(window.composer.edit, Qt.Key.Key_Return)
    body = window.transcript.widget_for(ended.args[0].id).body
    text = body.toPlainText()
    assert "Click to continue" in text
    # The model's link is either no link at all, or one that copies nothing when clicked.
    posing = [(h, s, n) for h, s, n in anchors(body) if "Click to continue" in text[s : s + n + 20]]
    for _href, start, length in posing:
        click(qtbot, body, start, length)
    assert copied == []
    assert [QUrl(h).scheme() for h, _, _ in anchors(body)] == ["hearth-copy"]  # only the code block's Copy
