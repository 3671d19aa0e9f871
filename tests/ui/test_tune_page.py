"""The Make it yours page in the real window: the feedback and the estimate, Start, progress, Cancel,
Resume and Clean up, the report, the adapters list, and one-line messages for what cannot be done.

The training child here is a tiny fake trainer (a script that speaks the real child's protocol: JSON
events on stdout, a checkpoint, SIGTERM → exit 3, an adapter and a report in the run's folder), run by
the real TuneRun; the real trainer's end-to-end run is tested with the trainer itself."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QWidget

from desktop.core.settings import Settings
from desktop.core.store import ConversationStore
from desktop.core.tune.adapters import list_adapters
from desktop.core.tune.runs import RunState, TuneRun, unfinished_runs
from desktop.ui.app import Session
from desktop.ui.model_picker import ADAPTER_ROLE
from desktop.ui.tune.page import TunePage
from desktop.ui.tune.run_bridge import RunFactory
from tests.helpers.dialogs import answering, click_button
from tests.helpers.lora_adapter import write_lora_adapter
from tests.helpers.window import wait_ready
from tests.ui.test_translations import pseudo_translation  # noqa: F401  (a fixture)

FAKE_TRAINER = r"""
import json, os, pathlib, signal, sys

signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})  # waited for where a step ends, never lost
plan_path = sys.argv[1]
resume = "--resume" in sys.argv
plan = json.loads(pathlib.Path(plan_path).read_text())
run_dir = pathlib.Path(plan["run_dir"])
mode = os.environ.get("FAKE_TRAINER", "finish")
checkpoint = run_dir / "checkpoint"


def emit(**event):
    print(json.dumps(event), flush=True)


def save(step):
    partial = run_dir / "checkpoint.partial"
    partial.mkdir(exist_ok=True)
    (partial / "state.json").write_text(json.dumps({"stage": "sft", "step": step}))
    if checkpoint.exists():
        os.rename(checkpoint, run_dir / "checkpoint.old")
    os.rename(partial, checkpoint)
    emit(event="checkpoint", stage="sft", step=step)


steps = plan["settings"]["sft_steps"] or 4
first = json.loads((checkpoint / "state.json").read_text())["step"] + 1 if resume else 1
print("fake trainer: libraries talk on stderr", file=sys.stderr)
emit(event="stage", stage="load", steps=0)
emit(event="log", text=f"fake trainer: resumed at step {first}" if resume else "fake trainer: loaded")
if mode == "fail":
    emit(event="error", message="not enough memory to train this model (fake)")
    sys.exit(1)
emit(event="stage", stage="sft", steps=steps)
for step in range(first, steps + 1):
    emit(event="step", stage="sft", step=step, steps=steps, loss=round(2.0 / step, 3), eta_s=1.5 * (steps - step))
    if mode == "hold" and step == 2:
        save(step)
        signal.sigwait({signal.SIGTERM})  # Cancel: the step is over and checkpointed
        sys.exit(3)
