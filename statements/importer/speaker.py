"""Who speaks a quote: a person the text names, or a speaker with no name (a role and a gender), or a group (a
family, an organisation, people together). Split from ``speakers.py``, which decides who it is."""

from __future__ import annotations

from dataclasses import dataclass

from .people import Person
from .result import ExtractedQuote
from .roles import one_of_group


@dataclass
class Speaker:
    person: Person | None
    role: str | None = None  # for a speaker with no name ("Norfolk Police spokesperson")
    gender: str = ""  # for a speaker with no name: "m", "f" or "" when unknown
    name: str | None = None  # a group speaking: "The family of John Smith", "Norfolk Constabulary"
    reported: bool = False  # the subject of reported speech ("One tenant … said the change", "DS X said the")

    def compatible(self, gender: str) -> bool:
        own = self.person.gender if self.person else self.gender
        return not gender or own in ("", gender)

    def quote(self, text: str) -> ExtractedQuote:
        if self.person is None:  # "one of the paramedics, who …" is a paramedic
            return ExtractedQuote(text=text, speaker=self.name, role=one_of_group(self.role))
        return ExtractedQuote(text=text, speaker=self.person.name, role=one_of_group(self.person.role, owned=True))


# Quoted words nobody is speaking for (a scam text, what a caller might say): never a quote
NOBODY = Speaker(None, "not a speaker")


def same(a: Speaker, b: Speaker) -> bool:
    return a.person is b.person if (a.person or b.person) else (a.role, a.gender) == (b.role, b.gender)
