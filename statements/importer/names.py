"""The vocabulary of names in press text: ranks and titles that precede a name, honorifics, the words that
imply a gender, the shape of a personal name, and capitalised words that start organisations and places
rather than people."""

from __future__ import annotations

import re

from .firstnames import FIRST_NAMES, words

# Ranks and titles that precede a name, longest first so "Detective Chief Inspector" beats "Inspector".
_TITLES = sorted(
    """
    Chief Constable|Deputy Chief Constable|Assistant Chief Constable|Temporary Chief Constable|
    Temporary Deputy Chief Constable|Temporary Assistant Chief Constable|Acting Chief Constable|
    Detective Chief Superintendent|Chief Superintendent|Detective Superintendent|Superintendent|
    Temporary Chief Superintendent|Temporary Superintendent|Acting Superintendent|
    Detective Chief Inspector|Chief Inspector|Detective Inspector|Inspector|Acting Inspector|
    Temporary Detective Inspector|Acting Detective Inspector|Acting Chief Inspector|Temporary Chief Inspector|
    Detective Sergeant|Police Sergeant|Sergeant|Acting Sergeant|Acting Detective Sergeant|
    Detective Constable|Police Constable|Special Constable|Trainee Detective Constable|
    Police Community Support Officer|PCSO|PC|DC|DS|DI|DCI|DSI|DCS|TDC|TDI|Sgt|Det Sgt|Insp|Det Insp|
    Supt|Det Supt|Ch Supt|Det Ch Supt|Chief Supt|Det Con|Det Insp|ACC|DCC|
    Police and Crime Commissioner|Deputy Police and Crime Commissioner|Police, Fire and Crime Commissioner|
    Commissioner|Deputy Commissioner|Assistant Commissioner|Deputy Assistant Commissioner|Commander|
    Councillor|Cllr|County Councillor|Judge|His Honour Judge|Her Honour Judge|Recorder|Mr Justice|Mrs Justice|
    District Judge|Deputy District Judge|
    Senior Coroner|Assistant Coroner|Area Coroner|Coroner|Chief Fire Officer|Deputy Chief Fire Officer|
    Assistant Chief Fire Officer|Group Manager|Station Manager|Watch Manager|Crew Manager|Professor|Prof|
    Area Manager|Brigade Manager|Crew Commander|Watch Commander|Station Commander|Group Commander|
    Area Commander|Firefighter|Paramedic|Ch Insp|Det Ch Insp|DSupt|PS|A/Sgt|T/DI|T/DCI|
    Minister|Home Secretary|Mayor|Deputy Mayor|Lord Mayor|Reverend|Rev|Canon|Bishop|Father|Archdeacon|
    Headteacher|Head Teacher|Principal|Detective|Officer|Imam|Rabbi|Pastor|Vicar|Sheikh|Archbishop|Cardinal|
    Chaplain|Pandit|Swami|Rt Rev|Very Rev|Revd|
    Conductor|Train Conductor|Coxswain|Deputy Coxswain|Helmsman|Lifeguard|Senior Lifeguard|Ranger|Park Ranger|
    Staff Nurse|Nurse|Midwife|Warden|Community Warden|Neighbourhood Warden|Special Sergeant|Special Inspector|
    senior coroner|area coroner|assistant coroner|coroner|headteacher|head teacher
    """.replace("\n", "")
    .replace(" |", "|")
    .replace("| ", "|")
    .strip()
    .split("|"),
    key=len,
    reverse=True,
)
_TITLES = [t.strip() for t in _TITLES if t.strip()]
# (a hard wrap may fall inside a title: "Police, Fire and\nCrime Commissioner")
TITLE_RE = "(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _TITLES) + ")"

HONORIFIC_RE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lady|Lord)\.?"
GENDER_OF_HONORIFIC = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
}
FIRST_NAME_HONORIFICS = {"Sir", "Dame", "Lady", "Lord"}  # "Dame Sarah Hall", later "Dame Sarah"
GENDER_OF_WORD = {
    "sister": "f",
    "mother": "f",
    "mum": "f",
    "daughter": "f",
    "wife": "f",
    "grandmother": "f",
    "aunt": "f",
    "spokeswoman": "f",
    "girlfriend": "f",
    "niece": "f",
    "partner": "",
    "brother": "m",
    "father": "m",
    "dad": "m",
    "son": "m",
    "husband": "m",
    "grandfather": "m",
    "uncle": "m",
    "spokesman": "m",
    "boyfriend": "m",
    "nephew": "m",
    "woman": "f",
    "girl": "f",
    "man": "m",
    "boy": "m",
}
# Titles that say less than a job description after the name
WEAK_TITLES = {"Professor", "Prof", "Dr"}
# A judge's style is not part of the role: "His Honour Judge Roger Pell" is a Judge.
ROLE_OF_TITLE = {"His Honour Judge": "Judge", "Her Honour Judge": "Judge"}

