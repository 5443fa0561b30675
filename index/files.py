"""Index files that threads of one process read at the same time, without a lock.

Whoosh reads its files with ``seek`` then ``read`` on one shared file object, so two threads reading at once
move each other's position and get each other's bytes. Here every file is one descriptor read with
``os.pread``, and the position ``seek``/``read`` use is kept per thread, so Whoosh's own readers (terms,
stored fields, columns) and ours (:func:`index.blocks.read_blocks`) run side by side unchanged. Writing is
left to Whoosh's ``FileStorage``.
"""

from __future__ import annotations

import os
import threading

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile


class PositionalFile:
    """A read-only file: ``pread`` on one descriptor, with a position of its own for each thread."""

    def __init__(self, path: str) -> None:
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        self.size = os.fstat(self._fd).st_size
        self._local = threading.local()
        self.closed = False

    def pread(self, length: int, offset: int) -> bytes:
        return os.pread(self._fd, length, offset)

    def tell(self) -> int:
        return getattr(self._local, "at", 0)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self.tell(), os.SEEK_END: self.size}[whence]
        self._local.at = base + offset
        return self._local.at

    def read(self, length: int = -1) -> bytes:
        at = self.tell()
        if length is None or length < 0:
            length = max(self.size - at, 0)
        data = os.pread(self._fd, length, at)
        self._local.at = at + len(data)
        return data

    def readline(self, limit: int = -1) -> bytes:
        at = self.tell()
        chunk = os.pread(self._fd, limit if limit >= 0 else max(self.size - at, 0), at)
        end = chunk.find(b"\n")
        line = chunk if end < 0 else chunk[: end + 1]
        self._local.at = at + len(line)
        return line

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            os.close(self._fd)


class PositionalStructFile(StructFile):
    def get(self, position: int, length: int) -> bytes:
        return self.file.pread(length, position)


class PositionalStorage(FileStorage):
    """Whoosh's file storage, opening files for reading as :class:`PositionalFile`."""

    def open_file(self, name, **kwargs):
        kwargs.pop("mapped", None)
        return PositionalStructFile(PositionalFile(self._fpath(name)), name=name, **kwargs)
