"""Offered or described: is a contact detail the text gives the reader, or one it reports?

"Call Trading Standards on 0808 223 1133" offers a route. "The leaflet gave a number, 0161 496 0123",
"texts from 07700 900123", "victims were told to call 0161 496 0000", and anything inside a quoted scam
message describe what criminals use. A false route is worse than a missed one: a contact the registry does
not know is kept only when the sentence around it offers it and nothing makes it the criminals'; when in
doubt it is left out and the import report says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statements.importer.addressed import not_the_offerer
from statements.importer.answers import question_above
from statements.importer.completions import completed_offer
from statements.importer.harmed import victims_invited
from statements.importer.naming import NAME_BEFORE
from statements.importer.offer_gate import HARM
from statements.importer.own_contacts import someones_own_contact
from statements.importer.purposes import (
    dash_item,
    label_above,
    listed_under_lead_in,
    offered_for_business,
    offered_for_help,
    other_business,
    warned_off,
)
from statements.importer.section_headings import under_enquiries_heading, under_report_heading

WINDOW = 240  # how far back in the sentence a cue is looked for

# Words that put criminals, or what they hand out, in the sentence
_CRIMINAL = re.compile(
    r"(?i)\b(?:scam\w*|fraudster\w*|fraudulent|criminals?|crooks?|con(?:man|men|[- ]artists?)|rogue|bogus|fake|"
    r"phishing|smishing|spoof\w*|impost[eo]rs?|impersonat\w*|posing|pretend\w*|purport\w*|cold[- ]call\w*|"
    r"leaflets?|flyers?|adverts?|offenders?|(?<!\byou\s)(?<!\bor\s)(?<!\bwho\s)(?<!\bwe\s)suspects?"
    r"(?!\s+(?:a|an|that|something|someone|anything|it|your|their|this|fraud|abuse)\b)|extort\w*|blackmail\w*|sextortion|"
    r"gang|dealers?|deal[- ]?lines?|"
    r"groomers?|predators?|(?<!stop\s)loan\s+sharks?|(?:illegal|unlicensed)\s+(?:doorstep\s+|money\s+)?lend(?:ers?|ing)|"
    r"business\s+cards?|advertisements?|call(?:s|ed|ing)\s+(?:him|her|them)sel(?:f|ves)|claim(?:s|ed|ing)\s+to\s+be)\b"
)


def _criminals(text: str) -> list[re.Match[str]]:
    """The criminal words of ``text`` other than what the reader reports ("- Report a rogue trader: …")."""
    return [m for m in _CRIMINAL.finditer(text) if not _REPORT_THE.search(text, 0, m.start())]


# After a criminal word: the criminal is the one handing out the contact ("The leaflet urged residents to call")
# "* **Report a loan shark (24 hours):** Stop Loan Sharks, 0300 …": the criminal is what is reported, not who offers
_REPORT_THE = re.compile(r"(?i)\breport(?:ing)?[^\S\n]+(?:(?:a|an|the|any)[^\S\n]+)?(?:suspected[^\S\n]+)?$")
_CRIMINAL_OFFERS = re.compile(  # (verbs, in lower case: "contact Advice Direct Scotland on" names a service)
    r"^[^.;]{0,60}?\b(?:urg\w*|told|tell\w*|ask\w*|instruct\w*|direct\w*|invit\w*|encourag\w*|said|say\w*|"
    r"read\w*|claim\w*|gave|give\w*|list\w*|show\w*|display\w*|contain\w*|includ\w*|featur\w*|advertis\w*|"
    r"promot\w*|print\w*|sent|send\w*|demand\w*|pressur\w*|persuad\w*|trick\w*|offer\w*|provid\w*)\b"
)
# The nearest cue before a contact that makes it a description, not an offer
_DESCRIBED = re.compile(
    r"(?i)\b(?:gave|giving|gives|showed|showing|shows|displayed|displaying|contained|"
    r"containing|contains|featured|featuring|advertised|advertising|printed|read|reads|reading|claimed|claiming|"
    r"links?|messag\w*|"
    r"claims|(?<!\bbe\s)sent|using|(?<!\bbeing\s)used|spoofed|spoofing|purporting|posing|pretending|linked(?!\s+(?:offen[cs]es|crimes|incidents|cases))|link|told|tells|asked|asking|"
    r"instructed|instructing|urging\s+(?:victims|people|recipients))\b"
)
# The scheme's own contact: "the fraudsters' helpline, 0161 …", "a bogus support line, 0800 …", "a cloned site at"
_SCHEME_CONTACT = re.compile(
    r"(?i)(?:\b(?:fraudsters?|scammers?|criminals?|gang|conmen|con\s+men|offenders?|suspects?)['’]s?|"
    # ("the council's scam victim support line": a line for the scheme's victims is not the scheme's own)
    r"\b(?P<fake>fake|bogus|fraudulent|spoof(?:ed)?|cloned|copycat|scam(?!\s+(?:victims?|advice|awareness|"
    r"prevention|reporting|support|checking|check)\b)|phishing))"
    r"\s+(?:[\w-]+\s+){0,2}?(?:number|phone|helpline|hotline|line|site|website|web\s+address|address|account|"
    r"page|mobile|e-?mail(?:\s+address)?)\s*[,:(]?\s*(?:(?:on|at|is|was)\s+)?[(\"“'‘*]*\s*$"
)
# "…, set up by the fraudsters,", "…, which was set up by the gang": the contact belongs to the scheme
_SET_UP_BY = re.compile(
    r"(?i)^[\s,)–—-]*(?:(?:which|that)\s+)?(?:(?:was|were|is|had\s+been|has\s+been)\s+)?set\s+up\s+by\b"
)
# "a call from 0161 …", "texts from the number 07700 …": where the criminals' messages come from
_FROM = re.compile(
    r"(?i)\bfrom\s+(?:(?:the|a|an)\s+)?(?:(?:number|mobile|phone|landline|withheld|website|address|account|"
    r"e-?mail)\s+)?[(\"“'‘]?\s*$"
    # "The calls often appear to come from a London number, 020 …": a described number with its adjectives
    r"|\bfrom\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:number|mobile|landline|website|address|account)\s*[,:]?"
    r"\s*[(\"“'‘*]*\s*$"
)
# "receiving a call from "the fraud department" on 0161 …", "a text from the bank at …": where a call came
# from, described; a name in scare quotes just before a contact is the criminals' disguise
_CALL_FROM = re.compile(
    r"(?i)\b(?:calls?|phone\s+calls?|texts?|messages?|e-?mails?|voicemails?)\s+from\s+"
    r"(?:(?!\b(?:to|should|can|could|may|please|call|contact|ring)\b)[^.;:]){1,60}?\s+"
    r"(?:on|at|via)\s*[(\"“'‘*]*\s*$"
)
_SCARE_QUOTED = re.compile(r"[\"“'‘][^\"“”'‘’\n]{2,40}[\"”'’]\s*,?\s*(?:on|at|via|number)?\s*[(*]*\s*$")
# "… or marshgate.police.uk/report to report drug dealing": a purpose after the contact offers it
_TO_REPORT_AFTER = re.compile(r"(?i)^[\s*_)]*to\s+report\b")
# Where a report or a plea for help goes: a mobile next to these is a crime line, not anyone's phone
_REPORT_CUE = re.compile(r"(?i)\b(?:report\w*|crime|police|helpline|hotline|line|safeguarding|emergency)\b")
# "texted her from new pay-as-you-go numbers, including", "calls from numbers such as": a list of where they came from
_FROM_LIST = re.compile(
    r"(?i)\bfrom\s+(?:[\w-]+\s+){0,4}(?:numbers|mobiles|phones|accounts|addresses|websites|sites|lines)\b"
    r"[^.;:!?]{0,30}?(?:,\s*|\s+)(?:including|such\s+as|like|among\s+them)\s*[(\"“'‘]?\s*$"
)
# A mobile (07...) or WhatsApp number is the organisation's own route only when the sentence offers it plainly
_MOBILE_OFFER = re.compile(
    r"(?i)\b(?:call|calling|ring|ringing|phone|phoning|dial|dialling|text|texting|contact|contacting|message|"
    r"messaging|report|reporting|helpline|hotline|line|whatsapp\s+us|be\s+reached)\b"
)
_WHATSAPP = re.compile(r"(?i)\bwhats\s?app\b[^.;:!?]{0,20}$")
# "…, a number the trust says has nothing to do with it", "That number has no connection with any bank."
_DISOWNING = (
    r"(?:has|have|had)\s+nothing\s+to\s+do\s+with|(?:has|have|had|with)\s+no\s+(?:connection|link|association)"
    r"|(?:is|are|was|were)\s+not\s+(?:ours|genuine|official|connected|linked)"
    # "…; that line takes notifications only and is not for reporting fires": the text says it is not for reports
    r"|(?:is|are|was|were|and|but)\s+not\s+(?:for|to\s+be\s+used\s+for)\s+(?:reporting|reports?|emergencies)"
    r"|takes?\s+(?:[\w-]+\s+){1,3}only\b"
    # "This line cannot give health advice.": the text says what the contact is not for
    r"|(?:cannot|can['’]t|can\s+not|(?:is|are)\s+(?:not\s+able|unable)\s+to)\s+(?:give|offer|provide)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:advice|help|support)\b"
    # "…, which is a number used by the fraudsters": the criminals' own contact
    r"|(?:is|are|was|were)\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:used|run|operated|set\s+up)\s+by\s+(?:the\s+)?"
    r"(?:fraudsters|scammers|criminals|gang|conmen|callers)\b"
)
_DISOWNED_HERE = re.compile(
    rf"(?i)^[\s,;(–—-]*(?:(?:an?|the|which|that|this)\b[^.!?\n]{{0,60}}?\b(?:{_DISOWNING})|"
    # "…, 0191 …, can book fitting of security pins; it is a commercial service and not for reporting thefts"
    rf"[^.!?;\n]{{0,100}};\s*(?:it|this|that|the\s+line)\b[^.!?;\n]{{0,60}}?\b(?:{_DISOWNING})|"
    # "the repairs line, 0161 …, cannot take reports of anti-social behaviour": the text says it is not for reports
    r"(?:cannot|can['’]t|can\s+not|does\s+not|doesn['’]t|will\s+not|won['’]t|is\s+not|isn['’]t)\s+"
    r"(?:take|accept|handle|deal\s+with|be\s+used\s+(?:for|to))\b)"
)
_DISOWNED_NEXT = re.compile(
    rf"(?i)^[\s\"”’*_)]*(?:(?:that|this|the|both|these|those)\s+(?:\w+\s+)?(?:number|site|website|address|link|"
    rf"line|account|page)s?\b|(?:it|they)\b)[^.!?\n]{{0,60}}?\b(?:{_DISOWNING})"
)
# "… - this is about the service you received, not a way to report a crime: …": disowned just before it
_DISOWNED_BEFORE = re.compile(
    r"(?i)\bnot\s+(?:an?|the)\s+(?:way|place|means|route|line|number|service)\s+(?:to|for)\s+report(?:ing)?\b"
    r"(?:\s+(?:an?\s+)?[\w-]+){0,2}[\s,:;–—-]*$"
    # "Appointments line (… it cannot take reports of scams): …", "Office (admin only - not a helpline): …": disowned
    r"|\b(?:cannot|can['’]t|can\s+not|does\s+not|doesn['’]t|will\s+not|won['’]t)\s+(?:take|accept|handle|deal\s+with)\s+"
    r"(?:any\s+)?(?:reports?|concerns?|calls?)\b[^.!?\n:]{0,40}[)\s]*:[\s*_]*$"
    r"|\b(?:not\s+(?:a\s+helpline|an?\s+emergency\s+(?:line|number)|monitored\s+for\s+(?:[\w-]+\s+)?reports?)|"
    r"admin(?:istration)?\s+only)\b[^.!?\n:]{0,40}[)\s]*:[\s*_]*$"
)
_OFFERED = re.compile(
    r"(?i)\b(?:call|calling|ring|ringing|phone|phoning|dial|dialling|text|texting|contact|contacting|report\w*|"
    r"e-?mail|emailing|visit|visiting|go\s+to|see|at|on|via|forward\w*|helpline|hotline|line|advice|help|"
    r"support|available|free|online|information|find\s+out|speak\s+to|talk\s+to|reach\w*|tel|submit\w*|upload\w*|"
    r"telephone|phone\s+number|to)\b|:[*_\s\[(]*$"
    # "- **Send us dashcam footage:** [Operation Snap](https://…)": a label's colon, then a link named by its service
    r"|:[*_\s]*\[[^\[\]\n]{1,80}\]\($"
)
# ("2. E-mail suspicious messages to …": "e-mail" as the command opening a sentence or list item)
_FORWARD_TO = re.compile(
    # ("Scam e-mails can be sent to …": an instruction in the passive; not "the scammers sent a link to …")
    r"(?im)(?:\b(?:forward\w*|report\w*|send|sending|(?:can|should|may|must)\s+be\s+sent)\b|(?:^|[.!?:][^\S\n]+|(?:\d{1,2}[.)]|[-*•])[^\S\n]+)e-?mail\b)"
    # ("Forward … to phishing@hmrc.gov.uk, and suspicious texts to …": a dot inside an address ends no sentence)
    r"(?:[^.;:]|\.(?=\S)){0,120}\bto\s*$"
)
# "Report a caller claiming to be from the company: 0113 …", "To report a man posing as an engineer, call …": a
# clause opening with a report, its object closed (a colon or comma) before the contact; what describes the thing
# reported ("claiming", "posing", "sent") is the object, and the contact is where the report goes
_REPORT_OBJECT_CLOSED = re.compile(
    r"(?i)(?:^|\n|[.!?][^\S\n]+)[^\S\n]*(?:[-*•][^\S\n]+|\d{1,2}[.)][^\S\n]*)?[*_]*(?:please[^\S\n]+)?(?:to[^\S\n]+)?"
    # ("Doorstep safety line, to check a caller's ID or report a visitor claiming to be …: 0117 …": a report its
    # clause offers after another purpose)
    r"(?:[^.;:\n]{0,80}?\b(?:to|or|and)[^\S\n]+)?report\b[^.;:\n]{1,120}?[:,][*_\s]*(?:[^\n.;:!?,]{1,60},[^\S\n]*)?(?:(?:call|ring|phone|contact|e-?mail|text|"
    r"visit)[^\S\n]+(?:[^\n.;:!?]{0,60}?[^\S\n]+)?(?:on|at|via)?[^\S\n]*)?$"
)
_WEAK = re.compile(r"(?i)at|on|to|via|see|:\s*")
_PASSIVE_REPORT = re.compile(
    r"(?i)[^.;:!?\n]{0,40}?\b(?:can|should|may|must)\s+be\s+(?:sent|forwarded|reported)\s+(?:free\s+)?to\s*\[?$"
    # "- **Scam e-mails:** send them to report@…": the label names what the reader sends on
    r"|[^.;:!?\n]{0,40}?[*_]*:[*_\s]*(?:please\s+)?(?:send|forward|report)\s+(?:them|it|these|this)\s+(?:free,?\s+)?"
    r"to\s*\[?$"
)
# "www.secure-army-leave.com, a fake website", "0161 496 0000 (a spoofed number)": what the text calls it
_CALLED_FAKE = re.compile(
    r"(?i)^[\s,(–—-]*(?:(?:which|that)\s+(?:is|was)\s+)?(?:(?:an?|the)\b)?\s*(?:(?!(?:or|and|but|then)\b)\w+\s+){0,2}?"
    r"(?P<what>fake|bogus|scam|fraudulent|spoof(?:ed)?|cloned|copycat|imitation|phishing|criminal)\b"
)

# Someone reported as told to use a contact: "victims were told to call", "fraudsters asked them to ring"
_REPORTED_INSTRUCTION = re.compile(
    r"(?i)\b(?:(?:were|was|been|being|are|is|get|got)\s+(?:also\s+|then\s+|later\s+|even\s+|often\s+|\w+ly\s+)?(?:told|instructed|directed|pressured|persuaded|"
    r"tricked)|(?:were|was|had\s+been)\s+asked|(?:told|asked|instructed|directed|pressured|persuaded|tricked)\s+"
    r"(?:victims?|them|him|her|people|residents|customers|recipients|the\s+victims?))\b"
)
# "They tell residents to pay at …", "the letters ask recipients to call …": what criminals or their letters and
# messages tell people to do, in the present tense ("they" only after talk of criminals or their letters)
_SENDER_TELLS = re.compile(
    r"(?i)\b(?P<who>they|the\s+(?:letters?|messages?|texts?|e-?mails?|callers?|fraudsters?|scammers?|criminals?|"
    r"conmen|posts?|adverts?|leaflets?))\s+(?:then\s+|also\s+|often\s+)?(?:tell|ask|instruct|direct|urge|invite|"
    r"pressure)s?\s+(?:victims?|them|people|residents|recipients|householders|customers|the\s+\w+)\s+to\s+"
    r"(?:pay|transfer|send|buy|ring|call|phone|text|visit|go|click|log|enter|scan|reply)\b"
)
_SENDERS_BEFORE = re.compile(r"(?i)\b(?:letters?|messages?|texts?|e-?mails?|callers?|threaten\w*)\b")
# "One account used the address … and another asked families to ring …": a party the sentence describes using
# contacts goes on to ask someone to use one; it is still described
_DESCRIBED_PARTY_ASKS = re.compile(
    r"(?i)\b(?:used|using|sent|posted|set\s+up|created|opened)\b(?:[^.;]|\.(?=\S)){3,160}?\b(?:and|while|but)\s+"
    r"(?:another|others|one|some|the\s+other|a\s+(?:second|third))\b[^.;]{0,40}?\b(?:asked|told|urged|instructed|"
    r"invited|directed|encouraged)\s+[^.;]{1,40}?\bto\s+(?:call|ring|phone|text|contact|e-?mail|message|whatsapp)\b"
    r"[^.;]{0,20}$"
)
# "He gave her a "direct line" of 020 …", "the caller had given him a number, 0161 …": a contact handed to someone in
# the story, whatever the thing handed is called (a "line" given to her is not one offered to the reader)
_GIVEN_TO_SOMEONE = re.compile(
    r"(?i)\b(?:gave|had\s+given|handed|passed|texted|left)\s+(?:him|her|them|the\s+(?:victim|woman|man|pensioner|"
    r"couple|family))\s+(?:a|an|the|his|her|their|another)\s+[^.;\n]{0,60}?[\s,:(]*[\"“'‘]?\s*$"
)

# "Families worried that a relative is being pressured … can get advice from …": after the reported
# instruction, the reader is offered the contact
_READER_OFFER = re.compile(
    r"(?i)\b(?:can|should|may|must|could)\s+(?:also\s+)?(?:get|call|ring|phone|text|contact|e-?mail|speak|talk|"
    # "If you think a relative is being pressured, the X Helpline can help: …"
    r"report|visit|ask|help|advise|support)\b"
)
# "3. **Stray dogs:** Braddock Council's dog warden service, 0151 … or …": a list item or line labelled by what
# it is for offers the service it names after its label (a bare "Lost property: …" names none)
_LABELLED_OFFER = re.compile(
    r"(?:^|\n)[^\S\n]*(?:(?:[-*•]|\d{1,2}[.)])[^\S\n]*)?[*_]*[A-Z][^\n:.!?]{1,100}:[*_\s]*(?:[^\n:.;!?,]{3,100},"
    # ("- Children's services (Front Door): 0161 496 0350, or out\n  of hours 0161 …": what the second is for, wrapped)
    r"[^\S\n]*(?:[^\n:.;!?]{0,60}\bor\b(?:[^\n:.;!?\d]|\n[^\S\n]+){0,30})?"
    # "* Past incidents or vehicle details: 101 or www.…": the label's second contact, after its first
    r"|[^\n:;!?,]{1,40}?[^\S\n]+or[^\S\n]+)$"
)


@dataclass
class Verdict:
    offered: bool
    why: str = ""  # for a contact left out: what the import report says
    elsewhere: bool = True  # left out wherever else it appears (False: only a doubt about this mention)
    business: str | None = None  # the business it was left out for (its alternatives in the offer share it)


def judge(
    sentence_left: str,
    sentence_right: str,
    paragraph_before: str,
    in_message: bool,
    *,
    mobile: bool,
    after: str,
    text_before: str = "",
    beside_service: bool = False,
    web: bool = False,
) -> Verdict:
    """Whether an unknown contact is offered to the reader. ``sentence_left`` is its sentence up to it,
    ``paragraph_before`` the sentences of its paragraph before that one, ``after`` the text after it (its
    sentence and the next), ``text_before`` the text before its sentence across paragraphs (a list's lead-in);
    ``mobile`` says it is a mobile number; ``beside_service`` that its sentence names a registry service (a
    sentence offering Samaritans offers the contacts beside it for help too); ``web`` that it is a web address
    (an advice page is not a route)."""
    if in_message:
        return Verdict(False, "in a quoted scam message")
    left = sentence_left[-WINDOW:]
    scheme = _SCHEME_CONTACT.search(left[-120:])
    if scheme or _SET_UP_BY.match(sentence_right):
        return Verdict(
            False, "the scheme's own contact ('" + (scheme.group(0).strip(" ,:(") if scheme else "set up by") + "')"
        )
    if _CALL_FROM.search(left[-120:]) or _SCARE_QUOTED.search(left[-60:]):
        return Verdict(False, "described, not offered (a call from someone, or a name in scare quotes)")
    if _FROM.search(left) or _FROM_LIST.search(left):
        return Verdict(False, "described, not offered ('from …')")
    if (
        _DISOWNED_HERE.match(sentence_right)
        or _DISOWNED_NEXT.match(after[len(sentence_right) :])
        or _DISOWNED_BEFORE.search(left)
    ):
        return Verdict(
            False, "disowned by the text ('no connection with …', 'cannot give advice', 'not a way to report')"
        )
    own = someones_own_contact(left)
    if own:
        return Verdict(False, f"someone's own contact, not a route ('{own}')")
    if warned_off(left, sentence_right):
        return Verdict(False, "a contact the text warns against ('do not call …')")
    # "… can book a free home fire safety visit. … Call 0115 … or book at …": the offer its sentence completes
    completed = completed_offer(sentence_left, sentence_right, paragraph_before, _CRIMINAL)
    if completed is not None:
        business = completed.business and f"{completed.business} (the offer its sentence completes)"
    else:
        business = other_business(left, sentence_right)
    heading = under_report_heading(sentence_left, text_before) if business else None
    if heading and HARM.search(left.rsplit("\n", 1)[-1] + " " + heading):
        business = None  # "## Report cruelty" over "2. **Unlicensed breeding:** the licensing team, …": a report
    if completed is None:
        business = business or offered_for_business(left, sentence_right, web=web)
        question = question_above(paragraph_before, sentence_left)
        business = business or (offered_for_business(question, "", web=web) if question else None)  # a Q&A's
    if not business and under_enquiries_heading(sentence_left, sentence_right, text_before):
        business = "other enquiries (under a heading naming them)"
    if business == "membership" and victims_invited(sentence_left):
        business = None  # "Victims who would like to join the scheme … can contact the victim liaison unit": help
    if business:
        return Verdict(False, f"a contact for {business}, not a reporting route", elsewhere=False, business=business)
    if (
        (mobile or _WHATSAPP.search(left))
        and not _MOBILE_OFFER.search(left[-120:])
        and not under_report_heading(sentence_left, text_before)
    ):
        return Verdict(False, "not plainly offered (a mobile, WhatsApp number or webmail address)", elsewhere=False)
    criminal_here = list(_CRIMINAL.finditer(left))
    if mobile and criminal_here:
        # "sold by a man calling himself Dave on 07…": a mobile after talk of criminals needs a real offer after it
        strong_after = [m for m in _OFFERED.finditer(left, criminal_here[-1].end()) if not _WEAK.fullmatch(m.group(0))]
        if not strong_after:
            return Verdict(False, f"a mobile or webmail address in a sentence about {criminal_here[-1].group(0)}")
    next_sentence = after[len(sentence_right) :][:200]
    if (
        mobile
        and not _REPORT_CUE.search(left[-120:])
        and not under_report_heading(sentence_left, text_before)
        and (_CRIMINAL.search(paragraph_before[-400:]) or _CRIMINAL.search(next_sentence))
    ):
        return Verdict(False, "a mobile or webmail address beside talk of criminals, not a report line")
    if _GIVEN_TO_SOMEONE.search(left[-120:]):
        return Verdict(False, "described, not offered (a contact handed to someone in the story)")
    if _DESCRIBED_PARTY_ASKS.search(left):
        return Verdict(False, "described, not offered (a party described using contacts asks someone to use one)")
    sender = _SENDER_TELLS.search(left)
    if sender and (
        sender.group("who").lower() != "they"
        or _CRIMINAL.search(paragraph_before[-400:])
        or _SENDERS_BEFORE.search(paragraph_before[-400:])
    ):
        return Verdict(False, f"what criminals or their messages tell people to do ('{sender.group(0)} …')")
    instructed = _REPORTED_INSTRUCTION.search(left)
    if instructed and not _READER_OFFER.search(left, instructed.end()):
        return Verdict(False, f"reported, not offered ('{instructed.group(0)} …')")
    offered = list(_OFFERED.finditer(left))
    criminal = [m for m in _criminals(left) if not not_the_offerer(left, m)]
    reported = _REPORT_OBJECT_CLOSED.search(left)  # the criminals are what is reported, not who offers
    criminal = [m for m in criminal if reported is None or m.start() < reported.start()]
    # "Scam e-mails can be sent to …": the subject of a passive instruction is what is reported
    criminal = [m for m in criminal if not _PASSIVE_REPORT.match(left, m.end())]
    if criminal:
        after = left[criminal[-1].end() :]
        if _CRIMINAL_OFFERS.match(after) or not offered or offered[-1].start() < criminal[-1].start():
            return Verdict(False, f"in a sentence about {criminal[-1].group(0)}")
    fake = _CALLED_FAKE.match(sentence_right)
    if fake:
        return Verdict(False, f"described as {fake.group('what')}")
    # "forward suspicious e-mails claiming to be from HMRC to phishing@hmrc.gov.uk": where reports go is offered,
    # whatever describes the thing reported
    if not _FORWARD_TO.search(left) and not reported:
        # a weak offer word ("on", "at", "to") after a description does not make it an offer: "sent her a link to"
        described = list(_DESCRIBED.finditer(left))
        strong = [m for m in offered if not _WEAK.fullmatch(m.group(0))]
        if described and described[-1].start() >= (strong[-1].start() if strong else -1):
            return Verdict(False, f"described, not offered ('{described[-1].group(0)} …')")
    right_criminal = _CRIMINAL.search(sentence_right[:80])
    if not criminal and right_criminal and not offered:
        return Verdict(False, f"in a sentence about {right_criminal.group(0)}")
    if not offered and _criminals(paragraph_before[-400:]):
        return Verdict(False, "not offered, after a sentence about criminals")
    if (
        not offered
        and not NAME_BEFORE.search(sentence_left[-160:])
        and not _LABELLED_OFFER.search(sentence_left)
        and not listed_under_lead_in(sentence_left, text_before)
        and not label_above(sentence_left, text_before)
        and not dash_item(sentence_left)
        and not _TO_REPORT_AFTER.match(sentence_right)
    ):
        return Verdict(False, "not offered (no word in its sentence offers it)", elsewhere=False)
    if (
        not beside_service
        and completed is None
        and not offered_for_help(sentence_left, sentence_right, paragraph_before, text_before)
    ):
        return Verdict(False, "not offered for reporting or help,", elsewhere=False)
    return Verdict(True)
