"""One download from start to finish: space check, transfer with retries, sha256 check, move into place."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from filelock import Timeout as LockTimeout
from huggingface_hub.utils import WeakFileLock

from desktop.core.hub.client import HubClient
from desktop.core.hub.control import Stopped
from desktop.core.hub.errors import (
    ChecksumMismatch,
    HubError,
    NetworkFailure,
    NotEnoughSpace,
)
from desktop.core.hub.jobs import PARTIAL_DIR, Job, Part, State
from desktop.core.hub.library_errors import describe, is_transient
from desktop.core.hub.transfer import PartialFile
from desktop.core.hub.units import format_bytes

SHA256 = re.compile(r"^[0-9a-f]{64}$")
DEFAULT_MARGIN = 512 * 1000 * 1000  # room left for the OS and the app after the download


@dataclass(frozen=True)
class RetryPolicy:
    retries: int = 5  # further tries after the first, for each stretch without progress
    backoff_base: float = 1.0  # seconds before the first retry; doubles each time
    backoff_max: float = 30.0

    def delay(self, failures: int) -> float:
        return min(self.backoff_max, self.backoff_base * 2 ** (failures - 1))


def check_free_space(job: Job, margin: int) -> None:
    remaining = sum(p.size - p.received() for p in job.parts if not p.is_in_place())
    folder = _existing_ancestor(job.parts[0].partial.parent)
    free = shutil.disk_usage(folder).free
    if free < remaining + margin:
        raise NotEnoughSpace(
            f"not enough disk space: {job.name} needs {format_bytes(remaining)} more plus "
            f"{format_bytes(margin)} to spare, but {folder} has {format_bytes(free)} free"
        )


def run_job(
    job: Job,
    client: HubClient,
    policy: RetryPolicy,
    margin: int,
    on_bytes: Callable[[int], None],
    on_state: Callable[[State], None],
) -> None:
    """Bring every part of `job` to its final path, verified; raise HubError, or Stopped on pause/cancel."""
    lock = lock_path(job)
    lock.parent.mkdir(parents=True, exist_ok=True)
    held = False
    try:
        with WeakFileLock(lock, timeout=0.2):
            held = True
            _run_locked(job, client, policy, margin, on_bytes, on_state)
    except LockTimeout:
        if not held:
            raise HubError(f"{job.name} is already being downloaded by another Hearth window or command") from None
        raise
    finally:
        # Done, refused (a checksum mismatch deletes the partial) or paused: once released, the lock file
        # and any folder left empty go, whatever the outcome (a paused partial keeps its folder).
        if held:
            with contextlib.suppress(OSError):
                lock.unlink()
        prune_empty_dirs(lock.parent)


def lock_path(job: Job) -> Path:
    first = job.parts[0].partial
    return first.with_name(first.name + ".lock")


def discard_partials(job: Job) -> None:
    """Delete what a cancelled download left in the partial area, unless another process is using it."""
    lock = lock_path(job)
    if not lock.parent.exists():
        return
    try:
        with WeakFileLock(lock, timeout=0.2):
            for part in job.parts:
                part.partial.unlink(missing_ok=True)
    except LockTimeout:
        return
    with contextlib.suppress(OSError):
        lock.unlink()
    prune_empty_dirs(lock.parent)


def _run_locked(
    job: Job,
    client: HubClient,
    policy: RetryPolicy,
    margin: int,
    on_bytes: Callable[[int], None],
    on_state: Callable[[State], None],
) -> None:
    check_free_space(job, margin)
    pending = [p for p in job.parts if not p.is_in_place()]
    base = sum(p.size for p in job.parts if p not in pending)
    for part in pending:
        _download_part(job, part, client, policy, partial(_add, on_bytes, base), on_state)
        base += part.size
    on_state(State.VERIFYING)
    job.control.check()  # a cancel that came during the last chunk still wins
    # Every part is complete and verified before the first one appears where the library looks, and the
    # file it opens comes last: once that is there, so are its other parts and its vision projector.
    for part in sorted(pending, key=lambda part: part is job.parts[0]):
        part.final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(part.partial, part.final)


def _download_part(
    job: Job,
    part: Part,
    client: HubClient,
    policy: RetryPolicy,
    on_bytes: Callable[[int], None],
    on_state: Callable[[State], None],
) -> None:
    partial = PartialFile(part.partial, part.size)
    resuming = part.partial.exists()
    if resuming:
        on_state(State.VERIFYING)  # hashing a large partial file takes a while: say so
    partial.load(job.control)  # after a crash this is the only record of the bytes already here
    if resuming:
        on_state(State.DOWNLOADING)
    on_bytes(partial.done)
    _with_retries(
        lambda: _fetch(job, part, partial, client, on_bytes), job, client, policy, progress=lambda: partial.done
    )
    _verify(part, partial)


def _fetch(job: Job, part: Part, partial: PartialFile, client: HubClient, on_bytes: Callable[[int], None]) -> None:
    job.control.check()
    meta = client.file_metadata(job.repo_id, part.filename, job.revision)
    etag = (meta.etag or "").lower()
    listed_sha = etag if SHA256.match(etag) else None
    if part.sha256 is None and listed_sha:
        part.sha256 = listed_sha
    if not part.size and meta.size:
        part.size = partial.size = meta.size  # the listing had no size for it
    changed = (meta.size is not None and part.size and meta.size != part.size) or (
        listed_sha and part.sha256 and listed_sha != part.sha256.lower()
    )
    if changed:
        raise HubError(f"{part.filename} changed on the Hub since it was listed; list the repo's files again")
    partial.receive(client.file_url(job.repo_id, part.filename, job.revision), client.headers(), job.control, on_bytes)


def _verify(part: Part, partial: PartialFile) -> None:
    if part.sha256 is None:
        return  # a file kept in plain git has no sha256 on the Hub; its size was checked
    digest = partial.hexdigest()
    if digest != part.sha256.lower():
        partial.discard()
        raise ChecksumMismatch(
            f"checksum mismatch: {part.filename} is not the file the Hub lists (sha256 {digest[:12]}… instead of "
            f"{part.sha256[:12]}…); the partial file was deleted, retry to download it again"
        )


def _with_retries(
    action: Callable[[], None], job: Job, client: HubClient, policy: RetryPolicy, progress: Callable[[], int]
) -> None:
    failures, furthest = 0, progress()
    while True:
        try:
            action()
            return
        except Stopped:
            raise
        except Exception as error:
            if not is_transient(error):
                raise client.translate(error, job.repo_id) from None
            if progress() > furthest:
                # New bytes arrived: a slow, flaky line still gets there in the end. Only bytes past the
                # furthest point count, or a file that is started over every time (its listed size is not
                # what the server sends) would be tried for ever.
                furthest, failures = progress(), 0
            failures += 1
            if failures > policy.retries:
                raise NetworkFailure(f"download failed after {failures} tries: {describe(error)}") from None
            job.control.wait(policy.delay(failures))


def _existing_ancestor(folder: Path) -> Path:
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def prune_empty_dirs(folder: Path) -> None:
    """Remove empty folders left in the partial area, up to and including `.downloads` itself."""
    while PARTIAL_DIR in folder.parts:
        try:
            folder.rmdir()
        except OSError:
            return
        if folder.name == PARTIAL_DIR:
            return
        folder = folder.parent


def _add(on_bytes: Callable[[int], None], base: int, count: int) -> None:
    """Bytes of one part, reported as bytes of the whole model (the parts before it are done)."""
    on_bytes(base + count)
