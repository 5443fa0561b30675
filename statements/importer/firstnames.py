"""Common UK first names by usual gender: only a hint for resolving "he" and "she" between two speakers.

A name missing here is simply unknown, and "he"/"she" then falls back to the most recent speaker; a name given
to either ("Sam", "Alex", "Charlie", "Jamie", "Ashley") is in both lists, so its gender is unknown too. Also
when a first name alone is someone's name ("Danny, 34, …"), for a person the text never gives a surname.
"""

from __future__ import annotations

import re


def words(text: str) -> list[str]:
    return text.split()


FEMALE = frozenset(
    words(
        """
    Abigail Adele Aisha Alex Alexandra Alice Alison Amanda Amber Amelia Amy Andrea Angela Anita Ann Anna Anne Annie
    Beth Bethany Beverley Bridget Carol Caroline Carly Catherine Charlotte Chloe Christine Claire Clare Danielle Dawn
    Debbie Deborah Denise Diane Donna Elaine Eleanor Elizabeth Ella Ellie Emily Emma Erin Faye Fiona Frances Gemma
    Georgia Gillian Grace Hannah Harriet Hayley Heather Helen Holly Imogen Isabel Isabella Jackie Jacqueline Jade
    Jane Janet Jasmine Jayne Jean Jennifer Jenny Jessica Jill Jo Joanna Joanne Jodie Josephine Joy Julia Julie June
    Karen Kate Katherine Kathryn Katie Kay Kelly Kerry Kim Kirsty Laura Lauren Leah Lesley Linda Lindsey Lisa Liz
    Lorraine Louise Lucy Lydia Lynn Maggie Mandy Margaret Maria Marie Marion Mary Maxine Megan Melanie Michelle
    Miriam Molly Nadia Naomi Natalie Nicola Nicole Nina Olivia Paula Pauline Penny Philippa Priya Rachel Rebecca
    Ruth Samantha Sandra Sara Sarah Shannon Sharon Sheila Shirley Sian Sonia Sophie Stacey Stella Stephanie Sue
    Susan Suzanne Tanya Teresa Tina Tracey Tracy Valerie Vanessa Victoria Wendy Yvonne Zoe Fatima Amina Aaliyah
    Sam Charlie Jamie Ashley
    Rhian Bethan Cerys Ffion Eleri Angharad Carys Catrin Elin Lowri Manon Nia Nerys Sioned Siân Heledd Gwen Siwan
    Ciara Roisin Róisín Grainne Gráinne Niamh Siobhan Aoife Saoirse Orla Caoimhe Mairead Dervla Sinead Sinéad Aisling
    Deirdre Morag Eilidh Catriona Ailsa Iona Kirsteen Mhairi Shona
    """
    )
)
MALE = frozenset(
    words(
        """
    Aaron Adam Adrian Ahmed Alan Alastair Albert Alexander Alfie Ali Alistair Andrew Andy Anthony Arthur Ashley Barry
    Ben Benjamin Bernard Bill Bob Brian Callum Carl Charles Charlie Chris Christopher Clive Colin Craig Daniel Darren
    David Dean Dennis Derek Dominic Donald Douglas Duncan Dylan Edward Eric Ethan Frank Fraser Gareth Gary Gavin
    Geoff Geoffrey George Gordon Graham Greg Harry Harvey Henry Hugh Ian Isaac Jack Jake James Jamie Jason Jeff
    Jeremy Jim Joe John Jonathan Joseph Josh Joshua Keith Kevin Kieran Lee Leo Leon Lewis Liam Luke Malcolm Mark
    Martin Matthew Matt Max Michael Mike Mohammed Muhammad Nathan Neil Nicholas Nick Nigel Noah Oliver Oscar Owen
    Patrick Paul Peter Philip Phil Raymond Richard Rob Robert Roger Ross Roy Russell Ryan Sam Samuel Scott Sean
    Simon Stephen Steve Steven Stuart Terry Thomas Tim Timothy Toby Tom Tony Trevor Vincent Warren Wayne William
    Marcus Tobias Kwame Omar Hassan Yusuf Rajesh Sanjay Arjun Alex
    Emyr Dafydd Iwan Gwilym Rhys Aled Huw Owain Gethin Ieuan Geraint Alun Hywel Rhodri Tomos Osian Ifan Meirion
    Steffan Declan Eoin Cian Oisin Padraig Seamus Ruairi Fergal Colm Ciaran Tadhg Fionn Conor Cormac Donal Niall
    Hamish Lachlan Struan Angus Euan Calum Ruaridh
    """
    )
)


