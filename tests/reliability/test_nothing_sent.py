"""Nothing sent: a whole session (start, load, chat, regenerate, switch chats, export) makes no network access,
works with no network at all, and never writes the Hugging Face token anywhere.

Every Python process of the app (the window and its validation children) runs under
tests/helpers/network_guard.py, which fails and records any connection or name lookup; loopback
is let through only to the stand-in Hub, and only in the test that searches and downloads on
purpose. The same session then runs in a network namespace of its own (`unshare -rn`: no
interfaces but a loopback that is down), where native code could not reach anything either.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.helpers.app_driver import AppProcess
from tests.helpers.network_guard import attempts, guard_env, records
from tests.helpers.stub_hub import StubHub
from tests.helpers.tiny_gguf import write_tiny_model

pytestmark = pytest.mark.slow

TOKEN = "hf_MARKERtokenNEVERtoBEwrittenANYWHERE0123"


def run_session(app: AppProcess, model: Path, exports: Path) -> dict[str, Any]:
    """What a user does in a first session; returns what the test checks afterwards."""
    app.wait_for("ready", timeout=60)
    app.ask("switch", path=str(model))
    app.wait_for("loaded", lambda e: e["path"] == str(model), 60)
    app.ask("chat_settings", max_tokens=12)
    app.command("send", text="Hello there")
    first = app.wait_for("ended", timeout=60)
    app.ask("regenerate")
    second = app.wait_for("ended", timeout=60)
    app.ask("new_chat")
    app.command("send", text="A second chat")
    app.wait_for("ended", timeout=60)
    back = app.ask("open", id=first["conversation"])
    exports.mkdir(parents=True, exist_ok=True)
    markdown, as_json = exports / "chat.md", exports / "chat.json"
    assert app.ask("export", kind="md", path=str(markdown))["ok"]
    assert app.ask("export", kind="json", path=str(as_json))["ok"]
    app.ask("models_page")
    app.ask("chat_page")
    return {"first": first, "second": second, "shown": back["messages"], "markdown": markdown, "json": as_json}


def check_session(result: dict[str, Any]) -> None:
    assert result["first"]["content"] and result["second"]["content"]
    assert result["second"]["id"] != result["first"]["id"]  # the regenerated version
    assert result["shown"][0]["content"] == "Hello there"
    assert "Hello there" in result["markdown"].read_text(encoding="utf-8")
    assert json.loads(result["json"].read_text(encoding="utf-8"))


def test_a_whole_session_makes_no_network_access(data_dir: Path, tmp_path: Path) -> None:
    model = write_tiny_model(tmp_path / "tiny.gguf")
    log = tmp_path / "network.log"
    env = guard_env(tmp_path / "guard-site", log)
    with AppProcess(data_dir, env=env) as app:
        result = run_session(app, model, tmp_path / "exports")
        # The guard is live in this process: a connection to the outside is refused and recorded.
        probe = app.ask("probe_network", host="203.0.113.7", port=443)
        assert "blocked by the test's guard" in probe["outcome"]
        app.command("close")
        assert app.wait_exit(30) == 0
    check_session(result)
    blocked = attempts(log)
    assert [a["target"] for a in blocked] == [["203.0.113.7", 443]], json.dumps(blocked, indent=1)[:4000]
    guarded = {" ".join(r["argv"]) for r in records(log) if r.get("installed")}
    assert any("--validate-model" in argv for argv in guarded)  # the validation child was guarded too


def can_unshare() -> bool:
    if shutil.which("unshare") is None:
        return False
    try:
        return subprocess.run(["unshare", "-rn", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.skipif(not can_unshare(), reason="unprivileged network namespaces (unshare -rn) are not allowed here")
def test_the_same_session_works_with_no_network_at_all(data_dir: Path, tmp_path: Path) -> None:
    model = write_tiny_model(tmp_path / "tiny.gguf")
    with AppProcess(data_dir, wrapper=["unshare", "-rn"], env={"HF_ENDPOINT": "https://huggingface.co"}) as app:
        result = run_session(app, model, tmp_path / "exports")
        # Searching the Hub says it is offline, at once, in one line; nothing hangs.
        search = app.ask("search", query="llama", timeout=30)
        assert search["repos"] == [] and search["error"] and "\n" not in search["error"]
        probe = app.ask("probe_network", host="203.0.113.7", port=443)
        assert probe["outcome"] != "connected"
        app.command("close")
        assert app.wait_exit(30) == 0
    check_session(result)


def test_the_hugging_face_token_is_never_written_anywhere(
    data_dir: Path, tmp_path: Path, hf_home: Path, stub_hub: StubHub
) -> None:
    """HF_TOKEN set, logging at DEBUG to a file, a search and a gated download that need the token, a chat,
    exports: the token appears in no file of the data folder, no export, no log, no output."""
    model = write_tiny_model(tmp_path / "tiny.gguf")
    stub_hub.add_repo("gated/Tiny-GGUF", {"Tiny-Q4_K_M.gguf": model.read_bytes()}, gated=True)
    stub_hub.tokens.add(TOKEN)
    port = int(stub_hub.url.rsplit(":", 1)[1])
    log = tmp_path / "network.log"
    env = {
        **guard_env(tmp_path / "guard-site", log, allow=[("127.0.0.1", port)]),
        "HF_TOKEN": TOKEN,
        "HEARTH_LOG": "DEBUG",
    }
    app = AppProcess(data_dir, env=env, log_path=tmp_path / "app.log")
    with app:
        result = run_session(app, model, tmp_path / "exports")
        assert app.ask("search", query="tiny")["repos"] == ["gated/Tiny-GGUF"]
        app.ask("download", repo="gated/Tiny-GGUF")
        done = app.wait_for("download", lambda e: e["state"] in ("done", "failed"), 60)
        assert done["state"] == "done", done
        app.command("close")
        assert app.wait_exit(30) == 0
    check_session(result)
    assert any(r.authorized for r in stub_hub.requests if "/resolve/" in r.path)  # the token was used
    assert attempts(log) == []  # and nothing but the stand-in Hub was reached
    debug_log = app.log_path.read_text(encoding="utf-8", errors="replace")
    assert len(debug_log.splitlines()) > 20  # DEBUG logging really wrote things
    places = [app.log_path, *sorted(p for p in data_dir.rglob("*") if p.is_file())]
    places += [p for p in (tmp_path / "exports").iterdir()] + [p for p in hf_home.rglob("*") if p.is_file()]
    leaks = [str(p) for p in places if TOKEN.encode() in p.read_bytes()]
    events = "\n".join(json.dumps(e) for e in app.events)
    assert not leaks and TOKEN not in events, leaks
