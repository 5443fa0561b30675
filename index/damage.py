"""Noticing a damaged index: a manifest of each generation's files (size and CRC-32, recorded when a commit
writes them), checked cheaply (sizes) whenever a searcher opens and fully (checksums) when a read fails or
``pressline index verify`` runs.

Segment files never change once committed, so a file whose size or checksum differs from the manifest was
damaged on disk (truncated, overwritten, a bad sector). Whoosh's readers do not notice most damage: a
truncated column reads as zeros, a flipped byte in a posting block may decode as other numbers. The
manifest makes the difference between "the index is damaged" (answer 503, rebuild beside) and "our code has
a bug" (a 500 and a logged traceback) a fact rather than a guess.
"""

from __future__ import annotations

import fcntl
import json
import os
import zlib
from pathlib import Path

from .store import IndexStore, write_atomically

MANIFEST = "manifest.json"
_CHUNK = 1 << 20


class IndexDamaged(Exception):
    """The live index's files are not what was written; the node is rebuilding it beside."""

    def __init__(self, generation: str, detail: str) -> None:
        super().__init__(f"search index {generation} is damaged: {detail}")
        self.generation = generation
        self.detail = detail


class IndexOutdated(IndexDamaged):
    """The live index was written by another release (codec, fields or analyzer) and a new one is being built
    beside it: reading the old one could fail or mislead, so searches wait (503, Retry-After) until the swap."""

    def __init__(self, generation: str) -> None:
        Exception.__init__(self, f"search index {generation} was written by another release; a new one is being built")
        self.generation = generation
        self.detail = "written by another release; rebuilding"


def crc32(path: Path) -> int:
    value = 0
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            value = zlib.crc32(chunk, value)
    return value


def _committed_files(folder: Path, ix) -> list[str]:
    """Files the newest table of contents refers to: itself and every file of its segments."""
    toc = ix._read_toc()
    prefixes = tuple(f"{segment.segment_id()}." for segment in toc.segments)  # "MAIN_<segid>."
    own = sorted(name for name in os.listdir(folder) if name.startswith(prefixes))
    return [f"_{ix.indexname}_{toc.generation}.toc", *own]


def record(ix) -> None:
    """After a commit to ``ix``: add the files it wrote to the manifest, drop files no longer referred to.
    Entries already there are never recomputed (that would bless damage done since)."""
    folder = Path(ix.storage.folder)
    with open(folder / (MANIFEST + ".lock"), "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            known = _read(folder)
            files = _committed_files(folder, ix)
            fresh = {}
            for name in files:
                try:
                    fresh[name] = known.get(name) or [(folder / name).stat().st_size, crc32(folder / name)]
                except FileNotFoundError:  # merged away by another process meanwhile
                    continue
            write_atomically(folder / MANIFEST, json.dumps(fresh, indent=0, sort_keys=True))
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _read(folder: Path) -> dict[str, list[int]]:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def check(store: IndexStore, generation: str, names: list[str] | None = None, checksums: bool = False
          ) -> list[str]:  # fmt: skip
    """What is wrong with the files of ``generation`` (by default those its table of contents refers to, or
    every file in the manifest when the table of contents itself cannot be read): one line each."""
    folder = store.path(generation)
    manifest = _read(folder)
    if names is None:
        names = _referred(store, generation, manifest)
    wrong = []
    for name in sorted(set(names) & set(manifest)):
        size, crc = manifest[name]
        try:
            actual = (folder / name).stat().st_size
        except FileNotFoundError:
            wrong.append(f"{name} is missing")
            continue
        if actual != size:
            wrong.append(f"{name} is {actual} bytes, {size} were written")
        elif checksums and crc32(folder / name) != crc:
            wrong.append(f"{name} does not match its checksum")
    return wrong


def _referred(store: IndexStore, generation: str, manifest: dict) -> list[str]:
    try:
        toc = store.open(generation)._read_toc()
    except Exception:  # unreadable: check everything the manifest knows, the table of contents included
        return list(manifest)
    segments = segment_files(store, generation, [segment.segment_id() for segment in toc.segments])
    return [f"_MAIN_{toc.generation}.toc", *segments]


def segment_files(store: IndexStore, generation: str, segment_ids: list[str]) -> list[str]:
    prefixes = tuple(f"{segment_id}." for segment_id in segment_ids)
    return [name for name in _read(store.path(generation)) if name.startswith(prefixes)]