FIRST_NAMES = FEMALE | MALE


def gender_of_first_name(name: str) -> str:
    first = name.split()[0] if name.split() else ""
    if first in FEMALE and first not in MALE:
        return "f"
    if first in MALE and first not in FEMALE:
        return "m"
    return ""


# A first name alone opening a sentence, set off by an age, a "who" clause or a description, or before a verb in
# the past ("Danny started betting at 19"), or set off after a description ("One man, Danny, …"): a person
_FIRST_NAME_SUBJECT = re.compile(
    r",[^\S\n]+(?:\d{1,3},[^\S\n]+)?(?:who|whose|a|an|now|aged)\b|[^\S\n]+(?:[a-z]{3,}ed|was|had|lost|began|spent|told)\b"
)

# "Danny, 34,", "Danny (not his real name)", "Danny, who asked that his surname not be used": a first name alone
_AGE_OR_NOT_NAMED = re.compile(
    r",[^\S\n]+\d{1,3},|[^\S\n]*\(not\s+(?:his|her|their)\s+real\s+name\)|,[^\S\n]+who\s+(?:asked|did\s+not|didn't|"
    r"does\s+not|preferred)\b[^.,;]{0,40}?\b(?:surname|full\s+name|named|identified)\b"
)


# A capitalised word inside a sentence, straight before the word ("on Station Parade", "at Market Walk"): the word
# ends a name that began there (the importer reads "Station" as no name's word, so only "Parade" is left)
_NAME_GOES_ON = re.compile(r"(?<![.!?\n*_\s])[^\S\n]+[A-Z][\w'’&-]*[^\S\n]+$")


def first_name_subject(text: str, start: int, end: int, known_first_name: bool) -> bool:
    """Whether a first name alone at ``start`` (``end``) is someone's name: set off by an age or "who asked that
    his surname not be used", or by commas after a description ("One man who used the service, Danny, …"); a
    known first name also when it opens a sentence before a verb ("Danny started betting at 19"). Never the last
    word of a place's or a body's name ("A shopkeeper on Station Parade, who did not want to be named,")."""
    if _NAME_GOES_ON.search(text, max(0, start - 40), start):
        return False
    # "A prison officer at Greyholme, who did not want to be named,": an unknown word after a preposition of place
    # is the place, and the clause is the officer's
    if _AGE_OR_NOT_NAMED.match(text, end):
        return known_first_name or not _PLACE_PREPOSITION.search(text, max(0, start - 12), start)
    if _DESCRIBED_BEFORE_NAME.search(text[max(0, start - 100) : start]) and text.startswith(",", end):
        return True
    opens = re.search(r"(?:^|[.!?][\s*_]+)$", text[max(0, start - 4) : start])
    return known_first_name and bool(opens) and bool(_FIRST_NAME_SUBJECT.match(text, end))


_PLACE_PREPOSITION = re.compile(r"\b(?:at|in|from|near|outside|inside|of)[^\S\n]+$")
_DESCRIBED_BEFORE_NAME = re.compile(
    r"(?:^|[.!?][\s*_]+)(?:One|A|An)\s+(?:[a-z-]+\s+){0,2}?(?:man|woman|boy|girl|father|mother|gambler|user|"
    r"client|survivor|victim|parent)\b[^.,;:!?\"“”]{0,60},[^\S\n]+$"
)
