"""The packed posting blocks inside Whoosh's W3 posting lists: reading them, and packing their values.

:class:`index.codec.FastPostingsWriter` writes each block's data tuple as ``(ids, weights, values)``: ids
delta-coded ``uint32`` bytes (the first absolute), weights ``None``, one float or ``float32`` bytes, and for
``content`` the values packed as described at :data:`WIDE`. These functions read that layout for the query
path (:mod:`index.postings`, :mod:`index.positions`), without Whoosh's per-posting matchers.
"""

from __future__ import annotations

import io
import pickle
import zlib
from array import array
from bisect import bisect_left
from itertools import accumulate

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.system import _INT_SIZE, pack_uint, unpack_int, unpack_uint

# Packed values (format 3): a four-byte header (the number of postings, with WIDE set when the counts below
# are uint32), each posting's number of positions (native uint16, or uint32 with WIDE: one posting of a word
# used 70,000 times in a statement), then every posting's positions (native uint16) end to end. A posting's
# Whoosh value (WeightedPositions: a four-byte frequency, then its positions) is rebuilt when unpacking: the
# frequency is the number of positions. Format 2 stored each Whoosh value whole, with a uint32 byte length.
WIDE = 1 << 31


def pack_positions(counts, positions: bytes) -> bytes:
    """A packed block's values from each posting's number of positions (a sequence of ints, or a numpy
    array) and all the positions (uint16 bytes)."""
    if isinstance(counts, np.ndarray):
        wide = bool(counts.size) and int(counts.max()) > 0xFFFF
        packed = counts.astype(np.uint32 if wide else np.uint16).tobytes()
    else:
        wide = max(counts, default=0) > 0xFFFF
        packed = array("I" if wide else "H", counts).tobytes()
    return pack_uint(len(counts) | (WIDE if wide else 0)) + packed + positions


def packed_counts(blob: bytes) -> tuple[array, int]:
    """Each posting's number of positions in a packed block's values, and where the positions start."""
    head = unpack_uint(blob[:_INT_SIZE])[0]
    counts = array("I" if head & WIDE else "H")
    end = _INT_SIZE + counts.itemsize * (head & ~WIDE)
    counts.frombytes(blob[_INT_SIZE:end])
    return counts, end


def unpack_values(blob: bytes) -> list[bytes]:
    """The Whoosh values (frequency, then positions) of a packed block's postings."""
    counts, start = packed_counts(blob)
    out = []
    for count in counts:
        end = start + 2 * count
        out.append(pack_uint(count) + blob[start:end])
        start = end
    return out


def packed_values(data, fixed, ids: list[int], wanted: set[int]) -> dict[int, bytes] | None:
    """Values of just the ``wanted`` documents of a packed block (None when the block is not packed)."""
    values = data[2] if len(data) > 2 else None
    if not isinstance(values, bytes) or (fixed is not None and fixed >= 0):
        return None
    hits = wanted.intersection(ids)
    if not hits:
        return {}
    counts, start = packed_counts(values)
    ends = list(accumulate((2 * c for c in counts), initial=start))
    out = {}
    for docnum in hits:
        i = bisect_left(ids, docnum)
        out[docnum] = pack_uint(counts[i]) + values[ends[i] : ends[i + 1]]
    return out


def read_blocks(postfile, offset: int, length: int) -> list[tuple[tuple, tuple]]:
    """Every block of one term's posting list as (info, data), from a single read of its byte range.

    What :class:`whoosh.codec.whoosh3.W3LeafMatcher` does a seek and several small reads per block for:
    after a four-byte tag, each block is a signed length (negative for the last), a pickled info tuple
    (count, last id, max weight, compression, min and max length bytes) and the pickled, possibly
    zlib-compressed, data tuple."""
    buf = postfile.get(offset, length)  # positional: threads share the file without a lock (index/files.py)
    if buf[:4] != WHOOSH3_HEADER_MAGIC:
        raise OSError(f"posting list at {offset} does not start with the W3 block tag: {buf[:4]!r}")
    stream = io.BytesIO(buf)
    position, blocks = 4, []
    while position < length:
        size = abs(unpack_int(buf[position : position + _INT_SIZE])[0])
        end = position + _INT_SIZE + size
        stream.seek(position + _INT_SIZE)
        info = pickle.load(stream)
        raw = buf[stream.tell() : end]
        blocks.append((info, pickle.loads(zlib.decompress(raw) if info[3] else raw)))
        position = end
    return blocks


def docnums(deltas: list) -> np.ndarray:
    """Document numbers of consecutive packed blocks from their ``uint32`` delta arrays (each block's first
    "delta" is its absolute first id)."""
    out = np.cumsum(np.concatenate(deltas), dtype=np.int64)
    if len(deltas) > 1:
        counts = [len(part) for part in deltas]
        heads = np.cumsum(counts[:-1])
        out -= np.repeat(np.concatenate(([0], out[heads - 1])), counts)
    return out


def block_ids(data) -> list[int]:
    ids = data[0]
    return list(accumulate(array("I", ids) if isinstance(ids, bytes) else ids))


def block_weights(data):
    weights = data[1]
    if weights is None:
        return 1.0
    return array("f", weights) if isinstance(weights, bytes) else weights


def block_values(data, fixed) -> list | None:
    if len(data) < 3:
        return None
    values = data[2]
    if isinstance(values, (list, tuple)):
        return list(values)
    if isinstance(values, bytes) and (fixed is None or fixed < 0):
        return unpack_values(values)
    return None
