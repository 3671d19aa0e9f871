"""`hearth models search|files|pull`: find GGUF models on the Hugging Face Hub and download them."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from typing import TYPE_CHECKING, TextIO

from desktop.cli.terminal import fail, field, say

if TYPE_CHECKING:
    from desktop.core.hub.client import RepoFiles
    from desktop.core.hub.downloads import DownloadManager
    from desktop.core.hub.jobs import DownloadStatus
    from desktop.core.hub.quant import GgufModel

SEARCH_LIMIT = 30


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add search, files and pull to the `hearth models` command family."""
    search = subparsers.add_parser("search", help="search the Hugging Face Hub for GGUF models")
    search.add_argument("query", nargs="+", help="words to look for in the repo names")
    search.add_argument("--limit", type=int, default=SEARCH_LIMIT, help=f"most results (default {SEARCH_LIMIT})")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(run=run_search)

    files = subparsers.add_parser("files", help="list a Hub repo's GGUF files by quantisation")
    files.add_argument("repo", help="owner/name on the Hub")
    files.add_argument("--json", action="store_true", help="print JSON")
    files.set_defaults(run=run_files)

    pull = subparsers.add_parser(
        "pull",
        help="download a model into the models folder (resumable, sha256-verified); a vision model comes with "
        "its projector (the mmproj file beside it in the repo)",
    )
    pull.add_argument("repo", help="owner/name on the Hub")
    pull.add_argument("choice", nargs="?", help="a quantisation (default Q4_K_M) or an exact file name")
    pull.add_argument("--no-projector", action="store_true", help="the model alone, without its vision projector")
    pull.set_defaults(run=run_pull)


def run_search(args: argparse.Namespace) -> int:
    from desktop.core.hub.client import HubClient
    from desktop.core.hub.errors import HubError

    query = " ".join(args.query)
    try:
        results = HubClient().search(query, limit=args.limit)
    except HubError as error:
        return fail(error.message)
    if args.json:
        print(json.dumps([r.to_json() for r in results], indent=1))
        return 0
    if not results:
        say(f"no GGUF models match '{query}'")
        return 0
    width = max(len(field(r.repo_id)) for r in results)
    print(f"{'REPO':<{width}}  {'DOWNLOADS':>10}  {'LIKES':>6}  UPDATED")
    for r in results:
        updated = r.last_modified.date().isoformat() if r.last_modified else "-"
        gated = "  (gated)" if r.gated else ""
        print(f"{field(r.repo_id):<{width}}  {r.downloads:>10,}  {r.likes:>6,}  {updated}{gated}")
    return 0


def run_files(args: argparse.Namespace) -> int:
    from desktop.core.hub.client import HubClient
    from desktop.core.hub.errors import HubError
    from desktop.core.hub.quant import default_model
    from desktop.core.hub.units import format_bytes

    try:
        listing = HubClient().repo_files(args.repo)
    except HubError as error:
        return fail(error.message)
    if args.json:
        print(json.dumps(listing.to_json(), indent=1))
        return 0
    if not listing.models:
        say(f"{listing.repo_id} has no GGUF files")
        return 0
    default = default_model(list(listing.models))
    gated = "  (gated: accept its terms on the Hub and set a token to download)" if listing.gated else ""
    print(f"{listing.repo_id} @ {listing.revision[:12]}{gated}")
    width = max(len(quant) for quant in listing.by_quant())
    for quant, models in listing.by_quant().items():
        for model in models:
            notes = [f"{model.parts} parts"] if model.parts > 1 else []
            notes += ["incomplete on the Hub"] if not model.complete else []
            notes += ["vision projector"] if model.kind == "mmproj" else []
            notes += ["default"] if model is default else []
            extra = f"  ({', '.join(notes)})" if notes else ""
            print(f"{quant:<{width}}  {format_bytes(model.size):>9}  {model.filename}{extra}")
    return 0


