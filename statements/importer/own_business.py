"""Business with the organisation itself, read by what the reader is asked to do, not by its wording (issue 17).

Two families of contact kept turning up as false routes however often a wording was added for them:

- **a complaint about the organisation's own service**: the reader complains (complain, complaint, unhappy,
  dissatisfied) about the service, care, treatment, staff or handling the reader got from the body, whoever the
  body is and however the object is worded ("complain about my care", "To complain about the service you have
  received from the force, …"), or the body itself as the text's own ("Complaints about the practice …", "the ICB's
  complaints team"); a complaint about a harm (noise, anti-social behaviour, a neighbour, an officer's conduct) or
  about someone else's wrongdoing reported to a regulator ("how a charity is being run can be reported to the
  Charity Commission") names none of these and stays a report;
- **the reader backing a cause**: the reader gives to the organisation or its campaign, appeal or fund (signs a
  petition or pledge, supports or backs a campaign, helps pay for or fund something), which is the organisation's
  own business however worthy the cause.

Each is an entry of ``business.BUSINESS_OFFER``, read in a contact's own clause and, for an answer in a Q&A, in
the question above it (``answers.py``).
"""

from __future__ import annotations

# The object of a complaint that is the reader's dealings with the body: its service, care, treatment, staff,
# or handling, the reader's own ("my care") or the body's ("the trust's service"); a harm named first
# ("complaints about anti-social behaviour", "about the conduct of an officer") is no such object
_HARM_FIRST = r"(?!(?:anti-?social|noise|noisy|nuisance|neighbours?|crimes?|misconduct|conduct|abuse|behaviour)\b)"
# Who the complaint is about decides: the organisation giving the contact, named as the text's own ("the practice",
# "the trust", "us"), is business; someone else's wrongdoing ("how a charity is being run", "a trader") reported
# to a regulator or another body is a route (and "complaints about the care home can be reported to the CQC": the
# text reports it)
_OWN_BODY = (
    r"(?:the|this|our)\s+(?:practice|surgery|trust|hospital|force|council|university|college|school|company|club|"
    r"association|organisation|charity|board|service|authority)\b(?![\w'’-])|us\b"
)
SERVICE_COMPLAINT = (
    r"\b(?:complain(?:s|ed|ing)?|complaints?|unhappy|dissatisfied|not\s+happy)\s+(?:about|with|regarding|over)\s+"
    r"(?:(?:(?:the|my|your|our|their|his|her|its|any)\s+)?(?:[\w'’-]+['’]s?\s+)?(?:own\s+)?"
    rf"(?:{_HARM_FIRST}[\w-]+\s+){{0,2}}?(?:services?|care|treatment|experience|staff|handling)\b(?!\s+homes?\b)|"
    rf"(?:{_OWN_BODY})(?![^.;\n]{{0,60}}\breport))|"
    # "the ICB's complaints team", "our complaints procedure": a body's own complaints office hears complaints about
    # itself and the services it runs (not "the council's noise complaints team": a harm named); so does "the
    # complaints team" ("raise a concern about care you have received …, contact the complaints team at …")
    r"\b(?:[\w-]+['’]s|our|its|their|the)\s+complaints?\s+(?:team|department|office|unit|procedure|process|page|form|"
    r"manager|line|address)\b"
)
# The reader giving to the body or its campaign: "Sign the family's petition at …", "Support the campaign: …",
# "How can I help pay for CCTV?" (helping the police or an investigation is giving information, not this)
BACKING_A_CAUSE = (
    r"\b(?:sign(?:ing)?|share|sharing)\s+(?:(?:the|a|an|our|their|his|her|this)\s+)?(?:[\w'’-]+['’]s?\s+)?"
    r"(?:[\w-]+\s+)?(?:petitions?|pledges?|open\s+letters?)\b|"
    r"\b(?:support|back|backing|supporting|join)\s+(?:(?:the|a|an|our|their|his|her|this)\s+)?(?:[\w'’-]+['’]s?\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:campaigns?|petitions?|appeal\s+fund|memorial\s+fund|fundraiser)\b|"
    # "Support the Kelder Vale Hospitals Charity's new scanner appeal at …" (not an appeal for witnesses)
    r"(?:[\w'’-]+\s+){0,6}?appeal\b(?!\s+for\s+(?:witnesses|information|footage|dash-?cam|sightings|help)))"
    # ("Support the Safer Streets campaign by reporting …": a campaign backed by reports is reporting)
    r"(?![^.;\n]{0,60}\bby\s+(?:report|tell|call|contact|passing|giving\s+information))|"
    r"\bhelp(?:ing)?\s+(?:to\s+)?(?:pay\s+(?:for|towards)|fund|finance|raise\s+(?:money|funds|cash))\b"
)