emit(event="stage", stage="export", steps=0)
staged = run_dir / "adapter.gguf.partial"
staged.write_bytes(pathlib.Path(os.environ["FAKE_ADAPTER"]).read_bytes())
os.rename(staged, run_dir / "adapter.gguf")
report = {
    "held_out": 2,
    "margins": [
        {"prompt": "Say hello", "before": -12.5, "after": 8.25},
        {"prompt": "Name a colour", "before": -3.0, "after": 1.5},
    ],
    "mean_before": -7.75, "mean_after": 4.875, "improved": 2,
    "samples": [{"prompt": "Say hello", "base": "Hello there.", "adapter": "Ahoy, matey!"}],
    "train": {"sft_steps": steps, "dpo_steps": 0, "seconds": 42.0, "peak_rss_bytes": 2.1e9},
}
(run_dir / "report.json").write_text(json.dumps(report))
emit(event="stage", stage="report", steps=0)
emit(event="done", adapter=str(run_dir / "adapter.gguf"), report=str(run_dir / "report.json"))
"""


def button(root: QWidget, name: str) -> QPushButton:
    [found] = [b for b in root.findChildren(QPushButton) if b.accessibleName() == name]
    return found


@pytest.fixture
def fake_trainer(tmp_path: Path, starter_model: Path, monkeypatch: pytest.MonkeyPatch) -> RunFactory:
    """Runs (the real TuneRun) whose child is the fake trainer; its adapter is a real LoRA for the starter."""
    script = tmp_path / "fake_trainer.py"
    script.write_text(FAKE_TRAINER, encoding="utf-8")
    adapter = write_lora_adapter(tmp_path / "trained.gguf", starter_model, seed=3)
    monkeypatch.setenv("FAKE_ADAPTER", str(adapter))

    def factory(state: RunState, settings: Settings, on_event: Callable[[dict], None]) -> TuneRun:
        return TuneRun(state, settings, on_event, trainer=[sys.executable, str(script)])

    return factory


def rate_feedback(store: ConversationStore, model: Path, liked: int = 4, pairs: int = 5) -> None:
    """Chats with liked replies (SFT) and liked/disliked siblings (pairs), as the thumbs make them."""
    name = str(model)
    for index in range(liked):
        chat = store.create(str(model))
        question = store.add_message(chat.id, None, "user", f"Tell me about the sea, part {index}")
        reply = store.add_message(chat.id, question.id, "assistant", f"Arr, the sea be wide, part {index}.", model=name)
        store.rate(reply.id, 1)
    for index in range(pairs):
        chat = store.create(str(model))
        question = store.add_message(chat.id, None, "user", f"Greet me, number {index}")
        good = store.add_message(chat.id, question.id, "assistant", f"Ahoy, matey number {index}!", model=name)
        bad = store.add_message(chat.id, question.id, "assistant", f"Hello, user {index}.", model=name)
        store.rate(good.id, 1)
        store.rate(bad.id, -1)


@pytest.fixture
def tune_window(open_window, qtbot, starter_model: Path) -> Callable[..., tuple[Session, TunePage]]:
    """The window on the starter model (a scripted engine runs it), with the Make it yours page shown."""

    def make(feedback: bool = True) -> tuple[Session, TunePage]:
        session = open_window(Settings(linked_models=(str(starter_model),)))
        if feedback:
            rate_feedback(session.store, starter_model)
        session.window.start(str(starter_model))
        wait_ready(qtbot, session)
        session.window.tune.show_page()
        page = session.window.tune.page
        assert page is not None and session.window.pages.currentWidget() is page
        qtbot.waitUntil(page.isVisible)
        return session, page

    return make


def test_the_page_shows_the_feedback_and_what_a_run_would_take(tune_window, starter_model) -> None:
    _session, page = tune_window()
    # 9 liked replies and 5 pairs; one pair kept aside, and the liked reply of its prompt with it.
    assert page.feedback.summary.text().startswith(
        "8 liked replies and 4 preference pairs to learn from. 1 of the 5 pairs is kept aside to measure the result."
    )
    assert "SmolLM2 135M Instruct: 9 liked replies, 5 preference pairs" in page.feedback.models.text()
    assert not page.feedback.empty.isVisible()
    setup = page.setup
    assert setup.base.currentData() == str(starter_model)  # the model loaded
    assert setup.name.text().startswith("SmolLM2 135M Instruct · mine, ")
    assert "SFT steps on" in setup.plan.text() and "LoRA rank 8" in setup.plan.text()
    assert setup.estimate is not None and setup.estimate.sft_steps >= 4
    assert "It would take about" in setup.figures.text() and "of memory on this computer" in setup.figures.text()
    assert setup.start_button.isEnabled()
    # Advanced: folded, and what it changes changes the plan and the estimate.
    assert not setup.advanced.isVisible()
    setup.advanced_toggle.click()
    assert setup.advanced.isVisible()
    setup.sft_steps.setValue(40)
    setup.rank.setValue(16)
    assert "40 SFT steps" in setup.plan.text() and "LoRA rank 16" in setup.plan.text()
    assert setup.settings().alpha == 32 and setup.estimate is not None and setup.estimate.sft_steps == 40


def test_with_no_feedback_the_page_says_how_to_give_it(tune_window) -> None:
    _session, page = tune_window(feedback=False)
    assert page.feedback.summary.text() == "No feedback yet."
    assert page.feedback.empty.isVisible() and "thumbs up" in page.feedback.empty.text()
    assert "Regenerate" in page.feedback.empty.text()
    assert not page.setup.start_button.isEnabled()
    assert page.adapters.rows == [] and page.adapters.empty.isVisible()


def test_without_the_training_extra_the_page_says_how_to_install_it(tune_window, monkeypatch) -> None:
    missing = "Training needs the train extra (missing torch): pip install -e '.[train]'"
    monkeypatch.setattr("desktop.ui.tune.page.trainer_missing", lambda: missing)
    _session, page = tune_window()
    page.refresh()
    assert page.setup.warning.isVisible() and page.setup.warning.text() == missing
    assert not page.setup.start_button.isEnabled()


def test_a_base_that_cannot_be_trained_is_said_in_one_line(tune_window, fake_models) -> None:
    _session, page = tune_window()
    page.setup.set_models([str(fake_models[0])], str(fake_models[0]))  # not a readable GGUF
    text = page.setup.warning.text()
    assert page.setup.warning.isVisible() and text.startswith("cannot train on alpha.gguf: ")
    assert "\n" not in text and "Traceback" not in text
    assert not page.setup.start_button.isEnabled()


def test_start_shows_progress_and_cancel_leaves_a_run_to_resume(tune_window, fake_trainer, qtbot, monkeypatch):
    monkeypatch.setenv("FAKE_TRAINER", "hold")
    session, page = tune_window()
    page.bridge.run_factory = fake_trainer
    steps: list[dict] = []
    page.bridge.runEvent.connect(lambda event: steps.append(event) if event.get("event") == "step" else None)
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    assert page.progress.isVisible() and not page.setup.start_button.isEnabled()
    qtbot.waitUntil(lambda: len(steps) >= 2, timeout=30_000)  # held after step 2, until Cancel
    progress = page.progress
    assert progress.bar.value() == 2 and progress.bar.maximum() == steps[-1]["steps"]
    assert progress.bar.text() == f"step 2 of {steps[-1]['steps']}"
    assert "Learning from your liked replies: step 2 of" in progress.stage.text()
    assert "loss 1.000" in progress.stage.text() and "left" in progress.stage.text()
    progress.log_toggle.click()
    assert progress.log.isVisible() and "fake trainer: loaded" in progress.log.toPlainText()
    with qtbot.waitSignal(page.bridge.runEvent, check_params_cb=lambda e: e.get("event") == "finished", timeout=60_000):
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert "Cancelled. It can be resumed" in progress.stage.text()
    assert "Checkpoint saved at step 2." in progress.log.toPlainText()
    assert page.setup.start_button.isEnabled()
    [run] = unfinished_runs()
    assert run.status == "cancelled" and run.has_checkpoint and run.step == 2
    [(state, resume, clean)] = page.unfinished.rows
    assert page.unfinished.isVisible() and resume.isEnabled() and clean.isEnabled()
    assert any("cancelled at SFT step 2 of" in label.text() for label in page.unfinished.findChildren(QLabel))
    assert list_adapters(session.window.settings) == []  # nothing half-made in the library

    # Resume goes on from the checkpoint, to the end this time.
    monkeypatch.setenv("FAKE_TRAINER", "finish")
    resumed: list[dict] = []
    page.bridge.runEvent.connect(resumed.append)
    with qtbot.waitSignal(page.bridge.runEvent, check_params_cb=lambda e: e.get("event") == "finished", timeout=60_000):
        qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    assert resumed[-1]["status"] == "done"
    assert next(e["step"] for e in resumed if e.get("event") == "step") == 3  # not from the start
    assert unfinished_runs() == [] and not page.unfinished.isVisible()
    assert [info.name for info in list_adapters(session.window.settings)] == [state.name]


def test_clean_up_removes_a_run_killed_half_way(tune_window, qtbot, fake_trainer, monkeypatch) -> None:
    monkeypatch.setenv("FAKE_TRAINER", "hold")
    _session, page = tune_window()
    page.bridge.run_factory = fake_trainer
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.bridge.state is not None and page.bridge.state.has_checkpoint, timeout=30_000)
    state = page.bridge.state
    # As after kill -9 or a power cut: the run's folder says "running", its process is gone.
    run = page.bridge.run
    assert run is not None and run._process is not None
    with qtbot.waitSignal(page.bridge.runEvent, check_params_cb=lambda e: e.get("event") == "finished", timeout=30_000):
        run._process.kill()
    killed = RunState.load(state.run_dir)
    assert killed is not None and killed.status == "failed" and "killed" in killed.error
    assert "killed" in page.notice.text() and "\n" not in page.notice.text()
    page.refresh()  # as at the next start
    [(shown, resume, clean)] = page.unfinished.rows
    assert shown.run_dir == state.run_dir and resume.isEnabled()
    qtbot.mouseClick(clean, Qt.MouseButton.LeftButton)
    assert not state.run_dir.exists() and unfinished_runs() == [] and not page.unfinished.isVisible()


def test_a_failed_run_says_why_in_one_line(tune_window, fake_trainer, qtbot, monkeypatch) -> None:
    monkeypatch.setenv("FAKE_TRAINER", "fail")
    _session, page = tune_window()
    page.bridge.run_factory = fake_trainer
    with qtbot.waitSignal(page.bridge.runEvent, check_params_cb=lambda e: e.get("event") == "finished", timeout=60_000):
        qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    assert page.notice.isVisible() and page.notice.text() == "not enough memory to train this model (fake)"
    assert page.progress.stage.text() == "The run failed: not enough memory to train this model (fake)"
    assert "libraries talk on stderr" in page.progress.log.toPlainText()  # the log file's end: the child's stderr
    assert page.setup.start_button.isEnabled()


def test_a_finished_run_shows_its_report_and_its_adapter_in_the_list_and_the_picker(
    tune_window, fake_trainer, qtbot, starter_model, monkeypatch, engine
) -> None:
    monkeypatch.setenv("FAKE_TRAINER", "finish")
    session, page = tune_window()
    window = session.window
    page.bridge.run_factory = fake_trainer
    page.setup.name.clear()
    qtbot.keyClicks(page.setup.name, "Pirate talk")
    with qtbot.waitSignal(page.adaptersChanged, timeout=60_000):
        qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    assert page.progress.stage.text() == "Done: the adapter is in your library."
    report = page.report
    assert report.isVisible() and report.title.text() == "Did it help? Pirate talk"
    assert (
        report.summary.text()
    ) == "On 2 prompts kept aside, the margin went from −7.8 to +4.9 on average: better on 2 of 2."
    cells = [[report.margins.item(r, c).text() for c in range(3)] for r in range(report.margins.rowCount())]
    assert cells == [["Say hello", "−12.5", "+8.2"], ["Name a colour", "−3.0", "+1.5"]]
    texts = [label.text() for label in report.samples.findChildren(QLabel)]
    assert "You: Say hello" in texts and "Hello there." in texts and "Ahoy, matey!" in texts
    assert "Base model" in texts and "Pirate talk" in texts
    # The list of adapters, with its data.
    [info] = list_adapters(window.settings)
    assert info.name == "Pirate talk" and Path(info.base_path) == starter_model and info.sft_examples > 0
    [row] = page.adapters.rows
    assert row.name.text() == "Pirate talk" and row.use.isEnabled()
    assert row.details.text().startswith("on SmolLM2 135M Instruct · ")
    assert row.details.text().endswith(" · learnt from 8 liked replies, 4 preference pairs")
    # The picker lists it under its base model.
    picker = window.picker
    base_row = picker.findData(str(starter_model))
    assert picker.itemText(base_row + 1) == "    Pirate talk"
    assert picker.itemData(base_row + 1, ADAPTER_ROLE) == info.path
    # Use it in a new chat: the chat page, the base kept loaded, the adapter in the chat's settings.
    qtbot.mouseClick(report.use_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.chat_page
    assert window.chat.conversation is None and window.chat.chat_settings.adapter == info.path
    assert picker.currentIndex() == base_row + 1 and window.compare_button.isVisible()
    assert engine.loads == [str(starter_model)]  # the model in use was not loaded again


def test_removing_an_adapter_takes_it_out_of_the_list_the_picker_and_the_chat(
    tune_window, qtbot, starter_model, tmp_path
) -> None:
    from desktop.core.tune.adapters import AdapterInfo, install_adapter

    session, page = tune_window()
    window = session.window
    made = write_lora_adapter(tmp_path / "made.gguf", starter_model, seed=4)
    info = install_adapter(
        made, AdapterInfo(name="Short answers", path="", base_path=str(starter_model), base_sha256=""), window.settings
    )
    page.adaptersChanged.emit()
    page.refresh_adapters()
    window.tune.set_chat_adapter(info.path)
    assert window.picker.adapter == info.path
    with answering(lambda dialog: click_button(dialog, QDialogButtonBox.StandardButton.Yes)):
        button(page.adapters, "Remove Short answers").click()
    assert list_adapters(window.settings) == [] and not Path(info.path).exists()
    assert page.adapters.empty.isVisible()
    assert window.chat.chat_settings.adapter == "" and window.picker.adapter == ""
    assert all(not window.picker.itemData(i, ADAPTER_ROLE) for i in range(window.picker.count()))


def test_the_page_is_reached_from_the_header_and_the_menu(open_window, qtbot, fake_models) -> None:
    session = open_window()
    window = session.window
    window.start(str(fake_models[0]))
    wait_ready(qtbot, session)
    qtbot.mouseClick(window.tune_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.tune.page
    window.show_chat_page()
    window.actions_["tune_page"].trigger()
    assert window.pages.currentWidget() is window.tune.page
    assert window.actions_["tune_page"].text() == "Make it &yours…"
    # The engine's news does not send the user back to the chat while they read the page.
    window.engine.stateChanged.emit("ready")
    assert window.pages.currentWidget() is window.tune.page
    qtbot.mouseClick(button(window.tune.page, "Back to chat"), Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.chat_page


def test_closing_the_window_mid_run_stops_it_with_a_checkpoint(tune_window, fake_trainer, qtbot, monkeypatch) -> None:
    monkeypatch.setenv("FAKE_TRAINER", "hold")
    session, page = tune_window()
    page.bridge.run_factory = fake_trainer
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.bridge.state is not None and page.bridge.state.has_checkpoint, timeout=30_000)
    run = page.bridge.run
    assert run is not None
    session.window.shutdown()
    assert run.wait(30)
    state = RunState.load(run.state.run_dir)
    assert state is not None and state.status == "cancelled" and state.has_checkpoint


def test_every_control_of_the_page_is_named_and_every_text_translated(
    pseudo_translation,  # noqa: F811  (the fixture imported above)
    tune_window,
    fake_trainer,
    qtbot,
    monkeypatch,
    starter_model,
) -> None:
    from tests.ui.test_keyboard_and_accessibility import controls, described
    from tests.ui.test_translations import untranslated

    monkeypatch.setenv("FAKE_TRAINER", "hold")
    session, page = tune_window()
    page.bridge.run_factory = fake_trainer
    page.setup.advanced_toggle.click()
    page.progress.log_toggle.click()
    qtbot.mouseClick(page.setup.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.bridge.state is not None and page.bridge.state.has_checkpoint, timeout=30_000)
    with qtbot.waitSignal(page.bridge.runEvent, check_params_cb=lambda e: e.get("event") == "finished", timeout=60_000):
        page.progress.cancel_button.click()
    monkeypatch.setenv("FAKE_TRAINER", "finish")
    with qtbot.waitSignal(page.adaptersChanged, timeout=60_000):
        page.unfinished.rows[0][1].click()
    [info] = list_adapters(session.window.settings)
    missing = described(controls(page))
    assert not missing, "\n".join(missing)
    data = {info.name, starter_model.stem, format_day(info.created), "Say hello", "Name a colour"}
    data |= {"Hello there.", "Ahoy, matey!", "fake trainer: loaded", "fake trainer: resumed at step"}
    data |= {"SmolLM2-135M-Instruct.Q4_1", "SmolLM2 135M Instruct", str(starter_model), info.path}
    assert not untranslated(page, data)


def format_day(timestamp: float) -> str:
    from desktop.ui.tune.format import day

    return day(timestamp)


def test_another_model_lets_the_adapter_go_and_the_picker_shows_the_model(
    tune_window, qtbot, starter_model, tmp_path, fake_models, engine
) -> None:
    from desktop.core.tune.adapters import AdapterInfo, install_adapter

    session, _page = tune_window()
    window = session.window
    made = write_lora_adapter(tmp_path / "made.gguf", starter_model, seed=5)
    info = install_adapter(
        made, AdapterInfo(name="Terse", path="", base_path=str(starter_model), base_sha256=""), window.settings
    )
    window.refresh_models()
    row = window.picker.adapter_rows(str(starter_model))[info.path]
    window.picker.setCurrentIndex(row)
    window.picker.activated.emit(row)  # as a click on the adapter's row
    assert window.chat.chat_settings.adapter == info.path and engine.loads == [str(starter_model)]
    # A model chosen elsewhere (the Models page's Use): the adapter, made for the starter, does not fit it.
    with qtbot.waitSignal(session.engine.loaded, timeout=5000):
        window.use_library_model(str(fake_models[0]))
    assert window.chat.chat_settings.adapter == "" and window.picker.adapter == ""
    assert window.picker.currentData() == str(fake_models[0]) and not window.compare_button.isVisible()
