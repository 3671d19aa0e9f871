"""`hearth tune …` and `hearth chat --adapter` through the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main
from desktop.core.settings import load_settings
from desktop.core.store import ConversationStore
from desktop.core.tune.adapters import AdapterInfo, install_adapter, list_adapters
from tests.helpers.lora_adapter import file_sha256, write_lora_adapter


@pytest.fixture
def feedback(data_dir: Path) -> None:
    store = ConversationStore(data_dir / "hearth.db")
    for n in range(6):
        conversation = store.create("/models/SmolLM2.gguf")
        question = store.add_message(conversation.id, None, "user", f"Tell me about the sea, part {n}.")
        liked = store.add_message(
            conversation.id, question.id, "assistant", "Ahoy! The sea be wide. Arr!", model="/models/SmolLM2.gguf"
        )
        plain = store.add_message(
            conversation.id, question.id, "assistant", "The sea is large.", model="/models/SmolLM2.gguf"
        )
        store.rate(liked.id, 1)
        store.rate(plain.id, -1)
    store.close()


@pytest.fixture
def installed(starter_model: Path, tmp_path: Path) -> AdapterInfo:
    staged = write_lora_adapter(tmp_path / "staged.gguf", starter_model, seed=3)
    info = AdapterInfo(
        name="Pirate · mine, 1 Dec",
        path="",
        base_path=str(starter_model),
        base_sha256=file_sha256(starter_model),
        base_name="SmolLM2 135M Instruct",
        sft_examples=5,
        pairs=5,
        held_out=1,
        report={
            "held_out": 1,
            "margins": [{"prompt": "Hi", "before": -3.5, "after": 6.25}],
            "mean_before": -3.5,
            "mean_after": 6.25,
            "improved": 1,
            "samples": [{"prompt": "Hi", "base": "Hello.", "adapter": "Ahoy!"}],
        },
    )
    return install_adapter(staged, info, load_settings())


def test_estimate_says_what_the_feedback_holds_and_what_a_run_costs(feedback, starter_model: Path, capsys) -> None:
    assert main(["tune", "estimate", "--base", str(starter_model), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["liked"], out["pairs"], out["held_out"]) == (5, 5, 1)
    assert out["by_model"] == [{"model": "SmolLM2", "liked": 6, "pairs": 6}]
    assert out["estimate"]["sft_steps"] == 4 and out["estimate"]["seconds"] > 0 and out["estimate"]["peak_bytes"] > 1e9
    assert main(["tune", "estimate", "--base", str(starter_model)]) == 0
    text = capsys.readouterr().out
    assert "Liked replies: 5   pairs: 5   kept aside: 1" in text and "A run: 4 SFT + 4 DPO steps, about" in text


def test_a_run_without_feedback_or_with_bad_files_is_refused_in_one_line(
    starter_model: Path, tmp_path: Path, capsys
) -> None:
    assert main(["tune", "run", "--base", str(starter_model)]) == 1
    assert capsys.readouterr().err.strip().startswith("hearth: there is no feedback to learn from yet")
    bad = tmp_path / "pairs.jsonl"
    bad.write_text('{"prompt": "not a list"}\n')
    assert main(["tune", "run", "--base", str(starter_model), "--pairs", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "hearth: pairs.jsonl line 1: 'prompt' must be a list of messages"
    not_a_model = tmp_path / "notes.gguf"
    not_a_model.write_bytes(b"hello")
    assert main(["tune", "run", "--base", str(not_a_model), "--pairs", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("hearth: cannot train on notes.gguf:") and err.count("\n") == 0


def test_list_report_and_rm(installed: AdapterInfo, capsys) -> None:
    assert main(["tune", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["name"] == "Pirate · mine, 1 Dec" and row["path"] == installed.path and row["pairs"] == 5
    assert set(row) >= {"name", "base", "path", "created", "sft_examples", "pairs", "data_from", "data_to"}
    assert main(["tune", "report", "pirate"]) == 0
    text = capsys.readouterr().out
    assert "log p(liked) − log p(disliked) -3.50 before → +6.25 after (1 improved)" in text
    assert "base:    Hello." in text and "adapter: Ahoy!" in text
    assert main(["tune", "report", "pirate", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["report"]["mean_after"] == 6.25
    assert main(["tune", "rm", "nothing-like-it"]) == 1
    assert "no adapter named 'nothing-like-it'" in capsys.readouterr().err
    assert main(["tune", "rm", "Pirate"]) == 0
    assert list_adapters(load_settings()) == [] and not Path(installed.path).exists()


@pytest.mark.e2e
def test_chat_with_an_adapter_answers_otherwise_and_on_its_own_base_only(
    installed: AdapterInfo, starter_model: Path, tmp_path: Path, capsys
) -> None:
    prompt = ["-p", "Name a colour.", "--seed", "1", "--temperature", "0", "--max-tokens", "12", "--json"]
    assert main(["chat", str(starter_model), *prompt]) == 0
    base = json.loads(capsys.readouterr().out)["reply"]
    assert main(["chat", str(starter_model), "--adapter", "Pirate", *prompt]) == 0
    adapted = json.loads(capsys.readouterr().out)["reply"]
    assert adapted != base
    assert main(["chat", str(starter_model), "--adapter", installed.path, "--adapter-scale", "0", *prompt]) == 0
    assert json.loads(capsys.readouterr().out)["reply"] == base  # strength 0 is the base itself
    other = tmp_path / "other.gguf"
    other.write_bytes(starter_model.read_bytes())
    assert main(["chat", str(other), "--adapter", "Pirate", "-p", "Hi"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("hearth: 'Pirate · mine, 1 Dec' was trained on") and err.endswith("chat with that model")
