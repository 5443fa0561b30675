"""Words and phrases that mean the same to a press office: a query for one finds the others.

A table is plain text, one group a line, alternatives separated by ``~``; ``#`` starts a comment::

    CEOP ~ child exploitation
    999 ~ emergency

Alternatives are analysed like any query (so "exploitation" also matches "exploited"), and a group is
applied at query time: a query word or run of words equal to one alternative matches a document holding any
of them (a one-word alternative as a word, a longer one as a phrase). The index does not change, so an
office extends the table (``PRESSLINE_SYNONYMS_FILE``, added to :data:`DEFAULT`) without a rebuild.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .analysis import terms

DEFAULT = """
CEOP ~ child exploitation ~ child exploitation and online protection
999 ~ emergency
ASB ~ anti-social behaviour ~ antisocial behaviour
"""


@dataclass(frozen=True)
class Synonyms:
    groups: tuple[tuple[tuple[str, ...], ...], ...] = ()
    _by_first: dict[str, list[tuple[tuple[str, ...], int]]] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        for number, group in enumerate(self.groups):
            for alternative in group:
                self._by_first.setdefault(alternative[0], []).append((alternative, number))
        for found in self._by_first.values():
            found.sort(key=lambda entry: -len(entry[0]))  # longest alternative first

    @classmethod
    def parse(cls, text: str) -> Synonyms:
        groups = []
        for line in text.splitlines():
            line = line.split("#", 1)[0]
            alternatives = tuple(dict.fromkeys(tuple(terms(part)) for part in line.split("~")))
            alternatives = tuple(a for a in alternatives if a)
            if len(alternatives) > 1:
                groups.append(alternatives)
        return cls(tuple(groups))

    @classmethod
    def load(cls, path: Path | str | None = None) -> Synonyms:
        """The default table, plus the groups of the file at ``path`` (if given)."""
        extra = Path(path).read_text(encoding="utf-8") if path else ""
        return cls.parse(DEFAULT + "\n" + extra)

    def expand(self, sequence: list[str]) -> list[tuple[int, int, tuple[tuple[str, ...], ...]]]:
        """Runs of ``sequence`` (query terms in order) that are an alternative of a group, as (start, end,
        every alternative of that group); longest first at each position, runs never overlap."""
        found = []
        i = 0
        while i < len(sequence):
            for alternative, number in self._by_first.get(sequence[i], ()):
                if tuple(sequence[i : i + len(alternative)]) == alternative:
                    found.append((i, i + len(alternative), self.groups[number]))
                    i += len(alternative)
                    break
            else:
                i += 1
        return found


NONE = Synonyms()
