"""The download queue on disk: one JSON file, written atomically, so a crash can resume where it stopped."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterable
from pathlib import Path

from desktop.core import paths
from desktop.core.atomic import atomic_write_text
from desktop.core.hub.jobs import FINISHED, Job, State

log = logging.getLogger(__name__)
VERSION = 1


def default_state_path() -> Path:
    return paths.data_dir() / "downloads.json"


def save_queue(path: Path, jobs: Iterable[Job]) -> None:
    # Finished downloads are history, not work: only what may still need bytes is kept.
    kept = [job.to_json() for job in jobs if job.state not in FINISHED or job.state == State.FAILED]
    atomic_write_text(path, json.dumps({"version": VERSION, "downloads": kept}, indent=1))


def load_queue(path: Path) -> list[Job]:
    """The saved downloads; an unreadable file is set aside and the queue starts empty."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as error:
        log.warning("download queue %s is unreadable (%s); starting with an empty queue", path, error)
        with contextlib.suppress(OSError):
            os.replace(path, path.with_suffix(".json.bad"))
        return []
    jobs = []
    for entry in raw.get("downloads", []) if isinstance(raw, dict) else []:
        try:
            jobs.append(Job.from_json(entry))
        except (KeyError, TypeError, ValueError) as error:
            log.warning("skipping an unreadable entry in the download queue (%s)", error)
    return jobs
