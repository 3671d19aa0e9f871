"""Keep the translation files current: `python -m desktop.ui.translation_files [--check]`.

`pyside6-lupdate` reads every `tr("...")` in desktop/ui into resources/translations/
hearth_<language>.ts (new texts arrive unfinished, texts no longer used are dropped), and
`pyside6-lrelease` compiles each into the .qm file the app loads. `--check` changes nothing
and exits 1 if a .ts file lacks a text the code has, or holds one it no longer has.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.core.paths import resource_path
from desktop.ui.i18n import LANGUAGES

UI_SOURCES = Path(__file__).resolve().parent


def translations_dir() -> Path:
    return resource_path("translations")


def ts_file(language: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"hearth_{language}.ts"


def _tool(name: str) -> list[str]:
    # The PySide6 wheel's own lupdate/lrelease, through its launcher (which sets up the library path).
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name}; sys.exit({name}())"]


def _sources() -> list[str]:
    return sorted(str(path) for path in UI_SOURCES.rglob("*.py") if "__pycache__" not in path.parts)


def update(folder: Path | None = None) -> None:
    """Brings every .ts file in `folder` (default: the shipped ones) up to the code, then compiles it."""
    for language in LANGUAGES:
        target = ts_file(language, folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [*_tool("lupdate"), *_sources(), "-no-obsolete", "-locations", "none", "-silent",
             "-source-language", "en", "-target-language", language, "-ts", str(target)],
            check=True,
        )  # fmt: skip
        compile_ts(target, target.with_suffix(".qm"))


def compile_ts(source: Path, target: Path) -> None:
    subprocess.run([*_tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def source_texts(ts: Path) -> set[tuple[str, str]]:
    """(disambiguation, text) of every message a .ts file holds, obsolete ones left out."""
    texts = set()
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("obsolete", "vanished"):
            continue
        texts.add((message.findtext("comment") or "", message.findtext("source") or ""))
    return texts


def stale(language: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(texts the code has that the .ts lacks, texts the .ts has that the code no longer uses)."""
    shipped = ts_file(language)
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / shipped.name
        subprocess.run(
            [*_tool("lupdate"), *_sources(), "-no-obsolete", "-locations", "none", "-silent", "-ts", str(fresh)],
            check=True,
        )
        wanted = source_texts(fresh)
    have = source_texts(shipped) if shipped.is_file() else set()
    return wanted - have, have - wanted


def export_texts(language: str) -> list[dict[str, str]]:
    """The texts of a .ts file as JSON-ready rows (source, comment, translation): for translators."""
    rows = []
    for message in ET.parse(ts_file(language)).getroot().iter("message"):
        node = message.find("translation")
        done = node is not None and node.get("type") != "unfinished"
        rows.append(
            {
                "source": message.findtext("source") or "",
                "comment": message.findtext("comment") or "",
                "translation": (node.text or "") if done and node is not None else "",
            }
        )
    return rows


def import_texts(language: str, rows: list[dict[str, str]]) -> int:
    """Fills the .ts file's translations from rows like export_texts' (matched by source and comment)."""
    given = {(row.get("comment", ""), row["source"]): row["translation"] for row in rows if row.get("translation")}
    path = ts_file(language)
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        key = (message.findtext("comment") or "", message.findtext("source") or "")
        node = message.find("translation")
        if key in given and node is not None:
            node.text = given[key]
            node.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    compile_ts(path, path.with_suffix(".qm"))
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.ui.translation_files", description=__doc__)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a .ts file is behind the code")
    parser.add_argument("--export", metavar="LANGUAGE", help="print a language's texts as JSON rows")
    parser.add_argument("--import", dest="import_", nargs=2, metavar=("LANGUAGE", "FILE"), help="fill from JSON rows")
    args = parser.parse_args(argv)
    if args.export:
        print(json.dumps(export_texts(args.export), ensure_ascii=False, indent=1))
        return 0
    if args.import_:
        language, file = args.import_
        print(f"{import_texts(language, json.loads(Path(file).read_text(encoding='utf-8')))} texts filled")
        return 0
    if not args.check:
        update()
        return 0
    behind = False
    for language in LANGUAGES:
        missing, unused = stale(language)
        for _, text in sorted(missing):
            print(f"{language}: not in the .ts file: {text!r}")
        for _, text in sorted(unused):
            print(f"{language}: no longer in the code: {text!r}")
        behind = behind or bool(missing or unused)
    return 1 if behind else 0


if __name__ == "__main__":
    raise SystemExit(main())
