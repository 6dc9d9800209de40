#!/usr/bin/env python3
"""The translation catalogues: extract the texts, fill translations, compile.

    scripts/translations.py update        pyside6-lupdate over app/ into resources/translations/
                                          talk_moderator_<lang>.ts (existing translations kept;
                                          --prune drops the texts no longer in the code)
    scripts/translations.py fill FILE     set translations from a JSON file
                                          {"Context": {"Source": "Übersetzung" or [one, many]}}
    scripts/translations.py build         pyside6-lrelease into app/resources/translations/*.qm,
                                          where the app loads them (setup.sh and packaging run it)
    scripts/translations.py stats         finished / unfinished messages per catalogue

Why a script: the ``.ts`` sources are committed and merged by lupdate, the ``.qm`` files are
built (git-ignored), and several people edit one catalogue: every writing command holds
``flock /tmp/ts.lock`` (the same lock as the ``flock`` command), so two never write it at once.
Only the Python standard library and PySide6's tools are used.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "translations"
BUILT = ROOT / "app" / "resources" / "translations"
CODE = ROOT / "app"
CATALOGUE = "talk_moderator"
LANGUAGES = {"de": "de_DE"}
"""Each catalogue's language code and the Qt locale name written into its ``.ts``."""
LOCK = Path("/tmp/ts.lock")


def tool(name: str) -> str:
    """``pyside6-<name>`` beside this interpreter (the venv's), else on PATH."""
    for suffix in ("", ".exe"):  # a venv's Scripts\\ on Windows
        beside = Path(sys.executable).with_name(f"pyside6-{name}{suffix}")
        if beside.exists():
            return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"translations: pyside6-{name} not found (PySide6 is not installed)")
    return found


@contextmanager
def locked() -> Iterator[None]:
    """Hold the catalogue lock (``flock /tmp/ts.lock``) while writing."""
    import fcntl  # POSIX only: the builds on Windows only compile (``build`` takes no lock)

    with LOCK.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ts_path(language: str) -> Path:
    return SOURCES / f"{CATALOGUE}_{language}.ts"


def update(prune: bool) -> None:
    """Extract every text of app/ into each catalogue, keeping the translations it has."""
    files = sorted(str(p.relative_to(ROOT)) for p in CODE.rglob("*.py"))
    SOURCES.mkdir(parents=True, exist_ok=True)
    with locked():
        for language, locale in LANGUAGES.items():
            command = [tool("lupdate"), *files, "-ts", str(ts_path(language).relative_to(ROOT))]
            command += ["-locations", "none", "-source-language", "en_US"]
            command += ["-target-language", locale]
            if prune:
                command.append("-no-obsolete")
            subprocess.run(command, cwd=ROOT, check=True)


def fill(path: Path, language: str) -> None:
    """Set the translations listed in ``path`` (unknown contexts or texts are reported)."""
    wanted: dict[str, dict[str, str | list[str]]] = json.loads(path.read_text(encoding="utf-8"))
    with locked():
        target = ts_path(language)
        tree = ET.parse(target)
        found: set[tuple[str, str]] = set()
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            table = wanted.get(name, {})
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                if source not in table:
                    continue
                found.add((name, source))
                _set_translation(message, table[source])
        write_ts(tree, target)
    missing = [(c, s) for c, t in wanted.items() for s in t if (c, s) not in found]
    for context, source in missing:
        print(f"translations: not in the catalogue: {context}: {source!r}", file=sys.stderr)
    print(f"translations: {len(found)} set, {len(missing)} not found")


def _set_translation(message: ET.Element, text: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = text if isinstance(text, list) else [text, text]
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text if isinstance(text, str) else text[-1]


def write_ts(tree: ET.ElementTree, target: Path) -> None:
    """Write as lupdate does (its doctype, contexts at the margin, 4-space indents, quotes as
    entities, empty elements open and closed), so ``fill`` and ``update`` change only the
    lines whose translations changed."""
    root = tree.getroot()
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ")
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    body = body.replace("'", "&apos;").replace('"', "&quot;")
    body = re.sub(r"<[^>]+>", lambda tag: tag.group(0).replace("&quot;", '"'), body)
    target.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def build() -> None:
    """Compile every catalogue to app/resources/translations/*.qm."""
    BUILT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        source = ts_path(language)
        if not source.exists():
            continue
        qm = BUILT / f"{CATALOGUE}_{language}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(source), "-qm", str(qm)], check=True)
        print(f"translations: built {qm.relative_to(ROOT)}")


def state(message: ET.Element) -> str:
    """A message's translation state: "" (finished), unfinished, vanished or obsolete."""
    translation = message.find("translation")
    return "unfinished" if translation is None else translation.get("type", "")


def live_messages(root: ET.Element) -> list[ET.Element]:
    """The messages still in the code (lupdate marks dropped ones vanished or obsolete)."""
    return [m for m in root.iter("message") if state(m) not in ("vanished", "obsolete")]


def stats() -> None:
    for language in LANGUAGES:
        messages = live_messages(ET.parse(ts_path(language)).getroot())
        unfinished = [m for m in messages if state(m) == "unfinished"]
        print(f"{language}: {len(messages)} messages, {len(unfinished)} unfinished")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    update_cmd = commands.add_parser("update", help="extract the texts into the .ts catalogues")
    update_cmd.add_argument("--prune", action="store_true", help="drop texts no longer in app/")
    fill_cmd = commands.add_parser("fill", help="set translations from a JSON file")
    fill_cmd.add_argument("file", type=Path)
    fill_cmd.add_argument("--language", default="de", choices=sorted(LANGUAGES))
    commands.add_parser("build", help="compile the .qm files the app loads")
    commands.add_parser("stats", help="finished and unfinished messages")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(args.prune)
    elif args.command == "fill":
        fill(args.file, args.language)
    elif args.command == "build":
        build()
    else:
        stats()
    return 0


if __name__ == "__main__":
    sys.exit(main())
