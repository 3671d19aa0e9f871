"""`hearth docs add|list|refresh|rm|search|problems`: document collections from the terminal.

The same index, indexer and retrieval as the window's Documents; indexing shows its progress on
stderr, and Ctrl+C stops it having kept every file already indexed.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading

from desktop.cli.terminal import fail, field, for_terminal, say


def add_parser(commands: argparse._SubParsersAction) -> None:
    docs = commands.add_parser("docs", help="document collections: answers from your own files, with sources")
    docs.set_defaults(run=run_list, json=False)
    actions = docs.add_subparsers(dest="docs_command", metavar="ACTION")

    add = actions.add_parser("add", help="make a collection (or add to one) from folders and files, and index them")
    add.add_argument("name")
    add.add_argument("paths", nargs="+", metavar="PATH")
    add.set_defaults(run=run_add)

    listing = actions.add_parser("list", help="the collections: files, passages, problems")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(run=run_list)

    refresh = actions.add_parser("refresh", help="index what changed on disk since the last time")
    refresh.add_argument("name")
    refresh.set_defaults(run=run_refresh)

    remove = actions.add_parser("rm", help="remove a collection from Hearth (the files stay as they are)")
    remove.add_argument("name")
    remove.set_defaults(run=run_rm)

    search = actions.add_parser("search", help="the passages that best match a question")
    search.add_argument("name", help="a collection, or several joined by commas")
    search.add_argument("query")
    search.add_argument("-k", type=int, default=5, help="how many passages (default 5)")
    search.add_argument("--json", action="store_true", help="print JSON: path, page, lines, score, text")
    search.set_defaults(run=run_search)

    problems = actions.add_parser("problems", help="the files of a collection that were skipped, and why")
    problems.add_argument("name")
    problems.add_argument("--json", action="store_true")
    problems.set_defaults(run=run_problems)


def _documents():  # type: ignore[no-untyped-def]
    """Documents with a model host of their own for the embedding model (when the library has one)."""
    from desktop.core.backends import default_backends
    from desktop.core.documents.service import Documents
    from desktop.core.runtime.host import ModelHost

    return Documents(host=ModelHost(default_backends()), own_host=True)


def _store():  # type: ignore[no-untyped-def]
    from desktop.core.documents.collection_store import CollectionStore

    return CollectionStore()


def run_add(args: argparse.Namespace) -> int:
    from desktop.core.documents.collection_store import CollectionError
    from desktop.core.store import StoreError

    try:
        store = _store()
    except StoreError as error:
        return fail(str(error))
    try:
        info = store.create(args.name, list(args.paths))
    except (CollectionError, StoreError) as error:
        return fail(str(error))
    finally:
        store.close()
    return _index(info.name)


def run_refresh(args: argparse.Namespace) -> int:
    return _index(args.name)


def _index(name: str) -> int:
    from desktop.core.documents.collection_store import CollectionError
    from desktop.core.documents.indexer import IndexProgress
    from desktop.core.store import StoreError

    stop = threading.Event()
    shown = [""]

    def progress(p: IndexProgress) -> None:
        if not sys.stderr.isatty():
            return
        if p.phase == "embedding":
            line = f"embedding {p.embedded:,} of {p.to_embed:,} passages"
        else:
            line = f"{p.files_done:,} of {p.files_total:,} files · {p.passages:,} passages"
        eta = p.eta_s
        if eta is not None and p.phase != "done":
            line += f" · about {eta:.0f} s left"
        sys.stderr.write("\r" + line.ljust(len(shown[0])))
        sys.stderr.flush()
        shown[0] = line

    documents = _documents()
    try:
        report = documents.index(name, progress, stop)
    except KeyboardInterrupt:
        stop.set()
        return 130
    except (CollectionError, StoreError) as error:
        return fail(str(error))
    finally:
        if shown[0]:
            sys.stderr.write("\n")
        documents.close()
    parts = [f"{report.files_indexed:,} files indexed", f"{report.files_unchanged:,} unchanged"]
    if report.files_removed:
        parts.append(f"{report.files_removed:,} gone")
    if report.files_skipped:
        parts.append(f"{report.files_skipped:,} skipped (hearth docs problems {field(name)})")
    parts.append(f"{report.passages:,} passages")
    if report.embedded:
        parts.append(f"{report.embedded:,} embedded")
    say(f"{report.collection}: " + ", ".join(parts) + f" in {report.seconds:.1f} s")
    if report.embedding_note:
        say(f"no vectors this time ({report.embedding_note}): search uses keywords only")
    return 130 if report.stopped else 0


def run_list(args: argparse.Namespace) -> int:
    from desktop.core.store import StoreError

    try:
        store = _store()
        try:
            collections = store.all()
        finally:
            store.close()
    except StoreError as error:
        return fail(str(error))
    if getattr(args, "json", False):
        print(json.dumps([c.to_dict() for c in collections], indent=2, ensure_ascii=False))
        return 0
    if not collections:
        say("no collections yet: hearth docs add NAME FOLDER")
        return 0
    for c in collections:
        problems = f" · {c.problems:,} problems" if c.problems else ""
        vectors = f" · {c.vectors:,} with vectors" if c.vectors else ""
        print(f"{field(c.name)}\t{c.files:,} files · {c.passages:,} passages{vectors}{problems}")
        for source in c.sources:
            print(f"\t{field(source)}")
    return 0


def run_rm(args: argparse.Namespace) -> int:
    from desktop.core.documents.collection_store import CollectionError
    from desktop.core.store import StoreError

    try:
        store = _store()
        try:
            store.remove(args.name)
        finally:
            store.close()
    except (CollectionError, StoreError) as error:
        return fail(str(error))
    say(f"removed the collection {field(args.name)} (its files were not touched)")
    return 0


def run_problems(args: argparse.Namespace) -> int:
    from desktop.core.documents.collection_store import CollectionError
    from desktop.core.store import StoreError

    try:
        store = _store()
        try:
            problems = store.problems(args.name)
        finally:
            store.close()
    except (CollectionError, StoreError) as error:
        return fail(str(error))
    if args.json:
        print(json.dumps([p.__dict__ for p in problems], indent=2, ensure_ascii=False))
        return 0
    for p in problems:
        print(f"{field(p.path)}\t{'partly indexed: ' if p.partial else ''}{field(p.reason)}")
    return 0


def run_search(args: argparse.Namespace) -> int:
    from desktop.core.documents.collection_store import CollectionError
    from desktop.core.runtime.types import EngineError
    from desktop.core.store import StoreError

    names = [n.strip() for n in args.name.split(",") if n.strip()]
    documents = _documents()
    try:
        hits = documents.retriever().search(names, args.query, max(1, args.k))
        note = documents.retriever().last_note
    except (CollectionError, StoreError, EngineError) as error:
        return fail(str(error))
    finally:
        documents.close()
    if note:
        say(f"keywords only: {note}")
    if args.json:
        print(json.dumps([hit.to_dict() for hit in hits], indent=2, ensure_ascii=False))
        return 0
    if not hits:
        say("no passage matches")
        return 1
    from desktop.core.documents.grounding import where

    for n, hit in enumerate(hits, 1):
        print(f"[{n}] {field(where(hit))}  ({hit.score:.4f})  {field(hit.path)}")
        print(for_terminal(hit.text.strip(), sys.stdout))
        print()
    return 0
