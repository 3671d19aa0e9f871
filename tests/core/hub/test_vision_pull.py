"""A vision model and its projector as one download, against the stand-in Hub: both files verified
and beside each other, one queue item, one-line failures, cancel and resume of both."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli.models_hub import main
from desktop.core.hub.client import HubClient
from desktop.core.hub.downloads import DownloadManager
from desktop.core.hub.jobs import PARTIAL_DIR, State
from desktop.core.hub.quant import GgufModel
from desktop.core.hub.vision import MissingFile, catalog_model, projector_for, with_projector
from desktop.core.library import catalog
from desktop.core.library.files import find_gguf_files
from desktop.core.library.projector import find_projector
from tests.core.hub.test_downloads import Recorder
from tests.helpers.stub_hub import StubHub, payload

WAIT = 30
GEMMA = "ggml-org/gemma-3-4b-it-GGUF"  # a catalog vision entry whose projector is not named after its model
MODEL, PROJECTOR = "gemma-3-4b-it-Q4_K_M.gguf", "mmproj-model-f16.gguf"


@pytest.fixture(autouse=True)
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEARTH_HUB_BACKOFF", "0.001")


@pytest.fixture
def gemma(stub_hub: StubHub) -> dict[str, bytes]:
    """The catalog's Gemma 3 repo in small: its model, its projector, and a second projector of the
    model's own quantisation that a guess would take but the catalog does not name."""
    files = {
        MODEL: payload(400_000, 11),
        "gemma-3-4b-it-Q8_0.gguf": payload(500_000, 12),
        PROJECTOR: payload(120_000, 13),
        "mmproj-model-Q4_K_M.gguf": payload(60_000, 14),
        "README.md": b"# Gemma 3\n",
    }
    stub_hub.add_repo(GEMMA, files)
    return files


@pytest.fixture
def manager(models_dir: Path, data_dir: Path) -> Iterator[DownloadManager]:
    manager = DownloadManager(models_dir, state_path=data_dir / "downloads.json", backoff_base=0.001)
    yield manager
    manager.close()


def entry() -> catalog.CatalogEntry:
    found = catalog.find_entry(GEMMA, MODEL)
    assert found is not None and found.projector is not None and found.projector.file == PROJECTOR
    return found


def vision_model() -> tuple[str, GgufModel]:
    listing = HubClient().repo_files(GEMMA)
    return listing.revision, catalog_model(listing, entry())


def partials(models_dir: Path) -> list[Path]:
    return sorted((models_dir / PARTIAL_DIR).rglob("*.part")) if (models_dir / PARTIAL_DIR).exists() else []


def test_a_catalog_vision_entry_is_one_download_of_both_files_verified_side_by_side(
    stub_hub: StubHub, gemma: dict[str, bytes], manager: DownloadManager, models_dir: Path
) -> None:
    revision, model = vision_model()
    assert model.projector is not None and model.projector.filename == PROJECTOR  # the catalog's, not a guess
    assert model.projector.sha256 == stub_hub.repos[GEMMA].sha256(PROJECTOR)  # the Hub's listing is checked
    recorder = Recorder()
    manager.subscribe(recorder)
    status = manager.wait(manager.add(GEMMA, model, revision).id, timeout=WAIT)

    assert status.state == State.DONE, status.error
    folder = models_dir / "ggml-org" / "gemma-3-4b-it-GGUF"
    assert status.path == folder / MODEL and status.projector == folder / PROJECTOR
    assert status.path.read_bytes() == gemma[MODEL]
    assert status.projector.read_bytes() == gemma[PROJECTOR]
    assert status.parts == 2 and status.bytes_done == status.bytes_total == 520_000
    assert len(manager.downloads()) == 1 and {s.id for _, s in recorder.events} == {status.id}  # one item
    # The library sees one model that can see images; the projector is not a model of its own.
    assert find_gguf_files(models_dir) == sorted([folder / MODEL, folder / PROJECTOR])
    assert find_projector(status.path) == status.projector
    assert not (folder / "mmproj-model-Q4_K_M.gguf").exists()
    assert partials(models_dir) == [] and not (models_dir / PARTIAL_DIR).exists()
    assert stub_hub.ranges(PROJECTOR) == [None] and stub_hub.ranges(MODEL) == [None]


