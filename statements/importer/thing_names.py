"""Quoted words that name something: a campaign, a scheme, a banner's or slogan's words, not anyone's speech.

'its "Eyes Front" campaign', 'a vigil under the banner "We stand together"', 'a project called "Safe Hands"':
the quoted words are a name because a naming noun follows them directly or a naming cue introduces them. They
stay out of the quotes, even when a said-verb stands before them ('X said its "…" campaign would run'); a name
of title-case words alone is :func:`marks.names_a_title`'s.
"""

from __future__ import annotations

import re

_NAMING_NOUN = (
    r"(?:campaigns?|schemes?|initiatives?|projects?|operations?|appeals?|programmes?|programs?|weeks?|days?|months?|"
    r"pledges?|funds?|apps?|drives?|challenges?|charters?|strateg(?:y|ies)|festivals?|events?|walks?|runs?|rides?|"
    r"trails?|awards?|hubs?|networks?|partnerships?|courses?|workshops?|toolkits?|packs?|videos?|films?|"
    r"podcasts?|hashtags?|slogans?|banners?|posters?|stickers?|leaflets?|signs?|messages?|logos?|brands?|"
    r"blitz(?:es)?|crackdowns?|policy|policies|plans?)"
)
# up to two words may qualify the noun ('"Eyes Front" road safety campaign'), but no verb, article or relative
# word: in '"…" was the campaign's motto' or '"…" said the appeal's organiser' the quote is a sentence's subject;
# nor a count ('"We'll be back" three weeks later' is a time)
_QUALIFIER = (
    r"(?:(?!(?:the|a|an|is|was|were|are|has|had|have|will|would|said|says|added|told|asked|which|who|that|and|"
    r"but|as|every|each|all|few|several|many|some|two|three|four|five|six|seven|eight|nine|ten)\b)[a-z][\w'’-]*\s+)"
)
# nor a noun naming a person's job ('"…" campaign coordinator Jo Hale said'), a said-verb's subject ('"…"
# campaign organisers said') or a time ('"…" days later'): the words are speech with its comma left out
_PERSON_AFTER = re.compile(
    r"(?i)^[^\S\n]+(?:(?:manager|co-?ordinator|officer|lead|leader|director|organisers?|founder|worker|volunteers?|"
    r"chair|head|spokes(?:person|man|woman)|later|ago|after|before|earlier)\b|"
    r"(?:[\w'’-]+[^\S\n]+){0,3}(?:said|says|added|told)\b)"
)
_NOUN_AFTER = re.compile(rf"^[*_]*[^\S\n]+{_QUALIFIER}{{0,2}}(?i:{_NAMING_NOUN})\b")
# 'under the banner', 'its theme,', 'the hashtag', 'called', 'dubbed': a cue that the next words are a name ("the
# warning", "the message" and a sign's words are messages.py's; "called:" with a colon is a call)
_CUE_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|a|an|its|their|our|his|her|this|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:banner|slogan|motto|theme|title|hashtag|tagline|strapline|byline|name|catchphrase|rallying\s+cry)"
    r"\s*,?|\b(?:called|named|entitled|titled|dubbed|branded|nicknamed|billed\s+as|badged\s+as))[\s*_]*$"
)
_MAX_WORDS = 10


def names_a_thing(before: str, quoted: str, after: str) -> bool:
    """Whether ``quoted`` (the words between the marks) names a thing rather than quoting anyone: up to ten words,
    no full stop of their own, with a naming noun straight after the closing mark (``after``) or a naming cue
    straight before the opening one (``before``)."""
    words = quoted.strip()
    if not words or len(words.split()) > _MAX_WORDS or words.endswith((".", ",", ":", ";")):
        return False
    noun = _NOUN_AFTER.match(after)
    if noun and _PERSON_AFTER.match(after[noun.end() :]):
        noun = None
    # '"Where is she?" Appeals …' would begin a new sentence: after "!" or "?" only a noun in lower case names
    if noun and words.endswith(("!", "?")) and not noun.group(0).strip(" *_")[:1].islower():
        noun = None
    return bool(noun) or bool(_CUE_BEFORE.search(before))