def run_pull(args: argparse.Namespace) -> int:
    from desktop.core.hub.client import HubClient
    from desktop.core.hub.downloads import DownloadManager
    from desktop.core.hub.errors import HubError
    from desktop.core.hub.jobs import State
    from desktop.core.hub.quant import pick_model
    from desktop.core.settings import load_settings

    client = HubClient()
    try:
        listing = client.repo_files(args.repo)
        model = pick_model(list(listing.models), args.choice)
        if not args.no_projector:
            model = _with_projector(listing, model)
    except HubError as error:
        return fail(error.message)
    except LookupError as error:
        return fail(f"{args.repo}: {error}")
    if not model.complete:
        return fail(f"{model.name} is missing parts on the Hub ({model.parts} of {model.expected_parts})")
    if model.projector is not None:
        say(f"{model.name} sees images: its projector {model.projector.filename} comes with it, into the same folder")
    # The partial file is named after its content, so re-running the same command continues it;
    # the app keeps its own queue, and a lock stops both from writing the same file at once.
    manager = DownloadManager(load_settings().models_path(), client=client, backoff_base=_backoff())
    bar = ProgressBar(sys.stderr)
    unsubscribe = manager.subscribe(bar.update)
    try:
        status = manager.add(listing.repo_id, model, listing.revision)
        if status.state == State.DONE:
            say(f"already downloaded: {status.path}")
        final = _wait(manager, status.id)
    except HubError as error:
        return fail(error.message)
    except KeyboardInterrupt:
        manager.close()  # the partial file stays
        bar.finish()
        print("hearth: stopped; run the same command again to continue", file=sys.stderr)
        return 130
    finally:
        manager.close()
    unsubscribe()
    bar.update(final)  # the worker's own last report may still be on its way
    bar.finish()
    if final.state == State.DONE:
        if final.projector is not None:
            say(f"with its vision projector: {final.projector}")
        print(final.path)
        return 0
    return fail(final.error or f"download {final.state}")


def _with_projector(listing: RepoFiles, model: GgufModel) -> GgufModel:
    """A catalog vision model's own projector; else the mmproj file beside the model in the repo."""
    from desktop.core.hub.vision import catalog_model, with_projector
    from desktop.core.library.catalog import find_entry

    entry = find_entry(listing.repo_id, model.filename)
    if entry is not None and entry.projector is not None:
        return catalog_model(listing, entry)
    return with_projector(model, listing.models)


def _wait(manager: DownloadManager, download_id: str) -> DownloadStatus:
    from desktop.core.hub.jobs import FINISHED

    while True:
        try:  # short waits, so Ctrl+C is noticed promptly on every platform
            return manager.wait(download_id, lambda s: s.state in FINISHED, timeout=0.5)
        except TimeoutError:
            continue


def _backoff() -> float:
    # Tests shorten the back-off between retries; users keep the default.
    try:
        return float(os.environ.get("HEARTH_HUB_BACKOFF", "1.0"))
    except ValueError:
        return 1.0


class ProgressBar:
    """One self-rewriting line on a terminal; a line per tenth of the way (and per state) otherwise."""

    WIDTH = 24

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._tty = stream.isatty()
        self._last_step = -1
        self._last_state = ""
        self._drawn = False

    def update(self, status: DownloadStatus) -> None:
        from desktop.core.hub.units import format_bytes, format_duration

        fraction = min(status.fraction, 1.0)
        filled = int(fraction * self.WIDTH)
        pace = (
            f"{format_bytes(status.speed)}/s  ETA {format_duration(status.eta)}"
            if status.state == "downloading"
            else str(status.state)
        )
        line = (
            f"{status.name}  {fraction * 100:5.1f}% [{'#' * filled}{'.' * (self.WIDTH - filled)}] "
            f"{format_bytes(status.bytes_done)} / {format_bytes(status.bytes_total)}  {pace}"
        )
        if self._tty:
            self._stream.write("\r" + line + "\x1b[K")
            self._drawn = True
        else:
            step = int(fraction * 10)
            if step == self._last_step and str(status.state) == self._last_state:
                return
            self._last_step, self._last_state = step, str(status.state)
            self._stream.write(line + "\n")
        self._stream.flush()

    def finish(self) -> None:
        if self._tty and self._drawn:
            self._stream.write("\n")
            self._stream.flush()
            self._drawn = False


def main(argv: list[str] | None = None) -> int:
    """`python -m desktop.cli.models_hub pull …`: the same commands without the rest of the app."""
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    logging.basicConfig(level=os.environ.get("HEARTH_LOG", "WARNING").upper(), format="hearth: %(message)s")
    parser = argparse.ArgumentParser(prog="hearth models")
    register(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