@pytest.mark.parametrize("fault", ["corrupt", "size"])
def test_a_bad_projector_fails_the_item_in_one_line_and_no_model_appears(
    stub_hub: StubHub, gemma: dict[str, bytes], manager: DownloadManager, models_dir: Path, fault: str
) -> None:
    if fault == "corrupt":
        stub_hub.corrupt(GEMMA, PROJECTOR)  # one byte changed, the listing keeps the true sha256
    else:
        stub_hub.repos[GEMMA].declared_sizes[PROJECTOR] = len(gemma[PROJECTOR]) + 1_000  # a file cut short
    revision, model = vision_model()
    status = manager.wait(manager.add(GEMMA, model, revision).id, timeout=WAIT)

    assert status.state == State.FAILED
    assert status.error and "\n" not in status.error
    if fault == "corrupt":
        assert status.error_kind == "checksum" and status.error.startswith(f"checksum mismatch: {PROJECTOR}")
    else:
        # Each try gets fewer bytes than listed and the next one starts over: given up on, not tried for ever.
        assert status.error_kind == "network" and status.error.startswith("download failed after 6 tries")
    # The model's bytes were fine, yet no half of a vision model appears where the library looks.
    assert find_gguf_files(models_dir) == []
    assert not status.path.exists() and not (status.path.parent / PROJECTOR).exists()
    kept = [p.name for p in partials(models_dir)]
    assert any(name.startswith(MODEL) for name in kept)  # kept, hidden, for the retry
    assert not any(name.startswith(PROJECTOR) for name in kept) or fault == "size"

    stub_hub.corrupted.clear()
    stub_hub.repos[GEMMA].declared_sizes.clear()
    revision, model = vision_model()
    manager.remove(status.id)
    done = manager.wait(manager.add(GEMMA, model, revision).id, timeout=WAIT)
    assert done.state == State.DONE, done.error
    assert done.projector is not None and done.projector.read_bytes() == gemma[PROJECTOR]


def test_cancel_stops_both_files_and_deletes_both_partials(
    stub_hub: StubHub, gemma: dict[str, bytes], manager: DownloadManager, models_dir: Path
) -> None:
    stub_hub.bytes_per_second = 1_000_000
    recorder = Recorder()
    manager.subscribe(recorder)
    revision, model = vision_model()
    download = manager.add(GEMMA, model, revision)
    recorder.wait_for(lambda s: s.bytes_done > len(gemma[MODEL]) + 20_000)  # the projector is under way
    assert len(partials(models_dir)) == 2
    assert manager.cancel(download.id)
    status = manager.wait(download.id, timeout=WAIT)
    assert status.state == State.CANCELLED
    assert partials(models_dir) == [] and not (models_dir / PARTIAL_DIR).exists()
    assert find_gguf_files(models_dir) == []


def test_the_queue_resumes_a_vision_download_after_a_restart_with_range_requests(
    stub_hub: StubHub, gemma: dict[str, bytes], models_dir: Path, data_dir: Path
) -> None:
    stub_hub.bytes_per_second = 1_000_000
    state = data_dir / "downloads.json"
    first = DownloadManager(models_dir, state_path=state)
    recorder = Recorder()
    first.subscribe(recorder)
    revision, model = vision_model()
    download = first.add(GEMMA, model, revision)
    recorder.wait_for(lambda s: s.bytes_done >= len(gemma[MODEL]) + 20_000)
    first.close()

    [saved] = json.loads(state.read_text())["downloads"]
    assert [(p["filename"], p["kind"]) for p in saved["parts"]] == [(MODEL, "model"), (PROJECTOR, "mmproj")]
    projector_partial = Path(saved["parts"][1]["partial"])
    kept = projector_partial.stat().st_size
    assert 0 < kept < len(gemma[PROJECTOR])

    stub_hub.bytes_per_second = None
    second = DownloadManager(models_dir, state_path=state)
    try:
        [restored] = second.restore()
        assert restored.id == download.id and restored.parts == 2
        done = second.wait(download.id, lambda s: s.state == State.DONE, timeout=WAIT)
    finally:
        second.close()
    assert done.path.read_bytes() == gemma[MODEL]
    assert done.projector is not None and done.projector.read_bytes() == gemma[PROJECTOR]
    assert stub_hub.ranges(PROJECTOR)[-1] == f"bytes={kept}-"
    assert stub_hub.ranges(MODEL) == [None]  # the finished model file was not fetched again
    assert json.loads(state.read_text())["downloads"] == []