_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_NAME_WORD = (
    rf"(?:Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+|[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+|['’][{_UP}][{_LOW}]+)*"
    r"|[A-Z]\.)"
)
_PARTICLE = r"(?:de|van|von|der|da|di|le|la|du|bin|al)"
NAME_RE = rf"{_NAME_WORD}(?:[^\S\n]+(?:{_PARTICLE}[^\S\n]+)?{_NAME_WORD}){{0,3}}"

# Capitalised words that start organisations and places rather than people.
NOT_NAMES = set(
    words(
        """
    Police Constabulary Norfolk Suffolk Essex Kent Council County City Borough Street Road Lane Avenue Park Court
    Crown Magistrates Team Unit Department Service Services Trust Foundation Charity Hospital School Academy Centre
    University College Office Force Forces Squad Command Agency National Royal North South East West Great Little
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Christmas Easter England Wales Scotland Ireland Britain UK The A An This That
    These Those It He She They We You I Our Their His Her Its Anyone Everyone Officers Detectives Police Crimestoppers
    Childline Samaritans Action Fraud CEOP NSPCC Missing People Victim Support Refuge Report Remove Stop Now Internet
    Watch Citizens Advice If In On At For From With When While After Before During Today Yesterday Tomorrow Last
    Next Mr Mrs Ms Miss Dr NHS Safer Neighbourhood Roads Policing Economic Crime Cyber Online Operation Op Home
    Ford Vauxhall Toyota Yamaha Honda BMW Audi Facebook Instagram Twitter TikTok Snapchat WhatsApp Google
    Press Daily Evening News Times Gazette Post Echo Mail Investigation Abuse Child Children Group Network
    Partnership Board Society Association Commission Authority Prison Bank Ltd Limited Church Chamber Mosque
    Temple Synagogue Cathedral Gurdwara Club Hall Primary Secondary Museum Library Stadium Airport Station Market
    Square Bridge Estate Village Town Centre Central Community Forum Partnership Project Campaign
    Justice Secretary Minister Government Parliament Trading Standards Health Care Fire Rescue Ambulance Coastguard
    Water Energy Rail Railway Railways FC AFC United Rovers Athletic Wanderers Housing Homes Wildlife RSPCA RNLI
    Legion Institute Guild Federation League Brigade Alliance Branch Scouts Guides Fellowship Coalition Union
    One Another Gas Networks Utilities Electricity Power Grid Telecom Search Lifeboat House Manor Mews Gardens Farm
    Cottage Cottages Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Fifteen Twenty Thirty Forty Fifty
    Hundreds Dozens Several Both Sentencing Speaking Addressing Commenting Responding Describing Praising Paying
    Welcoming Announcing Explaining Thanking Urging Appealing Reflecting Referring Reacting Writing
    """
    )
) | set(
    words(
        "Chief Constable Detective Inspector Sergeant Superintendent Commissioner Councillor Assistant Deputy "
        "Temporary Acting Special Trainee Community Support Commander Coroner Professor Headteacher"
    )
)


# Place and brand words that are also common surnames: after a known first name they end a person's name
# ("Sarah Kent", "Anna Ford", "Tom Little"); place kinds ("Victoria Park", "Albert Hall") stay places
SURNAME_WORDS = set(words("Kent Norfolk Suffolk Essex Ford Little North South East West Power"))


def looks_like_name(name: str, titled: bool) -> bool:
    words = name.split()
    if len(words) == 2 and words[0] in FIRST_NAMES and words[1] in SURNAME_WORDS:
        return True
    if any(w.rstrip(".") in NOT_NAMES for w in words) and not titled:
        return False
    if titled:
        return not all(w in NOT_NAMES for w in words)
    return len(words) >= 2


def gender_of_word(word: str) -> str:
    """The gender a word implies: "f" for mother, woman, sister..., "m" for father, man..., else ""."""
    return GENDER_OF_WORD.get(word.lower(), "")


def gender_of_pronoun(pronoun: str) -> str:
    return {"he": "m", "she": "f"}.get(pronoun.lower(), "")
