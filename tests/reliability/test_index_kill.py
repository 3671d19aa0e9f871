"""kill -9 in the middle of indexing a folder: nothing indexed is lost, nothing is half-written, and
the next run reads only the files it had not reached."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.documents.collection_store import CollectionStore
from desktop.core.documents.indexer import Indexer

pytestmark = pytest.mark.slow

FILES = 400
KILL_AT = 120  # files done when the kill comes

CHILD = """
import json, sys
from desktop.core.documents.indexer import Indexer
def progress(p):
    print(json.dumps({"phase": p.phase, "done": p.files_done}), flush=True)
Indexer(sys.argv[1]).run("Big", progress)
print(json.dumps({"phase": "finished", "done": -1}), flush=True)
"""


def make_corpus(folder: Path, seed: int = 11) -> None:
    rng = random.Random(seed)
    words = [f"word{n}" for n in range(3000)]
    folder.mkdir()
    for n in range(FILES):
        paragraphs = ["\n".join(" ".join(rng.choices(words, k=12)) for _ in range(6)) for _ in range(40)]
        (folder / f"doc{n:03}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")


def test_a_kill_mid_index_loses_nothing_and_the_next_run_resumes(tmp_path: Path) -> None:
    folder, index = tmp_path / "big", tmp_path / "documents.db"
    make_corpus(folder)
    CollectionStore(index).create("Big", [folder])
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(index)],
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert child.stdout is not None
    reached = 0
    for line in child.stdout:  # the child's own reports: no guessing with sleeps
        event = json.loads(line)
        assert event["phase"] != "finished", "indexing ended before the kill: make the corpus bigger"
        reached = event["done"]
        if reached >= KILL_AT:
            child.send_signal(signal.SIGKILL)
            break
    assert child.wait(30) == -signal.SIGKILL

    db = sqlite3.connect(index)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.execute("INSERT INTO passages_fts(passages_fts) VALUES ('integrity-check')")  # raises if FTS disagrees
    files = db.execute("SELECT id, passages FROM files WHERE state = 'indexed'").fetchall()
    assert len(files) >= reached  # every file reported done was committed
    for file_id, passages in files:  # and none is half there
        assert db.execute("SELECT COUNT(*) FROM passages WHERE file_id = ?", (file_id,)).fetchone()[0] == passages
    kept = len(files)
    db.close()

    indexer = Indexer(index)
    resumed = indexer.run("Big")
    indexer.close()
    assert (resumed.files_unchanged, resumed.files_indexed) == (kept, FILES - kept)
    fresh_index = tmp_path / "fresh.db"
    CollectionStore(fresh_index).create("Big", [folder])
    fresh = Indexer(fresh_index).run("Big")
    assert CollectionStore(index).get("Big").passages == fresh.passages