def test_pull_of_a_catalog_vision_entry_fetches_both_and_says_so(
    stub_hub: StubHub, gemma: dict[str, bytes], data_dir: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["pull", GEMMA]) == 0  # the default quantisation is the catalog's file
    captured = capsys.readouterr()
    folder = data_dir / "models" / GEMMA
    assert captured.out.strip() == str(folder / MODEL)
    assert f"sees images: its projector {PROJECTOR} comes with it" in captured.err
    assert f"with its vision projector: {folder / PROJECTOR}" in captured.err
    assert (folder / MODEL).read_bytes() == gemma[MODEL]
    assert (folder / PROJECTOR).read_bytes() == gemma[PROJECTOR]
    assert not (folder / "mmproj-model-Q4_K_M.gguf").exists()  # the catalog names the projector

    assert main(["pull", GEMMA, MODEL]) == 0
    assert "already downloaded" in capsys.readouterr().err
    assert stub_hub.count("GET", "/resolve/") == 2


def test_pull_of_another_file_takes_the_projector_beside_it_unless_told_not_to(
    stub_hub: StubHub, gemma: dict[str, bytes], data_dir: Path, capsys: pytest.CaptureFixture
) -> None:
    folder = data_dir / "models" / GEMMA
    assert main(["pull", GEMMA, "Q8_0", "--no-projector"]) == 0
    assert "projector" not in capsys.readouterr().err
    assert (folder / "gemma-3-4b-it-Q8_0.gguf").exists() and not list(folder.glob("mmproj*"))

    # Not the catalog's file: the repo's projector beside it is guessed (the smallest, as none has its quant).
    assert main(["pull", GEMMA, "Q8_0"]) == 0
    assert "its projector mmproj-model-Q4_K_M.gguf comes with it" in capsys.readouterr().err
    assert (folder / "mmproj-model-Q4_K_M.gguf").read_bytes() == gemma["mmproj-model-Q4_K_M.gguf"]
    assert stub_hub.ranges("gemma-3-4b-it-Q8_0.gguf") == [None]  # the model was there: only the projector came


def test_a_catalog_file_gone_from_the_hub_is_said_in_one_line(
    stub_hub: StubHub, data_dir: Path, capsys: pytest.CaptureFixture
) -> None:
    stub_hub.add_repo(GEMMA, {MODEL: payload(1000, 1)})
    with pytest.raises(MissingFile, match=f"^{GEMMA} no longer has {PROJECTOR}$"):
        catalog_model(HubClient().repo_files(GEMMA), entry())
    assert main(["pull", GEMMA]) == 1
    assert capsys.readouterr().err.strip().splitlines()[-1] == f"hearth: {GEMMA} no longer has {PROJECTOR}"
    assert not (data_dir / "models" / GEMMA).exists()


def test_the_projector_guess_stays_in_the_models_folder_and_prefers_its_quantisation(stub_hub: StubHub) -> None:
    stub_hub.add_repo(
        "someone/Eyes-GGUF",
        {
            "Eyes-Q4_K_M.gguf": b"a",
            "Eyes-Q8_0.gguf": b"b",
            "mmproj-Eyes-F16.gguf": b"cc",
            "mmproj-Eyes-Q8_0.gguf": b"d",
            "sub/Other-Q4_K_M.gguf": b"e",
            "Eyes-mmproj-bad.gguf": b"f",  # not a name the library takes for a projector
        },
    )
    models = list(HubClient().repo_files("someone/Eyes-GGUF").models)
    by_name = {m.filename: m for m in models}
    assert projector_for(by_name["Eyes-Q8_0.gguf"], models).filename == "mmproj-Eyes-Q8_0.gguf"
    assert projector_for(by_name["Eyes-Q4_K_M.gguf"], models).filename == "mmproj-Eyes-Q8_0.gguf"  # smallest
    assert projector_for(by_name["sub/Other-Q4_K_M.gguf"], models) is None  # another folder
    assert projector_for(by_name["mmproj-Eyes-F16.gguf"], models) is None  # a projector has none
    plain = by_name["Eyes-Q8_0.gguf"]
    attached = with_projector(plain, models)
    assert attached.size == 2 and attached.to_json()["projector"]["filename"] == "mmproj-Eyes-Q8_0.gguf"
    assert plain.projector is None and plain.to_json()["projector"] is None
