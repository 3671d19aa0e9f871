"""`hearth chats list|show|export|import|rm`: the app's conversations from the terminal."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli.terminal import fail, field, for_terminal, say
from desktop.core.store import ConversationStore, StoreError
from desktop.core.store.exchange import export_json, export_markdown, import_json


def add_parser(commands: argparse._SubParsersAction) -> None:
    chats = commands.add_parser("chats", help="list, show, export, import or delete conversations")
    sub = chats.add_subparsers(dest="chats_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="conversations, newest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=_list)
    show = sub.add_parser("show", help="print a conversation (the branch shown)")
    show.add_argument("id", type=int)
    show.set_defaults(run=_show)
    export = sub.add_parser("export", help="export a conversation as Markdown or JSON")
    export.add_argument("id", type=int)
    export.add_argument("--format", choices=("md", "json"), default="md")
    export.add_argument("-o", "--output", type=Path, help="write to this file (default: stdout)")
    export.set_defaults(run=_export)
    importing = sub.add_parser("import", help="import a JSON export as a new conversation")
    importing.add_argument("path", type=Path)
    importing.set_defaults(run=_import)
    remove = sub.add_parser("rm", help="delete a conversation")
    remove.add_argument("id", type=int)
    remove.set_defaults(run=_remove)


def _with_store(action):
    def run(args: argparse.Namespace) -> int:
        try:
            store = ConversationStore.open_default()
        except StoreError as error:
            return fail(str(error))
        try:
            return action(store, args)
        except StoreError as error:
            return fail(str(error))
        except OSError as error:
            return fail(f"{getattr(error, 'filename', '') or ''} {error.strerror or error}".strip())
        finally:
            store.close()

    return run


@_with_store
def _list(store: ConversationStore, args: argparse.Namespace) -> int:
    summaries = store.list()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": s.id,
                        "title": s.title,
                        "model": s.model,
                        "updated": s.updated,
                        "message_count": s.message_count,
                    }
                    for s in summaries
                ],
                ensure_ascii=False,
            )
        )
        return 0
    for s in summaries:
        model = Path(s.model).name if s.model else "-"
        print(f"{s.id:>5}  {s.message_count:>4} msgs  {field(model)[:40]:<40}  {field(s.title)}")
    return 0


@_with_store
def _show(store: ConversationStore, args: argparse.Namespace) -> int:
    sys.stdout.write(for_terminal(export_markdown(store, args.id), sys.stdout))
    return 0


@_with_store
def _export(store: ConversationStore, args: argparse.Namespace) -> int:
    text = export_json(store, args.id) + "\n" if args.format == "json" else export_markdown(store, args.id)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(for_terminal(text, sys.stdout))
    return 0


@_with_store
def _import(store: ConversationStore, args: argparse.Namespace) -> int:
    try:
        text = args.path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return fail(f"{args.path.name} is not a Hearth chat export (not UTF-8 text)")
    notices: list[str] = []  # images the export carried that could not be kept
    print(import_json(store, text, notices))
    for notice in notices:
        say(notice)
    return 0


@_with_store
def _remove(store: ConversationStore, args: argparse.Namespace) -> int:
    if not store.remove(args.id):
        return fail(f"there is no chat {args.id}")
    return 0
