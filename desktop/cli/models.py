"""`hearth models list|import|rm`: the model library from the terminal (and the Hub commands, when present)."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
from typing import TYPE_CHECKING

from desktop.cli.terminal import fail, field
from desktop.core.library.display import format_context, format_parameters, format_size
from desktop.core.library.errors import LibraryError
from desktop.core.library.metadata import MetadataCache, ModelInfo

if TYPE_CHECKING:
    from desktop.core.backends.remote.catalog import EndpointListing


def add_parser(commands: argparse._SubParsersAction) -> None:
    models = commands.add_parser("models", help="list, import and remove models")
    models.set_defaults(run=run_list, json=False)
    actions = models.add_subparsers(dest="models_command", metavar="ACTION")

    listing = actions.add_parser("list", help="the models in the library, and those found in other apps")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(run=run_list)

    importing = actions.add_parser("import", help="copy a GGUF file into the library (or use it in place)")
    importing.add_argument("path", help="the .gguf file")
    importing.add_argument("--link", action="store_true", help="use the file where it is instead of copying it")
    importing.set_defaults(run=run_import)

    remove = actions.add_parser("rm", help="delete a model from the library (a linked one is only forgotten)")
    remove.add_argument("name", help="the model's name (as `hearth models list` shows it) or its path")
    remove.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    remove.set_defaults(run=run_rm)

    # The Hub commands (search, files, pull) live in their own module; absent, they are simply missing.
    if importlib.util.find_spec("desktop.cli.models_hub") is not None:
        importlib.import_module("desktop.cli.models_hub").register(actions)


def _table(rows: list[list[str]], header: list[str]) -> list[str]:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = []
    for row in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
    return lines


def _columns(info: ModelInfo) -> list[str]:
    return [
        info.quantization or "-",
        format_parameters(info.parameters),
        format_size(info.size_bytes),
        format_context(info.context_length),
    ]


def run_list(args: argparse.Namespace) -> int:
    from desktop.core.library.library import scan_library
    from desktop.core.library.other_apps import find_other_apps
    from desktop.core.settings import load_settings

    settings = load_settings()
    cache = MetadataCache.shared()
    models = scan_library(settings, cache)
    others = find_other_apps(exclude=[info.path for info in models], cache=cache)
    remotes = _remote_listings()
    if args.json:
        data = {
            "models_dir": str(settings.models_path()),
            "models": [{**info.to_dict(), "remote": False} for info in models] + _remote_models(remotes),
            "other_apps": [found.to_dict() for found in others],
            "unreachable": [{"endpoint": r.endpoint.name, "error": r.error} for r in remotes if r.error],
        }
        print(json.dumps(data, indent=2))
        return 0
    if models:
        rows = [
            [field(info.name), *_columns(info), field(str(info.path)) + ("  (linked)" if info.linked else "")]
            for info in models
        ]
        lines = _table(rows, ["NAME", "QUANT", "PARAMS", "SIZE", "CONTEXT", "PATH"])
        print(lines[0])
        for info, line in zip(models, lines[1:], strict=True):
            print(line)
            if info.error:
                print(f"    cannot be used: {field(info.error)}")
    else:
        print(f"No models in {settings.models_path()}.")
        print(
            "Fetch the starter model with `python -m desktop.models.starter`, "
            "or add one with `hearth models import PATH`."
        )
    if remotes:
        print()
        print("On remote engines (chat with `hearth chat ENDPOINT/MODEL_ID`):")
        for listing in remotes:
            for model in listing.models:
                print(f"  {listing.endpoint.name}/{field(model.id)}  (remote · {listing.endpoint.host_port})")
            if listing.error:
                print(f"  {field(listing.error)}")
    if others:
        print()
        print("Found in other apps (use one in place with `hearth models import PATH --link`):")
        rows = [[found.app, field(found.name), *_columns(found.info), field(str(found.path))] for found in others]
        for line in _table(rows, ["APP", "NAME", "QUANT", "PARAMS", "SIZE", "CONTEXT", "PATH"]):
            print(line)
    return 0


def _remote_listings() -> list[EndpointListing]:
    """The remote endpoints' models; asked only when the user added endpoints (nothing leaves otherwise)."""
    from desktop.core.backends.remote.catalog import list_all

    return list_all()


def _remote_models(listings: list[EndpointListing]) -> list[dict[str, object]]:
    return [
        {
            "name": f"{listing.endpoint.name}/{model.id}",
            "remote": True,
            "endpoint": listing.endpoint.name,
            "model_id": model.id,
            "host": listing.endpoint.host_port,
            "context_length": model.context_length,
            "ref": ref.stored(),
        }
        for listing in listings
        for model, ref in zip(listing.models, listing.refs(), strict=True)
    ]


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        sys.stderr.write(f"\rcopying… {done * 100 // total}%")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def run_import(args: argparse.Namespace) -> int:
    from desktop.core.library.importing import import_model
    from desktop.core.library.links import link_model
    from desktop.core.settings import SettingsStore

    settings = SettingsStore()
    try:
        result = import_model(args.path, settings.current, link=args.link, progress=_progress)
    except LibraryError as error:
        return fail(str(error))
    if result.linked and not result.already:
        not_saved = link_model(settings, result.path)
        if not_saved:
            return fail(f"{result.path} was not linked: {not_saved}")
    if result.already:
        print(f"{result.path} is already in the library.")
    elif result.linked:
        print(f"Linked {result.path}: Hearth uses it where it is.")
    else:
        print(f"Imported {args.path} as {result.path}")
    return 0


def _confirm(question: str) -> bool:
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def run_rm(args: argparse.Namespace) -> int:
    from desktop.core.library.importing import delete_model
    from desktop.core.library.library import find_model, scan_library
    from desktop.core.settings import SettingsStore

    settings = SettingsStore()
    try:
        info = find_model(args.name, scan_library(settings.current))
    except LibraryError as error:
        return fail(str(error))
    if info.linked:
        question = f"Forget {info.name}? The file stays at {info.path}."
    else:
        question = f"Delete {info.name} ({format_size(info.size_bytes)}) at {info.path}?"
    if not args.yes and not _confirm(question):
        return fail("nothing was removed")
    try:
        outcome = delete_model(info.path, settings)
    except LibraryError as error:
        return fail(str(error))
    if outcome == "forgotten":
        print(f"Forgot {info.name}; the file stays at {info.path}.")
    else:
        print(f"Deleted {info.name}.")
    return 0
