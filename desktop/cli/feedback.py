"""`hearth feedback export --format sft|preference PATH`: your thumbs as a fine-tuning set."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.terminal import say
from desktop.core.feedback import FORMATS, export_feedback
from desktop.core.store import ConversationStore, StoreError


def add_parser(commands: argparse._SubParsersAction) -> None:
    feedback = commands.add_parser("feedback", help="export rated replies as training data")
    sub = feedback.add_subparsers(dest="feedback_command", metavar="ACTION", required=True)
    export = sub.add_parser("export", help="write SFT or preference JSONL")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("path", type=Path)
    export.add_argument(
        "--with-thinking", action="store_true", help="keep reasoning models' thinking (as reasoning_content)"
    )
    export.set_defaults(run=_export)


def _export(args: argparse.Namespace) -> int:
    try:
        store = ConversationStore.open_default()
        try:
            count = export_feedback(store, args.format, args.path, thinking=args.with_thinking)
        finally:
            store.close()
    except StoreError as error:
        say(str(error))
        return 1
    except OSError as error:
        say(f"cannot write {args.path}: {error.strerror or error}")
        return 1
    print(f"{count} {args.format} records written to {args.path}", file=sys.stderr)
    return 0
