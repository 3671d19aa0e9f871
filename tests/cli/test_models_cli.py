"""`hearth models list|import|rm` through the real entry point, with every user folder in tmp_path."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.library.display import format_size
from desktop.core.settings import load_settings
from tests.helpers.fake_apps import add_file, add_hugging_face, add_ollama, isolate_home


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return isolate_home(tmp_path / "home", monkeypatch)


@pytest.fixture
def library(models_dir: Path, tiny_model: Path) -> Path:
    path = models_dir / "someone" / "Tiny-GGUF" / "Tiny-Q8_0.gguf"
    path.parent.mkdir(parents=True)
    shutil.copyfile(tiny_model, path)
    (models_dir / "broken.gguf").write_bytes(b"GGUF\x03\x00\x00\x00")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_table(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    code, out, err = run(capsys, "models", "list")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["NAME", "QUANT", "PARAMS", "SIZE", "CONTEXT", "PATH"]
    tiny = next(line for line in lines if line.startswith("Tiny-Q8_0"))
    size = format_size(library.stat().st_size)
    assert tiny.split()[:7] == ["Tiny-Q8_0", "F32", "41K", *size.split(), "512", str(library)]
    assert "    cannot be used: the file is truncated (its header runs past the end)" in lines
    assert "Found in other apps" not in out


def test_models_without_action_lists(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    assert run(capsys, "models")[1] == run(capsys, "models", "list")[1]


def test_list_empty(capsys: pytest.CaptureFixture[str], models_dir: Path) -> None:
    code, out, _ = run(capsys, "models", "list")
    assert code == 0
    assert out.startswith(f"No models in {models_dir}.")


def test_list_json(capsys: pytest.CaptureFixture[str], library: Path, home: Path, tiny_model: Path) -> None:
    add_ollama(home / ".ollama" / "models", "tiny", "latest", tiny_model)
    code, out, _ = run(capsys, "models", "list", "--json")
    assert code == 0
    data = json.loads(out)
    assert [m["name"] for m in data["models"]] == ["broken", "Tiny-Q8_0"]
    tiny = data["models"][1]
    assert (tiny["path"], tiny["ok"], tiny["quantization"], tiny["context_length"]) == (str(library), True, "F32", 512)
    assert tiny["has_chat_template"] is True
    assert data["models"][0]["ok"] is False and data["models"][0]["error"]
    assert [(o["app"], o["name"]) for o in data["other_apps"]] == [("Ollama", "tiny:latest")]


def test_list_shows_other_apps(
    capsys: pytest.CaptureFixture[str], models_dir: Path, home: Path, tiny_model: Path
) -> None:
    link = add_hugging_face(home / ".cache/huggingface/hub", "someone/Tiny-GGUF", "tiny.gguf", tiny_model)
    add_file(home / ".lmstudio/models", "lmstudio-community/X-GGUF/x.gguf", tiny_model)
    code, out, _ = run(capsys, "models", "list")
    assert code == 0
    section = out.split("Found in other apps (use one in place with `hearth models import PATH --link`):\n")[1]
    rows = section.splitlines()
    assert rows[0].split()[:2] == ["APP", "NAME"]
    assert any(row.startswith("Hugging Face cache  someone/Tiny-GGUF/tiny.gguf") and str(link) in row for row in rows)
    assert any(row.startswith("LM Studio") and "lmstudio-community/X-GGUF/x.gguf" in row for row in rows)
    # Linking one moves it from "other apps" into the library.
    assert run(capsys, "models", "import", str(link), "--link")[0] == 0
    data = json.loads(run(capsys, "models", "list", "--json")[1])
    assert [m["path"] for m in data["models"]] == [str(link)]
    assert [o["app"] for o in data["other_apps"]] == ["LM Studio"]


def test_import_copy(capsys: pytest.CaptureFixture[str], models_dir: Path, tmp_path: Path, tiny_model: Path) -> None:
    source = tmp_path / "Mine-Q4.gguf"
    shutil.copyfile(tiny_model, source)
    code, out, err = run(capsys, "models", "import", str(source))
    assert (code, err) == (0, "")
    assert out == f"Imported {source} as {models_dir / 'imported' / 'Mine-Q4.gguf'}\n"
    assert (models_dir / "imported" / "Mine-Q4.gguf").read_bytes() == source.read_bytes()
    assert "Mine-Q4" in run(capsys, "models", "list")[1]


def test_import_link(capsys: pytest.CaptureFixture[str], models_dir: Path, tmp_path: Path, tiny_model: Path) -> None:
    source = tmp_path / "Mine.gguf"
    shutil.copyfile(tiny_model, source)
    code, out, _ = run(capsys, "models", "import", str(source), "--link")
    assert code == 0 and out == f"Linked {source}: Hearth uses it where it is.\n"
    assert load_settings().linked_models == (str(source),)
    assert f"{source}  (linked)" in run(capsys, "models", "list")[1]


@pytest.mark.parametrize("content", [b"GGUF\x03\x00\x00\x00\x05", b"\x89PNG not a model at all"])
def test_import_refuses_a_broken_file(
    capsys: pytest.CaptureFixture[str], models_dir: Path, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "bad.gguf"
    bad.write_bytes(content)
    code, out, err = run(capsys, "models", "import", str(bad))
    assert code == 1 and out == ""
    assert err.startswith("hearth: bad.gguf cannot be imported: ")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not (models_dir / "imported").exists()


def test_import_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "models", "import", str(tmp_path / "nope.gguf"))
    assert code == 1 and err == f"hearth: {tmp_path / 'nope.gguf'} does not exist\n"


def test_rm_yes(capsys: pytest.CaptureFixture[str], models_dir: Path, library: Path) -> None:
    code, out, _ = run(capsys, "models", "rm", "Tiny-Q8_0", "--yes")
    assert code == 0 and out == "Deleted Tiny-Q8_0.\n"
    assert not library.exists()
    assert not (models_dir / "someone").exists()


def test_rm_asks_first(capsys: pytest.CaptureFixture[str], library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    questions: list[str] = []
    monkeypatch.setattr("builtins.input", lambda q: questions.append(q) or "n")
    code, _, err = run(capsys, "models", "rm", "tiny")
    assert code == 1 and err == "hearth: nothing was removed\n"
    assert questions == [f"Delete Tiny-Q8_0 ({format_size(library.stat().st_size)}) at {library}? [y/N] "]
    assert library.is_file()
    monkeypatch.setattr("builtins.input", lambda q: "y")
    assert run(capsys, "models", "rm", "tiny")[0] == 0
    assert not library.exists()


def test_rm_without_a_terminal_does_nothing(
    capsys: pytest.CaptureFixture[str], library: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def eof(_: str) -> str:
        raise EOFError

    monkeypatch.setattr("builtins.input", eof)
    assert run(capsys, "models", "rm", "Tiny-Q8_0")[0] == 1
    assert library.is_file()


def test_rm_linked_keeps_the_file(
    capsys: pytest.CaptureFixture[str], models_dir: Path, tmp_path: Path, tiny_model: Path
) -> None:
    source = tmp_path / "Linked.gguf"
    shutil.copyfile(tiny_model, source)
    run(capsys, "models", "import", str(source), "--link")
    code, out, _ = run(capsys, "models", "rm", "Linked", "-y")
    assert code == 0 and out == f"Forgot Linked; the file stays at {source}.\n"
    assert source.is_file()
    assert load_settings().linked_models == ()


def test_rm_unknown_name(capsys: pytest.CaptureFixture[str], library: Path) -> None:
    code, out, err = run(capsys, "models", "rm", "gemma", "--yes")
    assert (code, out) == (1, "")
    assert err == "hearth: no model named 'gemma' in the library\n"


def test_every_name_models_list_prints_works_in_hearth_chat(
    capsys: pytest.CaptureFixture[str], library: Path, home: Path, tiny_model: Path, models_dir: Path
) -> None:
    """`hearth models list` shows a model found in another app by that app's name: `hearth chat` takes it."""
    from desktop.cli.chat import resolve_model

    blob = add_ollama(home / ".ollama" / "models", "smol", "latest", tiny_model)
    code, out, _ = run(capsys, "models", "list", "--json")
    assert code == 0
    names = [m["name"] for m in json.loads(out)["models"]] + [o["name"] for o in json.loads(out)["other_apps"]]
    assert "smol:latest" in names
    for name in names:
        assert resolve_model(name, models_dir).is_file(), name
    assert resolve_model("smol:latest", models_dir).resolve() == blob.resolve()
    with pytest.raises(FileNotFoundError, match="no model named 'nothing-like-it'"):
        resolve_model("nothing-like-it", models_dir)
