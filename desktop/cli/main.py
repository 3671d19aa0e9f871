"""Entry point of `hearth`: the app by default, and the command-line tools beside it.

Imports are deferred to the command that needs them, so `hearth --version` is instant and
the window does not wait for llama.cpp to be imported.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import os

from desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hearth", description="Hearth: your own ChatGPT, on your own computer.")
    parser.add_argument("--version", action="version", version=f"Hearth {__version__}")
    parser.add_argument("--self-test", action="store_true", help="open the real window offscreen, chat once, report")
    parser.add_argument("--model", help="model file for the app or the self-test")
    parser.add_argument("--json", action="store_true", help="self-test: print one JSON line")
    parser.add_argument("--validate-model", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--adapter", metavar="PATH", help=argparse.SUPPRESS)  # with --validate-model
    # Diagnostics: print the time of the window's first paint and quit (startup benchmarks).
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    chat = commands.add_parser("chat", help="chat with a model in the terminal")
    chat.add_argument("model", help="a model file, a model's name in the models folder, or ENDPOINT/MODEL_ID")
    chat.add_argument("-p", "--prompt", help="print one reply to this prompt, then exit")
    chat.add_argument("--system", help="system prompt")
    chat.add_argument("--max-tokens", type=int, help="longest reply, in tokens")
    chat.add_argument("--temperature", type=float)
    chat.add_argument("--seed", type=int, help="fixed seed (default: random)")
    chat.add_argument("--ctx", type=int, help="context length in tokens")
    chat.add_argument("--force", action="store_true", help="load the model even if it looks too big for free memory")
    chat.add_argument(
        "--docs", metavar="NAME", help="answer from these document collections (commas between several), citing them"
    )
    chat.add_argument(
        "--json", dest="chat_json", action="store_true", help="with -p: print {reply, reasoning, sources} as JSON"
    )
    chat.add_argument(
        "--image",
        metavar="FILE",
        action="append",
        default=[],
        help="with -p: show the model this image (PNG, JPEG, WebP, GIF); repeat for several",
    )
    chat.add_argument(
        "--adapter",
        dest="chat_adapter",
        metavar="ADAPTER",
        help="apply this LoRA adapter (a name from hearth tune list, or a file)",
    )
    chat.add_argument("--adapter-scale", type=float, metavar="S", help="the adapter's strength, 0 to 2 (default 1)")
    chat.add_argument("--no-thinking", action="store_true", help="do not print a reasoning model's thinking")
    chat.add_argument("--think", choices=("on", "off"), help="turn thinking on or off, for a model that can switch")
    chat.add_argument(
        "--tools", metavar="NAME", help="offer the model the tools of these MCP servers (commas between several)"
    )
    chat.add_argument(
        "--allow-tool",
        metavar="NAME",
        action="append",
        default=[],
        help="run this tool (NAME or SERVER/NAME) without asking; others are asked on a terminal, else denied",
    )

    # Each command family registers itself; a family not written yet is simply absent.
    for name in ("models", "remote", "mcp", "docs", "chats", "feedback", "tune", "serve"):
        module = f"desktop.cli.{name}"
        if importlib.util.find_spec(module) is not None:
            importlib.import_module(module).add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    logging.basicConfig(level=os.environ.get("HEARTH_LOG", "WARNING").upper(), format="hearth: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        if args.validate_model:
            from desktop.core.backends.llama.validation_child import main as validate

            return validate(args.validate_model, args.adapter or "")
        if args.self_test:
            from desktop.ui.self_test import run_self_test

            return run_self_test(args.model, as_json=args.json)
        if args.command == "chat":
            from desktop.cli.chat import run_chat

            return run_chat(args)
        if args.command is not None:
            return int(args.run(args))
        from desktop.ui.app import run_app

        return run_app(args.model, exit_after_paint=args.exit_after_paint)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
