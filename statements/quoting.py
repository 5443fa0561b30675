"""How a quote's speaker and role are recorded, the same way in the importer, the API, the console and chat.

- A named person: speaker "Jane Smith", role their rank or job plus the organisation (or unit, or job) the
  attribution gives beside the name ("Detective Inspector, Northshire Police"); the rank alone when that is all.
- A family statement: speaker "The family of John Smith" (or "The family" when nobody is named),
  role "family statement".
- An organisation speaking for itself: speaker "Norfolk Constabulary", role "statement"; two or more
  together: speaker the parties as the text names them ("Norwich City FC and Norfolk Constabulary"), role
  "joint statement" (until the 13b holdout's fix round: no speaker, role "joint statement, BODIES"). People
  named in a joint statement ("In a joint statement, his parents, Donna and Steve Rowe, said:") are recorded the
  same way: speaker "Donna and Steve Rowe", role "joint statement", whoever they are family of.
- Someone described but not named: the importer leaves the speaker empty and puts the description in the
  role as written ("Norfolk Police spokesperson", "survivor who now volunteers with a local refuge"); stored,
  the description becomes the speaker ("A Norfolk Police spokesperson" is kept as "Norfolk Police
  spokesperson") with an empty role, because a stored quote always has a speaker.
"""

from __future__ import annotations

FAMILY_STATEMENT = "family statement"
ORGANISATION_STATEMENT = "statement"
JOINT_STATEMENT = "joint statement"


def family_speaker(name: str | None) -> str:
    """ "The family of John Smith", or "The family" when the text names nobody."""
    return f"The family of {name}" if name else "The family"


def stored_quote(text: str, speaker: str | None, role: str | None) -> dict[str, str]:
    """A quote as a draft stores it (speaker required): an unnamed speaker's description becomes the speaker."""
    role = (role or "").strip()
    speaker = (speaker or "").strip()
    if not speaker:
        speaker, role = (role[:1].upper() + role[1:], "") if role else ("Unattributed", "")
    return {"text": text, "speaker": speaker, "role": role}


def byline(speaker: str, role: str | None) -> str:
    """ "Jane Smith, Detective Inspector"; "The family of John Smith (family statement)"; "Norfolk Constabulary"."""
    if not role:
        return speaker
    if role in (FAMILY_STATEMENT, ORGANISATION_STATEMENT, JOINT_STATEMENT):
        return speaker if role == ORGANISATION_STATEMENT else f"{speaker} ({role})"
    return f"{speaker}, {role}"
