"""The names an index's files refer to: the one place pickles in the table of contents point at.

Whoosh pickles the codec (in each segment) and the field formats (in the schema) into the table of
contents, and a pickle names a class by its module path. Ours name :func:`restore` in this module with a
registered name instead (``pressline-w3-packed/2``, ``pressline-weighted-positions/1``...), so the classes
behind them can move or be renamed freely; only this module's path and :func:`restore`'s name must never
change (``tests/index/test_format.py`` pins them). A name says what the bytes mean: when a layout changes,
register a new name and bump ``FORMAT`` so existing indexes are rebuilt (see :mod:`index.store`).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

CODEC = "pressline-w3-packed/3"  # W3 files; packed blocks, positions-only values (index/codec.py)
WEIGHTED_POSITIONS = "pressline-weighted-positions/1"
TERM_SET = "pressline-term-set/1"

# registered name -> "module:class"; read only when an index is opened
_REGISTRY = {
    CODEC: "index.codec:PresslineCodec",
    WEIGHTED_POSITIONS: "index.schema:WeightedPositions",
    TERM_SET: "index.schema:TermSet",
}


def restore(name: str, state: dict[str, Any]) -> Any:
    """The object a table of contents stored under ``name`` (unpickling calls this)."""
    try:
        module, _, attribute = _REGISTRY[name].partition(":")
    except KeyError:
        raise ValueError(f"this index was written in a format this version does not read: {name}") from None
    cls = getattr(import_module(module), attribute)
    obj = cls.__new__(cls)
    obj.__dict__.update(state)
    return obj


def reducer(name: str):
    """A ``__reduce__`` that pickles an object as ``restore(name, its attributes)``."""

    def __reduce__(self):
        return restore, (name, dict(self.__dict__))

    return __reduce__
